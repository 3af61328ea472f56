"""Made-up catalog entries for tests of formulas, values and checks."""

from __future__ import annotations

from layers.analysis.catalog import Indicator


def made_indicator(
    indicator_id: str,
    formula: dict | None = None,
    years: tuple[int, ...] = (2019,),
    **fields: object,
) -> Indicator:
    """Return an indicator with empty texts; ``formula`` defaults to the variable of its id."""
    return Indicator(
        id=indicator_id,
        name_pl=indicator_id,
        name_en=indicator_id,
        unit_pl="",
        unit_en="",
        theme="demography",
        source="test",
        definition_pl="",
        definition_en="",
        years=years,
        polarity="neutral",
        aggregation="sum",
        formula=formula or {"variable": indicator_id},
        **fields,
    )
