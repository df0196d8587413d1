"""DuckDB ``read_csv`` fast path for clean CSV order exports.

A file qualifies when its first 256 KiB are plain UTF-8 CSV with a header on line 1,
ASCII numbers without thousands marks and dates in one strptime-able layout. DuckDB
then reads and converts the whole file in SQL into the same ``_lines`` staging table
the pandas path fills. If any row does not convert, or DuckDB's row count disagrees
with the file's line count (quoted line breaks), the file is handed back to the pandas
path, which reports exact rows and reasons.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pandas as pd

from retention_desktop.core.importer.convert import CANCEL_WORDS, RETURN_WORDS
from retention_desktop.core.importer.errors import ImportFailed
from retention_desktop.core.importer.mapping import Resolved, check_required, resolve
from retention_desktop.core.importer.readers import read_text
from retention_desktop.core.importer.sniff import SNIFF_BYTES, TEXT_SUFFIXES, WHITESPACE
from retention_desktop.core.importer.stage import add_stage_column
from retention_desktop.core.importer.values import detect_order
from retention_desktop.core.store import quote_ident

_NUM = re.compile(r"-?\d+(\.\d+)?")
_ISO = re.compile(r"\d{4}-\d{2}-\d{2}([ T]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?")
_DMY = re.compile(r"\d{1,2}([/.\-])\d{1,2}\1\d{4}( \d{1,2}:\d{2}(:\d{2})?)?")
_YMD8 = re.compile(r"(19|20)\d{6}")


class FastPathError(Exception):
    """DuckDB could not read the file; retry it on the pandas path."""

    def __init__(self, path: Path) -> None:
        super().__init__(str(path))
        self.path = path


def _sql_text(s: str) -> str:
    return "'" + s.replace("'", "''") + "'"


def _date_sql(col: str, order: str, sep: str) -> str:
    # DuckDB's casts ignore surrounding blanks; trim only where a parse failed.
    if order == "iso":
        return f"coalesce(TRY_CAST({col} AS TIMESTAMP), TRY_CAST(trim({col}) AS TIMESTAMP))"
    if order == "yyyymmdd":
        fmts = "'%Y%m%d'"
    else:
        d = ("%d", "%m") if order == "day-first" else ("%m", "%d")
        base = f"{d[0]}{sep}{d[1]}{sep}%Y"
        fmts = "[" + ", ".join(_sql_text(base + t) for t in (" %H:%M:%S", " %H:%M", "")) + "]"
    return f"coalesce(try_strptime({col}, {fmts}), try_strptime(trim({col}), {fmts}))"


def _plain(sample: pd.Series, pattern: re.Pattern[str]) -> bool:
    vals = sample.dropna().astype(str).str.strip()
    vals = vals[vals != ""]
    return bool(vals.map(lambda v: bool(pattern.fullmatch(v))).all())


def _eligible(path: Path, head: bytes, options) -> tuple | None:
    """Sample table, mapping and date layout when the file qualifies, else None."""
    if path.suffix.lower() not in TEXT_SUFFIXES or options.has_header is False:
        return None
    if options.encoding not in (None, "utf-8", "utf8") or not head or b"\x00" in head:
        return None
    cut = head if len(head) < SNIFF_BYTES else head[: head.rfind(b"\n") + 1]
    try:
        sample = read_text(path, cut, None, None)
    except ImportFailed:
        return None
    if (sample.encoding not in ("utf-8", "utf-8-sig") or sample.delimiter == WHITESPACE
            or not sample.has_header or sample.header_row != 1 or sample.rejected
            or len(sample.frame) < 2):
        return None
    return sample


@dataclass(frozen=True)
class FastStaged:
    """What the fast path staged for one file."""

    res: Resolved
    rows: int
    encoding: str
    date_order: str
    ambiguous: bool
    dims: dict[str, str]


def try_stage(cur: duckdb.DuckDBPyConnection, path: Path, idx: int, options,
              saved_lookup, dim_names) -> FastStaged | None:
    """Stage ``path`` into ``_lines`` with DuckDB, or return None to use the pandas path.

    Parameters
    ----------
    saved_lookup : callable
        ``layout_key -> saved mapping or None``.
    dim_names : callable
        ``extra columns -> {column: orders column name}``.
    """
    with open(path, "rb") as fh:
        head = fh.read(SNIFF_BYTES)
    sample = _eligible(path, head, options)
    if sample is None:
        return None
    from retention_desktop.core.importer.mapping import layout_key

    res = resolve(sample, "orders", options.mapping_dict, saved_lookup(layout_key(sample,
                                                                                  "orders")))
    try:
        check_required(res, "orders", sample)
    except ImportFailed:
        return None  # the pandas path raises the proper message
    fm = res.fields
    frame = sample.frame
    ts_col = frame[fm["order_ts"]]
    order = options.date_order
    ambiguous = False
    if order is None:
        order, _ = detect_order(ts_col)
    pattern = {"iso": _ISO, "yyyymmdd": _YMD8, "day-first": _DMY, "month-first": _DMY}.get(order)
    if pattern is None or not _plain(ts_col, pattern):
        return None
    for fld in ("revenue", "quantity", "unit_price"):
        if fld in fm and not _plain(frame[fm[fld]], _NUM):
            return None
    for fld in ("order_id", "customer_id", "status", "channel", "campaign", "country", "plan"):
        if fld in fm and not frame[fm[fld]].astype(str).map(str.isascii).all():
            return None
    sep = "/"
    if order in ("day-first", "month-first"):
        first = ts_col.dropna().astype(str).str.strip().iloc[0]
        sep = _DMY.fullmatch(first).group(1)
    cols = list(frame.columns)
    pos = {c: f"c{i}" for i, c in enumerate(cols)}
    struct = "{" + ", ".join(f"'c{i}': 'VARCHAR'" for i in range(len(cols))) + "}"
    reader = (f"read_csv(?, delim={_sql_text(sample.delimiter)}, quote='\"', escape='\"', "
              f"header=true, columns={struct}, auto_detect=false, encoding='utf-8')")
    if options.date_order is None and order in ("day-first", "month-first"):
        try:
            order, ambiguous = _decide_order(cur, reader, str(path), pos[fm["order_ts"]], sep,
                                             order)
        except duckdb.Error as exc:
            raise FastPathError(path) from exc
    dims = dim_names(list(res.extras)) if options.keep_extra_columns else {}
    for name in dims.values():
        add_stage_column(cur, name)

    def num(fld: str) -> str:
        return f"TRY_CAST({pos[fm[fld]]} AS DOUBLE)" if fld in fm else "NULL::DOUBLE"

    def ident(fld: str) -> str:
        if fld not in fm:
            return "NULL::VARCHAR"
        c = pos[fm[fld]]
        return (f"CASE WHEN {c} LIKE '%.%0' THEN regexp_replace(trim({c}), '^(-?[0-9]+)\\.0+$', "
                f"'\\1') ELSE nullif(trim({c}), '') END")

    def text(col: str) -> str:
        return f"nullif(trim({pos[col]}), '')"

    revenue = num("revenue") if "revenue" in fm else f"{num('quantity')} * {num('unit_price')}"
    kind = "NULL::VARCHAR"
    if "status" in fm:
        folded = f"regexp_replace(lower(trim({pos[fm['status']]})), '[\\s_\\-]', '', 'g')"
        words = lambda ws: ", ".join(_sql_text(w) for w in sorted(ws))  # noqa: E731
        kind = (f"CASE WHEN {folded} IN ({words(CANCEL_WORDS)}) THEN 'cancel' "
                f"WHEN {folded} IN ({words(RETURN_WORDS)}) THEN 'return' END")
    optional_nums = [pos[fm[f]] for f in ("quantity", "unit_price") if f in fm]
    bad_raw = " OR ".join(
        f"(nullif(trim({c}), '') IS NOT NULL AND TRY_CAST({c} AS DOUBLE) IS NULL)"
        for c in optional_nums) or "FALSE"
    select = [
        f"{idx} AS file_idx", "? AS src_file", "NULL::BIGINT AS src_row",
        f"{ident('order_id')} AS order_id", f"{ident('customer_id')} AS customer_id",
        f"{_date_sql(pos[fm['order_ts']], order, sep)} AS order_ts",
        f"{revenue} AS line_revenue", f"{num('quantity')} AS quantity",
        f"{kind} AS kind_hint", f"({bad_raw}) AS _bad",
    ]
    select += [f"{text(fm[c]) if c in fm else 'NULL::VARCHAR'} AS {c}"
               for c in ("channel", "campaign", "country", "plan")]
    select += [f"{text(src)} AS {quote_ident(dim)}" for src, dim in dims.items()]
    try:
        cur.execute(f"INSERT INTO _lines BY NAME SELECT {', '.join(select)} FROM {reader}",
                    [str(path), str(path)])
    except duckdb.Error as exc:
        raise FastPathError(path) from exc
    n, bad = cur.execute(
        "SELECT count(*), count(*) FILTER (WHERE _bad OR order_ts IS NULL OR line_revenue IS NULL "
        "OR order_ts < TIMESTAMP '1900-01-01' OR order_ts >= TIMESTAMP '2100-01-01') "
        "FROM _lines WHERE file_idx = ?", [idx]).fetchone()
    data_lines = _count_lines(path)
    if bad or n != data_lines:
        cur.execute("DELETE FROM _lines WHERE file_idx = ?", [idx])
        return None
    return FastStaged(res, n, "utf-8", order, ambiguous, dims)


def _count_lines(path: Path) -> int:
    """Data lines of a file with a one-line header (a missing final newline counts)."""
    count, last = 0, b"\n"
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 22):
            count += chunk.count(b"\n")
            last = chunk[-1:]
    return count + (0 if last == b"\n" else 1) - 1


def _decide_order(cur: duckdb.DuckDBPyConnection, reader: str, path: str, col: str, sep: str,
                  guess: str) -> tuple[str, bool]:
    """Day-first or month-first from the whole column (a part > 12 settles it)."""
    s = re.escape(sep)
    first, second = cur.execute(
        f"SELECT count(*) FILTER (WHERE TRY_CAST(regexp_extract(trim({col}), "
        f"'^([0-9]+){s}', 1) AS INTEGER) > 12), "
        f"count(*) FILTER (WHERE TRY_CAST(regexp_extract(trim({col}), "
        f"'^[0-9]+{s}([0-9]+)', 1) AS INTEGER) > 12) FROM {reader}", [path]).fetchone()
    if first > second:
        return "day-first", False
    if second > first:
        return "month-first", False
    return guess, True
