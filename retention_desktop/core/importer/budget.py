"""The memory an import may use: a fraction of the machine's RAM.

Readers estimate what a file will need *before* they read it (the workbook pre-scan in
:mod:`~retention_desktop.core.importer.xlsx_guard`, the column and size check of text
files) and refuse with a clear message when the estimate exceeds :func:`memory_budget`;
whatever still runs out of memory ends in :func:`out_of_memory` instead of a traceback.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from retention_desktop.core.importer.errors import ImportFailed

FRACTION = 0.5                   # of physical RAM (or of an address-space limit)
ENV = "RETENTION_DESKTOP_MEMORY_BUDGET"  # bytes; tests and small machines


def _physical_ram() -> int | None:
    if sys.platform.startswith("win"):
        import ctypes

        class _Status(ctypes.Structure):
            _fields_ = [("dwLength", ctypes.c_ulong), ("dwMemoryLoad", ctypes.c_ulong),
                        ("ullTotalPhys", ctypes.c_ulonglong),
                        ("ullAvailPhys", ctypes.c_ulonglong),
                        ("ullTotalPageFile", ctypes.c_ulonglong),
                        ("ullAvailPageFile", ctypes.c_ulonglong),
                        ("ullTotalVirtual", ctypes.c_ulonglong),
                        ("ullAvailVirtual", ctypes.c_ulonglong),
                        ("ullAvailExtendedVirtual", ctypes.c_ulonglong)]

        status = _Status()
        status.dwLength = ctypes.sizeof(_Status)
        if ctypes.windll.kernel32.GlobalMemoryStatusEx(ctypes.byref(status)):  # type: ignore[attr-defined]
            return int(status.ullTotalPhys)
        return None
    try:
        return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (ValueError, OSError, AttributeError):
        return None


def memory_budget() -> int:
    """Bytes one import may allocate (``RETENTION_DESKTOP_MEMORY_BUDGET`` overrides)."""
    override = os.environ.get(ENV, "").strip()
    if override.isdigit():
        return int(override)
    limits = [_physical_ram() or 4 << 30]
    try:
        import resource

        soft = resource.getrlimit(resource.RLIMIT_AS)[0]
        if soft not in (resource.RLIM_INFINITY, -1) and soft > 0:
            # an address-space limit counts what the process has mapped already
            # (libraries, thread stacks, DuckDB's reservations): only the rest is free
            limits.append(max(soft - _mapped(), 0))
    except (ImportError, ValueError, OSError):
        pass
    return int(FRACTION * min(limits))


def _mapped() -> int:
    """Bytes of address space this process has mapped (Linux; 0 where unknown)."""
    try:
        with open("/proc/self/statm", encoding="ascii") as fh:
            return int(fh.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError, AttributeError):
        return 0


def _gib(n: float) -> str:
    return f"{n / 2**30:.1f} GiB" if n >= 2**30 else f"{n / 2**20:,.0f} MiB"


def check(path: str | Path, need: float, what: str) -> None:
    """Raise :class:`ImportFailed` when reading ``path`` would need more than the budget.

    Parameters
    ----------
    need : float
        Estimated bytes.
    what : str
        Why it is that large, in words ("one cell at XFD1048576 makes a grid of …").
    """
    budget = memory_budget()
    if need > budget:
        raise ImportFailed(
            f"Reading this file would need about {_gib(need)} of memory ({what}); the limit "
            f"for one import is {_gib(budget)}. It was not read. Export only the columns "
            "and rows you need, or save it as CSV.", file=path)


def out_of_memory(path: str | Path | None) -> ImportFailed:
    """The message for an import that ran out of memory anyway; nothing was changed."""
    return ImportFailed(
        "The computer ran out of memory while reading this file; nothing was imported. "
        "Close other programs, or split the file into smaller parts.", file=path)
