"""The text keys code builds at run time, each family declared with every key it can take.

A call site looks a value up here (``text(SCOPE_KEYS[scope], lang)``) instead of building the key
(``f"scope_{scope}"``): ``pybabel extract`` finds every key (``N_``), a value without a key fails
loudly, and ``tests/server/test_text_keys.py`` lists every key of each family.
"""

from __future__ import annotations


def N_(key: str) -> str:  # noqa: N802 (gettext's name for a key marked, not yet looked up)
    """Return ``key`` as it is: marks a key that code looks up later, for ``pybabel extract``."""
    return key


SCOPE_KEYS = {
    "smk": N_("scope_smk"),
    "kom2003": N_("scope_kom2003"),
    "malopolska": N_("scope_malopolska"),
    "poland": N_("scope_poland"),
    "districts": N_("scope_districts"),
}
"""Each scope's name (:data:`layers.analysis.scopes.SCOPES` and Kraków's districts)."""

AREA_KEYS = {"smk": N_("area_smk"), "kom2003": N_("area_kom2003")}
"""Each fixed area's name (:data:`layers.analysis.dataset.AREAS`)."""

AREA_KIND_KEYS = {
    "cluster": N_("area_kind_cluster"),
    "delimitation": N_("area_kind_delimitation"),
    "zone": N_("area_kind_zone"),
}
"""Each kind of saved area."""

SCHEME_KEYS = {
    "quantiles": N_("scheme_quantiles"),
    "equal_interval": N_("scheme_equal_interval"),
    "fisher_jenks": N_("scheme_fisher_jenks"),
    "head_tail": N_("scheme_head_tail"),
    "std_mean": N_("scheme_std_mean"),
    "manual": N_("scheme_manual"),
}
"""Each classification (:data:`layers.analysis.classify.SCHEMES`)."""

LAYER_KEYS = {
    "basemap": N_("layer_basemap"),
    "smk": N_("layer_smk"),
    "powiats": N_("layer_powiats"),
    "voivodeships": N_("layer_voivodeships"),
    "districts": N_("layer_districts"),
    "labels": N_("layer_labels"),
}
"""Each reference layer of the map."""

TYPE_KEYS = {"1": N_("type_1"), "2": N_("type_2"), "3": N_("type_3")}
"""Each gmina type by the 7th digit of its TERYT code."""

THEME_KEYS = {
    "demography": N_("theme_demography"),
    "labour": N_("theme_labour"),
    "migration": N_("theme_migration"),
    "finance": N_("theme_finance"),
    "territory": N_("theme_territory"),
    "housing": N_("theme_housing"),
    "own": N_("theme_own"),
}
"""Each theme of the indicator catalog."""

POLARITY_KEYS = {
    "higher_better": N_("polarity_higher_better"),
    "higher_worse": N_("polarity_higher_worse"),
    "neutral": N_("polarity_neutral"),
}
"""Each indicator direction (:data:`layers.analysis.catalog.POLARITIES`)."""

REASON_KEYS = {
    "core": N_("reason_core"),
    "criteria": N_("reason_criteria"),
    "enclave_filled": N_("reason_enclave_filled"),
    "exclave_dropped": N_("reason_exclave_dropped"),
    "not_met": N_("reason_not_met"),
}
"""Why a gmina is in or out of a delimitation (:data:`layers.analysis.delimitation.REASONS`)."""

DELIMIT_VS_KEYS = {"smk": N_("delimit_vs_smk"), "kom2003": N_("delimit_vs_kom2003")}
"""A delimitation compared with a fixed area."""

MODEL_KEYS = {
    "huff": N_("model_huff"),
    "huff_probability": N_("model_huff_probability"),
    "reilly": N_("model_reilly"),
    "flows": N_("model_flows"),
    "nystuen_dacey": N_("model_nystuen_dacey"),
}
"""Each gravitation model (:data:`layers.analysis.catchment.MODELS`)."""

FLOW_KIND_KEYS = {"migration": N_("flows_kind_migration"), "commuting": N_("flows_kind_commuting")}
"""Each kind of flow (:data:`layers.analysis.flows.FLOW_KINDS`), ``{year}`` to fill."""

FLOW_DIRECTION_KEYS = {"out": N_("flows_out"), "in": N_("flows_in")}
"""Each direction of a gmina's flows."""

