"""Domain errors: ValueErrors with stable, distinct codes."""

from __future__ import annotations

from layers import errors


def test_codes_are_distinct_and_errors_are_value_errors() -> None:
    classes = [
        value
        for value in vars(errors).values()
        if isinstance(value, type) and issubclass(value, errors.GeoportalError)
    ]
    codes = [cls.code for cls in classes]

    assert len(classes) >= 8
    assert len(set(codes)) == len(codes)
    assert all(issubclass(cls, ValueError) for cls in classes)
    assert errors.NoDataError.code == "no_data"
    assert errors.SourceFileError("x.csv: bad").args == ("x.csv: bad",)
