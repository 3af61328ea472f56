/* Presentation mode's keyboard: each key presses the slide's own button. */
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
  function press(id) {
    const button = document.getElementById(id);
    if (button) { button.click(); }
  }
  document.addEventListener("keydown", function (event) {
    if (!document.body.classList.contains("presenting") || !(event.key in KEYS)) { return; }
    event.preventDefault();
    press(KEYS[event.key]);
  });
  /* Esc in full screen is taken by the browser, which only leaves full screen: leave too. */
  document.addEventListener("fullscreenchange", function () {
    if (!document.fullscreenElement && document.body.classList.contains("presenting")) {
      press("show-exit-button");
    }
  });
})();
