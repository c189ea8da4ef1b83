// One form, one sending. A second click on "Gem" while the first sending is on its way makes the browser send the
// form again, and the service, which finishes every request it has begun (ADR 0018), would store the concern twice or
// send the authority the same underretning twice. A form that may be sent again from the same page (a PDF to
// download, which leaves the page where it is) says so with data-repeatable. The page shown again by the browser's
// back button takes a sending again.
document.addEventListener('submit', function (event) {
  var form = event.target;
  // A sending another script has cancelled did not leave: the form may still be sent.
  if (event.defaultPrevented || form.method !== 'post' || form.hasAttribute('data-repeatable')) {
    return;
  }
  if (form.hasAttribute('data-sent')) {
    event.preventDefault();
    return;
  }
  form.setAttribute('data-sent', '');
});

window.addEventListener('pageshow', function () {
  document.querySelectorAll('form[data-sent]').forEach(function (form) {
    form.removeAttribute('data-sent');
  });
});
