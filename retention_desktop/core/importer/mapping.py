"""Turn role guesses, a saved mapping and user overrides into one field -> column map."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from retention_desktop.core.importer.errors import ImportFailed
from retention_desktop.core.importer.layouts import Layout, detect_layout, generic_label
from retention_desktop.core.importer.money import MoneyPlan, decide_money, describe_identity
from retention_desktop.core.importer.readers import RawTable
from retention_desktop.core.importer.roles import TARGET_FIELDS, RoleGuess, fold, guess_roles

if TYPE_CHECKING:
    import duckdb

# Canonical ``orders`` columns an extra source column must not collide with.
ORDER_COLUMNS = {"order_id", "customer_id", "order_ts", "revenue", "items", "kind", "channel",
                 "campaign", "country", "plan", "source_file", "source_row", "import_id"}
FIELD_LABELS = {"order_ts": "order date", "revenue": "amount / total", "unit_price": "unit price",
                "customer_id": "customer id", "order_id": "order / invoice number"}
# Roles of a line-item export's product columns (kept in ``line_items``).
PRODUCT_FIELDS = ("product_id", "product_name", "category", "brand", "product_variant")


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
    layout: Layout | None = None    # the platform export recognised, if any
    label: str | None = None        # its name for people ("Shopify orders export")
    plan: MoneyPlan | None = None   # how revenue is computed (orders only)
    identity: tuple[str, ...] = ()  # customer id / email / phone / name fields, best first
    warnings: tuple[str, ...] = ()

    @property
    def product_attributes(self) -> tuple[str, ...]:
        """Source columns of the category / brand / variant roles."""
        return tuple(self.fields[f] for f in PRODUCT_FIELDS[2:] if f in self.fields)

    @property
    def dimension_columns(self) -> tuple[str, ...]:
        """Source columns offered as ``orders`` dimensions, in file order: the unmapped
        ones, and the product attributes (kept on an order whose lines all agree, as
        before products were kept; dropped without a warning where they differ)."""
        attrs = set(self.product_attributes)
        return tuple(r.column for r in self.roles
                     if r.column in self.extras or r.column in attrs)

    @property
    def has_products(self) -> bool:
        """Whether the file's rows are product lines to keep in ``line_items``: a product
        id or name column, and not a one-row-per-order platform export."""
        return (bool({"product_id", "product_name"} & set(self.fields))
                and not (self.layout is not None and self.layout.order_level))

    @property
    def plain(self) -> bool:
        """Whether the DuckDB fast path may read the file: one customer-id column, line
        amounts (or quantity x price) summed per order, no statuses, refunds or platform
        rules -- everything else needs :func:`~retention_desktop.core.importer.convert.
        order_lines`."""
        special = {"status", "email", "phone", "name", "order_total", "refund",
                   "adjusted_total", "order_time", "row_type"}
        return (self.layout is None and not self.warnings and not special & set(self.fields)
                and (self.plan is None or self.plan.mode in ("line", "qty_x_price")))

    def describe_identity(self) -> str:
        """How the customer of a row is found, in words."""
        return describe_identity(self.identity, self.fields)


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
    layout = None
    if target == "orders" and table.has_header:
        layout, by_layout = detect_layout(columns)
        if layout is not None:
            used = set(by_layout.values())
            # the layout decides every role; header words may add only dimensions
            fields = {f: c for f, c in fields.items() if c not in used and f not in by_layout
                      and f in ("channel", "campaign", "country", "plan")}
            fields.update(by_layout)
            how = {c: ("layout" if c in used else how.get(c, "")) for c in fields.values()}
    if saved and "product" in saved:
        # saved before products were kept: its one "product" column is re-guessed
        # with the product roles (id / name / category / brand / variant)
        products = {f: c for f, c in fields.items() if f in PRODUCT_FIELDS}
        saved = {f: c for f, c in saved.items() if f != "product"}
        saved.update({f: c for f, c in products.items()
                      if f not in saved and c not in saved.values()})
    if saved:
        usable = {f: c for f, c in saved.items() if c in columns}
        if len(usable) == len(saved):
            fields, how = dict(usable), {c: "saved" for c in usable.values()}
    known = set(TARGET_FIELDS[target][0] + TARGET_FIELDS[target][1])
    for fld, col in overrides.items():
        fld = "product_name" if fld == "product" else fld  # the name before products were kept
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
    plan, identity, label, warnings = None, (), None, ()
    if target == "orders":
        fields, plan = decide_money(table.frame, fields)
        identity = tuple(f for f in ("customer_id", "email", "phone", "name") if f in fields)
        warnings = plan.warnings
        label = layout.label if layout else _generic_label(table, fields)
        for col in list(how):
            if col not in fields.values():
                how.pop(col)
        for col in fields.values():
            how.setdefault(col, "content")
    inverse = {c: f for f, c in fields.items()}
    roles = tuple(
        RoleGuess(c, inverse.get(c), {"user": 1.0, "saved": 1.0, "layout": 0.99}.get(
            how.get(c, ""), guesses[c].confidence), how.get(c, "") if c in inverse else "")
        for c in columns
    )
    extras = tuple(c for c in columns if c not in inverse)
    return Resolved(fields, roles, extras, layout_key(table, target), layout, label, plan,
                    identity, warnings)


def _generic_label(table: RawTable, fields: dict[str, str]) -> str | None:
    """Persian / Arabic exports no platform layout describes get a label by language."""
    columns = [str(c) for c in table.frame.columns]
    if not table.has_header or not any("\u0600" <= ch <= "\u06ff" for ch in "".join(columns)):
        return None
    oid = fields.get("order_id")
    multi = bool(oid) and bool(table.frame[oid].duplicated().any())
    return generic_label(columns, fields, multi)


def check_required(res: Resolved, target: str, table: RawTable) -> None:
    """Raise a clear message when a required field has no column."""
    required = list(TARGET_FIELDS[target][0])
    missing = [f for f in required if f not in res.fields]
    if target == "orders" and not {"revenue", "order_total", "unit_price"} & set(res.fields):
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
