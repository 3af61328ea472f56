"""A real PostgreSQL server for tests: Debian's binaries, a throwaway cluster on 127.0.0.1.

`make test` installs Debian's ``postgresql`` package; the server runs as the ``postgres``
system user when the tests run as root (PostgreSQL refuses to run as root).
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlalchemy as sa

from tests.support.ports import free_port

USER = "geoportal"


def _binary(name: str) -> str:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}")) or [shutil.which(name)]
    if not found[-1]:
        raise RuntimeError(f"PostgreSQL's {name} not found: install Debian's postgresql")
    return found[-1]


def _as_server_user(command: list[str]) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *command] if os.geteuid() == 0 else command


class PostgresServer:
    """A PostgreSQL cluster in ``directory``, started and stopped by the tests."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.data = directory / "data"
        self.port = free_port()
        directory.mkdir(parents=True, exist_ok=True)
        if os.geteuid() == 0:
            shutil.chown(directory, "postgres", "postgres")
        command = [_binary("initdb"), "-D", str(self.data), "-U", USER, "--auth=trust"]
        subprocess.run(
            _as_server_user([*command, "--no-sync"]), check=True, capture_output=True, cwd="/"
        )

    def start(self) -> None:
        """Start the server and wait until it accepts connections."""
        options = (
            f"-p {self.port} -k {self.directory} -c listen_addresses=127.0.0.1 "
            "-c fsync=off -c full_page_writes=off -c synchronous_commit=off"
        )
        self._control("start", "-o", options, "-l", str(self.directory / "server.log"))
        deadline = time.monotonic() + 30
        while not self._accepts():
            if time.monotonic() > deadline:
                raise RuntimeError("PostgreSQL did not start")
            time.sleep(0.1)

    def _control(self, action: str, *options: str) -> None:
        command = [_binary("pg_ctl"), "-D", str(self.data), "-w", *options, action]
        subprocess.run(_as_server_user(command), check=True, capture_output=True, cwd="/")

    def _accepts(self) -> bool:
        engine = sa.create_engine(self.url("postgres"))
        try:
            with engine.connect():
                return True
        except sa.exc.OperationalError:
            return False
        finally:
            engine.dispose()

    def stop(self) -> None:
        """Stop the server (fast shutdown: open transactions are rolled back)."""
        self._control("stop", "-m", "fast")

    def url(self, database: str) -> str:
        """Return the SQLAlchemy URL of ``database`` on this server."""
        return f"postgresql+psycopg://{USER}@127.0.0.1:{self.port}/{database}"

    def new_database(self) -> str:
        """Create an empty database and return its URL."""
        name = f"test_{uuid.uuid4().hex[:12]}"
        engine = sa.create_engine(self.url("postgres"), isolation_level="AUTOCOMMIT")
        try:
            with engine.connect() as connection:
                connection.execute(sa.text(f"CREATE DATABASE {name}"))
        finally:
            engine.dispose()
        return self.url(name)


@contextmanager
def running_postgres() -> Iterator[PostgresServer]:
    """Start a throwaway PostgreSQL server; stop it and delete its files afterwards."""
    directory = Path(tempfile.mkdtemp(prefix="geoportal-pg-"))
    server = PostgresServer(directory)
    server.start()
    try:
        yield server
    finally:
        server.stop()
        shutil.rmtree(directory, ignore_errors=True)
