"""The read API ``/api/v1/`` (OGC API – Features style) as a Flask blueprint."""

from api.routes import blueprint

__all__ = ["blueprint"]
