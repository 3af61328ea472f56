"""Log lines are JSON objects: time in UTC, level, logger, message, request fields, tracebacks."""

from __future__ import annotations

import io
import json
import logging
import logging.config
import sys

from server.logs import LOGGING, JsonFormatter


def record(name: str, message: str, args: object = None) -> logging.LogRecord:
    return logging.LogRecord(name, logging.INFO, __file__, 1, message, args, None)


def test_log_lines_are_json_with_request_fields():
    line = json.loads(JsonFormatter().format(record("geoportal", "zapisano widok „A”")))
    assert (line["level"], line["logger"], line["message"]) == (
        "INFO",
        "geoportal",
        "zapisano widok „A”",
    )
    assert line["time"].endswith("+00:00")
    atoms = {"m": "GET", "U": "/healthz", "s": "200", "M": "3", "h": "127.0.0.1"}
    access = record("gunicorn.access", "%(m)s %(U)s %(s)s", atoms)
    access.args = atoms  # gunicorn passes the atoms mapping as the record's args
    fields = json.loads(JsonFormatter().format(access))
    assert (fields["method"], fields["path"], fields["status"]) == ("GET", "/healthz", "200")
    assert fields["message"] == "GET /healthz 200"


def test_an_exception_is_one_field_of_the_line():
    try:
        raise ValueError("zła wartość")
    except ValueError:
        failed = logging.LogRecord(
            "geoportal", logging.ERROR, __file__, 1, "x", None, sys.exc_info()
        )

    line = JsonFormatter().format(failed)

    assert "\n" not in line  # one line, however long the traceback
    assert json.loads(line)["exception"].endswith("ValueError: zła wartość")


def test_the_logging_settings_write_every_logger_as_json(monkeypatch):
    stream = io.StringIO()
    monkeypatch.setattr(sys, "stderr", stream)  # the handler's stream, when it is made
    loggers = [logging.getLogger(), *map(logging.getLogger, LOGGING["loggers"])]
    kept = [(each, each.handlers[:], each.level, each.propagate) for each in loggers]
    try:
        logging.config.dictConfig(LOGGING)
        logging.getLogger("geoportal.test").info("zapisano", extra={"path": "/x", "status": 201})
    finally:
        for each, handlers, level, propagate in kept:
            each.handlers[:] = handlers
            each.setLevel(level)
            each.propagate = propagate

    line = json.loads(stream.getvalue().splitlines()[-1])
    assert (line["logger"], line["message"], line["path"], line["status"]) == (
        "geoportal.test",
        "zapisano",
        "/x",
        201,
    )
