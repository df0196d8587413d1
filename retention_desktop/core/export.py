"""Safe CSV/XLSX export shared by every table, list and report (Qt-free).

Two rules hold for every file the app writes for the user:

* **No formula injection.** A text cell starting with ``=``, ``+``, ``-``, ``@``, tab or
  carriage return (or the Unicode minus/full-width variants) would be run as a formula by
  Excel/LibreOffice; it is written with a leading apostrophe instead.
* **No truncated file under the final name.** Output goes to a temporary file in the
  same folder and is renamed over the target only when complete.
"""

from __future__ import annotations

import csv
import io
import math
import os
import re
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

# International phone numbers: a plus, then only digits, spaces, dashes and parentheses.
_PHONE = re.compile(r"\+[0-9][0-9 ()\-]{5,}")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\u2212", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def neutralise(value: Any) -> Any:
    """Make one cell value safe for spreadsheets.

    Parameters
    ----------
    value : Any
        Cell value. Numbers stay numbers (a negative number is not a formula).

    Returns
    -------
    Any
        Text starting with a formula character gets a leading ``'``; other values
        are returned unchanged.
    """
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        if _PHONE.fullmatch(value):  # "+98 912 345 6789" cannot run anything: keep as typed
            return value
        return "'" + value
    return value


@contextmanager
def atomic_path(target: str | Path, suffix: str = "") -> Iterator[Path]:
    """Yield a temporary path next to ``target``; rename it over ``target`` on success.

    On error the temporary file is removed and ``target`` is left as it was.
    """
    target = Path(target)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=suffix or ".part",
                                    dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        # mkstemp makes the file private (0600); the user's file gets the usual mode
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        # name the file the user chose, not the hidden temporary one
        raise OSError(exc.errno, exc.strerror or str(exc), str(target)) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _umask() -> int:
    """The process's umask (read by setting it and setting it back)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


@contextmanager
def atomic_text(target: str | Path, encoding: str = "utf-8-sig") -> Iterator[IO[str]]:
    """Open a text file for writing that only appears under ``target`` when complete."""
    with atomic_path(target) as tmp, open(tmp, "w", encoding=encoding, newline="") as fh:
        yield fh


def write_csv(target: str | Path, header: Sequence[str], rows: Iterable[Sequence[Any]]) -> Path:
    """Write a CSV (UTF-8 with BOM so Excel shows Persian/Arabic correctly), neutralised.

    Returns
    -------
    Path
        The written file.
    """
    with atomic_text(target) as fh:
        writer = csv.writer(fh)
        writer.writerow([neutralise(h) for h in header])
        for row in rows:
            writer.writerow([neutralise(_plain(v)) for v in row])
    return Path(target)


def _plain(value: Any) -> Any:
    """Convert numpy/pandas scalars and NaN to plain Python values for writers."""
    if value is None:
        return None
    item = getattr(value, "item", None)
    if callable(item) and not isinstance(value, str | bytes):
        try:
            value = item()
        except (TypeError, ValueError):
            pass
    if isinstance(value, float) and math.isnan(value):
        return None
    if hasattr(value, "to_pydatetime"):
        value = value.to_pydatetime()
    return value


@dataclass
class Sheet:
    """One worksheet of an XLSX export.

    Parameters
    ----------
    title : str
        Sheet name (trimmed to Excel's 31 characters).
    header : sequence of str
        Column titles.
    rows : list of sequences
        Cell values.
    formats : dict, optional
        Column title -> Excel number format (e.g. ``'0.0%'``, ``'#,##0.00'``).
    widths : dict, optional
        Column title -> width in characters (default: fitted to the content).
    color_scale : str, optional
        Excel range (e.g. ``'C2:N30'``) that gets a 3-colour scale conditional format.
    right_to_left : bool
        Show the sheet right to left (Persian/Arabic).
    cell_formats : dict, optional
        (row, column) 1-based -> number format, for columns that mix units.
    """

    title: str
    header: Sequence[str]
    rows: list[Sequence[Any]]
    formats: dict[str, str] = field(default_factory=dict)
    widths: dict[str, float] = field(default_factory=dict)
    color_scale: str | None = None
    right_to_left: bool = False
    cell_formats: dict[tuple[int, int], str] = field(default_factory=dict)


def write_xlsx(target: str | Path, sheets: Sequence[Sheet]) -> Path:
    """Write sheets to an .xlsx file: frozen header, number formats, widths, neutralised text.

    Returns
    -------
    Path
        The written file.
    """
    from openpyxl import Workbook
    from openpyxl.formatting.rule import ColorScaleRule
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    wb.remove(wb.active)
    used: set[str] = set()
    for sheet in sheets:
        title = _sheet_title(sheet.title, used)
        ws = wb.create_sheet(title)
        ws.sheet_view.rightToLeft = sheet.right_to_left
        ws.append([neutralise(h) for h in sheet.header])
        for cell in ws[1]:
            cell.font = Font(bold=True)
        for row in sheet.rows:
            ws.append([neutralise(_plain(v)) for v in row])
        ws.freeze_panes = "A2"
        for idx, name in enumerate(sheet.header, start=1):
            letter = get_column_letter(idx)
            fmt = sheet.formats.get(name)
            if fmt:
                for (cell,) in ws.iter_rows(min_row=2, min_col=idx, max_col=idx):
                    cell.number_format = fmt
            width = sheet.widths.get(name)
            if width is None:
                longest = max([len(str(name))] + [len(str(r[idx - 1])) for r in sheet.rows[:500]
                                                  if idx - 1 < len(r) and r[idx - 1] is not None])
                width = min(max(8, longest + 2), 60)
            ws.column_dimensions[letter].width = width
        for (row, col), fmt in sheet.cell_formats.items():
            ws.cell(row=row, column=col).number_format = fmt
        if sheet.color_scale:
            ws.conditional_formatting.add(
                sheet.color_scale,
                ColorScaleRule(start_type="min", start_color="F8696B", mid_type="percentile",
                               mid_value=50, mid_color="FFEB84", end_type="max", end_color="63BE7B"),
            )
    # Build the zip in memory and write it in one go: when the disk fills up while
    # openpyxl writes a zip straight to the file, the half-closed ZipFile prints a
    # "ZipFile.__del__" traceback after the clean error.
    buffer = _save_quietly(wb, target)
    with atomic_path(target, suffix=".xlsx") as tmp:
        tmp.write_bytes(buffer.getbuffer())
    return Path(target)


def _save_quietly(wb, target: str | Path) -> io.BytesIO:
    """Save ``wb`` into memory; a full disk (openpyxl writes each sheet through a temporary
    file first) raises one ``OSError`` naming ``target``.

    When a write fails inside openpyxl, its half-finished writer generators print
    "Exception ignored …" tracebacks whenever the garbage collector finds them; they are
    collected here, with that printing off, so the user sees only the clean error.
    """
    import gc
    import sys

    buffer = io.BytesIO()
    try:
        wb.save(buffer)
        return buffer
    except OSError as exc:
        failed = (exc.errno, exc.strerror or str(exc))
    hook = sys.unraisablehook
    sys.unraisablehook = lambda *_: None
    try:
        del wb
        gc.collect()
    finally:
        sys.unraisablehook = hook
    raise OSError(*failed, str(target))


def _sheet_title(title: str, used: set[str]) -> str:
    """An Excel-legal, unique sheet title."""
    clean = "".join("_" if ch in '[]:*?/\\' else ch for ch in title).strip("'") or "Sheet"
    clean = clean[:31]
    base, n = clean, 2
    while clean.lower() in used:
        suffix = f" ({n})"
        clean = base[: 31 - len(suffix)] + suffix
        n += 1
    used.add(clean.lower())
    return clean
