/* Starts GOV.UK Frontend's components (menus, error summary focus, radios...) on the page, and on any part of
   the page htmx replaces later. */
import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js';

initAll();

document.addEventListener('htmx:afterSwap', function (event) {
  initAll({ scope: event.detail.target });
});
