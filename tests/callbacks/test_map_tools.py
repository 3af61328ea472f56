"""The maps' toolbar texts (both languages, from the catalogs) and the names' layer."""

from __future__ import annotations

import json

from callbacks import ids
from callbacks.explorer.map_view import layout as explorer_layout
from callbacks.map_tools import LABELS, layout, tool_texts
from tests.callbacks.explorer.test_map_view import component_props


def test_the_toolbar_speaks_polish_first_and_english_second():
    polish, english = tool_texts("pl"), tool_texts("en")

    assert set(polish) == set(english) == {"group", "reset", "scope", "png"}
    assert polish["reset"] == "Przywróć widok początkowy"
    assert english["reset"] == "Reset view"
    assert all(polish[key] != english[key] for key in polish)


def test_the_page_holds_the_texts_the_engine_reads():
    holder = layout("pl")

    assert holder.id == ids.MAP_TOOL_TEXTS
    assert holder.hidden is True
    assert json.loads(getattr(holder, "data-texts")) == tool_texts("pl")


def test_the_explorer_offers_the_gmina_names_as_a_layer(app):
    with app.server.app_context():
        checklist = component_props(explorer_layout("en"), ids.LAYERS_CHECK)

    option = next(o for o in checklist["options"] if o["value"] == LABELS)
    assert option["label"] == "Gmina names"
