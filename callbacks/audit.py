"""The audit log for admins: the latest changes of shared content, and all of them as CSV.

Part of the views tab (:mod:`callbacks.views` lays it out and wires it). Others get the
panel hidden and empty; the export refuses them on the server.
"""

from __future__ import annotations

from dataclasses import asdict, fields

import dash
import pandas as pd
from dash import Input, Output, dcc, html
from dash.exceptions import PreventUpdate

from callbacks import ids
from layers.render.export import csv_bytes
from layers.store.audit import Change, changes
from server.database import current_database
from server.i18n import text
from server.roles import ADMIN, may_write, require_role
from server.text_keys import N_

SHOWN = 200
"""Changes listed on the page (the export holds all)."""
HIDDEN = {"display": "none"}
HEADERS = {
    "at": N_("audit_at"),
    "who": N_("audit_who"),
    "action": N_("audit_action"),
    "kind": N_("audit_kind"),
    "before": N_("audit_before"),
    "after": N_("audit_after"),
    "detail": N_("audit_detail"),
}
"""The header of each field of a recorded change (:class:`layers.store.audit.Change`)."""


def audit_table(lang: str) -> html.Table | html.P:
    """Return the latest changes as a table (newest first)."""
    recorded = changes(current_database(), SHOWN)
    if not recorded:
        return html.P(text("audit_none", lang))
    head = html.Tr([html.Th(text(HEADERS[field.name], lang)) for field in fields(Change)])
    rows = [
        html.Tr([html.Td(value or "") for value in asdict(change).values()]) for change in recorded
    ]
    return html.Table([html.Thead(head), html.Tbody(rows)])


def layout(lang: str) -> html.Div:
    """Return the audit panel: the table and the export button for admins, hidden for others."""
    admin = may_write(ADMIN)
    return html.Div(
        [
            html.H2(text("audit_title", lang)),
            html.Button(text("audit_export", lang), id=ids.AUDIT_EXPORT, disabled=not admin),
            dcc.Download(id=ids.AUDIT_DOWNLOAD),
            html.Div(audit_table(lang) if admin else None, id=ids.AUDIT_TABLE),
        ],
        id=ids.AUDIT_PANEL,
        className="audit",
        style=None if admin else HIDDEN,
    )


def update_audit_download(clicks: int | None) -> dict:
    """Admin presses "download": send every recorded change as CSV (refused to others)."""
    if not clicks:
        raise PreventUpdate
    require_role(ADMIN)
    recorded = changes(current_database())
    frame = pd.DataFrame(
        [asdict(change) for change in recorded], columns=[f.name for f in fields(Change)]
    )
    return dcc.send_bytes(csv_bytes(frame), "dziennik-zmian.csv")


def register(app: dash.Dash) -> None:
    """Wire the export of the audit log."""
    app.callback(
        Output(ids.AUDIT_DOWNLOAD, "data"),
        Input(ids.AUDIT_EXPORT, "n_clicks"),
        prevent_initial_call=True,
    )(update_audit_download)
