"""What the caller asks for (:class:`ImportOptions`) and what it gets back
(:class:`Preview`, :class:`ImportSummary`)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from retention_desktop.core.importer.date_orders import DATE_ORDERS
from retention_desktop.core.importer.roles import TARGETS, RoleGuess


@dataclass(frozen=True)
class ImportOptions:
    """Snapshot of the user's import choices.

    Parameters
    ----------
    target : str
        ``'orders'`` (default), ``'customers'``, ``'activity'``, ``'assignments'``,
        ``'spend'``, ``'survey'``, or ``'auto'`` (decided from the headers).
    sheet : str, optional
        Workbook sheet to read (default: the first sheet with data).
    mapping : mapping of str to str
        Overrides ``{field: source column}``, e.g. ``{"revenue": "Total"}``. Stored as a
        sorted tuple of pairs so the options stay hashable.
    date_order : str, optional
        Force one of ``iso``, ``day-first``, ``month-first``, ``excel-serial``,
        ``yyyymmdd``, ``jalali`` instead of detecting it.
    encoding : str, optional
        Force a text encoding (Python codec name, e.g. ``cp1256``).
    has_header : bool, optional
        Force whether the first row is a header (detected when None).
    keep_extra_columns : bool
        Keep unmapped columns as segment dimensions of ``orders``.
    fast_path : bool
        Allow DuckDB's ``read_csv`` for clean CSV files (tests switch it off to compare).
    pseudonymise : bool
        Replace customer ids, e-mails and phone numbers by salted hashes (see
        :mod:`retention_desktop.core.store.pseudonym`).
    """

    target: str = "orders"
    sheet: str | None = None
    mapping: tuple[tuple[str, str], ...] | Mapping[str, str] = ()
    date_order: str | None = None
    encoding: str | None = None
    has_header: bool | None = None
    keep_extra_columns: bool = True
    fast_path: bool = True
    pseudonymise: bool = False

    def __post_init__(self) -> None:
        pairs = self.mapping.items() if isinstance(self.mapping, Mapping) else self.mapping
        object.__setattr__(self, "mapping", tuple(sorted((str(k), str(v)) for k, v in pairs)))
        if self.target not in TARGETS + ("auto",):
            raise ValueError(f"unknown import target {self.target!r}; use one of "
                             + ", ".join(TARGETS + ("auto",)))
        if self.date_order is not None and self.date_order not in DATE_ORDERS:
            raise ValueError(f"unknown date order {self.date_order!r}; use one of "
                             + ", ".join(DATE_ORDERS))

    @property
    def mapping_dict(self) -> dict[str, str]:
        """The overrides as a dict."""
        return dict(self.mapping)


@dataclass(frozen=True)
class Preview:
    """What the mapping dialog shows before an import."""

    files: tuple[str, ...]
    target: str
    encoding: str | None
    delimiter: str | None
    sheet: str | None
    sheets: tuple[str, ...]
    has_header: bool
    header_row: int | None
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    roles: tuple[RoleGuess, ...]
    mapping: dict[str, str]
    date_order: str | None
    date_ambiguous: bool
    layout_key: str
    warnings: tuple[str, ...] = ()
    layout: str | None = None   # the export recognised ("Shopify orders export"), if any
    identity: str = ""          # how the customer is found ("customer = 'Email' (e-mail)")
    money: str = ""             # how revenue is computed ("revenue = 'Total', once per order")
    identity_fields: tuple[str, ...] = ()  # ("email", "phone", "name"): the customer, best first


@dataclass
class ImportSummary:
    """The result of an import, as printed by the CLI.

    Counts
    ------
    rows_read : data rows in the files (header excluded), accepted or rejected.
    line_items : rows accepted (one per source line; line-item exports have several
        per order).
    orders_created / returns_created / cancellations_created : documents added to
        ``orders`` by kind (``rows_created`` = their sum; for other targets the rows added).
    customers : distinct customer ids with at least one ``order`` in the files.
    guest_rows : accepted rows without a customer id (kept as guest checkouts).
    cancelled_rows / returned_rows : accepted rows that belong to cancellations / returns.
    duplicates_skipped : documents not added because the project (or another file of the
        same import) already had them.
    rejected_count / rejected_first : unreadable rows (all stored in ``rejected_rows``)
        and the first few reasons as "file row N column 'C': reason".
    layouts / money / identity : the exports recognised, how revenue was computed and how
        customers were found (one entry per distinct answer among the files).
    product_lines / products : rows added to ``line_items`` (product lines of the new
        documents) and the distinct products (grouping keys) among them; 0 for an
        order-level file.
    lines_without_product : product lines with neither a product id nor a name (their
        orders are kept, the lines are not).
    """

    import_id: int
    target: str
    files: list[str]
    rows_read: int = 0
    line_items: int = 0
    orders_created: int = 0
    returns_created: int = 0
    cancellations_created: int = 0
    rows_created: int = 0
    customers: int = 0
    guest_rows: int = 0
    cancelled_rows: int = 0
    returned_rows: int = 0
    duplicates_skipped: int = 0
    rejected_count: int = 0
    rejected_first: list[str] = field(default_factory=list)
    date_min: str | None = None
    date_max: str | None = None
    date_order: str | None = None
    encoding: str | None = None
    fast_path_files: int = 0
    dimensions_added: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    currency: str | None = None  # detected from the headers / money cells (ISO code)
    layouts: list[str] = field(default_factory=list)   # exports recognised ("Shopify ...")
    money: list[str] = field(default_factory=list)     # how revenue was computed, per layout
    identity: list[str] = field(default_factory=list)  # how customers were found, per layout
    product_lines: int = 0
    products: int = 0
    lines_without_product: int = 0

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready dict (keys as printed by ``retention-desktop import``)."""
        return {
            "import_id": self.import_id,
            "target": self.target,
            "files": list(self.files),
            "rows_read": self.rows_read,
            "line_items": self.line_items,
            "orders_created": self.orders_created,
            "returns_created": self.returns_created,
            "cancellations_created": self.cancellations_created,
            "rows_created": self.rows_created,
            "customers": self.customers,
            "guest_rows": self.guest_rows,
            "cancelled_rows": self.cancelled_rows,
            "returned_rows": self.returned_rows,
            "rejected_rows": {"count": self.rejected_count, "first": list(self.rejected_first)},
            "date_min": self.date_min,
            "date_max": self.date_max,
            "date_order": self.date_order,
            "encoding": self.encoding,
            "duplicates_skipped": self.duplicates_skipped,
            "dimensions_added": list(self.dimensions_added),
            "fast_path_files": self.fast_path_files,
            "warnings": list(self.warnings),
            "currency": self.currency,
            "layouts": list(self.layouts),
            "money": list(self.money),
            "identity": list(self.identity),
            "product_lines": self.product_lines,
            "products": self.products,
            "lines_without_product": self.lines_without_product,
        }
