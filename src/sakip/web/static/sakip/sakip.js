// sakip: the only script of the workspace (the Content-Security-Policy forbids inline scripts).
// A form with data-konfirmasi="question" asks before it is sent.
document.addEventListener("submit", function (e) {
  var pesan = e.target.getAttribute && e.target.getAttribute("data-konfirmasi");
  if (pesan && !window.confirm(pesan)) {
    e.preventDefault();
  }
}, true);
