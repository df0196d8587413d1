"""Deterministic sample exports in the documented layouts of shop and payment platforms.

Run ``python tests/data/platforms/generate.py OUT_DIR`` to write them; the importer tests
call :func:`write_all` into a temporary folder. Where each layout comes from is in
``SOURCE.txt`` next to this file. Every file is written from one synthetic shop (a few
hundred orders: repeat customers, guests, multi-line orders, refunds, cancellations and
unpaid orders) in the column list and value conventions the platform documents: the
order's own columns only on its first line (Shopify), repeated on every line
(WooCommerce), refunds as their own rows (Square, PayPal) or columns (Shopify, Stripe,
WooCommerce, Etsy), M/D/YY dates (Etsy), "$1,234.50" money (Square), "1,234.50" (PayPal).
"""

from __future__ import annotations

import csv
import datetime as dt
import random
import sys
from dataclasses import dataclass, field
from pathlib import Path

FIRST = ["Ava", "Liam", "Noah", "Mia", "Zara", "Omar", "Lena", "Ivan", "Sara", "Amir", "Nora",
         "Reza", "Lina", "Yusuf", "Emma", "Kian"]
LAST = ["Smith", "Khan", "Rossi", "Novak", "Haddad", "Ahmadi", "Garcia", "Chen", "Berg",
        "Karimi", "Silva", "Okafor"]
PRODUCTS = [("MUG-01", "Ceramic mug", 12.5), ("TEE-02", "Cotton tee", 19.0),
            ("CAP-03", "Canvas cap", 15.75), ("BAG-04", "Tote bag", 22.0),
            ("PEN-05", "Brass pen", 8.25), ("NB-06", "Dot notebook", 9.9),
            ("CND-07", "Soy candle", 17.4), ("SCF-08", "Wool scarf", 34.0),
            ("PLT-09", "Plant pot", 13.3), ("SOC-10", "Sock pair", 6.5),
            ("PST-11", "Art poster", 24.0), ("KEY-12", "Key ring", 4.75)]
STATUSES = ("paid", "refunded", "partial", "cancelled", "pending")


@dataclass
class Customer:
    id: str
    email: str
    phone: str
    name: str


@dataclass
class Order:
    number: int
    ts: dt.datetime
    customer: Customer | None
    lines: list[tuple[tuple[str, str, float], int]]
    status: str
    discount: float
    shipping: float
    tax: float = 0.0
    refund: float = 0.0
    extra: dict = field(default_factory=dict)

    @property
    def items_total(self) -> float:
        return round(sum(p[2] * q for p, q in self.lines), 2)

    @property
    def subtotal(self) -> float:
        return round(self.items_total - self.discount, 2)

    @property
    def total(self) -> float:
        return round(self.subtotal + self.shipping + self.tax, 2)


def shop(seed: int = 7, n_orders: int = 320) -> list[Order]:
    """The synthetic shop every layout is written from."""
    rng = random.Random(seed)
    customers = [Customer(str(2000 + i), f"{FIRST[i % 16].lower()}.{LAST[i % 12].lower()}{i}"
                          f"@example.com", f"0912{3000000 + 37 * i:07d}",
                          f"{FIRST[i % 16]} {LAST[(i * 5) % 12]}") for i in range(90)]
    orders = []
    start = dt.datetime(2024, 1, 2, 9, 0)
    stamps = sorted(start + dt.timedelta(minutes=rng.randrange(0, 360 * 24 * 60))
                    for _ in range(n_orders))
    for k, ts in enumerate(stamps):
        guest = rng.random() < 0.12
        cust = None if guest else customers[min(int(rng.expovariate(1 / 22)), 89)]
        n = rng.choice([1, 1, 1, 2, 2, 3, 4])
        lines = [(p, rng.choice([1, 1, 1, 2, 3, 5])) for p in rng.sample(PRODUCTS, n)]
        status = rng.choices(STATUSES, [80, 6, 5, 5, 4])[0]
        o = Order(1001 + k, ts.replace(second=rng.randrange(60)), cust, lines, status,
                  rng.choice([0.0, 0.0, 0.0, 5.0]), rng.choice([0.0, 4.99, 9.99]))
        if o.items_total < 20:
            o.discount = 0.0  # a coupon needs a basket of 20 or more
        o.tax = round(0.08 * o.subtotal, 2)
        o.refund = o.total if status == "refunded" else \
            round(0.3 * o.total, 2) if status == "partial" else 0.0
        orders.append(o)
    return orders


