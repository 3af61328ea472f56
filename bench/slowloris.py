"""Slowloris against the app: normal requests answered with and without nginx in front.

Run: ``python -m bench.slowloris`` (after ``python -m layers.ingest.build``; the store is
``GEOPORTAL_STORE_DIR`` if set). Options: ``--connections 12``, ``--requests 20``,
``--interval 0.2``, ``--timeout 5``, ``--workers`` and ``--threads`` (default:
``gunicorn.conf.py``'s, 2 × 4).

It starts ``gunicorn app:server`` on 127.0.0.1 (the project's ``gunicorn.conf.py``, the
real store, a throwaway database, ``GEOPORTAL_PROXY_HOPS=1``) and Debian's nginx with
``deploy/nginx.conf`` in front of it (``bench.reverse_proxy``). It sends the normal
requests (``GET /``, a new connection each, one every interval, each given the timeout)
through nginx without an attack; then, against nginx and against gunicorn alone, it opens
the slowloris connections (one every 50 ms, as over a network), each sending one header
byte a second and never ending its header (a closed one is opened again, as the attack
does), waits a warm-up of 2 s and sends the normal requests again. It prints how many were
answered (200 within the timeout), their 95th percentile, and how long the server let a
slowloris connection live.
"""

from __future__ import annotations

import argparse
import selectors
import socket
import statistics
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path

import requests

from bench.load import free_port, gunicorn
from bench.reverse_proxy import RENDERED, directive, running_nginx, seconds
from server.settings import settings

PAD = b"X-Slowloris: 1\r\n"
"""Header line sent over and over, a byte a second, after the request line."""
CONNECT_TIMEOUT_S = 2
OPEN_PACE_S = 0.05


@dataclass(frozen=True)
class Load:
    """The attack and the normal traffic sent while it lasts."""

    connections: int = 12
    requests: int = 20
    interval_s: float = 0.2
    timeout_s: float = 5.0
    warmup_s: float = 2.0
    hold_s: float = 0.0
    """Least time the attack lasts (to see the server's header timeout at work)."""


@dataclass(frozen=True)
class Outcome:
    """What the normal requests got, and what the server did with the slowloris ones."""

    sent: int
    answered_ms: list[float]
    lifetimes_s: list[float]
    """Seconds each slowloris connection the server closed had lived."""

    @property
    def p95_ms(self) -> float | None:
        """95th percentile of the answered requests' times (None below two answers)."""
        if len(self.answered_ms) < 2:
            return None
        return statistics.quantiles(self.answered_ms, n=100, method="inclusive")[94]


@dataclass
class Trickle:
    """One slowloris connection: when it was opened and how many bytes it has sent."""

    sock: socket.socket
    opened: float = field(default_factory=time.monotonic)
    sent: int = 0


