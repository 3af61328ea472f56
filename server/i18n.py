"""All user-visible text: one mapping per language, the same keys in each."""

from __future__ import annotations

import flask

from layers.errors import GeoportalError
from layers.render.numbers import formatted, inflected
from layers.render.series import BreakTexts

LANGUAGES = ("pl", "en")
DEFAULT_LANG = "pl"

ATTRIBUTION = (
    "Granice: PRG, GUGiK (uproszczone). Dane: GUS, Bank Danych Lokalnych (dane przetworzone)."
)
"""The source line the data's licence requires, shown in every language as published."""

TEXTS: dict[str, dict[str, str]] = {
    "pl": {
        "tab_views": "Widoki i prezentacje",
        "url_wrong": "Link zawierał nieprawidłowe lub nieaktualne ustawienia ({fields}); "
        "w ich miejsce użyto ustawień domyślnych.",
        "views_save_title": "Zapisz bieżący widok",
        "views_save_help": "Zapisuje wszystko, co widać w innych zakładkach: zasięg, wskaźnik, "
        "rok, klasyfikację, wybrane gminy, warstwy, obszar i wycinek mapy.",
        "views_name": "Nazwa",
        "views_description": "Opis (notatki prelegenta na slajdzie)",
        "views_author": "Autor",
        "views_created": "Utworzono (czas warszawski)",
        "views_actions": "Działania",
        "views_save": "Zapisz widok",
        "views_saved": "Zapisano widok „{name}”.",
        "views_changed": "Zmieniono listę widoków.",
        "views_list_title": "Zapisane widoki",
        "views_none": "Nie ma jeszcze zapisanych widoków.",
        "views_open": "Otwórz",
        "views_rename": "Zmień nazwę",
        "views_delete": "Usuń",
        "views_delete_confirm": "Usunąć widok „{name}”? Zniknie też z prezentacji.",
        "deck_title": "Prezentacja (e-panel)",
        "deck_help": "Wybierz zapisane widoki w kolejności slajdów. W trybie prezentacji: "
        "→ następny, ← poprzedni, Home pierwszy, End ostatni, Esc wyjście.",
        "deck_name": "Nazwa prezentacji",
        "deck_views": "Slajdy (w kolejności wyboru)",
        "deck_save": "Zapisz prezentację",
        "deck_saved": "Zapisano prezentację „{name}”.",
        "deck_none": "Nie ma jeszcze prezentacji.",
        "deck_entry": "{name} — {slides}",
        "deck_start": "▶ Prezentuj",
        "deck_delete_confirm": "Usunąć prezentację „{name}”? Widoki zostaną.",
        "show_label": "Tryb prezentacji",
        "show_first": "Pierwszy slajd (Home)",
        "show_previous": "Poprzedni slajd (←)",
        "show_next": "Następny slajd (→)",
        "show_last": "Ostatni slajd (End)",
        "show_exit": "Zakończ prezentację (Esc)",
        "show_empty": "Ta prezentacja nie ma już slajdów.",
        "show_outdated": "Część ustawień tego widoku jest nieaktualna; "
        "pokazano ustawienia domyślne.",
        "error_saved_view": "Nie zapisano: podaj nazwę (do 80 znaków), której jeszcze nie ma, "
        "i wybierz co najmniej jeden widok.",
        "error_database_unavailable": "Baza danych jest chwilowo niedostępna: nic nie zapisano "
        "ani nie zmieniono, a wcześniej zapisane dane są bezpieczne. Mapy i tabele działają "
        "dalej. Spróbuj ponownie za chwilę.",
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
        "catalog_updated": "Przetworzono w portalu",
        "catalog_actions": "Działania",
        "catalog_open": "Pokaż na mapie",
        "catalog_download": "Pobierz CSV",
        "theme_demography": "Demografia",
        "theme_labour": "Rynek pracy",
        "theme_migration": "Migracje",
        "theme_finance": "Finanse gmin",
        "theme_territory": "Terytorium",
        "theme_housing": "Mieszkalnictwo",
        "catalog_all_levels": "Wszystkie poziomy",
        "catalog_scope": "Ma dane w obszarze",
        "catalog_any_scope": "W dowolnym obszarze",
        "catalog_theme_count": "{theme} ({count})",
        "catalog_year_bars": "Pokrycie w latach ({scope})",
        "catalog_year_bars_alt": "Odsetek jednostek z danymi ({scope}): {years}",
        "catalog_quality": "Jakość danych (raport budowy)",
        "catalog_quality_none": "brak uwag",
        "catalog_quality_line": "{check}: {count} ({action})",
        "catalog_quality_check_parts_total": "suma niezgodna ze składnikami",
        "catalog_quality_check_unit_parts": "gmina miejsko-wiejska różna od sumy miasta i wsi",
        "catalog_quality_check_zero_year": "cały rok zer",
        "catalog_quality_check_split_merged": "gmina wydzielona w 2025 r. dodana do macierzystej",
        "catalog_quality_check_split_territory": "wartość dla zmniejszonego terytorium",
        "catalog_quality_check_unmatched_code": "kod bez poligonu na mapie",
        "catalog_quality_check_zero_gap": "zero, które w źródle oznacza brak danych",
        "catalog_quality_check_other_territory": "mianownik tylko dla innego terytorium",
        "catalog_quality_check_implausible": "wartość poza zakresem wiarygodności",
        "catalog_quality_check_jump": "skok między latami bez wyjaśnienia",
        "catalog_quality_action_missing": "pominięte, pokazane jako brak danych",
        "catalog_quality_action_merged": "połączone",
        "catalog_quality_action_dropped": "odrzucone",
        "catalog_quality_action_listed": "zachowane, do oceny",
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
        "(flask --app app commuting import plik.xlsx).",
        "delimit_commuters": "Dojeżdżający do pracy do rdzenia na 1000 os. w wieku produkcyjnym",
        "delimit_commuters_on": "Kryterium dojazdów (Śleszyński 2013: próg 50): osoby mieszkające "
        "w gminie i pracujące w rdzeniu według macierzy NSP {year} na 1000 mieszkańców w "
        "wieku produkcyjnym (ostatni rok ze strukturą wieku, 2019). GUS pomija przepływy "
        "poniżej 3 osób; brak pary liczy się jako 0.",
        "delimit_commuters_off": "Kryterium dojazdów do pracy do rdzenia jest niedostępne, bo "
        "nie zaimportowano macierzy dojazdów NSP 2021 (flask --app app commuting import "
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
        "error_zone": "Nie można utworzyć strefy: podaj środek (długość i szerokość) i dodatni "
        "promień, dodatnią odległość od gminy albo zaznacz co najmniej trzy punkty.",
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
        "delimit_base_year": "Rok bazowy kryteriów zmian",
        "delimit_base_default": "5 lat wstecz, bez przerwy serii 2019/2020",
        "delimit_break": "Okres kryterium przecina zmianę serii 2019→2020 (dane przeliczone według "
        "NSP 2021): część zmiany to przeliczenie, nie zmiana liczby ludności. Dotyczy: {criteria}.",
        "delimit_name": "Nazwa obszaru do zapisania",
        "delimit_save": "Zapisz jako warstwę",
        "delimit_saved": "Zapisano „{name}” ({gminas}).",
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
        "notice_dismiss": "Kliknij, aby zamknąć",
        "error_unexpected": "Nie udało się wykonać tej operacji; nic nie zmieniono. Sprawdź "
        "wybrane wartości i spróbuj ponownie. Błąd zapisano w dzienniku serwera.",
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
        # --- levels: powiat indicators and Kraków's districts (kb-levels) ---
        "scope_districts": "Dzielnice Krakowa",
        "powiat_label": "powiat {name}",
        "city_powiat_label": "powiat m. {name}",
        "powiat_value": "wartość powiatu {name}",
        "powiat_value_note": "Wskaźniki powiatowe GUS publikuje tylko dla powiatów: gmina "
        "ma wartość swojego powiatu, nie własną.",
        "level_gmina": "gmina",
        "level_powiat": "powiat",
        "level_district": "dzielnica Krakowa",
        "level_label": "Poziom",
        "level_note_powiat": "Wskaźnik powiatowy (GUS publikuje go tylko dla powiatów): mapa "
        "pokazuje powiaty obejmujące wybrany zasięg.",
        "level_note_district": "Wskaźnik dzielnic Krakowa: dane ewidencji ludności miasta "
        "(zameldowani), nie GUS; nie zestawiać z seriami GUS.",
        "districts_attribution": "Dane: Urząd Miasta Krakowa (BIP), stan 31.12.2019",
        "districts_link": "Dzielnice Krakowa na mapie",
        "compare_powiats_title": "Wskaźniki powiatowe: wartości powiatów wybranych gmin",
        "error_level_scope": "Zasięg „Dzielnice Krakowa” pokazuje tylko wskaźniki dzielnic "
        "(dane ewidencji Urzędu Miasta Krakowa). Wybierz wskaźnik dzielnic albo inny zasięg.",
        "layer_basemap": "Podkład OpenStreetMap (wymaga internetu)",
        "legend_nodata": "brak danych",
        "hover_rank": "miejsce",
        "series_break": "Zmiana serii 2019→2020: od 2020 dane przeliczone według NSP 2021",
        "series_break_short": "zmiana serii (NSP 2021)",
        "source": "Źródło",
        "panel_hint": "Kliknij gminę na mapie, aby zobaczyć jej dane.",
        "noun_gmina": "gmina|gminy|gmin|gminy",
        "noun_slide": "slajd|slajdy|slajdów|slajdu",
        "gmina_search": "Znajdź gminę",
        "gmina_search_placeholder": "Nazwa (w dowolnej formie) lub kod TERYT",
        "map_table_show": "Pokaż mapę jako tabelę",
        "map_table_hide": "Ukryj tabelę mapy",
        "map_table_sort": "Kolejność",
        "map_table_sort_value": "wg wartości",
        "map_table_sort_name": "wg nazwy",
        "map_table_sort_teryt": "wg kodu TERYT",
        "map_table_gmina": "Gmina",
        "map_table_teryt": "TERYT",
        "map_table_value": "Wartość",
        "map_table_class": "Klasa (kolor na mapie)",
        "map_table_rank": "Miejsce",
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
        "exports_title": "Eksport",
        "exports_help": "Mapa bieżącego widoku (z legendą, skalą, źródłem i datą) i dane "
        "za nią; raport dla wybranego zasięgu.",
        "exports_size": "Rozmiar obrazu [px]",
        "exports_size_custom": "własny (400–4000 px)",
        "exports_width": "szerokość",
        "exports_height": "wysokość",
        "exports_map": "Mapa",
        "exports_data": "Dane",
        "exports_report": "Raport",
        "exports_png": "PNG",
        "exports_svg": "SVG",
        "exports_csv": "CSV",
        "exports_xlsx": "XLSX",
        "exports_geojson": "GeoJSON (WGS 84)",
        "exports_gpkg": "GeoPackage (PUWG 1992)",
        "exports_pdf": "Raport o stanie Metropolii (PDF)",
        "exports_html": "Raport o stanie Metropolii (HTML)",
        "exports_exported": "Eksport",
        "report_progress": "Przygotowanie raportu: krok {step} z {steps}…",
        "report_title": "Raport o stanie Metropolii",
        "report_created": "Data",
        "report_gmina": "Gmina",
        "report_value": "Wartość",
        "report_rank": "Miejsce",
        "report_top": "Najwyższe wartości",
        "report_bottom": "Najniższe wartości",
        "report_series": "Szeregi czasowe: Metropolia Krakowska (15 gmin)",
        "report_series_help": "Wartości 15 gmin łącznie: liczby zsumowane, wskaźniki "
        "względne jako średnia ważona ludnością; tylko lata, w których dane mają wszystkie "
        "gminy. Przerywana linia: przerwa w szeregu.",
        "report_notes": "Uwagi o źródłach i przerwach w szeregach",
        "report_series_break": "Od {year} r. ludność według NSP 2021; lata wcześniejsze to "
        "szacunki sprzed spisu, więc zmiana między {year} a rokiem poprzednim łączy dwie serie.",
        "report_aggregation_sum": "Dla Metropolii: suma gmin.",
        "report_aggregation_population_weighted_mean": "Dla Metropolii: średnia ważona "
        "ludnością gmin.",
        "report_classes": "Mapy: 5 klas kwantylowych (mapclassify), palety ColorBrewer; "
        "ostatni rok z danymi w zasięgu. Miejsce 1 = najwyższa wartość.",
        "error_image_size": "Podaj szerokość i wysokość obrazu od 400 do 4000 px.",
        "bdl_title": "Odśwież z GUS BDL",
        "bdl_help": "Pobiera wybrane zmienne Banku Danych Lokalnych dla gmin zasięgu. Nowe lata "
        "trafiają do magazynu danych z datą pobrania; dane z kompilacji mają pierwszeństwo. "
        "Bez klucza API GUS pozwala na 100 zapytań na 15 minut, więc Polska (25 stron na rok) "
        "może potrwać.",
        "bdl_variables": "Zmienne BDL",
        "bdl_scope": "Zasięg",
        "bdl_years": "Lata",
        "bdl_years_default": "Domyślnie: lata po ostatnim w magazynie",
        "bdl_start": "Pobierz z BDL",
        "bdl_progress": "Zmienna {variable}, rok {year}: strona {page}/{pages} "
        "(krok {step}/{steps}) …",
        "bdl_done": "Pobrano {date}. Nowe dane są już na mapie i w katalogu "
        "(odśwież stronę, aby zobaczyć nowe lata w listach).",
        "bdl_nothing": "Pobrano {date}: BDL nie ma nowych danych dla wybranych lat i gmin.",
        "bdl_column_variable": "Zmienna",
        "bdl_column_year": "Rok",
        "bdl_column_fetched": "Wierszy pobranych",
        "bdl_column_added": "Wierszy nowych",
        "error_bdl_rate_limit": "GUS BDL odrzuca zapytania z powodu limitu. Spróbuj za 15 minut "
        "albo skonfiguruj klucz API (GEOPORTAL_BDL_CLIENT_ID).",
        "error_bdl_http": "GUS BDL odpowiedział błędem. Nic nie zapisano; spróbuj później.",
        "error_bdl_network": "Brak połączenia z GUS BDL. Nic nie zapisano.",
        "error_bdl_response": "GUS BDL zwrócił nieoczekiwaną odpowiedź. Nic nie zapisano.",
        "error_bdl_variable": "Wybierz co najmniej jedną zmienną BDL z listy.",
        "tab_upload": "Własne dane",
        "theme_own": "Własne dane",
        "upload_title": "Własne dane gmin",
        "upload_help": "Wczytaj plik CSV lub XLSX (do 5 MB): kolumna z kodem TERYT albo nazwą "
        "gminy (z typem, gdy nazwa się powtarza, np. „Bochnia (gm. miejska)”), jedna lub "
        "więcej kolumn wskaźników, opcjonalnie kolumna „rok” albo kolumny lat (2019, 2020…). "
        "Kodowanie UTF-8 lub Windows-1250, separator ; lub , , przecinek dziesiętny "
        "i spacje między tysiącami są rozpoznawane. Formuły nie są wykonywane.",
        "upload_drop": "Przeciągnij plik tutaj albo kliknij, aby wybrać (CSV, XLSX)",
        "upload_scope": "Zasięg sprawdzania kompletności",
        "upload_column": "Kolumna wskaźnika do zapisania",
        "upload_target": "Zapisz jako",
        "upload_target_new": "nowy wskaźnik",
        "upload_target_replace": "zastąp wartości: {name}",
        "upload_name_pl": "Nazwa (po polsku)",
        "upload_name_en": "Nazwa po angielsku (opcjonalnie)",
        "upload_unit": "Jednostka",
        "upload_year": "Rok danych (gdy plik nie ma lat)",
        "upload_source": "Źródło",
        "upload_definition": "Definicja (opcjonalnie)",
        "upload_polarity": "Kierunek",
        "upload_aggregation": "Agregacja w strefach",
        "upload_aggregation_sum": "suma (liczby bezwzględne)",
        "upload_aggregation_population_weighted_mean": "średnia ważona ludnością (wskaźniki)",
        "upload_author": "Autor",
        "upload_internal": "Tylko do użytku wewnętrznego",
        "upload_save": "Zapisz wskaźnik",
        "upload_saved": "Zapisano wskaźnik „{name}” ({count} wartości). Jest dostępny na mapie, "
        "w porównaniu i w strefach po odświeżeniu strony.",
        "upload_replaced": "Zastąpiono wartości wskaźnika „{name}” ({count} wartości).",
        "upload_deleted": "Usunięto wskaźnik „{name}”.",
        "upload_list_title": "Wskaźniki własne",
        "upload_list_empty": "Nie zapisano jeszcze żadnego wskaźnika.",
        "upload_list_name": "Nazwa",
        "upload_list_unit": "Jednostka",
        "upload_list_years": "Lata",
        "upload_list_author": "Autor",
        "upload_list_created": "Dodano",
        "upload_delete_choice": "Wskaźnik do usunięcia",
        "upload_delete": "Usuń",
        "upload_confirm": "Usunąć wskaźnik „{name}” wraz z wartościami? Tego nie można cofnąć.",
        "upload_summary": "Wierszy: {rows}; rozpoznane wartości: {values}; kolumny: {columns}; "
        "lata: {years}.",
        "upload_no_years": "brak (podaj rok)",
        "upload_preview": "Podgląd (pierwsze wiersze po odczytaniu)",
        "upload_key": "Klucz w pliku",
        "upload_gmina": "Gmina",
        "upload_blocking": "Do poprawienia przed zapisem",
        "upload_warnings": "Ostrzeżenia",
        "upload_ok": "Nie znaleziono problemów.",
        "upload_problem_non_numeric": "Komórki, które nie są liczbami ({count}), pominięto",
        "upload_problem_formula": "Formuły ({count}) nie są wykonywane i zostały pominięte",
        "upload_problem_bad_years": "Niepoprawne lata ({count})",
        "upload_problem_all_non_numeric": "Żadna komórka wartości nie jest liczbą",
        "upload_problem_ambiguous": "Nazwy kilku gmin ({count}) — dodaj typ gminy lub kod TERYT",
        "upload_problem_unknown": "Nieznane kody lub nazwy ({count}), wiersze pominięto",
        "upload_problem_all_unknown": "Żaden wiersz nie wskazuje znanej gminy",
        "upload_problem_duplicate_keys": "Powtórzone gminy ({count})",
        "upload_problem_markup": "Kod HTML lub skrypt w nazwach ({count}), pokazany jako tekst",
        "upload_problem_missing": "Gminy zasięgu bez wartości ({count})",
        "upload_problem_negative": "Wartości ujemne ({count}) — niemożliwe dla liczebności",
        "upload_problem_implausible": "Wartości odstające ({count}): poza Q1 − 3·IQR … "
        "Q3 + 3·IQR (Tukey) — sprawdź je",
        "error_upload_too_large": "Plik jest za duży (limit 5 MB).",
        "error_upload_not_base64": "Nie udało się odebrać pliku. Wczytaj go ponownie.",
        "error_upload_unknown_format": "Nieobsługiwany typ pliku: wczytaj CSV lub XLSX.",
        "error_upload_empty": "Plik jest pusty.",
        "error_upload_image": "To jest obraz, nie tabela. Wczytaj CSV lub XLSX.",
        "error_upload_binary": "To nie jest plik tekstowy CSV. Wczytaj CSV lub XLSX.",
        "error_upload_encoding": "Nie można odczytać znaków: zapisz plik w UTF-8 albo "
        "Windows-1250 (bez mieszania kodowań).",
        "error_upload_not_xlsx": "Plik ma rozszerzenie .xlsx, ale nie jest skoroszytem Excela.",
        "error_upload_zip_not_xlsx": "To archiwum ZIP, a nie skoroszyt Excela.",
        "error_upload_zip_bomb": "Skoroszyt rozpakowuje się do zbyt dużego rozmiaru i został "
        "odrzucony.",
        "error_upload_xlsx_unreadable": "Nie można odczytać skoroszytu (uszkodzony plik).",
        "error_upload_no_sheets": "Skoroszyt nie ma żadnego arkusza.",
        "error_upload_no_rows": "Plik ma tylko nagłówek, bez wierszy danych.",
        "error_upload_too_many_rows": "Za dużo wierszy (limit 20 000).",
        "error_upload_too_many_columns": "Za dużo kolumn (limit 60).",
        "error_upload_ragged_rows": "Niektóre wiersze mają więcej komórek niż nagłówek.",
        "error_upload_blank_column_name": "Kolumna bez nazwy w nagłówku.",
        "error_upload_duplicate_columns": "Dwie kolumny mają tę samą nazwę.",
        "error_upload_no_key": "Brak kolumny z kodem TERYT („TERYT”, „kod”) ani z nazwą gminy "
        "(„gmina”, „nazwa”).",
        "error_upload_no_values": "Brak kolumny z wartościami wskaźnika.",
        "error_upload_mixed_layout": "Kolumny lat (2019, 2020…) nie mogą występować obok innych "
        "kolumn wartości ani kolumny „rok”.",
        "error_upload_blocked": "Nie zapisano: popraw problemy zaznaczone w raporcie.",
        "error_upload_column": "Wybierz kolumnę wskaźnika z pliku.",
        "error_upload_no_year": "Plik nie ma lat: podaj rok danych (1900–2100).",
        "error_user_indicator": "Nie zapisano: podaj nazwę, jednostkę, kierunek i agregację.",
        "access_sign_in": "Zaloguj",
        "access_sign_out": "Wyloguj",
        "access_title": "Logowanie do części wewnętrznej",
        "access_username": "Użytkownik",
        "access_password": "Hasło",
        "access_back": "Wróć do geoportalu",
        "access_failed": "Nieprawidłowa nazwa użytkownika lub hasło.",
        "access_locked": "Zbyt wiele nieudanych prób. Spróbuj ponownie za {seconds} s.",
        "access_csrf": "Formularz wygasł. Odśwież stronę i spróbuj ponownie.",
        # --- security (issue 16): roles, uploads, limits, sign-in, accounts -----------------
        "error_upload_xml_entities": "Skoroszyt zawiera deklaracje DTD lub encje XML, których "
        "plik Excela nie potrzebuje; odrzucono go. Zapisz go ponownie w Excelu.",
        "error_upload_cell_too_long": "Komórka ma ponad 1000 znaków; to nie jest nazwa gminy "
        "ani liczba. Popraw plik.",
        "error_access_denied": "Nie zapisano: zmieniać mogą tylko zalogowani urzędnicy, a cudze "
        "rzeczy i dane z BDL — administratorzy. Zaloguj się ponownie, jeśli sesja wygasła.",
        "access_write_note": "Zapisywać i zmieniać mogą zalogowani urzędnicy.",
        "access_author_note": "Autorem zostanie zalogowany użytkownik.",
        "deck_internal": "wewnętrzna (tylko dla zalogowanych)",
        "audit_title": "Dziennik zmian (administratorzy)",
        "audit_export": "Pobierz dziennik (CSV)",
        "audit_none": "Nie ma jeszcze zapisanych zmian.",
        "audit_at": "Kiedy (UTC)",
        "audit_who": "Kto",
        "audit_action": "Co",
        "audit_kind": "Rodzaj",
        "audit_before": "Id przed",
        "audit_after": "Id po",
        "audit_detail": "Opis",
        "error_job_unknown": "Nie ma takiego wyniku pobierania z BDL na serwerze; dane nie "
        "zostały przeładowane.",
        "area_internal": "wewnętrzny (tylko dla zalogowanych)",
        # --- two levels of functional areas (issue 21) ---
        "twolevel_title": "Dwa poziomy obszarów funkcjonalnych",
        "twolevel_help": "Poziom 1: obszar rdzenia (Krakowa) wśród wszystkich ośrodków, z "
        "obszarami ośrodków drugiego poziomu zagnieżdżonymi w nim (obrys na mapie). Poziom 2: "
        "dla każdej gminy ośrodek, który przyciąga ją najsilniej po odłożeniu rdzenia "
        "(wypełnienia). Jaśniejszy odcień: dwa ośrodki przyciągają gminę mniej więcej tak "
        "samo. α, β, atrakcyjność i macierz przepływów ustawia się w modelach grawitacji "
        "powyżej.",
        "twolevel_method_title": "O metodzie",
        "twolevel_method_huff": "Huff (1963): P_ij = A_j^α·d_ij^−β / Σ_k A_k^α·d_ik^−β. Drugi "
        "poziom to P_ij / (1 − P_i,rdzeń) — najsilniejsze przyciąganie po rdzeniu; z "
        "aksjomatu wyboru Luce'a to to samo, co model Huffa policzony bez rdzenia. Model nie "
        "ma granicy zasięgu: bez innych ośrodków jego pierwszy poziom sięga brzegu zasięgu.",
        "twolevel_method_flows": "Przepływy: udział odpływu gminy (wymeldowania 2023 albo "
        "dojazdy do pracy NSP 2021) do każdego ośrodka, liczony od odpływu, który nie trafia "
        "do rdzenia. GUS pomija pary poniżej 3 osób: brak pary to 0–2 osoby, więc "
        "przepływy są dolnymi granicami.",
        "twolevel_method_nd": "Nystuen i Dacey (1961): gmina podlega większej gminie, do "
        "której płynie jej największy przepływ; region to wierzchołek łańcucha. Łańcuchy "
        "drugiego rzędu liczy się bez rdzenia: gmina, której największy odpływ idzie do "
        "Krakowa, a drugi do Wieliczki, należy do obszaru Wieliczki. Wybrane ośrodki "
        "stoją na czele własnych regionów.",
        "twolevel_method_sleszynski": "Śleszyński (2013) wyznacza miejskie obszary funkcjonalne "
        "kryteriami funkcjonalnymi (dojazdy, migracje) i społeczno-gospodarczymi; tu ten sam "
        "pomysł powtarza się na drugim poziomie, wokół ośrodków wewnątrz obszaru rdzenia.",
        "twolevel_method_refs": "Huff, D. L. (1963), Land Economics 39(1), 81–90, "
        "doi:10.2307/3144521. Nystuen, J. D., Dacey, M. F. (1961), Papers of the Regional "
        "Science Association 7, 29–42, doi:10.1007/BF01969070. Śleszyński, P. (2013), "
        "Przegląd Geograficzny 85(2), 173–197, doi:10.7163/PrzG.2013.2.2.",
        "twolevel_core": "Rdzeń (poziom 1)",
        "twolevel_centres": "Ośrodki drugiego poziomu (1–6)",
        "twolevel_model": "Model drugiego poziomu",
        "twolevel_model_huff": "Huff: najsilniejsze przyciąganie po rdzeniu",
        "twolevel_model_flows": "Przepływy: największy udział odpływu poza rdzeń",
        "twolevel_model_nystuen_dacey": "Nystuen–Dacey: łańcuchy drugiego rzędu",
        "twolevel_tolerance": "Nakładanie: drugi ośrodek przyciąga co najmniej (1 − t) tyle "
        "co pierwszy; t =",
        "twolevel_legend_core": "{name} — rdzeń",
        "twolevel_legend_overlap": "{name} — nakładanie z innym ośrodkiem",
        "twolevel_legend_none": "bez ośrodka 2. poziomu",
        "twolevel_legend_first": "obrys: obszar rdzenia (poziom 1)",
        "twolevel_hover_core": "rdzeń",
        "twolevel_hover_centre": "ośrodek drugiego poziomu",
        "twolevel_hover_first": "poziom 1: w obszarze rdzenia ({core})",
        "twolevel_hover_outside": "poziom 1: poza obszarem rdzenia ({core})",
        "twolevel_hover_member": "poziom 2: {centre}",
        "twolevel_hover_pull": "przyciąganie po rdzeniu: {pull} %",
        "twolevel_hover_overlap": "nakłada się z: {other}",
        "twolevel_hover_top": "region węzłowy: {top}",
        "twolevel_hover_none": "poziom 2: brak (odpływ tylko do rdzenia lub do innego regionu)",
        "twolevel_hover_gap": "brak danych o odpływie",
        "twolevel_area": "Obszar",
        "twolevel_level": "Poziom",
        "twolevel_gminas": "Gminy",
        "twolevel_in_first": "W obszarze rdzenia",
        "twolevel_population": "Ludność",
        "twolevel_captured": "Przepływ do ośrodka (osoby)",
        "twolevel_captured_share": "Udział odpływu do ośrodka",
        "twolevel_core_share": "Udział odpływu do rdzenia",
        "twolevel_overlaps": "Nakładanie (gminy)",
        "twolevel_members": "Gminy obszaru",
        "twolevel_flows_note": "Przepływy: {kind}. GUS pomija pary poniżej 3 osób, więc "
        "przepływy są dolnymi granicami; „—” oznacza brak danych.",
        "twolevel_name": "Nazwa zestawu, np. „Obszary 2024”",
        "twolevel_save": "Zapisz oba poziomy",
        "twolevel_saved": "Zapisano obszary ({count}): {names}.",
        "twolevel_saved_name": "{prefix} — {centre} (poziom {level})",
        "twolevel_name_taken": "Nie zapisano: nazwa „{name}” jest już zajęta.",
        "centres_title": "Ośrodki zaproponowane przez dane",
        "centres_help": "Gmina jest proponowana, gdy należy do czołówki zasięgu (15 % gmin poza "
        "rdzeniem) pod względem ludności i spełnia co najmniej jedno inne kryterium: napływ "
        "migrantów z gmin innych niż rdzeń, gęstość zaludnienia, liczba gmin, których "
        "największy odpływ po rdzeniu trafia do niej, albo wskaźnik dodatkowy. Propozycja "
        "zastępuje listę ośrodków; ośrodki można potem dodać lub usunąć.",
        "centres_extra": "Kryterium dodatkowe (np. podmioty REGON, gdy są w danych gmin)",
        "centres_propose": "Zaproponuj ośrodki",
        "centres_regon": "Podmioty REGON są w danych tylko dla powiatów; wczytaj wartości gmin "
        "w zakładce „Własne dane”, by użyć ich jako kryterium dodatkowego.",
        "centres_gmina": "Gmina",
        "centres_reasons": "Spełnione kryteria",
        "centres_proposed": "Propozycja",
        "centres_yes": "tak",
        "centres_no": "nie",
        "crit_population": "ludność {value} ({rank}. miejsce)",
        "crit_inflow": "napływ spoza rdzenia {value} os. ({rank}.)",
        "crit_density": "gęstość {value} os./km² ({rank}.)",
        "crit_dependants": "największy odpływ po rdzeniu z {value} gmin ({rank}.)",
        "crit_extra": "{name}: {value} ({rank}.)",
        "pull_title": "Ciążenie do wybranej gminy",
        "pull_help": "Dla każdej gminy zasięgu: jaka część jej odpływu trafia do wybranej gminy "
        "albo z jakim prawdopodobieństwem Huffa wybiera ją zamiast ośrodków modeli grawitacji "
        "powyżej, oraz zmiana tych miar w czasie, gdy dane mają dwa lata. Klasyfikacja jak "
        "w mapie wskaźników.",
        "pull_gmina": "Gmina docelowa",
        "pull_measure": "Miara",
        "pull_measure_outflow_share": "Udział odpływu do gminy (%)",
        "pull_measure_huff": "Prawdopodobieństwo Huffa (%)",
        "pull_measure_outflow_share_change": "Zmiana udziału odpływu (p.p.)",
        "pull_measure_huff_change": "Zmiana prawdopodobieństwa Huffa (p.p.)",
        "pull_suppressed": "0–2 osoby (para pominięta przez GUS)",
        "pull_target": "gmina docelowa",
        "pull_unit_share": "%",
        "pull_unit_change": "p.p.",
        "pull_origins": "Największe źródła napływu do gminy (mapa przepływów)",
        "sens_title": "Wrażliwość obszarów na β i atrakcyjność",
        "sens_help": "Obszary modelu Huffa (oba poziomy) liczone dla β = 1; 1,5; 2; 2,5; 3 i "
        "każdego wybranego wskaźnika atrakcyjności. Gmina ma przydział stały, gdy we "
        "wszystkich wariantach trafia do tego samego ośrodka drugiego poziomu.",
        "sens_indicators": "Wskaźniki atrakcyjności (1–3)",
        "sens_run": "Atrakcyjność, β",
        "sens_first": "Obszar rdzenia",
        "sens_robust": "{robust} z {total} gmin ma ten sam ośrodek drugiego poziomu we "
        "wszystkich {runs} wariantach.",
        "sens_stability": "Zgodność",
        "sens_modal": "Najczęstszy ośrodek",
        "sens_alternatives": "Inne przydziały",
        "sens_varies": "przydział zmienny",
        "report_area_series": "Szeregi czasowe: {name}",
        "report_area_series_help": "Wartości gmin obszaru łącznie: liczby zsumowane, "
        "wskaźniki względne jako średnia ważona ludnością; tylko lata, w których dane mają "
        "wszystkie gminy. Przerywana linia: przerwa w szeregu. Obszar zaznaczono na mapach.",
        "report_area_aggregation_sum": "Dla obszaru {name}: suma gmin.",
        "report_area_aggregation_population_weighted_mean": "Dla obszaru {name}: średnia "
        "ważona ludnością gmin.",
        "carea_title": "Porównanie obszarów (agregaty)",
        "carea_help": "Wskaźniki zsumowane (wielkości) albo uśrednione z wagą ludności (wskaźniki "
        "względne) po gminach każdego obszaru — obszarów zapisanych w zakładce „Obszary "
        "funkcjonalne”, w tym obu poziomów ośrodków, oraz SMK i KOM 2003. Pokrycie: część "
        "obszaru (powierzchni albo ludności) z danymi.",
        "carea_areas": "Obszary (2–6)",
        "carea_need": "Wybierz od 2 do 6 obszarów.",
        "carea_indicator": "Wskaźnik",
        "carea_coverage": "pokrycie {share} %",
        "error_second_level": "Nie można wyznaczyć drugiego poziomu: wybierz od 1 do 6 ośrodków "
        "innych niż rdzeń, wszystkie w zasięgu.",
        "error_pull": "Nie można pokazać ciążenia: wybierz gminę i co najmniej jeden inny "
        "ośrodek (Huff), a zmianę w czasie tylko dla danych z dwóch lat (macierz migracji ma "
        "jeden rok, 2023).",
        # spatial analysis and outlook tab (callbacks/spatial/)
        "tab_spatial": "Analiza przestrzenna i prognoza",
        "spatial_title": "Skupienia wartości: autokorelacja przestrzenna",
        "spatial_help": "Globalny I Morana mówi, czy gminy o podobnych wartościach sąsiadują ze "
        "sobą częściej, niż gdyby wartości rozmieszczono losowo (I > 0: skupienia, I < 0: "
        "szachownica). Lokalny I Morana (LISA) wskazuje skupienia wysokich i niskich wartości "
        "oraz gminy nietypowe dla swojego sąsiedztwa; Getis–Ord Gi* — gorące i zimne punkty. "
        "Istotność: {permutations} permutacji warunkowych ze stałym ziarnem (ten sam widok i "
        "link dają tę samą mapę). Gminy bez danych i bez sąsiadów są pomijane i pokazane osobno. "
        "Odległości w PUWG 1992 (EPSG:2180) między centroidami gmin.",
        "spatial_weights": "Sąsiedztwo (macierz wag)",
        "spatial_weights_queen": "styczność (queen): wspólna granica lub punkt",
        "spatial_weights_knn": "k najbliższych gmin",
        "spatial_weights_distance": "gminy w promieniu (km)",
        "spatial_k": "k — liczba sąsiadów (dla k najbliższych)",
        "spatial_km": "Promień w km (dla promienia)",
        "spatial_significance": "Poziom istotności",
        "spatial_mode": "Mapa",
        "spatial_mode_lisa": "skupienia LISA (lokalny I Morana)",
        "spatial_mode_gi": "gorące i zimne punkty (Getis–Ord Gi*)",
        "cluster_hh": "wysokie wśród wysokich (skupienie wysokich)",
        "cluster_ll": "niskie wśród niskich (skupienie niskich)",
        "cluster_hl": "wysoka wśród niskich (odstająca)",
        "cluster_lh": "niska wśród wysokich (odstająca)",
        "cluster_hot": "gorący punkt (Gi*)",
        "cluster_cold": "zimny punkt (Gi*)",
        "cluster_ns": "nieistotne",
        "cluster_island": "bez sąsiadów (pominięta)",
        "spatial_stats": "Globalny I Morana = {i} (wartość oczekiwana {ei}), z = {z}, "
        "p z {permutations} permutacji = {p}, p z rozkładu normalnego = {pn}; "
        "gmin w analizie: {n}.",
        "spatial_islands": "Gminy bez sąsiadów przy tej macierzy wag (pominięte): {names}.",
        "spatial_components": "Przy tej macierzy wag gminy tworzą {count} niepołączone grupy "
        "(sąsiedztwo nie przechodzi między nimi).",
        "spatial_missing": "Gminy bez danych w tym roku (pominięte, na mapie „brak danych”): "
        "{count}.",
        "spatial_scatter_title": "Wykres rozrzutu Morana",
        "spatial_x_axis": "Wartość gminy (standaryzowana)",
        "spatial_y_axis": "Średnia sąsiadów (opóźnienie przestrzenne)",
        "spatial_slope": "nachylenie = I Morana = {i}",
        "spatial_save_title": "Zapisz skupienie jako obszar",
        "spatial_save_category": "Wybierz skupienie",
        "spatial_save": "Zapisz obszar",
        "spatial_saved": "Zapisano obszar „{name}” ({gminas}): jest na liście „Obszar na "
        "mapie”, w porównaniu gmin i w prognozie.",
        "error_spatial_stats": "Nie można policzyć statystyk: potrzeba co najmniej 5 gmin z danymi "
        "i sąsiadami oraz zróżnicowanych wartości; k od 1 do 30 (mniej niż gmin), promień od 0 do "
        "500 km.",
        "outlook_title": "Prognoza ludności do 2035 r. (metoda składników zmian)",
        "outlook_help": "Dla każdej gminy: ludność 31 XII 2024 r. (GUS, Tabl. IV) zmieniana rok "
        "po roku o urodzenia, zgony i saldo migracji (wewnętrznych i zagranicznych): "
        "P(t) = P(t−1) + U(t) − Z(t) + M(t). Współczynniki na osobę z 2024 r. są stałe albo "
        "zmieniają się jak w latach 2020→2024 przez wybraną liczbę lat; migracje można "
        "zmniejszyć o połowę lub podwoić, a ich poziom wziąć z 2024 r. albo jako średnią lat "
        "2014–2024 (w Małopolsce z szeregu BDL 1995–2023, gdzie indziej z lat 2020 i 2024). "
        "Obszar (SMK, KOM, zapisany obszar) to suma jego gmin.",
        "outlook_cannot": "Czego ta prognoza nie mówi: dane nie mają ludności według "
        "pojedynczych lat wieku, więc nie ma modelu kohortowego — ludność się nie starzeje, a "
        "stałe współczynniki zakładają strukturę wieku z 2024 r. (starzenie zwiększałoby zgony i "
        "zmniejszało urodzenia). Rok 2020 to nadwyżka zgonów (COVID-19): trend 2020→2024 "
        "przesadza ze spadkiem zgonów. Ludność do 2019 r. i od 2020 r. to dwie serie (przerwa "
        "NSP 2021), więc trend nie sięga przed 2020 r. To scenariusze „co jeśli”, nie oficjalna "
        "prognoza GUS.",
        "outlook_districts": "Dzielnice Krakowa: prognozy nie da się policzyć. Dane mają dla 18 "
        "dzielnic tylko jeden rok (zameldowani na pobyt stały 31 XII 2019 r., rejestr miasta) — "
        "bez urodzeń, zgonów, migracji i bez szeregu lat; podział prognozy Krakowa według "
        "udziałów z 2019 r. nie byłby prognozą dzielnic.",
        "outlook_backtest": "Test wsteczny tej samej metody (błąd bezwzględny w % na gminę): "
        "2015→2019 z lat 2010–2014, współczynniki stałe — mediana {pre_median} %, 90. percentyl "
        "{pre_p90} % ({pre_n} gmin; bez zmian ludności: mediana {pre_constant} %); trend "
        "kontynuowany — mediana {trend_median} %, 90. percentyl {trend_p90} %; 2020→2024 ze "
        "współczynników 2020 r. — mediana {rebased_median} %, 90. percentyl {rebased_p90} % "
        "({rebased_n} gmin, start 2020 r. w Małopolsce, 2021 r. gdzie indziej; bez zmian: "
        "{rebased_constant} %). Migracje na poziomie średniej 2011–2014 zamiast 2014 r. "
        "(2015→2019, Małopolska, szereg BDL): mediana {mean_median} %, 90. percentyl "
        "{mean_p90} % wobec {mean_held_median} % i {mean_held_p90} %.",
        "outlook_rates": "Współczynniki urodzeń, zgonów i migracji",
        "outlook_rates_held": "stałe (poziom 2024 r.)",
        "outlook_rates_trend": "trend 2020→2024 kontynuowany",
        "outlook_trend_years": "Przez ile lat trend trwa (potem stały)",
        "outlook_migration": "Saldo migracji × (½ = o połowę mniej, 2 = dwa razy więcej)",
        "outlook_measure": "Na mapie",
        "outlook_measure_change": "zmiana od 2024 r., %",
        "outlook_measure_population": "ludność, osoby",
        "outlook_gmina_hint": "Kliknij gminę na mapie, by zobaczyć jej szereg i prognozę.",
        "outlook_backtest_gmina": "{name} w testach wstecznych: 2015→2019 błąd {pre} %, "
        "2020→2024 błąd {rebased} %.",
        "outlook_area": "Obszar na wykresie",
        "outlook_projection": "prognoza",
        "outlook_unit": "Ludność 31 XII, osoby",
        "outlook_export_csv": "Pobierz tabelę prognozy (CSV)",
        "outlook_export_xlsx": "Pobierz tabelę prognozy (XLSX)",
        "outlook_scenario": "współczynniki: {rates}; lata trendu: {years}; migracje: {base} "
        "× {migration}",
        "outlook_migration_base": "Poziom migracji",
        "outlook_migration_base_2024": "z 2024 r.",
        "outlook_migration_base_mean": "średni z lat 2014–2024 (w Małopolsce szereg BDL, poza nią "
        "2020 i 2024 r.)",
        "outlook_col_teryt": "TERYT",
        "outlook_col_name": "Gmina",
        "outlook_col_year": "Rok",
        "outlook_col_population": "Ludność 31 XII",
        "outlook_col_births": "Urodzenia żywe",
        "outlook_col_deaths": "Zgony",
        "outlook_col_net_migration": "Saldo migracji",
        "outlook_col_scenario": "Scenariusz",
        "error_projection": "Nie można policzyć prognozy: lata trendu od 0 do 11, mnożnik "
        "migracji od 0 do 3.",
        "compare_area_pick": "…albo gminy zapisanego obszaru (np. skupienia LISA, do 15 gmin)",
        "area_kind_cluster": "skupienie LISA",
        "report_clusters": "Skupienia wartości kluczowych wskaźników (lokalny I Morana, LISA)",
        "report_clusters_help": "Dla każdego wskaźnika w roku jego strony: sąsiedztwo przez "
        "styczność (queen), 999 permutacji warunkowych ze stałym ziarnem, p ≤ 0,05. Czerwone: "
        "skupienia wysokich wartości, niebieskie: niskich, jasne: gminy odstające od sąsiedztwa; "
        "pod mapą globalny I Morana i jego p. Gminy bez danych są pomijane.",
        "report_outlook": "Prognoza ludności Metropolii Krakowskiej do 2035 r.",
        "report_outlook_help": "Suma prognoz 15 gmin metodą składników zmian: ludność 31 XII "
        "2024 r. zmieniana co roku o urodzenia, zgony i saldo migracji według współczynników z "
        "Tabl. IV GUS (2024 r.; trend 2020→2024 przez 5 lat; migracje o połowę mniejsze lub "
        "dwa razy większe). Bez struktury wieku według pojedynczych lat (ludność się nie "
        "starzeje); rok 2020 z nadwyżką zgonów (COVID-19); przerwa w serii ludności 2019→2020. "
        "Test wsteczny dla gmin Metropolii (błąd bezwzględny w %): 2015→2019 z lat 2010–2014 "
        "mediana {pre_median} %, 90. percentyl {pre_p90} %; 2020→2024 ze współczynników 2020 r. "
        "mediana {rebased_median} %, 90. percentyl {rebased_p90} %.",
        "report_scenario": "Scenariusz",
        "report_change": "Zmiana 2024–2035, %",
        "report_scenario_held": "współczynniki stałe",
        "report_scenario_trend": "trend 2020→2024 (5 lat)",
        "report_scenario_migration_half": "migracje o połowę mniejsze",
        "report_scenario_migration_double": "migracje dwa razy większe",
        # Karta gminy (server/card.py)
        "card_title": "Karta gminy",
        "card_link": "Karta gminy",
        "card_link_pdf": "Karta gminy (PDF)",
        "card_pick": "Wybierz gminę, aby otworzyć jej kartę",
        "card_figures": "Najważniejsze dane",
        "card_figures_caption": "Ostatni rok z danymi i zmiana w ciągu 5 i 10 lat "
        "(† okres przecina zmianę serii danych ludnościowych 2019/2020)",
        "card_standing": "Na tle Metropolii, Małopolski i Polski",
        "card_standing_help": "Miejsce gminy / liczba gmin z danymi · mediana (kwartyle 1–3) "
        "w tym samym roku; bez miejsca, gdy gmina nie należy do obszaru.",
        "card_neighbourhood": "Sąsiedztwo",
        "card_map_alt": "Mapa: {title}; gmina {gmina} obwiedziona na tle sąsiadów, "
        "klasy kwantylowe sąsiedztwa.",
        "card_flows": "Migracje na pobyt stały: główne kierunki",
        "card_flows_out": "wyjazdy do",
        "card_flows_in": "przyjazdy z",
        "card_flows_note": "Migracje {year} (GUS): pary gmin z mniej niż 3 przeprowadzkami "
        "GUS pomija, więc brak pary oznacza 0–2.",
        "card_notes": "Źródła i uwagi",
        "card_sources": "Źródła",
        "card_break": "Seria ludności do 2019 to szacunki sprzed NSP 2021, od {year} dane "
        "przeliczone według NSP 2021: zmiany przez ten rok łączą dwie serie.",
        "card_created": "Utworzono",
        "card_indicator": "Wskaźnik",
        "card_year": "Rok",
        "card_value": "Wartość",
        "card_change_5": "Zmiana w 5 lat",
        "card_change_10": "Zmiana w 10 lat",
        "card_direction": "Kierunek",
        "card_partner": "Gmina",
        "card_volume": "Osoby",
        "card_share": "Udział",
        "card_teryt": "Kod TERYT",
        "card_type": "Rodzaj",
        "card_powiat": "Powiat",
        "card_voivodeship": "Województwo",
        "card_areas": "Należy do",
        "card_unknown": "Nie ma gminy o kodzie TERYT {teryt}.",
        "error_source_file": "Brakuje pliku źródłowego albo jest on nieprawidłowy.",
        "error_store_missing": "Nie ma magazynu danych: zbuduj go poleceniem "
        "„flask --app app build”.",
        "error_catalog": "Katalog wskaźników jest niespójny.",
        "error_user": "Nie wykonano: sprawdź nazwę użytkownika (2–40 znaków: a–z, 0–9, . _ -), "
        "rolę, hasło (co najmniej 10 znaków) i czy taki użytkownik istnieje.",
        "error_database_schema": "Schematu bazy danych nie da się doprowadzić do wersji tego "
        "programu: nic nie zmieniono.",
        "cli_failed": "Błąd: {reason} ({detail})",
        "cli_store_current": "Magazyn danych jest aktualny: {store}",
        "cli_store_written": "Zapisano magazyn danych: {store} ({gminas} gmin, {values} wartości)",
        "cli_password": "Hasło",
        "cli_password_repeat": "Powtórz hasło",
        "cli_user_added": "Dodano użytkownika {username} ({role}).",
        "cli_user_removed": "Usunięto użytkownika {username} i jego tokeny.",
        "cli_users_none": "Nie ma jeszcze użytkowników.",
        "cli_password_set": "Zmieniono hasło użytkownika {username}; jego sesje wygasły.",
        "cli_signed_out": "Zakończono wszystkie sesje użytkownika {username}.",
        "cli_token_revoked": "Unieważniono token {token}.",
        "cli_bdl_saved": "Zapisano: {path}",
        "cli_commuting_imported": "Zaimportowano dojazdy do {store}: {pairs} par gmin, "
        "{commuters} dojeżdżających z {rows} wierszy; pominięto {dropped} wierszy "
        "(nieznane kody: {unknown})",
        "cli_db_revision": "Wersja schematu bazy: {current}; najnowsza: {head}.",
        "cli_db_none": "brak",
        "cli_revision_written": "Zapisano migrację: {path}",
        "cli_revision_none": "Baza po migracjach zgadza się ze schematem: nie zapisano migracji.",
        # the read API (server/api.py)
        "api_title": "Geoportal Metropolii Krakowskiej – API",
        "api_description": "Warstwy i wskaźniki gmin w stylu OGC API – Features.",
        "collection_gminas": "Gminy (PRG, uproszczone) ze wskaźnikami",
        "collection_powiats": "Powiaty (PRG, uproszczone)",
        "collection_voivodeships": "Województwa (PRG, uproszczone)",
        "collection_smk": "Gminy Metropolii Krakowskiej (SMK) ze wskaźnikami",
        "collection_kom2003": "Gminy KOM 2003 ze wskaźnikami",
        "collection_saved-areas": "Zapisane obszary (delimitacje i strefy)",
        "collection_indicators": "Katalog wskaźników (bez geometrii)",
        "cli_data_checks": "Kontrole danych ({file}): {found}",
        "cli_nothing_found": "bez uwag",
        # --- data quality: breaks, gaps, source dates (issue 17) ---
        "panel_break_territory": "zmiana granic",
        "panel_break_area": "zmiana powierzchni",
        "panel_break_area_note": "powierzchnia {before} → {after} km²",
        "catalog_source_date": "Data źródła",
        "catalog_source_published": "opublikowano {date}",
        "catalog_source_retrieved": "pobrano {date}",
        "catalog_source_as_of": "stan na {date}",
        # dostępność (issue 19)
        "skip_to_map": "Przejdź do mapy",
        "delimit_threshold": "Próg",
        "tabs_label": "Działy geoportalu",
        "zone_lon": "Długość geograficzna środka (°E)",
        "zone_lat": "Szerokość geograficzna środka (°N)",
        "flows_count": "Liczba pokazanych przepływów",
    },
    "en": {
        "tab_views": "Views and presentations",
        "url_wrong": "The link held invalid or outdated settings ({fields}); "
        "the defaults were used instead.",
        "views_save_title": "Save the current view",
        "views_save_help": "Saves everything the other tabs show: scope, indicator, year, "
        "classification, chosen gminas, layers, area and the map's extent.",
        "views_name": "Name",
        "views_description": "Description (speaker's notes on the slide)",
        "views_author": "Author",
        "views_created": "Created (Warsaw time)",
        "views_actions": "Actions",
        "views_save": "Save view",
        "views_saved": "Saved the view “{name}”.",
        "views_changed": "The list of views has changed.",
        "views_list_title": "Saved views",
        "views_none": "No saved views yet.",
        "views_open": "Open",
        "views_rename": "Rename",
        "views_delete": "Delete",
        "views_delete_confirm": "Delete the view “{name}”? It also leaves every presentation.",
        "deck_title": "Presentation (e-panel)",
        "deck_help": "Choose saved views in slide order. In presentation mode: → next, "
        "← previous, Home first, End last, Esc leave.",
        "deck_name": "Presentation name",
        "deck_views": "Slides (in the order chosen)",
        "deck_save": "Save presentation",
        "deck_saved": "Saved the presentation “{name}”.",
        "deck_none": "No presentations yet.",
        "deck_entry": "{name} — {slides}",
        "deck_start": "▶ Present",
        "deck_delete_confirm": "Delete the presentation “{name}”? Its views stay.",
        "show_label": "Presentation mode",
        "show_first": "First slide (Home)",
        "show_previous": "Previous slide (←)",
        "show_next": "Next slide (→)",
        "show_last": "Last slide (End)",
        "show_exit": "Leave the presentation (Esc)",
        "show_empty": "This presentation has no slides left.",
        "show_outdated": "Some settings of this view are outdated; the defaults are shown.",
        "error_saved_view": "Not saved: give a name (up to 80 characters) not yet in use "
        "and choose at least one view.",
        "error_database_unavailable": "The database is unavailable for the moment: nothing was "
        "saved or changed, and what was saved before is safe. Maps and tables keep working. "
        "Try again in a moment.",
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
        "catalog_updated": "Processed here",
        "catalog_actions": "Actions",
        "catalog_open": "Show on the map",
        "catalog_download": "Download CSV",
        "theme_demography": "Demography",
        "theme_labour": "Labour market",
        "theme_migration": "Migration",
        "theme_finance": "Gmina finance",
        "theme_territory": "Territory",
        "theme_housing": "Housing",
        "catalog_all_levels": "All levels",
        "catalog_scope": "Has data in",
        "catalog_any_scope": "In any area",
        "catalog_theme_count": "{theme} ({count})",
        "catalog_year_bars": "Coverage by year ({scope})",
        "catalog_year_bars_alt": "Share of units with data ({scope}): {years}",
        "catalog_quality": "Data quality (build report)",
        "catalog_quality_none": "no findings",
        "catalog_quality_line": "{check}: {count} ({action})",
        "catalog_quality_check_parts_total": "total unequal to its parts",
        "catalog_quality_check_unit_parts": "urban-rural gmina unequal to its town plus rural part",
        "catalog_quality_check_zero_year": "a whole year of zeros",
        "catalog_quality_check_split_merged": "gmina split off in 2025 added to its parent",
        "catalog_quality_check_split_territory": "value of a reduced territory",
        "catalog_quality_check_unmatched_code": "code with no polygon on the map",
        "catalog_quality_check_zero_gap": "a zero that in the source means no data",
        "catalog_quality_check_other_territory": "denominator only for another territory",
        "catalog_quality_check_implausible": "value outside the plausible range",
        "catalog_quality_check_jump": "unexplained jump between years",
        "catalog_quality_action_missing": "left out, shown as a gap",
        "catalog_quality_action_merged": "merged",
        "catalog_quality_action_dropped": "dropped",
        "catalog_quality_action_listed": "kept, to be judged",
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
        "(flask --app app commuting import file.xlsx).",
        "delimit_commuters": "Commuters to the core per 1,000 working-age residents",
        "delimit_commuters_on": "Commuting criterion (Śleszyński 2013: threshold 50): people "
        "living in the gmina and working in the core, from the {year} census matrix, per "
        "1,000 working-age residents (latest year with the age structure, 2019). GUS omits "
        "flows under 3 people; a missing pair counts as 0.",
        "delimit_commuters_off": "The commuters-to-the-core criterion is unavailable: no 2021 "
        "census commuting matrix has been imported (flask --app app commuting import "
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
        "error_zone": "The zone cannot be made: give a centre (longitude and latitude) and a "
        "positive radius, a positive distance from a gmina, or lasso at least three points.",
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
        "delimit_base_year": "Base year of change criteria",
        "delimit_base_default": "5 years back, not across the 2019/2020 series break",
        "delimit_break": "The criterion's period crosses the 2019→2020 series break (figures "
        "rebased on the 2021 census): part of the change is the rebasing, not a change in "
        "population. Criteria: {criteria}.",
        "delimit_name": "Name of the area to save",
        "delimit_save": "Save as a layer",
        "delimit_saved": "Saved “{name}” ({gminas}).",
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
        "notice_dismiss": "Click to close",
        "error_unexpected": "This action could not be completed; nothing was changed. Check "
        "the chosen values and try again. The error was written to the server's log.",
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
        # --- levels: powiat indicators and Kraków's districts (kb-levels) ---
        "scope_districts": "Kraków's districts",
        "powiat_label": "powiat {name}",
        "city_powiat_label": "{name} (city powiat)",
        "powiat_value": "value of {name}",
        "powiat_value_note": "GUS publishes the powiat indicators for powiats only: a gmina "
        "carries its powiat's value, not its own.",
        "level_gmina": "gmina",
        "level_powiat": "powiat",
        "level_district": "Kraków district",
        "level_label": "Level",
        "level_note_powiat": "A powiat indicator (GUS publishes it for powiats only): the map "
        "shows the powiats covering the chosen scope.",
        "level_note_district": "An indicator of Kraków's districts: the city's residents "
        "register (registered residents), not GUS; never mixed with GUS series.",
        "districts_attribution": "Dane: Urząd Miasta Krakowa (BIP), stan 31.12.2019 "
        "(data: City of Kraków, as of 31 Dec 2019)",
        "districts_link": "Kraków's districts on the map",
        "compare_powiats_title": "Powiat indicators: the values of the chosen gminas' powiats",
        "error_level_scope": "The scope “Kraków's districts” shows district indicators only "
        "(the City of Kraków's register). Choose a district indicator or another scope.",
        "layer_basemap": "OpenStreetMap basemap (needs internet)",
        "legend_nodata": "no data",
        "hover_rank": "rank",
        "series_break": "Series break 2019→2020: from 2020 figures are rebased on the 2021 census",
        "series_break_short": "series break (2021 census)",
        "source": "Source",
        "panel_hint": "Click a gmina on the map to see its data.",
        "noun_gmina": "gmina|gminas",
        "noun_slide": "slide|slides",
        "gmina_search": "Find a gmina",
        "gmina_search_placeholder": "Name or TERYT code",
        "map_table_show": "Show the map as a table",
        "map_table_hide": "Hide the map's table",
        "map_table_sort": "Order",
        "map_table_sort_value": "by value",
        "map_table_sort_name": "by name",
        "map_table_sort_teryt": "by TERYT code",
        "map_table_gmina": "Gmina",
        "map_table_teryt": "TERYT",
        "map_table_value": "Value",
        "map_table_class": "Class (colour on the map)",
        "map_table_rank": "Rank",
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
        "exports_title": "Export",
        "exports_help": "The map of the current view (with legend, scale, source and date) and "
        "the data behind it; a report for the chosen scope.",
        "exports_size": "Image size [px]",
        "exports_size_custom": "custom (400–4000 px)",
        "exports_width": "width",
        "exports_height": "height",
        "exports_map": "Map",
        "exports_data": "Data",
        "exports_report": "Report",
        "exports_png": "PNG",
        "exports_svg": "SVG",
        "exports_csv": "CSV",
        "exports_xlsx": "XLSX",
        "exports_geojson": "GeoJSON (WGS 84)",
        "exports_gpkg": "GeoPackage (PL-1992)",
        "exports_pdf": "State of the Metropolis report (PDF)",
        "exports_html": "State of the Metropolis report (HTML)",
        "exports_exported": "Exported",
        "report_progress": "Preparing the report: step {step} of {steps}…",
        "report_title": "State of the Metropolis report",
        "report_created": "Date",
        "report_gmina": "Gmina",
        "report_value": "Value",
        "report_rank": "Rank",
        "report_top": "Highest values",
        "report_bottom": "Lowest values",
        "report_series": "Time series: Kraków Metropolis (15 gminas)",
        "report_series_help": "The 15 gminas together: counts summed, rates as a "
        "population-weighted mean; only years in which every gmina has data. Dashed line: "
        "series break.",
        "report_notes": "Notes on sources and series breaks",
        "report_series_break": "From {year} population follows the 2021 census; earlier years "
        "are pre-census estimates, so the change into {year} joins two series.",
        "report_aggregation_sum": "For the Metropolis: the sum of the gminas.",
        "report_aggregation_population_weighted_mean": "For the Metropolis: the gminas' "
        "population-weighted mean.",
        "report_classes": "Maps: 5 quantile classes (mapclassify), ColorBrewer palettes; the "
        "latest year with data in the scope. Rank 1 = highest value.",
        "error_image_size": "Give an image width and height of 400 to 4000 px.",
        "bdl_title": "Refresh from GUS BDL",
        "bdl_help": "Fetches chosen variables of the Local Data Bank for the scope's gminas. New "
        "years go to the data store with their retrieval date; the build's data take "
        "precedence. Without an API key GUS allows 100 requests per 15 minutes, so Poland "
        "(25 pages a year) can take a while.",
        "bdl_variables": "BDL variables",
        "bdl_scope": "Scope",
        "bdl_years": "Years",
        "bdl_years_default": "Default: the years after the store's last",
        "bdl_start": "Fetch from BDL",
        "bdl_progress": "Variable {variable}, year {year}: page {page}/{pages} "
        "(step {step}/{steps}) …",
        "bdl_done": "Retrieved {date}. The new data are on the map and in the catalog "
        "(reload the page to see new years in the lists).",
        "bdl_nothing": "Retrieved {date}: BDL has no new data for the chosen years and gminas.",
        "bdl_column_variable": "Variable",
        "bdl_column_year": "Year",
        "bdl_column_fetched": "Rows fetched",
        "bdl_column_added": "New rows",
        "error_bdl_rate_limit": "GUS BDL refuses requests over its limit. Try again in 15 "
        "minutes or configure an API key (GEOPORTAL_BDL_CLIENT_ID).",
        "error_bdl_http": "GUS BDL answered with an error. Nothing was saved; try later.",
        "error_bdl_network": "GUS BDL cannot be reached. Nothing was saved.",
        "error_bdl_response": "GUS BDL gave an unexpected answer. Nothing was saved.",
        "error_bdl_variable": "Choose at least one BDL variable from the list.",
        "tab_upload": "Own data",
        "theme_own": "Own data",
        "upload_title": "Gminas' own data",
        "upload_help": "Upload a CSV or XLSX file (up to 5 MB): a column with the TERYT code or "
        "the gmina's name (with its type where names repeat, e.g. “Bochnia (urban gmina)”), "
        "one or more indicator columns, optionally a “year” column or year columns (2019, "
        "2020…). UTF-8 or Windows-1250, ; or , separators, decimal commas and spaces between "
        "thousands are recognised. Formulas are never run.",
        "upload_drop": "Drop a file here or click to choose one (CSV, XLSX)",
        "upload_scope": "Scope checked for completeness",
        "upload_column": "Indicator column to save",
        "upload_target": "Save as",
        "upload_target_new": "a new indicator",
        "upload_target_replace": "replace the values of: {name}",
        "upload_name_pl": "Name (Polish)",
        "upload_name_en": "English name (optional)",
        "upload_unit": "Unit",
        "upload_year": "Year of the data (when the file has no years)",
        "upload_source": "Source",
        "upload_definition": "Definition (optional)",
        "upload_polarity": "Direction",
        "upload_aggregation": "Aggregation in zones",
        "upload_aggregation_sum": "sum (counts)",
        "upload_aggregation_population_weighted_mean": "population-weighted mean (rates)",
        "upload_author": "Author",
        "upload_internal": "Internal use only",
        "upload_save": "Save the indicator",
        "upload_saved": "Saved the indicator “{name}” ({count} values). Reload the page to use it "
        "on the map, in the comparison and in zones.",
        "upload_replaced": "Replaced the values of “{name}” ({count} values).",
        "upload_deleted": "Deleted the indicator “{name}”.",
        "upload_list_title": "Own indicators",
        "upload_list_empty": "No indicator saved yet.",
        "upload_list_name": "Name",
        "upload_list_unit": "Unit",
        "upload_list_years": "Years",
        "upload_list_author": "Author",
        "upload_list_created": "Added",
        "upload_delete_choice": "Indicator to delete",
        "upload_delete": "Delete",
        "upload_confirm": "Delete the indicator “{name}” with its values? This cannot be undone.",
        "upload_summary": "Rows: {rows}; values recognised: {values}; columns: {columns}; "
        "years: {years}.",
        "upload_no_years": "none (give the year)",
        "upload_preview": "Preview (first rows as read)",
        "upload_key": "Key in the file",
        "upload_gmina": "Gmina",
        "upload_blocking": "To fix before saving",
        "upload_warnings": "Warnings",
        "upload_ok": "No problems found.",
        "upload_problem_non_numeric": "Cells that are not numbers ({count}), left out",
        "upload_problem_formula": "Formulas ({count}) are never run and were left out",
        "upload_problem_bad_years": "Invalid years ({count})",
        "upload_problem_all_non_numeric": "No value cell is a number",
        "upload_problem_ambiguous": "Names of several gminas ({count}): add the type or the "
        "TERYT code",
        "upload_problem_unknown": "Unknown codes or names ({count}), rows left out",
        "upload_problem_all_unknown": "No row names a known gmina",
        "upload_problem_duplicate_keys": "Repeated gminas ({count})",
        "upload_problem_markup": "HTML or script in names ({count}), shown as text",
        "upload_problem_missing": "Gminas of the scope without a value ({count})",
        "upload_problem_negative": "Negative values ({count}): impossible for counts",
        "upload_problem_implausible": "Outlying values ({count}): outside Q1 − 3·IQR … "
        "Q3 + 3·IQR (Tukey); check them",
        "error_upload_too_large": "The file is too large (limit 5 MB).",
        "error_upload_not_base64": "The file was not received. Upload it again.",
        "error_upload_unknown_format": "Unsupported file type: upload a CSV or XLSX.",
        "error_upload_empty": "The file is empty.",
        "error_upload_image": "This is an image, not a table. Upload a CSV or XLSX.",
        "error_upload_binary": "This is not a CSV text file. Upload a CSV or XLSX.",
        "error_upload_encoding": "The characters cannot be read: save the file in UTF-8 or "
        "Windows-1250 (not a mix).",
        "error_upload_not_xlsx": "The file is named .xlsx but is not an Excel workbook.",
        "error_upload_zip_not_xlsx": "This is a ZIP archive, not an Excel workbook.",
        "error_upload_zip_bomb": "The workbook unpacks to too large a size and was refused.",
        "error_upload_xlsx_unreadable": "The workbook cannot be read (damaged file).",
        "error_upload_no_sheets": "The workbook has no sheet.",
        "error_upload_no_rows": "The file has only a header, no data rows.",
        "error_upload_too_many_rows": "Too many rows (limit 20,000).",
        "error_upload_too_many_columns": "Too many columns (limit 60).",
        "error_upload_ragged_rows": "Some rows have more cells than the header.",
        "error_upload_blank_column_name": "A column without a name in the header.",
        "error_upload_duplicate_columns": "Two columns have the same name.",
        "error_upload_no_key": "No column with the TERYT code (“TERYT”, “code”) or the gmina's "
        "name (“gmina”, “name”).",
        "error_upload_no_values": "No column with indicator values.",
        "error_upload_mixed_layout": "Year columns (2019, 2020…) cannot stand beside other value "
        "columns or a “year” column.",
        "error_upload_blocked": "Not saved: fix the problems marked in the report.",
        "error_upload_column": "Choose an indicator column of the file.",
        "error_upload_no_year": "The file has no years: give the year of the data (1900–2100).",
        "error_user_indicator": "Not saved: give a name, a unit, a direction and an aggregation.",
        "access_sign_in": "Sign in",
        "access_sign_out": "Sign out",
        "access_title": "Sign in to the internal part",
        "access_username": "User name",
        "access_password": "Password",
        "access_back": "Back to the geoportal",
        "access_failed": "Wrong user name or password.",
        "access_locked": "Too many failed attempts. Try again in {seconds} s.",
        "access_csrf": "The form has expired. Reload the page and try again.",
        # --- security (issue 16): roles, uploads, limits, sign-in, accounts -----------------
        "error_upload_xml_entities": "The workbook declares a DTD or XML entities, which an "
        "Excel file does not need; it was refused. Save it again in Excel.",
        "error_upload_cell_too_long": "A cell holds more than 1,000 characters; that is not a "
        "gmina's name or a number. Correct the file.",
        "error_access_denied": "Not saved: only signed-in officials may change things, and only "
        "admins others' things and BDL data. Sign in again if your session has expired.",
        "access_write_note": "Signed-in officials can save and change.",
        "access_author_note": "The signed-in user will be the author.",
        "deck_internal": "internal (signed-in users only)",
        "audit_title": "Change log (admins)",
        "audit_export": "Download the log (CSV)",
        "audit_none": "No changes recorded yet.",
        "audit_at": "When (UTC)",
        "audit_who": "Who",
        "audit_action": "What",
        "audit_kind": "Kind",
        "audit_before": "Id before",
        "audit_after": "Id after",
        "audit_detail": "Description",
        "error_job_unknown": "The server holds no such BDL refresh result; the data were not "
        "reloaded.",
        "area_internal": "internal (signed-in officials only)",
        # --- two levels of functional areas (issue 21) ---
        "twolevel_title": "Two levels of functional areas",
        "twolevel_help": "Level 1: the core's (Kraków's) area among all the centres, with the "
        "secondary centres' areas nested in it (outline on the map). Level 2: for each gmina, "
        "the centre that pulls it most once the core is set aside (fills). A lighter shade: "
        "two centres pull the gmina about equally. α, β, the attractiveness and the flow "
        "matrix are set in the gravitation models above.",
        "twolevel_method_title": "About the method",
        "twolevel_method_huff": "Huff (1963): P_ij = A_j^α·d_ij^−β / Σ_k A_k^α·d_ik^−β. The "
        "second level is P_ij / (1 − P_i,core), the strongest pull after the core; by Luce's "
        "choice axiom this equals Huff's model computed without the core. The model has no "
        "distance limit: without other centres its first level reaches the scope's edge.",
        "twolevel_method_flows": "Flows: the share of a gmina's outflow (2023 out-migration or "
        "2021 census commuting) going to each centre, out of the outflow that does not go to "
        "the core. GUS leaves out pairs under 3 persons: a missing pair means 0–2 persons, so "
        "flows are lower bounds.",
        "twolevel_method_nd": "Nystuen and Dacey (1961): a gmina is subordinate to the larger "
        "gmina receiving its largest flow; a region is the top of a chain. Second-order chains "
        "leave the core out: a gmina whose largest outflow goes to Kraków and second to "
        "Wieliczka belongs to Wieliczka's area. The chosen centres head their own regions.",
        "twolevel_method_sleszynski": "Śleszyński (2013) delimits urban functional areas by "
        "functional (commuting, migration) and socio-economic criteria; here the same idea "
        "is repeated on the second level, around the centres inside the core's area.",
        "twolevel_method_refs": "Huff, D. L. (1963), Land Economics 39(1), 81–90, "
        "doi:10.2307/3144521. Nystuen, J. D., Dacey, M. F. (1961), Papers of the Regional "
        "Science Association 7, 29–42, doi:10.1007/BF01969070. Śleszyński, P. (2013), "
        "Przegląd Geograficzny 85(2), 173–197, doi:10.7163/PrzG.2013.2.2.",
        "twolevel_core": "Core (level 1)",
        "twolevel_centres": "Secondary centres (1–6)",
        "twolevel_model": "Second-level model",
        "twolevel_model_huff": "Huff: the strongest pull after the core",
        "twolevel_model_flows": "Flows: the largest share of the outflow beyond the core",
        "twolevel_model_nystuen_dacey": "Nystuen–Dacey: second-order chains",
        "twolevel_tolerance": "Overlap: the second centre pulls at least (1 − t) times the "
        "first; t =",
        "twolevel_legend_core": "{name} — core",
        "twolevel_legend_overlap": "{name} — overlapping with another centre",
        "twolevel_legend_none": "no second-level centre",
        "twolevel_legend_first": "outline: the core's area (level 1)",
        "twolevel_hover_core": "core",
        "twolevel_hover_centre": "secondary centre",
        "twolevel_hover_first": "level 1: in the core's area ({core})",
        "twolevel_hover_outside": "level 1: outside the core's area ({core})",
        "twolevel_hover_member": "level 2: {centre}",
        "twolevel_hover_pull": "pull after the core: {pull} %",
        "twolevel_hover_overlap": "overlaps with: {other}",
        "twolevel_hover_top": "nodal region: {top}",
        "twolevel_hover_none": "level 2: none (outflow only to the core or to another region)",
        "twolevel_hover_gap": "no outflow data",
        "twolevel_area": "Area",
        "twolevel_level": "Level",
        "twolevel_gminas": "Gminas",
        "twolevel_in_first": "In the core's area",
        "twolevel_population": "Population",
        "twolevel_captured": "Flow to the centre (persons)",
        "twolevel_captured_share": "Share of outflow to the centre",
        "twolevel_core_share": "Share of outflow to the core",
        "twolevel_overlaps": "Overlap (gminas)",
        "twolevel_members": "Gminas of the area",
        "twolevel_flows_note": "Flows: {kind}. GUS leaves out pairs under 3 persons, so the "
        "flows are lower bounds; “—” means no data.",
        "twolevel_name": "Name of the set, e.g. “Areas 2024”",
        "twolevel_save": "Save both levels",
        "twolevel_saved": "Saved areas ({count}): {names}.",
        "twolevel_saved_name": "{prefix} — {centre} (level {level})",
        "twolevel_name_taken": "Not saved: the name “{name}” is already used.",
        "centres_title": "Centres proposed by the data",
        "centres_help": "A gmina is proposed when it ranks in the scope's top (15 % of the "
        "gminas other than the core) by population and meets at least one other criterion: "
        "in-migration from gminas other than the core, population density, the number of "
        "gminas whose largest outflow after the core goes to it, or the extra indicator. The "
        "proposal replaces the list of centres; add or drop centres afterwards.",
        "centres_extra": "Extra criterion (e.g. REGON entities, once in the gmina data)",
        "centres_propose": "Propose centres",
        "centres_regon": "REGON entities are in the data for powiats only; upload gmina values "
        "in the “Own data” tab to use them as the extra criterion.",
        "centres_gmina": "Gmina",
        "centres_reasons": "Criteria met",
        "centres_proposed": "Proposed",
        "centres_yes": "yes",
        "centres_no": "no",
        "crit_population": "population {value} (rank {rank})",
        "crit_inflow": "in-migrants from beyond the core {value} (rank {rank})",
        "crit_density": "density {value} per km² (rank {rank})",
        "crit_dependants": "largest outflow after the core from {value} gminas (rank {rank})",
        "crit_extra": "{name}: {value} (rank {rank})",
        "pull_title": "Gravitation toward a chosen gmina",
        "pull_help": "For every gmina of the scope: the share of its outflow that goes to the "
        "chosen gmina, or its Huff probability of choosing it over the centres of the "
        "gravitation models above, and their change over time where the data hold two years. "
        "Classified as on the indicator map.",
        "pull_gmina": "Destination gmina",
        "pull_measure": "Measure",
        "pull_measure_outflow_share": "Share of outflow to the gmina (%)",
        "pull_measure_huff": "Huff probability (%)",
        "pull_measure_outflow_share_change": "Change of the outflow share (pp)",
        "pull_measure_huff_change": "Change of the Huff probability (pp)",
        "pull_suppressed": "0–2 persons (pair left out by GUS)",
        "pull_target": "destination gmina",
        "pull_unit_share": "%",
        "pull_unit_change": "pp",
        "pull_origins": "The gmina's largest sources of inflow (flow map)",
        "sens_title": "Sensitivity of the areas to β and the attractiveness",
        "sens_help": "Huff's areas (both levels) computed for β = 1, 1.5, 2, 2.5, 3 and each "
        "chosen attractiveness indicator. A gmina's assignment is robust when every run gives "
        "it the same second-level centre.",
        "sens_indicators": "Attractiveness indicators (1–3)",
        "sens_run": "Attractiveness, β",
        "sens_first": "Core's area",
        "sens_robust": "{robust} of {total} gminas have the same second-level centre in all "
        "{runs} runs.",
        "sens_stability": "Agreement",
        "sens_modal": "Most frequent centre",
        "sens_alternatives": "Other assignments",
        "sens_varies": "assignment varies",
        "report_area_series": "Time series: {name}",
        "report_area_series_help": "The area's gminas together: counts summed, rates as a "
        "population-weighted mean; only years in which every gmina has data. Dashed line: "
        "series break. The area is outlined on the maps.",
        "report_area_aggregation_sum": "For the area {name}: the sum of the gminas.",
        "report_area_aggregation_population_weighted_mean": "For the area {name}: the gminas' "
        "population-weighted mean.",
        "carea_title": "Compare areas (aggregates)",
        "carea_help": "Indicators summed (counts) or averaged with population weights (rates) "
        "over each area's gminas — areas saved in the “Functional areas” tab, both levels of "
        "centres included, and SMK and KOM 2003. Coverage: the part of the area (its area or "
        "population) with data.",
        "carea_areas": "Areas (2–6)",
        "carea_need": "Choose 2 to 6 areas.",
        "carea_indicator": "Indicator",
        "carea_coverage": "coverage {share} %",
        "error_second_level": "The second level cannot be made: choose 1 to 6 centres other "
        "than the core, all within the scope.",
        "error_pull": "Gravitation cannot be shown: choose a gmina and at least one other centre "
        "(Huff), and a change over time only for data with two years (the migration matrix "
        "has one, 2023).",
        # spatial analysis and outlook tab (callbacks/spatial/)
        "tab_spatial": "Spatial analysis and outlook",
        "spatial_title": "Clusters of values: spatial autocorrelation",
        "spatial_help": "Global Moran's I tells whether gminas with similar values neighbour each "
        "other more often than if the values were placed at random (I > 0: clusters, I < 0: a "
        "checkerboard). Local Moran's I (LISA) finds clusters of high and of low values and "
        "gminas unusual for their neighbourhood; Getis–Ord Gi* finds hot and cold spots. "
        "Significance: {permutations} conditional permutations with a fixed seed (a view and its "
        "link give the same map). Gminas without data or neighbours are left out and shown apart. "
        "Distances in PUWG 1992 (EPSG:2180) between the gminas' centroids.",
        "spatial_weights": "Neighbours (weights)",
        "spatial_weights_queen": "contiguity (queen): a shared border or point",
        "spatial_weights_knn": "k nearest gminas",
        "spatial_weights_distance": "gminas within a radius (km)",
        "spatial_k": "k — neighbours (for k nearest)",
        "spatial_km": "Radius in km (for the radius)",
        "spatial_significance": "Significance level",
        "spatial_mode": "Map",
        "spatial_mode_lisa": "LISA clusters (local Moran's I)",
        "spatial_mode_gi": "hot and cold spots (Getis–Ord Gi*)",
        "cluster_hh": "High-High (cluster of high values)",
        "cluster_ll": "Low-Low (cluster of low values)",
        "cluster_hl": "High-Low (high among low)",
        "cluster_lh": "Low-High (low among high)",
        "cluster_hot": "hot spot (Gi*)",
        "cluster_cold": "cold spot (Gi*)",
        "cluster_ns": "not significant",
        "cluster_island": "no neighbours (left out)",
        "spatial_stats": "Global Moran's I = {i} (expected {ei}), z = {z}, "
        "p from {permutations} permutations = {p}, p under normality = {pn}; gminas analysed: {n}.",
        "spatial_islands": "Gminas without neighbours under these weights (left out): {names}.",
        "spatial_components": "Under these weights the gminas form {count} unconnected groups "
        "(no neighbour links between them).",
        "spatial_missing": "Gminas without data this year (left out, “no data” on the map): "
        "{count}.",
        "spatial_scatter_title": "Moran scatterplot",
        "spatial_x_axis": "Gmina's value (standardised)",
        "spatial_y_axis": "Neighbours' mean (spatial lag)",
        "spatial_slope": "slope = Moran's I = {i}",
        "spatial_save_title": "Save a cluster as an area",
        "spatial_save_category": "Choose a cluster",
        "spatial_save": "Save area",
        "spatial_saved": "Saved the area “{name}” ({gminas}): it is in “Area on the map”, "
        "in the gmina comparison and in the outlook.",
        "error_spatial_stats": "The statistics cannot be computed: at least 5 gminas with data "
        "and neighbours and values that vary are needed; k from 1 to 30 (fewer than the gminas), "
        "a radius from 0 to 500 km.",
        "outlook_title": "Population outlook to 2035 (components of change)",
        "outlook_help": "For each gmina: the population at 31 XII 2024 (GUS, Tabl. IV) changed "
        "year by year by births, deaths and net migration (internal and international): "
        "P(t) = P(t−1) + B(t) − D(t) + M(t). The 2024 rates per person are held, or change as "
        "they did 2020→2024 for the chosen number of years; migration can be halved or doubled. "
        "Migration's level is 2024's or the 2014–2024 mean (BDL's 1995–2023 series in "
        "Małopolska, the years 2020 and 2024 elsewhere). An area (SMK, KOM, a saved area) is "
        "the sum of its gminas.",
        "outlook_cannot": "What this outlook cannot say: the data have no single-year ages, so "
        "there is no cohort-component model — the population does not age, and rates held "
        "assume the age structure of 2024 (ageing would raise deaths and lower births). 2020 "
        "was a year of excess deaths (COVID-19): the 2020→2024 trend overstates the fall in "
        "deaths. Population up to 2019 and from 2020 are two series (the 2021 census break), so "
        "no trend reaches back before 2020. These are what-if scenarios, not an official GUS "
        "projection.",
        "outlook_districts": "Kraków's districts: no outlook can be made. The data hold one year "
        "for the 18 districts (residents registered for permanent stay on 31 XII 2019, city "
        "register) — no births, deaths or migration and no series of years; splitting Kraków's "
        "outlook by 2019 shares would not be a district outlook.",
        "outlook_backtest": "Back-test of the same method (absolute percentage error per gmina): "
        "2015→2019 from 2010–2014, rates held — median {pre_median}%, 90th percentile "
        "{pre_p90}% ({pre_n} gminas; population unchanged: median {pre_constant}%); trend "
        "continued — median {trend_median}%, 90th percentile {trend_p90}%; 2020→2024 from the "
        "2020 rates — median {rebased_median}%, 90th percentile {rebased_p90}% ({rebased_n} "
        "gminas, starting 2020 in Małopolska, 2021 elsewhere; unchanged: {rebased_constant}%). "
        "Migration at its 2011–2014 mean instead of 2014's (2015→2019, Małopolska, BDL's "
        "series): median {mean_median}%, 90th percentile {mean_p90}% against "
        "{mean_held_median}% and {mean_held_p90}%.",
        "outlook_rates": "Birth, death and migration rates",
        "outlook_rates_held": "held (2024 level)",
        "outlook_rates_trend": "2020→2024 trend continued",
        "outlook_trend_years": "Years the trend goes on (then held)",
        "outlook_migration": "Net migration × (½ halved, 2 doubled)",
        "outlook_measure": "On the map",
        "outlook_measure_change": "change since 2024, %",
        "outlook_measure_population": "population, persons",
        "outlook_gmina_hint": "Click a gmina on the map for its series and outlook.",
        "outlook_backtest_gmina": "{name} in the back-tests: 2015→2019 error {pre}%, "
        "2020→2024 error {rebased}%.",
        "outlook_area": "Area in the chart",
        "outlook_projection": "outlook",
        "outlook_unit": "Population at 31 XII, persons",
        "outlook_export_csv": "Download the outlook table (CSV)",
        "outlook_export_xlsx": "Download the outlook table (XLSX)",
        "outlook_scenario": "rates: {rates}; trend years: {years}; migration: {base} × {migration}",
        "outlook_migration_base": "Migration level",
        "outlook_migration_base_2024": "2024's",
        "outlook_migration_base_mean": "the 2014–2024 mean (BDL's series in Małopolska, 2020 "
        "and 2024 elsewhere)",
        "outlook_col_teryt": "TERYT",
        "outlook_col_name": "Gmina",
        "outlook_col_year": "Year",
        "outlook_col_population": "Population 31 XII",
        "outlook_col_births": "Live births",
        "outlook_col_deaths": "Deaths",
        "outlook_col_net_migration": "Net migration",
        "outlook_col_scenario": "Scenario",
        "error_projection": "The outlook cannot be computed: trend years from 0 to 11, a "
        "migration factor from 0 to 3.",
        "compare_area_pick": "…or the gminas of a saved area (e.g. a LISA cluster, up to 15)",
        "area_kind_cluster": "LISA cluster",
        "report_clusters": "Clusters of the key indicators (local Moran's I, LISA)",
        "report_clusters_help": "Each indicator in the year of its page: queen contiguity, 999 "
        "conditional permutations with a fixed seed, p ≤ 0.05. Red: clusters of high values, "
        "blue: of low values, light: gminas unlike their neighbours; under each map the global "
        "Moran's I and its p. Gminas without data are left out.",
        "report_outlook": "Population outlook of the Kraków Metropolis to 2035",
        "report_outlook_help": "The sum of the 15 gminas' outlooks by components of change: the "
        "population at 31 XII 2024 changed each year by births, deaths and net migration at the "
        "rates of GUS Tabl. IV (2024; the 2020→2024 trend for 5 years; migration halved or "
        "doubled). No single-year age structure (the population does not age); 2020 a year of "
        "excess deaths (COVID-19); the population series breaks between 2019 and 2020. "
        "Back-test on the Metropolis' gminas (absolute percentage error): 2015→2019 from "
        "2010–2014 median {pre_median}%, 90th percentile {pre_p90}%; 2020→2024 from the 2020 "
        "rates median {rebased_median}%, 90th percentile {rebased_p90}%.",
        "report_scenario": "Scenario",
        "report_change": "Change 2024–2035, %",
        "report_scenario_held": "rates held",
        "report_scenario_trend": "2020→2024 trend (5 years)",
        "report_scenario_migration_half": "migration halved",
        "report_scenario_migration_double": "migration doubled",
        # Gmina card (server/card.py)
        "card_title": "Gmina card",
        "card_link": "Gmina card",
        "card_link_pdf": "Gmina card (PDF)",
        "card_pick": "Choose a gmina to open its card",
        "card_figures": "Key figures",
        "card_figures_caption": "Latest year with data and change over 5 and 10 years "
        "(† the period crosses the 2019/2020 break of the population series)",
        "card_standing": "Against the Metropolis, Małopolska and Poland",
        "card_standing_help": "The gmina's rank / gminas with data · median (quartiles 1–3) "
        "in the same year; no rank where the gmina is not part of the area.",
        "card_neighbourhood": "Neighbourhood",
        "card_map_alt": "Map: {title}; the gmina {gmina} outlined among its neighbours, "
        "quantile classes of the neighbourhood.",
        "card_flows": "Permanent migration: main partners",
        "card_flows_out": "moves to",
        "card_flows_in": "moves from",
        "card_flows_note": "Migration {year} (GUS): pairs of gminas with fewer than 3 moves "
        "are omitted by GUS, so a missing pair means 0–2.",
        "card_notes": "Sources and notes",
        "card_sources": "Sources",
        "card_break": "Population up to 2019 is the pre-census estimate, from {year} it is "
        "rebased on the 2021 census: changes across that year join two series.",
        "card_created": "Created",
        "card_indicator": "Indicator",
        "card_year": "Year",
        "card_value": "Value",
        "card_change_5": "Change over 5 years",
        "card_change_10": "Change over 10 years",
        "card_direction": "Direction",
        "card_partner": "Gmina",
        "card_volume": "Persons",
        "card_share": "Share",
        "card_teryt": "TERYT code",
        "card_type": "Type",
        "card_powiat": "Powiat",
        "card_voivodeship": "Voivodeship",
        "card_areas": "Member of",
        "card_unknown": "There is no gmina with the TERYT code {teryt}.",
        "error_source_file": "A source file is missing or malformed.",
        "error_store_missing": "There is no data store: build it with “flask --app app build”.",
        "error_catalog": "The indicator catalog is inconsistent.",
        "error_user": "Not done: check the user name (2–40 characters: a–z, 0–9, . _ -), the "
        "role, the password (at least 10 characters) and that the user exists.",
        "error_database_schema": "The database schema cannot be brought to this program's "
        "version: nothing was changed.",
        "cli_failed": "Error: {reason} ({detail})",
        "cli_store_current": "The data store is up to date: {store}",
        "cli_store_written": "Data store written: {store} ({gminas} gminas, {values} values)",
        "cli_password": "Password",
        "cli_password_repeat": "Repeat the password",
        "cli_user_added": "User {username} ({role}) added.",
        "cli_user_removed": "User {username} and their tokens removed.",
        "cli_users_none": "There are no users yet.",
        "cli_password_set": "Password of {username} changed; their sessions have ended.",
        "cli_signed_out": "Every session of {username} has ended.",
        "cli_token_revoked": "Token {token} revoked.",
        "cli_bdl_saved": "Saved: {path}",
        "cli_commuting_imported": "Commuting imported into {store}: {pairs} gmina pairs, "
        "{commuters} commuters from {rows} rows; {dropped} rows left out "
        "(unknown codes: {unknown})",
        "cli_db_revision": "Database schema revision: {current}; newest: {head}.",
        "cli_db_none": "none",
        "cli_revision_written": "Migration written: {path}",
        "cli_revision_none": "The migrated database matches the schema: no migration written.",
        # the read API (server/api.py)
        "api_title": "Kraków Metropolis Geoportal – API",
        "api_description": "Gmina layers and indicators in the style of OGC API – Features.",
        "collection_gminas": "Gminas (PRG, simplified) with indicators",
        "collection_powiats": "Powiats (PRG, simplified)",
        "collection_voivodeships": "Voivodeships (PRG, simplified)",
        "collection_smk": "Gminas of the Kraków Metropolis (SMK) with indicators",
        "collection_kom2003": "Gminas of KOM 2003 with indicators",
        "collection_saved-areas": "Saved areas (delimitations and zones)",
        "collection_indicators": "Indicator catalog (no geometry)",
        "cli_data_checks": "Data checks ({file}): {found}",
        "cli_nothing_found": "nothing found",
        # --- data quality: breaks, gaps, source dates (issue 17) ---
        "panel_break_territory": "boundary change",
        "panel_break_area": "area change",
        "panel_break_area_note": "area {before} → {after} km²",
        "catalog_source_date": "Source date",
        "catalog_source_published": "published {date}",
        "catalog_source_retrieved": "retrieved {date}",
        "catalog_source_as_of": "as of {date}",
        # accessibility (issue 19)
        "skip_to_map": "Skip to the map",
        "delimit_threshold": "Threshold",
        "tabs_label": "Sections of the geoportal",
        "zone_lon": "Longitude of the centre (°E)",
        "zone_lat": "Latitude of the centre (°N)",
        "flows_count": "Number of flows shown",
    },
}


