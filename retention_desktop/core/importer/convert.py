"""Typed, validated rows from a raw table (the pandas path, used for every messy file).

Each converter returns the canonical staging frame of its target plus one
:class:`~retention_desktop.core.importer.readers.Rejection` per unusable row, naming
the first column that made the row unusable.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from retention_desktop.core.importer.mapping import Resolved
from retention_desktop.core.importer.readers import RawTable, Rejection
from retention_desktop.core.importer.roles import CANCEL_WORDS, RETURN_WORDS
from retention_desktop.core.importer.values import (
    normalize_ids,
    normalize_text,
    parse_dates,
    parse_numbers,
)

MIN_TS, MAX_TS = np.datetime64("1900-01-01", "ns"), np.datetime64("2100-01-01", "ns")

# Field types of the secondary targets.
TEXT_FIELDS = {"customer_id", "email", "phone", "name", "event", "experiment", "variant",
               "kind", "channel"}
DATE_FIELDS = {"signup_ts", "ts", "assigned_ts", "period"}
NUMBER_FIELDS = {"amount", "score"}


@dataclass
class Lines:
    """Staging rows of one file."""

    frame: pd.DataFrame
    rejected: list[Rejection] = field(default_factory=list)
    date_order: str | None = None
    ambiguous: bool = False


class _Rejector:
    """Collects the first reason per row, vectorised."""

    def __init__(self, table: RawTable) -> None:
        self.table = table
        self.n = len(table.frame)
        self.bad = np.zeros(self.n, bool)
        self.items: list[tuple[int, str, str, str]] = []

    def mark(self, mask: np.ndarray, column: str, reason: str) -> None:
        new = np.asarray(mask, bool) & ~self.bad
        if not new.any():
            return
        self.bad |= new
        raw = self.table.frame[column].to_numpy()
        for i in np.flatnonzero(new):
            v = raw[i]
            self.items.append((i, column, "" if v is None else str(v)[:200], reason))

    def rejections(self) -> list[Rejection]:
        rows = self.table.rows
        path = str(self.table.path)
        return [Rejection(path, int(rows[i]), c, v, r) for i, c, v, r in sorted(self.items)]


def _dates(table: RawTable, col: str, order: str | None, rej: _Rejector, label: str,
           required: bool):
    d = parse_dates(table.frame[col], order)
    if required:
        rej.mark(d.empty, col, f"{label} is empty")
    rej.mark(d.bad, col, f"not a date: cannot read this as a {d.order} date")
    out_of_range = ~np.isnat(d.values) & ((d.values < MIN_TS) | (d.values >= MAX_TS))
    rej.mark(out_of_range, col, "date outside 1900-2100")
    return d


def _numbers(table: RawTable, col: str, rej: _Rejector, label: str, required: bool):
    nums = parse_numbers(table.frame[col])
    if required:
        rej.mark(nums.empty, col, f"{label} is empty")
    if nums.ambiguous is not None:
        rej.mark(nums.ambiguous, col, f"ambiguous number ({label}): its '.' and ',' are used "
                 "the other way round from the rest of the column; fix the value in the file")
    rej.mark(nums.bad, col, f"not a number ({label})")
    return nums.values


def _kind_hint(values: pd.Series) -> pd.Series:
    folded = normalize_text(values).str.lower().str.replace(r"[\s_\-]", "", regex=True)
    hint = pd.Series(None, index=values.index, dtype=object)
    hint[folded.isin(CANCEL_WORDS)] = "cancel"
    hint[folded.isin(RETURN_WORDS)] = "return"
    return hint


def _texts(values: pd.Series) -> pd.Series:
    text = normalize_text(values)
    return text.where(text != "", None)


def order_lines(table: RawTable, res: Resolved, date_order: str | None,
                dims: dict[str, str]) -> Lines:
    """Staging rows for ``orders``: one row per source line.

    Parameters
    ----------
    dims : dict
        Extra source column -> ``orders`` column name to keep it under.
    """
    f, fm = table.frame, res.fields
    rej = _Rejector(table)
    out = pd.DataFrame({"src_row": table.rows}, index=f.index)
    dates = _dates(table, fm["order_ts"], date_order, rej, "order date", True)
    out["order_ts"] = dates.values
    if "revenue" in fm:
        revenue = _numbers(table, fm["revenue"], rej, "amount", True)
        qty = _numbers(table, fm["quantity"], rej, "quantity", False) if "quantity" in fm \
            else np.full(len(f), np.nan)
    else:
        qty = _numbers(table, fm["quantity"], rej, "quantity", True)
        price = _numbers(table, fm["unit_price"], rej, "unit price", True)
        revenue = qty * price
    out["line_revenue"] = revenue
    out["quantity"] = qty
    out["order_id"] = normalize_ids(f[fm["order_id"]]) if "order_id" in fm else None
    out["customer_id"] = normalize_ids(f[fm["customer_id"]]) if "customer_id" in fm else None
    out["kind_hint"] = _kind_hint(f[fm["status"]]) if "status" in fm else None
    for name in ("channel", "campaign", "country", "plan"):
        out[name] = _texts(f[fm[name]]) if name in fm else None
    for col, dim in dims.items():
        out[dim] = _texts(f[col])
    keep = ~rej.bad
    return Lines(out[keep].reset_index(drop=True), rej.rejections(), dates.order,
                 dates.ambiguous)


def generic_rows(table: RawTable, res: Resolved, target: str, date_order: str | None,
                 required: tuple[str, ...]) -> Lines:
    """Staging rows for customers / activity / assignments / spend / survey."""
    f, fm = table.frame, res.fields
    rej = _Rejector(table)
    out = pd.DataFrame(index=f.index)
    order, ambiguous = None, False
    for fld, col in fm.items():
        req = fld in required
        if fld in DATE_FIELDS:
            d = _dates(table, col, date_order, rej, fld, req)
            out[fld] = d.values
            order, ambiguous = order or d.order, ambiguous or d.ambiguous
        elif fld in NUMBER_FIELDS:
            out[fld] = _numbers(table, col, rej, fld, req)
        elif fld in TEXT_FIELDS:
            vals = normalize_ids(f[col]) if fld == "customer_id" else _texts(f[col])
            if req:
                rej.mark(vals.isna().to_numpy(), col, f"{fld} is empty")
            out[fld] = vals
    if target == "survey" and "score" in out:
        score = out["score"].to_numpy(dtype=float)
        rej.mark((score < 0) | (score > 10), fm["score"], "score outside 0-10")
    keep = ~rej.bad
    return Lines(out[keep].reset_index(drop=True), rej.rejections(), order, ambiguous)
