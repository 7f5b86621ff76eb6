/*
 * The incident and unit screens' keys, so a dispatcher never needs the mouse: 1 to 5 assign the recommended units in the
 * order shown; E, S and C move the first unit on the incident en route, at scene and clear; L jumps to the log
 * entry box; B goes back to the control room. Keys are ignored while typing in a field. Each key presses the
 * button that carries it (data-key), so the key does exactly what the visible button does.
 */
(function () {
  'use strict';
  if (!document.querySelector('[data-incident]')) { return; }
  // Marks the keys as live: a key pressed while the page is still loading does nothing, and tests wait for this.
  document.documentElement.dataset.keys = 'ready';
  document.addEventListener('keydown', function (event) {
    var target = event.target;
    if (event.ctrlKey || event.metaKey || event.altKey || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) { return; }
    var key = event.key.toLowerCase();
    if (key === 'l') {
      var log = document.getElementById('log-text');
      if (log) { event.preventDefault(); log.focus(); }
      return;
    }
    if (key === 'b') {
      event.preventDefault();
      window.location.href = '/control-room';
      return;
    }
    var button = document.querySelector('button[data-key="' + key + '"]:not([disabled])');
    if (button) {
      event.preventDefault();
      button.click();
    }
  });
}());
