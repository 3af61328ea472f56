"""The app factory: it fails fast, naming the command, when the store is missing; it is
ready to serve before anyone asks."""

import re

import pytest

import app as app_module


def test_missing_store_fails_fast_with_the_build_command(tmp_path):
    with pytest.raises(ValueError, match=re.escape("flask --app app build")):
        app_module.create_app({"STORE_DIR": str(tmp_path)})


def test_a_ready_app_has_registered_its_scripts_before_serving_anyone(app):
    assert not app.registered_paths  # Dash registers them in its first request...
    ready = app_module.ready(app)

    assert {"dash", "plotly"} <= set(ready.registered_paths)  # ...here: before any worker forks
    page = ready.server.test_client().get("/").get_data(as_text=True)
    scripts = re.findall(r'src="(/_dash-component-suites/[^"]+)"', page)
    assert scripts and all(
        ready.server.test_client().get(script).status_code == 200 for script in scripts
    )
