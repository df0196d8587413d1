"""Read-only copies of a project that another process has open for writing.

DuckDB lets only one process open a file while it is open for writing, even for
reading. To still let a second window (or ``retention-desktop info/metrics/report``)
look at the data, :func:`take_snapshot` copies the file and its write-ahead log into a
private folder under the app's data folder (``snapshots/`` in
:func:`~retention_desktop.core.paths.user_data_dir`, never the shared temp folder:
the copy holds raw customer data); DuckDB replays the log when the copy is opened read-only, so
the copy holds every committed transaction (never a half-done import: DuckDB writes a
transaction to the log only when it commits).

Each folder is named after the process that made it and records which project it
copies. A killed process cannot remove its copy: :func:`drop_stale_snapshots` removes
the copies of dead processes whenever a project is opened, and every copy of a project
when a customer is forgotten from it.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ATTEMPTS = 5
_SOURCE = "source.txt"  # the copied project's path, inside each snapshot folder


def snapshot_root(create: bool = True) -> Path:
    """The folder holding the snapshots (inside the per-user data folder)."""
    from retention_desktop.core.paths import user_data_dir

    root = user_data_dir() / "snapshots"
    if not create:
        return root
    root.mkdir(parents=True, exist_ok=True)
    if not sys.platform.startswith("win"):
        with contextlib.suppress(OSError):
            root.chmod(0o700)
    return root


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if sys.platform.startswith("win"):
        return True  # files a live process holds open cannot be removed there anyway
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists, owned by someone else
    return True


def drop_stale_snapshots(project: Path | None = None, keep: Path | None = None) -> int:
    """Remove snapshot folders of dead processes, or all copies of ``project``.

    Parameters
    ----------
    project : Path, optional
        Also remove the copies of this project made by live processes (after a customer
        was forgotten, no copy may keep the customer's rows).
    keep : Path, optional
        A snapshot this process still has open.

    Returns
    -------
    int
        Folders removed.
    """
    try:
        folders = [p for p in snapshot_root(create=False).iterdir() if p.is_dir()]
    except OSError:
        return 0
    target = str(Path(project).resolve()) if project is not None else None
    removed = 0
    for folder in folders:
        if keep is not None and folder == Path(keep).parent:
            continue
        pid_text = folder.name.split("-", 1)[0]
        pid = int(pid_text) if pid_text.isdigit() else -1
        source = ""
        with contextlib.suppress(OSError):
            source = (folder / _SOURCE).read_text(encoding="utf-8")
        if not _alive(pid) or (target is not None and source == target):
            shutil.rmtree(folder, ignore_errors=True)
            removed += not folder.exists()
    return removed


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
    """Copy ``path`` (and ``path.wal``) to a new snapshot folder; return the copy's path.

    The copy is retried when the writer changed the files while they were copied. The
    caller removes the folder (:func:`drop_snapshot`) when done.

    Raises
    ------
    OSError
        The files cannot be read or the temporary folder cannot be written.
    """
    folder = Path(tempfile.mkdtemp(prefix=f"{os.getpid()}-", dir=snapshot_root()))
    target = folder / path.name
    try:
        (folder / _SOURCE).write_text(str(Path(path).resolve()), encoding="utf-8")
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