@dataclass
class Slowloris:
    """Connections to ``host:port`` sending a header byte a second until the block ends."""

    host: str
    port: int
    connections: int
    lifetimes_s: list[float] = field(default_factory=list)
    _stop: threading.Event = field(default_factory=threading.Event)
    _thread: threading.Thread | None = None

    def __enter__(self) -> Slowloris:
        """Open the connections and start trickling."""
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        """Stop trickling and close every connection."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join()

    def header_byte(self, index: int) -> bytes:
        """Return byte ``index`` of a request header that never ends."""
        start = f"GET / HTTP/1.1\r\nHost: {self.host}:{self.port}\r\n".encode()
        if index < len(start):
            return start[index : index + 1]
        offset = (index - len(start)) % len(PAD)
        return PAD[offset : offset + 1]

    def _run(self) -> None:
        trickles: list[Trickle] = []
        try:
            while not self._stop.is_set():
                self._top_up(trickles)
                for trickle in list(trickles):
                    if not self._trickled(trickle):
                        self.lifetimes_s.append(time.monotonic() - trickle.opened)
                        trickle.sock.close()
                        trickles.remove(trickle)
                self._stop.wait(1.0)
        finally:
            for trickle in trickles:
                trickle.sock.close()

    def _top_up(self, trickles: list[Trickle]) -> None:
        """Open connections until there are as many as the attack keeps.

        One every :data:`OPEN_PACE_S`, as they would arrive over a network: a burst from one
        socket would all be accepted by whichever gunicorn worker woke first.
        """
        while len(trickles) < self.connections and not self._stop.is_set():
            try:
                sock = socket.create_connection((self.host, self.port), CONNECT_TIMEOUT_S)
            except OSError:
                return
            trickles.append(Trickle(sock))
            self._stop.wait(OPEN_PACE_S)

    def _trickled(self, trickle: Trickle) -> bool:
        """Send the next byte; False when the server has closed (or answered) the connection."""
        # poll, not select(): in a long test run descriptors pass select()'s limit of 1024
        with selectors.PollSelector() as selector:
            selector.register(trickle.sock, selectors.EVENT_READ)
            if selector.select(0):
                return False
        try:
            trickle.sock.sendall(self.header_byte(trickle.sent))
        except OSError:
            return False
        trickle.sent += 1
        return True


def answer_ms(url: str, timeout_s: float) -> float | None:
    """Return the milliseconds of a 200 answer to ``GET url``, None for anything else."""
    start = time.perf_counter()
    try:
        answer = requests.get(url, timeout=timeout_s)
    except requests.RequestException:
        return None
    return (time.perf_counter() - start) * 1000 if answer.status_code == 200 else None


def normal_requests(url: str, load: Load) -> list[float | None]:
    """Send ``load.requests`` requests to ``url``, one every interval; return their times."""
    with ThreadPoolExecutor(max_workers=load.requests) as pool:
        start, futures = time.monotonic(), []
        for number in range(load.requests):
            time.sleep(max(0.0, start + number * load.interval_s - time.monotonic()))
            futures.append(pool.submit(answer_ms, f"{url}/", load.timeout_s))
        return [future.result() for future in futures]


def measure(url: str, load: Load) -> Outcome:
    """Attack the server at ``url`` with slowloris and time normal requests meanwhile."""
    host, port = url.removeprefix("http://").split(":")
    start = time.monotonic()
    with Slowloris(host, int(port), load.connections) as attack:
        time.sleep(load.warmup_s)
        times = normal_requests(url, load)
        time.sleep(max(0.0, start + load.hold_s - time.monotonic()))
    answered = [ms for ms in times if ms is not None]
    return Outcome(len(times), answered, list(attack.lifetimes_s))


def described(outcome: Outcome, server: str | None = None) -> str:
    """Return a line of figures; with ``server``, also what it did with slowloris."""
    p95 = "—" if outcome.p95_ms is None else f"{outcome.p95_ms:.0f} ms"
    answered = f"{len(outcome.answered_ms)}/{outcome.sent} answered, p95 {p95}"
    if server is None:
        return answered
    lived = outcome.lifetimes_s
    closed = f"{server} closed {len(lived)} slowloris connections"
    if lived:
        closed += f" after {statistics.median(lived):.1f} s (median)"
    return f"{answered}; {closed}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--connections", type=int, default=Load.connections)
    parser.add_argument("--requests", type=int, default=Load.requests)
    parser.add_argument("--interval", type=float, default=Load.interval_s)
    parser.add_argument("--timeout", type=float, default=Load.timeout_s)
    parser.add_argument("--workers", type=int)
    parser.add_argument("--threads", type=int)
    args = parser.parse_args()
    load = Load(args.connections, args.requests, args.interval, args.timeout)
    env = {"GEOPORTAL_PROXY_HOPS": "1"}
    if args.workers:
        env["GEOPORTAL_GUNICORN_WORKERS"] = str(args.workers)
    if args.threads:
        env["GEOPORTAL_GUNICORN_THREADS"] = str(args.threads)
    app_port, store = free_port(), Path(settings()["STORE_DIR"])
    with (
        tempfile.TemporaryDirectory(prefix="geoportal-nginx-") as work,
        gunicorn(app_port, store, env) as _,
        running_nginx(f"127.0.0.1:{app_port}", free_port(), Path(work)) as proxy,
    ):
        header_s = seconds(directive((Path(work) / RENDERED).read_text(), "client_header_timeout"))
        quiet = measure(proxy, replace(load, connections=0))
        through = measure(proxy, replace(load, hold_s=header_s + load.warmup_s))
        alone = measure(f"http://127.0.0.1:{app_port}", load)
    print(
        f"slowloris: {load.connections} connections, a header byte a second; "
        f"{load.requests} normal requests (GET /), one every {load.interval_s} s, "
        f"{load.timeout_s:g} s each"
    )
    print(f"no attack, through nginx:       {described(quiet)}")
    print(f"slowloris, through nginx:       {described(through, 'nginx')}")
    print(f"slowloris, gunicorn alone:      {described(alone, 'gunicorn')}")


if __name__ == "__main__":
    main()
