"""The tables of what users save, one schema for SQLite and PostgreSQL (SQLAlchemy Core).

The queries use these tables; the database gets them through the migrations of
:mod:`layers.store.migrations` (run by :func:`layers.store.database.open_database`). A
change here needs a revision there: a test compares the migrated database with this schema.
"""

from __future__ import annotations

import sqlalchemy as sa

from layers.analysis.catalog import AGGREGATIONS, POLARITIES

MAX_TEXT = 200
"""Longest name of an own indicator (other texts may be five times longer)."""

METADATA = sa.MetaData()


def _flag(name: str) -> sa.Column:
    """Return a 0/1 column (kept an integer, as the first SQLite schema had it)."""
    return sa.Column(
        name,
        sa.Integer,
        sa.CheckConstraint(f"{name} IN (0, 1)"),
        nullable=False,
        server_default="0",
    )


def _quoted(values: tuple[str, ...]) -> str:
    return ", ".join(f"'{value}'" for value in values)


saved_areas = sa.Table(
    "saved_areas",
    METADATA,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("name", sa.Text, nullable=False, unique=True),
    sa.Column(
        "kind",
        sa.Text,
        sa.CheckConstraint("kind IN ('delimitation', 'zone')"),
        nullable=False,
    ),
    sa.Column("members", sa.Text, nullable=False),
    sa.Column("geometry", sa.Text, nullable=False),
    sa.Column("params", sa.Text, nullable=False),
    sa.Column("created", sa.Text, nullable=False),
    _flag("internal"),
    sa.Column("author", sa.Text, nullable=False, server_default=""),
)

saved_views = sa.Table(
    "saved_views",
    METADATA,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("name", sa.Text, nullable=False, unique=True),
    sa.Column("description", sa.Text, nullable=False, server_default=""),
    sa.Column("author", sa.Text, nullable=False, server_default=""),
    sa.Column("query", sa.Text, nullable=False),
    _flag("internal"),
    sa.Column("created", sa.Text, nullable=False),
)

presentations = sa.Table(
    "presentations",
    METADATA,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("name", sa.Text, nullable=False, unique=True),
    sa.Column("created", sa.Text, nullable=False),
    sa.Column("author", sa.Text, nullable=False, server_default=""),
    _flag("internal"),
)

presentation_slides = sa.Table(
    "presentation_slides",
    METADATA,
    sa.Column(
        "presentation_id",
        sa.Integer,
        sa.ForeignKey("presentations.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    sa.Column("position", sa.Integer, primary_key=True),
    sa.Column(
        "view_id", sa.Integer, sa.ForeignKey("saved_views.id", ondelete="CASCADE"), nullable=False
    ),
)

user_indicators = sa.Table(
    "user_indicators",
    METADATA,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column(
        "name_pl",
        sa.Text,
        sa.CheckConstraint(f"length(name_pl) BETWEEN 1 AND {MAX_TEXT}"),
        nullable=False,
    ),
    sa.Column("name_en", sa.Text, nullable=False),
    sa.Column("unit", sa.Text, nullable=False),
    sa.Column("source", sa.Text, nullable=False),
    sa.Column("definition", sa.Text, nullable=False),
    sa.Column(
        "polarity",
        sa.Text,
        sa.CheckConstraint(f"polarity IN ({_quoted(POLARITIES)})"),
        nullable=False,
    ),
    sa.Column(
        "aggregation",
        sa.Text,
        sa.CheckConstraint(f"aggregation IN ({_quoted(AGGREGATIONS)})"),
        nullable=False,
    ),
    sa.Column("decimals", sa.Integer, nullable=False),
    sa.Column("author", sa.Text, nullable=False),
    sa.Column("created", sa.Text, nullable=False),
    sa.Column("updated", sa.Text, nullable=False),
    _flag("internal"),
    sqlite_autoincrement=True,
)

user_indicator_values = sa.Table(
    "user_indicator_values",
    METADATA,
    sa.Column("indicator", sa.Integer, primary_key=True),
    sa.Column("teryt", sa.Text, sa.CheckConstraint("length(teryt) = 7"), primary_key=True),
    sa.Column(
        "year",
        sa.Integer,
        sa.CheckConstraint("year BETWEEN 1900 AND 2100"),
        primary_key=True,
    ),
    sa.Column("value", sa.Float, nullable=False),
)

user_indicator_revision = sa.Table(
    "user_indicator_revision",
    METADATA,
    sa.Column("id", sa.Integer, sa.CheckConstraint("id = 1"), primary_key=True),
    sa.Column("revision", sa.Integer, nullable=False),
)

users = sa.Table(
    "users",
    METADATA,
    sa.Column("username", sa.Text, primary_key=True),
    sa.Column("role", sa.Text, sa.CheckConstraint("role IN ('official', 'admin')"), nullable=False),
    sa.Column("password_hash", sa.Text, nullable=False),
    sa.Column("created", sa.Text, nullable=False),
    sa.Column("session_version", sa.Integer, nullable=False, server_default="0"),
)

api_tokens = sa.Table(
    "api_tokens",
    METADATA,
    sa.Column("token_hash", sa.Text, primary_key=True),
    sa.Column(
        "owner", sa.Text, sa.ForeignKey("users.username", ondelete="CASCADE"), nullable=False
    ),
    sa.Column("label", sa.Text, nullable=False),
    sa.Column("created", sa.Text, nullable=False),
    sa.Column("expires", sa.Text, nullable=False, server_default=""),
)

audit_log = sa.Table(
    "audit_log",
    METADATA,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("at", sa.Text, nullable=False),
    sa.Column("who", sa.Text, nullable=False),
    sa.Column("action", sa.Text, nullable=False),
    sa.Column("kind", sa.Text, nullable=False),
    sa.Column("before_id", sa.Text),
    sa.Column("after_id", sa.Text),
    sa.Column("detail", sa.Text, nullable=False, server_default=""),
    sqlite_autoincrement=True,
)
"""Every change of shared content: who (user name, ``(cli)`` for the command line), when
(UTC), what (action and kind of item) and the item's id before and after."""

sign_in_throttle = sa.Table(
    "sign_in_throttle",
    METADATA,
    sa.Column("key", sa.Text, primary_key=True),
    sa.Column("failures", sa.Integer, nullable=False),
    sa.Column("next_allowed", sa.Float, nullable=False),
    sa.Column("updated", sa.Float, nullable=False),
)
"""Failed sign-ins per client address and per (user, address), shared by every worker."""

job_results = sa.Table(
    "job_results",
    METADATA,
    sa.Column("id", sa.Text, primary_key=True),
    sa.Column("kind", sa.Text, nullable=False),
    sa.Column("result", sa.Text, nullable=False),
    sa.Column("created", sa.Text, nullable=False),
    _flag("applied"),
)
"""Results of background jobs the server ran (BDL refresh), kept on the server by a random id."""
