/* Proportional circles on the maps of assets/geomap.js (layers/render/proportional_circles.py).

   A paint that holds `circles` (a count drawn as a count) gets a MapLibre `circle` layer
   over the gminas' neutral fill: one circle per unit at the label point the geometry
   brought once (layers/render/map_labels.py), its radius the paint's (px at the scope's
   fitted zoom) scaled by 2^(zoom − fitted zoom), so it keeps its size on the ground as
   the map zooms. The paint sends radii only: a switch of indicator or year sends no
   geometry again. Largest circles are drawn first (circle-sort-key) so small ones stay
   visible; a unit without data gets no circle (its hollow fill says so); a value below
   zero is drawn in the paint's second colour. The hover stays the gmina fill's. */
(function () {
  "use strict";
  const LAYER = "proportional-circles";
  const SPAN = 8;  // zoom levels either side of the fitted zoom the radius expression spans
  const drawn = {};

  function labelPoints(geometry) {
    if (!geometry.circlePoints) {
      const points = geometry.labels.points, grid = geometry.grid, lngLats = [];
      for (let i = 0; i < points.length; i += 2) { lngLats.push([points[i] / grid, points[i + 1] / grid]); }
      geometry.circlePoints = lngLats;
    }
    return geometry.circlePoints;
  }

  function circleFeatures(geometry, circles) {
    const points = labelPoints(geometry), negative = new Set(circles.negative || []);
    const features = [];
    circles.radii.forEach(function (r, i) {
      if (r === null || r === undefined || !points[i]) { return; }  // a gap: no circle
      features.push({ type: "Feature", properties: { r: r, neg: negative.has(i), teryt: geometry.ids[i] },
        geometry: { type: "Point", coordinates: points[i] } });
    });
    features.sort((a, b) => b.properties.r - a.properties.r);
    return { type: "FeatureCollection", features: features };
  }

  /* The zoom at which the scope's extent fits the map: the circles' radii are px there. */
  function fittedZoom(entry) {
    const box = entry.geometry.bbox;
    const camera = entry.map.cameraForBounds([[box[0], box[1]], [box[2], box[3]]], { padding: 10 });
    return camera && isFinite(camera.zoom) ? camera.zoom : entry.map.getZoom();
  }

  function radius(zoom) {
    const factor = Math.pow(2, SPAN);
    return ["interpolate", ["exponential", 2], ["zoom"],
      zoom - SPAN, ["/", ["get", "r"], factor], zoom + SPAN, ["*", ["get", "r"], factor]];
  }

  function removeCircles(entry) {
    const map = entry.map;
    if (map.getLayer(LAYER)) { map.removeLayer(LAYER); }
    if (map.getSource(LAYER)) { map.removeSource(LAYER); }
    delete drawn[entry.id];
    entry.container.dataset.circles = "0";
  }

  function addCircles(entry, circles, data) {
    const map = entry.map;
    map.addSource(LAYER, { type: "geojson", data: data });
    map.addLayer({ id: LAYER, type: "circle", source: LAYER,
      layout: { "circle-sort-key": ["-", 0, ["get", "r"]] },
      paint: { "circle-color": ["case", ["get", "neg"], circles.negative_color, circles.color],
        "circle-opacity": circles.opacity, "circle-stroke-color": circles.outline,
        "circle-stroke-width": circles.outline_width } });
  }

  function drawCircles(entry) {
    const map = entry.map, geometry = entry.geometry, paint = entry.paint;
    const circles = paint && paint.circles;
    if (!map || !geometry) { return; }
    if (!circles || !geometry.labels) { if (drawn[entry.id] || map.getLayer(LAYER)) { removeCircles(entry); } return; }
    const zoom = fittedZoom(entry), held = drawn[entry.id];
    if (held && held.paint === paint && held.geometry === geometry && held.zoom === zoom) { return; }
    const data = circleFeatures(geometry, circles);
    if (map.getSource(LAYER)) { map.getSource(LAYER).setData(data); } else { addCircles(entry, circles, data); }
    map.setPaintProperty(LAYER, "circle-radius", radius(zoom));
    drawn[entry.id] = { paint: paint, geometry: geometry, zoom: zoom, data: data };
    entry.container.dataset.circles = String(data.features.length);
  }

  window.geoportalMap.extend({
    created: function (entry) {
      delete drawn[entry.id];
      entry.map.on("resize", () => drawCircles(entry));
    },
    applied: drawCircles,
  });

  /* What a map's circles show (tests, benches): each unit's radius in px now, largest first. */
  window.geoportalCircles = {
    describe: function (id) {
      const held = drawn[id], map = window.geoportalMap.map(id);
      if (!held || !map) { return []; }
      const scale = Math.pow(2, map.getZoom() - held.zoom);
      return held.data.features.map(f => ({ teryt: f.properties.teryt, r: f.properties.r * scale,
        negative: f.properties.neg, lngLat: f.geometry.coordinates }));
    },
  };
})();
