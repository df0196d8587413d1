"""Vectorised parsing of the numbers, ids and dates found in real shop exports.

Everything here works on whole pandas columns: Persian/Arabic-Indic digits, thousands
marks, currency words and symbols, and dates in ISO, day-first, month-first, Excel
serial, compact ``YYYYMMDD`` and Jalali (Persian calendar) form.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass

import numpy as np
import pandas as pd

from retention_desktop.core.calendar import from_jalali_or_nat

# Persian (U+06F0..) and Arabic-Indic (U+0660..) digits, Arabic decimal/thousands marks,
# Arabic percent, Unicode minus, and invisible direction marks exported by RTL systems.
_TRANSLATE = {ord(c): str(i) for i, c in enumerate("۰۱۲۳۴۵۶۷۸۹")}
_TRANSLATE.update({ord(c): str(i) for i, c in enumerate("٠١٢٣٤٥٦٧٨٩")})
_TRANSLATE.update({
    0x066B: ".",  # Arabic decimal separator
    0x066C: ",",  # Arabic thousands separator
    0x066A: "%",  # Arabic percent sign
    0x2212: "-",  # minus sign
    0x00A0: " ", 0x202F: " ", 0x2009: " ",  # no-break / thin spaces
    0x200E: None, 0x200F: None, 0x200C: None, 0x200D: None,  # LRM, RLM, ZWNJ, ZWJ
    0x202A: None, 0x202B: None, 0x202C: None, 0x202D: None, 0x202E: None, 0xFEFF: None,
})

_CURRENCY = re.compile(
    r"(تومان|تومن|ریال|ريال|ر\.س|د\.إ|د\.ك|ج\.م|درهم|دينار|دینار|usd|eur|gbp|irr|irt|aed|sar"
    r"|rls?\.?|[$£€¥﷼])",
    re.IGNORECASE,
)
_EXCEL_EPOCH = np.datetime64("1899-12-30", "ns")


def _normalize_one(v: object) -> str:
    if type(v) is str:
        return (v if v.isascii() else v.translate(_TRANSLATE)).strip()
    if v is None or (isinstance(v, float) and np.isnan(v)):
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    if isinstance(v, (_dt.datetime, _dt.date)):
        return v.isoformat(sep=" ") if isinstance(v, _dt.datetime) else v.isoformat()
    return str(v).translate(_TRANSLATE).strip()


def normalize_text(values: pd.Series) -> pd.Series:
    """Cells as stripped strings with ASCII digits; missing cells become ``""``.

    Integral floats (``17850.0``, as Excel and pandas write ids) become ``"17850"``.
    Each distinct value is normalised once (exports repeat dates, ids and amounts).
    """
    codes, uniques = pd.factorize(values.to_numpy(dtype=object), use_na_sentinel=True)
    table = np.array([_normalize_one(v) for v in uniques] + [""], dtype=object)
    return pd.Series(table[codes], index=values.index, dtype=object)


# What a name keeps for display: its digits and zero-width non-joiners (``سی‌دی``,
# ``پاپ ۹۷`` are spelled that way on purpose), without direction marks and byte-order marks
# that RTL systems add and no reader sees.
_DISPLAY = {0x00A0: " ", 0x202F: " ", 0x2009: " ", 0x200E: None, 0x200F: None,
            0x202A: None, 0x202B: None, 0x202C: None, 0x202D: None, 0x202E: None,
            0xFEFF: None}


def display_text(values: pd.Series) -> pd.Series:
    """Names as the file spells them (trimmed, direction marks dropped); empty -> None.

    Unlike :func:`normalize_text` the digits and ZWNJs stay: product names are shown to
    the user as they typed them; grouping folds them separately (``importer.products``).
    """
    codes, uniques = pd.factorize(values.to_numpy(dtype=object), use_na_sentinel=True)
    out = []
    for v in uniques:
        if type(v) is not str:
            v = _normalize_one(v)  # numbers and dates as the other columns show them
        v = v.translate(_DISPLAY).strip()
        out.append(v or None)
    table = np.array(out + [None], dtype=object)
    return pd.Series(table[codes], index=values.index, dtype=object)


def normalize_ids(values: pd.Series) -> pd.Series:
    """Identifier column: text with ``.0`` float artefacts removed; empty -> None."""
    text = normalize_text(values)
    text = text.str.replace(r"^(-?\d+)\.0+$", r"\1", regex=True)
    return text.where(text != "", None)


# ---------------------------------------------------------------------------- numbers
@dataclass(frozen=True)
class Numbers:
    """Result of :func:`parse_numbers`: ``values`` (float, NaN where not a number),
    ``empty`` (cell was blank) and ``bad`` (non-blank but unreadable)."""

    values: np.ndarray
    empty: np.ndarray
    bad: np.ndarray
    ambiguous: np.ndarray | None = None  # part of ``bad``: marks used the other way round


def _thousands_style(core: pd.Series) -> str:
    """Decide per column which mark is the thousands separator: ',', '.' or ''."""
    has_c = core.str.contains(",", regex=False)
    has_d = core.str.contains(".", regex=False)
    both = has_c & has_d
    if both.any():
        last_dot = core[both].map(lambda s: s.rfind(".") > s.rfind(","))
        return "," if last_dot.mean() >= 0.5 else "."
    if has_c.any():
        grouped = core[has_c].str.fullmatch(r"\d{1,3}(,\d{3})+")
        return "," if grouped.all() else "decimal-comma"
    if has_d.any():
        multi = core[has_d].str.count(r"\.") > 1
        grouped = core[has_d].str.fullmatch(r"\d{1,3}(\.\d{3})+")
        if multi.any() and grouped.all():
            return "."
    return ""


def _unique_codes(values: pd.Series) -> tuple[np.ndarray, pd.Series] | None:
    """``(codes, distinct values)`` of an object column worth de-duplicating, else None."""
    if values.dtype != object or len(values) < 64:
        return None
    codes, uniques = pd.factorize(values.to_numpy(dtype=object), use_na_sentinel=True)
    if len(uniques) > 0.7 * len(values):
        return None
    return codes, pd.Series(list(uniques) + [None], dtype=object)


def _take(arr: np.ndarray, codes: np.ndarray) -> np.ndarray:
    # code -1 (missing) picks the trailing None entry
    return arr[np.where(codes < 0, len(arr) - 1, codes)]


def parse_numbers(values: pd.Series) -> Numbers:
    """Parse a column of amounts/quantities (see :func:`_parse_numbers`); each distinct
    value is parsed once."""
    dedup = _unique_codes(values)
    if dedup is None:
        return _parse_numbers(values)
    codes, uniques = dedup
    r = _parse_numbers(uniques)
    return Numbers(_take(r.values, codes), _take(r.empty, codes), _take(r.bad, codes),
                   None if r.ambiguous is None else _take(r.ambiguous, codes))


def _parse_numbers(values: pd.Series) -> Numbers:
    """Parse a column of amounts/quantities.

    Accepts Persian/Arabic digits, currency words and symbols, ``٪``/``%`` (the number
    as written), accounting negatives ``(12.50)``, trailing minus, and thousands marks
    decided per column (``,`` ``٬`` always; ``.`` only when unambiguous).
    """
    if pd.api.types.is_numeric_dtype(values) and not pd.api.types.is_bool_dtype(values):
        arr = pd.to_numeric(values, errors="coerce").to_numpy(dtype=float)
        empty = np.isnan(arr)
        return Numbers(arr, empty, np.zeros(len(arr), bool))
    text = normalize_text(values)
    empty = (text == "").to_numpy()
    s = text.str.replace(_CURRENCY, "", regex=True).str.replace(r"[\s'%]", "", regex=True)
    neg = s.str.fullmatch(r"\(.*\)") | s.str.endswith("-") | s.str.startswith("-")
    core = s.str.replace(r"^\(|\)$|^-|-$|^\+", "", regex=True)
    plain_ok = core.str.fullmatch(r"\d[\d,.]*|\.\d+")
    style = _thousands_style(core[plain_ok])
    ambiguous = (_against_style(core, style) & plain_ok).to_numpy(dtype=bool)
    if style in (",", "."):
        core = core.str.replace(style, "", regex=False)
    if style in (".", "decimal-comma"):
        core = core.str.replace(",", ".", regex=False)
    num = pd.to_numeric(core.where(plain_ok, ""), errors="coerce").to_numpy(dtype=float)
    num = np.where(neg.to_numpy(), -num, num)
    num = np.where(ambiguous, np.nan, num)  # never a different number: rejected instead
    bad = np.isnan(num) & ~empty
    return Numbers(num, empty, bad, ambiguous)


def _against_style(core: pd.Series, style: str) -> pd.Series:
    """Values that write their marks the other way round from the column's style
    (``1.234,50`` in a column of ``1,234.50``): reading them by the column's rule would
    store a different number (1.2345), so they are rejected as ambiguous."""
    last_comma = core.map(lambda s: s.rfind(",") > s.rfind(".") >= 0)
    last_dot = core.map(lambda s: s.rfind(".") > s.rfind(",") >= 0)
    if style == ",":   # '.' is the decimal mark, ',' groups thousands
        bad_groups = core.str.contains(",", regex=False) & ~core.str.fullmatch(
            r"\d{1,3}(,\d{3})+(\.\d*)?")
        return last_comma | bad_groups | core.str.fullmatch(r"\d{1,3}(\.\d{3}){2,}")
    if style == ".":   # ',' is the decimal mark, '.' groups thousands ("893.21" is not)
        bad_groups = core.str.contains(".", regex=False) & ~core.str.fullmatch(
            r"\d{1,3}(\.\d{3})+(,\d*)?")
        return last_dot | bad_groups | core.str.fullmatch(r"\d{1,3}(,\d{3}){2,}")
    if style == "decimal-comma":
        # "12,5" elsewhere makes ',' decimal; "1,234" could then be 1234 or 1.234
        return core.str.fullmatch(r"[1-9]\d{0,2}(,\d{3})+")
    return pd.Series(False, index=core.index)


# ---------------------------------------------------------------------------- dates
_NUMERIC_DATE = re.compile(
    r"^(?P<a>\d{1,4})[/\-.](?P<b>\d{1,2})[/\-.](?P<c>\d{1,4})"
    r"(?:(?:[ T]+|\s*-\s*)(?P<H>\d{1,2}):(?P<M>\d{1,2})(?::(?P<S>\d{1,2})(?:[.,]\d+)?)?"
    r"\s*(?P<ampm>[AaPp]\.?[Mm]\.?|ق\.?ظ|ب\.?ظ)?)?"
    r"\s*(?:Z|[+-]\d{2}:?\d{2})?$"
)
_COMPACT_DATE = re.compile(
    r"^(?P<a>\d{4})(?P<b>\d{2})(?P<c>\d{2})(?:[ T]?(?P<H>\d{2}):?(?P<M>\d{2})(?::?(?P<S>\d{2}))?)?$"
)

from retention_desktop.core.importer.date_orders import DATE_ORDERS  # noqa: E402, F401


@dataclass(frozen=True)
class Dates:
    """Result of :func:`parse_dates`: ``values`` (datetime64[ns], NaT where unreadable),
    ``empty``/``bad`` masks, the date ``order`` used and whether it was ``ambiguous``."""

    values: np.ndarray
    empty: np.ndarray
    bad: np.ndarray
    order: str
    ambiguous: bool = False


def _parts(text: pd.Series) -> pd.DataFrame:
    parts = text.str.extract(_NUMERIC_DATE)
    compact = text.str.extract(_COMPACT_DATE)
    use_compact = parts["a"].isna() & compact["a"].notna()
    for col in ("a", "b", "c", "H", "M", "S"):
        parts.loc[use_compact, col] = compact.loc[use_compact, col]
    parts["compact"] = use_compact
    return parts


def _smoothness(y, m, d) -> float:
    """Sum of day jumps between consecutive rows; exports are mostly time-ordered."""
    dates = pd.to_datetime(
        pd.DataFrame({"year": y, "month": m, "day": d}), errors="coerce"
    ).dropna()
    if len(dates) < 2:
        return float("inf")
    return float(np.abs(np.diff(dates.to_numpy().astype("datetime64[D]").astype(np.int64))).sum())


def detect_order(values: pd.Series) -> tuple[str, bool]:
    """Guess the date order of a column: ``(order, ambiguous)``."""
    if pd.api.types.is_datetime64_any_dtype(values):
        return "native", False
    sample = values.dropna()
    if len(sample) and all(isinstance(v, (_dt.datetime, _dt.date)) for v in sample.head(200)):
        return "native", False
    if pd.api.types.is_numeric_dtype(values) or (
        len(sample) and all(isinstance(v, (int, float)) for v in sample.head(200))
    ):
        nums = pd.to_numeric(sample, errors="coerce")
        if nums.between(19000101, 21001231).all() and (nums % 1 == 0).all():
            return "yyyymmdd", False
        return "excel-serial", False
    text = normalize_text(values)
    text = text[text != ""]
    if text.empty:
        return "iso", False
    parts = _parts(text)
    ok = parts["a"].notna()
    if not ok.any():
        nums = pd.to_numeric(text, errors="coerce")
        if nums.notna().mean() > 0.9 and nums.between(1, 2958465).all():
            return "excel-serial", False
        return "iso", False
    p = parts[ok]
    a, b, c = (p[k].astype(int) for k in ("a", "b", "c"))
    if (p["compact"]).mean() > 0.5:
        return ("jalali" if (a < 1700).mean() > 0.5 else "yyyymmdd"), False
    year_first = p["a"].str.len() >= 3
    if year_first.mean() > 0.5:
        return ("jalali" if (a[year_first] < 1700).mean() > 0.5 else "iso"), False
    if (c < 1700).mean() > 0.5 and (p["c"].str.len() >= 3).mean() > 0.5:
        return "jalali", False
    first_gt, second_gt = (a > 12).sum(), (b > 12).sum()
    if first_gt > second_gt:
        return "day-first", False
    if second_gt > first_gt:
        return "month-first", False
    year = c.where(c >= 100, c + 2000)
    dayfirst = _smoothness(year.to_numpy(), b.to_numpy(), a.to_numpy())
    monthfirst = _smoothness(year.to_numpy(), a.to_numpy(), b.to_numpy())
    if monthfirst < 0.5 * dayfirst:
        return "month-first", True
    return "day-first", True


def parse_dates(values: pd.Series, order: str | None = None) -> Dates:
    """Parse a column of dates/timestamps into ``datetime64[ns]`` (each distinct value
    once; see :func:`_parse_dates`)."""
    dedup = _unique_codes(values)
    if dedup is None:
        return _parse_dates(values, order)
    codes, uniques = dedup
    r = _parse_dates(uniques, order)
    return Dates(_take(r.values, codes), _take(r.empty, codes), _take(r.bad, codes), r.order,
                 r.ambiguous)


def _parse_dates(values: pd.Series, order: str | None = None) -> Dates:
    """Parse a column of dates/timestamps into ``datetime64[ns]``.

    Parameters
    ----------
    values : Series
        Raw cells (strings, numbers or datetimes).
    order : str, optional
        One of :data:`DATE_ORDERS`; detected from the data when omitted.
    """
    ambiguous = False
    if order is None:
        order, ambiguous = detect_order(values)
    n = len(values)
    nat = np.full(n, np.datetime64("NaT"), dtype="datetime64[ns]")
    isna = values.isna().to_numpy()
    if order == "native" or pd.api.types.is_datetime64_any_dtype(values):
        out = pd.to_datetime(values, errors="coerce")
        res = out.to_numpy(dtype="datetime64[ns]")
        if not pd.api.types.is_datetime64_any_dtype(values):
            # mixed cells: strings among real datetimes get the string path
            strings = values.map(lambda v: isinstance(v, str))
            if strings.any():
                sub = _parse_dates(values[strings])
                res[strings.to_numpy()] = sub.values
        empty = isna | (normalize_text(values) == "").to_numpy()
        return Dates(res, empty, np.isnat(res) & ~empty, "native" if order == "native" else order)
    text = normalize_text(values)
    empty = (text == "").to_numpy()
    if order == "excel-serial":
        nums = pd.to_numeric(text.where(~empty, None), errors="coerce").to_numpy(dtype=float)
        ok = (nums >= 1) & (nums < 2958466)
        delta = np.where(ok, np.round(nums * 86400.0), 0).astype("int64").astype("timedelta64[s]")
        res = np.where(ok, _EXCEL_EPOCH + delta, nat)
        return Dates(res.astype("datetime64[ns]"), empty, ~ok & ~empty, order)
    parts = _parts(text)
    a = pd.to_numeric(parts["a"], errors="coerce")
    b = pd.to_numeric(parts["b"], errors="coerce")
    c = pd.to_numeric(parts["c"], errors="coerce")
    # (missing cells -- the None that de-duplication appends -- do not vote)
    if order in ("iso", "yyyymmdd") or (
            order == "jalali" and (parts["a"].dropna().str.len() >= 3).mean() > 0.5):
        y, m, d = a, b, c
    elif order == "month-first":
        y, m, d = c, a, b
    else:  # day-first, and Jalali written day-first
        y, m, d = c, b, a
    y = y.where((y >= 100) | y.isna(), y + np.where(y < 70, 2000, 1900))
    hh = pd.to_numeric(parts["H"], errors="coerce").fillna(0)
    mm = pd.to_numeric(parts["M"], errors="coerce").fillna(0)
    ss = pd.to_numeric(parts["S"], errors="coerce").fillna(0)
    ampm = parts["ampm"].fillna("").str.lower()
    pm = ampm.str.startswith("p") | ampm.str.startswith("ب")
    am = ampm.str.startswith("a") | ampm.str.startswith("ق")
    hh = np.where(pm & (hh < 12), hh + 12, np.where(am & (hh == 12), 0, hh))
    time_ok = (hh < 24) & (mm < 60) & (ss < 61)
    have = y.notna() & m.notna() & d.notna()
    yi, mi, di = (s.fillna(1).astype(np.int64).to_numpy() for s in (y, m, d))
    jal = have.to_numpy() & (yi < 1700) & (yi > 0)
    res = nat.copy()
    if jal.any():
        res[jal] = from_jalali_or_nat(yi[jal], mi[jal], di[jal]).astype("datetime64[ns]")
    greg = have.to_numpy() & ~jal
    if greg.any():
        res[greg] = pd.to_datetime(
            pd.DataFrame({"year": yi[greg], "month": mi[greg], "day": di[greg]}), errors="coerce"
        ).to_numpy(dtype="datetime64[ns]")
    tdelta = (hh * 3600 + mm.to_numpy() * 60 + ss.to_numpy()).astype("int64")
    res = res + tdelta.astype("timedelta64[s]").astype("timedelta64[ns]")
    res[~np.asarray(time_ok)] = np.datetime64("NaT")
    # Anything else (month names, RFC formats): pandas' own parser as a last resort.
    rest = np.isnat(res) & ~empty & ~have.to_numpy()
    if rest.any():
        res[rest] = pd.to_datetime(
            text[rest], errors="coerce", format="mixed", dayfirst=order == "day-first"
        ).to_numpy(dtype="datetime64[ns]")
    return Dates(res, empty, np.isnat(res) & ~empty, order, ambiguous)
