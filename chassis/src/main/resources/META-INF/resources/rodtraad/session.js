// The login's end, before it comes (WCAG 2.2.1, "Timing adjustable"). A page's login lasts until Keycloak's session
// ends: 60 minutes after Keycloak last saw the user (LoginSession). A nurse who writes a long concern makes no request
// meanwhile, and what she wrote would be lost at "Gem". So: while the user types, the page asks /session now and then,
// which refreshes the login on its way; a user who does nothing is warned before the end and may stay with one click;
// at the end the page says so, before any text is sent to a login that would lose it.
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
  var askedAt = Date.now();
  var typed = false;
  var ended = false;
  var ending = new window.DKFDS.Modal(document.getElementById('login-udloeber'));
  var endedModal = new window.DKFDS.Modal(document.getElementById('login-udloebet'));
  var endingShown = false;
  // The service's other tabs share the login (one session cookie): what one learns of its end, all learn.
  var tabs = 'BroadcastChannel' in window ? new window.BroadcastChannel('rodtraad-login') : null;

  function learned(end) {
    endsAt = Math.max(endsAt, end);
    if (tabs) {
      tabs.postMessage(endsAt);
    }
  }

  function ask() {
    askedAt = Date.now();
    typed = false;
    // An ended login is answered with a 401 (LoginFailures, ApiChallenge); a redirect to Keycloak's login, should one
    // come, is not followed, since Keycloak's login is no answer a script can read.
    return fetch('/session', {headers: {'Accept': 'application/json'}, credentials: 'same-origin', redirect: 'manual'})
      .then(function (answer) {
        if (answer.status === 401 || answer.type === 'opaqueredirect') {
          endsAt = Date.now();
          return;
        }
        if (answer.ok) {
          return answer.json().then(function (left) {
            if (left.secondsLeft !== null) {
              learned(Date.now() + left.secondsLeft * 1000);
            }
          });
        }
      })
      .catch(function () {
        // The service or the network is away for a moment: the next tick tells.
      })
      .then(tick);
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
  document.querySelector('[data-session-stay]').addEventListener('click', ask);
  document.querySelector('[data-session-login]').addEventListener('click', function () {
    window.location.assign(window.location.pathname + window.location.search);
  });
  window.setInterval(tick, 1000);
})();
