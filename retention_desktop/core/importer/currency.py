"""Which currency a shop's export is in, from its headers and its money cells (issue 17).

Exports rarely say it in a field of its own; they say it in a header ("مبلغ (ریال)",
"Price ($)", "المبلغ (د.إ)"), in the cells ("25,500 تومان", "$12.50") or in a currency
column (Shopify, Stripe: "USD"). The import stores what it found with the project
(``meta`` key ``currency``) and makes it the project's currency (``Settings.currency``,
shown next to every amount) unless the user has chosen one already.

Rial or riyal: Persian writes ریال (Persian yeh), Arabic ريال (Arabic yeh); a file whose
headers are Persian (letters only Persian has: پ چ ژ گ ک ی) means the Iranian rial, an
Arabic one without a country word means the Saudi riyal.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from retention_desktop.core.engine.spec import DETECTED_CURRENCY_META_KEY as CURRENCY_META_KEY

# (code, pattern), most specific first: "ريال سعودي" before "ريال".
_TOKENS: tuple[tuple[str, str], ...] = (
    ("IRT", r"تومان|تومن|\btomans?\b|\bIRT\b"),
    ("SAR", r"ريال\s*سعودي|ریال\s*سعودی|ر\.س|\bSAR\b|\bsaudi\s+riyals?\b"),
    ("QAR", r"ريال\s*قطري|ر\.ق|\bQAR\b"),
    ("OMR", r"ريال\s*عماني|ر\.ع|\bOMR\b"),
    ("IRR", r"ریال|﷼|\brials?\b|\bIRR\b|\bRls\.?"),
    ("RIYAL", r"ريال|\briyals?\b"),
    ("AED", r"درهم|د\.إ|\bAED\b|\bdirhams?\b"),
    ("KWD", r"دينار\s*كويتي|د\.ك|\bKWD\b"),
    ("IQD", r"دينار\s*عراقي|دینار\s*عراقی|د\.ع|\bIQD\b"),
    ("EGP", r"جنيه|ج\.م|\bEGP\b"),
    ("AFN", r"افغانی|؋|\bAFN\b|\bafghanis?\b"),
    ("TRY", r"₺|\bTRY\b|\blira\b"),
    ("USD", r"US\$|\$|\bUSD\b|\bdollars?\b|دلار|دولار"),
    ("EUR", r"€|\bEUR\b|\beuros?\b|یورو|يورو"),
    ("GBP", r"£|\bGBP\b|\bpounds?\s+sterling\b|\bsterling\b|پوند\s*انگلیس"),
)
_PATTERNS = tuple((code, re.compile(p, re.IGNORECASE)) for code, p in _TOKENS)
_PERSIAN_ONLY = re.compile("[پچژگکی]")
# Headers of a column that names the currency of each row.
_CURRENCY_COLUMNS = {"currency", "currencycode", "ارز", "واحدپول", "واحد پول", "العملة",
                     "عملة", "نوع ارز"}
_HEADER_WEIGHT = 10  # one header beats a handful of stray cells
SAMPLE_ROWS = 200


@dataclass(frozen=True)
class CurrencyGuess:
    """A detected currency and what gave it away (for the user and the log)."""

    code: str       # ISO 4217, or IRT for the Toman
    evidence: str   # e.g. "header 'مبلغ (ریال)'" or "12 cells like '$12.50'"


def _codes(text: str) -> list[str]:
    """Currency codes named in ``text`` (each span counted once, most specific first)."""
    found, taken = [], []
    for code, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            taken.append((m.start(), m.end()))
            found.append(code)
    return found


# What is left of an amount cell once its currency is taken out: digits (any script),
# separators, signs, brackets and spaces ("۲۵٬۵۰۰ تومان", "$1,234.50", "(12.00 €)").
_AMOUNT_REST = re.compile(r"^[\s\d.,'\u066b\u066c\u060c+\-\u2212()]*$")


def _is_amount(text: str) -> bool:
    """A cell that is an amount with its currency, not a product name with a price in it."""
    if not any(ch.isdigit() for ch in text):
        return False
    rest = text
    for _code, pattern in _PATTERNS:
        rest = pattern.sub(" ", rest)
    return rest != text and bool(_AMOUNT_REST.match(rest))


def detect_currency(headers: Sequence[str],
                    cells: Mapping[str, Iterable[object]]) -> CurrencyGuess | None:
    """The currency a table's headers and cells name most, or None.

    Parameters
    ----------
    headers : sequence of str
        The column names.
    cells : mapping of str to iterable
        A sample of each column's cells. A cell counts when it is an amount with its
        currency ("25,500 ریال", "$12.50"; not "Gift card $25"); in a currency column
        ("Currency": "USD") every cell counts.
    """
    score: Counter[str] = Counter()
    evidence: dict[str, str] = {}
    for h in headers:
        for code in _codes(str(h)):
            score[code] += _HEADER_WEIGHT
            evidence.setdefault(code, f"header {str(h)!r}")
    for col, values in cells.items():
        whole = str(col).strip().lower().replace("_", "").replace(" ", "") in \
            {c.replace(" ", "") for c in _CURRENCY_COLUMNS}
        n, example, hits = 0, "", Counter()
        for v in values:
            text = "" if v is None else str(v)
            if not text or not (whole or _is_amount(text)):
                continue
            for code in _codes(text):
                hits[code] += 1
                example = example or text
            n += 1
        for code, k in hits.items():
            score[code] += k
            evidence.setdefault(code, f"{k} cells of {str(col)!r} like {example[:40]!r}")
    if not score:
        return None
    code, _ = score.most_common(1)[0]
    if code == "RIYAL":  # Arabic spelling: Iranian rial in a Persian file, else Saudi riyal
        persian = any(_PERSIAN_ONLY.search(str(h)) for h in headers)
        code = "IRR" if persian else "SAR"
    return CurrencyGuess(code, evidence.get(code) or evidence.get("RIYAL", ""))


def detect_in_file(path: Path, *, sheet: str | None = None, encoding: str | None = None,
                   has_header: bool | None = None) -> CurrencyGuess | None:
    """:func:`detect_currency` on the header and first rows of one export (cheap: only
    the start of a text file is read; a workbook's sheet is read as the import reads it).
    Returns None when nothing is found or the file cannot be read."""
    from retention_desktop.core.importer.errors import ImportFailed
    from retention_desktop.core.importer.readers import read_any, read_text
    from retention_desktop.core.importer.sniff import SNIFF_BYTES, file_kind

    try:
        with open(path, "rb") as fh:
            head = fh.read(SNIFF_BYTES)
        if file_kind(path, head) == "sheet":
            table = read_any(path, sheet=sheet, has_header=has_header)
        else:
            cut = head if len(head) < SNIFF_BYTES else head[: head.rfind(b"\n") + 1] or head
            table = read_text(path, cut, encoding, has_header, lite=True)
    except (ImportFailed, OSError, ValueError):
        return None
    return detect_in_table(table)


def detect_in_table(table) -> CurrencyGuess | None:
    """:func:`detect_currency` on the header and first rows of a read table (a
    :class:`~.readers.RawTable`, pandas or lite); None without a header."""
    if not table.has_header:
        return None
    columns = [str(c) for c in table.frame.columns]
    frame = table.frame
    lite = callable(getattr(frame, "values", None))  # readers.SampleColumns
    cells = {c: list(frame.values(c) if lite else frame[c].head(SAMPLE_ROWS))[:SAMPLE_ROWS]
             for c in columns}
    return detect_currency(columns, cells)




def remember_currency(store, files: Sequence[Path], options) -> tuple[str | None, list[str]]:
    """After an orders import: detect the currency of its first file and store it with
    the project (``meta`` key ``currency``). :func:`~retention_desktop.core.engine.spec.
    saved_settings` uses it when the user has not set a currency in Settings.

    Returns
    -------
    (str or None, list of str)
        The code found (None: nothing found) and warnings for the import summary (a file
        in another currency than the project's).
    """
    from retention_desktop.core.engine.spec import saved_settings
    from retention_desktop.core.store import ProjectError

    guess, path = None, None
    for path in list(files)[:3]:  # a folder of daily exports: the first one that says it
        guess = detect_in_file(Path(path), sheet=options.sheet, encoding=options.encoding,
                               has_header=options.has_header)
        if guess is not None:
            break
    if guess is None:
        return None, []
    warnings = []
    current = saved_settings(store).currency.strip()
    # (core.formatting.currency_code would load pandas, which a fast-path import avoids)
    named = [c for c in _codes(current) if c != "RIYAL"] or [current.upper()]
    if current and named[0] != guess.code:
        warnings.append(f"{Path(path).name}: the amounts look like {guess.code} "
                        f"({guess.evidence}) but the project's currency is {current}; "
                        "change it in Settings if that is wrong")
    try:
        store.set_meta(CURRENCY_META_KEY, {"code": guess.code, "evidence": guess.evidence,
                                           "file": Path(path).name})
    except ProjectError as exc:  # the import itself is saved; only the note is missing
        warnings.append(f"the currency {guess.code} could not be saved ({exc})")
    return guess.code, warnings


def stored_currency(store) -> str:
    """The currency an import detected for this project ("" when none)."""
    value = store.get_meta(CURRENCY_META_KEY, None)
    return str(value.get("code", "")) if isinstance(value, dict) else ""
