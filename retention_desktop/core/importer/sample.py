"""The first orders of a file as the import would store them -- without writing anything.

The mapping dialog shows them before Import (issues 15 and 17), so a wrong money column,
a customer taken from the wrong column or a date read the wrong way round is visible at
a glance. They come from the importer's own conversion: :func:`convert.order_lines` turns
the rows into staging lines and :func:`stage.build_orders` turns those into documents,
exactly as in :func:`pipeline.import_files`, only on the rows of the first few orders and
in a private in-memory database.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import inspect
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from retention_desktop.core.importer.readers import RawTable

SAMPLE_ORDERS = 10
HEAD_ROWS = 5000  # rows kept for re-sampling after a mapping change (first orders' lines)


@dataclass(frozen=True)
class SampleOrder:
    """One document as it would be stored in ``orders``."""

    order_id: str
    order_ts: _dt.datetime
    customer_id: str | None  # None: a guest order
    revenue: float           # signed: returns and cancellations are negative
    lines: int               # source lines it was built from
    kind: str                # 'order', 'return' or 'cancel'
    source_row: int          # the file row of its first line


@dataclass(frozen=True)
class OrderSample:
    """The first orders, or why there are none."""

    orders: tuple[SampleOrder, ...] = ()
    problem: str | None = None  # the importer's own message when it cannot build orders
    guest_rows: int | None = 0  # rows of the whole file without a customer (None: no
    #                             customer column at all, every order is a guest)
    data_rows: int = 0          # data rows of the whole file
    currency: str | None = None  # what the headers / money cells name (ISO code), if any


class OrderSampler:
    """Holds the head of a file so that the first orders can be rebuilt for any mapping.

    Parameters
    ----------
    table : RawTable
        The file as read by :func:`readers.read_any`. The orders are rebuilt from its
        first ``HEAD_ROWS`` rows; the rows without a customer are counted in all of it.
    target : str
        The import target (only ``orders`` has orders to show).
    saved : dict, optional
        The mapping saved in the project for this layout (as :func:`pipeline.import_files`
        would apply it).
    """

    def __init__(self, table: RawTable, target: str,
                 saved: dict[str, str] | None = None) -> None:
        n = min(len(table.frame), HEAD_ROWS)
        self.full = table
        self.table = dataclasses.replace(table, frame=table.frame.iloc[:n].reset_index(drop=True),
                                         rows=np.asarray(table.rows[:n]), rejected=[])
        self.target = target
        self.saved = saved
        self.currency = _currency_of(self.table)
        self._guests: dict[tuple, int | None] = {}

    @classmethod
    def from_paths(cls, paths: Sequence[str | Path], options=None, store=None) -> OrderSampler:
        """Read the first file of ``paths`` as :func:`preview.preview` does."""
        from retention_desktop.core.importer.options import ImportOptions
        from retention_desktop.core.importer.preview import read_first

        return cls(*read_first(paths, options or ImportOptions(), store))

    def sample(self, mapping: Mapping[str, str] = (), date_order: str | None = None,
               n: int = SAMPLE_ORDERS) -> OrderSample:
        """The first ``n`` orders under ``mapping`` (the import's ``--map`` overrides).

        Never raises for a bad mapping: the importer's message comes back in
        :attr:`OrderSample.problem`.
        """
        from retention_desktop.core.importer.errors import ImportFailed
        from retention_desktop.core.importer.mapping import check_required, resolve

        rows = len(self.full.frame)
        if self.target != "orders" or self.table.frame.empty:
            return OrderSample(data_rows=rows, currency=self.currency)
        try:
            res = resolve(self.table, "orders", dict(mapping), self.saved)
            key = tuple(res.fields.get(f) for f in (*IDENTITY_FIELDS, "order_id"))
            if key not in self._guests:  # only a change of these columns changes it
                self._guests[key] = guest_rows(self.full, res)
            guests = self._guests[key]
            check_required(res, "orders", self.table)
            orders = tuple(first_orders(self.table, res, date_order, n))
        except ImportFailed as exc:
            return OrderSample(problem=exc.reason, data_rows=rows, currency=self.currency)
        return OrderSample(orders, None, guests, rows, self.currency)


def _currency_of(table: RawTable) -> str | None:
    """The currency the header and first rows name (as the import will store it)."""
    from retention_desktop.core.importer.currency import detect_in_table

    guess = detect_in_table(table)
    return guess.code if guess else None


def _first_order_rows(table: RawTable, res, n: int) -> RawTable:
    """The rows of the first ``n`` orders (all their lines, wherever they are)."""
    from retention_desktop.core.importer.values import normalize_ids

    frame = table.frame
    col = res.fields.get("order_id")
    if col is None:  # every row is its own order
        keep = np.arange(len(frame)) < n
    else:
        ids = normalize_ids(frame[col])
        first = list(dict.fromkeys(i for i in ids.dropna().head(50 * n + 50) if i))[:n]
        keep = ids.isin(first).to_numpy()
        if not keep.any():  # no order ids at all: each row is an order
            keep = np.arange(len(frame)) < n
    return dataclasses.replace(table, frame=frame[keep].reset_index(drop=True),
                               rows=np.asarray(table.rows)[keep])


def first_orders(table: RawTable, res, date_order: str | None,
                 n: int = SAMPLE_ORDERS) -> list[SampleOrder]:
    """Run the importer's conversion on the first ``n`` orders of ``table``.

    Parameters
    ----------
    table : RawTable
        The file's rows.
    res : Resolved
        The mapping (from :func:`mapping.resolve`).
    date_order : str, optional
        Forced date order (as in :class:`ImportOptions`); detected when None.

    Returns
    -------
    list of SampleOrder
        In file order. Rows the importer would reject are left out, as it would.
    """
    import duckdb

    from retention_desktop.core.importer.convert import order_lines
    from retention_desktop.core.importer.stage import LINES_DDL, build_orders
    from retention_desktop.core.store.schema import MIGRATIONS

    part = _first_order_rows(table, res, n)
    lines = order_lines(part, res, date_order, {})
    con = duckdb.connect(":memory:", config={"autoinstall_known_extensions": False,
                                             "autoload_known_extensions": False})
    try:
        for _number, statements in MIGRATIONS:
            for sql in statements:
                con.execute(sql)
        con.execute(LINES_DDL)
        if lines.frame.empty:
            return []
        con.register("_df", lines.frame)
        con.execute("INSERT INTO _lines BY NAME SELECT *, 0 AS file_idx, ? AS src_file "
                    "FROM _df", [str(table.path)])
        con.unregister("_df")
        kwargs = {}
        if "uci_ids" in inspect.signature(build_orders).parameters:
            # a platform export has no UCI-style "C" cancellation ids (as the import does)
            kwargs["uci_ids"] = getattr(res, "layout", None) is None
        build_orders(con, 0, [], **kwargs)
        rows = con.execute(
            "SELECT order_id, order_ts, customer_id, revenue, n_lines, kind, source_row "
            "FROM _docs ORDER BY source_row, order_id LIMIT ?", [n]).fetchall()
    finally:
        con.close()
    return [SampleOrder(str(oid), ts, cid, float(rev), int(k), kind, int(row))
            for oid, ts, cid, rev, k, kind, row in rows]


IDENTITY_FIELDS = ("customer_id", "email", "phone", "name")


def guest_rows(table: RawTable, res) -> int | None:
    """Rows that will belong to guest orders: no customer in any identity column, on no
    line of their order (an order's customer may sit on its first line only).

    Returns None when no column is used as the customer at all (every order is a guest).
    Each distinct cell is normalised once (a big export repeats its ids and e-mails).
    """
    frame = table.frame
    cols = [res.fields[f] for f in IDENTITY_FIELDS if f in res.fields]
    if not cols:
        return None
    empty = np.ones(len(frame), bool)
    for col in cols:
        empty &= _blank(frame[col])
    oid = res.fields.get("order_id")
    if oid is not None and empty.any():
        group = _order_codes(frame[oid])
        known = group >= 0
        has_customer = np.zeros(int(group.max()) + 1 if known.any() else 0, bool)
        np.logical_or.at(has_customer, group[known], ~empty[known])
        empty[np.flatnonzero(known)[has_customer[group[known]]]] = False
    return int(empty.sum())


def _blank(values) -> np.ndarray:
    """Cells with nothing in them once normalised (as the importer reads ids)."""
    import pandas as pd

    from retention_desktop.core.importer.values import normalize_text

    codes, uniques = pd.factorize(np.asarray(values, dtype=object), use_na_sentinel=True)
    out = np.ones(len(codes), bool)
    if len(uniques):
        blank = (normalize_text(pd.Series(uniques, dtype=object)) == "").to_numpy()
        seen = codes >= 0
        out[seen] = blank[codes[seen]]
    return out


def _order_codes(values) -> np.ndarray:
    """One integer per order (ids normalised as the importer does), -1 for no id."""
    import pandas as pd

    from retention_desktop.core.importer.values import normalize_ids

    codes, uniques = pd.factorize(np.asarray(values, dtype=object), use_na_sentinel=True)
    out = np.full(len(codes), -1, dtype=np.int64)
    if len(uniques):
        norm = normalize_ids(pd.Series(uniques, dtype=object)).to_numpy(dtype=object)
        ncodes, _ = pd.factorize(norm, use_na_sentinel=True)
        seen = codes >= 0
        out[seen] = ncodes[codes[seen]]
    return out


@dataclass(frozen=True)
class PreviewWithOrders:
    """Everything the mapping dialog shows: the preview and the first orders (with the
    count of rows without a customer); ``sampler`` rebuilds them after a mapping change."""

    preview: object            # options.Preview
    sampler: OrderSampler
    sample: OrderSample


def preview_with_orders(paths: Sequence[str | Path], options=None,
                        store=None) -> PreviewWithOrders:
    """:func:`preview.preview` plus the first orders as they will be stored.

    Reads the file once. Raises :class:`ImportFailed` as ``preview`` does.
    """
    from retention_desktop.core.importer.options import ImportOptions
    from retention_desktop.core.importer.preview import preview

    options = options or ImportOptions()
    parts: dict = {}
    pre = preview(paths, options, store=store, parts=parts)
    sampler = OrderSampler(parts["table"], pre.target, parts.get("saved"))
    return PreviewWithOrders(pre, sampler, sampler.sample(options.mapping_dict,
                                                          options.date_order))
