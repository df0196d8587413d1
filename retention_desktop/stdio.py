"""Safe standard streams for a windowed program.

A windowed Windows executable (PyInstaller ``console=False``, ``pythonw``) starts with
``sys.stdout`` and ``sys.stderr`` set to ``None``: the first ``sys.stderr.write`` (a note
about a missing translation, an argparse error, a smoke-test line) would raise
``AttributeError`` and end the app before its window appears. :func:`ensure_std_streams`
replaces a missing stream before anything can write to it: standard output goes nowhere,
standard error goes to a log file in the user's data folder, where support can find it.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

LOG_NAME = "retention-desktop.log"
_MAX_LOG_BYTES = 1_000_000  # started afresh above this: a log, not an archive


def _open_log() -> io.TextIOBase:
    """The stderr log in the user data folder, or the null device if that is not writable."""
    try:
        from retention_desktop.core.paths import user_data_dir

        path = Path(user_data_dir()) / LOG_NAME
        mode = "w" if path.exists() and path.stat().st_size > _MAX_LOG_BYTES else "a"
        return open(path, mode, encoding="utf-8", errors="replace", buffering=1)  # noqa: SIM115
    except OSError:
        return open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115


def ensure_std_streams() -> list[str]:
    """Give ``sys.stdout``/``sys.stderr`` a writable stream where they are ``None``.

    Returns
    -------
    list of str
        The names of the streams that were replaced (empty in a terminal).
    """
    replaced = []
    if sys.stdout is None:
        sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
        replaced.append("stdout")
    if sys.stderr is None:
        sys.stderr = _open_log()
        replaced.append("stderr")
    return replaced
