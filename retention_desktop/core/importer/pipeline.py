"""The import job: files -> one transaction on the project.

:func:`import_files` is a generator (see :mod:`retention_desktop.core.tasks`): it yields
:class:`~retention_desktop.core.tasks.Progress`, checks the cancel token between
chunks and returns an :class:`ImportSummary`. Everything it writes (orders, the
``imports`` history row, rejected rows, the saved mapping, new dimension columns)
happens inside ONE ``store.write()`` transaction: cancel or error = rollback.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import duckdb

from retention_desktop.core.importer import budget, fastpath
from retention_desktop.core.importer.errors import ImportFailed
from retention_desktop.core.importer.mapping import (
    ORDER_COLUMNS,
    Resolved,
    check_required,
    dump_mapping,
    layout_key,
    resolve,
    saved_mapping,
)
from retention_desktop.core.importer.options import ImportOptions, ImportSummary
from retention_desktop.core.importer.readers import RawTable, Rejection, read_any
from retention_desktop.core.importer.roles import TARGET_FIELDS, guess_target
from retention_desktop.core.importer.sniff import SHEET_SUFFIXES, TEXT_SUFFIXES
from retention_desktop.core.importer.stage import (
    LINES_DDL,
    PRODUCT_STAGE_COLUMNS,
    add_stage_column,
    build_orders,
    drop_temp,
    insert_line_items,
    insert_orders,
)
from retention_desktop.core.store import ProjectStore, pseudonym, quote_ident
from retention_desktop.core.tasks import CancelToken, Job, Progress

if TYPE_CHECKING:  # pandas is loaded only by the pandas path (lean CLI start)
    import pandas as pd

MAX_REJECTED_SHOWN = 5


def expand_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files to import: folders expand to their CSV/TSV/TXT/Excel files (sorted)."""
    return [p for p, _ in _expand(paths)]


def _expand(paths: Iterable[str | Path]) -> list[tuple[Path, bool]]:
    """``(file, came_from_a_folder)`` pairs, without repeats."""
    out: list[tuple[Path, bool]] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            found = sorted(
                f for f in p.rglob("*")
                if f.is_file() and not f.name.startswith((".", "~$"))
                and f.suffix.lower() in TEXT_SUFFIXES | SHEET_SUFFIXES
            )
            if not found:
                raise ImportFailed("The folder holds no CSV, TSV, TXT or Excel files.", file=p)
            out.extend((f, True) for f in found)
        elif p.is_file():
            out.append((p, False))
        else:
            raise ImportFailed("File not found.", file=p)
    if not out:
        raise ImportFailed("No files to import.")
    seen: set[Path] = set()
    return [(f, d) for f, d in out if not (f.resolve() in seen or seen.add(f.resolve()))]


def _dim_names(cur: duckdb.DuckDBPyConnection, extras: Sequence[str]) -> dict[str, str]:
    """``orders`` column name for each extra source column (reusing earlier imports)."""
    labels = {lbl.lower(): col for col, lbl in cur.execute(
        "SELECT column_name, label FROM dimensions WHERE table_name = 'orders'").fetchall()}
    out: dict[str, str] = {}
    # DuckDB's row id (a column of that name hides it) and the staging table's own columns
    used = set(ORDER_COLUMNS) | {"rowid", "quantity", "line_revenue", "kind_hint", "src_row",
                                 "src_file", "file_idx", "_bad", *PRODUCT_STAGE_COLUMNS}
    for col in extras:
        name = labels.get(col.lower())
        if name is None:
            name = col if col.lower() not in used else f"src_{col}"
            while name.lower() in used:
                name = f"src_{name}"
        used.add(name.lower())
        out[col] = name
    return out


def _fail_if_nothing(table: RawTable, rejected: list[Rejection], accepted: int) -> None:
    """A file whose every row is unusable is a wrong mapping/type, not data to skip."""
    if accepted or not rejected:
        return
    first = rejected[0]
    raise ImportFailed(f"No row could be read: {first.reason} (value {first.value!r}).",
                       file=table.path, row=first.row, column=first.column)


