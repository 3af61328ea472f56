"""Latency per step and memory per worker of N simulated users against gunicorn (issue 7).

Run: ``python -m bench.load`` (after ``python -m layers.ingest.build``; the store is
``GEOPORTAL_STORE_DIR`` if set). Options: ``--users 10 50 100``, ``--port`` (default: one
the system picks), ``--think 0.5 2.0``, ``--ramp 10``, ``--seed 7``, ``--workers`` and
``--threads`` (default: ``gunicorn.conf.py``'s).

For each number of users it starts ``gunicorn app:server`` afresh on 127.0.0.1 (the
project's ``gunicorn.conf.py``, the real store, a throwaway SQLite database and jobs
directory), waits for ``/healthz``, and runs that many users in threads, one HTTP session
each, starting at seeded random moments over the ramp. Every user goes through the same
session with seeded choices, pausing a seeded think time (uniform over ``--think``,
seconds) between actions. Each action sends what the browser sends (``bench.load_browser``
builds the requests from the app's own layout and callback graph; ``bench.load_user`` holds
the user and its session, this module the runner):

1. open explorer: ``/``, ``/_dash-layout``, ``/_dash-dependencies`` and every callback
   Dash fires when the page opens (the comparison and areas tabs wait for their first
   showing);
2. switch indicator/year: two indicators, each followed by a year, on the SMK scope;
3. switch scope to Poland (the Poland geometry drawn, so workers load that scope), then
   switch indicator/year twice more there;
4. open comparison: the tab, a few Małopolska gminas, a chart indicator;
5. run Huff: the tab, a subset of the default centres, then another β;
6. export CSV: back to the map tab, the CSV button.

An answer counts as an error unless it is a 200 Dash answer without an alert (or a 204,
the callback leaving things as they were), and an action whose target output (the map,
the table, the download…) is not answered counts one error more. The table gives the
latency of each request per step (ms, client side) and, for the indicator/year switches,
the map callback alone (the target). Before the loaded runs one user runs alone, the
unloaded baseline; the loaded p95 is shown as a multiple of it. After each run: the
resident memory (RSS; USS, the part not shared with other processes) of every worker, and
what it was when the worker started, before the users came: the floor a worker inherits
from the preloaded master.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psutil

from bench import dash_wire
from bench.dash_wire import Page
from bench.load_browser import Browser
from bench.load_user import STEPS, SWITCH_MAP, Results, User, run_session

ROOT = Path(__file__).resolve().parent.parent
START_TIMEOUT_S = 120
TARGET_USERS, TARGET_SWITCH_P95_MS, TARGET_RSS_MB = 50, 500, 400


def free_port() -> int:
    """Return a port the system considers free on 127.0.0.1."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def healthy(url: str) -> bool:
    """Whether ``/healthz`` answers 200."""
    try:
        with urllib.request.urlopen(f"{url}/healthz", timeout=5) as response:
            return response.status == 200
    except OSError:
        return False


@contextmanager
def gunicorn(port: int, store: Path, server_env: dict[str, str]) -> Iterator[psutil.Process]:
    """Run ``gunicorn app:server`` with a throwaway database until the block ends."""
    with tempfile.TemporaryDirectory(prefix="geoportal-load-") as work:
        env = {
            **os.environ,
            **server_env,
            "GEOPORTAL_STORE_DIR": str(store),
            "GEOPORTAL_DATABASE_PATH": str(Path(work) / "db.sqlite"),
            "GEOPORTAL_JOBS_DIR": str(Path(work) / "jobs"),
            "GEOPORTAL_GUNICORN_BIND": f"127.0.0.1:{port}",
        }
        with (Path(work) / "gunicorn.log").open("w") as log:
            server = subprocess.Popen(
                [sys.executable, "-m", "gunicorn", "app:server"],
                cwd=ROOT,
                env=env,
                stdout=log,
                stderr=log,
            )
            try:
                deadline = time.monotonic() + START_TIMEOUT_S
                while not healthy(f"http://127.0.0.1:{port}") and server.poll() is None:
                    if time.monotonic() > deadline:
                        raise TimeoutError("gunicorn did not answer /healthz")
                    time.sleep(0.5)
                if server.poll() is not None:
                    log.flush()
                    tail = (Path(work) / "gunicorn.log").read_text()[-2000:]
                    raise RuntimeError(f"gunicorn stopped:\n{tail}")
                yield psutil.Process(server.pid)
            finally:
                server.terminate()
                server.wait(timeout=60)