def _write(path: Path, header: list[str], rows: list[dict], encoding: str = "utf-8") -> Path:
    with open(path, "w", newline="", encoding=encoding) as fh:
        w = csv.writer(fh)
        w.writerow(header)
        for r in rows:
            w.writerow(["" if r.get(h) is None else r.get(h) for h in header])
    return path


def _money(x: float) -> str:
    return f"{x:.2f}"


# ------------------------------------------------------------------------------ Shopify
SHOPIFY = ["Name", "Email", "Financial Status", "Paid at", "Fulfillment Status", "Fulfilled at",
           "Accepts Marketing", "Currency", "Subtotal", "Shipping", "Taxes", "Total",
           "Discount Code", "Discount Amount", "Shipping Method", "Created at",
           "Lineitem quantity", "Lineitem name", "Lineitem price", "Lineitem compare at price",
           "Lineitem sku", "Lineitem requires shipping", "Lineitem taxable",
           "Lineitem fulfillment status", "Billing Name", "Billing Street", "Billing City",
           "Billing Zip", "Billing Country", "Billing Phone", "Shipping Name", "Shipping City",
           "Shipping Country", "Notes", "Cancelled at", "Payment Method", "Refunded Amount",
           "Vendor", "Outstanding Balance", "Id", "Tags", "Risk Level", "Source",
           "Lineitem discount", "Tax 1 Name", "Tax 1 Value", "Phone", "Receipt Number"]
SHOPIFY_STATUS = {"paid": "paid", "refunded": "refunded", "partial": "partially_refunded",
                  "cancelled": "voided", "pending": "pending"}


def write_shopify(orders: list[Order], folder: Path) -> Path:
    rows = []
    for o in orders:
        c = o.customer
        stamp = o.ts.strftime("%Y-%m-%d %H:%M:%S +0100")
        for i, (p, q) in enumerate(o.lines):
            r = {"Name": f"#{o.number}", "Lineitem quantity": q, "Lineitem name": p[1],
                 "Lineitem price": _money(p[2]), "Lineitem sku": p[0],
                 "Lineitem requires shipping": "true", "Lineitem taxable": "true",
                 "Lineitem fulfillment status": "fulfilled", "Lineitem discount": "0.00",
                 "Lineitem compare at price": _money(p[2] * 1.2)}
            if i == 0:  # the order's own columns only on its first line
                r.update({"Email": c.email if c else None,
                          "Financial Status": SHOPIFY_STATUS[o.status],
                          "Paid at": stamp if o.status != "pending" else None,
                          "Fulfillment Status": "fulfilled", "Accepts Marketing": "no",
                          "Currency": "EUR", "Subtotal": _money(o.subtotal),
                          "Shipping": _money(o.shipping), "Taxes": _money(o.tax),
                          "Total": _money(o.total), "Discount Amount": _money(o.discount),
                          "Discount Code": "SPRING5" if o.discount else None,
                          "Shipping Method": "Standard", "Created at": stamp,
                          "Billing Name": c.name if c else None, "Billing City": "Berlin",
                          "Billing Country": "DE", "Billing Phone": c.phone if c else None,
                          "Cancelled at": stamp if o.status == "cancelled" else None,
                          "Payment Method": "Shopify Payments",
                          "Refunded Amount": _money(o.refund), "Vendor": "Demo",
                          "Outstanding Balance": "0.00", "Id": 5100000000 + o.number,
                          "Risk Level": "Low", "Source": "web", "Tax 1 Name": "VAT 8%",
                          "Tax 1 Value": _money(o.tax)})
            rows.append(r)
    return _write(folder / "shopify_orders_export.csv", SHOPIFY, rows)


