"""Files the tests make read-only, for the process running them, even when it runs as root."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


def writable(path: Path) -> bool:
    """Return whether this process can open ``path`` for writing."""
    try:
        with path.open("r+b"):
            return True
    except PermissionError:
        return False


def _chattr(path: Path, flag: str) -> bool:
    done = subprocess.run(["chattr", flag, str(path)], capture_output=True, check=False)
    return done.returncode == 0


@contextmanager
def read_only_file(path: Path) -> Iterator[None]:
    """Make ``path`` read-only until the block ends, as a read-only mount would.

    Mode 444 is enough for an ordinary user; root writes past modes, so as root the file is
    also made immutable (``chattr +i``). Skips the test where neither is possible.
    """
    mode = path.stat().st_mode
    path.chmod(0o444)
    immutable = os.geteuid() == 0 and _chattr(path, "+i")
    try:
        if writable(path):
            pytest.skip(f"cannot make {path.name} read-only here (root without chattr)")
        yield
    finally:
        if immutable:
            _chattr(path, "-i")
        path.chmod(mode)
