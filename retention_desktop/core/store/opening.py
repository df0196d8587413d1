"""Opening a project as a background job (the app's runner calls these, never the GUI thread).

Opening a project file means a DuckDB open, the schema check and possibly a migration (and
for a file locked by another window, a snapshot copy): seconds on a big or slow disk. The
window hands :func:`open_project_job` to its runner and shows a busy state meanwhile.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from retention_desktop.core.store.project import ProjectError, ProjectStore
from retention_desktop.core.tasks import CancelToken


@dataclass(frozen=True)
class OpenResult:
    """Outcome of :func:`open_project_job`.

    Attributes
    ----------
    path : Path
        The file asked for.
    read_only : bool
        Whether a read-only open was asked for.
    store : ProjectStore or None
        The open project (the caller owns it and must close it), ``None`` on failure.
    error : ProjectError or None
        Why it could not be opened (locked elsewhere, damaged, newer schema): a value,
        not an exception, because the window answers each with its own dialog.
    """

    path: Path
    read_only: bool
    store: ProjectStore | None = None
    error: ProjectError | None = None


def open_project_job(path: str | Path, read_only: bool = False,
                     token: CancelToken | None = None) -> OpenResult:
    """Open ``path`` as a :class:`ProjectStore`.

    Parameters
    ----------
    path : str or Path
        The project file (created when missing and ``read_only`` is false).
    read_only : bool
        Open read-only (a snapshot when another process holds the file).
    token : CancelToken, optional
        A cancel after the open closes the file again, so it is never left locked.

    Returns
    -------
    OpenResult
        The store, or the :class:`ProjectError` explaining why there is none.
    """
    path = Path(path)
    try:
        store = ProjectStore(path, read_only=read_only)
    except ProjectError as exc:
        return OpenResult(path, read_only, error=exc)
    if token is not None and token.cancelled:
        store.close()
        token.raise_if_cancelled()
    return OpenResult(path, read_only, store=store)
