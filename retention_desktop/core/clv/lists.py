"""Action lists (at-risk, win-back, due-to-reorder, top CLV) and their safe export.

Exports are meant for the owner's SMS/email panel: CSV (UTF-8 with BOM so Excel shows
Persian/Arabic text) or XLSX, written through the shared safe writers of
:mod:`retention_desktop.core.export` (text that a spreadsheet would run as a formula
gets a leading ``'``; the file appears only when complete). An optional pseudonymised
export replaces the customer id by a salted hash and drops contact columns.
"""

from __future__ import annotations

import hashlib
import secrets
from pathlib import Path

import numpy as np
import pandas as pd

from retention_desktop.core.export import Sheet, neutralise, write_csv, write_xlsx

__all__ = ["LISTS", "build_list", "export_list", "neutralise", "pseudonymise"]

#: List name -> one-line description (English; the UI translates).
LISTS: dict[str, str] = {
    "at-risk": "Customers overdue for their usual rhythm or unlikely to be alive, by value",
    "win-back": "Churned customers who spent at least the median, by past revenue",
    "due-to-reorder": "Customers whose expected next order date has passed (not churned)",
    "top-clv": "Customers with the highest predicted value over the horizon",
}
#: Columns of the customers table that identify a person directly.
CONTACT_COLUMNS = ("email", "phone", "name")
METRIC_COLUMNS = ("stage", "segment", "orders", "revenue", "first_purchase", "last_purchase",
                  "days_since_last", "next_due", "overdue_days", "p_alive", "expected_purchases",
                  "clv")


def build_list(customers: pd.DataFrame, name: str, *, contacts: pd.DataFrame | None = None,
               as_of=None, top_n: int | None = None,
               extra_columns: tuple[str, ...] = ()) -> pd.DataFrame:
    """One action list.

    Parameters
    ----------
    customers : pandas.DataFrame
        ``CustomerValueResult.customers`` (indexed by customer id).
    name : str
        One of :data:`LISTS`.
    contacts : pandas.DataFrame, optional
        Contact/attribute columns by customer id (``customers`` table).
    as_of : date-like, optional
        Reference day for due-to-reorder (default: the latest purchase day).
    top_n : int, optional
        Keep the first ``top_n`` rows (top-clv defaults to 100).
    extra_columns : tuple of str
        More columns of ``customers`` to include.

    Returns
    -------
    pandas.DataFrame
        ``customer_id``, contact columns, then metric columns.
    """
    c = customers
    if name == "at-risk":
        rows = c[c["stage"] == "at risk"].sort_values(["clv", "revenue"], ascending=False,
                                                       na_position="last")
    elif name == "win-back":
        threshold = c["revenue"].median()
        rows = c[(c["stage"] == "churned") & (c["revenue"] >= threshold)]
        rows = rows.sort_values(["revenue", "clv"], ascending=False, na_position="last")
    elif name == "due-to-reorder":
        ref = pd.Timestamp(as_of) if as_of is not None else c["last_purchase"].max()
        rows = c[(c["next_due"] <= ref) & (c["stage"] != "churned")]
        rows = rows.sort_values(["next_due", "clv"], ascending=[True, False], na_position="last")
    elif name == "top-clv":
        rows = c.sort_values("clv", ascending=False, na_position="last")
        top_n = 100 if top_n is None else top_n
    else:
        raise ValueError(f"unknown list {name!r}; choose one of: {', '.join(LISTS)}")
    if top_n is not None:
        rows = rows.head(top_n)
    metrics = [col for col in (*METRIC_COLUMNS, *extra_columns) if col in rows.columns]
    out = rows[metrics].copy()
    if contacts is not None and not contacts.empty:
        out = contacts.reindex(out.index).join(out)
    out.index.name = "customer_id"
    return out.reset_index()


def pseudonymise(frame: pd.DataFrame, salt: str) -> pd.DataFrame:
    """Replace ``customer_id`` by a salted SHA-256 and drop contact columns.

    The same salt gives the same pseudonyms, so later exports can be matched.
    """
    out = frame.drop(columns=[c for c in frame.columns if c in CONTACT_COLUMNS])
    out["customer_id"] = [
        "c_" + hashlib.sha256((salt + "\x1f" + str(v)).encode("utf-8")).hexdigest()[:16]
        for v in out["customer_id"]
    ]
    return out


def export_list(frame: pd.DataFrame, path: str | Path, *, pseudonymised: bool = False,
                salt: str | None = None) -> dict:
    """Write a list to ``.csv`` or ``.xlsx`` (by extension), atomically.

    Returns
    -------
    dict
        ``path``, ``rows``, ``columns`` and, when pseudonymised, the ``salt`` used
        (keep it to match future exports).
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise ValueError(f"{path.name}: choose a .csv or .xlsx file name")
    info: dict = {"path": str(path)}
    if pseudonymised:
        salt = salt or secrets.token_hex(16)
        frame = pseudonymise(frame, salt)
        info["salt"] = salt
    safe = frame.copy()
    for col in safe.columns:
        if pd.api.types.is_datetime64_any_dtype(safe[col]):
            safe[col] = safe[col].dt.date
        elif pd.api.types.is_float_dtype(safe[col]):
            safe[col] = safe[col].round(6).replace([np.inf, -np.inf], np.nan)
    header = [str(c) for c in safe.columns]
    rows = safe.astype(object).where(safe.notna(), None).itertuples(index=False, name=None)
    if suffix == ".csv":
        write_csv(path, header, rows)
    else:
        write_xlsx(path, [Sheet(title="customers", header=header, rows=list(rows),
                                formats={"p_alive": "0.0%", "clv": "#,##0.00",
                                         "revenue": "#,##0.00"})])
    info.update(rows=int(len(safe)), columns=header)
    return info