ZONE_KEYS = {"circle": N_("zone_circle"), "buffer": N_("zone_buffer"), "lasso": N_("zone_lasso")}
"""Each way of drawing a zone."""

COMPARE_MAP_KEYS = {"a": N_("compare_map_a"), "b": N_("compare_map_b")}
"""The two maps side by side."""

SEPARATOR_KEYS = {
    "comma": N_("compare_separator_comma"),
    "semicolon": N_("compare_separator_semicolon"),
}
"""Each CSV separator."""

EXPORT_KEYS = {
    "png": N_("exports_png"),
    "svg": N_("exports_svg"),
    "csv": N_("exports_csv"),
    "xlsx": N_("exports_xlsx"),
    "geojson": N_("exports_geojson"),
    "gpkg": N_("exports_gpkg"),
    "pdf": N_("exports_pdf"),
    "html": N_("exports_html"),
}
"""Each export format's button."""

AREA_EXPORT_KEYS = {
    "geojson:EPSG:4326": N_("export_geojson_EPSG_4326"),
    "gpkg:EPSG:4326": N_("export_gpkg_EPSG_4326"),
    "geojson:EPSG:2180": N_("export_geojson_EPSG_2180"),
    "gpkg:EPSG:2180": N_("export_gpkg_EPSG_2180"),
}
"""Each file a saved area downloads as (format and CRS)."""

CLUSTER_KEYS = {
    "hh": N_("cluster_hh"),
    "ll": N_("cluster_ll"),
    "hl": N_("cluster_hl"),
    "lh": N_("cluster_lh"),
    "ns": N_("cluster_ns"),
}
"""Each LISA cluster of a report."""

QUALITY_CHECK_KEYS = {
    "parts_total": N_("catalog_quality_check_parts_total"),
    "unit_parts": N_("catalog_quality_check_unit_parts"),
    "zero_year": N_("catalog_quality_check_zero_year"),
    "split_merged": N_("catalog_quality_check_split_merged"),
    "split_territory": N_("catalog_quality_check_split_territory"),
    "unmatched_code": N_("catalog_quality_check_unmatched_code"),
    "zero_gap": N_("catalog_quality_check_zero_gap"),
    "other_territory": N_("catalog_quality_check_other_territory"),
    "implausible": N_("catalog_quality_check_implausible"),
    "jump": N_("catalog_quality_check_jump"),
}
"""Each data check of the build (:data:`layers.ingest.invariants.CHECKS`)."""

QUALITY_ACTION_KEYS = {
    "missing": N_("catalog_quality_action_missing"),
    "merged": N_("catalog_quality_action_merged"),
    "dropped": N_("catalog_quality_action_dropped"),
    "listed": N_("catalog_quality_action_listed"),
}
"""What the build did with a finding."""

SOURCE_DATE_KEYS = {
    "published": N_("catalog_source_published"),
    "retrieved": N_("catalog_source_retrieved"),
    "as_of": N_("catalog_source_as_of"),
}
"""Each kind of source date (:data:`layers.analysis.catalog.SOURCE_DATE_KINDS`), with ``{date}``."""

AGGREGATION_KEYS = {
    "sum": N_("upload_aggregation_sum"),
    "population_weighted_mean": N_("upload_aggregation_population_weighted_mean"),
}
"""Each way an own indicator adds up (:data:`layers.analysis.catalog.AGGREGATIONS`)."""

UPLOAD_PROBLEM_KEYS = {
    "non_numeric": N_("upload_problem_non_numeric"),
    "formula": N_("upload_problem_formula"),
    "bad_years": N_("upload_problem_bad_years"),
    "all_non_numeric": N_("upload_problem_all_non_numeric"),
    "ambiguous": N_("upload_problem_ambiguous"),
    "unknown": N_("upload_problem_unknown"),
    "all_unknown": N_("upload_problem_all_unknown"),
    "duplicate_keys": N_("upload_problem_duplicate_keys"),
    "markup": N_("upload_problem_markup"),
    "missing": N_("upload_problem_missing"),
    "negative": N_("upload_problem_negative"),
    "implausible": N_("upload_problem_implausible"),
}
"""Each problem an upload check finds in a table, ``{count}`` to fill."""

