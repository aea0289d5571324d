// After htmx swaps a form's error messages into its error region, do what the page rendered
// without JavaScript does: mark the fields they name as invalid, empty the password fields (a
// refused form never comes back with the password), and move the focus to the first field in
// error (or to the messages). A file of its own, not an inline script, so the
// Content-Security-Policy needs no 'unsafe-inline'.
document.addEventListener('htmx:afterSwap', function (event) {
  var region = event.detail.target;
  if (!region || !region.hasAttribute('data-error-region')) {
    return;
  }
  var list = region.querySelector('[data-invalid-fields]');
  var invalid = list ? list.getAttribute('data-invalid-fields').split(' ') : [];
  var form = region.closest('form');
  if (form) {
    Array.prototype.forEach.call(form.elements, function (field) {
      if (field.type === 'password') {
        field.value = '';
      }
      if (field.name && invalid.indexOf(field.name) >= 0) {
        field.setAttribute('aria-invalid', 'true');
      } else {
        field.removeAttribute('aria-invalid');
      }
    });
  }
  var focusName = list ? list.getAttribute('data-focus') : '';
  var field = form && focusName ? form.elements.namedItem(focusName) : null;
  (field || region).focus();
});
