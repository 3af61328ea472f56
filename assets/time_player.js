/* The explorer's year player and series-break marker (callbacks/explorer/time_player.py).

   `step` answers the play toggle, the timer's ticks and the pace: each tick moves the
   year control to the indicator's next year (the slider's marks are its years), so the
   map repaints by its own fast path; at the last year it stops, or starts again from
   the first when the user asked for a loop. With reduced motion asked for by the system,
   a year lasts at least a second. `marker` shows the series break's text when the year
   the map shows (once repainted: `ids.MAP_SHOWN_VIEW`) passes the break, and keeps it on
   the years next to the break. */
(function () {
  "use strict";
  const BUTTON = "explorer-play-button.";  // ids of callbacks/ids.py
  const PACE = "explorer-play-pace.";
  const BREAK = "explorer-break-store.";
  const REDUCED_MS = 1000;

  function trigger() {
    const context = window.dash_clientside.callback_context;
    return context.triggered.length ? context.triggered[0].prop_id : "";
  }

  function yearsOf(marks) {
    return Object.keys(marks || {}).map(Number).sort(function (a, b) { return a - b; });
  }

  function paceOf(pace) {
    const reduced = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    const ms = Number(pace) || REDUCED_MS;
    return reduced ? Math.max(ms, REDUCED_MS) : ms;
  }

  function step(clicks, ticks, pace, year, marks, loop, pressed) {
    const none = window.dash_clientside.no_update;
    const by = trigger(), years = yearsOf(marks), interval = paceOf(pace);
    const playing = String(pressed) === "true", looping = (loop || []).indexOf("loop") >= 0;
    if (by.startsWith(PACE) || !years.length) { return [none, none, interval, none]; }
    const last = years[years.length - 1];
    if (by.startsWith(BUTTON)) {
      if (playing) { return [none, true, interval, "false"]; }
      return [year >= last ? years[0] : none, false, interval, "true"];
    }
    if (!playing) { return [none, true, none, none]; }
    const next = years.find(function (y) { return y > year; });
    if (next === undefined) {
      return looping ? [years[0], none, none, none] : [none, true, none, "false"];
    }
    const stop = next === last && !looping;  // the last year shown: the player stops there
    return [next, stop ? true : none, none, stop ? "false" : none];
  }

  function marker(view, brk, last, shown) {
    const year = view ? view.year : null;
    const memory = { year: year, indicator: brk ? brk.indicator : null };
    if (!brk || !brk.year || year === null || year === undefined || trigger().startsWith(BREAK)) {
      return ["", memory];
    }
    if (!last || last.indicator !== brk.indicator || last.year === null) { return ["", memory]; }
    const low = Math.min(last.year, year), high = Math.max(last.year, year);
    if (low < brk.year && brk.year <= high) { return [brk.text, memory]; }
    const near = year >= brk.year - 1 && year <= brk.year + 1;
    return [shown && near ? shown : "", memory];
  }

  window.dash_clientside = Object.assign({}, window.dash_clientside, {
    timePlayer: { step: step, marker: marker },
  });
})();
