/*
 * The DASH form by keyboard: on a question's radios, Y, N and D answer yes, no or declined and move to the next
 * question, so an officer can take a victim through all 27 without the mouse. Tab and the arrow keys still work as
 * on any GOV.UK radios.
 */
(function () {
  'use strict';
  var form = document.querySelector('[data-dash]');
  if (!form) { return; }
  var values = { y: 'YES', n: 'NO', d: 'DECLINED' };
  form.addEventListener('keydown', function (event) {
    var target = event.target;
    if (event.ctrlKey || event.metaKey || event.altKey || target.type !== 'radio') { return; }
    var value = values[event.key.toLowerCase()];
    if (!value) { return; }
    event.preventDefault();
    var choice = form.querySelector('input[name="' + target.name + '"][value="' + value + '"]');
    choice.checked = true;
    var groups = Array.prototype.slice.call(form.querySelectorAll('[data-question]'));
    var here = choice.closest('[data-question]');
    var next = groups[groups.indexOf(here) + 1];
    var focus = next ? (next.querySelector('input:checked') || next.querySelector('input')) : form.querySelector('#judgement');
    if (focus) { focus.focus(); }
  });
  document.documentElement.dataset.keys = 'ready';
}());
