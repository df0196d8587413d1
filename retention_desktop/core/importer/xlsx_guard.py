"""Refuse hostile or oversized workbooks before any parser loads them into memory.

An ``.xlsx`` is a zip of XML parts. The sheet reader (calamine) inflates a whole sheet
into memory, so a "zip bomb" (a few kilobytes that inflate to gigabytes) or a sheet far
beyond Excel's own limits would exhaust memory. :func:`check_workbook` looks only at the
zip directory (sizes) and at the ``<dimension>`` element at the top of each sheet, read
with :mod:`defusedxml` from a bounded, streamed prefix, and raises :class:`ImportFailed`
with a clear message.
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
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError) as exc:
        raise ImportFailed(f"The Excel file is damaged or incomplete ({exc}).",
                           file=path) from None
