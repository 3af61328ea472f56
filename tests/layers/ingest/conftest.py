"""Fixtures of the ingest tests: the Metropolis' gminas, the scope uploads are checked against."""

from __future__ import annotations

import pandas as pd
import pytest

from layers.analysis.scopes import scope_codes


@pytest.fixture(scope="session")
def smk(dataset) -> pd.Index:
    """Codes of the Metropolis (SMK) in the real store."""
    return scope_codes("smk", dataset.codes, dataset.areas)