def import_files(store: ProjectStore, paths: Sequence[str | Path],
                 options: ImportOptions | None = None,
                 token: CancelToken | None = None) -> Job[ImportSummary]:
    """Import files into ``store`` (a generator job; see module docs).

    Raises
    ------
    ImportFailed
        With a user-facing message naming file, row and column. The project is untouched.
    Cancelled
        When ``token`` is cancelled. The project is untouched.
    """
    options = options or ImportOptions()
    token = token or CancelToken()
    if isinstance(paths, (str, Path)):
        paths = [paths]
    pairs = _expand(paths)
    files = [p for p, _ in pairs]
    optional = {p for p, from_folder in pairs if from_folder}
    slow: set[Path] = set()
    no_direct: set[Path] = set()
    while True:
        try:
            summary = yield from _run(store, files, options, token, slow, optional, no_direct)
            break
        except fastpath.FastPathError as retry:
            # DuckDB stopped on the file; the transaction is rolled back and the file is
            # read again the next safer way (staged, then the pandas path).
            (no_direct if retry.direct else slow).add(retry.path)
            yield Progress(-1, f"Re-reading {retry.path.name} carefully")
        except (MemoryError, duckdb.OutOfMemoryException):
            # the transaction is rolled back; a message, never a traceback
            _give_space_back(store)
            raise budget.out_of_memory(files[0] if len(files) == 1 else None) from None
        except BaseException:
            _give_space_back(store)
            raise
    if summary.target == "orders":
        from retention_desktop.core.importer.currency import remember_currency

        summary.currency, notes = remember_currency(store, summary.files, options)
        summary.warnings.extend(notes)
        if summary.orders_created:
            from retention_desktop.core.importer.calendar_hint import adopt_file_calendar

            summary.calendar = adopt_file_calendar(store, summary.import_id,
                                                   summary.date_order)
    return summary


def _give_space_back(store: ProjectStore) -> None:
    """After a failed (rolled back) import, let the store give back the space the file
    grew by (see :meth:`ProjectStore.close`: the tail is cut when the project closes;
    a checkpoint now could need the very space the disk lacks)."""
    store.trim_on_close = True


@dataclasses.dataclass
class _Acc:
    """What the files of one import add up to while they are staged."""

    target: str
    rejected: list[Rejection] = dataclasses.field(default_factory=list)
    orders_dims: dict[str, str] = dataclasses.field(default_factory=dict)
    # product attributes as dimensions: no "differs" warning
    quiet: set[str] = dataclasses.field(default_factory=set)
    date_orders: list[str] = dataclasses.field(default_factory=list)
    encodings: list[str] = dataclasses.field(default_factory=list)
    gen_started: bool = False
    platform: bool = False  # a platform export: no UCI-style "C" cancellation ids
    skipped: list[Path] = dataclasses.field(default_factory=list)


def _run(store: ProjectStore, files: list[Path], options: ImportOptions, token: CancelToken,
         slow: set[Path], optional: set[Path], no_direct: set[Path]) -> Job[ImportSummary]:
    started = _dt.datetime.now()
    yield Progress(0.0, "Starting import")
    with store.write() as cur:
        import_id = cur.execute("SELECT coalesce(max(import_id), 0) + 1 FROM imports").fetchone()[0]
        summary = ImportSummary(import_id, options.target, [str(f) for f in files])
        acc = _Acc(options.target)
        drop_temp(cur)
        direct, slow = yield from _direct_pass(cur, files, options, import_id, summary, acc,
                                               slow, no_direct)
        files_to_stage: list[Path] = [] if direct is not None else files
        cur.execute(LINES_DDL)
        for idx, path in enumerate(files_to_stage):
            token.raise_if_cancelled()
            yield Progress(0.8 * idx / len(files), f"Reading {path.name}")
            yield from _stage_file(cur, path, idx, files, options, token, summary, acc,
                                   slow, optional)
        summary.files = [str(f) for f in files if f not in acc.skipped]
        token.raise_if_cancelled()
        target = acc.target
        # The one-pass path wrote straight into ``orders`` (empty before this import).
        staging = "orders" if direct is not None else "_lines" if target == "orders" else "_gen"
        if _pseudonymise(cur, options, summary, staging, target == "orders" or acc.gen_started,
                         {name: src for src, name in acc.orders_dims.items()}):
            # rejected rows keep no raw cell text, which could hold an id or e-mail
            acc.rejected = [dataclasses.replace(r, value=None) for r in acc.rejected]
        yield Progress(0.85, "Building orders")
        if target == "orders" and direct is None:
            _finish_orders(cur, summary, import_id, acc.orders_dims, uci_ids=not acc.platform,
                           quiet=acc.quiet)
        else:
            _finish_generic(cur, summary, import_id, target, acc.gen_started)
        token.raise_if_cancelled()
        _record_import(cur, summary, import_id, files, acc, started)
        drop_temp(cur)
        yield Progress(0.99, "Saving")
        token.raise_if_cancelled()
    yield Progress(1.0, "Done")
    return summary


