"""Every user-visible text in English, by the Polish texts' keys; read by server/i18n.py."""

from __future__ import annotations

TEXTS_EN: dict[str, str] = {
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
    "delimit_contiguous": "Only an area contiguous with the core (no exclaves, enclaves filled)",
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
    "error_map_view": "The map settings cannot be read. "
    "Choose the indicator, year and classes again.",
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
    "bdl_progress": "Variable {variable}, year {year}: page {page}/{pages} (step {step}/{steps}) …",
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
    "upload_problem_ambiguous": "Names of several gminas ({count}): add the type or the TERYT code",
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
    "error_job_unknown": "The server holds no such BDL refresh result; the data were not reloaded.",
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
    "twolevel_tolerance": "Overlap: the second centre pulls at least (1 − t) times the first; t =",
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
    "spatial_missing": "Gminas without data this year (left out, “no data” on the map): {count}.",
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
    # map-first layout (issue 18): the control panel beside a map
    "panel_hide": "Hide panel",
    "panel_show": "Show panel",
    # --- cartographic polish (polish18) ---
    "compare_similar_legend": "Outline: {name} and similar gminas ({count})",
}