# --------------------------------------------------------------------------- WooCommerce
WOO_AOE = ["Order Number", "Order Status", "Order Date", "Customer Note",
           "First Name (Billing)", "Last Name (Billing)", "Company (Billing)",
           "Address 1&2 (Billing)", "City (Billing)", "State Code (Billing)",
           "Postcode (Billing)", "Country Code (Billing)", "Email (Billing)", "Phone (Billing)",
           "First Name (Shipping)", "Last Name (Shipping)", "Address 1&2 (Shipping)",
           "City (Shipping)", "Country Code (Shipping)", "Payment Method Title",
           "Cart Discount Amount", "Order Subtotal Amount", "Shipping Method Title",
           "Order Shipping Amount", "Order Refund Amount", "Order Total Amount",
           "Order Total Tax Amount", "Item #", "SKU", "Name", "Quantity", "Item Cost",
           "Order Line Total", "Coupon Code", "Discount Amount", "Discount Amount Tax"]
WOO_STATUS = {"paid": "Completed", "refunded": "Refunded", "partial": "Completed",
              "cancelled": "Cancelled", "pending": "Pending payment"}


def _woo_phone(c: Customer, n: int) -> str:
    """The same phone written the ways customers type it (+98, 0098, spaces)."""
    rest = c.phone[1:]
    return [c.phone, f"+98 {rest[:3]} {rest[3:6]} {rest[6:]}", f"0098{rest}"][n % 3]


def write_woo_aoe(orders: list[Order], folder: Path) -> Path:
    rows = []
    for o in orders:
        c = o.customer
        # a third of the registered customers leave no e-mail: their phone is the id
        email = c.email if c and int(c.id) % 3 else None
        phone = _woo_phone(c, o.number) if c else None
        first, last = (c.name.split(" ", 1) if c else ("", ""))
        for i, (p, q) in enumerate(o.lines, start=1):
            rows.append({
                "Order Number": o.number, "Order Status": WOO_STATUS[o.status],
                "Order Date": o.ts.strftime("%Y-%m-%d %H:%M"),
                "Customer Note": "leave at the door" if o.number % 7 == 0 else None,
                "First Name (Billing)": first, "Last Name (Billing)": last,
                "City (Billing)": "Tehran", "Country Code (Billing)": "IR",
                "Email (Billing)": email, "Phone (Billing)": phone,
                "Payment Method Title": "Direct bank transfer",
                "Cart Discount Amount": _money(o.discount),
                "Order Subtotal Amount": _money(o.items_total),
                "Shipping Method Title": "Flat rate",
                "Order Shipping Amount": _money(o.shipping),
                "Order Refund Amount": _money(o.refund), "Order Total Amount": _money(o.total),
                "Order Total Tax Amount": _money(o.tax), "Item #": i, "SKU": p[0],
                "Name": p[1], "Quantity": q, "Item Cost": _money(p[2]),
                "Order Line Total": _money(p[2] * q),
                "Discount Amount": _money(o.discount) if i == 1 else "0.00"})
    return _write(folder / "woocommerce_order_export.csv", WOO_AOE, rows)


WOO_CSV = ["order_id", "order_number", "order_date", "status", "shipping_total",
           "shipping_tax_total", "fee_total", "tax_total", "cart_discount", "discount_total",
           "order_total", "refunded_total", "order_currency", "payment_method",
           "shipping_method", "customer_id", "billing_first_name", "billing_last_name",
           "billing_email", "billing_phone", "billing_city", "billing_country",
           "customer_note", "item_id", "item_name", "item_sku", "item_quantity",
           "item_subtotal", "item_total", "item_total_tax", "item_refunded"]
WOO_CSV_STATUS = {"paid": "completed", "refunded": "refunded", "partial": "processing",
                  "cancelled": "cancelled", "pending": "failed"}


