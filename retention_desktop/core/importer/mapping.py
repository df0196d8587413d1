"""Turn role guesses, a saved mapping and user overrides into one field -> column map."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from retention_desktop.core.importer.errors import ImportFailed
from retention_desktop.core.importer.readers import RawTable
from retention_desktop.core.importer.roles import TARGET_FIELDS, RoleGuess, fold, guess_roles

if TYPE_CHECKING:
    import duckdb

# Canonical ``orders`` columns an extra source column must not collide with.
ORDER_COLUMNS = {"order_id", "customer_id", "order_ts", "revenue", "items", "kind", "channel",
                 "campaign", "country", "plan", "source_file", "source_row", "import_id"}
FIELD_LABELS = {"order_ts": "order date", "revenue": "amount / total", "unit_price": "unit price",
                "customer_id": "customer id", "order_id": "order / invoice number"}


def layout_key(table: RawTable, target: str) -> str:
    """Fingerprint of a file layout: same headers (or same width without header)."""
    if table.has_header:
        sig = "|".join(fold(c) for c in table.frame.columns)
    else:
        sig = f"noheader:{len(table.frame.columns)}"
    return hashlib.sha1(f"{target}|{sig}".encode()).hexdigest()[:20]


@dataclass(frozen=True)
class Resolved:
    """Final mapping of one file."""

    fields: dict[str, str]          # field -> source column
    roles: tuple[RoleGuess, ...]    # per source column, in file order
    extras: tuple[str, ...]         # unmapped source columns kept as dimensions
    key: str


def _find_column(columns: list[str], wanted: str) -> str | None:
    if wanted in columns:
        return wanted
    folded = {fold(c): c for c in columns}
    return folded.get(fold(wanted))


def resolve(table: RawTable, target: str, overrides: dict[str, str],
            saved: dict[str, str] | None) -> Resolved:
    """Combine auto-detection, the saved mapping of this layout and user overrides."""
    columns = list(table.frame.columns)
    guesses = {g.column: g for g in guess_roles(table.frame, target, table.has_header)}
    fields = {g.field: g.column for g in guesses.values() if g.field}
    how = {c: g.how for c, g in guesses.items() if g.field}
    if saved:
        usable = {f: c for f, c in saved.items() if c in columns}
        if len(usable) == len(saved):
            fields, how = dict(usable), {c: "saved" for c in usable.values()}
    known = set(TARGET_FIELDS[target][0] + TARGET_FIELDS[target][1])
    for fld, col in overrides.items():
        if fld not in known:
            raise ImportFailed(f"Unknown field {fld!r} for {target}; fields are "
                               + ", ".join(sorted(known)) + ".", file=table.path)
        if col in ("", "-"):
            fields.pop(fld, None)
            continue
        real = _find_column(columns, col)
        if real is None:
            raise ImportFailed(f"There is no column {col!r} (asked for {fld}). Columns: "
                               + ", ".join(repr(c) for c in columns) + ".", file=table.path)
        fields = {f: c for f, c in fields.items() if c != real}
        fields[fld] = real
        how[real] = "user"
    inverse = {c: f for f, c in fields.items()}
    roles = tuple(
        RoleGuess(c, inverse.get(c), guesses[c].confidence if how.get(c) not in ("user", "saved")
                  else 1.0, how.get(c, "") if c in inverse else "")
        for c in columns
    )
    extras = tuple(c for c in columns if c not in inverse)
    return Resolved(fields, roles, extras, layout_key(table, target))


def check_required(res: Resolved, target: str, table: RawTable) -> None:
    """Raise a clear message when a required field has no column."""
    required = list(TARGET_FIELDS[target][0])
    missing = [f for f in required if f not in res.fields]
    if target == "orders" and "revenue" not in res.fields and not (
        "quantity" in res.fields and "unit_price" in res.fields
    ):
        missing.append("revenue")
    if missing:
        names = " and ".join(FIELD_LABELS.get(f, f) for f in missing)
        cols = ", ".join(repr(c) for c in table.frame.columns)
        hint = " ".join(f"--map {f}=COLUMN" for f in missing)
        raise ImportFailed(
            f"Missing required column: {names} (no column was recognised; columns are {cols}). "
            f"Choose it in the mapping dialog or with {hint}.", file=table.path,
            column=missing[0],
        )


def dump_mapping(fields: dict[str, str]) -> str:
    """JSON text stored in the ``mappings`` table."""
    return json.dumps(dict(sorted(fields.items())), ensure_ascii=False)


def saved_mapping(cur: duckdb.DuckDBPyConnection, key: str) -> dict[str, str] | None:
    """The mapping saved for layout ``key`` (:func:`dump_mapping`'s JSON), or None."""
    row = cur.execute("SELECT mapping FROM mappings WHERE layout_key = ?", [key]).fetchone()
    return json.loads(row[0]) if row else None
