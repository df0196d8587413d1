"""Which money column is the revenue, and how line items become orders.

The general rules every orders file goes through (recognised platform layouts and
unknown ones alike):

* **Order total vs line total vs unit price.** A column named as an order total, or a
  money column whose value is the same on every line of an order (or only on its first
  line), is an *order-level* total: it is taken **once per order**, never summed. A money
  column that varies between the lines of an order is a *line total* and is summed.
  Otherwise revenue = quantity x unit price (unit price alone when there is no quantity).
* **Content check.** A "revenue" column whose values stay the same for a product whatever
  the quantity is a unit price (:func:`looks_like_unit_price`): revenue becomes quantity x
  that column and the preview says so.
* **Customer identity.** The best of customer id -> e-mail -> phone -> name, per row:
  e-mails compared in lower case, phones by their digits with the Iranian +98 / 0098 / 0
  prefixes made one form, names with single spaces.
* **Statuses** (see :func:`status_kinds`): cancelled / voided and refunded follow the
  revenue policy (a reversing document next to the order: net revenue subtracts it, gross
  ignores it); pending / failed payments are not sales (kept as cancellations of 0).
  Refunds in their own rows (a row type "Refund") or columns (a refunded amount) are returns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from retention_desktop.core.importer.roles import fold

if TYPE_CHECKING:
    import pandas as pd

# Status words, folded (lower case, no spaces / dashes / underscores).
CANCEL = {"cancel", "cancelled", "canceled", "void", "voided", "لغو", "لغوشده", "کنسل",
          "کنسلشده", "ابطال", "باطلشده", "ملغی", "ملغا", "ملغاه", "الغاء", "ملغیه"}
REFUNDED = {"refunded", "refund", "returned", "return", "مرجوعی", "مرجوع", "مرجوعشده",
            "برگشتی", "برگشت", "برگشتازفروش", "مسترد", "مستردشده", "مرتجع", "استرداد",
            "تماسترداده", "مسترجع"}
PARTIAL = {"partiallyrefunded", "partialrefund", "partlyrefunded", "استردادجزیی",
           "مرجوعیجزیی", "استردادجزئی", "مستردجزئیا"}
NOT_PAID = {"pending", "pendingpayment", "failed", "declined", "denied", "unpaid", "expired",
            "abandoned", "incomplete", "requirespaymentmethod", "awaitingpayment",
            "درانتظارپرداخت", "ناموفق", "پرداختنشده", "پرداختنامونق", "معلق", "لغوپرداخت",
            "فشل", "فاشل", "مرفوض", "غیرمدفوع", "قیدالانتظار", "بانتظارالدفع"}
# Row types: a refund row, or a row that is not a sale at all (PayPal transfers).
REFUND_TYPES = ("refund", "return", "reversal", "chargeback", "برگشت", "مرجوع", "استرداد",
                "مرتجع", "مسترد")
NOT_SALE_TYPES = ("withdrawal", "transfer", "conversion", "holdon", "holdrelease",
                  "authorization", "deposit", "payout", "fee", "برداشت", "انتقال", "سحب",
                  "تحویل", "تحويل", "ایداع", "إیداع")


@dataclass(frozen=True)
class MoneyPlan:
    """How the revenue of an order is computed from a file.

    mode : 'order_total' (one value per order, taken once), 'line' (summed), 'qty_x_price'
        or 'price' (unit price, quantity 1), or '' when the file has no money column.
    column : the money column (the unit price for the last two modes).
    """

    mode: str
    column: str | None
    warnings: tuple[str, ...] = ()

    def describe(self, quantity: str | None) -> str:
        """Plain words for the mapping dialog."""
        if self.mode == "order_total":
            return f"revenue = {self.column!r}, once per order"
        if self.mode == "line":
            return f"revenue = sum of {self.column!r} over the order's lines"
        if self.mode == "qty_x_price":
            return f"revenue = {quantity!r} × {self.column!r}, summed over the order's lines"
        if self.mode == "price":
            return f"revenue = {self.column!r} (no quantity column: 1 each)"
        return ""


def _is_lite(frame) -> bool:
    """The fast path's pandas-free sample (:class:`~.readers.SampleColumns`)."""
    return hasattr(frame, "values") and callable(frame.values)


def _texts(frame, col: str) -> list[str | None]:
    """An id-like column as stripped text (None: blank), without pandas for a sample."""
    if _is_lite(frame):
        return [None if v is None or str(v).strip() == "" else str(v).strip()
                for v in frame.values(col)]
    from retention_desktop.core.importer.values import normalize_ids

    return normalize_ids(frame[col]).tolist()


def _numbers(frame, col: str) -> list[float | None]:
    """A money / quantity column as floats (None: blank or unreadable)."""
    if _is_lite(frame):
        out: list[float | None] = []
        for v in frame.values(col):
            try:
                out.append(float(str(v).strip()))
            except (TypeError, ValueError):
                out.append(None)
        return out
    from retention_desktop.core.importer.values import parse_numbers

    return [None if x != x else float(x) for x in parse_numbers(frame[col]).values.tolist()]


