"""Refuse hostile or oversized workbooks before any parser loads them into memory.

An ``.xlsx`` is a zip of XML parts. The sheet reader (calamine) inflates a whole sheet
into memory, so a "zip bomb" (a few kilobytes that inflate to gigabytes) or a sheet far
beyond Excel's own limits would exhaust memory. :func:`check_workbook` looks at the
zip directory (sizes), at the ``<dimension>`` element at the top of each sheet, read
with :mod:`defusedxml` from a bounded, streamed prefix, and then pre-scans what the
reader will really allocate: ``<dimension>`` may be missing or false, while calamine
sizes its grid from the cell references themselves (one cell at ``XFD1048576`` asks
for 512 GiB) and copies a shared string into every cell that uses it (one 15 MiB string
used 2,000 times is 30 GB). The scan streams each sheet through expat (no DTDs, so no
entity expansion), keeping only counters, and refuses with :class:`ImportFailed` when
the grid or the strings exceed the import's memory budget
(:mod:`~retention_desktop.core.importer.budget`).
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from retention_desktop.core.importer.errors import ImportFailed

MAX_TOTAL_BYTES = 1 << 30        # all parts inflated: 1 GiB
MAX_RATIO = 200                  # inflated / compressed for parts above RATIO_FLOOR
RATIO_FLOOR = 16 << 20           # small parts may compress very well legitimately
MAX_ROWS = 1_048_576             # Excel's own row limit
MAX_CELLS = 40_000_000           # rows x columns a sheet may declare
_PREFIX = 64 * 1024              # bytes of each sheet read to find <dimension>
_DIMENSION = re.compile(rb"<(?:\w+:)?dimension\b[^>]*/>")
MAX_COLUMNS = 16_384             # Excel's own column limit (XFD)
CELL_BYTES = 96                  # reader grid + Python list + frame, per cell
_CHUNK = 1 << 20
_REF = re.compile(r"([A-Za-z]{1,4})(\d{1,9})$")


def _col_number(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + (ord(ch) - 64)
    return n


def _dimension(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> tuple[int, int] | None:
    """(rows, columns) declared by a sheet's ``<dimension ref="A1:X9"/>``, if any."""
    from defusedxml import ElementTree

    with zf.open(info) as fh:
        head = fh.read(_PREFIX)
    match = _DIMENSION.search(head)
    if not match:
        return None
    try:
        tag = re.sub(rb"^<\w+:", b"<", match.group(0))  # drop a namespace prefix
        elem = ElementTree.fromstring(tag.decode("utf-8", "replace"))
    except Exception:  # noqa: BLE001 - defusedxml refuses entities/DTDs; a bad tag is no limit
        return None
    ref = (elem.get("ref") or "").upper()
    parts = re.findall(r"([A-Z]{1,3})(\d{1,8})", ref)
    if not parts:
        return None
    col, row = parts[-1]
    return int(row), _col_number(col)


def check_workbook(path: Path) -> None:
    """Raise :class:`ImportFailed` when ``path`` is a zip bomb or too large a workbook.

    Files that are not zip archives (old ``.xls``) pass through unchanged.
    """
    if not zipfile.is_zipfile(path):
        return
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            total = sum(i.file_size for i in infos)
            if total > MAX_TOTAL_BYTES:
                raise ImportFailed(
                    f"The workbook would take {total / 2**30:.1f} GiB once unpacked (limit "
                    f"{MAX_TOTAL_BYTES / 2**30:.0f} GiB). Export the sheet as CSV instead.",
                    file=path)
            for info in infos:
                ratio = info.file_size / max(info.compress_size, 1)
                if info.file_size > RATIO_FLOOR and ratio > MAX_RATIO:
                    raise ImportFailed(
                        f"The workbook part {info.filename!r} unpacks {ratio:,.0f} times larger "
                        "than it is stored: this is not a normal Excel file (zip bomb?). "
                        "It was not opened.", file=path)
            for info in infos:
                if not re.fullmatch(r"xl/worksheets/[^/]+\.xml", info.filename):
                    continue
                dim = _dimension(zf, info)
                if dim is None:
                    continue
                rows, cols = dim
                if rows > MAX_ROWS or rows * cols > MAX_CELLS:
                    raise ImportFailed(
                        f"The sheet {info.filename.rsplit('/', 1)[-1]!r} declares {rows:,} rows "
                        f"x {cols:,} columns, more than can be read safely (limits: "
                        f"{MAX_ROWS:,} rows, {MAX_CELLS:,} cells). Export it as CSV instead.",
                        file=path)
            _check_allocation(path, zf, infos)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError) as exc:
        raise ImportFailed(f"The Excel file is damaged or incomplete ({exc}).",
                           file=path) from None


class _Refused(Exception):
    """A DTD (entity declarations) inside a workbook part: never expanded."""


def _parser(start, end=None, chars=None):
    """An expat parser that refuses DTDs and reports local tag names."""
    from xml.parsers import expat

    parser = expat.ParserCreate()
    parser.buffer_text = True

    def no_dtd(*_a):
        raise _Refused

    parser.StartDoctypeDeclHandler = no_dtd
    parser.EntityDeclHandler = no_dtd
    parser.StartElementHandler = start
    if end is not None:
        parser.EndElementHandler = end
    if chars is not None:
        parser.CharacterDataHandler = chars
    return parser


