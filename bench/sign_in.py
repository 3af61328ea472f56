"""Sign-in answer times: an unknown user name against a known one with a wrong password.

``python -m bench.sign_in`` prints the median of 20 answers of each and their ratio (an
unknown name must not answer faster, or names could be enumerated).
"""

from __future__ import annotations

import statistics
import tempfile
import time
import warnings
from pathlib import Path

from app import create_app
from layers.store.database import open_database
from layers.store.users import add_user
from server.access import CSRF_FIELD, SESSION_CSRF
from server.database import database_url

ROUNDS = 20


def answer_ms(client, username: str, address: str) -> float:
    """Time of one failed sign-in as ``username`` from ``address`` (never throttled)."""
    client.get("/logowanie")
    with client.session_transaction() as session:
        token = session[SESSION_CSRF]
    form = {"username": username, "password": "zle-haslo-000", CSRF_FIELD: token}
    start = time.perf_counter()
    answer = client.post("/logowanie", data=form, environ_base={"REMOTE_ADDR": address})
    assert answer.status_code == 401
    return (time.perf_counter() - start) * 1000


def medians_ms(client) -> tuple[float, float]:
    """Medians of ``ROUNDS`` sign-ins of an unknown and a known name, taken in turn."""
    unknown, known = [], []
    for round_ in range(ROUNDS):
        unknown.append(answer_ms(client, "nieznany", f"10.0.1.{round_}"))
        known.append(answer_ms(client, "anna", f"10.0.2.{round_}"))
    return statistics.median(unknown), statistics.median(known)


def main() -> None:
    folder = Path(tempfile.mkdtemp())
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        app = create_app({"CACHE_TYPE": "NullCache", "DATABASE_PATH": str(folder / "db.sqlite")})
    add_user(open_database(database_url(app.server.config)), "anna", "dobre-haslo-123", "official")
    client = app.server.test_client()
    answer_ms(client, "anna", "10.0.0.1")  # warm-up
    unknown, known = medians_ms(client)
    print(f"sign-in, median of {ROUNDS}: unknown user {unknown:.0f} ms, known user {known:.0f} ms")
    print(f"ratio unknown/known: {unknown / known:.2f}")


if __name__ == "__main__":
    main()
