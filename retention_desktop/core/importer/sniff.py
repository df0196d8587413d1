"""Look at a file's first bytes: spreadsheet or text, encoding, delimiter, header row."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from pathlib import Path

from retention_desktop.core.importer.errors import ImportFailed

SNIFF_BYTES = 256 * 1024
TEXT_SUFFIXES = {".csv", ".tsv", ".txt", ".tab", ".dat", ".psv"}
SHEET_SUFFIXES = {".xlsx", ".xlsm", ".xls", ".xlsb", ".ods"}
DELIMITERS = (",", "\t", ";", "|")
WHITESPACE = "whitespace"

_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_BINARY_MAGIC = (b"%PDF", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"\x7fELF", b"MZ", b"\x1f\x8b",
                 b"SQLite format 3", b"DUCK")


@dataclass(frozen=True)
class TextLayout:
    """How a text export is written."""

    encoding: str
    delimiter: str  # one character, or WHITESPACE
    has_header: bool


def file_kind(path: Path, head: bytes) -> str:
    """``'sheet'`` (xlsx/xls/ods), ``'text'``, or raise :class:`ImportFailed`."""
    if not head:
        raise ImportFailed("The file is empty.", file=path)
    if head.startswith((_ZIP, _OLE)):
        if (head.startswith(_ZIP) and path.suffix.lower() not in SHEET_SUFFIXES | {""}
                and b"xl/" not in head[:4096] and b"[Content_Types]" not in head[:4096]):
            raise ImportFailed("This is a ZIP archive, not a spreadsheet. "
                                   "Unpack it and import the CSV or Excel file inside.", file=path)
        return "sheet"
    if path.suffix.lower() in SHEET_SUFFIXES:
        raise ImportFailed(f"The file is named {path.suffix} but is not an Excel workbook "
                           "(damaged, or a different format renamed).", file=path)
    if head.startswith(_BINARY_MAGIC):
        raise ImportFailed("This is not a spreadsheet or CSV file (binary content).", file=path)
    return "text"


def detect_encoding(head: bytes, override: str | None = None) -> str:
    """Python codec name of a text export: utf-8-sig, utf-16, utf-8, cp1256 or cp1252."""
    if override:
        return override
    if head.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    sample = head[:SNIFF_BYTES]
    # UTF-16 without BOM: every other byte is NUL in the ASCII parts.
    if len(sample) >= 4:
        even, odd = sample[0::2].count(0), sample[1::2].count(0)
        if odd > 0.3 * len(sample) / 2 and even < 0.05 * len(sample) / 2:
            return "utf-16-le"
        if even > 0.3 * len(sample) / 2 and odd < 0.05 * len(sample) / 2:
            return "utf-16-be"
    if sample.count(0) > max(16, len(sample) // 50):
        raise ImportFailed("This is not a spreadsheet or CSV file (binary content).")
    try:
        sample.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as exc:
        if exc.start >= len(sample) - 4:  # cut inside a multi-byte character
            return "utf-8"
        before = sample[:exc.start].decode("utf-8", "replace")
        if sum(1 for ch in before if not ch.isascii()) >= 20:
            # real UTF-8 text, then a line that is not: a file mixing two encodings,
            # which the strict decode refuses naming that line (reading it all as a
            # legacy code page would garble every earlier row)
            return "utf-8"
    # Legacy Windows code page: Arabic script (1256) or Western European (1252)?
    verdict = legacy_by_words(sample)
    if verdict is not None:
        return verdict
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(sample, cp_isolation=["cp1256", "cp1252"]).best()
        if best is not None and best.encoding in ("cp1256", "windows_1256"):
            return "cp1256"
    except Exception:  # noqa: BLE001 - detection is best effort; cp1252 decodes anything
        pass
    return "cp1252"


_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def _arabic(ch: str) -> bool:
    return "\u0600" <= ch <= "\u06ff" or "\ufb50" <= ch <= "\ufeff"


def legacy_by_words(sample: bytes) -> str | None:
    """``'cp1256'`` or ``'cp1252'`` from what the letters make, or None (undecided).

    Every high byte is an Arabic letter in Windows-1256 and a Latin letter in
    Windows-1252, so counting letters cannot tell them apart ("Straße" is "Straكe" in
    1256). Words can: read as 1256, Persian/Arabic text gives words of Arabic letters
    only, while Latin-1 text gives words mixing Latin and Arabic letters; read as 1252,
    Arabic text gives words of accented letters only (``ÓáÇã``), while Latin-1 text
    gives Latin words with an accent.
    """
    arabic_words = mixed_words = 0
    for word in _WORD.findall(sample.decode("cp1256", "replace")):
        has_high = any(_arabic(ch) for ch in word)
        if not has_high:
            continue
        if any(ch.isascii() for ch in word):
            mixed_words += 1
        else:
            arabic_words += 1
    latin_words = accented_only = 0
    for word in _WORD.findall(sample.decode("cp1252", "replace")):
        high = sum(1 for ch in word if not ch.isascii())
        if not high:
            continue
        if high < len(word):
            latin_words += 1
        else:
            accented_only += 1
    if not (arabic_words or mixed_words):
        return None
    if arabic_words + accented_only > 2 * (mixed_words + latin_words):
        return "cp1256"
    if mixed_words + latin_words > 2 * (arabic_words + accented_only):
        return "cp1252"
    return None


def _split_ws(line: str) -> list[str]:
    return line.split()


def detect_delimiter(lines: list[str]) -> str:
    """The separator giving the same (> 1) number of fields on most sample lines."""
    lines = [ln for ln in lines if ln.strip()][:200]
    if not lines:
        return ","
    best, best_score = None, 0.0
    for delim in DELIMITERS:
        counts = [len(r) for r in csv.reader(lines, delimiter=delim)]
        if not counts or max(counts) < 2:
            continue
        mode = max(set(counts), key=counts.count)
        if mode < 2:
            continue
        score = counts.count(mode) / len(counts) + 0.01 * mode
        if score > best_score:
            best, best_score = delim, score
    ws_counts = [len(_split_ws(ln)) for ln in lines]
    ws_mode = max(set(ws_counts), key=ws_counts.count)
    ws_score = ws_counts.count(ws_mode) / len(ws_counts) + 0.01 * ws_mode if ws_mode >= 2 else 0
    if best is None or ws_score > best_score + 0.05:
        return WHITESPACE if ws_mode >= 2 else (best or ",")
    return best


_NUMBERISH = re.compile(r"^[\s\-+(]*[\d۰-۹٠-٩][\d۰-۹٠-٩.,٫٬/:\-\s]*\)?$")


def looks_like_header(first: list[str], rest: list[list[str]]) -> bool:
    """A first row with no number/date cells is a header, unless every row is text only."""
    cells = [c.strip() for c in first]
    if not any(cells):
        return False
    if any(_NUMBERISH.match(c) for c in cells if c):
        return False
    if not rest:
        return True
    numeric_below = sum(1 for row in rest[:50] for c in row if c and _NUMBERISH.match(c.strip()))
    from retention_desktop.core.importer.roles import header_role

    known = sum(1 for c in cells if header_role(c)[0])
    return numeric_below > 0 or known > 0


def split_lines(text: str, delimiter: str) -> list[list[str]]:
    """Parse sample text with the chosen delimiter."""
    if delimiter == WHITESPACE:
        return [_split_ws(ln) for ln in text.splitlines() if ln.strip()]
    return [r for r in csv.reader(io.StringIO(text), delimiter=delimiter) if any(r)]


def sniff_text(head: bytes, encoding: str | None = None, eof: bool = False) -> TextLayout:
    """Encoding, delimiter and header of a text export from its first bytes."""
    enc = detect_encoding(head, encoding)
    text = head.decode(enc, errors="replace")
    if not eof:  # drop the last, probably cut, line
        text = text[: text.rfind("\n") + 1] or text
    text = text.replace("\x00", "")
    lines = text.splitlines()
    delim = detect_delimiter(lines[:200])
    rows = split_lines("\n".join(lines[:200]), delim)
    if not rows:
        raise ImportFailed("The file has no data rows (only blank lines).")
    header = looks_like_header(rows[0], rows[1:])
    return TextLayout(enc, delim, header)
