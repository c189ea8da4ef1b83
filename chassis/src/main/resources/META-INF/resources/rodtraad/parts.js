// A part of a page that htmx fetches (the catalogue's results as the user types, the tovholder field of a concern)
// and does not get: the service or the network away, a request refused. htmx then leaves the page as it was, which
// reads as if the old part were the answer; the page says so instead, in a DKFDS error alert at the top of its
// content, until a part comes. The alert is made when needed (an element added with role="alert" is what screen
// readers announce), with the layout's words. A login that has ended (401) is told so too; session.js then asks
// /session at once and shows that the login has ended.
(function () {
  var main = document.querySelector('main[data-part-failed]');
  if (!main) {
    return;
  }
  var notice = null;

  function show() {
    if (notice) {
      return;
    }
    notice = document.createElement('div');
    notice.className = 'alert alert-error';
    notice.setAttribute('role', 'alert');
    notice.setAttribute('data-part-failed-notice', '');
    var body = document.createElement('div');
    body.className = 'alert-body';
    var text = document.createElement('p');
    text.className = 'alert-text';
    text.textContent = main.getAttribute('data-part-failed');
    body.appendChild(text);
    notice.appendChild(body);
    main.insertBefore(notice, main.firstChild);
  }

  document.addEventListener('htmx:responseError', show);
  document.addEventListener('htmx:sendError', show);
  document.addEventListener('htmx:afterSwap', function () {
    if (notice) {
      notice.remove();
      notice = null;
    }
  });
})();