def _direct_pass(cur: duckdb.DuckDBPyConnection, files: list[Path], options: ImportOptions,
                 import_id: int, summary: ImportSummary, acc: _Acc, slow: set[Path],
                 no_direct: set[Path]):
    """Try the one-pass import of a single order file into an empty project (a sub-job).

    Returns ``(direct, slow)``: ``fastpath.try_direct``'s result (None when not taken)
    and ``slow`` with the file added when DuckDB cannot read it.
    """
    direct = None
    # pseudonymised imports are staged first: the one-pass path writes raw values
    # into the project file (and its log) before they could be hashed
    hashing = options.pseudonymise or pseudonym.project_salt(cur, create=False) is not None
    if (acc.target == "orders" and options.fast_path and len(files) == 1 and not hashing
            and files[0] not in slow | no_direct
            and not cur.execute("SELECT count(*) FROM orders").fetchone()[0]):
        yield Progress(0.05, f"Reading {files[0].name}")
        direct = fastpath.try_direct(
            cur, files[0], import_id, options, lambda key: saved_mapping(cur, key),
            lambda extras: _dim_names(cur, extras),
            lambda dims: _register_dims(cur, summary, dims, list(dims.values())))
        if direct is None:  # not a clean CSV: try_stage would sniff it again to say so
            slow = slow | {files[0]}
    if direct is not None:
        staged, counts = direct
        for key, value in counts.items():
            setattr(summary, key, value)
        _note_fast(cur, summary, staged, files[0], acc.encodings, acc.date_orders)
    return direct, slow


def _stage_file(cur: duckdb.DuckDBPyConnection, path: Path, idx: int, files: list[Path],
                options: ImportOptions, token: CancelToken, summary: ImportSummary,
                acc: _Acc, slow: set[Path], optional: set[Path]):
    """Stage one file (DuckDB's reader when it can, else pandas) into ``_lines``/``_gen``
    (a sub-job: yields its progress)."""
    staged = None
    if acc.target == "orders" and options.fast_path and path not in slow:
        staged = fastpath.try_stage(cur, path, idx, options,
                                    lambda key: saved_mapping(cur, key),
                                    lambda extras: _dim_names(cur, extras))
    if staged is not None:
        acc.orders_dims.update(staged.dims)
        acc.quiet.update(staged.dims[c] for c in staged.res.product_attributes
                         if c in staged.dims)
        summary.rows_read += staged.rows
        _note_fast(cur, summary, staged, path, acc.encodings, acc.date_orders)
        return
    read = _read_file(cur, path, files, options, token, summary, acc, optional)
    if read is None:
        return
    table, res = read
    summary.warnings.extend(table.warnings)
    summary.rows_read += len(table.frame) + len(table.rejected)
    acc.rejected.extend(table.rejected)
    if table.encoding:
        acc.encodings.append(table.encoding)
    yield Progress(0.8 * (idx + 0.5) / len(files), f"Checking {path.name}")
    token.raise_if_cancelled()
    lines = _stage_rows(cur, path, idx, table, res, options, token, summary, acc)
    _fail_if_nothing(table, table.rejected + lines.rejected, len(lines.frame))
    acc.rejected.extend(lines.rejected)
    if lines.date_order:
        _note_dates(summary, acc.date_orders, path, lines.date_order, lines.ambiguous)
    _save_mapping(cur, res)


