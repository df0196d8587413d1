"""Metric names as used by ``retention-desktop metrics NAME`` and the GUI.

``METRICS`` maps a CLI name to a function ``f(store, spec, settings, **options) -> dict``
returning a JSON-ready dict. ``CARDS`` maps the same name to the keys of the definition
cards (see :mod:`retention_desktop.core.engine.definitions`) that explain its numbers,
and ``SUMMARIES`` to a one-line description.

Options a function accepts are read from its signature: the CLI passes only the options
the user gave and refuses the ones a metric does not take, so keep keyword names stable
(``by``, ``measure``, ``n``, ``baseline``...). Add entries with :func:`register_metric`
from the metric's own module list below (``_MODULES``).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

MetricFunc = Callable[..., dict[str, Any]]

METRICS: dict[str, MetricFunc] = {}
CARDS: dict[str, tuple[str, ...]] = {}
SUMMARIES: dict[str, str] = {}

# Modules that call register_metric() when imported, in CLI listing order.
_MODULES: tuple[str, ...] = (
    "retention_desktop.core.engine.kpis_metric",
    "retention_desktop.core.engine.crr",
    "retention_desktop.core.engine.cohorts",
    "retention_desktop.core.engine.second_order",
    "retention_desktop.core.engine.lifecycle",
    # engine2 area: stickiness, funnel, compare, cac, whatif, nps
    "retention_desktop.core.engine.stickiness",
    "retention_desktop.core.engine.funnel",
    "retention_desktop.core.engine.compare",
    "retention_desktop.core.engine.cac",
    "retention_desktop.core.engine.whatif",
    "retention_desktop.core.engine.nps",
    "retention_desktop.core.engine.products",
)


def register_metric(
    name: str, func: MetricFunc, cards: tuple[str, ...] = (), summary: str = ""
) -> MetricFunc:
    """Make ``func`` available as metric ``name`` (idempotent for the same function)."""
    old = METRICS.get(name)
    if old is not None and getattr(old, "__qualname__", None) != func.__qualname__:
        raise ValueError(f"metric {name!r} is already registered")
    METRICS[name] = func
    CARDS[name] = tuple(cards)
    SUMMARIES[name] = summary or (func.__doc__ or "").strip().splitlines()[0]
    return func


def load_all() -> dict[str, MetricFunc]:
    """Import every metric module (missing, not-yet-merged ones are skipped)."""
    for name in _MODULES:
        try:
            importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
    return METRICS


def get_metric(name: str) -> MetricFunc:
    """The function of metric ``name`` (``KeyError`` listing the known names)."""
    load_all()
    try:
        return METRICS[name]
    except KeyError:
        raise KeyError(
            f"unknown metric {name!r}; known: {', '.join(METRICS)}"
        ) from None
