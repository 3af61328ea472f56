"""Values made from the loaded data are held per process until that data is replaced."""

from __future__ import annotations

from callbacks.maps import scope_figure
from server.data import held_for, held_item, reload_dataset


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


def geometry(figure: dict) -> object:
    return figure["data"][0]["geojson"]


def test_a_reloaded_store_draws_its_maps_again(app):
    with app.server.test_request_context():
        before = scope_figure("smk", "pl", ())
        assert geometry(scope_figure("smk", "pl", ())) is geometry(before)  # held
        reload_dataset()
        after = scope_figure("smk", "pl", ())

    assert geometry(after) is not geometry(before)
    assert [f["id"] for f in geometry(after)["features"]] == [
        f["id"] for f in geometry(before)["features"]
    ]
