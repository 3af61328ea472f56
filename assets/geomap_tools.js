/* The maps' own toolbar and the units' names, added to every map of assets/geomap.js
   (callbacks/map_tools.py).

   Toolbar: a group of buttons under the zoom buttons, titled from the gettext catalogs
   (the page's hidden #map-tool-texts): reset the view to the extent the map was first
   fitted to, zoom to the whole scope, full screen (MapLibre's own control) and, on a
   map coloured from a view address (the explorer), the server's PNG of that view.

   View bounds: once the user (or a link) moved a map from its scope's fitted extent, the
   bounds it shows go with the PNG's address (&extent=west,south,east,north) and, on a map
   whose element names a store in data-bounds, into that store after every move (null
   while the fitted extent is shown): the print layout reads it (server/map_image.py,
   callbacks/explorer/printing.py).

   Names: a map whose layers include "labels" writes its units' names at the points the
   geometry brings (layers/render/map_labels.py), largest unit first, each dropped when
   its box would overlap a name already written, only inside the view and at most
   MAX_NAMES; placement is redone after every pan or zoom, so more names appear as the
   map zooms in. Kraków's districts are named too while their outline is shown. The names
   are HTML (no glyph fonts offline), let the pointer through and are hidden from screen
   readers: the map's table lists every unit. */
