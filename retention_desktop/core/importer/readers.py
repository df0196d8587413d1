"""Read one export (CSV/TSV/semicolon/pipe/whitespace text or a workbook) into a frame.

The frame holds raw cells (strings for text files, Python values for workbooks), one
row per data row, plus the row number the user sees in the file or sheet. Rows that
cannot be split into the expected columns are returned as rejections, not dropped.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from retention_desktop.core.importer.errors import ImportFailed
from retention_desktop.core.importer.sniff import (
    SNIFF_BYTES,
    WHITESPACE,
    TextLayout,
    file_kind,
    looks_like_header,
    sniff_text,
)

if TYPE_CHECKING:  # numpy/pandas load lazily: the CSV fast path never needs them
    import numpy as np
    import pandas as pd

_CONTROL = re.compile(r"[\x00-\x1f\x7f]+")
csv.field_size_limit(16 * 1024 * 1024)


@dataclass(frozen=True)
class Rejection:
    """A source row the import could not use."""

    file: str
    row: int
    column: str | None
    value: str | None
    reason: str


@dataclass
class RawTable:
    """The cells of one file (or sheet) before any typing."""

    path: Path
    frame: pd.DataFrame  # or a :class:`SampleColumns` (fast-path sample, see read_text)
    rows: np.ndarray | list[int]  # row number as the user sees it (1 = first line / sheet row 1)
    has_header: bool
    header_row: int | None
    encoding: str | None = None
    delimiter: str | None = None
    sheet: str | None = None
    sheets: list[str] = field(default_factory=list)
    rejected: list[Rejection] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


class SampleColumns:
    """Column-wise view of parsed text rows, shaped like the ``DataFrame`` read_text
    would build (``columns``, ``len``, ``frame[col]`` as an object ``Series``).

    The DuckDB fast path only looks at a few cells of its 256 KiB sample; this lets it do
    so without importing pandas, which ``frame[col]`` imports only when content-based
    detection really needs a Series.
    """

    def __init__(self, headers: list[str], rows: list[list[object]]) -> None:
        self.columns = list(headers)
        self._rows = rows
        self._index = {h: i for i, h in enumerate(headers)}

    def __len__(self) -> int:
        return len(self._rows)

    @property
    def empty(self) -> bool:
        return not self._rows or not self.columns

    def values(self, col: str) -> list[object]:
        """The cells of ``col`` as a list."""
        i = self._index[col]
        return [r[i] for r in self._rows]

    def __getitem__(self, col: str) -> pd.Series:
        import pandas as pd

        return pd.Series(self.values(col), dtype=object, name=col)


TEXT_BYTES_FACTOR = 12  # memory per byte of a text file on the pandas path (cells, frame)
MAX_COLUMNS = 500  # a shop export has dozens; DuckDB adds each kept column one by one


def clean_headers(raw: list[object]) -> list[str]:
    """Printable, unique, non-empty column names (hostile names are kept as text).

    Repeats become ``x (2)``, ``x (3)`` …; the next suffix of each name is remembered,
    so a header of 100,000 ``x`` takes linear, not quadratic, time.
    """
    out: list[str] = []
    seen: set[str] = set()
    next_n: dict[str, int] = {}
    for i, cell in enumerate(raw, start=1):
        name = "" if cell is None else str(cell)
        if isinstance(cell, float) and cell.is_integer():
            name = str(int(cell))
        name = " ".join(_CONTROL.sub(" ", name).split())[:120] or f"column_{i}"
        base = name
        n = next_n.get(base.lower(), 2)
        while name.lower() in seen:
            name, n = f"{base} ({n})", n + 1
        next_n[base.lower()] = n
        seen.add(name.lower())
        out.append(name)
    return out


def _check_width(path: Path, width: int) -> None:
    if width > MAX_COLUMNS:
        raise ImportFailed(
            f"The file has {width:,} columns; at most {MAX_COLUMNS:,} can be imported. "
            "Export only the columns you need (orders, customers, dates, amounts).",
            file=path)


def _header_index(rows: list[list[object]]) -> int:
    """Index of the header line: the first line as wide as most lines (skips titles)."""
    widths = [sum(1 for c in r if c not in (None, "")) for r in rows[:50]]
    if not widths:
        return 0
    mode = max(set(widths), key=widths.count)
    for i, w in enumerate(widths[:20]):
        if w >= mode:
            return i
    return 0


def _table(path: Path, rows: list[list[object]], numbers: list[int], has_header: bool | None,
           empty_cell: object, lite: bool = False) -> RawTable:
    """Shared shaping of text and sheet rows into a :class:`RawTable` (``lite``: the
    frame is a :class:`SampleColumns` and ``rows`` a list, no pandas)."""
    if not rows:
        raise ImportFailed("The file has no rows.", file=path)
    start = _header_index(rows) if has_header is not False else 0
    if has_header is None:
        text_rows = [["" if c is None else str(c) for c in r] for r in rows[start:start + 60]]
        has_header = looks_like_header(text_rows[0], text_rows[1:])
    _check_width(path, len(rows[start]) if has_header is not False
                 else max(len(r) for r in rows[:200]))
    if has_header:
        headers = clean_headers(rows[start])
        body, body_nums = rows[start + 1:], numbers[start + 1:]
        header_row = numbers[start]
    else:
        width = max(len(r) for r in rows[:200])
        headers = clean_headers([None] * width)
        body, body_nums, header_row = rows[start:], numbers[start:], None
    width = len(headers)
    good, good_nums, rejected = [], [], []
    for r, num in zip(body, body_nums, strict=True):
        if len(r) > width and all(c in (None, "") for c in r[width:]):
            r = r[:width]
        if len(r) == width:
            good.append(r)
            good_nums.append(num)
        elif len(r) < width and len(r) >= 1 and all(c in (None, "") for c in r):
            continue
        elif len(r) < width:
            good.append(list(r) + [empty_cell] * (width - len(r)))
            good_nums.append(num)
        else:
            rejected.append(Rejection(str(path), num, None, _preview(r),
                                      f"{len(r)} fields where the header has {width}"))
    if lite:
        return RawTable(path, SampleColumns(headers, good), good_nums, has_header, header_row,
                        rejected=rejected)
    import numpy as np
    import pandas as pd

    frame = pd.DataFrame(good, columns=headers, dtype=object) if good else pd.DataFrame(
        {h: pd.Series([], dtype=object) for h in headers})
    return RawTable(path, frame, np.asarray(good_nums, dtype=np.int64), has_header, header_row,
                    rejected=rejected)


def _preview(row: list[object]) -> str:
    return ",".join("" if c is None else str(c) for c in row)[:200]


def decode(path: Path, data: bytes, layout: TextLayout, override: bool) -> tuple[str, str]:
    """Decode the whole file strictly in one encoding (never a mix, never a guess that
    turns text into something the file does not say).

    A UTF-8 file whose sniffed head is plain ASCII but which has legacy (Windows-1256
    or -1252) bytes further down is re-detected for the whole file. A file that is real
    UTF-8 text up to a line that is not mixes two encodings: refused, naming the line
    (decoding it all in the legacy code page would turn every earlier row into
    mojibake).
    """
    try:
        return data.decode(layout.encoding), layout.encoding
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        if override or layout.encoding not in ("utf-8", "utf-8-sig"):
            raise ImportFailed(
                f"The file is not valid {layout.encoding} text (byte {exc.start:,}). "
                "Choose the right encoding in the import dialog.", file=path, row=line
            ) from None
        before = data[:exc.start].replace(b"\xef\xbb\xbf", b"", 1)
        if not before.isascii():
            raise ImportFailed(
                f"The file mixes two text encodings: it is UTF-8 up to line {line - 1:,}, "
                f"but line {line:,} is not (byte {exc.start:,}; probably Windows-1256 or "
                "-1252). Nothing was imported. Save the whole file again as UTF-8 (or "
                "fix that line) and import it again.", file=path, row=line) from None
        from retention_desktop.core.importer.sniff import legacy_by_words

        high = data[exc.start:exc.start + SNIFF_BYTES]
        enc = legacy_by_words(high) or "cp1252"
        try:
            return data.decode(enc), enc
        except UnicodeDecodeError as bad:
            raise ImportFailed(
                f"The file is neither UTF-8 nor {enc} text (line {line:,} is not UTF-8; "
                f"byte {bad.start:,} is not {enc}). Choose the encoding in the import "
                "dialog.", file=path, row=data.count(b"\n", 0, bad.start) + 1) from None


def _swallowed(path: Path, row: list[str], rows: list[list[object]], delimiter: str,
               start: int, end: int, out: list[Rejection]) -> bool:
    """Reject a row whose unterminated quote swallowed the following lines.

    A quoted cell may hold line breaks (a note); but when the lines inside it look like
    rows of the file themselves (as many separators as the header has columns), the
    quote was never closed and the file's next rows were swallowed into one cell. The
    row and every swallowed line become rejected rows naming the line where the quote
    opened, instead of a note holding other customers' orders.
    """
    width = len(rows[0]) if rows else len(row)
    need = max(1, width - 1)
    inner = [ln for cell in row if "\n" in cell for ln in cell.split("\n")[1:]]
    looks_like_rows = [ln for ln in inner if ln.count(delimiter) >= need]
    if not looks_like_rows:
        return False
    reason = (f"unterminated quote: the quoted text opened on line {start} runs to line "
              f"{end} and swallowed {end - start} following lines; close the quote in the file")
    out.append(Rejection(str(path), start, None, _preview(row), reason))
    for k, line in enumerate(inner, start=1):
        if start + k <= end and line.strip():
            out.append(Rejection(str(path), start + k, None, line[:200],
                                 f"inside an unterminated quote opened on line {start}"))
    return True


def read_text(path: Path, data: bytes, encoding: str | None = None,
              has_header: bool | None = None, lite: bool = False) -> RawTable:
    """Parse a delimited or whitespace-separated text export (``lite``: see
    :func:`_table`)."""
    try:
        layout = sniff_text(data[:SNIFF_BYTES], encoding, eof=len(data) <= SNIFF_BYTES)
    except ImportFailed as exc:
        raise exc.located(path) from None
    except LookupError:
        raise ImportFailed(f"Unknown encoding {encoding!r}.", file=path) from None
    if not lite:
        from retention_desktop.core.importer.budget import check

        check(path, len(data) * TEXT_BYTES_FACTOR,
              f"a {len(data) / 2**20:,.0f} MiB text file read cell by cell")
    text, enc = decode(path, data, layout, override=bool(encoding))
    warnings = []
    nul = text.count("\x00")
    if nul:
        text = text.replace("\x00", "")
        warnings.append(f"{path.name}: removed {nul} NUL bytes (damaged export?)")
    rows: list[list[object]] = []
    numbers: list[int] = []
    broken: list[Rejection] = []
    if layout.delimiter == WHITESPACE:
        for i, line in enumerate(text.splitlines(), start=1):
            if line.strip():
                rows.append(line.split())
                numbers.append(i)
    else:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=layout.delimiter)
        line_no = 0
        try:
            for r in reader:
                start, line_no = line_no + 1, reader.line_num
                if line_no > start and _swallowed(path, r, rows, layout.delimiter, start,
                                                  line_no, broken):
                    continue
                if any(c.strip() for c in r):
                    rows.append(r)
                    numbers.append(start)
        except csv.Error as exc:
            raise ImportFailed(f"The text cannot be split into columns ({exc}).",
                               file=path, row=line_no + 1) from None
    if not rows:
        raise ImportFailed("The file has no data (only blank lines).", file=path)
    header = layout.has_header if has_header is None else has_header
    table = _table(path, rows, numbers, header, "", lite)
    table.rejected = sorted(table.rejected + broken, key=lambda r: r.row)
    table.encoding, table.delimiter = enc, layout.delimiter
    table.warnings.extend(warnings)
    if enc != layout.encoding:
        table.warnings.append(f"{path.name}: not valid {layout.encoding}; read as {enc}")
    return table


def sheet_names(path: Path) -> list[str]:
    """Names of the sheets of a workbook."""
    return list(_open_book(path).sheet_names)


def _open_book(path: Path):
    from python_calamine import CalamineWorkbook

    from retention_desktop.core.importer.xlsx_guard import check_workbook

    check_workbook(path)  # zip bombs / oversized sheets: refused before anything inflates
    if _encrypted(path):
        raise ImportFailed(
            "The Excel file is password-protected. Open it in Excel, remove the password "
            "(File > Info > Protect Workbook > Encrypt with Password, clear it) and save "
            "it, or save a copy as CSV; then import that.", file=path)

    try:
        return CalamineWorkbook.from_path(str(path))
    except Exception as exc:  # noqa: BLE001 - calamine raises several unrelated types
        raise ImportFailed(
            "The Excel file is damaged or incomplete and cannot be opened "
            f"({type(exc).__name__}). Save it again from Excel, or export it as CSV.",
            file=path,
        ) from None


_ENCRYPTED = "EncryptedPackage".encode("utf-16-le")


def _encrypted(path: Path) -> bool:
    """Whether ``path`` is an encrypted Office file: a password-protected .xlsx is an OLE
    container holding an ``EncryptedPackage`` stream (named in UTF-16 in its directory)."""
    try:
        with open(path, "rb") as fh:
            if fh.read(8) != b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
                return False
            fh.seek(0)
            tail = b""
            while chunk := fh.read(1 << 20):
                if _ENCRYPTED in tail + chunk:
                    return True
                tail = chunk[-len(_ENCRYPTED):]
    except OSError:
        return False
    return False


def read_sheet(path: Path, sheet: str | None = None, has_header: bool | None = None) -> RawTable:
    """Read one sheet of a workbook (the first sheet with data when ``sheet`` is None)."""
    book = _open_book(path)
    names = list(book.sheet_names)
    if sheet is not None and sheet not in names:
        raise ImportFailed(f"There is no sheet named {sheet!r}; the sheets are "
                           + ", ".join(repr(n) for n in names) + ".", file=path)
    warnings = []
    chosen, rows = None, []
    for name in [sheet] if sheet else names:
        try:
            data = book.get_sheet_by_name(name).to_python(skip_empty_area=False)
        except Exception as exc:  # noqa: BLE001
            raise ImportFailed(f"Sheet {name!r} cannot be read ({type(exc).__name__}); "
                               "the file may be damaged.", file=path) from None
        if any(any(c not in (None, "") for c in r) for r in data):
            chosen, rows = name, data
            break
    if chosen is None:
        raise ImportFailed("The workbook has no data" + (f" in sheet {sheet!r}." if sheet
                                                         else " in any sheet."), file=path)
    if len(names) > 1 and sheet is None:
        warnings.append(f"{path.name}: read sheet {chosen!r} (the workbook has {len(names)} "
                        "sheets; pick another with --sheet)")
    keep = [(i + 1, [None if c == "" else c for c in r]) for i, r in enumerate(rows)
            if any(c not in (None, "") for c in r)]
    keep = _drop_empty_columns(keep)
    table = _table(path, [r for _, r in keep], [n for n, _ in keep], has_header, None)
    table.sheet, table.sheets = chosen, names
    table.warnings.extend(warnings)
    return table


def _drop_empty_columns(rows: list[tuple[int, list[object]]]) -> list[tuple[int, list[object]]]:
    """Leave out sheet columns without a single value (no header either): a stray cell
    at XFD5 makes the reader return 16,384 columns, nearly all of them empty."""
    width = max((len(r) for _, r in rows), default=0)
    used = [False] * width
    for _, r in rows:
        for j, c in enumerate(r):
            if c is not None:
                used[j] = True
    if all(used):
        return rows
    cols = [j for j, u in enumerate(used) if u]
    return [(n, [r[j] if j < len(r) else None for j in cols]) for n, r in rows]


def read_any(path: Path, *, sheet: str | None = None, encoding: str | None = None,
             has_header: bool | None = None) -> RawTable:
    """Read a text export or a workbook, deciding from the content (not the name)."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(SNIFF_BYTES)
    except OSError as exc:
        raise ImportFailed(f"Cannot read the file ({exc.strerror}).", file=path) from None
    kind = file_kind(path, head)
    if kind == "sheet":
        return read_sheet(path, sheet, has_header)
    data = head if len(head) < SNIFF_BYTES else path.read_bytes()
    return read_text(path, data, encoding, has_header)
