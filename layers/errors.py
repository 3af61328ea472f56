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


class NoDataError(GeoportalError):
    """No gmina of the scope has a value for the indicator and year."""

    code = "no_data"


class ComparisonError(GeoportalError):
    """A gmina comparison that cannot be made (selection size, missing indicators or data)."""

    code = "comparison"


class ExportError(GeoportalError):
    """A table export with unusable settings (separator, decimal mark, sheet name)."""

    code = "export"


class SavedAreaError(GeoportalError):
    """A saved area that cannot be stored or found."""

    code = "saved_area"


class GravityError(GeoportalError):
    """A gravity model that cannot be computed (populations, attractiveness, centres)."""

    code = "gravity"


class FlowError(GeoportalError):
    """A flow query that cannot be answered (direction, kind, year, unknown gmina)."""

    code = "flow"


class DelimitationError(GeoportalError):
    """A delimitation that cannot be made (unknown scope, core outside the scope, bad settings)."""

    code = "delimitation"


class ZoneError(GeoportalError):
    """A zone that cannot be drawn (radius or distance not positive, too few points, no gmina)."""

    code = "zone"


class SimilarityError(ComparisonError):
    """A look-alike search without indicators, with k < 1, or for a gmina without data."""

    code = "similarity"


class UserError(GeoportalError):
    """A user or token that cannot be added, found or removed."""

    code = "user"


class FeaturesApiError(GeoportalError):
    """A read API request with a bad parameter or for something that does not exist."""

    code = "features_api"

    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.status = status
