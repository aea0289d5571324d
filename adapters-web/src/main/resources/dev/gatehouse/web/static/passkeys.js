// Passkeys on the Account page ("Add a passkey") and the sign-in page ("Sign in with a passkey"),
// over the JSON API. The buttons are rendered hidden and shown only here, when the browser has
// WebAuthn: without JavaScript or without WebAuthn they are simply absent. A file of its own, so
// the Content-Security-Policy needs no 'unsafe-inline'.

const b64url = {
  decode(text) {
    const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
    const binary = atob(base64 + '='.repeat((4 - base64.length % 4) % 4));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0)).buffer;
  },
  encode(buffer) {
    let binary = '';
    new Uint8Array(buffer).forEach((byte) => { binary += String.fromCharCode(byte); });
    return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  },
};

// WebAuthn Level 3 parses and writes the JSON forms itself; older browsers get the same by hand.
function creationOptions(json) {
  if (PublicKeyCredential.parseCreationOptionsFromJSON) {
    return PublicKeyCredential.parseCreationOptionsFromJSON(json);
  }
  return Object.assign({}, json, {
    challenge: b64url.decode(json.challenge),
    user: Object.assign({}, json.user, { id: b64url.decode(json.user.id) }),
    excludeCredentials: (json.excludeCredentials || []).map((c) => Object.assign({}, c, { id: b64url.decode(c.id) })),
  });
}

function requestOptions(json) {
  if (PublicKeyCredential.parseRequestOptionsFromJSON) {
    return PublicKeyCredential.parseRequestOptionsFromJSON(json);
  }
  return Object.assign({}, json, {
    challenge: b64url.decode(json.challenge),
    allowCredentials: (json.allowCredentials || []).map((c) => Object.assign({}, c, { id: b64url.decode(c.id) })),
  });
}

function credentialJson(credential) {
  if (typeof credential.toJSON === 'function') {
    return credential.toJSON();
  }
  const response = credential.response;
  const json = {
    id: credential.id,
    rawId: b64url.encode(credential.rawId),
    type: credential.type,
    authenticatorAttachment: credential.authenticatorAttachment || undefined,
    clientExtensionResults: credential.getClientExtensionResults(),
    response: { clientDataJSON: b64url.encode(response.clientDataJSON) },
  };
  if (response.attestationObject) {
    json.response.attestationObject = b64url.encode(response.attestationObject);
    json.response.transports = response.getTransports ? response.getTransports() : [];
  } else {
    json.response.authenticatorData = b64url.encode(response.authenticatorData);
    json.response.signature = b64url.encode(response.signature);
    json.response.userHandle = response.userHandle ? b64url.encode(response.userHandle) : undefined;
  }
  return json;
}

async function postJson(path, body, csrfToken) {
  const headers = { 'Content-Type': 'application/json', Accept: 'application/json, application/problem+json' };
  if (csrfToken) {
    headers['X-CSRF-Token'] = csrfToken;
  }
  const response = await fetch(path, {
    method: 'POST', headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body),
  });
  const answer = await response.json().catch(() => ({}));
  if (!response.ok) {
    const error = new Error(answer.detail || answer.title || 'The request failed.');
    error.status = response.status;
    error.type = answer.type;
    throw error;
  }
  return answer;
}

function show(region, message) {
  region.textContent = '';
  const paragraph = document.createElement('p');
  paragraph.textContent = message;
  region.appendChild(paragraph);
  region.focus();
}

// The browser's own refusals: the person closed the dialog, or the authenticator has one already.
function explain(error, fallback) {
  if (error && error.name === 'NotAllowedError') {
    return 'The passkey request was cancelled or timed out. Try again when you are ready.';
  }
  if (error && error.name === 'InvalidStateError') {
    return 'This device already holds a passkey for your account.';
  }
  return (error && error.status && error.message) || fallback;
}

function setUpAdding(section) {
  const button = section.querySelector('#passkey-add-button');
  const errors = section.querySelector('[data-error-region]');
  const name = section.querySelector('#passkey-name');
  const csrfToken = section.getAttribute('data-csrf-token');
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      const options = await postJson('/api/users/me/passkeys/options', undefined, csrfToken);
      const credential = await navigator.credentials.create({ publicKey: creationOptions(options) });
      const body = { credential: credentialJson(credential) };
      if (name.value.trim()) {
        body.name = name.value.trim();
      }
      await postJson('/api/users/me/passkeys', body, csrfToken);
      window.location.assign('/account');
    } catch (error) {
      if (error && error.type === 'urn:gatehouse:problem:reauthentication-required') {
        // Adding a factor asks for a recent sign-in; the page comes back here after it.
        window.location.assign('/account/reauthenticate?next=%2Faccount');
        return;
      }
      show(errors, explain(error, 'The passkey could not be added.'));
    } finally {
      button.disabled = false;
    }
  });
  section.hidden = false;
}

function setUpSignIn(section) {
  const button = section.querySelector('#passkey-sign-in-button');
  const errors = section.querySelector('[data-error-region]');
  const form = document.querySelector('form[action="/login"]');
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      const options = await postJson('/api/passkey-sessions/options');
      const credential = await navigator.credentials.get({ publicKey: requestOptions(options) });
      const remember = form && form.elements.namedItem('remember_me');
      await postJson('/api/passkey-sessions', {
        credential: credentialJson(credential),
        rememberMe: Boolean(remember && remember.checked),
      });
      // The server rendered "next" only when it is a path of this site.
      const next = form && form.elements.namedItem('next');
      window.location.assign(next && next.value ? next.value : '/dashboard');
    } catch (error) {
      show(errors, error && error.status === 401
        ? 'That passkey was not accepted. Try another one, or sign in with your password or a code.'
        : explain(error, 'Signing in with a passkey failed.'));
    } finally {
      button.disabled = false;
    }
  });
  section.hidden = false;
}

if (window.PublicKeyCredential && navigator.credentials) {
  const adding = document.querySelector('[data-passkey-add]');
  if (adding) {
    setUpAdding(adding);
  }
  const signingIn = document.querySelector('[data-passkey-sign-in]');
  if (signingIn) {
    setUpSignIn(signingIn);
  }
}
