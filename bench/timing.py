"""Timing shared by the benches."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def median_ms(function: Callable[[], object], runs: int) -> float:
    """Return the median wall time of ``runs`` calls of ``function``, in milliseconds."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        function()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)
