"""Everything the dashboard shows for one filter, in one background job.

:func:`full_recompute` materialises the working tables once (filtered documents and
per-customer summaries, see :mod:`retention_desktop.core.engine.prepared`) and derives
every metric of this module's area from them, yielding :class:`Progress` in between and
checking the cancel token, as every long job does.
"""

from __future__ import annotations

from typing import Any

from retention_desktop.core.engine.cohorts import MEASURES, cohorts_prepared
from retention_desktop.core.engine.crr import crr_prepared
from retention_desktop.core.engine.kpis import kpis_prepared
from retention_desktop.core.engine.lifecycle import lifecycle_prepared
from retention_desktop.core.engine.prepared import prepare
from retention_desktop.core.engine.second_order import (
    DEFAULT_NDAYS,
    nday_prepared,
    time_to_second_prepared,
)
from retention_desktop.core.engine.spec import FilterSpec, Settings
from retention_desktop.core.tasks import CancelToken, Job, Progress


def full_recompute(
    store: Any, spec: FilterSpec, settings: Settings, token: CancelToken | None = None,
    ndays: tuple[int, ...] = DEFAULT_NDAYS,
) -> Job[dict[str, Any]]:
    """Compute KPIs, CRR, cohorts (all measures, with health), N-day repeat, time to
    second order and lifecycle for one filter.

    Parameters
    ----------
    store : ProjectStore
    spec, settings : FilterSpec, Settings
        Frozen snapshot of the filter and settings.
    token : CancelToken, optional
        Checked between steps; cancelling raises :class:`~retention_desktop.core.tasks.
        Cancelled` out of the generator.
    ndays : tuple of int
        The N of the N-day repeat table.

    Yields
    ------
    Progress

    Returns
    -------
    dict
        ``{"kpis", "crr", "cohorts": {measure: matrix}, "nday", "time_to_second",
        "lifecycle", "spec", "settings"}``.
    """
    token = token or CancelToken()
    yield Progress(0.0, "Preparing data")
    token.raise_if_cancelled()
    prep = prepare(store, spec, settings)
    steps = (
        ("kpis", "Key figures", lambda: kpis_prepared(prep)),
        ("crr", "Retention rate", lambda: crr_prepared(prep)),
        ("cohorts", "Cohorts", lambda: cohorts_prepared(prep, MEASURES)),
        ("nday", "N-day repeat", lambda: nday_prepared(prep, ndays)),
        ("time_to_second", "Second purchases", lambda: time_to_second_prepared(prep)),
        ("lifecycle", "Lifecycle", lambda: lifecycle_prepared(prep)),
    )
    result: dict[str, Any] = {"spec": spec.to_dict(), "settings": settings.__dict__.copy()}
    for i, (key, label, func) in enumerate(steps):
        token.raise_if_cancelled()
        yield Progress(0.3 + 0.7 * i / len(steps), label)
        result[key] = func()
    yield Progress(1.0, "Done")
    return result