def write_woo_csv(orders: list[Order], folder: Path) -> Path:
    rows = []
    for o in orders:
        c = o.customer
        registered = c is not None and int(c.id) % 4 != 0
        for i, (p, q) in enumerate(o.lines, start=1):
            rows.append({
                "order_id": 9000 + o.number, "order_number": o.number,
                "order_date": o.ts.strftime("%Y-%m-%d %H:%M:%S"),
                "status": WOO_CSV_STATUS[o.status], "shipping_total": _money(o.shipping),
                "shipping_tax_total": "0.00", "fee_total": "0.00", "tax_total": _money(o.tax),
                "cart_discount": _money(o.discount), "discount_total": _money(o.discount),
                "order_total": _money(o.total), "refunded_total": _money(o.refund),
                "order_currency": "USD", "payment_method": "stripe",
                "shipping_method": "Flat rate",
                "customer_id": c.id if registered else 0,  # 0 = guest checkout
                "billing_first_name": c.name.split()[0] if c else "",
                "billing_last_name": c.name.split()[1] if c else "",
                "billing_email": c.email if c else None, "billing_phone": None,
                "billing_city": "Austin", "billing_country": "US",
                "item_id": 70000 + 10 * o.number + i, "item_name": p[1], "item_sku": p[0],
                "item_quantity": q, "item_subtotal": _money(p[2] * q),
                "item_total": _money(p[2] * q), "item_total_tax": "0.00",
                "item_refunded": "0.00"})
    return _write(folder / "woocommerce_customer_order_csv.csv", WOO_CSV, rows)


WOO_ANALYTICS = ["Date", "Order #", "Status", "Customer", "Customer type", "Product(s)",
                 "Items sold", "Coupon(s)", "Net Sales", "Attribution"]
WOO_AN_STATUS = {"paid": "Completed", "refunded": "Refunded", "partial": "Completed",
                 "cancelled": "Processing", "pending": "Failed"}


def write_woo_analytics(orders: list[Order], folder: Path) -> Path:
    rows, seen = [], set()
    for o in orders:
        c = o.customer
        who = c.name if c else None
        kind = None if c is None else ("returning" if who in seen else "new")
        if c:
            seen.add(who)
        rows.append({"Date": o.ts.strftime("%Y-%m-%d"), "Order #": o.number,
                     "Status": WOO_AN_STATUS[o.status], "Customer": who,
                     "Customer type": kind,
                     "Product(s)": ", ".join(p[1] for p, _ in o.lines),
                     "Items sold": sum(q for _, q in o.lines),
                     "Coupon(s)": "SPRING5" if o.discount else None,
                     "Net Sales": _money(o.subtotal), "Attribution": "Organic: Google"})
        if o.refund:  # refunds are their own rows, negative, under the order's number
            rows.append({"Date": (o.ts + dt.timedelta(days=3)).strftime("%Y-%m-%d"),
                         "Order #": o.number, "Status": "Refunded", "Customer": who,
                         "Customer type": kind, "Product(s)": o.lines[0][0][1],
                         "Items sold": -1, "Net Sales": _money(-round(o.refund * 0.9, 2)),
                         "Attribution": "Organic: Google"})
    return _write(folder / "woocommerce_analytics_orders.csv", WOO_ANALYTICS, rows)


# ---------------------------------------------------------------------------------- Etsy
ETSY_ORDERS = ["Sale Date", "Order ID", "Buyer User ID", "Full Name", "First Name",
               "Last Name", "Number of Items", "Payment Method", "Date Shipped", "Street 1",
               "Street 2", "Ship City", "Ship State", "Ship Zipcode", "Ship Country",
               "Currency", "Order Value", "Coupon Code", "Coupon Details", "Discount Amount",
               "Shipping Discount", "Shipping", "Sales Tax", "Order Total", "Status",
               "Card Processing Fees", "Order Net", "Adjusted Order Total",
               "Adjusted Card Processing Fees", "Adjusted Net Order Amount", "Buyer",
               "Order Type", "Payment Type", "InPerson Discount", "InPerson Location", "SKU"]
ETSY_ITEMS = ["Sale Date", "Item Name", "Buyer", "Quantity", "Price", "Coupon Code",
              "Coupon Details", "Discount Amount", "Shipping Discount", "Order Shipping",
              "Order Sales Tax", "Item Total", "Currency", "Transaction ID", "Listing ID",
              "Date Paid", "Date Shipped", "Ship Name", "Ship Address1", "Ship City",
              "Ship State", "Ship Zipcode", "Ship Country", "Order ID", "Variations",
              "Order Type", "Listings Type", "Payment Type", "InPerson Discount",
              "InPerson Location", "VAT Paid by Buyer", "SKU"]


def _etsy_orders(orders: list[Order]) -> list[Order]:
    # Etsy lists paid orders only; a cancelled one shows as fully refunded
    return [o for o in orders if o.status != "pending"]


