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
  // A success that reveals another form (a code was sent) names the field to go on with.
  var next = region.querySelector('[data-focus-id]');
  var revealed = next ? document.getElementById(next.getAttribute('data-focus-id')) : null;
  (field || revealed || region).focus();
});

// Hidden "timezone" fields carry the browser's time zone, so that an account a code activates
// shows times in it. Filled on load and in every form htmx puts in place (out-of-band ones too).
function gatehouseFillTimezones(root) {
  var zone = '';
  try {
    zone = Intl.DateTimeFormat().resolvedOptions().timeZone || '';
  } catch (unavailable) {
    return;
  }
  Array.prototype.forEach.call(root.querySelectorAll('input[data-timezone]'), function (field) {
    if (!field.value) {
      field.value = zone;
    }
  });
}
gatehouseFillTimezones(document);
document.addEventListener('htmx:load', function (event) {
  gatehouseFillTimezones(event.detail.elt.parentNode || document);
});

// A page reached after an action shows its outcome in the layout's status region (#flash). Move the
// focus there, so a screen reader reads it and the keyboard goes on from the top of the content,
// not from wherever the removed button was; and drop "done" from the address, so that reloading
// or bookmarking the page does not announce the action a second time.
(function () {
  var flash = document.getElementById('flash');
  if (flash && flash.querySelector('[data-flash]')) {
    flash.focus();
    if (window.URL && window.history && window.history.replaceState) {
      var url = new URL(window.location.href);
      url.searchParams.delete('done');
      window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
    }
  }
})();
