"""The Customers tab's view model: an analysis result turned into the frames the tab shows.

A module-level runner job (:func:`compute_customers_view`) builds it off the GUI thread;
the tab only draws it (``CustomersTab.set_result``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from retention_desktop.core.clv.analysis import CLVOptions, CustomerValueResult, customer_value_job
from retention_desktop.core.tasks import CancelToken, Job
from retention_desktop.ui.tabs.customers_widgets import sample_points

TABLE_COLUMNS = ("stage", "segment", "rfm_score", "orders", "revenue", "last_purchase",
                 "days_since_last", "next_due", "p_alive", "expected_purchases", "clv",
                 "clv_low", "clv_high")


@dataclass
class CustomersView:
    """Everything the tab shows, prepared off the GUI thread."""

    result: CustomerValueResult
    segments: pd.DataFrame
    stages: pd.DataFrame
    table: pd.DataFrame
    scatter: pd.DataFrame
    messages: list[str] = field(default_factory=list)
    # When the prediction model fails its check: the report's fallback card
    # (``core.report.data.historical_value``: ``value``, ``customers``), else None.
    historical: dict | None = None


def build_view(result: CustomerValueResult) -> CustomersView:
    """Turn an analysis result into display frames."""
    c = result.customers
    cols = [col for col in TABLE_COLUMNS if col in c.columns]
    table = c[cols]
    if not result.contacts.empty:
        table = result.contacts.reindex(c.index).join(table)
    table = table.reset_index()
    scatter = sample_points(c.reset_index()[["customer_id", "p_alive", "clv", "stage"]]
                            .dropna(subset=["p_alive", "clv"]))
    return CustomersView(result, result.segment_summary(), result.stage_summary(), table,
                         scatter, list(result.warnings))


def compute_customers_view(store, spec, settings, options: CLVOptions,
                           token: CancelToken) -> Job[CustomersView | str]:
    """Runner job: analyse the project and build the view (a message when impossible)."""
    try:
        result = yield from customer_value_job(store, spec, settings, options, token)
    except ValueError as exc:  # no orders, bad calibration date...: say it in the tab
        return str(exc)
    view = build_view(result)
    if result.bgnbd is not None and not result.model_ok and len(result.customers):
        # The report prints the historical value instead of a prediction that failed its
        # check; the tab shows the same number, so the two never disagree.
        from retention_desktop.core.report.data import historical_value

        view.historical = historical_value(store, spec, settings, result.as_of.date())
    return view