def _feed(zf: zipfile.ZipFile, info: zipfile.ZipInfo, parser) -> None:
    from xml.parsers import expat

    try:
        with zf.open(info) as fh:
            while chunk := fh.read(_CHUNK):
                parser.Parse(chunk, False)
            parser.Parse(b"", True)
    except (expat.ExpatError, _Refused):
        pass  # a damaged or DTD-laden part: calamine says so itself (or refuses it)


def _string_sizes(zf: zipfile.ZipFile, names: set[str]) -> list[int]:
    """Characters of every shared string (``<si>``), in order."""
    info = next((i for i in zf.infolist() if i.filename.lower() == "xl/sharedstrings.xml"), None)
    if info is None:
        return []
    sizes: list[int] = []
    depth = [0]

    def start(name, _attrs):
        if name.rsplit(":", 1)[-1] == "si":
            sizes.append(0)
            depth[0] += 1

    def end(name):
        if name.rsplit(":", 1)[-1] == "si":
            depth[0] -= 1

    def chars(text):
        if depth[0] and sizes:
            sizes[-1] += len(text)

    _feed(zf, info, _parser(start, end, chars))
    return sizes


class _SheetScan:
    """Largest row and column a sheet references, and its shared-string uses."""

    def __init__(self) -> None:
        self.max_row = self.max_col = 0
        self.row = self.col = 0
        self.cells = 0
        self.shared: dict[int, int] = {}
        self._in_shared_v = False
        self._cell_is_shared = False
        self._text = ""

    def start(self, name, attrs) -> None:
        tag = name.rsplit(":", 1)[-1]
        if tag == "row":
            r = attrs.get("r", "")
            self.row = int(r) if r.isdigit() else self.row + 1
            self.col = 0
            self.max_row = max(self.max_row, self.row)
        elif tag == "c":
            m = _REF.match(attrs.get("r", ""))
            if m:
                self.col = _col_number(m.group(1).upper())
                self.row = max(self.row, int(m.group(2))) if not self.row else self.row
                self.max_row = max(self.max_row, int(m.group(2)))
            else:
                self.col += 1
            self.max_col = max(self.max_col, self.col)
            self.cells += 1
            self._cell_is_shared = attrs.get("t") == "s"
        elif tag == "v" and self._cell_is_shared:
            self._in_shared_v, self._text = True, ""

    def end(self, name) -> None:
        if self._in_shared_v and name.rsplit(":", 1)[-1] == "v":
            self._in_shared_v = False
            if self._text.strip().isdigit():
                i = int(self._text)
                self.shared[i] = self.shared.get(i, 0) + 1

    def chars(self, text) -> None:
        if self._in_shared_v and len(self._text) < 20:
            self._text += text


def _check_allocation(path: Path, zf: zipfile.ZipFile, infos: list[zipfile.ZipInfo]) -> None:
    """Refuse a workbook whose cell references or shared strings would not fit in memory."""
    from retention_desktop.core.importer.budget import check

    sizes: list[int] | None = None
    for info in infos:
        if not re.fullmatch(r"xl/worksheets/[^/]+\.xml", info.filename, re.IGNORECASE):
            continue
        scan = _SheetScan()
        _feed(zf, info, _parser(scan.start, scan.end, scan.chars))
        sheet = info.filename.rsplit("/", 1)[-1]
        if scan.max_row > MAX_ROWS or scan.max_col > MAX_COLUMNS:
            raise ImportFailed(
                f"The sheet {sheet!r} has a cell at row {scan.max_row:,}, column "
                f"{scan.max_col:,}, beyond Excel's own limits ({MAX_ROWS:,} rows, "
                f"{MAX_COLUMNS:,} columns): the file is damaged or not from Excel. "
                "It was not read.", file=path)
        grid = scan.max_row * scan.max_col
        if grid > MAX_CELLS:
            raise ImportFailed(
                f"The sheet {sheet!r} has a cell at row {scan.max_row:,}, column "
                f"{scan.max_col:,}: reading it means a grid of {grid:,} cells (limit "
                f"{MAX_CELLS:,}). Delete the stray cells far below or to the right of the "
                "data in Excel (or export the sheet as CSV). It was not read.", file=path)
        strings = 0
        if scan.shared:
            sizes = _string_sizes(zf, set()) if sizes is None else sizes
            # each use is a separate copy in the reader, in Python and twice in DuckDB
            # (staging, then the table), at up to 2 bytes a character on average
            strings = sum(sizes[i] * n for i, n in scan.shared.items() if i < len(sizes))
            strings *= 4 * 2
        need = grid * CELL_BYTES + strings
        what = (f"sheet {sheet!r}: {scan.max_row:,} rows x {scan.max_col:,} columns"
                + (f", shared text repeated into {sum(scan.shared.values()):,} cells"
                   if strings > grid * CELL_BYTES else ""))
        check(path, need, what)
