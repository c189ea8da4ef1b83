// Starts Det Fælles Designsystem's components (the header's mobile menu among them) once /dkfds/js/dkfds.min.js has
// loaded. A file of its own, since the Content-Security-Policy allows no inline script.
window.DKFDS.init();
