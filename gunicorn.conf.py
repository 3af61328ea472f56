"""gunicorn settings for ``gunicorn app:server`` (read from this file automatically).

Every value can be overridden by a ``GEOPORTAL_GUNICORN_*`` variable or gunicorn's own flags.
"""

import gc
import os

from server.logs import LOGGING

bind = os.environ.get("GEOPORTAL_GUNICORN_BIND", "127.0.0.1:8050")
workers = int(os.environ.get("GEOPORTAL_GUNICORN_WORKERS", "2"))
threads = int(os.environ.get("GEOPORTAL_GUNICORN_THREADS", "4"))
timeout = int(os.environ.get("GEOPORTAL_GUNICORN_TIMEOUT", "120"))
graceful_timeout = 30
keepalive = 5
preload_app = True  # the store is read once, then shared by the forked workers
logconfig_dict = LOGGING
accesslog = "-"
access_log_format = "%(m)s %(U)s %(s)s %(M)sms %(h)s"
# gunicorn's control socket defaults to one path per user (~/.gunicorn/gunicorn.ctl), which two
# instances on one machine would share (stopping one deletes the other's): off unless a path
# of this instance's own is given.
control_socket = os.environ.get("GEOPORTAL_GUNICORN_CONTROL_SOCKET", "")
control_socket_disable = not control_socket


def when_ready(server: object) -> None:
    """In the master, app preloaded, before any worker forks: freeze what it holds.

    The workers' garbage collector then never scans (and so never copies) the store's
    objects, which stay shared pages.
    """
    if server.cfg.preload_app:  # type: ignore[attr-defined]
        gc.freeze()