(function () {
  "use strict";
  const LABELS = "labels";
  const DISTRICTS = "districts";
  const MAX_NAMES = 150;
  const PAD = 3;  // px kept free around each name
  const DEFAULT_TEXTS = { group: "Map tools", reset: "Reset view", scope: "Zoom to scope",
    png: "Download the map as PNG" };

  function toolTexts() {
    const holder = document.getElementById("map-tool-texts");
    return holder ? JSON.parse(holder.dataset.texts) : DEFAULT_TEXTS;
  }

  /* --- the toolbar ------------------------------------------------------------------ */

  function toolButton(name, title, glyph, action) {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "geomap-tool geomap-tool-" + name;
    button.title = title;
    button.setAttribute("aria-label", title);
    const icon = document.createElement("span");
    icon.setAttribute("aria-hidden", "true");
    icon.textContent = glyph;
    button.appendChild(icon);
    button.addEventListener("click", action);
    return button;
  }

  function toolbar(entry) {
    return {
      onAdd: function () {
        const texts = toolTexts(), group = document.createElement("div");
        group.className = "maplibregl-ctrl maplibregl-ctrl-group geomap-tools";
        group.setAttribute("role", "group");
        group.setAttribute("aria-label", texts.group);
        const png = toolButton("png", texts.png, "PNG", () => downloadPng(entry));
        png.hidden = true;
        group.append(toolButton("reset", texts.reset, "⟲", () => resetView(entry)),
          toolButton("scope", texts.scope, "⤢", () => zoomToScope(entry)), png);
        entry.tools = { group: group, png: png };
        return group;
      },
      onRemove: function () { entry.tools.group.remove(); },
    };
  }

  /* The extent the map was first fitted to (per scope): bounds, or a centre and zoom. */
  function remember(entry) {
    const map = entry.map, url = entry.geometry && entry.geometry.url;
    if (!url || (entry.home && entry.home.url === url)) { return; }
    const centre = map.getCenter();
    entry.home = { url: url, bounds: entry.fit, center: [centre.lng, centre.lat], zoom: map.getZoom() };
  }

  function fitTo(entry, bounds) {
    entry.map.fitBounds([[bounds[0], bounds[1]], [bounds[2], bounds[3]]],
      { padding: 10, animate: false }, { user: true });
  }

  function resetView(entry) {
    const home = entry.home;
    if (!home) { return; }
    if (home.bounds) { fitTo(entry, home.bounds); return; }
    entry.map.jumpTo({ center: home.center, zoom: home.zoom }, { user: true });
  }

  function zoomToScope(entry) {
    if (entry.geometry) { fitTo(entry, entry.geometry.bbox); }
  }

  let pathPrefix = null;

  /* The PNG of the view whose colours the map fetched (server/map_image.py answers the
     view /paint reads), or null for a map coloured by its state. */
  function pngAddress(entry) {
    if (!entry.paintUrl) { return null; }
    if (pathPrefix === null) {
      const config = document.getElementById("_dash-config");
      pathPrefix = config ? JSON.parse(config.textContent).requests_pathname_prefix : "/";
    }
    const paint = pathPrefix + "paint/";
    return entry.paintUrl.startsWith(paint) ? pathPrefix + "map-image/" + entry.paintUrl.slice(paint.length) : null;
  }

  /* --- the view's bounds ------------------------------------------------------------ */

  /* The bounds the map shows (west, south, east, north, degrees) after the user or a link
     moved it; null while it shows the extent it was fitted to (geomap.js keeps that in
     entry.fit and clears it on such a move). */
  function viewBounds(entry) {
    if (!entry.map || entry.fit !== null) { return null; }
    const b = entry.map.getBounds();
    return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()].map(v => Math.round(v * 1e5) / 1e5);
  }

  /* Puts the bounds shown into the store the map's data-bounds names, when they changed. */
  function reportBounds(entry) {
    const target = entry.container && entry.container.dataset.bounds;
    const bounds = viewBounds(entry), key = JSON.stringify(bounds);
    if (!target || key === entry.boundsKey || !window.dash_clientside || !window.dash_clientside.set_props) { return; }
    entry.boundsKey = key;
    window.dash_clientside.set_props(target, { data: bounds });
  }

  /* The PNG's address, with the bounds shown when the map was moved. */
  function viewPngAddress(entry) {
    const address = pngAddress(entry), bounds = address && viewBounds(entry);
    return bounds ? address + "&extent=" + bounds.join(",") : address;
  }

  function showPngButton(entry) {
    const address = viewPngAddress(entry), button = entry.tools && entry.tools.png;
    if (!button) { return; }
    button.hidden = !address;
    button.dataset.address = address || "";
  }

  function viewMoved(entry) {
    reportBounds(entry);
    showPngButton(entry);
  }

  function downloadPng(entry) {
    const address = viewPngAddress(entry);
    if (!address) { return; }
    const link = document.createElement("a");
    link.href = address;
    link.download = "";
    document.body.appendChild(link);
    link.click();
    link.remove();
  }

  /* --- the units' names ------------------------------------------------------------- */

  function decodedPoints(labels, grid) {
    if (!labels.lngLats) {
      const points = labels.points, lngLats = [];
      for (let i = 0; i < points.length; i += 2) { lngLats.push([points[i] / grid, points[i + 1] / grid]); }
      labels.lngLats = lngLats;
    }
    return labels.lngLats;
  }

  /* The sets of names to write now, in order of priority: the units', then the districts'. */
  function nameSets(entry) {
    const geometry = entry.geometry, shown = entry.state.layers || [];
    if (!geometry || !geometry.labels || shown.indexOf(LABELS) < 0) { return []; }
    const sets = [{ kind: "unit", names: geometry.labels.names || geometry.names, labels: geometry.labels }];
    const districts = geometry.outlines[DISTRICTS];
    if (districts && districts.labels && shown.indexOf(DISTRICTS) >= 0) {
      sets.push({ kind: "district", names: districts.labels.names, labels: districts.labels });
    }
    sets.forEach(set => { set.lngLats = decodedPoints(set.labels, geometry.grid); });
    return sets;
  }

  function measurer(entry) {
    if (!entry.measure) {
      const probe = document.createElement("span");
      probe.className = "geomap-label geomap-name";
      entry.container.appendChild(probe);
      const style = getComputedStyle(probe), context = document.createElement("canvas").getContext("2d");
      context.font = style.font;
      const height = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.2;
      probe.remove();
      entry.measure = { height: height, width: text => context.measureText(text).width };
    }
    return entry.measure;
  }

  function overlaps(a, b) {
    return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
  }

  /* Greedy placement: each candidate in order, kept if its box is inside the map and
     overlaps no box kept before it. */
  function placed(entry, sets) {
    const map = entry.map, canvas = map.getCanvas(), width = canvas.clientWidth, height = canvas.clientHeight;
    const bounds = map.getBounds(), measure = measurer(entry), kept = [], boxes = [];
    for (const set of sets) {
      for (const i of set.labels.order) {
        if (kept.length >= MAX_NAMES) { return kept; }
        const lngLat = set.lngLats[i];
        if (!bounds.contains(lngLat)) { continue; }
        const point = map.project(lngLat), name = set.names[i];
        const half = measure.width(name) / 2 + PAD, up = measure.height / 2 + PAD;
        const box = [point.x - half, point.y - up, point.x + half, point.y + up];
        if (box[0] < 0 || box[1] < 0 || box[2] > width || box[3] > height) { continue; }
        if (boxes.some(other => overlaps(other, box))) { continue; }
        boxes.push(box);
        kept.push({ key: set.kind + ":" + i, name: name, kind: set.kind, lngLat: lngLat });
      }
    }
    return kept;
  }

  function nameMarker(map, name) {
    const element = document.createElement("div");
    element.className = "geomap-label geomap-name geomap-name-" + name.kind;
    element.textContent = name.name;
    const marker = new maplibregl.Marker({ element: element, anchor: "center" })
      .setLngLat(name.lngLat).addTo(map);
    element.removeAttribute("role");  // a name written on the map, not a button
    element.removeAttribute("aria-label");
    element.setAttribute("aria-hidden", "true");  // the map's table lists every unit
    return marker;
  }

  /* Writes the names placed now, keeping the markers of names already written; the map's
     element tells how many and how long it took (data-names, data-names-ms: bench/map_labels.py). */
  function writeNames(entry) {
    const started = performance.now(), held = entry.names || new Map(), next = new Map();
    const canvas = entry.map.getCanvas();
    const sets = canvas.clientWidth ? nameSets(entry) : [];
    placed(entry, sets).forEach(function (name) {
      const marker = held.get(name.key) || nameMarker(entry.map, name);
      held.delete(name.key);
      next.set(name.key, marker);
    });
    held.forEach(marker => marker.remove());
    entry.names = next;
    entry.container.dataset.names = String(next.size);
    entry.container.dataset.namesMs = (performance.now() - started).toFixed(1);
  }

  function clearNames(entry) {
    (entry.names || new Map()).forEach(marker => marker.remove());
    entry.names = new Map();
  }

  /* What the names depend on besides the view: the geometry and the layers shown. */
  function namesKey(entry) {
    const shown = entry.state.layers || [];
    return [entry.geometry && entry.geometry.url, shown.indexOf(LABELS) >= 0, shown.indexOf(DISTRICTS) >= 0].join("|");
  }

  /* --- the hooks -------------------------------------------------------------------- */

  window.geoportalMap.extend({
    created: function (entry) {
      const map = entry.map;
      map.addControl(new maplibregl.FullscreenControl({ container: entry.container }), "top-right");
      map.addControl(toolbar(entry), "top-right");
      entry.home = null;
      entry.names = new Map();
      entry.namesKey = null;
      map.on("moveend", () => { writeNames(entry); viewMoved(entry); });
      map.on("resize", () => { writeNames(entry); viewMoved(entry); });
    },
    applied: function (entry) {
      remember(entry);
      viewMoved(entry);
      const key = namesKey(entry);
      if (key !== entry.namesKey) {
        entry.namesKey = key;
        clearNames(entry);
        writeNames(entry);
      }
    },
  });
})();
