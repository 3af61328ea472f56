/* Presentation mode for a room: each key and each swipe presses the slide's own button;
   a tap on a gmina writes its value beside the map (the map engine reports the gmina). */
(function () {
  const KEYS = {
    ArrowRight: "show-next-button",
    PageDown: "show-next-button",
    " ": "show-next-button",
    ArrowLeft: "show-previous-button",
    PageUp: "show-previous-button",
    Home: "show-first-button",
    End: "show-last-button",
    Escape: "show-exit-button",
  };
  /* A swipe: a finger or pen moved at least this far sideways, twice as far as up or down,
     within this time (a slower drag pans the map). */
  const SWIPE_PX = 80, SWIPE_MS = 800;
  let swipe = null;

  function presenting() {
    return document.body.classList.contains("presenting");
  }
  function press(id) {
    const button = document.getElementById(id);
    if (button) { button.click(); }
  }
  document.addEventListener("keydown", function (event) {
    if (!presenting() || !(event.key in KEYS)) { return; }
    event.preventDefault();
    press(KEYS[event.key]);
  });
  /* Esc in full screen is taken by the browser, which only leaves full screen: leave too. */
  document.addEventListener("fullscreenchange", function () {
    if (!document.fullscreenElement && presenting()) {
      press("show-exit-button");
    }
  });
  document.addEventListener("pointerdown", function (event) {
    const touch = event.pointerType === "touch" || event.pointerType === "pen";
    swipe = presenting() && touch && event.isPrimary
      ? { x: event.clientX, y: event.clientY, t: event.timeStamp } : null;
  }, true);
  document.addEventListener("pointerup", function (event) {
    const start = swipe;
    swipe = null;
    if (!start || !event.isPrimary) { return; }
    const dx = event.clientX - start.x, dy = event.clientY - start.y;
    const quick = event.timeStamp - start.t <= SWIPE_MS;
    if (quick && Math.abs(dx) >= SWIPE_PX && Math.abs(dx) >= 2 * Math.abs(dy)) {
      press(dx < 0 ? "show-next-button" : "show-previous-button");
    }
  }, true);
  document.addEventListener("pointercancel", function () { swipe = null; }, true);

  /* The tapped gmina's name and value, as its hover shows them ("Wieliczka: 62 114 osób");
     a new slide clears it. */
  function caption(click, show, mapId) {
    const context = window.dash_clientside.callback_context;
    const trigger = context.triggered.length ? context.triggered[0].prop_id : "";
    if (!click || !trigger.startsWith("show-map-click.") || !window.geoportalMap) { return ""; }
    const shown = window.geoportalMap.describe(mapId);
    const i = shown ? shown.ids.indexOf(click.teryt) : -1;
    if (i < 0) { return ""; }
    const lines = shown.hover[i].split("\n");
    return lines[0] + ": " + lines[1];
  }
  window.dash_clientside = Object.assign({}, window.dash_clientside, {
    presentation: { caption: caption },
  });
})();