def write_etsy_orders(orders: list[Order], folder: Path) -> Path:
    rows = []
    for o in _etsy_orders(orders):
        c = o.customer
        refund = o.total if o.status == "cancelled" else o.refund
        fees = round(0.03 * o.total + 0.25, 2)
        rows.append({
            "Sale Date": o.ts.strftime("%m/%d/%y"), "Order ID": 3100000000 + o.number,
            "Buyer User ID": 800000 + int(c.id) if c else None,
            "Full Name": c.name if c else "Guest Buyer",
            "Number of Items": sum(q for _, q in o.lines), "Payment Method": "Etsy Payments",
            "Ship City": "Leeds", "Ship Country": "United Kingdom", "Currency": "GBP",
            "Order Value": _money(o.items_total),
            "Coupon Code": "SPRING5" if o.discount else None,
            "Discount Amount": _money(o.discount), "Shipping Discount": "0.00",
            "Shipping": _money(o.shipping), "Sales Tax": _money(o.tax),
            "Order Total": _money(o.total), "Card Processing Fees": _money(fees),
            "Order Net": _money(o.total - fees),
            "Adjusted Order Total": _money(o.total - refund) if refund else None,
            "Buyer": f"{c.name.split()[0].lower()}{c.id}" if c else None,
            "Order Type": "online", "Payment Type": "online_cc",
            "SKU": ",".join(p[0] for p, _ in o.lines)})
    return _write(folder / "EtsySoldOrders2024.csv", ETSY_ORDERS, rows)


def write_etsy_items(orders: list[Order], folder: Path) -> Path:
    rows = []
    for o in _etsy_orders(orders):
        c = o.customer
        for i, (p, q) in enumerate(o.lines):
            rows.append({
                "Sale Date": o.ts.strftime("%m/%d/%y"), "Item Name": p[1],
                "Buyer": f"{c.name.split()[0].lower()}{c.id}" if c else None,
                "Quantity": q, "Price": _money(p[2]),
                "Discount Amount": _money(o.discount) if i == 0 else "0",
                "Order Shipping": _money(o.shipping), "Order Sales Tax": _money(o.tax),
                "Item Total": _money(p[2] * q), "Currency": "GBP",
                "Transaction ID": 4000000000 + 10 * o.number + i,
                "Listing ID": 1500000000 + PRODUCTS.index(p), "Date Paid": o.ts.strftime(
                    "%m/%d/%y"), "Ship Name": c.name if c else "Guest Buyer",
                "Ship City": "Leeds", "Ship Country": "United Kingdom",
                "Order ID": 3100000000 + o.number, "Order Type": "online",
                "Listings Type": "listing", "Payment Type": "online_cc", "SKU": p[0]})
    return _write(folder / "EtsySoldOrderItems2024.csv", ETSY_ITEMS, rows)


# -------------------------------------------------------------------------------- Square
SQUARE = ["Date", "Time", "Time Zone", "Category", "Item", "Qty", "Price Point Name", "SKU",
          "Modifiers Applied", "Gross Sales", "Discounts", "Net Sales", "Tax",
          "Transaction ID", "Payment ID", "Device Name", "Notes", "Details", "Event Type",
          "Location", "Dining Option", "Customer ID", "Customer Name",
          "Customer Reference ID", "Unit", "Count", "Itemization Type"]


def _usd(x: float) -> str:
    return f"-${abs(x):,.2f}" if x < 0 else f"${x:,.2f}"


