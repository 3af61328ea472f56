"""The text keys built at run time: every key each family can take, listed; no key built in code."""

from __future__ import annotations

import ast
import inspect
from dataclasses import fields
from pathlib import Path

import pytest

from callbacks.audit import HEADERS
from layers import errors
from layers.analysis import catalog, catchment, classify, dataset, delimitation, flows, scopes
from layers.analysis.levels import DISTRICTS
from layers.analysis.zone_request import MODES
from layers.ingest.invariants import CHECKS
from layers.render.features_api import COLLECTIONS
from layers.render.report import ReportTexts
from layers.store.audit import Change
from server import text_keys
from server.export_texts import REPORT_KEYS
from server.i18n import LANGUAGES, has_text
from server.text_keys import ERROR_KEYS, N_

ROOT = Path(__file__).resolve().parents[2]

EVERY_KEY = {
    "AGGREGATION_KEYS": ["upload_aggregation_population_weighted_mean", "upload_aggregation_sum"],
    "AREA_EXPORT_KEYS": [
        "export_geojson_EPSG_2180",
        "export_geojson_EPSG_4326",
        "export_gpkg_EPSG_2180",
        "export_gpkg_EPSG_4326",
    ],
    "AREA_KEYS": ["area_kom2003", "area_smk"],
    "AREA_KIND_KEYS": ["area_kind_cluster", "area_kind_delimitation", "area_kind_zone"],
    "CLUSTER_KEYS": ["cluster_hh", "cluster_hl", "cluster_lh", "cluster_ll", "cluster_ns"],
    "COLLECTION_KEYS": [
        "collection_gminas",
        "collection_indicators",
        "collection_kom2003",
        "collection_powiats",
        "collection_saved-areas",
        "collection_smk",
        "collection_voivodeships",
    ],
    "COMPARE_MAP_KEYS": ["compare_map_a", "compare_map_b"],
    "DELIMIT_VS_KEYS": ["delimit_vs_kom2003", "delimit_vs_smk"],
    "ERROR_KEYS": [
        "error_access_denied",
        "error_bdl_http",
        "error_bdl_network",
        "error_bdl_rate_limit",
        "error_bdl_response",
        "error_bdl_variable",
        "error_catalog",
        "error_commuting_codes",
        "error_commuting_count",
        "error_commuting_file",
        "error_commuting_header",
        "error_commuting_negative",
        "error_commuting_sheet",
        "error_comparison",
        "error_database_schema",
        "error_database_unavailable",
        "error_delimitation",
        "error_export",
        "error_flow",
        "error_gravity",
        "error_image_size",
        "error_job_unknown",
        "error_level_scope",
        "error_manual_breaks",
        "error_map_view",
        "error_no_data",
        "error_print_note",
        "error_projection",
        "error_pull",
        "error_saved_area",
        "error_saved_view",
        "error_second_level",
        "error_similarity",
        "error_source_file",
        "error_spatial_stats",
        "error_store_missing",
        "error_unknown_indicator",
        "error_upload_binary",
        "error_upload_blank_column_name",
        "error_upload_blocked",
        "error_upload_cell_too_long",
        "error_upload_column",
        "error_upload_duplicate_columns",
        "error_upload_empty",
        "error_upload_encoding",
        "error_upload_image",
        "error_upload_mixed_layout",
        "error_upload_no_key",
        "error_upload_no_rows",
        "error_upload_no_sheets",
        "error_upload_no_values",
        "error_upload_no_year",
        "error_upload_not_base64",
        "error_upload_not_xlsx",
        "error_upload_ragged_rows",
        "error_upload_too_large",
        "error_upload_too_many_columns",
        "error_upload_too_many_rows",
        "error_upload_unknown_format",
        "error_upload_xlsx_unreadable",
        "error_upload_xml_entities",
        "error_upload_zip_bomb",
        "error_upload_zip_not_xlsx",
        "error_user",
        "error_user_indicator",
        "error_years_choice",
        "error_zone",
    ],
    "EXPORT_KEYS": [
        "exports_csv",
        "exports_geojson",
        "exports_gpkg",
        "exports_html",
        "exports_pdf",
        "exports_png",
        "exports_svg",
        "exports_xlsx",
    ],
    "FLOW_DIRECTION_KEYS": ["flows_in", "flows_out"],
    "FLOW_KIND_KEYS": ["flows_kind_commuting", "flows_kind_migration"],
    "LAYER_KEYS": [
        "layer_basemap",
        "layer_districts",
        "layer_labels",
        "layer_powiats",
        "layer_smk",
        "layer_voivodeships",
    ],
    "MODEL_KEYS": [
        "model_flows",
        "model_huff",
        "model_huff_probability",
        "model_nystuen_dacey",
        "model_reilly",
    ],
    "POLARITY_KEYS": ["polarity_higher_better", "polarity_higher_worse", "polarity_neutral"],
    "QUALITY_ACTION_KEYS": [
        "catalog_quality_action_dropped",
        "catalog_quality_action_listed",
        "catalog_quality_action_merged",
        "catalog_quality_action_missing",
    ],
    "QUALITY_CHECK_KEYS": [
        "catalog_quality_check_implausible",
        "catalog_quality_check_jump",
        "catalog_quality_check_other_territory",
        "catalog_quality_check_parts_total",
        "catalog_quality_check_split_merged",
        "catalog_quality_check_split_territory",
        "catalog_quality_check_unit_parts",
        "catalog_quality_check_unmatched_code",
        "catalog_quality_check_zero_gap",
        "catalog_quality_check_zero_year",
    ],
    "REASON_KEYS": [
        "reason_core",
        "reason_criteria",
        "reason_enclave_filled",
        "reason_exclave_dropped",
        "reason_not_met",
    ],
    "SCHEME_KEYS": [
        "scheme_equal_interval",
        "scheme_fisher_jenks",
        "scheme_head_tail",
        "scheme_manual",
        "scheme_quantiles",
        "scheme_std_mean",
    ],
    "SCOPE_KEYS": [
        "scope_districts",
        "scope_kom2003",
        "scope_malopolska",
        "scope_poland",
        "scope_smk",
    ],
    "SEPARATOR_KEYS": ["compare_separator_comma", "compare_separator_semicolon"],
    "SOURCE_DATE_KEYS": [
        "catalog_source_as_of",
        "catalog_source_published",
        "catalog_source_retrieved",
    ],
    "THEME_KEYS": [
        "theme_demography",
        "theme_finance",
        "theme_housing",
        "theme_labour",
        "theme_migration",
        "theme_own",
        "theme_territory",
    ],
    "TYPE_KEYS": ["type_1", "type_2", "type_3"],
    "UPLOAD_PROBLEM_KEYS": [
        "upload_problem_all_non_numeric",
        "upload_problem_all_unknown",
        "upload_problem_ambiguous",
        "upload_problem_bad_years",
        "upload_problem_duplicate_keys",
        "upload_problem_formula",
        "upload_problem_implausible",
        "upload_problem_markup",
        "upload_problem_missing",
        "upload_problem_negative",
        "upload_problem_non_numeric",
        "upload_problem_unknown",
    ],
    "ZONE_KEYS": ["zone_buffer", "zone_circle", "zone_lasso"],
}
"""Every key of each family, written out: a key added, renamed or dropped shows here."""

