"""The Flask-Caching object: created unbound here, bound by ``create_app``."""

from flask_caching import Cache

cache = Cache()
