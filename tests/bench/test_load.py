"""``bench.load`` drives the real app: one user's session under gunicorn answered without error.

It fails loudly when a callback the session uses changes (its inputs, its outputs, or
an answer that is no longer a 200 without an alert).
"""

from __future__ import annotations

from pathlib import Path

from bench.dash_wire import Callback, split_output
from bench.load import STEPS, SWITCH_MAP, Options, free_port, run
from bench.load_browser import Answer


def test_one_user_goes_through_every_step_without_error(store_dir: Path):
    options = Options(
        port=free_port(),
        store=store_dir,
        think=(0.0, 0.0),
        ramp=0.0,
        seed=7,
        server_env={"GEOPORTAL_GUNICORN_WORKERS": "1"},
    )
    result = run(1, options)

    assert result.results.errors == dict.fromkeys((*STEPS, SWITCH_MAP), 0)
    assert all(result.results.milliseconds.get(step) for step in STEPS)
    assert len(result.results.milliseconds[SWITCH_MAP]) >= 4  # indicators and years, 2 scopes
    assert len(result.memory_mb) == 2  # the master and its one worker
    (worker,) = result.worker_pids
    assert 0 < result.fresh_mb[worker][0] <= result.memory_mb[1][0]  # it grew as it served


def test_an_alert_or_a_server_error_counts_as_an_error():
    callback = Callback("a.children", split_output("a.children"), (("b", "value"),), (), True)
    alert = (
        b'{"multi": true, "response": {"a": {"children": {"props": '
        b'{"children": "Brak danych", "className": "alert", "role": "alert"}}}}}'
    )
    fine = b'{"multi": true, "response": {"a": {"children": "ok"}}}'

    assert Answer(callback, 200, 1.0, fine).ok
    assert Answer(callback, 204, 1.0, b"").ok
    assert Answer(callback, 200, 1.0, alert).failure == "alert: Brak danych"
    assert Answer(callback, 500, 1.0, b"<html>Internal Server Error</html>").failure == "HTTP 500"
    lost = Answer(callback, 0, 1.0, b"ConnectionError: ... RemoteDisconnected('closed')")
    assert lost.failure == "connection lost: ConnectionError: ... RemoteDisconnected('closed')"
