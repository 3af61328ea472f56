"""Domain errors: each has a stable ``code`` that the UI turns into user text."""

from __future__ import annotations


class GeoportalError(ValueError):
    """Base class of the project's domain errors."""

    code = "error"


class SourceFileError(GeoportalError):
    """A source file of the data build is missing or malformed."""

    code = "source_file"


class StoreMissingError(GeoportalError):
    """The processed data store has not been built."""

    code = "store_missing"


class CatalogError(GeoportalError):
    """The indicator catalog is inconsistent."""

    code = "catalog"


class WrongCrsError(GeoportalError):
    """Geometries are in the wrong coordinate reference system."""

    code = "wrong_crs"


class UnknownIndicatorError(GeoportalError):
    """An indicator id that the catalog does not hold."""

    code = "unknown_indicator"


class ManualBreaksError(GeoportalError):
    """Manual class breaks that cannot be used."""

    code = "manual_breaks"


class MapViewError(GeoportalError):
    """A map's settings that do not make a view (a malformed or tampered address)."""

    code = "map_view"


class NoDataError(GeoportalError):
    """No gmina of the scope has a value for the indicator and year."""

    code = "no_data"


class ComparisonError(GeoportalError):
    """A gmina comparison that cannot be made (selection size, missing indicators or data)."""

    code = "comparison"


class ExportError(GeoportalError):
    """A table export with unusable settings (separator, decimal mark, sheet name)."""

    code = "export"


class ImageSizeError(ExportError):
    """An exported image whose width or height is missing or outside the allowed range."""

    code = "image_size"


class SavedAreaError(GeoportalError):
    """A saved area that cannot be stored or found."""

    code = "saved_area"


class GravityError(GeoportalError):
    """A gravity model that cannot be computed (populations, attractiveness, centres)."""

    code = "gravity"


class FlowError(GeoportalError):
    """A flow query that cannot be answered (direction, kind, year, unknown gmina)."""

    code = "flow"


class SecondLevelError(GravityError):
    """Second-level areas that cannot be made (core among the centres, no secondary centre)."""

    code = "second_level"


class PullError(GravityError):
    """Gravitation toward a gmina that cannot be mapped (unknown measure or gmina, one year)."""

    code = "pull"


class DelimitationError(GeoportalError):
    """A delimitation that cannot be made (unknown scope, core outside the scope, bad settings)."""

    code = "delimitation"


class ZoneError(GeoportalError):
    """A zone that cannot be drawn (radius or distance not positive, too few points, no gmina)."""

    code = "zone"


class SimilarityError(ComparisonError):
    """A look-alike search without indicators, with k < 1, or for a gmina without data."""

    code = "similarity"


class SavedViewError(GeoportalError):
    """A saved view or presentation that cannot be stored or found."""

    code = "saved_view"


class BdlError(GeoportalError):
    """A GUS BDL request that failed: ``code`` says why (limit, HTTP status, network, response).

    Codes: ``bdl_rate_limit`` (429 answers beyond the retries), ``bdl_http`` (a 4xx
    answer, or 5xx answers beyond the retries), ``bdl_network`` (no connection or a
    time-out beyond the retries), ``bdl_response`` (an answer that is not the documented
    JSON), ``bdl_variable`` (a variable the connector does not know).
    """

    code = "bdl_http"

    def __init__(self, message: str, code: str = "bdl_http") -> None:
        super().__init__(message)
        self.code = code


class UploadError(GeoportalError):
    """An uploaded file that cannot be read as a table of indicator values.

    Unlike the other errors, the ``code`` is per instance (``upload_empty``,
    ``upload_zip_bomb``…): one class, many precise reasons, each with its own user text.
    """

    code = "upload"

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = f"upload_{code}"


class UserIndicatorError(GeoportalError):
    """A user indicator that cannot be stored, replaced or found."""

    code = "user_indicator"


class CommutingMatrixError(GeoportalError):
    """A commuting workbook that cannot be imported (not a readable XLSX, no usable rows)."""

    code = "commuting_file"


class CommutingSheetError(CommutingMatrixError):
    """The workbook has no sheet ``Macierz przepływów``."""

    code = "commuting_sheet"


class CommutingHeaderError(CommutingMatrixError):
    """No header row with the residence and workplace code columns was found."""

    code = "commuting_header"


class CommutingCountError(CommutingMatrixError):
    """A commuter count that is not a whole number (text, empty or fractional)."""

    code = "commuting_count"


class CommutingNegativeError(CommutingMatrixError):
    """A negative commuter count."""

    code = "commuting_negative"


class CommutingCodesError(CommutingMatrixError):
    """No row of the workbook names two known gminas."""

    code = "commuting_codes"


class UserError(GeoportalError):
    """A user or token that cannot be added, found or removed."""

    code = "user"


class FeaturesApiError(GeoportalError):
    """A read API request with a bad parameter or for something that does not exist."""

    code = "features_api"

    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.status = status


class DatabaseUnavailableError(GeoportalError):
    """The database of saved items cannot be reached: nothing was read or written."""

    code = "database_unavailable"
    status = 503
    """The HTTP status of a request that needed the database (Service Unavailable)."""


class SpatialStatsError(GeoportalError):
    """Spatial statistics that cannot be made (weights settings, too few gminas, no variance)."""

    code = "spatial_stats"


class ProjectionError(GeoportalError):
    """A population outlook that cannot be made (scenario settings, no base data, unknown area)."""

    code = "projection"


class UnknownGminaError(GeoportalError):
    """A TERYT code that is not a gmina of the store."""

    code = "unknown_gmina"


class DatabaseSchemaError(GeoportalError):
    """The database's schema cannot be brought to this code's revision (see migrations)."""

    code = "database_schema"


class AccessDeniedError(GeoportalError):
    """A change the asker may not make: not signed in, not the item's author, or not an admin."""

    code = "access_denied"


class SignInThrottledError(GeoportalError):
    """Too many failed sign-ins from one address (for one user): wait ``retry_after`` seconds."""

    code = "sign_in_throttled"

    def __init__(self, retry_after: float) -> None:
        super().__init__(f"retry after {retry_after:.0f} s")
        self.retry_after = retry_after


class LevelScopeError(GeoportalError):
    """An indicator the chosen scope cannot show (a gmina indicator on Kraków's districts)."""

    code = "level_scope"


class PrintNoteError(ExportError):
    """A print layout's note that is too long (more than the layout's limit of characters)."""

    code = "print_note"


class YearsChoiceError(GeoportalError):
    """Small multiples asked for no year, or for more years than fit side by side."""

    code = "years_choice"
