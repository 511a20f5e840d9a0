// htmx requests carry the CSRF token of web's own forms (a form sent without JavaScript carries it as _csrf).
document.addEventListener("htmx:configRequest", function (event) {
  var header = document.querySelector('meta[name="csrf-header"]');
  var token = document.querySelector('meta[name="csrf-token"]');
  if (header && token) {
    event.detail.headers[header.content] = token.content;
  }
});