def read_page(url: str) -> Page:
    """Return the page every user's browser reads (layout and callbacks)."""
    answers = []
    for path in dash_wire.PAGE_PATHS:
        with urllib.request.urlopen(f"{url}{path}", timeout=60) as response:
            answers.append(json.load(response))
    return Page.read(*answers)


@dataclass(frozen=True)
class Options:
    """How a run is made (from the command line)."""

    port: int
    store: Path
    think: tuple[float, float]
    ramp: float
    seed: int
    server_env: dict[str, str]


@dataclass
class Run:
    """What one run measured."""

    users: int
    results: Results
    seconds: float
    client_cpu_s: float
    memory_mb: list[tuple[float, float, float]]
    """RSS, PSS and USS (MB) of the gunicorn master, then of each worker, after the run."""
    worker_pids: list[int]
    """The workers' process ids, in the order of ``memory_mb[1:]``."""
    fresh_mb: dict[int, tuple[float, float, float]]
    """The same by process id, of each worker before the users came (at most a ``/healthz``
    answered): what it inherits from the master."""
    load: tuple[float, float, float]


def run(users: int, options: Options) -> Run:
    """Run ``users`` simulated users against a fresh gunicorn; return the measures."""
    with gunicorn(options.port, options.store, options.server_env) as master:
        fresh = {process.pid: megabytes(process) for process in started_workers(master)}
        url = f"http://127.0.0.1:{options.port}"
        page, results = read_page(url), Results()
        threads = []
        for index in range(users):
            rng = random.Random(options.seed * 100_000 + index)
            user = User(Browser(url, page), rng, options.think, results)
            delay = rng.uniform(0, options.ramp) if users > 1 else 0.0
            threads.append(threading.Thread(target=run_session, args=(user, delay)))
        cpu, start = psutil.Process().cpu_times(), time.perf_counter()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        seconds = time.perf_counter() - start
        after = psutil.Process().cpu_times()
        workers = master.children()
        memory = [megabytes(process) for process in (master, *workers)]
        load = os.getloadavg()
    client_cpu = after.user + after.system - cpu.user - cpu.system
    pids = [process.pid for process in workers]
    return Run(users, results, seconds, client_cpu, memory, pids, fresh, load)


def started_workers(master: psutil.Process) -> list[psutil.Process]:
    """Return the master's workers once their number has held for a second (at most 15 s)."""
    workers, deadline = master.children(), time.monotonic() + 15
    while time.monotonic() < deadline:
        time.sleep(1)
        now = master.children()
        if len(now) == len(workers):
            return now
        workers = now
    return workers


def megabytes(process: psutil.Process) -> tuple[float, float, float]:
    """Return a process's memory in MB: resident (RSS), its share of it (PSS), its own (USS).

    PSS counts each page shared with the preloaded master and the other workers as a
    fraction (1 / the number of processes sharing it); USS counts only unshared pages.
    """
    full = process.memory_full_info()
    return full.rss / 2**20, full.pss / 2**20, full.uss / 2**20