def write_square(orders: list[Order], folder: Path) -> Path:
    rows = []
    for o in orders:
        if o.status in ("pending", "cancelled"):
            continue  # the item sales report lists completed payments and refunds only
        c = o.customer
        tx = f"T{o.number:05d}sq{o.number * 7919 % 100000:05d}"
        base = {"Time Zone": "Pacific Time (US & Canada)", "Transaction ID": tx,
                "Payment ID": f"P{o.number}", "Device Name": "Counter iPad",
                "Location": "Main St", "Customer ID": f"SQ{c.id}" if c else None,
                "Customer Name": c.name if c else None,
                "Customer Reference ID": None, "Unit": "ea", "Itemization Type": "Physical Item"}
        for p, q in o.lines:
            gross = p[2] * q
            rows.append({**base, "Date": o.ts.strftime("%Y-%m-%d"),
                         "Time": o.ts.strftime("%H:%M:%S"), "Category": "Gifts",
                         "Item": p[1], "Qty": q, "Price Point Name": "Regular", "SKU": p[0],
                         "Gross Sales": _usd(gross), "Discounts": _usd(0),
                         "Net Sales": _usd(gross), "Tax": _usd(round(0.08 * gross, 2)),
                         "Event Type": "Payment", "Count": q})
        if o.refund:  # a refund row per refunded item, under the payment's transaction
            p, q = o.lines[0]
            back = -(p[2] * q if o.status == "refunded" else p[2])
            rows.append({**base, "Date": (o.ts + dt.timedelta(days=2)).strftime("%Y-%m-%d"),
                         "Time": "12:00:00", "Category": "Gifts", "Item": p[1],
                         "Qty": -q if o.status == "refunded" else -1, "SKU": p[0],
                         "Gross Sales": _usd(back), "Discounts": _usd(0),
                         "Net Sales": _usd(back), "Tax": _usd(0), "Event Type": "Refund",
                         "Count": -1})
    return _write(folder / "items-2024-01-01-2025-01-01.csv", SQUARE, rows)


# -------------------------------------------------------------------------------- Stripe
STRIPE = ["id", "Description", "Seller Message", "Created (UTC)", "Amount", "Amount Refunded",
          "Currency", "Converted Amount", "Converted Amount Refunded", "Fee", "Tax",
          "Converted Currency", "Mode", "Status", "Statement Descriptor", "Customer ID",
          "Customer Description", "Customer Email", "Captured", "Card ID", "Card Last4",
          "Card Brand", "Card Funding", "Card Exp Month", "Card Exp Year", "Card Name",
          "Card Address Country", "Disputed Amount", "Dispute Status", "Invoice ID"]
STRIPE_STATUS = {"paid": "Paid", "refunded": "Refunded", "partial": "Paid",
                 "cancelled": "Refunded", "pending": "Failed"}


def write_stripe(orders: list[Order], folder: Path) -> Path:
    rows = []
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789"
    rng = random.Random(11)
    for o in orders:
        c = o.customer
        refund = o.total if o.status == "cancelled" else o.refund
        ident = "ch_3" + "".join(rng.choice(alphabet) for _ in range(23))
        rows.append({
            "id": ident, "Description": f"Order {o.number}",
            "Seller Message": "Payment complete." if o.status != "pending" else "declined",
            "Created (UTC)": o.ts.strftime("%Y-%m-%d %H:%M:%S"),
            "Amount": _money(o.total), "Amount Refunded": _money(refund), "Currency": "usd",
            "Converted Amount": _money(o.total), "Converted Amount Refunded": _money(refund),
            "Fee": _money(round(0.029 * o.total + 0.3, 2)), "Tax": "0.00",
            "Converted Currency": "usd", "Mode": "Live", "Status": STRIPE_STATUS[o.status],
            "Statement Descriptor": "DEMO SHOP",
            "Customer ID": f"cus_{int(c.id):014d}" if c and int(c.id) % 5 else None,
            "Customer Description": c.name if c else None,
            "Customer Email": c.email if c else None,
            "Captured": "true" if o.status != "pending" else "false",
            "Card Last4": f"{o.number % 10000:04d}", "Card Brand": "Visa",
            "Card Funding": "credit", "Card Exp Month": 4, "Card Exp Year": 2028,
            "Card Address Country": "US"})
    return _write(folder / "unified_payments.csv", STRIPE, rows)


# -------------------------------------------------------------------------------- PayPal
PAYPAL = ["Date", "Time", "TimeZone", "Name", "Type", "Status", "Currency", "Gross", "Fee",
          "Net", "From Email Address", "To Email Address", "Transaction ID",
          "Shipping Address", "Address Status", "Item Title", "Item ID",
          "Shipping and Handling Amount", "Insurance Amount", "Sales Tax", "Option 1 Name",
          "Option 1 Value", "Reference Txn ID", "Invoice Number", "Custom Number", "Quantity",
          "Receipt ID", "Balance", "Contact Phone Number", "Subject", "Note", "Country Code",
          "Balance Impact"]
SHOP_EMAIL = "sales@demo-shop.example"


def _pp(x: float) -> str:
    return f"{x:,.2f}"


