"""Structured logs: one JSON object per line, for the app and for gunicorn."""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime

FIELDS = ("method", "path", "status", "duration_ms", "remote")
"""Extra fields a request log line may carry (``logger.info(..., extra={...})``)."""
ACCESS_ATOMS = {"m": "method", "U": "path", "s": "status", "M": "duration_ms", "h": "remote"}
"""gunicorn's access-log atoms (the record's ``args``) kept as fields of their own."""


class JsonFormatter(logging.Formatter):
    """Format a record as one JSON line: time (UTC), level, logger, message and extras."""

    def format(self, record: logging.LogRecord) -> str:
        """Return the record as JSON."""
        line: dict[str, object] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        line.update({name: getattr(record, name) for name in FIELDS if hasattr(record, name)})
        if record.name == "gunicorn.access" and isinstance(record.args, dict):
            line.update({name: record.args.get(atom) for atom, name in ACCESS_ATOMS.items()})
        if record.exc_info:
            line["exception"] = self.formatException(record.exc_info)
        return json.dumps(line, ensure_ascii=False)


LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json": {"()": JsonFormatter}},
    "handlers": {"stderr": {"class": "logging.StreamHandler", "formatter": "json"}},
    "root": {"handlers": ["stderr"], "level": "INFO"},
    "loggers": {
        "gunicorn.error": {"handlers": ["stderr"], "level": "INFO", "propagate": False},
        "gunicorn.access": {"handlers": ["stderr"], "level": "INFO", "propagate": False},
    },
}
"""``logging.config.dictConfig`` settings: every logger writes JSON lines to stderr."""