def text(key: str, lang: str) -> str:
    """Return the text of ``key`` in ``lang`` (Polish for an unknown language)."""
    return TEXTS.get(lang, TEXTS[DEFAULT_LANG])[key]


def counted(count: int, noun: str, lang: str) -> str:
    """Return a count with its noun in the form the count asks for ("1 gmina", "3 gminy", "5 gmin").

    ``noun`` is the key of a text holding the noun's forms separated by ``|``, in the order
    of :data:`layers.render.numbers.PLURAL_FORMS` for the language.
    """
    return f"{formatted(count, 0, lang)} {inflected(count, text(noun, lang).split('|'), lang)}"


def error_text(error: GeoportalError, lang: str) -> str:
    """Return what the user reads of a domain error in ``lang`` (its code's text if it has one)."""
    key = f"error_{error.code}"
    return text(key, lang) if key in TEXTS[language(lang)] else str(error)


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


LANG_COOKIE = "lang"


def requested_language() -> str:
    """Return the language of ``?lang=``, else of the cookie it left, else Polish."""
    if not flask.has_request_context():
        return language(None)
    request = flask.request
    return language(request.values.get(LANG_COOKIE) or request.cookies.get(LANG_COOKIE))


def remember_language(response: flask.Response) -> flask.Response:
    """Keep ``?lang=`` in a cookie, so the layout request that follows the page gets it."""
    if LANG_COOKIE in flask.request.args:
        response.set_cookie(LANG_COOKIE, requested_language(), samesite="Lax", httponly=True)
    return response


def break_texts(lang: str) -> BreakTexts:
    """Return the texts of a gmina's own break marks on a time series, in ``lang``."""
    names = ("territory", "area", "area_note")  # keys panel_break_<name>
    return BreakTexts(*(text(f"panel_break_{name}", lang) for name in names))
