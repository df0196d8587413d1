"""Translated sentences of the A/B tab, built from the core's structured verdicts.

The core phrases verdicts in English for the CLI; the tab phrases the same statuses and
numbers through ``tr()`` so Persian and Arabic users read them in their language.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from retention_desktop.core import formatting as fm


def fmt_p(p: float | None) -> str:
    """A p-value as shown in the tab: 4 decimals, ``< 0.0001`` below that."""
    if p is None:
        return "—"
    if p < 0.0001:
        return "< " + fm.fmt_number(0.0001, 4)
    return fm.fmt_number(p, 4)


class VerdictText(QObject):
    """Owns the translatable sentences (a QObject so ``self.tr`` has a context)."""

    def srm_warning(self, p: float) -> str:
        return self.tr(
            "Sample ratio mismatch: the customers are not split between the variants as "
            "planned (p = {0}). The assignment may be broken — do not trust these results "
            "until you know why.").format(fmt_p(p))

    def mode_note(self, result: dict) -> str:
        if result["mode"] == "sequential":
            return self.tr("Mode: sequential — intervals and p-values are always valid, so "
                           "you may look every day.")
        return self.tr("Mode: fixed — numbers are valid if you look once, when the planned "
                       "number of customers is reached.")

    def _phrase(self, result: dict, better: bool) -> str:
        if result["metric"] == "continuous":
            return (self.tr("{0} had a higher average than {1}") if better
                    else self.tr("{0} had a lower average than {1}"))
        if result["higher_is_better"]:
            return (self.tr("{0} kept more customers than {1}") if better
                    else self.tr("{0} kept fewer customers than {1}"))
        return (self.tr("{0} lost fewer customers than {1}") if better
                else self.tr("{0} lost more customers than {1}"))

    def sentence(self, result: dict, item: dict) -> str:
        """One verdict (see ``core.abtest.verdict.build_verdicts``)."""
        name, control = item["variant"], item["control"]
        p = fmt_p(item["p_value"])
        lift = ("" if item["lift_pct"] is None
                else " (" + ("+" if item["lift_pct"] >= 0 else "")
                + fm.fmt_percent(item["lift_pct"], 1, ratio=False) + ")")
        status = item["status"]
        if status in ("better", "worse"):
            head = self._phrase(result, status == "better").format(name, control)
            text = head + lift + self.tr("; the difference is unlikely to be chance "
                                         "(p = {0}).").format(p)
            if status == "worse":
                text += " " + self.tr("Keep {0}.").format(control)
            return text
        if status == "no_difference":
            return self.tr("{0} and {1} show exactly the same result so far; collect more "
                           "customers or test a bolder change.").format(name, control)
        if status == "negligible":
            return self.tr("{0} and {1} perform practically the same (p = {2}); the gap is "
                           "too small for any realistic test to detect.").format(name, control, p)
        text = self.tr("Not enough evidence yet that {0} differs from {1}{2} (p = {3}).").format(
            name, control, lift, p)
        more = item["more_needed_per_variant"]
        if more:
            text += " " + self.tr("You need about {0} more customers per variant to tell a "
                                  "difference this size from chance.").format(fm.fmt_int(more))
        else:
            text += " " + self.tr("The test is already big enough for a difference this size, "
                                  "so the true difference is probably smaller.")
        return text

    def verdict(self, result: dict) -> str:
        """All verdicts of a result, one paragraph each."""
        return "\n\n".join(self.sentence(result, item) for item in result["verdicts"])

    def excluded(self, key: str, n: int) -> str:
        """Why some assigned customers are not counted."""
        texts = {
            "in_two_variants": self.tr("{0} customers were in two variants and are left out."),
            "no_assignment_time": self.tr("{0} customers have no assignment date."),
            "too_recent": self.tr("{0} customers were assigned too recently to be observed "
                                  "for the whole window."),
            "before_date_from": self.tr("{0} customers were assigned before the filter's "
                                        "start date."),
            "filtered_out": self.tr("{0} customers are outside the current filter."),
        }
        return texts.get(key, key + ": {0}").format(fm.fmt_int(n))
