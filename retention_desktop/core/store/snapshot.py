"""Read-only copies of a project that another process has open for writing.

DuckDB lets only one process open a file while it is open for writing, even for
reading. To still let a second window (or ``retention-desktop info/metrics/report``)
look at the data, :func:`take_snapshot` copies the file and its write-ahead log into a
private temporary folder; DuckDB replays the log when the copy is opened read-only, so
the copy holds every committed transaction (never a half-done import: DuckDB writes a
transaction to the log only when it commits).
"""

from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path

ATTEMPTS = 5


def _stamp(path: Path) -> tuple[tuple[int, int], ...]:
    out = []
    for p in (path, path.with_name(path.name + ".wal")):
        try:
            st = p.stat()
            out.append((st.st_size, st.st_mtime_ns))
        except FileNotFoundError:
            out.append((-1, -1))
    return tuple(out)


def take_snapshot(path: Path) -> Path:
    """Copy ``path`` (and ``path.wal``) to a new temporary folder; return the copy's path.

    The copy is retried when the writer changed the files while they were copied. The
    caller removes the folder (:func:`drop_snapshot`) when done.

    Raises
    ------
    OSError
        The files cannot be read or the temporary folder cannot be written.
    """
    folder = Path(tempfile.mkdtemp(prefix="retention-snapshot-"))
    target = folder / path.name
    try:
        for attempt in range(ATTEMPTS):
            before = _stamp(path)
            shutil.copyfile(path, target)
            wal = path.with_name(path.name + ".wal")
            copy_wal = target.with_name(target.name + ".wal")
            copy_wal.unlink(missing_ok=True)
            if wal.exists():
                shutil.copyfile(wal, copy_wal)
            if _stamp(path) == before:
                break
            time.sleep(0.05 * (attempt + 1))  # a checkpoint was running: copy again
        return target
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise


def drop_snapshot(copy: Path) -> None:
    """Remove the temporary folder of a snapshot made by :func:`take_snapshot`."""
    shutil.rmtree(copy.parent, ignore_errors=True)
