"""The schema as it stood when migrations began (frozen: never edit, add a revision).

Revision 0001, the first. It also adopts a database made before migrations (its tables
exist, it has no ``alembic_version``): a table is created only when missing, and
``saved_areas.internal``, added to that table after its first release, only when missing,
so such a database keeps its rows and is stamped ``0001``.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _flag(name: str) -> sa.Column:
    return sa.Column(
        name,
        sa.Integer,
        sa.CheckConstraint(f"{name} IN (0, 1)"),
        nullable=False,
        server_default="0",
    )


def _text(*names: str) -> list[sa.Column]:
    return [sa.Column(name, sa.Text, nullable=False) for name in names]


def _named(name: str) -> list[sa.Column]:
    """Return an integer key and a unique name."""
    return [
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(name, sa.Text, nullable=False, unique=True),
    ]


def _saved_tables() -> dict[str, tuple[sa.Column | sa.Constraint, ...]]:
    """Return the columns of the tables of saved areas, views and presentations."""
    return {
        "saved_areas": (
            *_named("name"),
            sa.Column(
                "kind",
                sa.Text,
                sa.CheckConstraint("kind IN ('delimitation', 'zone')"),
                nullable=False,
            ),
            *_text("members", "geometry", "params", "created"),
            _flag("internal"),
        ),
        "saved_views": (
            *_named("name"),
            sa.Column("description", sa.Text, nullable=False, server_default=""),
            sa.Column("author", sa.Text, nullable=False, server_default=""),
            *_text("query"),
            _flag("internal"),
            *_text("created"),
        ),
        "presentations": (*_named("name"), *_text("created")),
        "presentation_slides": (
            sa.Column(
                "presentation_id",
                sa.Integer,
                sa.ForeignKey("presentations.id", ondelete="CASCADE"),
                primary_key=True,
            ),
            sa.Column("position", sa.Integer, primary_key=True),
            sa.Column(
                "view_id",
                sa.Integer,
                sa.ForeignKey("saved_views.id", ondelete="CASCADE"),
                nullable=False,
            ),
        ),
    }


def _user_tables() -> dict[str, tuple[sa.Column | sa.Constraint, ...]]:
    """Return the columns of the tables of own indicators, users and tokens."""
    return {
        "user_indicators": (
            sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
            sa.Column(
                "name_pl",
                sa.Text,
                sa.CheckConstraint("length(name_pl) BETWEEN 1 AND 200"),
                nullable=False,
            ),
            *_text("name_en", "unit", "source", "definition"),
            sa.Column(
                "polarity",
                sa.Text,
                sa.CheckConstraint("polarity IN ('higher_better', 'higher_worse', 'neutral')"),
                nullable=False,
            ),
            sa.Column(
                "aggregation",
                sa.Text,
                sa.CheckConstraint("aggregation IN ('sum', 'population_weighted_mean')"),
                nullable=False,
            ),
            sa.Column("decimals", sa.Integer, nullable=False),
            *_text("author", "created", "updated"),
            _flag("internal"),
        ),
        "user_indicator_values": (
            sa.Column("indicator", sa.Integer, primary_key=True),
            sa.Column("teryt", sa.Text, sa.CheckConstraint("length(teryt) = 7"), primary_key=True),
            sa.Column(
                "year",
                sa.Integer,
                sa.CheckConstraint("year BETWEEN 1900 AND 2100"),
                primary_key=True,
            ),
            sa.Column("value", sa.Float, nullable=False),
        ),
        "user_indicator_revision": (
            sa.Column("id", sa.Integer, sa.CheckConstraint("id = 1"), primary_key=True),
            sa.Column("revision", sa.Integer, nullable=False),
        ),
        "users": (
            sa.Column("username", sa.Text, primary_key=True),
            sa.Column(
                "role",
                sa.Text,
                sa.CheckConstraint("role IN ('official', 'admin')"),
                nullable=False,
            ),
            *_text("password_hash", "created"),
        ),
        "api_tokens": (
            sa.Column("token_hash", sa.Text, primary_key=True),
            sa.Column(
                "owner",
                sa.Text,
                sa.ForeignKey("users.username", ondelete="CASCADE"),
                nullable=False,
            ),
            *_text("label", "created"),
        ),
    }


def _tables() -> dict[str, tuple[sa.Column | sa.Constraint, ...]]:
    """Return each table's columns, in the order the tables can be created."""
    return {**_saved_tables(), **_user_tables()}


def upgrade() -> None:
    """Create the missing tables and columns and the revision row of own indicators."""
    inspector = sa.inspect(op.get_bind())
    existing = set(inspector.get_table_names())
    for name, columns in _tables().items():
        if name not in existing:
            options = {"sqlite_autoincrement": True} if name == "user_indicators" else {}
            op.create_table(name, *columns, **options)
    if "saved_areas" in existing and "internal" not in {
        column["name"] for column in inspector.get_columns("saved_areas")
    }:
        op.add_column("saved_areas", _flag("internal"))
    revision_row = sa.table("user_indicator_revision", sa.column("id"), sa.column("revision"))
    if op.get_bind().execute(sa.select(revision_row.c.id)).first() is None:
        op.bulk_insert(revision_row, [{"id": 1, "revision": 0}])


def downgrade() -> None:
    """Drop every table (and with them everything users saved)."""
    for name in reversed(_tables()):
        op.drop_table(name)
