"""Server time and size of a gmina's card ("Karta gminy"), as HTML and as PDF.

Run: ``python -m bench.card`` (after ``make store``).

Prints, for Kraków, Wieliczka and a rural gmina of another voivodeship, the median ms
and the bytes of ``/karta/<teryt>`` (HTML) and ``/karta/<teryt>?f=pdf`` answered by the
app in this process (no cache: every card is built anew).
"""

from __future__ import annotations

from app import create_app
from bench.timing import median_ms

REPEATS = 5
GMINAS = {"1261011": "Kraków", "1219053": "Wieliczka", "0201022": "Bolesławiec (rural)"}


def main() -> None:
    """Print the table."""
    client = create_app({"CACHE_TYPE": "NullCache"}).server.test_client()
    print(f"{'gmina':22} {'HTML ms':>8} {'HTML kB':>8} {'PDF ms':>8} {'PDF kB':>8}")
    for code, name in GMINAS.items():
        sizes = {}
        for suffix in ("", "&f=pdf"):
            url = f"/karta/{code}?lang=pl{suffix}"
            sizes[suffix] = (
                median_ms(lambda url=url: client.get(url), REPEATS),
                len(client.get(url).data) / 1000,
            )
        (html_ms, html_kb), (pdf_ms, pdf_kb) = sizes[""], sizes["&f=pdf"]
        print(f"{name:22} {html_ms:8.0f} {html_kb:8.0f} {pdf_ms:8.0f} {pdf_kb:8.0f}")


if __name__ == "__main__":
    main()
