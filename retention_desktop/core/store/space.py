"""Give back the space a failed import left at the end of a closed project file.

DuckDB writes a big insert into new blocks at the end of the file before the commit.
When the commit fails (a full disk) the transaction is rolled back, but the file keeps
the size it grew to -- on a nearly full disk, all the rest of the disk -- and DuckDB
cannot checkpoint it away without the very space that is missing. Once the connection
is closed, everything past the blocks the file's active header counts is unreferenced,
and :func:`trim_tail` cuts it off.
"""

from __future__ import annotations

import contextlib
import os
import struct
from pathlib import Path

# DuckDB file layout: three 4 KiB headers, then blocks of ``block_size`` bytes (block id n
# starts at byte 12288 + n * block_size).
HEADER_BYTES = 3 * 4096
# main header, then two database headers of 4 KiB each (the newer one is active)
_HEADERS = HEADER_BYTES


def _active_header(head: bytes) -> tuple[int, int] | None:
    """``(block_count, block_size)`` of the active database header, if readable."""
    best = None
    for offset in (4096, 8192):
        try:
            _checksum, iteration, _meta, _free, count, size = struct.unpack_from(
                "<6Q", head, offset)
        except struct.error:
            return None
        if not 4096 <= size <= 1 << 30 or count > 1 << 40:
            continue
        if best is None or iteration > best[0]:
            best = (iteration, count, size)
    return None if best is None else (best[1], best[2])


def trim_tail(path: Path) -> int:
    """Cut a closed project file after its last block; returns the bytes given back.

    Only when the file has no write-ahead log (it was checkpointed when it closed, so
    the active header describes everything) and only bytes past the counted blocks.
    """
    path = Path(path)
    if path.with_name(path.name + ".wal").exists():
        return 0
    with contextlib.suppress(OSError):
        with open(path, "rb") as fh:
            head = fh.read(_HEADERS)
        if head[8:12] != b"DUCK":
            return 0
        found = _active_header(head)
        if found is None:
            return 0
        count, size = found
        keep = _HEADERS + count * size
        have = path.stat().st_size
        if have > keep:
            os.truncate(path, keep)
            return have - keep
    return 0
