"""Production serving: health checks and structured logs (``gunicorn.conf.py`` uses both)."""
