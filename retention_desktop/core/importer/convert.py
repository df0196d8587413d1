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
from retention_desktop.core.importer.money import (
    fill_continuations,
    identity,
    row_kinds,
    status_kinds,
)
from retention_desktop.core.importer.readers import RawTable, Rejection
from retention_desktop.core.importer.values import (
    display_text,
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
    warnings: list[str] = field(default_factory=list)


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


def _dates(values: pd.Series, col: str, order: str | None, rej: _Rejector, label: str,
           required: bool, wanted: np.ndarray | bool = True):
    """Parse ``values`` (column ``col``'s cells) as dates; reject the bad ones among
    ``wanted`` rows."""
    d = parse_dates(values, order)
    if required:
        rej.mark(d.empty & wanted, col, f"{label} is empty")
    rej.mark(d.bad & wanted, col, f"not a date: cannot read this as a {d.order} date")
    out_of_range = ~np.isnat(d.values) & ((d.values < MIN_TS) | (d.values >= MAX_TS))
    rej.mark(out_of_range & wanted, col, "date outside 1900-2100")
    return d


_AMBIGUOUS = ("ambiguous number ({0}): its '.' and ',' are used the other way round from the "
              "rest of the column; fix the value in the file")


def _numbers(values: pd.Series, col: str, rej: _Rejector, label: str, required: bool,
             wanted: np.ndarray | bool = True):
    """Parse ``values`` (column ``col``'s cells) as numbers; reject the bad ones among
    ``wanted`` rows."""
    nums = parse_numbers(values)
    if required:
        rej.mark(nums.empty & wanted, col, f"{label} is empty")
    if nums.ambiguous is not None:  # "1.234,50" among "1,234.50": say why
        rej.mark(nums.ambiguous & wanted, col, _AMBIGUOUS.format(label))
    rej.mark(nums.bad & wanted, col, f"not a number ({label})")
    return nums.values


def _texts(values: pd.Series) -> pd.Series:
    text = normalize_text(values)
    return text.where(text != "", None)


def order_lines(table: RawTable, res: Resolved, date_order: str | None,
                dims: dict[str, str]) -> Lines:
    """Staging rows for ``orders``: one row per source line (plus one reversing row per
    refunded / cancelled order of a platform export; see :mod:`.money`).

    Parameters
    ----------
    dims : dict
        Extra source column -> ``orders`` column name to keep it under.
    """
    fm = res.fields
    rej = _Rejector(table)
    ids = normalize_ids(table.frame[fm["order_id"]]) if "order_id" in fm else None
    f = fill_continuations(table.frame, fm, ids) if ids is not None else table.frame
    warnings: list[str] = []
    skip = np.zeros(len(f), bool)
    row_kind = row_kinds(f[fm["row_type"]]) if "row_type" in fm else None
    if row_kind is not None:
        skip = (row_kind == "skip").to_numpy()
        if skip.any():
            kinds = ", ".join(sorted(set(normalize_text(f[fm["row_type"]])[skip])))[:200]
            warnings.append(f"{int(skip.sum())} rows are not sales ({fm['row_type']!r}: "
                            f"{kinds}) and were left out")
    stamp = f[fm["order_ts"]]
    if "order_time" in fm:
        t = normalize_text(f[fm["order_time"]])
        d = normalize_text(stamp)
        stamp = d.where((t == "") | (d == ""), d + " " + t)
    dates = _dates(stamp, fm["order_ts"], date_order, rej, "order date", True, ~skip)
    out = pd.DataFrame({"src_row": table.rows}, index=f.index)
    out["order_ts"] = dates.values
    revenue, qty = _revenue(f, res, ids, rej, ~skip)
    out["line_revenue"] = revenue
    out["quantity"] = qty
    out["order_id"] = ids
    layout = res.layout
    cust, _ = identity(f, fm, layout.guest_ids if layout else ())
    if layout is not None and layout.debit_email and layout.debit_email in f.columns:
        debit = normalize_text(f[layout.debit_email]).str.lower()
        cust = cust.where(~((revenue < 0) & (debit != "")), debit)
    out["customer_id"] = cust
    status = status_kinds(f[fm["status"]]) if "status" in fm \
        else pd.Series(None, index=f.index, dtype=object)
    # where a refund is its own row (PayPal), a "refunded" status on the sale is history
    marks = ["cancel", "void"] if layout is not None and not layout.status_on_order \
        else ["cancel", "return", "void"]
    hint = status.where(status.isin(marks), None)
    if row_kind is not None:
        hint = hint.where(row_kind != "return", "return")
    out["kind_hint"] = hint
    for name in ("channel", "campaign", "country", "plan"):
        out[name] = _texts(f[fm[name]]) if name in fm else None
    for col, dim in dims.items():
        out[dim] = _texts(f[col])
    if res.has_products:
        _product_columns(out, f, res, qty)
    keep = ~rej.bad & ~skip
    lines = out[keep]
    lines = reversals(lines, f[keep], res, status[keep])
    return Lines(lines.reset_index(drop=True), rej.rejections(), dates.order, dates.ambiguous,
                 warnings)


def _product_columns(out: pd.DataFrame, f: pd.DataFrame, res: Resolved,
                     qty: np.ndarray) -> None:
    """The product columns of a line-item file's staging rows (for ``line_items``).

    ``_li_revenue`` is the line's own revenue under the file's money rule: the line
    amount, or quantity x unit price. Where the order's revenue is an order total
    (``order_total`` mode, which includes shipping, tax and discounts) it is the file's
    line amount column if it has one besides the total, else quantity x unit price when
    both are given, else unknown (NaN): the order total is never split over the lines.
    """
    fm, plan = res.fields, res.plan
    out["_li_product_id"] = normalize_ids(f[fm["product_id"]]) if "product_id" in fm else None
    for name, col in (("product_name", "_li_product_name"), ("category", "_li_category"),
                      ("brand", "_li_brand"), ("product_variant", "_li_variant")):
        out[col] = display_text(f[fm[name]]) if name in fm else None
    price = parse_numbers(f[fm["unit_price"]]).values if "unit_price" in fm \
        else np.full(len(f), np.nan)
    out["_li_unit_price"] = price
    if plan is not None and plan.mode == "order_total":
        line = fm.get("revenue")
        out["_li_revenue"] = parse_numbers(f[line]).values \
            if line is not None and line != plan.column else qty * price
    else:
        out["_li_revenue"] = out["line_revenue"]
    out["_li_has_product"] = True


def _revenue(f: pd.DataFrame, res: Resolved, ids: pd.Series | None,
             rej: _Rejector, wanted: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Line revenue per the file's :class:`~.money.MoneyPlan` (an order-level total sits
    on the order's first line, 0 on the others) and the quantity."""
    fm, plan = res.fields, res.plan
    n = len(f)

    def numbers(col: str, label: str, required: bool) -> np.ndarray:
        return _numbers(f[col], col, rej, label, required, wanted)

    qty = numbers(fm["quantity"], "quantity", plan.mode == "qty_x_price") \
        if "quantity" in fm else np.full(n, np.nan)
    if plan.mode == "order_total":
        value = numbers(plan.column, "amount", True)
        first = np.ones(n, bool) if ids is None else (~ids.duplicated() | ids.isna()).to_numpy()
        return np.where(first, value, 0.0), qty
    if plan.mode == "line":
        return numbers(plan.column, "amount", True), qty
    price = numbers(plan.column, "unit price", True)
    if plan.mode == "qty_x_price":
        return qty * price, qty
    return price, qty


def reversals(lines: pd.DataFrame, f: pd.DataFrame, res: Resolved,
              status: pd.Series) -> pd.DataFrame:
    """Refund rows that share their order's id become documents of their own, and
    refunded / cancelled orders of a platform export get their reversing document.

    * a refunded amount (a column, or total minus the adjusted total) -> a return of that
      amount, id ``<order>-refund``;
    * status refunded without an amount -> a return of the whole order;
    * status cancelled / voided on a platform export -> a cancellation of the whole order,
      id ``<order>-cancel``. Elsewhere such a status keeps marking the row itself.
    """
    fm, layout = res.fields, res.layout
    oid = lines["order_id"]
    is_ret = (lines["kind_hint"] == "return").to_numpy()
    if layout is not None:  # a platform's refund rows carry negative amounts
        is_ret = is_ret | (lines["line_revenue"] < 0).to_numpy()
    shared = oid.notna().to_numpy() & is_ret & oid.isin(set(oid[~is_ret].dropna())).to_numpy()
    if shared.any():  # a refund row next to its sale: its own return document
        lines = lines.copy()
        lines.loc[shared, "order_id"] = oid[shared] + "-refund"
        oid = lines["order_id"]
    refund = _refund_amounts(f, fm)
    on_order = layout is not None and layout.status_on_order
    if refund is None and not on_order:
        return lines
    first = (~oid.duplicated() & oid.notna()).to_numpy()
    per_order = lines.groupby("order_id", sort=False)["line_revenue"].transform("sum").to_numpy()
    kind = status.to_numpy(dtype=object)
    amount = np.full(len(lines), np.nan)
    if refund is not None:
        amount = np.where(refund > 0, refund, np.nan)
    amount = np.where((kind == "return") & np.isnan(amount) & on_order, per_order, amount)
    ret = first & ~np.isnan(amount) & (amount > 0) & (kind != "void")
    cancel = first & (kind == "cancel") & on_order
    extra = []
    for mask, suffix, hint, value in ((ret, "-refund", "return", amount),
                                      (cancel, "-cancel", "cancel", per_order)):
        if mask.any():
            rows = lines[mask].copy()
            rows["order_id"] = rows["order_id"] + suffix
            rows["line_revenue"] = -np.abs(value[mask])
            rows["quantity"] = np.nan
            rows["kind_hint"] = hint
            if "_li_has_product" in rows:  # an order-level reversal, not a product line
                rows["_li_has_product"] = False
            extra.append(rows)
    reversed_ = ret | cancel
    if on_order or refund is not None:
        # the order itself stays an order: its refund / cancellation is the new document
        keep_hint = lines["kind_hint"].where(
            ~(lines["order_id"].isin(set(lines.loc[reversed_, "order_id"]))
              & lines["kind_hint"].isin(["return", "cancel"])), None)
        lines = lines.assign(kind_hint=keep_hint)
    return pd.concat([lines, *extra]) if extra else lines


def _refund_amounts(f: pd.DataFrame, fm: dict[str, str]) -> np.ndarray | None:
    """Refunded amount per row (order-level), or None when the file says nothing."""
    if "refund" in fm:
        return np.abs(parse_numbers(f[fm["refund"]]).values)
    if "adjusted_total" in fm and "order_total" in fm:
        adjusted = parse_numbers(f[fm["adjusted_total"]]).values
        total = parse_numbers(f[fm["order_total"]]).values
        return np.where(np.isnan(adjusted), np.nan, np.round(total - adjusted, 6))
    return None


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
            d = _dates(f[col], col, date_order, rej, fld, req)
            out[fld] = d.values
            order, ambiguous = order or d.order, ambiguous or d.ambiguous
        elif fld in NUMBER_FIELDS:
            out[fld] = _numbers(f[col], col, rej, fld, req)
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