def order_level_share(ids: list[str | None], values: list[float | None]) -> tuple[float, int]:
    """Share of multi-line orders whose ``values`` are one value for the whole order
    (repeated on every line or written on one line only), and how many such orders."""
    if len(ids) > 5000:  # whole files: vectorised (same answer)
        import pandas as pd

        df = pd.DataFrame({"id": pd.Series(ids, dtype=object),
                           "v": pd.Series(values, dtype=float).round(6)}).dropna(subset=["id"])
        g = df.groupby("id", sort=False)["v"].agg(["size", "nunique"])
        multi = g[g["size"] > 1]
        if multi.empty:
            return 1.0, 0
        return float((multi["nunique"] <= 1).mean()), len(multi)
    lines: dict[str, int] = {}
    seen: dict[str, set] = {}
    for i, v in zip(ids, values, strict=True):
        if i is None:
            continue
        lines[i] = lines.get(i, 0) + 1
        if v is not None:
            seen.setdefault(i, set()).add(round(v, 6))
    multi = [i for i, n in lines.items() if n > 1]
    if not multi:
        return 1.0, 0
    return sum(len(seen.get(i, ())) <= 1 for i in multi) / len(multi), len(multi)


def looks_like_unit_price(frame, money: str, qty: str, product: str | None) -> bool:
    """Whether a "revenue" column stays put per product whatever the quantity (a unit price).

    For each product sold in quantities at least 2x apart, compare the value at its
    smallest and its largest quantity: a line total grows about as the quantity does
    (volume discounts bend it a little), a unit price does not grow (it may even fall).
    The product votes "unit price" when the value's change is closer to none than to the
    quantity's. True when 70 %+ of at least three voting products say so.
    """
    import math

    if product is None:
        return False
    seen: dict[str, dict[float, list[float]]] = {}
    for p, v, q in zip(_texts(frame, product), _numbers(frame, money), _numbers(frame, qty),
                       strict=True):
        if p is None or v is None or q is None or q <= 0 or v <= 0:
            continue
        seen.setdefault(p, {}).setdefault(q, []).append(v)
    votes = []
    for by_q in seen.values():
        lo, hi = min(by_q), max(by_q)
        if hi < 2 * lo:
            continue
        r_q = math.log(hi / lo)
        r_v = math.log((sum(by_q[hi]) / len(by_q[hi])) / (sum(by_q[lo]) / len(by_q[lo])))
        votes.append(abs(r_v) < abs(r_v - r_q))
    return len(votes) >= 3 and sum(votes) / len(votes) >= 0.7


def decide_money(frame, fields: dict[str, str]) -> tuple[dict[str, str], MoneyPlan]:
    """The revenue rule of a file (see the module docs) and the fields it implies."""
    fm = dict(fields)
    warnings: list[str] = []
    oid = fm.get("order_id")
    # grouping only needs equal ids to be equal: the raw (stripped) cells will do
    ids = None if not oid else _texts(frame, oid) if _is_lite(frame) else \
        [None if v is None or v != v or v == "" else v
         for v in frame[oid].to_numpy(dtype=object).tolist()]
    product = fm.get("product_id", fm.get("product_name"))
    if "revenue" in fm and "quantity" in fm and "unit_price" not in fm and "order_total" not in fm \
            and looks_like_unit_price(frame, fm["revenue"], fm["quantity"], product):
        col = fm.pop("revenue")
        fm["unit_price"] = col
        warnings.append(f"{col!r} looks like a unit price, not an amount: its values stay "
                        f"the same for a product whatever the quantity. Revenue = "
                        f"{fm['quantity']!r} × {col!r}.")
    for fld in ("order_total", "revenue"):
        col = fm.get(fld)
        if col is None:
            continue
        if ids is None:
            return fm, MoneyPlan("line", col, tuple(warnings))
        share, multi = order_level_share(ids, _numbers(frame, col))
        named_total = fld == "order_total"
        if (multi >= 3 and share >= 0.95) or (multi < 3 and named_total and share == 1.0):
            if not named_total and multi:
                warnings.append(f"{col!r} holds one total per order (the same on each of its "
                                "lines): it is counted once per order, not summed.")
            return fm, MoneyPlan("order_total", col, tuple(warnings))
        if named_total and "revenue" not in fm and "unit_price" not in fm:
            warnings.append(f"{col!r} differs between the lines of an order: summed as "
                            "line amounts.")
            return fm, MoneyPlan("line", col, tuple(warnings))
        if not named_total:
            return fm, MoneyPlan("line", col, tuple(warnings))
    if "unit_price" in fm:
        if "quantity" in fm:
            return fm, MoneyPlan("qty_x_price", fm["unit_price"], tuple(warnings))
        warnings.append(f"Only a unit price ({fm['unit_price']!r}) and no quantity: each line "
                        "counts once.")
        return fm, MoneyPlan("price", fm["unit_price"], tuple(warnings))
    return fm, MoneyPlan("", None, tuple(warnings))


