"""What the mapping dialog shows before an import (:func:`preview`)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from retention_desktop.core.importer.errors import ImportFailed
from retention_desktop.core.importer.mapping import (
    check_required,
    layout_key,
    resolve,
    saved_mapping,
)
from retention_desktop.core.importer.options import ImportOptions, Preview
from retention_desktop.core.importer.pipeline import expand_paths
from retention_desktop.core.importer.readers import read_any
from retention_desktop.core.importer.roles import guess_target

PREVIEW_ROWS = 20


def read_first(paths: Sequence[str | Path] | str | Path, options: ImportOptions,
               store=None):
    """The first file of ``paths`` as the import reads it: ``(table, target, saved mapping)``.

    Shared by the preview and the mapping dialog's first-orders sample, so both see the
    same table, import target and mapping remembered for this layout.
    """
    files = expand_paths([paths] if isinstance(paths, (str, Path)) else paths)
    table = read_any(files[0], sheet=options.sheet, encoding=options.encoding,
                     has_header=options.has_header)
    target = options.target
    if target == "auto":
        target = guess_target(list(table.frame.columns)) if table.has_header else "orders"
    saved = saved_mapping(store.cursor(), layout_key(table, target)) if store is not None else None
    return table, target, saved


def preview(paths: Sequence[str | Path], options: ImportOptions | None = None,
            store=None, parts: dict | None = None) -> Preview:
    """Read the first file of ``paths`` and describe how it would be imported.

    Parameters
    ----------
    paths : sequence of path
        Files or folders (as for :func:`import_files`); the first file is previewed.
    options : ImportOptions, optional
        Sheet, encoding, mapping and date-order overrides.
    store : ProjectStore, optional
        When given, a mapping saved for the same layout is applied.
    parts : dict, optional
        Filled with the ``table`` read, its ``res`` (mapping) and ``saved`` mapping, for
        :func:`~retention_desktop.core.importer.sample.preview_with_orders`.

    Raises
    ------
    ImportFailed
        When the file cannot be read at all.
    """
    from retention_desktop.core.importer.values import normalize_text, parse_dates

    options = options or ImportOptions()
    files = expand_paths([paths] if isinstance(paths, (str, Path)) else paths)
    table, target, saved = read_first(files, options, store)
    res = resolve(table, target, options.mapping_dict, saved)
    warnings = list(table.warnings) + list(res.warnings)
    order, ambiguous = None, False
    date_field = next((f for f in ("order_ts", "ts", "signup_ts", "period", "assigned_ts")
                       if f in res.fields), None)
    if date_field:
        d = parse_dates(table.frame[res.fields[date_field]], options.date_order)
        order, ambiguous = d.order, d.ambiguous
        if ambiguous:
            warnings.append("Dates could be day-first or month-first; assumed "
                            f"{order}. Change it if wrong.")
        if d.bad.any():
            warnings.append(f"{int(d.bad.sum())} values in {res.fields[date_field]!r} "
                            "are not dates")
    try:
        check_required(res, target, table)
    except ImportFailed as exc:
        warnings.append(exc.reason)
    if table.rejected:
        warnings.append(f"{len(table.rejected)} rows have the wrong number of fields")
    if parts is not None:
        parts.update(table=table, res=res, saved=saved)
    head = table.frame.head(PREVIEW_ROWS)
    rows = tuple(tuple(normalize_text(head[c]).iloc[i] for c in head.columns)
                 for i in range(len(head)))
    return Preview(
        files=tuple(str(f) for f in files), target=target, encoding=table.encoding,
        delimiter=table.delimiter, sheet=table.sheet, sheets=tuple(table.sheets),
        has_header=table.has_header, header_row=table.header_row,
        columns=tuple(table.frame.columns), rows=rows, roles=res.roles,
        mapping=dict(res.fields), date_order=order, date_ambiguous=ambiguous,
        layout_key=res.key, warnings=tuple(warnings), layout=res.label,
        identity=res.describe_identity() if target == "orders" else "",
        money=res.plan.describe(res.fields.get("quantity")) if res.plan else "",
        identity_fields=res.identity,
    )
