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
        "tab_areas": "Obszary funkcjonalne",
        "tab_catalog": "Katalog wskaźników",
        "catalog_title": "Wspólna lista wskaźników monitorowania",
        "catalog_search": "Szukaj wskaźnika (także bez polskich znaków)",
        "catalog_all_themes": "Wszystkie tematy",
        "catalog_nothing": "Żaden wskaźnik nie pasuje do wyszukiwania.",
        "catalog_name": "Wskaźnik i definicja",
        "catalog_unit": "Jednostka",
        "catalog_theme": "Temat",
        "catalog_years": "Lata",
        "catalog_coverage": "Gminy z danymi (ostatni rok)",
        "catalog_polarity": "Kierunek",
        "catalog_source": "Źródło",
        "catalog_actions": "Działania",
        "catalog_open": "Pokaż na mapie",
        "catalog_download": "Pobierz CSV",
        "theme_demography": "Demografia",
        "theme_labour": "Rynek pracy",
        "theme_migration": "Migracje",
        "theme_finance": "Finanse gmin",
        "theme_territory": "Terytorium",
        "polarity_higher_better": "więcej = lepiej",
        "polarity_higher_worse": "więcej = gorzej",
        "polarity_neutral": "neutralny",
        "area_overlay": "Obszar na mapie",
        "area_overlay_none": "brak",
        "area_smk": "Metropolia Krakowska (SMK, 15 gmin)",
        "area_kom2003": "KOM 2003 (51 gmin)",
        "area_kind_delimitation": "delimitacja",
        "area_kind_zone": "strefa",
        "area_members": "Gminy obszaru ({count})",
        "gravity_title": "Strefy ciążenia",
        "gravity_help": "Odległości w km między centroidami gmin w PUWG 1992 (EPSG:2180): "
        "centroidy geometryczne, bo dane nie mają rozkładu ludności wewnątrz "
        "gmin. Huff: P = A^α·d^−β / Σ A^α·d^−β; Reilly/Converse: punkt "
        "równowagi d/(1+√(PA/PB)) od mniejszego ośrodka; przepływy: udział "
        "odpływu (wymeldowań 2023 albo wyjazdów do pracy 2021) do każdego "
        "ośrodka; Nystuen–Dacey: gmina podlega "
        "ośrodkowi większemu, do którego płynie jej największy przepływ.",
        "gravity_centres": "Ośrodki",
        "gravity_attractiveness": "Atrakcyjność ośrodka (A)",
        "gravity_centre": "Ośrodek dla mapy prawdopodobieństwa",
        "gravity_region": "Ośrodek / region",
        "gravity_gminas": "Gminy",
        "gravity_population": "Ludność",
        "model_huff": "Huff: ośrodek dominujący",
        "model_huff_probability": "Huff: prawdopodobieństwo dla wybranego ośrodka",
        "model_reilly": "Reilly: obszary i punkty równowagi",
        "model_flows": "Przepływy: ośrodek dominujący",
        "model_nystuen_dacey": "Nystuen–Dacey: regiony węzłowe",
        "flows_title": "Mapa przepływów",
        "flows_out": "odpływ do (wymeldowania, wyjazdy do pracy)",
        "flows_in": "napływ z (zameldowania, przyjazdy do pracy)",
        "flows_volume": "Osoby",
        "flows_share": "Udział",
        "gravity_flow_kind": "Macierz przepływów (ośrodek dominujący, Nystuen–Dacey, "
        "mapa przepływów)",
        "flows_kind_migration": "migracje na pobyt stały {year}",
        "flows_kind_commuting": "dojazdy do pracy {year} (NSP 2021)",
        "flows_kind_missing": "Dojazdy do pracy: macierz NSP 2021 nie jest zaimportowana "
        "(python -m layers.commuting import plik.xlsx).",
        "delimit_commuters": "Dojeżdżający do pracy do rdzenia na 1000 os. w wieku produkcyjnym",
        "delimit_commuters_on": "Kryterium dojazdów (Śleszyński 2013: próg 50): osoby mieszkające "
        "w gminie i pracujące w rdzeniu według macierzy NSP {year} na 1000 mieszkańców w "
        "wieku produkcyjnym (ostatni rok ze strukturą wieku, 2019). GUS pomija przepływy "
        "poniżej 3 osób; brak pary liczy się jako 0.",
        "delimit_commuters_off": "Kryterium dojazdów do pracy do rdzenia jest niedostępne, bo "
        "nie zaimportowano macierzy dojazdów NSP 2021 (python -m layers.commuting import "
        "plik.xlsx); kryterium funkcjonalnym jest na razie napływ z macierzy migracji.",
        "error_commuting_file": "Nie można odczytać macierzy dojazdów: to nie jest poprawny "
        "skoroszyt XLSX.",
        "error_commuting_sheet": "W skoroszycie nie ma arkusza „Macierz przepływów”.",
        "error_commuting_header": "Nie znaleziono wiersza nagłówka z kodami TERYT gminy "
        "zamieszkania i gminy miejsca pracy.",
        "error_commuting_count": "Liczba dojeżdżających musi być liczbą całkowitą; popraw "
        "komórki z tekstem, puste albo ułamkowe.",
        "error_commuting_negative": "Liczba dojeżdżających nie może być ujemna.",
        "error_commuting_codes": "Żaden wiersz nie wskazuje dwóch znanych gmin (kody TERYT).",
        "zone_title": "Strefy",
        "zone_help": "Narysuj strefę: okrąg (środek i promień w km), bufor wokół gminy albo "
        "obszar zaznaczony lassem na mapie. Tabela podaje udział powierzchni każdej "
        "gminy w strefie (PUWG 1992), a wskaźniki są agregowane: liczby ważone "
        "udziałem powierzchni, wskaźniki względne — ludnością.",
        "zone_circle": "Okrąg",
        "zone_buffer": "Bufor wokół gminy",
        "zone_lasso": "Lasso na mapie",
        "zone_centre": "Środek (długość, szerokość geogr.)",
        "zone_radius": "Promień [km]",
        "zone_gmina": "Gmina",
        "zone_distance": "Odległość bufora [km]",
        "zone_saved_list": "Wczytaj zapisaną strefę lub delimitację",
        "zone_share": "Udział powierzchni w strefie",
        "zone_coverage": "Pokrycie danymi",
        "zone_name": "Nazwa strefy",
        "zone_save": "Zapisz strefę",
        "zone_saved": "Zapisano strefę „{name}”.",
        "zone_export": "Pobierz GeoJSON",
        "error_gravity": "Nie można policzyć modelu: wybierz co najmniej dwa ośrodki i "
        "wskaźnik atrakcyjności z danymi dla każdego z nich.",
        "error_zone": "Nie można utworzyć strefy: podaj dodatni promień lub odległość albo "
        "zaznacz co najmniej trzy punkty.",
        "error_delimitation": "Nie można wyznaczyć obszaru dla tych kryteriów.",
        "error_flow": "Nie można pokazać przepływów dla tej gminy.",
        "areas_scope": "Zasięg analiz",
        "delimit_title": "Delimitacja obszaru funkcjonalnego",
        "delimit_help": "Gmina należy do obszaru, gdy spełnia kryterium funkcjonalne i co "
        "najmniej N pozostałych (schemat Śleszyńskiego 2013). Próg względny "
        "to krotność mediany zasięgu. Kryterium napływu z Krakowa ma sens "
        "dla rdzenia Kraków.",
        "delimit_core": "Rdzeń",
        "delimit_functional": "funkcjonalne",
        "delimit_other": "społ.-gosp.",
        "delimit_relative": "× mediana",
        "delimit_min_others": "Wymagana liczba pozostałych kryteriów (N)",
        "delimit_contiguous": "Tylko obszar spójny z rdzeniem (bez eksklaw, z wypełnieniem enklaw)",
        "delimit_name": "Nazwa obszaru do zapisania",
        "delimit_save": "Zapisz jako warstwę",
        "delimit_saved": "Zapisano „{name}” ({count} gmin).",
        "delimit_reason": "Dlaczego",
        "delimit_vs_smk": "Z Metropolią Krakowską: w obu {both}, tylko w delimitacji "
        "{only_delimitation}, tylko w SMK {only_reference}",
        "delimit_vs_kom2003": "Z KOM 2003: w obu {both}, tylko w delimitacji "
        "{only_delimitation}, tylko w KOM {only_reference}",
        "reason_core": "rdzeń",
        "reason_criteria": "spełnia kryteria",
        "reason_enclave_filled": "enklawa dołączona",
        "reason_exclave_dropped": "eksklawa pominięta",
        "reason_not_met": "poza obszarem",
        "export_geojson_EPSG_4326": "GeoJSON (WGS 84)",
        "export_gpkg_EPSG_4326": "GeoPackage (WGS 84)",
        "export_geojson_EPSG_2180": "GeoJSON (PUWG 1992)",
        "export_gpkg_EPSG_2180": "GeoPackage (PUWG 1992)",
        "error_saved_area": "Nie zapisano: podaj nazwę (do 80 znaków), której jeszcze nie ma "
        "na liście.",
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
        "compare_rank_header": "Miejsce w zasięgu",
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
        "error_similarity": "Wybierz co najmniej jeden wskaźnik podobieństwa, dla którego "
        "gmina ma dane.",
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
        "tab_areas": "Functional areas",
        "tab_catalog": "Indicator catalog",
        "catalog_title": "Common list of monitoring indicators",
        "catalog_search": "Search an indicator (Polish letters optional)",
        "catalog_all_themes": "All themes",
        "catalog_nothing": "No indicator matches the search.",
        "catalog_name": "Indicator and definition",
        "catalog_unit": "Unit",
        "catalog_theme": "Theme",
        "catalog_years": "Years",
        "catalog_coverage": "Gminas with data (latest year)",
        "catalog_polarity": "Direction",
        "catalog_source": "Source",
        "catalog_actions": "Actions",
        "catalog_open": "Show on the map",
        "catalog_download": "Download CSV",
        "theme_demography": "Demography",
        "theme_labour": "Labour market",
        "theme_migration": "Migration",
        "theme_finance": "Gmina finance",
        "theme_territory": "Territory",
        "polarity_higher_better": "higher is better",
        "polarity_higher_worse": "higher is worse",
        "polarity_neutral": "neutral",
        "area_overlay": "Area on the map",
        "area_overlay_none": "none",
        "area_smk": "Kraków Metropolis (SMK, 15 gminas)",
        "area_kom2003": "KOM 2003 (51 gminas)",
        "area_kind_delimitation": "delimitation",
        "area_kind_zone": "zone",
        "area_members": "Gminas of the area ({count})",
        "gravity_title": "Gravitation zones",
        "gravity_help": "Distances in km between gmina centroids in PL-1992 (EPSG:2180): "
        "geometric centroids, as the data hold no population within gminas. "
        "Huff: P = A^α·d^−β / Σ A^α·d^−β; Reilly/Converse: breaking point "
        "d/(1+√(PA/PB)) from the smaller centre; flows: share of the "
        "outflow (2023 out-migration or 2021 out-commuting) going to each "
        "centre; Nystuen–Dacey: a gmina is "
        "subordinate to a larger centre receiving its largest flow.",
        "gravity_centres": "Centres",
        "gravity_attractiveness": "Attractiveness of a centre (A)",
        "gravity_centre": "Centre of the probability map",
        "gravity_region": "Centre / region",
        "gravity_gminas": "Gminas",
        "gravity_population": "Population",
        "model_huff": "Huff: dominant centre",
        "model_huff_probability": "Huff: probability for the chosen centre",
        "model_reilly": "Reilly: market areas and breaking points",
        "model_flows": "Flows: dominant centre",
        "model_nystuen_dacey": "Nystuen–Dacey: nodal regions",
        "flows_title": "Flow map",
        "flows_out": "outflow to (out-migration, out-commuting)",
        "flows_in": "inflow from (in-migration, in-commuting)",
        "flows_volume": "Persons",
        "flows_share": "Share",
        "gravity_flow_kind": "Flow matrix (dominant centre, Nystuen–Dacey, flow map)",
        "flows_kind_migration": "permanent migration {year}",
        "flows_kind_commuting": "commuting to work {year} (2021 census)",
        "flows_kind_missing": "Commuting: the 2021 census matrix has not been imported "
        "(python -m layers.commuting import file.xlsx).",
        "delimit_commuters": "Commuters to the core per 1,000 working-age residents",
        "delimit_commuters_on": "Commuting criterion (Śleszyński 2013: threshold 50): people "
        "living in the gmina and working in the core, from the {year} census matrix, per "
        "1,000 working-age residents (latest year with the age structure, 2019). GUS omits "
        "flows under 3 people; a missing pair counts as 0.",
        "delimit_commuters_off": "The commuters-to-the-core criterion is unavailable: no 2021 "
        "census commuting matrix has been imported (python -m layers.commuting import "
        "file.xlsx); the functional criterion is the migration inflow for now.",
        "error_commuting_file": "The commuting matrix cannot be read: not a valid XLSX workbook.",
        "error_commuting_sheet": "The workbook has no sheet “Macierz przepływów”.",
        "error_commuting_header": "No header row with the TERYT codes of the residence and "
        "workplace gminas was found.",
        "error_commuting_count": "Commuter counts must be whole numbers; fix the cells with "
        "text, blanks or fractions.",
        "error_commuting_negative": "Commuter counts cannot be negative.",
        "error_commuting_codes": "No row names two known gminas (TERYT codes).",
        "zone_title": "Zones",
        "zone_help": "Draw a zone: a circle (centre and radius in km), a buffer around a gmina, "
        "or an area lassoed on the map. The table gives the share of each gmina's "
        "area inside the zone (PL-1992), and indicators are aggregated: counts "
        "weighted by area share, rates by population.",
        "zone_circle": "Circle",
        "zone_buffer": "Buffer around a gmina",
        "zone_lasso": "Lasso on the map",
        "zone_centre": "Centre (longitude, latitude)",
        "zone_radius": "Radius [km]",
        "zone_gmina": "Gmina",
        "zone_distance": "Buffer distance [km]",
        "zone_saved_list": "Load a saved zone or delimitation",
        "zone_share": "Share of area in the zone",
        "zone_coverage": "Data coverage",
        "zone_name": "Name of the zone",
        "zone_save": "Save the zone",
        "zone_saved": "Saved the zone “{name}”.",
        "zone_export": "Download GeoJSON",
        "error_gravity": "The model cannot be computed: choose at least two centres and an "
        "attractiveness indicator with data for each of them.",
        "error_zone": "The zone cannot be made: give a positive radius or distance, or lasso "
        "at least three points.",
        "error_delimitation": "No area can be delimited with these criteria.",
        "error_flow": "Flows cannot be shown for this gmina.",
        "areas_scope": "Scope of the analyses",
        "delimit_title": "Delimitation of a functional area",
        "delimit_help": "A gmina belongs to the area when it meets the functional criterion "
        "and at least N of the others (Śleszyński 2013). A relative threshold "
        "is a multiple of the scope's median. The in-migration from Kraków "
        "criterion fits the core Kraków.",
        "delimit_core": "Core",
        "delimit_functional": "functional",
        "delimit_other": "socio-economic",
        "delimit_relative": "× median",
        "delimit_min_others": "Other criteria required (N)",
        "delimit_contiguous": "Only an area contiguous with the core (no exclaves, enclaves "
        "filled)",
        "delimit_name": "Name of the area to save",
        "delimit_save": "Save as a layer",
        "delimit_saved": "Saved “{name}” ({count} gminas).",
        "delimit_reason": "Why",
        "delimit_vs_smk": "With the Kraków Metropolis: in both {both}, only in the "
        "delimitation {only_delimitation}, only in SMK {only_reference}",
        "delimit_vs_kom2003": "With KOM 2003: in both {both}, only in the delimitation "
        "{only_delimitation}, only in KOM {only_reference}",
        "reason_core": "core",
        "reason_criteria": "meets the criteria",
        "reason_enclave_filled": "enclave filled",
        "reason_exclave_dropped": "exclave dropped",
        "reason_not_met": "outside the area",
        "export_geojson_EPSG_4326": "GeoJSON (WGS 84)",
        "export_gpkg_EPSG_4326": "GeoPackage (WGS 84)",
        "export_geojson_EPSG_2180": "GeoJSON (PL-1992)",
        "export_gpkg_EPSG_2180": "GeoPackage (PL-1992)",
        "error_saved_area": "Not saved: give a name (up to 80 characters) not yet in the list.",
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
        "compare_rank_header": "Rank in scope",
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
        "error_similarity": "Choose at least one similarity indicator the gmina has data for.",
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
