"""Files of the current map view: the map (PNG, SVG) and the data behind it (CSV to GPKG)."""

from __future__ import annotations

import pandas as pd

from layers.analysis.crs import DISPLAY_CRS, METRIC_CRS
from layers.analysis.dataset import Dataset
from layers.errors import ExportError
from layers.render.alt_text import map_alt_text, png_text, svg_with_text
from layers.render.choropleth import ViewRequest, classed_values, scope_gminas
from layers.render.export import area_file, csv_bytes, xlsx_bytes
from layers.render.static_map import MapStyle, map_figure, png_bytes, svg_bytes
from layers.render.view_table import view_geodata, view_table

MAP_FORMATS = ("png", "svg")
DATA_FORMATS = ("csv", "xlsx", "geojson", "gpkg")
GEOMETRY_CRS = {"geojson": DISPLAY_CRS, "gpkg": METRIC_CRS}
"""CRS of each geometry format: GeoJSON in WGS 84 (RFC 7946), GeoPackage in PUWG 1992."""
CSV_STYLE = {"pl": (";", ","), "en": (",", ".")}
"""CSV field separator and decimal mark by language."""
LAYER = "widok"
"""Layer name inside a GeoPackage."""


def view_file(
    dataset: Dataset,
    request: ViewRequest,
    file_format: str,
    style: MapStyle,
    labels: pd.Series,
) -> bytes:
    """Return one file of a map view.

    Parameters
    ----------
    dataset
        Loaded data.
    request
        The view, as the browser map shows it (same classes and colours).
    file_format
        One of :data:`MAP_FORMATS` or :data:`DATA_FORMATS`.
    style
        Texts (with their language), size, outlined area and date of the map; the data
        files take the language and the no-data label from it.
    labels
        Gmina display names by TERYT.

    Returns
    -------
    bytes
        PNG or SVG of :func:`layers.render.static_map.map_figure`, with its text
        alternative (:mod:`layers.render.alt_text`: PNG text chunks, SVG title and desc);
        or the rows of :func:`layers.render.view_table.view_table` as CSV (UTF-8 with BOM;
        ``;`` and decimal commas in Polish), XLSX, GeoJSON (EPSG:4326) or GeoPackage
        (EPSG:2180), text cells neutralised against formula injection.

    Raises
    ------
    ExportError
        For an unknown format.
    UnknownIndicatorError, NoDataError, ManualBreaksError
        When the view cannot be computed.
    """
    if file_format not in MAP_FORMATS + DATA_FORMATS:
        raise ExportError(f"unknown format {file_format!r}")
    classed = classed_values(dataset, request)
    gminas = scope_gminas(dataset, classed.units)
    if file_format in MAP_FORMATS:
        figure = map_figure(gminas, classed, request, style)
        alt = map_alt_text(classed, request, style.texts)
        if file_format == "png":
            return png_bytes(figure, png_text(alt))
        return svg_with_text(svg_bytes(figure), alt)
    lang = style.texts.lang
    table = view_table(classed, request, labels, lang=lang, nodata=style.texts.nodata)
    if file_format == "csv":
        separator, decimal = CSV_STYLE.get(lang, CSV_STYLE["pl"])
        return csv_bytes(table, separator=separator, decimal=decimal)
    if file_format == "xlsx":
        return xlsx_bytes(table)
    crs = GEOMETRY_CRS[file_format]
    return area_file(view_geodata(table, gminas), file_format, crs, LAYER)


def view_file_name(request: ViewRequest, file_format: str) -> str:
    """Return a meaningful download name, e.g. ``mapa_population_2023_smk.png``."""
    kind = "mapa" if file_format in MAP_FORMATS else "dane"
    return f"{kind}_{request.indicator}_{request.year}_{request.scope}.{file_format}"
