"""Debian's nginx running ``deploy/nginx.conf`` in front of a gunicorn, on 127.0.0.1.

The site file is rendered as ``envsubst`` renders it for production (README, "Production
serving"), and included in a copy of Debian's own ``/etc/nginx/nginx.conf``, as on a
server, with its pid file, logs and temporary files moved to a folder of the run's own.
nginx runs as a child process (``daemon off``) and is stopped when the block ends.
"""

from __future__ import annotations

import os
import re
import socket
import subprocess
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SITE = ROOT / "deploy" / "nginx.conf"
NGINX = "/usr/sbin/nginx"
DEBIAN_CONFIG = Path("/etc/nginx/nginx.conf")
RENDERED = "geoportal.conf"
"""The rendered site file, in the run's folder."""
TEMP_DIRS = ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
START_TIMEOUT_S = 10


def rendered_site(values: Mapping[str, str], template: str | None = None) -> str:
    """Return the site file with its ``${NGINX_...}`` names replaced, as ``envsubst`` does.

    Raises
    ------
    ValueError
        When a name of the file has no value or a value names nothing in the file.
    """
    text = SITE.read_text() if template is None else template
    named = set(re.findall(r"\$\{(NGINX_[A-Z_]+)\}", text))
    if named != set(values):
        raise ValueError(f"site names {sorted(named)}, values given for {sorted(values)}")
    for name, value in values.items():
        text = text.replace(f"${{{name}}}", value)
    return text


def _replaced(config: str, pattern: str, replacement: str) -> str:
    """Replace the one directive matching ``pattern`` in Debian's main configuration."""
    changed, count = re.subn(pattern, replacement, config, flags=re.MULTILINE)
    if count != 1:
        raise ValueError(f"Debian's nginx.conf has {count} lines matching {pattern!r}")
    return changed


def main_config(site: Path, work: Path, debian: str) -> str:
    """Return Debian's main configuration including only ``site``, its files in ``work``.

    Its default site is left out (as README's install step removes it). Run as root, the
    workers stay root: the run's folder is the invoking user's.
    """
    user = "user root;" if os.geteuid() == 0 else ""
    temp = " ".join(f"{name}_temp_path {work / name};" for name in TEMP_DIRS)
    config = _replaced(debian, r"^[ \t]*user\s+[^;]+;", user)
    config = _replaced(config, r"^[ \t]*pid\s+[^;]+;", f"pid {work / 'nginx.pid'};")
    config = _replaced(config, r"^[ \t]*error_log\s+[^;]+;", f"error_log {work / 'error.log'};")
    config = _replaced(config, r"^[ \t]*access_log\s+[^;]+;", f"access_log {work / 'access.log'};")
    config = _replaced(config, r"^[ \t]*include\s+/etc/nginx/conf\.d/\*\.conf;", f"include {site};")
    config = _replaced(config, r"^[ \t]*include\s+/etc/nginx/sites-enabled/\*;", "")
    return _replaced(config, r"^http\s*\{", f"http {{\n\t{temp}")


def directive(config: str, name: str) -> str:
    """Return the value of the one directive ``name`` in a rendered configuration."""
    (value,) = re.findall(rf"^\s*{name}\s+([^;]+);", config, flags=re.MULTILINE)
    return value.strip()


def seconds(value: str) -> float:
    """Return an nginx time (``10s``, ``2m``, ``500ms``, ``30``) in seconds."""
    number, unit = re.fullmatch(r"(\d+)(ms|s|m|h)?", value).groups()  # type: ignore[union-attr]
    return int(number) * {"ms": 0.001, "s": 1, "m": 60, "h": 3600, None: 1}[unit]


@contextmanager
def running_nginx(upstream: str, port: int, work: Path) -> Iterator[str]:
    """Serve ``deploy/nginx.conf`` on 127.0.0.1:``port`` in front of ``upstream``.

    Yields the site's URL once nginx accepts connections; ``work`` gets the rendered files,
    logs and caches. Raises ``RuntimeError`` (with nginx's error log) if it does not start.
    """
    values = {
        "NGINX_LISTEN": f"127.0.0.1:{port}",
        "NGINX_SERVER_NAME": "127.0.0.1 localhost",
        "NGINX_UPSTREAM": upstream,
        "NGINX_APP_DIR": str(ROOT),
        "NGINX_CACHE_DIR": str(work / "cache"),
    }
    for name in TEMP_DIRS:
        (work / name).mkdir(parents=True, exist_ok=True)
    site = work / RENDERED
    site.write_text(rendered_site(values))
    config = work / "nginx.conf"
    config.write_text(main_config(site, work, DEBIAN_CONFIG.read_text()))
    command = [NGINX, "-p", str(work), "-c", str(config), "-g", "daemon off;"]
    with (work / "stderr.log").open("w") as stderr:
        server = subprocess.Popen(command, stdout=stderr, stderr=stderr)
    try:
        _wait_listening(server, port, work)
        yield f"http://127.0.0.1:{port}"
    finally:
        server.terminate()
        server.wait(timeout=30)


def _wait_listening(server: subprocess.Popen, port: int, work: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline and server.poll() is None:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.1)
    logs = [work / "stderr.log", work / "error.log"]
    text = "\n".join(path.read_text() for path in logs if path.exists())
    raise RuntimeError(f"nginx did not start:\n{text}")
