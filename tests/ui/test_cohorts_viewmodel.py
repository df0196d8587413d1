"""The Cohorts view model on a hand-worked result: row labels, curves, health series,
the N-day table (with "too few" below the minimum), in English and Persian."""

from __future__ import annotations

import math

from retention_desktop.core import formatting
from retention_desktop.core.engine.cohort_results import CohortTable, NdayRepeat
from retention_desktop.ui.i18n import install_translators
from retention_desktop.ui.viewmodels import cohorts as vm
from retention_desktop.ui.widgets.heatmap import CohortMatrix


def cell(k, value, n, complete=True):
    return {"k": k, "value": value, "n": n, "complete": complete, "ci_low": None,
            "ci_high": None, "low_n": n < 30}


# Three monthly cohorts; the first is everyone already buying when the data start.
TABLE = CohortTable.from_json({
    "range": {}, "grain": "month", "cohort_by": "month", "measure": "return-on",
    "card": "cohort_return_on", "unit": "rate",
    "cohorts": [
        {"cohort": "2024-01-01", "size": 100, "already_active": True,
         "cells": [cell(0, 1.0, 100), cell(1, 0.5, 100)]},
        {"cohort": "2024-02-01", "size": 40, "already_active": False,
         "cells": [cell(0, 1.0, 40), cell(1, 0.25, 40, complete=False)]},
        {"cohort": "2024-03-01", "size": 10, "already_active": False,
         "cells": [cell(0, 1.0, 10)]}],
    "mean": [{"k": 0, "value": 1.0, "n": 50, "cohorts": 2}],
    "health": [{"cohort": "2024-02-01", "score": 80.0, "cells": []},
               {"cohort": "2024-03-01", "score": None, "cells": []}]})

# 30-day repeat: 12 of 40 in February (30 %), 10 March customers (below 30: too few).
NDAY = NdayRepeat.from_json({"range": {}, "cohort_by": "month", "overall": [
    {"n": 30, "eligible": 50, "repeaters": 13, "rate": 0.26, "ci_low": None, "ci_high": None}],
    "by_cohort": [
        {"n": 30, "eligible": 40, "repeaters": 12, "rate": 0.3, "ci_low": None,
         "ci_high": None, "cohort": "2024-02-01"},
        {"n": 30, "eligible": 10, "repeaters": 1, "rate": 0.1, "ci_low": None,
         "ci_high": None, "cohort": "2024-03-01"}]})


def test_labels_curves_and_health():
    labels = vm.cohort_labels(TABLE, "month", None)
    assert labels == ["Jan 2024 (already active when the data starts)", "Feb 2024", "Mar 2024"]
    assert vm.already_active(TABLE) == {0}
    assert vm.curve_rows(TABLE) == [1, 2]  # the already-active cohort draws no curve
    categories, scores = vm.health_series(TABLE, labels)
    assert categories == ["Feb 2024", "Mar 2024"]
    assert scores[0] == 80.0 and math.isnan(scores[1])
    assert vm.unit_of(TABLE, "return-on") == "rate"
    matrix = CohortMatrix.from_table(TABLE, "rate")
    assert matrix.ages == [0, 1] and matrix.value[1, 1] == 0.25 and not matrix.complete[1, 1]
    assert math.isnan(matrix.value[2, 1]) and matrix.count(1, 1) == 10  # 0.25 × 40


def test_nday_table_marks_too_few():
    wide = vm.nday_frame(NDAY, min_n=30)
    assert list(wide.columns) == ["cohort", "customers", "30d"]
    assert wide["cohort"].tolist() == [None, "2024-02-01", "2024-03-01"]
    assert wide["customers"].tolist() == [50, 40, 10]
    assert wide["30d"].tolist() == [0.26, 0.3, vm.TOO_FEW]
    shown = vm.nday_display(wide)
    assert shown["cohort"].iloc[0] == "All cohorts"
    assert [vm.nday_rate_text(v) for v in shown["30d"]] == ["26.0%", "30.0%", "too few"]
    assert vm.nday_frame(NdayRepeat({}, (), (), "month")).empty


def test_persian_labels_and_rates(qapp):
    previous = formatting.set_locale(formatting.LocaleSettings.for_language("fa"))
    install_translators(qapp, "fa")
    try:
        labels = vm.cohort_labels(TABLE, "month", None)
        assert labels[1] == "بهمن ۱۴۰۲"  # February 2024 in the Jalali calendar
        assert vm.nday_rate_text(vm.TOO_FEW) == "خیلی کم"
        assert vm.nday_rate_text(0.3).translate(dict.fromkeys(map(ord, "\u061c\u200e"))) \
            == "۳۰٫۰٪"
    finally:
        install_translators(qapp, "en")
        formatting.set_locale(previous)
