/*
 * Call taking: while the handler types the location (or changes what is happening), asks Peel what it knows about
 * the place and shows it beside the form (/incidents/new/location). Ctrl+Enter in a text box creates the incident,
 * as Enter does in a one-line field.
 */
(function () {
  'use strict';
  var form = document.getElementById('call-form');
  if (!form) { return; }
  var timer = null;

  function value(name) {
    var field = form.querySelector('[name="' + name + '"]');
    if (!field) { return ''; }
    if (field.type === 'radio') {
      var checked = form.querySelector('[name="' + name + '"]:checked');
      return checked ? checked.value : '';
    }
    return field.value;
  }

  function refresh() {
    var query = new URLSearchParams({
      postcode: value('postcode'), latitude: value('latitude'), longitude: value('longitude'),
      openingCategory: value('openingCategory'), linkTo: value('linkTo')
    });
    window.htmx.ajax('GET', '/incidents/new/location?' + query.toString(), { target: '#location-context', swap: 'outerHTML' });
  }

  function later() {
    clearTimeout(timer);
    timer = setTimeout(refresh, 250);
  }

  ['postcode', 'latitude', 'longitude'].forEach(function (name) {
    var field = form.querySelector('[name="' + name + '"]');
    if (field) { field.addEventListener('input', later); }
  });
  var category = form.querySelector('[name="openingCategory"]');
  if (category) { category.addEventListener('change', later); }

  form.addEventListener('keydown', function (event) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      form.requestSubmit();
    }
  });

  if (value('postcode') || value('latitude')) {
    window.addEventListener('load', refresh);
  }
}());
