"""Import heavy modules on first use (scipy.optimize costs ~0.9 s).

The app builds every tab at start; the statistics behind the A/B and CLV tabs are only
needed when the user computes something there, so their modules load on first access.
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import Any


class LazyModule:
    """Stands in for a module until an attribute is first read.

    Parameters
    ----------
    name : str
        Dotted module name, e.g. ``"scipy.optimize"``.
    """

    __slots__ = ("_name", "_module")

    def __init__(self, name: str) -> None:
        self._name = name
        self._module: ModuleType | None = None

    def __getattr__(self, attr: str) -> Any:
        if self._module is None:
            self._module = importlib.import_module(self._name)
        return getattr(self._module, attr)

    def __repr__(self) -> str:
        state = "loaded" if self._module is not None else "not loaded yet"
        return f"<lazy module {self._name!r} ({state})>"
