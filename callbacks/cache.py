"""The Flask-Caching object: created unbound here, bound by ``create_app``.

Memoized results are kept apart for visitors and signed-in officials, so a result built
with internal data is never served to someone who may not see it.
"""

from collections.abc import Callable
from typing import Any

from flask_caching import Cache

from callbacks.access import signed_in_user


def audience_name(name: str) -> str:
    """Return a memoized function's cache name for the current audience."""
    return f"{name}:{'internal' if signed_in_user() else 'public'}"


class AudienceCache(Cache):
    """A cache whose memoized entries are keyed by audience as well as by arguments."""

    def memoize(self, *args: Any, **kwargs: Any) -> Callable:
        """Memoize as Flask-Caching does, with the audience in the key."""
        kwargs.setdefault("make_name", audience_name)
        return super().memoize(*args, **kwargs)


cache = AudienceCache()
