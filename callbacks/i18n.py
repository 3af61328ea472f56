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
        "tab_map": "Mapa wskaźników",
        "tab_compare": "Porównanie gmin",
        "compare_scope": "Zasięg odniesienia (rangi, mediana, średnia)",
        "compare_gminas": "Gminy do porównania (2–6 lub cała metropolia)",
        "compare_gminas_help": "Wpisz nazwę (także bez polskich znaków) "
        "albo kliknij gminę na mapie.",
        "compare_preset": "Wszystkie gminy Metropolii (15)",
        "compare_krakow_note": "Kraków jest wielokrotnie większy od pozostałych gmin i zawyża "
        "średnią, dlatego obok mediany podajemy średnią zasięgu bez Krakowa.",
        "compare_indicator": "Wskaźnik",
        "compare_year": "Rok",
        "compare_median": "Mediana zasięgu",
        "compare_mean_without_krakow": "Średnia bez Krakowa",
        "compare_rank": "miejsce",
        "compare_vs_median": "od mediany",
        "compare_vs_mean": "od śr. bez Krakowa",
        "compare_chart_indicator": "Wskaźnik na wykresach",
        "compare_series_title": "Szereg czasowy",
        "compare_bars_title": "Wartości w ostatnim roku",
        "compare_profile_title": "Profil gmin (percentyl w zasięgu)",
        "compare_profile_axis": "percentyl w zasięgu (0–100)",
        "compare_profile_help": "Percentyl mówi, jaki odsetek gmin zasięgu ma wartość nie wyższą "
        "niż dana gmina: 100 to najwyższa wartość w zasięgu, 50 to środek. "
        "Wysoki percentyl oznacza wysoką wartość, nie zawsze lepszą — "
        "zależy to od wskaźnika.",
        "compare_maps_title": "Dwie mapy obok siebie",
        "compare_maps_help": "Przesuwanie i przybliżanie działa na obu mapach naraz; "
        "wskazana gmina jest obrysowana na drugiej mapie.",
        "compare_map_a": "Mapa A",
        "compare_map_b": "Mapa B",
        "compare_similar_title": "Gminy podobne",
        "compare_similar_gmina": "Gmina",
        "compare_similar_indicators": "Wskaźniki podobieństwa",
        "compare_similar_k": "Liczba gmin podobnych",
        "compare_similar_help": "Podobieństwo to odległość euklidesowa po standaryzacji "
        "(wartości wyrażone w odchyleniach standardowych od średniej "
        "zasięgu); im mniejsza, tym bardziej podobna gmina.",
        "compare_similar_distance": "odległość",
        "compare_similar_use": "Porównaj z tymi gminami",
        "compare_export": "Pobierz porównanie",
        "compare_separator_semicolon": "CSV ze średnikiem i przecinkiem dziesiętnym (Excel PL)",
        "compare_separator_comma": "CSV z przecinkiem i kropką dziesiętną",
        "compare_export_csv": "Pobierz CSV",
        "compare_export_xlsx": "Pobierz XLSX",
        "compare_gmina": "Gmina",
        "compare_value": "Wartość",
        "compare_unit": "Jednostka",
        "error_comparison": "Wybierz od 2 do 6 gmin (albo wszystkie gminy Metropolii).",
        "error_export": "Nie udało się przygotować pliku do pobrania.",
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
        "tab_map": "Indicator map",
        "tab_compare": "Compare gminas",
        "compare_scope": "Reference scope (ranks, median, mean)",
        "compare_gminas": "Gminas to compare (2–6, or the whole metropolis)",
        "compare_gminas_help": "Type a name (Polish letters optional) or click a gmina on a map.",
        "compare_preset": "All gminas of the Metropolis (15)",
        "compare_krakow_note": "Kraków is many times larger than the other gminas and pulls the "
        "mean up, so besides the median we give the scope's mean "
        "without Kraków.",
        "compare_indicator": "Indicator",
        "compare_year": "Year",
        "compare_median": "Scope median",
        "compare_mean_without_krakow": "Mean without Kraków",
        "compare_rank": "rank",
        "compare_vs_median": "vs median",
        "compare_vs_mean": "vs mean w/o Kraków",
        "compare_chart_indicator": "Indicator in the charts",
        "compare_series_title": "Time series",
        "compare_bars_title": "Values in the latest year",
        "compare_profile_title": "Profile (percentile within the scope)",
        "compare_profile_axis": "percentile within the scope (0–100)",
        "compare_profile_help": "The percentile is the share of the scope's gminas whose value is "
        "not higher than this gmina's: 100 is the highest value in the "
        "scope, 50 the middle. A high percentile means a high value, which "
        "is not always better: that depends on the indicator.",
        "compare_maps_title": "Two maps side by side",
        "compare_maps_help": "Panning and zooming move both maps; the gmina under the pointer "
        "is outlined on the other map.",
        "compare_map_a": "Map A",
        "compare_map_b": "Map B",
        "compare_similar_title": "Similar gminas",
        "compare_similar_gmina": "Gmina",
        "compare_similar_indicators": "Indicators of similarity",
        "compare_similar_k": "Number of similar gminas",
        "compare_similar_help": "Similarity is the Euclidean distance after standardisation "
        "(values in standard deviations from the scope's mean); the "
        "smaller, the more similar.",
        "compare_similar_distance": "distance",
        "compare_similar_use": "Compare with these gminas",
        "compare_export": "Download the comparison",
        "compare_separator_semicolon": "CSV with semicolons and decimal commas (Polish Excel)",
        "compare_separator_comma": "CSV with commas and decimal points",
        "compare_export_csv": "Download CSV",
        "compare_export_xlsx": "Download XLSX",
        "compare_gmina": "Gmina",
        "compare_value": "Value",
        "compare_unit": "Unit",
        "error_comparison": "Choose 2 to 6 gminas (or all gminas of the Metropolis).",
        "error_export": "The file could not be prepared.",
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
