"""All user-visible text: one mapping per language, the same keys in each."""

from __future__ import annotations

LANGUAGES = ("pl", "en")
DEFAULT_LANG = "pl"

ATTRIBUTION = (
    "Granice: PRG, GUGiK (uproszczone). Dane: GUS, Bank Danych Lokalnych (dane przetworzone)."
)
"""The source line the data's licence requires, shown in every language as published."""

TEXTS: dict[str, dict[str, str]] = {
    "pl": {
        "title": "Geoportal Metropolii Krakowskiej",
        "dropdown_search": "Szukaj",
        "dropdown_clear_search": "Wyczyść wyszukiwanie",
        "dropdown_clear_selection": "Wyczyść wybór",
        "dropdown_no_options": "Brak wyników",
        "dropdown_select_all": "Zaznacz wszystkie",
        "dropdown_deselect_all": "Odznacz wszystkie",
        "dropdown_selected_count": "Wybrano: {num_selected}",
        "subtitle": "Mapa wskaźników gmin",
        "other_lang": "English",
        "scope": "Zasięg",
        "scope_smk": "Metropolia Krakowska (15 gmin)",
        "scope_kom2003": "KOM 2003 (51 gmin)",
        "scope_malopolska": "Małopolska (182 gminy)",
        "scope_poland": "Polska (2477 gmin)",
        "indicator": "Wskaźnik",
        "year": "Rok",
        "base_year": "Rok bazowy zmiany",
        "scheme": "Klasyfikacja",
        "scheme_quantiles": "Kwantyle",
        "scheme_equal_interval": "Równe przedziały",
        "scheme_fisher_jenks": "Naturalne przerwy (Fisher-Jenks)",
        "scheme_head_tail": "Head/tail breaks",
        "scheme_std_mean": "Odchylenie standardowe",
        "scheme_manual": "Progi ręczne",
        "classes": "Liczba klas",
        "breaks": "Progi klas",
        "breaks_help": "Górne granice klas oddzielone średnikami, np. 100; 250,5; 1 000",
        "palette": "Paleta barw",
        "colorblind_safe": "bezpieczna dla daltonistów",
        "reverse": "Odwróć kolory",
        "layers": "Warstwy",
        "layer_powiats": "Granice powiatów",
        "layer_voivodeships": "Granica województwa",
        "layer_smk": "Granica Metropolii Krakowskiej",
        "layer_districts": "Dzielnice Krakowa",
        "layer_basemap": "Podkład OpenStreetMap (wymaga internetu)",
        "legend_nodata": "brak danych",
        "legend_gminas": "gmin",
        "hover_rank": "miejsce",
        "series_break": "Zmiana serii 2019→2020: od 2020 dane przeliczone według NSP 2021",
        "series_break_short": "zmiana serii (NSP 2021)",
        "source": "Źródło",
        "panel_hint": "Kliknij gminę na mapie, aby zobaczyć jej dane.",
        "panel_close": "Zamknij",
        "panel_indicator": "Wskaźnik",
        "panel_value": "Wartość",
        "panel_year": "Rok",
        "panel_rank": "Miejsce w zasięgu",
        "type_1": "gm. miejska",
        "type_2": "gm. wiejska",
        "type_3": "gm. miejsko-wiejska",
        "error_manual_breaks": "Nie można użyć tych progów. Wpisz liczby rosnąco, "
        "oddzielone średnikami, np. 100; 250,5; 1 000.",
        "error_no_data": "Brak danych dla tego wskaźnika w wybranym roku i zasięgu. "
        "Wybierz inny rok lub zasięg.",
        "error_unknown_indicator": "Nie znaleziono wskaźnika. Wybierz wskaźnik z listy.",
    },
    "en": {
        "title": "Kraków Metropolis Geoportal",
        "dropdown_search": "Search",
        "dropdown_clear_search": "Clear search",
        "dropdown_clear_selection": "Clear selection",
        "dropdown_no_options": "No results",
        "dropdown_select_all": "Select all",
        "dropdown_deselect_all": "Deselect all",
        "dropdown_selected_count": "{num_selected} selected",
        "subtitle": "Map of gmina indicators",
        "other_lang": "Polski",
        "scope": "Scope",
        "scope_smk": "Kraków Metropolis (15 gminas)",
        "scope_kom2003": "KOM 2003 (51 gminas)",
        "scope_malopolska": "Małopolska (182 gminas)",
        "scope_poland": "Poland (2,477 gminas)",
        "indicator": "Indicator",
        "year": "Year",
        "base_year": "Base year of the change",
        "scheme": "Classification",
        "scheme_quantiles": "Quantiles",
        "scheme_equal_interval": "Equal interval",
        "scheme_fisher_jenks": "Natural breaks (Fisher-Jenks)",
        "scheme_head_tail": "Head/tail breaks",
        "scheme_std_mean": "Standard deviation",
        "scheme_manual": "Manual breaks",
        "classes": "Number of classes",
        "breaks": "Class breaks",
        "breaks_help": "Upper class bounds separated by commas, e.g. 100, 250.5, 1000",
        "palette": "Colour palette",
        "colorblind_safe": "colour-blind safe",
        "reverse": "Reverse colours",
        "layers": "Layers",
        "layer_powiats": "Powiat boundaries",
        "layer_voivodeships": "Voivodeship boundary",
        "layer_smk": "Kraków Metropolis boundary",
        "layer_districts": "Kraków districts",
        "layer_basemap": "OpenStreetMap basemap (needs internet)",
        "legend_nodata": "no data",
        "legend_gminas": "gminas",
        "hover_rank": "rank",
        "series_break": "Series break 2019→2020: from 2020 figures are rebased on the 2021 census",
        "series_break_short": "series break (2021 census)",
        "source": "Source",
        "panel_hint": "Click a gmina on the map to see its data.",
        "panel_close": "Close",
        "panel_indicator": "Indicator",
        "panel_value": "Value",
        "panel_year": "Year",
        "panel_rank": "Rank in scope",
        "type_1": "urban gmina",
        "type_2": "rural gmina",
        "type_3": "urban-rural gmina",
        "error_manual_breaks": "These breaks cannot be used. Type increasing numbers "
        "separated by commas, e.g. 100, 250.5, 1000.",
        "error_no_data": "No data for this indicator in the chosen year and scope. "
        "Choose another year or scope.",
        "error_unknown_indicator": "Indicator not found. Choose one from the list.",
    },
}


def text(key: str, lang: str) -> str:
    """Return the text of ``key`` in ``lang`` (Polish for an unknown language)."""
    return TEXTS.get(lang, TEXTS[DEFAULT_LANG])[key]


def language(value: str | None) -> str:
    """Return a supported language code for a requested one (Polish by default)."""
    return value if value in LANGUAGES else DEFAULT_LANG


DROPDOWN_LABELS = (
    "search",
    "clear_search",
    "clear_selection",
    "no_options",
    "select_all",
    "deselect_all",
    "selected_count",
)


def dropdown_labels(lang: str) -> dict[str, str]:
    """Return the texts a ``dcc.Dropdown`` shows (search box, empty result…) in ``lang``."""
    keys = {"no_options": "no_options_found"}
    return {keys.get(name, name): text(f"dropdown_{name}", lang) for name in DROPDOWN_LABELS}
