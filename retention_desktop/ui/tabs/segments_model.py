"""View models of the Segments & campaigns tab: engine results -> table frames.

Plain functions (no widgets) so they are easy to test. Their texts are translated in
the ``SegmentsTab`` context (the tab's own). Cells that carry an interval are
:class:`Estimate` values: a ``float`` (tables sort them numerically) that also knows its
95% interval and whether it differs significantly from the baseline.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import pandas as pd
from PySide6.QtCore import QCoreApplication

from retention_desktop.core import formatting
from retention_desktop.ui import fmt

UP, DOWN = "▲", "▼"


class Estimate(float):
    """A number with its 95% interval and significance flag (sorts like a float)."""

    ci_low: float | None
    ci_high: float | None
    p_value: float | None
    significant: bool | None
    higher: bool | None

    def __new__(cls, value: float | None, ci_low: float | None = None,
                ci_high: float | None = None, p_value: float | None = None,
                significant: bool | None = None, baseline: float | None = None) -> Estimate:
        obj = super().__new__(cls, math.nan if value is None else float(value))
        obj.ci_low, obj.ci_high = ci_low, ci_high
        obj.p_value, obj.significant = p_value, significant
        obj.higher = None if baseline is None or value is None else value > baseline
        return obj

    @classmethod
    def from_cell(cls, cell: dict[str, Any] | None, base: dict[str, Any] | None = None
                  ) -> Estimate:
        """From an engine cell ``{value, ci_low, ci_high, p_value?, significant?}``."""
        cell = cell or {}
        return cls(cell.get("value"), cell.get("ci_low"), cell.get("ci_high"),
                   cell.get("p_value"), cell.get("significant"),
                   (base or {}).get("value") if cell.get("significant") else None)

    def marker(self) -> str:
        """▲ / ▼ when significantly higher / lower than the baseline, else empty."""
        if not self.significant or self.higher is None:
            return ""
        return UP if self.higher else DOWN

    def text(self, one: Callable[[Any], str]) -> str:
        """``value [low, high] marker`` with ``one`` formatting each number."""
        if math.isnan(self):
            return "—"
        out = one(float(self))
        if self.ci_low is not None and self.ci_high is not None:
            comma = "، " if formatting.current_locale().rtl else ", "
            out += "  " + formatting.fmt_range(one(self.ci_low), one(self.ci_high),
                                               template="[{0}" + comma + "{1}]")
        mark = self.marker()
        return f"{out} {mark}" if mark else out


def _rate_text(v: Any) -> str:
    return v.text(fmt.percent) if isinstance(v, Estimate) else fmt.percent(v)


def breakdown_frame(result: dict[str, Any], currency: str) -> tuple[pd.DataFrame, dict, dict]:
    """Rows = values of the dimension (the baseline first), columns = metrics.

    Returns
    -------
    (frame, formatters, headers) for :meth:`DataTable.set_frame`.
    """
    baseline = result.get("baseline")
    base_label = QCoreApplication.translate("SegmentsTab", "baseline")
    rows = []
    values = result.get("values", [])
    base = next((v for v in values if v["value"] == baseline), {})
    for v in sorted(values, key=lambda r: r["value"] != baseline):
        is_base = v["value"] == baseline
        rows.append({
            "value": f"{v['value']}  ({base_label})" if is_base else str(v["value"]),
            "customers": v["customers"],
            # the retention rate R / S0 (never above 100 %, complement of churn), tested
            # per customer; (E - N) / S0 stays in the engine's JSON under "crr"
            "crr": Estimate.from_cell(v.get("crr_strict"), base.get("crr_strict")),
            "churn": Estimate.from_cell(v["churn_rate"], base.get("churn_rate")),
            "repeat": Estimate.from_cell(v["repeat_purchase_rate"],
                                         base.get("repeat_purchase_rate")),
            "nday": Estimate.from_cell(v["nday_repeat"], base.get("nday_repeat")),
            "rpc": Estimate.from_cell(v["revenue_per_customer"],
                                      base.get("revenue_per_customer")),
        })
    overall = result.get("overall")
    if overall:
        rows.append({
            "value": QCoreApplication.translate("SegmentsTab", "All (filtered)"), "customers": overall["customers"],
            "crr": Estimate.from_cell(overall.get("crr_strict")),
            "churn": Estimate.from_cell(overall["churn_rate"]),
            "repeat": Estimate.from_cell(overall["repeat_purchase_rate"]),
            "nday": Estimate.from_cell(overall["nday_repeat"]),
            "rpc": Estimate.from_cell(overall["revenue_per_customer"]),
        })
    df = pd.DataFrame(rows, columns=["value", "customers", "crr", "churn", "repeat", "nday",
                                     "rpc"], dtype=object)

    def money(v: Any) -> str:
        one = lambda x: fmt.money(x, currency)  # noqa: E731
        return v.text(one) if isinstance(v, Estimate) else one(v)

    formatters = {"customers": fmt.integer, "crr": _rate_text, "churn": _rate_text,
                  "repeat": _rate_text, "nday": _rate_text, "rpc": money}
    n = result.get("n_days", 30)
    headers = {"value": QCoreApplication.translate("SegmentsTab", "Segment"), "customers": QCoreApplication.translate("SegmentsTab", "Customers"), "crr": QCoreApplication.translate("SegmentsTab", "Retention rate"),
               "churn": QCoreApplication.translate("SegmentsTab", "Churn rate"), "repeat": QCoreApplication.translate("SegmentsTab", "Repeat purchase rate"),
               "nday": QCoreApplication.translate("SegmentsTab", "{0}-day repeat").format(fmt.integer(n)), "rpc": QCoreApplication.translate("SegmentsTab", "Revenue per customer")}
    return df, formatters, headers


def campaign_frame(result: dict[str, Any], currency: str) -> tuple[pd.DataFrame, dict, dict]:
    """One row per campaign: end, customers, repeat within N days after the end."""
    baseline = result.get("baseline")
    base_label = QCoreApplication.translate("SegmentsTab", "baseline")
    after = result.get("after_campaign", [])
    base = next((a for a in after if a["value"] == baseline), {})
    rows = []
    for a in after:
        is_base = a["value"] == baseline
        rows.append({
            "campaign": f"{a['value']}  ({base_label})" if is_base else str(a["value"]),
            "end": a["end"] + ("" if a["end_source"] == "last_order" else " *"),
            "customers": a["customers"],
            "repeat_after": Estimate.from_cell(a["repeat_after"], base.get("repeat_after")),
            "orders_after": a["orders_after"],
            "revenue_after": Estimate.from_cell(a["revenue_after_per_customer"]),
            "complete": QCoreApplication.translate("SegmentsTab", "yes") if a["complete"] else QCoreApplication.translate("SegmentsTab", "not yet"),
        })
    df = pd.DataFrame(rows, columns=["campaign", "end", "customers", "repeat_after",
                                     "orders_after", "revenue_after", "complete"], dtype=object)
    n = result.get("n_days", 30)
    formatters = {"customers": fmt.integer, "orders_after": fmt.integer,
                  "repeat_after": _rate_text,
                  "revenue_after": lambda v: v.text(lambda x: fmt.money(x, currency))}
    headers = {"campaign": QCoreApplication.translate("SegmentsTab", "Campaign"), "end": QCoreApplication.translate("SegmentsTab", "Ended"), "customers": QCoreApplication.translate("SegmentsTab", "Customers"),
               "repeat_after": QCoreApplication.translate("SegmentsTab", "Ordered within {0} days after the end").format(fmt.integer(n)),
               "orders_after": QCoreApplication.translate("SegmentsTab", "Orders after"),
               "revenue_after": QCoreApplication.translate("SegmentsTab", "Revenue after, per customer"),
               "complete": QCoreApplication.translate("SegmentsTab", "Window fully observed")}
    return df, formatters, headers


def cac_frame(result: dict[str, Any], currency: str) -> tuple[pd.DataFrame, dict, dict]:
    """One row per channel plus the overall row: spend, new customers, CAC, payback."""
    rows = [{"channel": c["channel"], "spend": c["spend"], "new": c["new_customers"],
             "cac": c["cac"], "payback": c["payback_period"]} for c in result["by_channel"]]
    ov = result["overall"]
    rows.append({"channel": QCoreApplication.translate("SegmentsTab", "All channels"), "spend": ov["spend"], "new": ov["new_customers"],
                 "cac": ov["cac"], "payback": ov["payback_period"]})
    df = pd.DataFrame(rows, columns=["channel", "spend", "new", "cac", "payback"], dtype=object)
    money = lambda v: fmt.money(v, currency)  # noqa: E731

    def payback(v: Any) -> str:
        if v is None or (isinstance(v, float) and math.isnan(v)):
            return QCoreApplication.translate("SegmentsTab", "not yet")
        if v == 0:
            return QCoreApplication.translate("SegmentsTab", "first period")
        return QCoreApplication.translate("SegmentsTab", "{0} periods").format(fmt.integer(v)) if v != 1 else QCoreApplication.translate("SegmentsTab", "1 period")

    formatters = {"spend": money, "new": fmt.integer, "cac": money, "payback": payback}
    headers = {"channel": QCoreApplication.translate("SegmentsTab", "Channel"), "spend": QCoreApplication.translate("SegmentsTab", "Spend"), "new": QCoreApplication.translate("SegmentsTab", "New customers"),
               "cac": QCoreApplication.translate("SegmentsTab", "CAC"), "payback": QCoreApplication.translate("SegmentsTab", "Payback")}
    return df, formatters, headers


def nps_frames(result: dict[str, Any]) -> tuple[pd.DataFrame, dict, dict]:
    """NPS and CSAT per cohort and per segment in one table (a 'group' column)."""
    rows = []
    for kind, key, items in ((QCoreApplication.translate("SegmentsTab", "Cohort"), "cohort", result.get("by_cohort", [])),
                             (QCoreApplication.translate("SegmentsTab", "Segment"), "value", result.get("by_segment", []))):
        for item in items:
            rows.append({
                "group": f"{kind}: {item[key]}",
                "answers": item["n"],
                "nps": Estimate(item["nps"], item.get("ci_low"), item.get("ci_high")),
                "promoters": item.get("promoter_share"),
                "detractors": item.get("detractor_share"),
                "csat": item["csat"]["mean"],
                "top2": item["csat"]["top2_box"]["value"],
            })
    df = pd.DataFrame(rows, columns=["group", "answers", "nps", "promoters", "detractors",
                                     "csat", "top2"], dtype=object)
    # Hide the half of the table the survey does not have (NPS-only or CSAT-only).
    if not (result.get("csat") or {}).get("n"):
        df = df.drop(columns=["csat", "top2"])
    if not (result.get("nps") or {}).get("n"):
        df = df.drop(columns=["answers", "nps", "promoters", "detractors"])
    formatters = {"answers": fmt.integer,
                  "nps": lambda v: v.text(lambda x: fmt.number(x, 0)),
                  "promoters": fmt.percent, "detractors": fmt.percent,
                  "csat": lambda v: fmt.number(v, 2), "top2": fmt.percent}
    headers = {"group": QCoreApplication.translate("SegmentsTab", "Group"), "answers": QCoreApplication.translate("SegmentsTab", "NPS answers"), "nps": QCoreApplication.translate("SegmentsTab", "NPS"),
               "promoters": QCoreApplication.translate("SegmentsTab", "Promoters"), "detractors": QCoreApplication.translate("SegmentsTab", "Detractors"),
               "csat": QCoreApplication.translate("SegmentsTab", "CSAT mean"), "top2": QCoreApplication.translate("SegmentsTab", "CSAT top-2-box")}
    return df, formatters, headers