def write_paypal(orders: list[Order], folder: Path) -> Path:
    rows = []
    rng = random.Random(5)
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"

    def txn() -> str:
        return "".join(rng.choice(chars) for _ in range(17))

    for o in orders:
        c = o.customer or Customer("", f"guest{o.number}@mail.example", "",
                                   "Guest Payer")  # PayPal always knows the payer's e-mail
        tid = txn()
        status = {"pending": "Pending", "refunded": "Refunded", "partial": "Partially Refunded",
                  "cancelled": "Refunded"}.get(o.status, "Completed")
        fee = round(0.0349 * o.total + 0.49, 2)
        rows.append({"Date": o.ts.strftime("%m/%d/%Y"), "Time": o.ts.strftime("%H:%M:%S"),
                     "TimeZone": "PST", "Name": c.name, "Type": "Express Checkout Payment",
                     "Status": status, "Currency": "USD", "Gross": _pp(o.total),
                     "Fee": _pp(-fee), "Net": _pp(o.total - fee), "From Email Address": c.email,
                     "To Email Address": SHOP_EMAIL, "Transaction ID": tid,
                     "Item Title": o.lines[0][0][1], "Quantity": o.lines[0][1],
                     "Invoice Number": f"INV-{o.number}", "Contact Phone Number": c.phone,
                     "Balance Impact": "Credit" if o.status != "pending" else "Memo"})
        refund = o.total if o.status == "cancelled" else o.refund
        if refund:  # the refund is its own row, money going back to the buyer
            rows.append({"Date": (o.ts + dt.timedelta(days=1)).strftime("%m/%d/%Y"),
                         "Time": "09:00:00", "TimeZone": "PST", "Name": c.name,
                         "Type": "Payment Refund", "Status": "Completed", "Currency": "USD",
                         "Gross": _pp(-refund), "Fee": "0.00", "Net": _pp(-refund),
                         "From Email Address": SHOP_EMAIL, "To Email Address": c.email,
                         "Transaction ID": txn(), "Reference Txn ID": tid,
                         "Invoice Number": f"INV-{o.number}", "Balance Impact": "Debit"})
        if o.number % 40 == 0:  # money moved out of the account: not a sale
            rows.append({"Date": o.ts.strftime("%m/%d/%Y"), "Time": "23:00:00",
                         "TimeZone": "PST", "Name": "Demo Shop", "Type": "General Withdrawal",
                         "Status": "Completed", "Currency": "USD", "Gross": _pp(-500.0),
                         "Fee": "0.00", "Net": _pp(-500.0), "From Email Address": SHOP_EMAIL,
                         "Transaction ID": txn(), "Balance Impact": "Debit"})
            rows.append({"Date": o.ts.strftime("%m/%d/%Y"), "Time": "23:05:00",
                         "TimeZone": "PST", "Name": "", "Type": "General Currency Conversion",
                         "Status": "Completed", "Currency": "USD", "Gross": _pp(-42.1),
                         "Fee": "0.00", "Net": _pp(-42.1), "Transaction ID": txn(),
                         "Balance Impact": "Debit"})
    rows.sort(key=lambda r: dt.datetime.strptime(r["Date"] + r["Time"], "%m/%d/%Y%H:%M:%S"),
              reverse=True)  # newest first, as PayPal writes it
    return _write(folder / "Download.CSV", PAYPAL, rows)


WRITERS = {"shopify_orders": write_shopify, "woo_order_export": write_woo_aoe,
           "woo_customer_order_csv": write_woo_csv, "woo_analytics_orders": write_woo_analytics,
           "etsy_sold_orders": write_etsy_orders, "etsy_sold_order_items": write_etsy_items,
           "square_item_sales": write_square, "stripe_payments": write_stripe,
           "paypal_activity": write_paypal}


def write_all(folder: Path) -> dict[str, Path]:
    """Write every platform layout into ``folder``; ``{layout key: path}``."""
    folder.mkdir(parents=True, exist_ok=True)
    orders = shop()
    return {key: write(orders, folder) for key, write in WRITERS.items()}


if __name__ == "__main__":
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "platform_exports")
    for key, path in write_all(out).items():
        print(f"{key:26s} {path} ({path.stat().st_size // 1024} KB)")
