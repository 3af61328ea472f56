"""Every user-visible text in Polish (the app's first language), by key; server/i18n.py reads it."""

from __future__ import annotations

TEXTS_PL: dict[str, str] = {
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
    "show_outdated": "Część ustawień tego widoku jest nieaktualna; pokazano ustawienia domyślne.",
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
    "gravity_flow_kind": "Macierz przepływów (ośrodek dominujący, Nystuen–Dacey, mapa przepływów)",
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
    "compare_gminas_help": "Wpisz nazwę (także bez polskich znaków) albo kliknij gminę na mapie.",
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
    "error_map_view": "Nie można odczytać ustawień mapy. Wybierz wskaźnik, rok i klasy ponownie.",
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
    "report_aggregation_population_weighted_mean": "Dla Metropolii: średnia ważona ludnością gmin.",
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
    "bdl_progress": "Zmienna {variable}, rok {year}: strona {page}/{pages} (krok {step}/{steps}) …",
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
    "spatial_missing": "Gminy bez danych w tym roku (pominięte, na mapie „brak danych”): {count}.",
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
    "error_store_missing": "Nie ma magazynu danych: zbuduj go poleceniem „flask --app app build”.",
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
    # układ mapy (issue 18): panel sterowania obok mapy
    "panel_hide": "Ukryj panel",
    "panel_show": "Pokaż panel",
    # --- cartographic polish (polish18) ---
    "compare_similar_legend": "Obrys: {name} i gminy podobne ({count})",
}
