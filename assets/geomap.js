/* The geoportal's map engine over MapLibre GL JS (assets/vendor, built by `make assets`).

   Dash keeps what each map shows in one store (callbacks/maps.py); a clientside callback
   hands it to `geoportalMap.update(id, state)`. A scope's geometry is fetched once (its
   address names its digest) and stays in the map's source; colours are applied as
   feature state, so a change of indicator, year or palette repaints without rebuilding
   the source. After each repaint that follows a change the map's element dispatches
   `geoportal:painted` (detail: map id, what changed, scope). User events go back to Dash
   with `dash_clientside.set_props`: a click on a gmina, a moved extent, a lasso ring, the
   view painted. */
(function () {
  "use strict";
  const GMINAS = "gminas";
  const FILL = "gminas-fill";
  const EDGES = "gminas-edges";
  const BASEMAP = "basemap";
  const OSM_TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";
  const entries = {};

  function entryOf(id) {
    if (!entries[id]) {
      entries[id] = { id: id, state: {}, map: null, applied: {}, geometry: null, clicks: 0 };
    }
    return entries[id];
  }

  function decodeLine(deltas, grid) {
    const points = [];
    let x = 0, y = 0;
    for (let i = 0; i < deltas.length; i += 2) {
      x += deltas[i]; y += deltas[i + 1];
      points.push([x / grid, y / grid]);
    }
    return points;
  }

  function decodeGeometry(raw) {
    const grid = raw.grid;
    const features = raw.polygons.map(function (parts, i) {
      const polygons = parts.map(rings => rings.map(ring => decodeLine(ring, grid)));
      return {
        type: "Feature",
        properties: { teryt: raw.ids[i] },
        geometry: { type: "MultiPolygon", coordinates: polygons },
      };
    });
    const outlines = {};
    Object.keys(raw.outlines).forEach(function (name) {
      const outline = raw.outlines[name];
      outlines[name] = {
        color: outline.color, width: outline.width,
        data: { type: "Feature", properties: {},
          geometry: { type: "MultiLineString", coordinates: outline.lines.map(l => decodeLine(l, grid)) } },
      };
    });
    const index = {};
    raw.ids.forEach((code, i) => { index[code] = i; });
    Object.keys(raw.outlines).forEach(name => { outlines[name].labels = raw.outlines[name].labels; });
    return { ids: raw.ids, names: raw.names, bbox: raw.bbox, nodata: raw.nodata, index: index,
      features: { type: "FeatureCollection", features: features }, outlines: outlines,
      grid: grid, labels: raw.labels };
  }

  function emptyStyle() {
    return { version: 8, sources: {},
      layers: [{ id: "background", type: "background", paint: { "background-color": "#ffffff" } }] };
  }

  /* MapLibre's own texts (its controls' titles, the canvas's name) in the page's language,
     as Plotly's charts get theirs (callbacks/charts.py): the canvas is a Tab stop whose
     arrow keys pan and + / − keys zoom, and its name says so. */
  const LOCALES = {
    pl: { "Map.Title": "Mapa gmin: strzałki przesuwają, klawisze + i − przybliżają i oddalają",
      "NavigationControl.ZoomIn": "Przybliż", "NavigationControl.ZoomOut": "Oddal",
      "AttributionControl.ToggleAttribution": "Pokaż lub ukryj źródła",
      "FullscreenControl.Enter": "Pełny ekran", "FullscreenControl.Exit": "Zamknij pełny ekran" },
    en: { "Map.Title": "Map of gminas: arrow keys pan, + and − zoom in and out" },
  };

  function create(entry, container) {
    const map = new maplibregl.Map({
      container: container, style: emptyStyle(), center: [19.94, 50.06], zoom: 7,
      attributionControl: { compact: true }, dragRotate: false, pitchWithRotate: false,
      fadeDuration: 0, locale: LOCALES[document.documentElement.lang] || LOCALES.en,
    });
    map.touchZoomRotate.disableRotation();
    map.keyboard.disableRotation();
    map.addControl(new maplibregl.NavigationControl({ showCompass: false }), "top-right");
    const tooltip = document.createElement("div");
    tooltip.className = "geomap-tooltip";
    container.appendChild(tooltip);
    entry.map = map; entry.container = container; entry.tooltip = tooltip;
    entry.applied = {}; entry.geometry = null; entry.ready = false;
    map.on("load", function () { entry.ready = true; apply(entry); });
    map.on("mousemove", e => hovered(entry, e));
    map.on("mouseout", () => hideTooltip(entry));
    map.on("click", e => clicked(entry, e));
    map.on("moveend", e => moved(entry, e));
    map.on("move", e => followed(entry, e));
    map.on("resize", () => refit(entry));
    lassoTool(entry);
    extended("created", entry);
  }

  /* Extensions (assets/geomap_tools.js: the toolbar, the units' names) are told when a map
     is created and after each state it applied with its geometry shown. */
  const extensions = [];

  function extended(hook, entry) {
    extensions.forEach(extension => extension[hook] && extension[hook](entry));
  }

  function revive() {
    Object.values(entries).forEach(function (entry) {
      const container = document.getElementById(entry.id);
      if (entry.map && entry.map.getContainer() !== container) {
        entry.map.remove(); entry.map = null;
      }
      if (container && !entry.map && window.maplibregl) { create(entry, container); }
    });
  }

  function apply(entry) {
    revive();
    if (!entry.map || !entry.ready) { return; }
    const state = entry.state, changed = [];
    if (!geometryReady(entry, geometryOf(entry))) { return; }
    const paint = paintOf(entry);
    applyLayers(entry, state.layers || [], changed);
    if (paint !== undefined) { applyPaint(entry, paint, changed); }
    if (entry.paintUrl !== undefined) { showPanels(entry, paint); }
    applyMarks(entry, state.marks || {}, changed);
    applyExtras(entry, state.extras || {}, changed);
    applyView(entry, state.view || null, changed);
    entry.done = state;
    if (changed.length) { painted(entry, changed); }
    tellShown(entry);
    extended("applied", entry);
  }

  function same(entry, key, value) {
    const text = JSON.stringify(value === undefined ? null : value);
    if (entry.applied[key] === text) { return true; }
    entry.applied[key] = text;
    return false;
  }

  const fetched = {};

  function decoded(url) {
    if (!fetched[url]) {
      fetched[url] = fetch(url, { credentials: "same-origin" }).then(r => r.json()).then(decodeGeometry);
    }
    return fetched[url];
  }

  /* --- colours asked for by the controls (the explorer) ------------------------------ */
  /* A map handed a paint address (`paintFrom`) takes its colours from there, not from its
     state: the explorer's controls name the view (assets/geomap_controls.js) and the map
     fetches its colours (server/paint.py) with no Dash round trip between; an address
     asked again while on its way is not fetched twice. An answer is applied once the map
     shows the geometry it names, and with it the panels beside the map it names (legend,
     notice: `panels`, props by component id). A refusal (bad breaks, no data: an `error`
     instead of colours) or a server failure leaves the colours as they are, as the legend
     stays, and shows its reason; on a map with no colours to keep a refusal clears the
     legend too (`bare`). The last PAINTS_KEPT answers are kept. */
  const PAINTS_KEPT = 24;
  const paints = new Map();

  function paintFrom(entry, url) {
    if (entry.paintPending === url) { return; }  // asked already, on its way
    entry.paintUrl = url;
    if (paints.has(url)) { entry.paintPending = null; apply(entry); return; }
    entry.paintPending = url;
    fetch(url, { credentials: "same-origin" })
      .then(r => r.json())  // a refusal or a failure says why in its body, if it can
      .catch(() => null)
      .then(function (paint) {
        if (paint && paint.classes) {
          kept(url, paint);
          settledAddresses(url, paint).forEach(settled => kept(settled, paint));
        } else if (paint) {
          entry.refusal = { url: url, answer: paint };
        }
        const pending = entry.paintPending;  // this one, or another this answer settled
        if (pending === url || paints.has(pending)) { entry.paintPending = null; apply(entry); }
      });
  }

  function kept(url, paint) {
    paints.set(url, paint);
    if (paints.size > PAINTS_KEPT) { paints.delete(paints.keys().next().value); }
  }

  /* What an address asks: the scope (its path's last but one part) and the view. */
  function viewAt(url) {
    const at = url.indexOf("?view="), path = url.slice(0, at).split("/");
    return { scope: decodeURIComponent(path[path.length - 2]),
      view: JSON.parse(decodeURIComponent(url.slice(at + 6))) };
  }

  /* The addresses the controls ask next for the same colours, when the answer chose a
     new indicator's year and base year (`new_indicator`) or symbol (none asked): the year
     control, the symbol control or both then show the answer's
     (assets/geomap_controls.js). */
  function settledAddresses(url, answer) {
    const asked = viewAt(url).view, at = url.indexOf("?view="), settled = [];
    const years = asked.new_indicator ? [true, false] : [true];
    const symbols = asked.options && asked.options.symbol === null ? [true, false] : [true];
    years.forEach(function (yearAsked) {
      symbols.forEach(function (symbolAsked) {
        if (yearAsked && symbolAsked) { return; }  // the address asked itself
        const view = JSON.parse(JSON.stringify(asked));
        if (!yearAsked) {
          delete view.new_indicator;
          view.year = answer.year;
          view.options.base_year = answer.base_year;
        }
        if (!symbolAsked) { view.options.symbol = answer.symbol; }
        settled.push(url.slice(0, at + 6) + encodeURIComponent(JSON.stringify(view)));
      });
    });
    return settled;
  }

  /* The view the map shows, told to Dash (`data-shown`) once its repaint is drawn, not
     before: what follows it (the address bar, the year control, the indicator's notes,
     the map table) is computed and rendered after the map, not while the user waits for
     it. The year and symbol are the answer's (a new indicator's are the server's choice);
     a refused view is told as asked, marked `refused`. */
  function tellShown(entry) {
    const url = entry.paintUrl;
    if (url === undefined || entry.paintPending || entry.repainting) { return; }
    const answer = paints.get(url), refused = entry.refusal && entry.refusal.url === url;
    if (!answer && !refused) { return; }
    const asked = viewAt(url), view = asked.view;
    const options = answer ? Object.assign({}, view.options, { symbol: answer.symbol }) : view.options;
    const shown = { scope: asked.scope, indicator_id: view.indicator_id,
      year: answer ? answer.year : view.year, options: options, refused: !answer };
    const text = JSON.stringify(shown);
    if (entry.shownText !== text) { entry.shownText = text; send(entry, "shown", shown); }
  }

  /* The panels of the answer to the current address, once, as its colours are applied
     (`paint`: what the map now shows; undefined: no colours at all). A refusal's `bare`
     panels follow when its map turns bare later (a new scope's geometry arriving). A
     panel whose element says `data-panel="map"` (the legend, its announcement) is drawn
     by the engine itself, in the same task as the colours and with no Dash dispatch (Dash
     never renders its children); others are set through Dash (`set_props`). */
  function showPanels(entry, paint) {
    const refused = entry.refusal && entry.refusal.url === entry.paintUrl ? entry.refusal.answer : null;
    const answer = paints.get(entry.paintUrl) || refused;
    if (!answer || (answer.classes && paint !== answer)) { return; }
    const panels = {};
    if (entry.panelsShown !== answer) { Object.assign(panels, answer.panels); }
    if (!answer.classes && paint === undefined && entry.panelsBare !== answer) {
      Object.assign(panels, answer.bare);
      entry.panelsBare = answer;
    }
    entry.panelsShown = answer;
    const setProps = window.dash_clientside && window.dash_clientside.set_props;
    const held = entry.panelsHeld = entry.panelsHeld || {};
    const drawn = entry.panelsDrawn = entry.panelsDrawn || {};
    Object.keys(panels).forEach(function (id) {
      const element = document.getElementById(id), text = JSON.stringify(panels[id]);
      if (element && element.dataset.panel === "map") { drawn[id] = { content: panels[id] }; return; }
      if (setProps && held[id] !== text && element) {  // a panel as it was is not set again
        held[id] = text;
        setProps(id, { children: panels[id] });
      }
    });
    Object.keys(drawn).forEach(function (id) {  // again into an element rebuilt with its tab
      const element = document.getElementById(id), panel = drawn[id];
      if (element && (panel.element !== element || panel.shown !== panel.content)) {
        panel.element = element;
        panel.shown = panel.content;
        element.replaceChildren(...nodesOf(panel.content));
      }
    });
  }

  /* The DOM of Dash HTML components as JSON (a panel's children). */
  function nodesOf(content) {
    if (content === null || content === undefined || content === false) { return []; }
    if (Array.isArray(content)) { return content.flatMap(nodesOf); }
    if (typeof content !== "object") { return [document.createTextNode(String(content))]; }
    const props = content.props || {}, element = document.createElement(content.type.toLowerCase());
    Object.keys(props).forEach(function (key) {
      const value = props[key];
      if (key === "children" || value === null || value === undefined) { return; }
      if (key === "className") { element.className = value; }
      else if (key === "style") { Object.assign(element.style, value); }
      else { element.setAttribute(key, value); }
    });
    element.append(...nodesOf(props.children));
    return [element];
  }

  /* The geometry to show: the state's, or for a map painted from an address the one its
     answer colours (a powiat indicator: the scope's powiats). While the answer is on its
     way or refused, the geometry shown stays as long as the state's scope does. */
  function geometryOf(entry) {
    const state = entry.state.geometry;
    if (entry.paintUrl === undefined) { return state; }
    const answer = paints.get(entry.paintUrl);
    if (answer) { entry.stateShown = state; return answer.geometry; }
    return entry.geometry && entry.stateShown === state ? entry.geometry.url : state;
  }

  /* The colours to apply now: the state's, or the fetched answer for the shown geometry,
     or while none is (refused, on its way) the colours shown last, which a map rebuilt
     after its tab was shown again applies anew (undefined: nothing to apply). */
  function paintOf(entry) {
    if (entry.paintUrl === undefined) { return entry.state.paint || null; }
    const paint = paints.get(entry.paintUrl) || entry.paint;  // refused or on its way: as shown
    return paint && entry.geometry && paint.geometry === entry.geometry.url ? paint : undefined;
  }

  function geometryReady(entry, url) {
    if (!url) { return true; }
    if (entry.geometry && entry.geometry.url === url) { return true; }
    if (entry.fetching === url) { return false; }
    entry.fetching = url;
    decoded(url).then(function (geometry) {
      if (entry.fetching !== url || !entry.map) { return; }
      entry.fetching = null;
      setGeometry(entry, url, Object.assign({}, geometry));
      apply(entry);
    }).catch(function () {  // a failed fetch is tried again with the next state
      delete fetched[url];
      entry.fetching = null;
    });
    return false;
  }

  function setGeometry(entry, url, geometry) {
    const map = entry.map;
    [FILL, EDGES].concat(layerIds(map, "outline-"), layerIds(map, "mark-")).forEach(function (id) {
      if (map.getLayer(id)) { map.removeLayer(id); }
    });
    Object.keys(map.getStyle().sources)
      .filter(s => s === GMINAS || s.startsWith("outline-") || s.startsWith("mark-"))
      .forEach(s => map.removeSource(s));
    map.addSource(GMINAS, { type: "geojson", data: geometry.features, promoteId: "teryt" });
    const before = firstExtra(map);
    map.addLayer({ id: FILL, type: "fill", source: GMINAS, paint: {
      "fill-color": ["coalesce", ["feature-state", "c"], geometry.nodata], "fill-opacity": 0.9 } }, before);
    map.addLayer({ id: EDGES, type: "line", source: GMINAS,
      paint: { "line-color": "#ffffff", "line-width": 0.5 } }, before);
    Object.keys(geometry.outlines).forEach(function (name) {
      const outline = geometry.outlines[name];
      map.addSource("outline-" + name, { type: "geojson", data: outline.data });
      map.addLayer({ id: "outline-" + name, type: "line", source: "outline-" + name,
        layout: { visibility: "none" },
        paint: { "line-color": outline.color, "line-width": outline.width } }, before);
    });
    geometry.url = url;
    entry.geometry = geometry;
    ["layers", "paint", "marks", "hover"].forEach(key => { delete entry.applied[key]; });
    entry.fresh = true;
  }

  function layerIds(map, prefix) {
    return map.getStyle().layers.map(l => l.id).filter(id => id.startsWith(prefix));
  }

  function firstExtra(map) {
    return layerIds(map, "extra-")[0];
  }

  function applyLayers(entry, shown, changed) {
    if (same(entry, "layers", shown)) { return; }
    const map = entry.map;
    layerIds(map, "outline-").forEach(function (id) {
      const visible = shown.indexOf(id.slice("outline-".length)) >= 0;
      map.setLayoutProperty(id, "visibility", visible ? "visible" : "none");
    });
    const wanted = shown.indexOf(BASEMAP) >= 0;
    if (wanted && !map.getSource(BASEMAP)) {
      map.addSource(BASEMAP, { type: "raster", tiles: [OSM_TILES], tileSize: 256, maxzoom: 19,
        attribution: "© OpenStreetMap contributors" });
      map.addLayer({ id: BASEMAP, type: "raster", source: BASEMAP }, map.getLayer(FILL) ? FILL : firstExtra(map));
    } else if (!wanted && map.getSource(BASEMAP)) {
      map.removeLayer(BASEMAP); map.removeSource(BASEMAP);
    }
    changed.push("layers");
  }

  function colourOf(paint, i) {
    const k = paint.classes[i];
    return k >= 0 && k < paint.colors.length ? paint.colors[k] : paint.nodata;
  }

  function applyPaint(entry, paint, changed) {
    if (!entry.geometry || same(entry, "paint", paint)) { return; }
    const map = entry.map, ids = entry.geometry.ids;
    if (!paint || paint.classes.length !== ids.length) {
      ids.forEach(code => map.setFeatureState({ source: GMINAS, id: code }, { c: null }));
    } else {
      ids.forEach((code, i) => map.setFeatureState({ source: GMINAS, id: code }, { c: colourOf(paint, i) }));
    }
    entry.paint = paint;
    changed.push("colours");
  }

  function applyMarks(entry, marks, changed) {
    if (!entry.geometry || same(entry, "marks", marks)) { return; }
    Object.keys(marks).forEach(kind => markLayer(entry, kind, marks[kind]));
    Object.keys(marks).forEach(kind => setMarked(entry, kind, marks[kind].ids || []));
    changed.push("marks");
  }

  function markLayer(entry, kind, style) {
    const map = entry.map, id = "mark-" + kind;
    if (map.getLayer(id)) { return; }
    map.addSource(id, { type: "geojson", data: { type: "FeatureCollection", features: [] } });
    map.addLayer({ id: id, type: "line", source: id,
      paint: { "line-color": style.color, "line-width": style.width } }, firstExtra(map));
  }

  /* A mark is a small source of its own holding the marked gminas' polygons: changing it
     leaves the gminas' source (and its colours) alone. */
  function setMarked(entry, kind, codes) {
    const geometry = entry.geometry, source = entry.map.getSource("mark-" + kind);
    const held = (entry.marked = entry.marked || {});
    held[kind] = codes.filter(code => code in geometry.index);
    if (!source) { return; }
    const features = held[kind].map(code => geometry.features.features[geometry.index[code]]);
    source.setData({ type: "FeatureCollection", features: features });
  }

  function applyExtras(entry, extras, changed) {
    const map = entry.map, held = (entry.extras = entry.extras || {});
    Object.keys(Object.assign({}, held, extras)).forEach(function (name) {
      if (same(entry, "extra:" + name, extras[name] || null)) { return; }
      const id = "extra-" + name, extra = extras[name];
      if (map.getLayer(id + "-line")) { map.removeLayer(id + "-line"); }
      if (map.getLayer(id)) { map.removeLayer(id); }
      if (map.getSource(id)) { map.removeSource(id); }
      removeLabels(map, id);
      delete held[name];
      if (extra) { addExtra(map, id, extra); held[name] = extra; }
      changed.push("extra:" + name);
    });
  }

  function addExtra(map, id, extra) {
    if (extra.kind === "label") { addLabels(map, id, extra); return; }
    map.addSource(id, { type: "geojson", data: extra.data });
    const width = typeof extra.width === "string" ? ["get", extra.width] : extra.width;
    if (extra.kind === "fill") {
      map.addLayer({ id: id, type: "fill", source: id,
        paint: { "fill-color": extra.color, "fill-opacity": extra.opacity } });
      map.addLayer({ id: id + "-line", type: "line", source: id,
        paint: { "line-color": extra.color, "line-width": width } });
    } else if (extra.kind === "circle") {
      map.addLayer({ id: id, type: "circle", source: id, paint: { "circle-color": extra.color,
        "circle-radius": width, "circle-opacity": extra.opacity } });
    } else {
      map.addLayer({ id: id, type: "line", source: id, layout: { "line-cap": "round" },
        paint: { "line-color": extra.color, "line-width": width, "line-opacity": extra.opacity } });
    }
  }

  /* An overlay of kind "label" (layers/render/geomap.py, label_overlay): each point's
     text written to its right, as HTML markers (the map loads no glyphs to draw text),
     read as plain text (MapLibre's marker button role and "Map marker" name taken off). */
  function addLabels(map, id, extra) {
    const labels = (map.geoportalLabels = map.geoportalLabels || {});
    labels[id] = (extra.data.features || []).map(function (feature) {
      const element = document.createElement("div");
      element.className = "geomap-label";
      element.textContent = feature.properties.label;
      element.style.color = extra.color;
      const marker = new maplibregl.Marker({ element: element, anchor: "left", offset: [7, 0] })
        .setLngLat(feature.geometry.coordinates).addTo(map);
      element.removeAttribute("role");  // a name written on the map, not a button
      element.removeAttribute("aria-label");
      return marker;
    });
  }

  function removeLabels(map, id) {
    const labels = map.geoportalLabels || {};
    (labels[id] || []).forEach(marker => marker.remove());
    delete labels[id];
  }

  function applyView(entry, view, changed) {
    const fresh = entry.fresh;
    entry.fresh = false;
    if (same(entry, "view", view) && !fresh) { return; }
    const map = entry.map;
    if (view && view.center) {
      map.jumpTo({ center: [view.center.lon, view.center.lat], zoom: view.zoom });
      entry.fit = null;
    } else {
      const bounds = view && view.bounds ? view.bounds : (entry.geometry && entry.geometry.bbox);
      if (!bounds) { return; }
      entry.fit = bounds;
      refit(entry);
    }
    changed.push("view");
  }

  function refit(entry) {
    const map = entry.map, box = entry.fit;
    if (!map || !box || !map.getCanvas().clientWidth) { return; }
    map.fitBounds([[box[0], box[1]], [box[2], box[3]]], { padding: 10, animate: false });
  }

  function painted(entry, changed) {
    const map = entry.map, container = entry.container;
    const detail = { map: entry.id, changed: changed,
      scope: entry.geometry ? entry.geometry.url.split("/")[2] : null };
    let drawn = false, finished = false;
    const seen = () => { drawn = true; };
    function done() {
      if (finished) { return; }
      finished = true;
      map.off("idle", done); map.off("error", failed); map.off("render", seen);
      entry.repainting = false;
      container.dispatchEvent(new CustomEvent("geoportal:painted", { bubbles: true, detail: detail }));
      tellShown(entry);
    }
    /* A tile that cannot load (the basemap offline) ends in an error and no new frame, so no
       "idle" follows: the repaint is also done when, after a frame, nothing is left to load.
       The error is logged as MapLibre logs it when nobody listens. */
    function failed(e) {
      console.error(e.error);
      if (drawn && map.loaded() && !map.isMoving()) { done(); }
    }
    entry.repainting = true;
    map.on("render", seen);
    map.on("idle", done);
    map.on("error", failed);
    map.triggerRepaint();
  }

  /* --- what the user does --------------------------------------------------------- */

  function featureAt(entry, point) {
    const map = entry.map;
    const hoverable = Object.keys(entry.extras || {}).filter(n => entry.extras[n].hover)
      .map(n => "extra-" + n).filter(id => map.getLayer(id));
    if (map.getLayer(FILL)) { hoverable.push(FILL); }
    return hoverable.length ? map.queryRenderedFeatures(point, { layers: hoverable })[0] : undefined;
  }

  function hoverText(entry, code) {
    const geometry = entry.geometry, i = geometry.index[code];
    if (i === undefined) { return null; }
    const paint = entry.paint || { hover: [], columns: [] };
    const lines = (paint.hover || []).map(line => line.replace(/\{(\d+)\}/g,
      (_, k) => String((paint.columns[Number(k)] || [])[i] ?? "")));
    return [geometry.names[i]].concat(lines);
  }

  function hovered(entry, e) {
    if (entry.lasso) { return; }
    const feature = featureAt(entry, e.point);
    const code = feature && feature.layer.id === FILL ? feature.id : null;
    linked(entry, other => other.geometry && setMarked(other, "hover", code ? [code] : []));
    entry.map.getCanvas().style.cursor = feature ? "pointer" : "";
    if (!feature) { hideTooltip(entry); return; }
    const lines = code ? hoverText(entry, code) : [feature.properties[entry.extras[feature.layer.id.slice(6)].hover]];
    showTooltip(entry, lines, e.point);
  }

  function showTooltip(entry, lines, point) {
    const tooltip = entry.tooltip;
    tooltip.replaceChildren();
    lines.forEach(function (line, i) {
      const row = document.createElement(i === 0 ? "b" : "div");
      row.textContent = line;
      tooltip.appendChild(row);
    });
    tooltip.style.left = point.x + 12 + "px";
    tooltip.style.top = point.y + 12 + "px";
    tooltip.style.display = "block";
  }

  function hideTooltip(entry) {
    if (entry.tooltip) { entry.tooltip.style.display = "none"; }
    linked(entry, other => other.geometry && setMarked(other, "hover", []));
  }

  function send(entry, role, data) {
    const target = entry.container && entry.container.dataset[role];
    if (target && window.dash_clientside && window.dash_clientside.set_props) {
      window.dash_clientside.set_props(target, { data: data });
    }
  }

  function clicked(entry, e) {
    if (entry.lasso || !entry.map.getLayer(FILL)) { return; }
    const feature = entry.map.queryRenderedFeatures(e.point, { layers: [FILL] })[0];
    if (feature) { send(entry, "click", { teryt: feature.id, n: ++entry.clicks }); }
  }

  function byUser(e) {
    return Boolean(e.originalEvent || e.user);
  }

  function moved(entry, e) {
    if (!byUser(e)) { return; }
    entry.fit = null;
    const centre = entry.map.getCenter();
    send(entry, "extent", { lon: centre.lng, lat: centre.lat, zoom: entry.map.getZoom() });
  }

  function linked(entry, act) {
    const other = entry.container && entries[entry.container.dataset.link];
    if (other && other.map) { act(other); }
  }

  function followed(entry, e) {
    if (!byUser(e)) { return; }
    const map = entry.map;
    linked(entry, other => other.map.jumpTo({ center: map.getCenter(), zoom: map.getZoom() }));
  }

  function lassoTool(entry) {
    const map = entry.map;
    map.on("mousedown", function (e) {
      if (!entry.lasso) { return; }
      entry.ring = [[e.lngLat.lng, e.lngLat.lat]];
    });
    map.on("mousemove", function (e) {
      if (!entry.lasso || !entry.ring) { return; }
      entry.ring.push([e.lngLat.lng, e.lngLat.lat]);
      draft(entry, entry.ring);
    });
    map.on("mouseup", function () {
      const ring = entry.ring;
      entry.ring = null;
      if (!entry.lasso || !ring || ring.length < 3) { return; }
      send(entry, "lasso", { ring: ring.concat([ring[0]]) });
    });
  }

  function draft(entry, ring) {
    const map = entry.map, line = { type: "Feature", properties: {},
      geometry: { type: "LineString", coordinates: ring } };
    if (map.getSource("lasso")) { map.getSource("lasso").setData(line); return; }
    map.addSource("lasso", { type: "geojson", data: line });
    map.addLayer({ id: "lasso", type: "line", source: "lasso",
      paint: { "line-color": "#111111", "line-width": 2, "line-dasharray": [2, 2] } });
  }

  /* --- the module ----------------------------------------------------------------- */

  window.geoportalMap = {
    extend: function (extension) {
      extensions.push(extension);
      Object.values(entries).forEach(entry => entry.map && extension.created && extension.created(entry));
    },
    update: function (id, state) {
      const entry = entryOf(id);
      entry.state = state || {};
      if (entry.state.geometry) { decoded(entry.state.geometry); }  // while the map starts
      apply(entry);
    },
    tool: function (id, name) {
      const entry = entryOf(id);
      entry.lasso = name === "lasso";
      if (entry.map) {
        entry.lasso ? entry.map.dragPan.disable() : entry.map.dragPan.enable();
        entry.map.getCanvas().style.cursor = entry.lasso ? "crosshair" : "";
        if (!entry.lasso && entry.map.getSource("lasso")) { draft(entry, []); }
      }
    },
    map: function (id) {
      return entries[id] && entries[id].map;
    },
    jumpTo: function (id, centre, zoom) {
      const map = entries[id] && entries[id].map;
      if (map) { map.jumpTo({ center: [centre.lon, centre.lat], zoom: zoom }, { user: true }); }
    },
    project: function (id, lonLat) {
      const map = entries[id].map, point = map.project(lonLat), canvas = map.getCanvas();
      return [point.x - canvas.clientWidth / 2, point.y - canvas.clientHeight / 2];
    },
    paintFrom: function (id, url) {
      paintFrom(entryOf(id), url);
    },
    idle: function (id) {
      const entry = entries[id], map = entry && entry.map;
      return Boolean(map && entry.ready && entry.done === entry.state && map.loaded()
        && !map.isMoving() && !entry.repainting && !entry.paintPending);
    },
    describe: function (id) {
      const entry = entries[id], map = entry && entry.map;
      if (!map || !entry.ready) { return null; }
      const geometry = entry.geometry, ids = geometry ? geometry.ids : [];
      const state = code => map.getFeatureState({ source: GMINAS, id: code });
      const marked = Object.assign({}, entry.marked);
      const centre = map.getCenter();
      return {
        scope: geometry ? geometry.url.split("/")[2] : null, features: ids.length, ids: ids,
        colors: ids.map(c => state(c).c || null), hover: ids.map(c => hoverText(entry, c).join("\n")),
        lon: centre.lng, lat: centre.lat, zoom: map.getZoom(), marked: marked,
        layers: map.getStyle().layers.map(l => ({ id: l.id, type: l.type,
          visible: (l.layout || {}).visibility !== "none", color: (l.paint || {})["line-color"] || (l.paint || {})["fill-color"] || (l.paint || {})["circle-color"] })),
        extras: Object.fromEntries(Object.entries(entry.extras || {}).map(([n, x]) =>
          [n, { kind: x.kind, color: x.color, features: (x.data.features || [x.data]).length }])),
        lasso: Boolean(entry.lasso),
      };
    },
  };

  new MutationObserver(function () {
    if (!revive.pending) {
      revive.pending = true;
      requestAnimationFrame(function () {
        revive.pending = false;
        Object.values(entries).forEach(function (entry) {
          const stale = entry.map && entry.map.getContainer() !== document.getElementById(entry.id);
          if (stale || (!entry.map && document.getElementById(entry.id))) { apply(entry); }
        });
      });
    }
  }).observe(document.documentElement, { childList: true, subtree: true });

  window.dash_clientside = Object.assign({}, window.dash_clientside, {
    geomap: {
      update: function (state, id) {
        window.geoportalMap.update(id, state);
        return window.dash_clientside.no_update;
      },
      tool: function (mode, id) {
        window.geoportalMap.tool(id, mode);
        return window.dash_clientside.no_update;
      },
    },
  });
})();
