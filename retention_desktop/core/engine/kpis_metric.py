"""The ``kpis`` metric of the CLI: the range's KPIs plus the Overview's headline.

Its own module because it builds on both :mod:`kpis` and :mod:`overview` (and the
overview builds on :mod:`kpis`): registering it in ``kpis.py`` made the two import each
other.
"""

from __future__ import annotations

from typing import Any

from retention_desktop.core.engine.kpis import kpis
from retention_desktop.core.engine.overview import headline
from retention_desktop.core.engine.prepared import prepare
from retention_desktop.core.engine.registry import register_metric
from retention_desktop.core.engine.spec import FilterSpec, Settings


def kpis_metric(
    store: Any, spec: FilterSpec, settings: Settings, by: str | None = None
) -> dict[str, Any]:
    """The ``kpis`` metric (CLI ``metrics kpis``): :func:`kpis` of the range plus
    ``headline``, the named period every Overview card shows and the one before it, from
    the Overview's own function (retention rate R / S0 and churn included), so the CLI
    gives every figure the screen shows."""
    prep = prepare(store, spec, settings)
    out = kpis(store, spec, settings, by, prep)
    head = headline(store, spec, settings, prep)
    out["headline"] = None if head is None else head.to_json()
    return out


register_metric(
    "kpis", kpis_metric,
    cards=("customers", "orders", "revenue", "aov", "purchase_frequency",
           "revenue_per_customer", "repeat_purchase_rate", "returning_customer_rate",
           "time_to_second", "share_of_spend", "crr_strict", "churn_rate"),
    summary="Headline KPIs: customers, orders, revenue, AOV, frequency, repeat and "
    "returning-customer rates (--by DIM adds share of spend per value); 'headline': the "
    "named period the Overview's cards show (with retention rate R / S0 and churn) and "
    "the one before it",
)
