/*
 * The live control room board: keeps the incident queue, the resource board, the escalations and the map in step
 * with the server over server-sent events (/control-room/events). Each event carries the whole row as JSON, so a
 * board never has to ask again; after a break in the stream it reloads the whole state (/control-room/state), as
 * changes made while it was away are not replayed.
 */
(function () {
  'use strict';
  var board = document.querySelector('[data-board]');
  if (!board) { return; }

  var queue = document.querySelector('#incident-queue tbody');
  var units = document.querySelector('#unit-board tbody');
  var alerts = document.getElementById('board-alerts');
  var connection = document.getElementById('board-connection');
  var gradeColours = { '1': '#d4351c', '2': '#f47738' };
  var statusColours = { AVAILABLE: '#00703c', ASSIGNED: '#1d70b8', EN_ROUTE: '#1d70b8', AT_SCENE: '#4c2c92', UNAVAILABLE: '#505a5f', OFF_DUTY: '#b1b4b6' };

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = text; }
    return node;
  }

  function cell(child) {
    var td = el('td', 'govuk-table__cell');
    if (child instanceof Node) { td.appendChild(child); } else if (child !== undefined && child !== null) { td.textContent = child; }
    return td;
  }

  function link(href, text) {
    var a = el('a', 'govuk-link', text);
    a.href = href;
    return a;
  }

  // ---- the map -------------------------------------------------------------------------------------------
  var map = null, incidentMarkers = {}, unitMarkers = {}, fitted = false;
  var mapElement = document.getElementById('board-map');
  if (mapElement && window.L) {
    var tiles = mapElement.getAttribute('data-tiles');
    // No attribution control without tiles: there is nothing to attribute, and its link leads off the network.
    map = L.map(mapElement, { preferCanvas: true, zoomControl: true, attributionControl: !!tiles }).setView([53.48, -2.24], 10);
    if (tiles) {
      L.tileLayer(tiles, { maxZoom: 19, attribution: mapElement.getAttribute('data-attribution') || '' }).addTo(map);
    }
  }

  function placeIncident(row) {
    if (!map) { return; }
    var marker = incidentMarkers[row.id];
    if (row.status === 'CLOSED' || row.latitude === null || row.latitude === undefined) {
      if (marker) { map.removeLayer(marker); delete incidentMarkers[row.id]; }
      return;
    }
    var colour = gradeColours[row.grade] || '#1d70b8';
    if (!marker) {
      marker = L.circleMarker([row.latitude, row.longitude], { radius: 8, weight: 2 }).addTo(map);
      incidentMarkers[row.id] = marker;
    }
    marker.setLatLng([row.latitude, row.longitude]);
    marker.setStyle({ color: colour, fillColor: colour, fillOpacity: 0.6 });
    marker.bindTooltip(row.reference + ' · grade ' + row.grade + ' · ' + row.category + ' · ' + row.statusLabel);
    fit();
  }

  function placeUnit(row) {
    if (!map || row.latitude === null || row.latitude === undefined) { return; }
    var colour = statusColours[row.status] || '#505a5f';
    var marker = unitMarkers[row.callSign];
    var bounds = [[row.latitude - 0.0012, row.longitude - 0.002], [row.latitude + 0.0012, row.longitude + 0.002]];
    if (!marker) {
      marker = L.rectangle(bounds, { weight: 2 }).addTo(map);
      unitMarkers[row.callSign] = marker;
    }
    marker.setBounds(bounds);
    marker.setStyle({ color: colour, fillColor: colour, fillOpacity: 0.8 });
    marker.bindTooltip(row.callSign + ' · ' + row.unitType + ' · ' + row.statusLabel);
    fit();
  }

  function fit() {
    if (fitted || !map) { return; }
    var layers = Object.values(incidentMarkers).concat(Object.values(unitMarkers));
    if (layers.length > 0) {
      map.fitBounds(L.featureGroup(layers).getBounds().pad(0.1));
      fitted = true;
    }
  }

  // ---- the incident queue ------------------------------------------------------------------------------------
  function incidentRow(row) {
    var tr = el('tr', 'govuk-table__row');
    tr.id = 'incident-' + row.id;
    tr.dataset.id = row.id;
    tr.dataset.grade = row.grade;
    tr.dataset.created = row.createdAt;
    if (row.attendDue) { tr.dataset.due = row.attendDue; }
    if (row.breached || row.escalated) { tr.classList.add('peel-row--breach'); }
    tr.appendChild(cell(el('strong', 'govuk-tag peel-grade peel-grade--' + row.grade, row.grade)));
    tr.appendChild(cell(link('/incidents/' + row.id, row.reference)));
    var what = cell(row.category);
    what.appendChild(document.createElement('br'));
    what.appendChild(el('span', 'govuk-body-s', row.location));
    (row.flags || []).forEach(function (flag) { what.appendChild(document.createTextNode(' ')); what.appendChild(el('strong', 'govuk-tag govuk-tag--purple', flag)); });
    tr.appendChild(what);
    tr.appendChild(cell(row.statusLabel));
    tr.appendChild(cell((row.units || []).join(', ')));
    tr.appendChild(el('td', 'govuk-table__cell peel-clock'));
    return tr;
  }

  function showIncident(row) {
    var existing = document.getElementById('incident-' + row.id);
    if (row.status === 'CLOSED') {
      if (existing) { existing.remove(); }
    } else {
      var fresh = incidentRow(row);
      if (existing) { queue.replaceChild(fresh, existing); } else { queue.appendChild(fresh); }
      sortQueue();
    }
    placeIncident(row);
    tick();
    var count = document.getElementById('queue-count');
    if (count) { count.textContent = queue.children.length + ' open'; }
  }

  function sortQueue() {
    var rows = Array.prototype.slice.call(queue.children);
    rows.sort(function (a, b) {
      if (a.dataset.grade !== b.dataset.grade) { return a.dataset.grade < b.dataset.grade ? -1 : 1; }
      return a.dataset.created < b.dataset.created ? -1 : a.dataset.created > b.dataset.created ? 1 : 0;
    });
    rows.forEach(function (row) { queue.appendChild(row); });
  }

  // ---- the resource board -----------------------------------------------------------------------------------
  function showUnit(row) {
    var id = 'unit-' + row.callSign.replace(/ /g, '_');
    var tr = el('tr', 'govuk-table__row');
    tr.id = id;
    tr.dataset.callSign = row.callSign;
    tr.dataset.status = row.status;
    tr.appendChild(cell(link('/units/' + encodeURIComponent(row.callSign), row.callSign)));
    tr.appendChild(cell(row.unitType));
    tr.appendChild(cell(el('strong', 'govuk-tag peel-status peel-status--' + row.status, row.statusLabel)));
    tr.appendChild(cell(row.incidentId ? link('/incidents/' + row.incidentId, row.incidentReference) : null));
    var existing = document.getElementById(id);
    if (existing) { units.replaceChild(tr, existing); } else { units.appendChild(tr); }
    placeUnit(row);
  }

  function showAlert(row) {
    var li = el('li', 'peel-alert');
    li.dataset.incident = row.incidentId;
    li.appendChild(el('strong', 'govuk-tag govuk-tag--red', row.kind));
    li.appendChild(document.createTextNode(' '));
    li.appendChild(link('/incidents/' + row.incidentId, row.message));
    alerts.insertBefore(li, alerts.firstChild);
    var none = document.getElementById('no-alerts');
    if (none) { none.hidden = true; }
  }

  // ---- clocks ------------------------------------------------------------------------------------------------
  function duration(ms) {
    var s = Math.floor(Math.abs(ms) / 1000);
    var h = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60), sec = s % 60;
    return (h > 0 ? h + ' h ' : '') + m + ' min ' + (h > 0 ? '' : sec + ' s');
  }

  function tick() {
    var now = Date.now();
    Array.prototype.forEach.call(queue.children, function (tr) {
      var clock = tr.querySelector('.peel-clock');
      if (!clock) { return; }
      var text = duration(now - Date.parse(tr.dataset.created));
      if (tr.dataset.due) {
        var left = Date.parse(tr.dataset.due) - now;
        text += left >= 0 ? ' · ' + duration(left) + ' to target' : ' · target missed by ' + duration(left);
        if (left < 0) { tr.classList.add('peel-row--breach'); }
      }
      clock.textContent = text;
    });
  }
  setInterval(tick, 1000);
  tick();

  // ---- the stream --------------------------------------------------------------------------------------------
  var broken = false;

  function reload() {
    fetch('/control-room/state', { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (response) { return response.json(); })
      .then(function (state) {
        queue.textContent = '';
        state.incidents.forEach(showIncident);
        state.units.forEach(showUnit);
      });
  }

  function received(event) {
    board.dataset.lastEvent = Date.now();
    return JSON.parse(event.data);
  }

  var stream = new EventSource('/control-room/events');
  stream.addEventListener('hello', function () {
    connection.textContent = 'Live: changes appear as they happen.';
    if (broken) { broken = false; reload(); }
  });
  stream.addEventListener('incident', function (event) { showIncident(received(event)); });
  stream.addEventListener('unit', function (event) { showUnit(received(event)); });
  stream.addEventListener('alert', function (event) { showAlert(received(event)); });
  stream.onerror = function () {
    broken = true;
    connection.textContent = 'Connection lost: reconnecting…';
  };

  // Places the map's first points from the page itself, then keeps them current from the stream.
  reload();

  document.addEventListener('keydown', function (event) {
    var target = event.target;
    if (event.ctrlKey || event.metaKey || event.altKey || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) { return; }
    if (event.key === 'n' || event.key === 'N') {
      var create = document.querySelector('[data-key="n"]');
      if (create) { event.preventDefault(); create.click(); }
    }
  });
}());
