/*
 * Runs first thing in <body>, before the page is drawn, as GOV.UK Frontend's template does inline (Peel's
 * Content-Security-Policy forbids inline scripts): marks the page as having JavaScript so components style
 * themselves for it, and only on browsers that can run GOV.UK Frontend's ES module.
 */
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');

/* Every htmx request carries the CSRF token the page was rendered with, as forms do in a hidden field. */
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="csrf-token"]');
  var header = document.querySelector('meta[name="csrf-header"]');
  if (token && header) {
    event.detail.headers[header.getAttribute('content')] = token.getAttribute('content');
  }
});
