"""What an experiment measures (``repeat-30d``, ``churn-60d``, ...) and its error type.

A leaf of the A/B area: ``from_data`` builds the counts of an outcome and ``plans``
reads the outcome a test plan names; neither imports the other for it (they did, in a
cycle).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OUTCOME_KINDS = ("repeat", "active", "churn", "revenue")
_OUTCOME_RE = re.compile(r"^(repeat|active|churn|revenue)-(\d+)d?$")


class ExperimentError(ValueError):
    """The experiment cannot be built from the data (message for the user)."""


@dataclass(frozen=True)
class Outcome:
    """A parsed outcome such as ``repeat-30d``."""

    kind: str
    days: int

    @property
    def binary(self) -> bool:
        return self.kind != "revenue"

    @property
    def higher_is_better(self) -> bool:
        return self.kind != "churn"

    @property
    def label(self) -> str:
        return f"{self.kind}-{self.days}d"


def parse_outcome(text: str) -> Outcome:
    """Parse ``repeat-30d`` / ``active-60d`` / ``churn-90d`` / ``revenue-30d``."""
    m = _OUTCOME_RE.match(text.strip().lower())
    if not m or int(m.group(2)) <= 0:
        raise ExperimentError(
            f"Unknown outcome {text!r}; use repeat-Nd, active-Nd, churn-Nd or revenue-Nd "
            "(e.g. repeat-30d)."
        )
    return Outcome(m.group(1), int(m.group(2)))
