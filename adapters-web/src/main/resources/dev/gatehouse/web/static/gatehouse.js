// After htmx swaps a form's error messages into its error region, do what the page rendered
// without JavaScript does: mark the fields they name as invalid, empty the password fields they
// name (a refused form never comes back with the password), and move the focus to the first field
// in error (or to the messages). A file of its own, not an inline script, so the
// Content-Security-Policy needs no 'unsafe-inline'.
document.addEventListener('htmx:afterSwap', function (event) {
  var region = event.detail.target;
  if (!region || !region.hasAttribute('data-error-region')) {
    return;
  }
  var list = region.querySelector('[data-invalid-fields]');
  var invalid = list ? list.getAttribute('data-invalid-fields').split(' ') : [];
  var focusName = list ? list.getAttribute('data-focus') : '';
  var form = region.closest('form');
  if (form) {
    Array.prototype.forEach.call(form.elements, function (field) {
      // A password in error (named, or where the focus goes, as after a wrong password) is emptied,
      // as the page without JavaScript never sends one back; one that was not (the code was wrong,
      // say) stays as typed: it never left this page.
      if (field.type === 'password' && (invalid.indexOf(field.name) >= 0 || field.name === focusName)) {
        field.value = '';
      }
      if (field.name && invalid.indexOf(field.name) >= 0) {
        field.setAttribute('aria-invalid', 'true');
      } else {
        field.removeAttribute('aria-invalid');
      }
    });
  }
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
  gatehouseResendWaits(event.detail.elt.parentNode || document);
});

// "Send a new code" right after a code was sent: the server mails no new one within the resend
// interval (the last stays valid), so the button waits that long, counting down, before it can be
// pressed. Without JavaScript it can be pressed at once and the hint beside it says the same.
function gatehouseResendWaits(root) {
  Array.prototype.forEach.call(root.querySelectorAll('form[data-resend-after]'), function (form) {
    var button = form.querySelector('button[type=submit]');
    var seconds = parseInt(form.getAttribute('data-resend-after'), 10);
    if (!button || !(seconds > 0) || button.hasAttribute('data-waiting')) {
      return;
    }
    var label = button.textContent;
    var until = Date.now() + seconds * 1000;
    button.disabled = true;
    button.setAttribute('data-waiting', '');
    (function tick() {
      var left = Math.ceil((until - Date.now()) / 1000);
      if (left <= 0 || !document.contains(button)) {
        button.disabled = false;
        button.removeAttribute('data-waiting');
        button.textContent = label;
        return;
      }
      button.textContent = label + ' (in ' + left + ' s)';
      window.setTimeout(tick, 1000);
    })();
  });
}
gatehouseResendWaits(document);

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

// Destructive htmx posts ask first, in the layout's <dialog>, with the question the page wrote on
// the form (data-confirm) naming whom it affects; a role form asks only when it takes a role away.
// Confirming adds confirmed=yes, which the server requires (without JavaScript it answers with a
// confirmation page instead). Cancelling leaves everything as it was and the focus on the button.
function gatehouseQuestion(form) {
  var from = form.getAttribute('data-confirm-removal-from');
  if (from !== null) {
    var removed = Array.prototype.filter.call(form.querySelectorAll('input[type=checkbox]'), function (box) {
      return box.defaultChecked && !box.checked;
    }).map(function (box) {
      return box.value;
    });
    if (!removed.length) {
      return null;
    }
    // Worded as AdminUsersView.removalQuestion words the page without JavaScript.
    return {
      text: 'Remove the role' + (removed.length === 1 ? ' ' : 's ') + removed.join(' and ') + ' from ' + from + '?',
      label: removed.length === 1 ? 'Remove role' : 'Remove roles'
    };
  }
  var question = form.getAttribute('data-confirm');
  return question ? {text: question, label: form.getAttribute('data-confirm-label') || 'Confirm'} : null;
}

function gatehouseAsk(question, opener, onConfirm) {
  var dialog = document.getElementById('confirm-dialog');
  if (!dialog || typeof dialog.showModal !== 'function') {
    if (window.confirm(question.text)) {
      onConfirm();
    }
    return;
  }
  document.getElementById('confirm-dialog-question').textContent = question.text;
  document.getElementById('confirm-dialog-yes').textContent = question.label;
  dialog.returnValue = '';
  dialog.addEventListener('close', function closed() {
    dialog.removeEventListener('close', closed);
    if (dialog.returnValue === 'confirm') {
      onConfirm();
    } else if (opener) {
      opener.focus();
    }
  });
  dialog.showModal();
}

document.addEventListener('htmx:confirm', function (event) {
  var form = event.detail.elt;
  if (!form || form.tagName !== 'FORM') {
    return;
  }
  var question = gatehouseQuestion(form);
  if (!question) {
    return;
  }
  event.preventDefault();
  gatehouseAsk(question, form.querySelector('button[type=submit]'), function () {
    var confirmed = form.querySelector('input[name=confirmed]');
    if (!confirmed) {
      confirmed = document.createElement('input');
      confirmed.type = 'hidden';
      confirmed.name = 'confirmed';
      form.appendChild(confirmed);
    }
    confirmed.value = 'yes';
    event.detail.issueRequest(true);
  });
});

// While a form's request runs, its buttons are disabled and the one pressed says so: aria-busy
// (announced, and drawn as a spinner by gatehouse.css) until the answer came. htmx posts end in
// htmx:afterRequest; a plain post (the confirmation page, the paywall's sign-out) ends with the
// next page, and a page restored from the back-forward cache is made usable again.
function gatehouseBusy(form, submitter) {
  var buttons = form.querySelectorAll('button[type=submit], button:not([type])');
  var pressed = submitter && form.contains(submitter) ? submitter : buttons[0];
  Array.prototype.forEach.call(buttons, function (button) {
    if (!button.disabled) {
      button.disabled = true;
      button.setAttribute('data-busy-disabled', '');
    }
  });
  if (pressed) {
    pressed.setAttribute('aria-busy', 'true');
  }
}

function gatehouseIdle(root) {
  Array.prototype.forEach.call(root.querySelectorAll('[aria-busy=true]'), function (button) {
    button.removeAttribute('aria-busy');
  });
  Array.prototype.forEach.call(root.querySelectorAll('[data-busy-disabled]'), function (button) {
    button.disabled = false;
    button.removeAttribute('data-busy-disabled');
  });
}

document.addEventListener('htmx:beforeRequest', function (event) {
  var form = event.detail.elt;
  if (form && form.tagName === 'FORM') {
    var trigger = event.detail.requestConfig && event.detail.requestConfig.triggeringEvent;
    gatehouseBusy(form, trigger && trigger.submitter);
  }
});

document.addEventListener('htmx:afterRequest', function (event) {
  var form = event.detail.elt;
  // An answer that leads to another page (HX-Redirect) keeps the button busy until that page is shown.
  var leaving = event.detail.xhr && event.detail.xhr.getResponseHeader('HX-Redirect');
  if (form && form.tagName === 'FORM' && !leaving) {
    gatehouseIdle(form);
  }
});

document.addEventListener('submit', function (event) {
  var form = event.target;
  if (event.defaultPrevented || form.hasAttribute('hx-post') || form.method === 'dialog') {
    return;
  }
  gatehouseBusy(form, event.submitter);
});

window.addEventListener('pageshow', function (event) {
  if (event.persisted) {
    gatehouseIdle(document);
  }
});