def _read_file(cur: duckdb.DuckDBPyConnection, path: Path, files: list[Path],
               options: ImportOptions, token: CancelToken, summary: ImportSummary,
               acc: _Acc, optional: set[Path]) -> tuple[RawTable, Resolved] | None:
    """Read and map one file with pandas; None when a stray optional file is skipped."""
    try:
        table = read_any(path, sheet=options.sheet, encoding=options.encoding,
                         has_header=options.has_header)
        token.raise_if_cancelled()
        if acc.target == "auto":
            acc.target = (guess_target(list(table.frame.columns)) if table.has_header
                          else "orders")
            summary.target = acc.target
        res = resolve(table, acc.target, options.mapping_dict,
                      saved_mapping(cur, layout_key(table, acc.target)))
        check_required(res, acc.target, table)
        if table.frame.empty and not table.rejected:
            raise ImportFailed("The file has column names but no data rows.",
                               file=path)
    except ImportFailed as exc:
        # A stray readme in a folder of exports is skipped, not fatal.
        if path not in optional or len(acc.skipped) + 1 == len(files):
            raise
        acc.skipped.append(path)
        summary.warnings.append(f"skipped {path.name}: {exc.reason[:160]}")
        return None
    return table, res


def _stage_rows(cur: duckdb.DuckDBPyConnection, path: Path, idx: int, table: RawTable,
                res: Resolved, options: ImportOptions, token: CancelToken,
                summary: ImportSummary, acc: _Acc):
    """Convert a read file's rows and append them to the staging table; the lines."""
    from retention_desktop.core.importer.convert import generic_rows, order_lines

    if acc.target == "orders":
        dims = _dim_names(cur, res.dimension_columns) \
            if options.keep_extra_columns else {}
        acc.quiet.update(dims[c] for c in res.product_attributes if c in dims)
        lines = order_lines(table, res, options.date_order, dims)
        summary.warnings.extend(f"{path.name}: {w}" for w in (*res.warnings,
                                                             *lines.warnings))
        _note_rules(summary, res)
        if res.layout is not None:
            acc.platform = True
        for name in dims.values():
            token.raise_if_cancelled()  # a wide file adds many columns
            add_stage_column(cur, name)
        acc.orders_dims.update(dims)
        _stage(cur, "INSERT INTO _lines BY NAME SELECT *, ? AS file_idx, "
               "? AS src_file FROM _df", lines.frame, [idx, str(path)])
    else:
        required = TARGET_FIELDS[acc.target][0]
        lines = generic_rows(table, res, acc.target, options.date_order, required)
        if not acc.gen_started:
            _stage(cur, "CREATE TEMP TABLE _gen AS SELECT * FROM _df", lines.frame, [])
            acc.gen_started = True
        else:
            _stage(cur, "INSERT INTO _gen BY NAME SELECT * FROM _df", lines.frame, [])
    return lines


def _record_import(cur: duckdb.DuckDBPyConnection, summary: ImportSummary, import_id: int,
                   files: list[Path], acc: _Acc, started: _dt.datetime) -> None:
    """Rejected rows (in file and row order) and the ``imports`` history row."""
    order = {str(f): i for i, f in enumerate(files)}
    rejected = acc.rejected
    rejected.sort(key=lambda r: (order.get(r.file, len(order)), r.row))
    summary.rejected_count = len(rejected)
    summary.rejected_first = [
        f"{Path(r.file).name} row {r.row}"
        + (f" column {r.column!r}" if r.column else "") + f": {r.reason}"
        for r in rejected[:MAX_REJECTED_SHOWN]
    ]
    summary.date_order = ", ".join(dict.fromkeys(acc.date_orders)) or None
    summary.encoding = ", ".join(dict.fromkeys(acc.encodings)) or None
    _write_rejected(cur, import_id, rejected)
    cur.execute(
        "INSERT INTO imports VALUES (?, ?, ?, ?, ?, ?, 'ok')",
        [import_id, started, _dt.datetime.now(), summary.target,
         json.dumps(summary.files, ensure_ascii=False),
         json.dumps(summary.to_dict(), ensure_ascii=False)],
    )


