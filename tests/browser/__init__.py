"""Real-browser tests: headless Chromium against the app served on the real store."""
