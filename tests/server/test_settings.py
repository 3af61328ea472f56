from __future__ import annotations

import pytest

from server.settings import PROJECT_DIR, SETTINGS, settings


def test_readme_documents_every_setting():
    readme = (PROJECT_DIR / "README.md").read_text()
    for setting in SETTINGS:
        assert f"GEOPORTAL_{setting.name}" in readme, setting.name


def test_settings_from_environment_and_mapping(monkeypatch):
    monkeypatch.setenv("GEOPORTAL_PORT", "9000")
    monkeypatch.setenv("GEOPORTAL_DEBUG", "true")
    options = settings({"HOST": "0.0.0.0"})
    assert (options["PORT"], options["DEBUG"], options["HOST"]) == (9000, True, "0.0.0.0")
    with pytest.raises(ValueError, match="unknown setting"):
        settings({"NOPE": 1})
