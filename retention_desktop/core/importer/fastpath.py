"""DuckDB ``read_csv`` fast path for clean CSV order exports."""

from __future__ import annotations

from pathlib import Path


class FastPathError(Exception):
    """DuckDB could not read the file; retry it on the pandas path."""

    def __init__(self, path: Path) -> None:
        super().__init__(str(path))
        self.path = path


def try_stage(cur, path, idx, options):
    return None
