"""Values made from the loaded data are held per process until that data is replaced."""

from __future__ import annotations

from server.data import held_for, held_item, reload_dataset
from server.geometry import held_geometry


def test_a_value_is_made_once_per_source_object(app):
    made: list[str] = []
    first, second = object(), object()

    def build(name: str):
        return lambda: made.append(name) or name

    with app.server.app_context():
        assert held_for("test_key", first, build("a")) == "a"
        assert held_for("test_key", first, build("b")) == "a"  # same source: held
        assert held_for("test_key", second, build("c")) == "c"  # new source: made again
        assert held_item("test_items", second, 1, build("d")) == "d"
        assert held_item("test_items", second, 2, build("e")) == "e"
        assert held_item("test_items", second, 1, build("f")) == "d"
    assert made == ["a", "c", "d", "e"]


def test_a_reloaded_store_draws_its_maps_again(app):
    with app.server.test_request_context():
        before = held_geometry("smk", "pl")
        assert held_geometry("smk", "pl") is before  # held
        reload_dataset()
        after = held_geometry("smk", "pl")

    assert after is not before
    assert after.body == before.body and after.digest == before.digest  # the same store
