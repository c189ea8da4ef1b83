// The login's end, before it comes (WCAG 2.2.1, "Timing adjustable"). A page's login lasts until Keycloak's session
// ends: 60 minutes after Keycloak last saw the user (LoginSession). A nurse who writes a long concern makes no request
// meanwhile, and what she wrote would be lost at "Gem". So: while the user types, the page asks /session now and then,
// which refreshes the login on its way; a user who does nothing is warned before the end and may stay with one click;
// at the end the page says so, before any text is sent to a login that would lose it. And a form sent after the
// page's tokens have expired, when the service would refresh them with Keycloak on the way, is sent only once /session
// has done that: a Keycloak that is away, or a login it has ended, leaves the form on the page, not in a login.
(function () {
  var body = document.body;
  if (!body.hasAttribute('data-session-seconds-left')) {
    return;
  }
  var length = Number(body.getAttribute('data-session-seconds-left')) * 1000;
  // Five minutes' warning and a refresh at most every minute; in a shorter session (a test's, a strict site's) the
  // warning comes halfway and the refreshes four times as often.
  var warnBefore = Math.min(5 * 60 * 1000, length / 2);
  var askEvery = Math.min(60 * 1000, length / 4);
  var endsAt = Date.now() + length;
  var tokensExpireAt = Date.now() + Number(body.getAttribute('data-tokens-seconds-left') || 0) * 1000;
  var askedAt = Date.now();
  var typed = false;
  var ended = false;
  var ending = new window.DKFDS.Modal(document.getElementById('login-udloeber'));
  var endedModal = new window.DKFDS.Modal(document.getElementById('login-udloebet'));
  var awayModal = new window.DKFDS.Modal(document.getElementById('login-svarer-ikke'));
  var endingShown = false;
  // The service's other tabs share the login (one session cookie): what one learns of its end, all learn.
  var tabs = 'BroadcastChannel' in window ? new window.BroadcastChannel('rodtraad-login') : null;

  function learned(end) {
    endsAt = Math.max(endsAt, end);
    if (tabs) {
      tabs.postMessage(endsAt);
    }
  }

  // What /session says of the login now: 'kept' (refreshed on the way if need be), 'ended', or 'away' (the service or
  // Keycloak does not answer: 503, or no answer at all).
  function check() {
    askedAt = Date.now();
    typed = false;
    // An ended login is answered with a 401 (LoginFailures, ApiChallenge); a redirect to Keycloak's login, should one
    // come, is not followed, since Keycloak's login is no answer a script can read.
    return fetch('/session', {headers: {'Accept': 'application/json'}, credentials: 'same-origin', redirect: 'manual'})
      .then(function (answer) {
        if (answer.status === 401 || answer.type === 'opaqueredirect') {
          endsAt = Date.now();
          return 'ended';
        }
        if (!answer.ok) {
          return 'away';
        }
        return answer.json().then(function (left) {
          if (left.secondsLeft !== null) {
            learned(Date.now() + left.secondsLeft * 1000);
          }
          if (left.tokensSecondsLeft !== null) {
            tokensExpireAt = Date.now() + left.tokensSecondsLeft * 1000;
          }
          return 'kept';
        });
      })
      .catch(function () {
        return 'away';
      });
  }

  function ask() {
    // The service or Keycloak away for a moment: the next tick tells.
    return check().then(tick);
  }

  function tick() {
    if (ended) {
      return;
    }
    var now = Date.now();
    if (now >= endsAt) {
      ended = true;
      if (endingShown) {
        ending.hide();
      }
      endedModal.show();
    } else if (now >= endsAt - warnBefore) {
      if (!endingShown) {
        endingShown = true;
        document.querySelector('[data-session-ends-at]').textContent =
          new Date(endsAt).toLocaleTimeString('da-DK', {hour: '2-digit', minute: '2-digit'});
        ending.show();
      }
    } else {
      if (endingShown) {
        endingShown = false;
        ending.hide();
      }
      if (typed && now - askedAt >= askEvery) {
        ask();
      }
    }
  }

  if (tabs) {
    tabs.onmessage = function (message) {
      endsAt = Math.max(endsAt, message.data);
      tick();
    };
  }
  learned(endsAt);
  ['input', 'keydown', 'click'].forEach(function (type) {
    document.addEventListener(type, function () {
      typed = true;
    });
  });
  // Before forms.js's one sending (capture): a form held back here has not been sent. The form /session has just let
  // through is sent even if the tokens' end has not moved (Quarkus OIDC may accept them a little past it).
  var checking = false;
  var cleared = null;
  document.addEventListener('submit', function (event) {
    var form = event.target;
    var passes = form === cleared;
    cleared = null;
    if (event.defaultPrevented || form.method !== 'post' || passes || Date.now() < tokensExpireAt) {
      return;
    }
    event.preventDefault();
    if (checking) {
      return;
    }
    checking = true;
    check().then(function (login) {
      checking = false;
      if (login === 'kept') {
        cleared = form;
        form.requestSubmit(event.submitter);
      } else if (login === 'away') {
        awayModal.show();
      } else {
        tick();
      }
    });
  }, true);
  // A part of the page (htmx) refused for a login Keycloak has ended early (401, LoginFailures): told now, not at the
  // next question a minute on, before she writes more into a login that is gone.
  document.addEventListener('htmx:responseError', function (event) {
    if (event.detail.xhr.status === 401) {
      ask();
    }
  });
  document.querySelector('[data-session-stay]').addEventListener('click', ask);
  document.querySelector('[data-session-login]').addEventListener('click', function () {
    window.location.assign(window.location.pathname + window.location.search);
  });
  window.setInterval(tick, 1000);
})();
