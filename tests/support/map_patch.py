"""What a map's state becomes in the browser after a callback's answer (a Dash ``Patch``)."""

from __future__ import annotations

import copy

from callbacks.maps import initial_state


def applied(answer: dict, state: dict | None = None) -> dict:
    """Return ``state`` (an empty map by default) after the answer's patch, as Dash applies it.

    A whole value (not a patch) replaces the state. Only the operations the map callbacks
    use are known: ``Assign`` and ``Delete``.
    """
    result = copy.deepcopy(state if state is not None else initial_state())
    if not isinstance(answer, dict) or "__dash_patch_update" not in answer:
        return answer
    for operation in answer["operations"]:
        *path, last = operation["location"]
        target = result
        for key in path:
            target = target.setdefault(key, {})
        if operation["operation"] == "Assign":
            target[last] = operation["params"]["value"]
        elif operation["operation"] == "Delete":
            target.pop(last, None)
        else:
            raise AssertionError(f"unexpected patch operation {operation['operation']}")
    return result


def by_gmina(app, state: dict, values: list) -> dict:
    """Return ``values`` (one per gmina of the state's geometry, in its order) by TERYT."""
    codes = app.server.test_client().get(state["geometry"]).get_json()["ids"]
    return dict(zip(codes, values, strict=True))


def classes(app, answer: dict) -> dict[str, int]:
    """Return each gmina's class (-1 for no data) on the map an answer paints, by TERYT."""
    state = applied(answer)
    return by_gmina(app, state, state["paint"]["classes"])


def named_units(app, state: dict) -> dict[str, str]:
    """Return the names a map writes (its layers include the names), by TERYT.

    Empty when the map's layers leave the names out; otherwise each unit of the state's
    geometry with its name, after checking the geometry brings a label point for each.
    """
    if "labels" not in state["layers"]:
        return {}
    geometry = app.server.test_client().get(state["geometry"]).get_json()
    labels = geometry["labels"]
    assert len(labels["points"]) == 2 * len(geometry["ids"])  # x and y of each unit's point
    assert sorted(labels["order"]) == list(range(len(geometry["ids"])))
    return dict(zip(geometry["ids"], labels.get("names", geometry["names"]), strict=True))
