"""Exports of the shop and payment platforms shop owners use, recognised by their headers.

Each :class:`Layout` was written from the platform's public description of its export
(listed in ``tests/data/platforms/SOURCE.txt``). A recognised layout fixes which column
plays which role where header words alone would mislead (Shopify's ``Name`` is the order
number, WooCommerce's ``Name`` the product, Etsy's ``Buyer`` a user name) and says how
its statuses and refunds are meant. Files no layout recognises go through the general
rules of :mod:`~retention_desktop.core.importer.roles` and
:mod:`~retention_desktop.core.importer.money`, which the layouts share.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from retention_desktop.core.i18n import tr_noop
from retention_desktop.core.importer.roles import fold


@dataclass(frozen=True)
class Layout:
    """One platform export.

    Attributes
    ----------
    label : str
        What the mapping dialog shows ("Shopify orders export"), English, marked with
        ``tr_noop(..., "Layouts")``; the dialog translates it with ``tr_core``.
    signature : tuple of tuple of str
        Headers that must all be present; each entry lists alternative spellings.
    fields : dict
        ``field -> header`` (used when the header is present).
    status_on_order : bool
        A "refunded" / "cancelled" status describes the order itself: the order is kept
        and a reversing document is added (see :mod:`~retention_desktop.core.importer.money`).
        False where a refund is its own row (PayPal).
    guest_ids : tuple of str
        Customer-id values that mean "guest" (WooCommerce writes 0).
    debit_email : str or None
        Column holding the buyer's e-mail on money-out rows (PayPal puts the buyer in
        "To Email Address" on a refund).
    order_level : bool
        One row per order or payment, not per product line: its product column
        ("Product(s)", a payment's description) names the order, so no ``line_items``
        are written from it.
    """

    key: str
    label: str
    signature: tuple[tuple[str, ...], ...]
    fields: dict[str, str] = field(default_factory=dict)
    status_on_order: bool = True
    guest_ids: tuple[str, ...] = ()
    debit_email: str | None = None
    order_level: bool = False


def _sig(*names: str | tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    return tuple((n,) if isinstance(n, str) else n for n in names)


LAYOUTS: tuple[Layout, ...] = (
    Layout("shopify_orders", tr_noop("Shopify orders export", "Layouts"),
           _sig("Name", "Email", "Financial Status", "Lineitem quantity", "Lineitem price",
                "Total", "Created at"),
           {"order_id": "Name", "email": "Email", "status": "Financial Status",
            "order_ts": "Created at", "order_total": "Total", "refund": "Refunded Amount",
            "quantity": "Lineitem quantity", "unit_price": "Lineitem price",
            "product_name": "Lineitem name", "product_id": "Lineitem sku",
            "product_variant": "Lineitem variant", "brand": "Vendor",
            "name": "Billing Name", "phone": "Phone", "channel": "Source"}),
    Layout("woo_order_export", tr_noop("WooCommerce order export (Advanced Order Export)", "Layouts"),
           _sig("Order Number", "Order Status", "Order Date", "Email (Billing)",
                "Order Total Amount"),
           {"order_id": "Order Number", "status": "Order Status", "order_ts": "Order Date",
            "customer_id": "Customer User ID", "email": "Email (Billing)",
            "phone": "Phone (Billing)", "order_total": "Order Total Amount",
            "refund": "Order Refund Amount", "quantity": "Quantity", "unit_price": "Item Cost",
            "revenue": "Order Line Total", "product_name": "Name",
            "product_id": "SKU"},
           guest_ids=("0",)),
    Layout("woo_customer_order_csv", tr_noop("WooCommerce Customer/Order CSV Export", "Layouts"),
           _sig("order_number", "order_date", "status", "order_total", "billing_email",
                ("item_quantity", "item_name")),
           {"order_id": "order_number", "order_ts": "order_date", "status": "status",
            "order_total": "order_total", "refund": "refunded_total",
            "customer_id": "customer_id", "email": "billing_email", "phone": "billing_phone",
            "quantity": "item_quantity", "revenue": "item_total",
            "product_name": "item_name", "product_id": "item_sku"},
           guest_ids=("0",)),
    Layout("woo_analytics_orders", tr_noop("WooCommerce Analytics orders export", "Layouts"),
           _sig("Order #", "Status", "Customer", "Customer type", "Net Sales"),
           {"order_id": "Order #", "order_ts": "Date", "status": "Status", "name": "Customer",
            "revenue": "Net Sales", "quantity": "Items sold", "product_name": "Product(s)"},
           status_on_order=False, order_level=True),
    Layout("etsy_sold_orders", tr_noop("Etsy sold orders (EtsySoldOrders)", "Layouts"),
           _sig("Sale Date", "Order ID", "Number of Items", "Order Total"),
           {"order_id": "Order ID", "order_ts": "Sale Date", "customer_id": "Buyer User ID",
            "name": "Buyer", "order_total": "Order Total",
            "adjusted_total": "Adjusted Order Total", "quantity": "Number of Items",
            "status": "Status"}, order_level=True),
    Layout("etsy_sold_order_items", tr_noop("Etsy sold order items (EtsySoldOrderItems)", "Layouts"),
           _sig("Sale Date", "Item Name", "Buyer", "Quantity", "Price", "Item Total",
                "Order ID"),
           {"order_id": "Order ID", "order_ts": "Sale Date", "name": "Buyer",
            "quantity": "Quantity", "unit_price": "Price", "revenue": "Item Total",
            "product_name": "Item Name", "product_id": "SKU",
            "product_variant": "Variations"}),
    Layout("square_item_sales", tr_noop("Square item sales (Items detail)", "Layouts"),
           _sig("Date", "Time", "Item", "Qty", "Net Sales", "Transaction ID", "Event Type"),
           {"order_ts": "Date", "order_time": "Time", "order_id": "Transaction ID",
            "customer_id": "Customer ID", "name": "Customer Name", "quantity": "Qty",
            "revenue": "Net Sales", "product_name": "Item", "product_id": "SKU",
            "category": "Category", "product_variant": "Price Point Name",
            "row_type": "Event Type", "channel": "Location"}),
    Layout("stripe_payments", tr_noop("Stripe payments export", "Layouts"),
           _sig("id", ("Created (UTC)", "Created date (UTC)"), "Amount", "Amount Refunded",
                "Status"),
           {"order_id": "id", "order_ts": "Created (UTC)", "revenue": "Amount",
            "refund": "Amount Refunded", "status": "Status", "customer_id": "Customer ID",
            "email": "Customer Email", "product_name": "Description"},
           order_level=True),
    Layout("paypal_activity", tr_noop("PayPal activity download", "Layouts"),
           _sig("Date", "Time", "Name", "Type", "Status", "Gross", "Net", "Transaction ID"),
           {"order_ts": "Date", "order_time": "Time", "name": "Name", "row_type": "Type",
            "status": "Status", "revenue": "Gross", "order_id": "Transaction ID",
            "email": "From Email Address", "product_name": "Item Title",
            "phone": "Contact Phone Number"},
           status_on_order=False, order_level=True, debit_email="To Email Address"),
)


def detect_layout(columns: list[str]) -> tuple[Layout | None, dict[str, str]]:
    """The platform layout whose signature headers are all in ``columns``.

    Returns
    -------
    (Layout or None, dict)
        The layout and its ``field -> column`` mapping restricted to present columns
        (alternative spellings resolved to the file's own header text).
    """
    by_fold: dict[str, str] = {}
    for c in columns:
        by_fold.setdefault(fold(c), c)
    for layout in LAYOUTS:
        if not all(any(fold(alt) in by_fold for alt in alts) for alts in layout.signature):
            continue
        spelled = {a: entry for entry in layout.signature for a in entry}
        fields = {}
        for fld, header in layout.fields.items():
            names = (header, *spelled.get(header, ()))
            col = next((by_fold[fold(a)] for a in names if fold(a) in by_fold), None)
            if col is not None:
                fields[fld] = col
        return layout, fields
    return None, {}


_FA_LETTERS = set("پچژگکی")
_AR_ONLY = set("ةىيك")


def generic_label(columns: list[str], fields: dict[str, str], multi_line: bool) -> str | None:
    """A label for an unrecognised Persian / Arabic export, from its header language."""
    text = "".join(str(c) for c in columns)
    if not any("\u0600" <= ch <= "\u06ff" for ch in text):
        return None
    persian = bool(set(text) & _FA_LETTERS) or not set(text) & _AR_ONLY
    # whole sentences, so each language can word them (shown through ``tr_core``)
    if persian:
        return (tr_noop("Persian sales invoice export (one row per item)", "Layouts")
                if multi_line else
                tr_noop("Persian sales invoice export (one row per invoice)", "Layouts"))
    return (tr_noop("Arabic sales invoice export (one row per item)", "Layouts")
            if multi_line else
            tr_noop("Arabic sales invoice export (one row per invoice)", "Layouts"))
