"""The one exception an import raises for the user."""

from __future__ import annotations

from pathlib import Path


class ImportFailed(Exception):  # noqa: N818 - name fixed by the public API
    """An import could not be done; the message is meant for the user.

    Parameters
    ----------
    message : str
        What is wrong and, where possible, what to do.
    file, row, column : optional
        Where: the file, the row number as the user sees it in the file (1 = first line),
        and the column header. Included in ``str(exc)``.
    """

    def __init__(self, message: str, *, file: str | Path | None = None,
                 row: int | None = None, column: str | None = None) -> None:
        self.reason = message
        self.file = str(file) if file is not None else None
        self.row = row
        self.column = column
        super().__init__(self._text())

    def _text(self) -> str:
        where = []
        if self.file:
            where.append(Path(self.file).name)
        if self.row is not None:
            where.append(f"row {self.row}")
        if self.column is not None:
            where.append(f"column {self.column!r}")
        return (", ".join(where) + ": " if where else "") + self.reason

    def located(self, file: str | Path) -> ImportFailed:
        """The same error with ``file`` filled in when it was unknown."""
        if self.file:
            return self
        return ImportFailed(self.reason, file=file, row=self.row, column=self.column)