DOMAINS = {
    "SCOPE_KEYS": {*scopes.SCOPES, DISTRICTS},
    "AREA_KEYS": set(dataset.AREAS),
    "SCHEME_KEYS": set(classify.SCHEMES),
    "POLARITY_KEYS": set(catalog.POLARITIES),
    "AGGREGATION_KEYS": set(catalog.AGGREGATIONS),
    "SOURCE_DATE_KEYS": set(catalog.SOURCE_DATE_KINDS),
    "REASON_KEYS": set(delimitation.REASONS),
    "MODEL_KEYS": set(catchment.MODELS),
    "FLOW_KIND_KEYS": set(flows.FLOW_KINDS),
    "ZONE_KEYS": set(MODES) - {"saved"},  # a saved area is named by itself
    "QUALITY_CHECK_KEYS": set(CHECKS),
    "COLLECTION_KEYS": set(COLLECTIONS),
}
"""The values of the layers each family is looked up by: each has its key."""

WITHOUT_TEXT = {
    "error",
    "wrong_crs",
    "upload",
    "features_api",
    "unknown_gmina",
    "sign_in_throttled",
}
"""Error codes shown by their message: internal, per-instance (upload_…) or answered elsewhere."""


def families() -> dict[str, dict[str, str]]:
    return {
        name: value
        for name, value in vars(text_keys).items()
        if name.endswith("_KEYS") and isinstance(value, dict)
    }


def test_every_family_lists_every_key_it_can_take():
    found = {name: sorted(keys.values()) for name, keys in families().items()}
    assert found == EVERY_KEY


@pytest.mark.parametrize("family", sorted(DOMAINS))
def test_every_value_of_the_layers_has_its_key(family):
    assert set(families()[family]) == DOMAINS[family]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_key_of_every_family_has_its_text(lang):
    for family in families().values():
        for key in family.values():
            assert has_text(key, lang), key


def test_every_error_code_has_its_text_or_shows_its_message():
    classes = inspect.getmembers(errors, inspect.isclass)
    codes = {c.code for _, c in classes if issubclass(c, errors.GeoportalError)}
    assert codes - set(ERROR_KEYS) == WITHOUT_TEXT


def test_the_local_families_cover_their_fields():
    shared = {"scope", "attribution", "nodata", "exported", "source", "lang"}
    report = {f.name for f in fields(ReportTexts) if f.name not in shared}
    assert set(REPORT_KEYS) == {name for name in report if not name.startswith("cluster_")}
    assert set(HEADERS) == {f.name for f in fields(Change)}


def test_a_marked_key_is_itself():
    assert N_("scope_smk") == "scope_smk"


LOOK_UPS = {"text": 0, "text_in": 1, "counted": 1, "say": 0}
"""The functions that take a text key, and the position of the key."""


def built_keys() -> list[str]:
    """Return where code builds a key it looks up (an f-string or ``+``), never extractable."""
    found = []
    paths = [ROOT / "app.py", *ROOT.glob("callbacks/**/*.py"), *ROOT.glob("server/**/*.py")]
    for path in paths:
        for node in ast.walk(ast.parse(path.read_text())):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
                continue
            at = LOOK_UPS.get(node.func.id, len(node.args))
            if at < len(node.args) and isinstance(node.args[at], ast.JoinedStr | ast.BinOp):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    return found


def test_no_key_is_built_in_code():
    assert built_keys() == []