def _folded(values: pd.Series) -> pd.Series:
    from retention_desktop.core.importer.values import normalize_text

    return normalize_text(values).map(fold)


def status_kinds(values: pd.Series) -> pd.Series:
    """'cancel', 'return', 'partial', 'void' (not paid) or None (a sale) per status."""
    import numpy as np
    import pandas as pd

    f = _folded(values)
    out = np.select([f.isin(CANCEL), f.isin(REFUNDED), f.isin(PARTIAL), f.isin(NOT_PAID)],
                    ["cancel", "return", "partial", "void"], default="").astype(object)
    out[out == ""] = None
    return pd.Series(out, index=values.index, dtype=object)


def row_kinds(values: pd.Series) -> pd.Series:
    """'return' for refund rows, 'skip' for rows that are not sales, else None."""
    import numpy as np
    import pandas as pd

    f = _folded(values)
    refund = f.map(lambda v: any(w in v for w in REFUND_TYPES))
    skip = f.map(lambda v: any(w in v for w in NOT_SALE_TYPES)) & ~refund
    out = np.select([refund.to_numpy(bool), skip.to_numpy(bool)], ["return", "skip"],
                    default="").astype(object)
    out[out == ""] = None
    return pd.Series(out, index=values.index, dtype=object)


_NON_DIGIT = re.compile(r"[^0-9]")
_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")


def normalise_phone(value: str) -> str:
    """Digits of a phone number, Iranian prefixes made one form (``09121234567``)."""
    digits = _NON_DIGIT.sub("", str(value).translate(_DIGITS))
    if digits.startswith("00"):
        digits = digits[2:]
    if digits.startswith("98") and len(digits) == 12:
        digits = "0" + digits[2:]
    elif len(digits) == 10 and digits.startswith("9"):
        digits = "0" + digits
    return digits


def identity(frame: pd.DataFrame, fields: dict[str, str],
             guest_ids: tuple[str, ...] = ()) -> tuple[pd.Series, tuple[str, ...]]:
    """The customer of each row: the best of customer id -> e-mail -> phone -> name.

    Returns
    -------
    (Series, tuple of str)
        The identity per row (None: a guest) and the fields it was taken from, in order.
    """
    import pandas as pd

    from retention_desktop.core.importer.values import normalize_ids, normalize_text

    used = tuple(f for f in ("customer_id", "email", "phone", "name") if f in fields)
    out = pd.Series(None, index=frame.index, dtype=object)
    for fld in used:
        need = out.isna().to_numpy()
        if not need.any():
            break
        col = frame[fields[fld]][need]
        if fld == "customer_id":
            vals = normalize_ids(col)
            if guest_ids:
                vals = vals.where(~vals.isin(guest_ids), None)
        elif fld == "email":
            vals = normalize_text(col).str.strip().str.lower()
        elif fld == "phone":
            vals = normalize_text(col).map(normalise_phone)
        else:
            vals = normalize_text(col).str.split().str.join(" ")
        vals = vals.where(vals.notna() & (vals != ""), None)
        out[need] = vals.to_numpy(dtype=object)
    return out, used


IDENTITY_LABELS = {"customer_id": "customer id", "email": "e-mail", "phone": "phone number",
                   "name": "name"}


def describe_identity(used: tuple[str, ...], fields: dict[str, str]) -> str:
    """"customer = 'Email' (e-mail), else 'Billing Name' (name)" for the mapping dialog."""
    if not used:
        return "no customer column: every order is a guest checkout"
    parts = [f"{fields[f]!r} ({IDENTITY_LABELS[f]})" for f in used]
    return "customer = " + ", else ".join(parts)


ORDER_LEVEL = ("order_ts", "order_time", "customer_id", "email", "phone", "name", "status",
               "order_total", "refund", "adjusted_total", "channel", "campaign", "country",
               "plan")


def fill_continuations(frame: pd.DataFrame, fields: dict[str, str],
                       ids: pd.Series) -> pd.DataFrame:
    """Blank order-level cells of an order's lines filled from the order's first line
    that has one (Shopify writes them on the first line only)."""
    import numpy as np
    import pandas as pd

    cols = {fields[f] for f in ORDER_LEVEL if f in fields}
    codes, _ = pd.factorize(ids.to_numpy(dtype=object), use_na_sentinel=True)
    out = None
    for col in cols:
        vals = frame[col].to_numpy(dtype=object)
        blank = pd.isna(vals) | (vals == "")  # the readers strip cells
        blank &= codes >= 0
        if not blank.any():
            continue
        filled_rows = np.flatnonzero(~blank & (codes >= 0))
        first = np.full(codes.max() + 1, -1)
        uniq, pos = np.unique(codes[filled_rows], return_index=True)
        first[uniq] = filled_rows[pos]
        src = first[codes[blank]]
        ok = src >= 0
        if not ok.any():
            continue
        if out is None:
            out = frame.copy()
        new = vals.copy()
        new[np.flatnonzero(blank)[ok]] = vals[src[ok]]
        out[col] = pd.Series(new, index=frame.index, dtype=object)
    return frame if out is None else out