COLLECTION_KEYS = {
    "gminas": N_("collection_gminas"),
    "powiats": N_("collection_powiats"),
    "voivodeships": N_("collection_voivodeships"),
    "smk": N_("collection_smk"),
    "kom2003": N_("collection_kom2003"),
    "saved-areas": N_("collection_saved-areas"),
    "indicators": N_("collection_indicators"),
}
"""Each collection of the features API (:data:`layers.render.features_api.COLLECTIONS`)."""

ERROR_KEYS = {
    "saved_view": N_("error_saved_view"),
    "database_unavailable": N_("error_database_unavailable"),
    "commuting_file": N_("error_commuting_file"),
    "commuting_sheet": N_("error_commuting_sheet"),
    "commuting_header": N_("error_commuting_header"),
    "commuting_count": N_("error_commuting_count"),
    "commuting_negative": N_("error_commuting_negative"),
    "commuting_codes": N_("error_commuting_codes"),
    "gravity": N_("error_gravity"),
    "zone": N_("error_zone"),
    "delimitation": N_("error_delimitation"),
    "flow": N_("error_flow"),
    "saved_area": N_("error_saved_area"),
    "comparison": N_("error_comparison"),
    "similarity": N_("error_similarity"),
    "export": N_("error_export"),
    "level_scope": N_("error_level_scope"),
    "manual_breaks": N_("error_manual_breaks"),
    "map_view": N_("error_map_view"),
    "no_data": N_("error_no_data"),
    "unknown_indicator": N_("error_unknown_indicator"),
    "image_size": N_("error_image_size"),
    "years_choice": N_("error_years_choice"),
    "bdl_rate_limit": N_("error_bdl_rate_limit"),
    "bdl_http": N_("error_bdl_http"),
    "bdl_network": N_("error_bdl_network"),
    "bdl_response": N_("error_bdl_response"),
    "bdl_variable": N_("error_bdl_variable"),
    "upload_too_large": N_("error_upload_too_large"),
    "upload_not_base64": N_("error_upload_not_base64"),
    "upload_unknown_format": N_("error_upload_unknown_format"),
    "upload_empty": N_("error_upload_empty"),
    "upload_image": N_("error_upload_image"),
    "upload_binary": N_("error_upload_binary"),
    "upload_encoding": N_("error_upload_encoding"),
    "upload_not_xlsx": N_("error_upload_not_xlsx"),
    "upload_zip_not_xlsx": N_("error_upload_zip_not_xlsx"),
    "upload_zip_bomb": N_("error_upload_zip_bomb"),
    "upload_xlsx_unreadable": N_("error_upload_xlsx_unreadable"),
    "upload_no_sheets": N_("error_upload_no_sheets"),
    "upload_no_rows": N_("error_upload_no_rows"),
    "upload_too_many_rows": N_("error_upload_too_many_rows"),
    "upload_too_many_columns": N_("error_upload_too_many_columns"),
    "upload_ragged_rows": N_("error_upload_ragged_rows"),
    "upload_blank_column_name": N_("error_upload_blank_column_name"),
    "upload_duplicate_columns": N_("error_upload_duplicate_columns"),
    "upload_no_key": N_("error_upload_no_key"),
    "upload_no_values": N_("error_upload_no_values"),
    "upload_mixed_layout": N_("error_upload_mixed_layout"),
    "upload_blocked": N_("error_upload_blocked"),
    "upload_column": N_("error_upload_column"),
    "upload_no_year": N_("error_upload_no_year"),
    "user_indicator": N_("error_user_indicator"),
    "upload_xml_entities": N_("error_upload_xml_entities"),
    "upload_cell_too_long": N_("error_upload_cell_too_long"),
    "access_denied": N_("error_access_denied"),
    "job_unknown": N_("error_job_unknown"),
    "second_level": N_("error_second_level"),
    "pull": N_("error_pull"),
    "spatial_stats": N_("error_spatial_stats"),
    "projection": N_("error_projection"),
    "source_file": N_("error_source_file"),
    "store_missing": N_("error_store_missing"),
    "catalog": N_("error_catalog"),
    "user": N_("error_user"),
    "database_schema": N_("error_database_schema"),
    "print_note": N_("error_print_note"),
}
"""The text of each domain error code that has one (:attr:`layers.errors.GeoportalError.code`).

A code without one (an internal error) shows its message."""