def _pseudonymise(cur: duckdb.DuckDBPyConnection, options: ImportOptions,
                  summary: ImportSummary, table: str, staged: bool,
                  labels: dict[str, str]) -> bool:
    """Hash customer ids and every column of personal data (e-mails, phones, names, by
    header or content: :mod:`~retention_desktop.core.importer.pii`) of the staged rows
    (asked for, or the project has pseudonymised data already: raw and hashed ids must
    never mix). ``labels``: staging column -> source header."""
    salt = pseudonym.project_salt(cur, create=options.pseudonymise)
    if salt is None:
        return False
    if not staged:
        return True
    if not options.pseudonymise:
        summary.warnings.append("this project stores pseudonymised customers: customer ids, "
                                "e-mails and phones were pseudonymised as in earlier imports")
    extra = _personal_columns(cur, table, labels)
    pseudonym.pseudonymise_table(cur, table, salt, extra)
    return True


def _note_rules(summary: ImportSummary, res: Resolved) -> None:
    """Record the recognised export and the money / customer rules of a file."""
    for items, text in ((summary.layouts, res.label),
                        (summary.money, res.plan.describe(res.fields.get("quantity"))
                         if res.plan else ""),
                        (summary.identity, res.describe_identity())):
        if text and text not in items:
            items.append(text)


_NOT_PERSONAL = {"file_idx", "src_file", "src_row", "order_id", "order_ts", "line_revenue",
                 "quantity", "kind_hint", "channel", "campaign", "country", "plan", "_bad",
                 "customer_id", "email", "phone", "name", "revenue", "items", "kind",
                 "source_file", "source_row", "import_id", *PRODUCT_STAGE_COLUMNS}


def _personal_columns(cur: duckdb.DuckDBPyConnection, table: str,
                      labels: dict[str, str]) -> dict[str, str]:
    """``{column: kind}`` of the staged text columns holding e-mails, phones or names."""
    from retention_desktop.core.importer.pii import column_kind

    out = {}
    for name, dtype in cur.execute("SELECT name, type FROM pragma_table_info(?)",
                                   [table]).fetchall():
        if name in _NOT_PERSONAL or dtype != "VARCHAR":
            continue
        col = quote_ident(name)
        values = [r[0] for r in cur.execute(
            f"SELECT {col} FROM {quote_ident(table)} WHERE {col} IS NOT NULL LIMIT 500"
        ).fetchall()]
        kind = column_kind(labels.get(name, name), values)
        if kind:
            out[name] = kind
    return out


def _note_fast(cur: duckdb.DuckDBPyConnection, summary: ImportSummary,
               staged: fastpath.FastStaged, path: Path, encodings: list[str],
               date_orders: list[str]) -> None:
    """Record a file the DuckDB fast path read (one pass or staged)."""
    summary.fast_path_files += 1
    _note_rules(summary, staged.res)
    _save_mapping(cur, staged.res)
    encodings.append(staged.encoding)
    _note_dates(summary, date_orders, path, staged.date_order, staged.ambiguous)


def _note_dates(summary: ImportSummary, date_orders: list[str], path: Path, order: str,
                ambiguous: bool) -> None:
    """Record the date order a file was read with; warn when it was a guess."""
    date_orders.append(order + (" (assumed)" if ambiguous else ""))
    if ambiguous:
        summary.warnings.append(
            f"{path.name}: dates could be day-first or month-first; read as {order}. "
            "Change it in the mapping dialog (or --date-order) if wrong.")


def _stage(cur: duckdb.DuckDBPyConnection, sql: str, frame: pd.DataFrame,
           params: list[object]) -> None:
    # DuckDB refuses register() while a previous result is only partly fetched.
    cur.execute("SELECT 1").fetchall()
    cur.register("_df", frame)
    try:
        cur.execute(sql, params)
    finally:
        cur.unregister("_df")


def _save_mapping(cur: duckdb.DuckDBPyConnection, res: Resolved) -> None:
    # DELETE + INSERT, not INSERT OR REPLACE: a replaced key left DuckDB (2.0) unable to
    # CHECKPOINT for the rest of the session ("other write transactions active")
    cur.execute("DELETE FROM mappings WHERE layout_key = ?", [res.key])
    cur.execute("INSERT INTO mappings VALUES (?, ?, ?)",
                [res.key, dump_mapping(res.fields), _dt.datetime.now()])


