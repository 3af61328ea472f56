"""The app factory: it fails fast, naming the command, when the store is missing."""

import re

import pytest

import app as app_module


def test_missing_store_fails_fast_with_the_build_command(tmp_path):
    with pytest.raises(ValueError, match=re.escape("flask --app app build")):
        app_module.create_app({"STORE_DIR": str(tmp_path)})
