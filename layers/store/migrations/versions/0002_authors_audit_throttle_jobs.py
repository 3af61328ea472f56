"""Authors and the presentation's flag, sessions and token expiry, audit log, throttle, jobs.

Revision 0002 (issue 16, "only signed-in staff change anything"): who made each saved
area and presentation, presentations marked internal, a session version per user (bumped
to end every session), an expiry per API token (tokens made before it get the default 90
days from the migration, so QGIS users keep working), and three tables: the audit log of every
change, failed sign-ins shared by every worker, and the results of background jobs the
server ran.
"""

from __future__ import annotations

import warnings
from datetime import UTC, datetime, timedelta

import sqlalchemy as sa
from alembic import op

TOKEN_DAYS = 90
"""Expiry given to the tokens that existed before expiry did (the default of new ones)."""

revision = "0002"
down_revision = "0001"
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


def _columns() -> dict[str, list[sa.Column]]:
    """Return the columns added to each existing table."""
    return {
        "saved_areas": [sa.Column("author", sa.Text, nullable=False, server_default="")],
        "presentations": [
            sa.Column("author", sa.Text, nullable=False, server_default=""),
            _flag("internal"),
        ],
        "users": [sa.Column("session_version", sa.Integer, nullable=False, server_default="0")],
        "api_tokens": [sa.Column("expires", sa.Text, nullable=False, server_default="")],
    }


def _tables() -> dict[str, tuple[sa.Column, ...]]:
    """Return the new tables' columns."""
    return {
        "audit_log": (
            sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
            *(sa.Column(name, sa.Text, nullable=False) for name in ("at", "who", "action", "kind")),
            sa.Column("before_id", sa.Text),
            sa.Column("after_id", sa.Text),
            sa.Column("detail", sa.Text, nullable=False, server_default=""),
        ),
        "sign_in_throttle": (
            sa.Column("key", sa.Text, primary_key=True),
            sa.Column("failures", sa.Integer, nullable=False),
            sa.Column("next_allowed", sa.Float, nullable=False),
            sa.Column("updated", sa.Float, nullable=False),
        ),
        "job_results": (
            sa.Column("id", sa.Text, primary_key=True),
            *(sa.Column(name, sa.Text, nullable=False) for name in ("kind", "result", "created")),
            _flag("applied"),
        ),
    }


CHECKS = {
    "saved_areas": ("kind IN ('delimitation', 'zone')", "internal IN (0, 1)"),
    "presentations": (),
    "users": ("role IN ('official', 'admin')",),
    "api_tokens": (),
}
"""The unnamed CHECK constraints each table keeps when SQLite rebuilds it to drop a column."""


def upgrade() -> None:
    """Add the columns (SQLite adds a column with its default in place) and the tables."""
    for table, columns in _columns().items():
        for column in columns:
            op.add_column(table, column)
    for name, definition in _tables().items():
        options = {"sqlite_autoincrement": True} if name == "audit_log" else {}
        op.create_table(name, *definition, **options)
    expires = (datetime.now(UTC) + timedelta(days=TOKEN_DAYS)).isoformat(timespec="seconds")
    tokens = sa.table("api_tokens", sa.column("expires"))
    op.execute(tokens.update().where(tokens.c.expires == "").values(expires=expires))


def downgrade() -> None:
    """Drop the tables and the columns (what they held is lost)."""
    for name in reversed(_tables()):
        op.drop_table(name)
    for table, columns in reversed(_columns().items()):
        kept = tuple(sa.CheckConstraint(check) for check in CHECKS[table])
        with warnings.catch_warnings():
            # SQLite rebuilds the table: Alembic warns that it leaves out the unnamed CHECKs
            # it reflects; ``kept`` gives them back, and the dropped flag's goes with it.
            warnings.filterwarnings("ignore", "Unnamed CHECK constraint", UserWarning)
            with op.batch_alter_table(table, table_args=kept) as batch:
                for column in reversed(columns):
                    batch.drop_column(column.name)
