/* A map that follows its controls in Dash's store: the explorer's (callbacks/explorer/map_view.py).

   The map's element names the controls that make its view (`data-controls`: each one's
   component id and property, by the name the view gives it) and the store that says
   the page's address has been followed (`data-after`: until then the controls still show
   the defaults, not the link). The engine watches Dash's store: whenever one of those
   controls is set (by the user, a link, or another callback's answer: its properties in
   the store's layout are new), the controls set in that one go are gathered and the
   view's address (server/paint.py) is handed to the map (`geoportalMap.paintFrom`). No
   Dash callback stands between a control and the map, so a switch waits for one small
   GET, not for Dash's callback machinery.

   A new indicator is asked with `new_indicator` until the year control answers (the
   server keeps the year, or takes the indicator's latest) and with no symbol until the
   symbol control answers (the server draws the indicator's own: circles for a count),
   unless what set the indicator set those along (a link sets every control). Both
   controls follow the map once it has drawn the new indicator (map_view.py,
   map_symbols.py). */
(function () {
  "use strict";
  const followed = {};  // by map id
  const watched = new Set();
  let pathPrefix = null;  // the app's path prefix, read once from Dash's page config

  function address(scope, lang, view) {
    if (pathPrefix === null) {
      const config = document.getElementById("_dash-config");
      pathPrefix = config ? JSON.parse(config.textContent).requests_pathname_prefix : "/";
    }
    return pathPrefix + "paint/" + encodeURIComponent(scope) + "/" + encodeURIComponent(lang)
      + "?view=" + encodeURIComponent(JSON.stringify(view));
  }

  function propsOf(id) {
    const component = window.dash_component_api.getLayout(id);
    return component ? component.props : undefined;
  }

  /* Follow the controls a new map's element names, if it names any. */
  function follow(entry) {
    const named = entry.container && entry.container.dataset.controls;
    if (!named || followed[entry.id]) { return; }
    followed[entry.id] = { id: entry.id, controls: JSON.parse(named),
      after: entry.container.dataset.after, seen: {}, set: new Set(), asked: false };
    watch();
    observe(followed[entry.id]);
  }

  function watch() {
    (window.dash_stores || []).forEach(function (store) {
      if (watched.has(store)) { return; }
      watched.add(store);
      store.subscribe(() => Object.values(followed).forEach(observe));
    });
  }

  /* After each of Dash's dispatches: note the controls set (their properties are new);
     those set in the same go (a link, a callback's answer setting several) are painted
     together once the dispatches in hand are over. Nothing is painted before the page's
     address has been followed. */
  function observe(map) {
    Object.keys(map.controls).forEach(function (name) {
      const props = propsOf(map.controls[name][0]);
      if (props !== map.seen[name]) { map.seen[name] = props; map.set.add(name); }
    });
    if (!map.set.size || map.scheduled) { return; }
    map.scheduled = true;
    queueMicrotask(function () {
      map.scheduled = false;
      ask(map);
    });
  }

  function ask(map) {
    const after = propsOf(map.after);
    if (!after || !after.data) { return; }  // the link's controls are still to come
    const set = Array.from(map.set);
    map.set.clear();
    try { paint(map, set); } catch (error) { console.error(error); }
  }

  function paint(map, set) {
    const values = {};
    Object.keys(map.controls).forEach(function (name) {
      const props = map.seen[name];
      values[name] = props ? props[map.controls[name][1]] : undefined;
    });
    if (!values.scope || !values.indicator || values.year === null || values.year === undefined) {
      return;
    }
    const along = name => !map.asked || set.includes(name);  // the first view: all set at once
    if (!map.asked || map.indicator !== values.indicator) {
      map.unset = { year: !along("year"), symbol: !along("symbol") };
      map.indicator = values.indicator;
    }
    map.asked = true;
    if (set.includes("year") || set.includes("base_year")) { map.unset.year = false; }
    if (set.includes("symbol")) { map.unset.symbol = false; }
    const view = { indicator_id: values.indicator, year: values.year,
      options: { base_year: values.base_year, scheme: values.scheme, k: values.k,
        breaks: values.breaks, palette: values.palette, reverse: values.reverse,
        symbol: map.unset.symbol ? null : values.symbol } };
    if (map.unset.year) { view.new_indicator = true; }
    window.geoportalMap.paintFrom(map.id, address(values.scope, values.lang, view));
  }

  window.geoportalMap.extend({ created: follow });
})();