def print_run(result: Run, baseline: Run | None) -> None:
    """Print a run's table, its workers' memory and its targets."""
    requests = sum(
        len(times) for step, times in result.results.milliseconds.items() if step != SWITCH_MAP
    )
    print(
        f"\n{result.users} user(s): {requests} requests in {result.seconds:.0f} s "
        f"({requests / result.seconds:.1f}/s), bench client CPU {result.client_cpu_s:.0f} s, "
        f"load average {result.load[0]:.2f} {result.load[1]:.2f} {result.load[2]:.2f}"
    )
    print(
        f"{'step':<30}{'requests':>9}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}{'errors':>8}"
        + ("  p95 / 1 user" if baseline else "")
    )
    for step in (*STEPS[:2], SWITCH_MAP, *STEPS[2:]):
        count, p50, p95, p99 = result.results.percentiles(step)
        line = f"{step:<30}{count:>9}{p50:>9.0f}{p95:>9.0f}{p99:>9.0f}"
        line += f"{result.results.errors.get(step, 0):>8}"
        if baseline:
            line += f"{p95 / baseline.results.percentiles(step)[2]:>14.1f}"
        print(line)
    (master_rss, master_pss, _), *workers = result.memory_mb
    pairs = zip(result.worker_pids, workers, strict=True)
    for number, (pid, (rss, pss, uss)) in enumerate(pairs, 1):
        fresh = result.fresh_mb.get(pid)
        started = f"RSS {fresh[0]:.0f} MB (USS {fresh[2]:.0f})" if fresh else "not measured"
        print(
            f"worker {number}: RSS {rss:.0f} MB (PSS {pss:.0f}, USS {uss:.0f}) after the run; "
            f"{started} when started"
        )
    print(f"master (preloaded, shared): RSS {master_rss:.0f} MB (PSS {master_pss:.0f})")
    if result.results.failures:
        print("errors:", dict(result.results.failures))


def targets(result: Run) -> dict[str, Any]:
    """Return the run's figures against issue 7's targets."""
    switch_p95 = result.results.percentiles(SWITCH_MAP)[2]
    errors = sum(result.results.errors.values())
    rss = max(rss for rss, _, _ in result.memory_mb[1:])
    return {
        "users": result.users,
        "switch_p95_ms": round(switch_p95),
        "errors": errors,
        "max_worker_rss_mb": round(rss),
        "switch_met": switch_p95 <= TARGET_SWITCH_P95_MS and errors == 0,
        "rss_met": rss <= TARGET_RSS_MB,
    }


def arguments(argv: list[str] | None) -> tuple[list[int], Options]:
    """Return the user counts and the run options of the command line."""
    parser = argparse.ArgumentParser(
        prog="python -m bench.load", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--users", type=int, nargs="+", default=[10, 50, 100])
    parser.add_argument("--port", type=int, default=0, help="0: a free port")
    parser.add_argument("--think", type=float, nargs=2, default=[0.5, 2.0], metavar=("MIN", "MAX"))
    parser.add_argument("--ramp", type=float, default=10.0, help="seconds over which users arrive")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--workers", help="GEOPORTAL_GUNICORN_WORKERS for the server")
    parser.add_argument("--threads", help="GEOPORTAL_GUNICORN_THREADS for the server")
    parsed = parser.parse_args(argv)
    server_env = {
        f"GEOPORTAL_GUNICORN_{name.upper()}": value
        for name, value in (("workers", parsed.workers), ("threads", parsed.threads))
        if value
    }
    store = Path(os.environ.get("GEOPORTAL_STORE_DIR", ROOT / "geodata" / "store"))
    options = Options(
        parsed.port or free_port(),
        store,
        tuple(parsed.think),
        parsed.ramp,
        parsed.seed,
        server_env,
    )
    return parsed.users, options


def main(argv: list[str] | None = None) -> None:
    """Print the baseline, then a table and the workers' memory per number of users."""
    users, options = arguments(argv)
    print(
        f"gunicorn app:server on 127.0.0.1:{options.port} {options.server_env or ''}, "
        f"think {options.think[0]}-{options.think[1]} s, ramp {options.ramp} s, "
        f"seed {options.seed}, load average before {os.getloadavg()[0]:.2f}"
    )
    baseline = run(1, options)
    print_run(baseline, None)
    summary = []
    for count in users:
        result = run(count, options)
        print_run(result, baseline)
        summary.append(targets(result))
    print(
        json.dumps(
            {
                "target": {
                    "users": TARGET_USERS,
                    "switch_p95_ms": TARGET_SWITCH_P95_MS,
                    "worker_rss_mb": TARGET_RSS_MB,
                },
                "runs": summary,
            }
        )
    )


if __name__ == "__main__":
    main()