def _finish_orders(cur: duckdb.DuckDBPyConnection, summary: ImportSummary, import_id: int,
                   dims: dict[str, str], uci_ids: bool = True,
                   quiet: set[str] = frozenset()) -> None:
    extras = list(dict.fromkeys(dims.values()))
    counts, varying = build_orders(cur, import_id, extras, uci_ids)
    for name in (v for v in varying if v not in quiet):  # product attributes: in line_items
        summary.warnings.append(f"column {name!r} differs between lines of one order "
                                "(product-level); not kept as a dimension")
    kept = [e for e in extras if e not in varying]
    _register_dims(cur, summary, dims, kept)
    insert_orders(cur, import_id, kept)
    lines = insert_line_items(cur, import_id)
    summary.product_lines, summary.products = lines.kept, lines.products
    summary.lines_without_product = lines.without_product
    if lines.without_product:
        summary.warnings.append(f"{lines.without_product} product lines have neither a product "
                                "id nor a name; their orders are kept, the lines are not")
    for key in ("line_items", "orders_created", "returns_created", "cancellations_created",
                "customers", "guest_rows", "cancelled_rows", "returned_rows",
                "duplicates_skipped", "date_min", "date_max"):
        setattr(summary, key, getattr(counts, key))
    summary.rows_created = counts.inserted


def _register_dims(cur: duckdb.DuckDBPyConnection, summary: ImportSummary,
                   dims: dict[str, str], kept: list[str]) -> None:
    """Add the kept extra columns to ``orders`` (VARCHAR) and list them in ``dimensions``."""
    have = {r[0].lower() for r in cur.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_name = 'orders'"
    ).fetchall()}
    labels = {v: k for k, v in dims.items()}
    for name in kept:
        if name.lower() not in have:
            cur.execute(f"ALTER TABLE orders ADD COLUMN {quote_ident(name)} VARCHAR")
            summary.dimensions_added.append(name)
        cur.execute("INSERT OR IGNORE INTO dimensions VALUES ('orders', ?, ?)",
                    [name, labels.get(name, name)])


def _finish_generic(cur: duckdb.DuckDBPyConnection, summary: ImportSummary, import_id: int,
                    target: str, started: bool) -> None:
    if not started:
        return
    cols = [r[0] for r in cur.execute("SELECT name FROM pragma_table_info('_gen')").fetchall()]
    table = quote_ident(target)
    qcols = ", ".join(quote_ident(c) for c in cols)
    summary.line_items = cur.execute("SELECT count(*) FROM _gen").fetchone()[0]
    if target == "customers":
        new = ("SELECT * FROM _gen g WHERE NOT EXISTS (SELECT 1 FROM customers c "
               "WHERE c.customer_id = g.customer_id) QUALIFY row_number() OVER "
               "(PARTITION BY g.customer_id) = 1")
    else:
        new = f"SELECT DISTINCT {qcols} FROM _gen EXCEPT SELECT {qcols} FROM {table}"
    cur.execute(f"CREATE TEMP TABLE _new AS {new}")
    n = cur.execute("SELECT count(*) FROM _new").fetchone()[0]
    cur.execute(f"INSERT INTO {table} ({qcols}, import_id) SELECT {qcols}, ? FROM _new",
                [import_id])
    cur.execute("DROP TABLE _new")
    summary.rows_created = n
    summary.duplicates_skipped = summary.line_items - n
    if "customer_id" in cols:
        summary.customers = cur.execute(
            "SELECT count(DISTINCT customer_id) FROM _gen").fetchone()[0]
        summary.guest_rows = cur.execute(
            "SELECT count(*) FROM _gen WHERE customer_id IS NULL").fetchone()[0]


def _write_rejected(cur: duckdb.DuckDBPyConnection, import_id: int,
                    rejected: list[Rejection]) -> None:
    if not rejected:
        return
    import pandas as pd

    frame = pd.DataFrame({
        "import_id": [import_id] * len(rejected),
        "source_file": [r.file for r in rejected],
        "source_row": [r.row for r in rejected],
        "column_name": [r.column for r in rejected],
        "value": [None if r.value is None else r.value.replace("\x00", "") for r in rejected],
        "reason": [r.reason for r in rejected],
    })
    _stage(cur, "INSERT INTO rejected_rows SELECT * FROM _df", frame, [])
