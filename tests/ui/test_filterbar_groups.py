"""The filter bar's customer-group picker (lifecycle stage / RFM segment) and the filter
description in Persian: picking a stage filters every tab exactly like the engine called
with that FilterSpec (checked against an independent pandas restatement of the stage
rules), saved segments keep it, and a filtered report printed in Persian reads Persian."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata

import pytest
from PySide6.QtCore import Qt

from retention_desktop.core.engine.kpis import kpis as engine_kpis
from retention_desktop.core.engine.spec import FilterSpec, Settings
from retention_desktop.ui import filterbar as filterbar_module
from retention_desktop.ui import i18n
from retention_desktop.ui.context import AppContext
from retention_desktop.ui.filter_labels import (
    STAGES,
    describe_spec,
    segment_label,
    stage_label,
)
from retention_desktop.ui.filterbar import FilterBar
from retention_desktop.ui.tabs.overview_tab import OverviewTab
from tests.core.pandas_stages import stages_by_pandas


@pytest.fixture
def ctx(qapp):
    ctx = AppContext()
    yield ctx
    ctx.runner.shutdown()


@pytest.fixture
def shop(tmp_path):
    """The demo shop, small: 400 customers in every lifecycle stage."""
    from retention_desktop.core.demo import build_demo_project
    from retention_desktop.core.store import ProjectStore

    store = ProjectStore(build_demo_project(tmp_path / "demo.rdproj.duckdb", n_customers=400))
    yield store
    store.close()


def _ui(ctx, store, qtbot):
    bar = FilterBar(ctx)
    overview = OverviewTab(ctx)
    for w in (bar, overview):
        qtbot.addWidget(w)
        w.show()
    ctx.set_store(store, close_old=False)
    assert ctx.runner.wait_idle(30_000)
    overview.flush_steps()
    return bar, overview


def test_every_stage_counts_like_pandas(shop):
    settings = Settings()
    stages = stages_by_pandas(shop, settings.activity_window_days)
    assert set(stages) == set(STAGES)  # the fixture exercises every rule
    for stage in STAGES:
        got = engine_kpis(shop, FilterSpec(lifecycle_stage=stage), settings)["customers"]
        assert got == int((stages == stage).sum()), stage


def test_stage_picker_filters_like_the_engine(ctx, shop, qtbot):
    bar, overview = _ui(ctx, shop, qtbot)
    stages = stages_by_pandas(shop, ctx.settings.activity_window_days)

    bar.customers.stage_actions["at risk"].trigger()
    # the change goes through the same debounce as the other filters
    assert bar._timer.isActive() and ctx.spec.lifecycle_stage is None
    with qtbot.waitSignal(ctx.filterChanged, timeout=5_000):
        pass
    assert ctx.spec == FilterSpec(lifecycle_stage="at risk")
    assert bar.customers.text().endswith(stage_label("at risk"))
    assert stage_label("at risk") in bar.active.text()
    assert ctx.runner.wait_idle(30_000)
    overview.flush_steps()

    direct = engine_kpis(shop, FilterSpec(lifecycle_stage="at risk"), ctx.settings)
    shown = overview.result.kpis
    assert shown["customers"] == direct["customers"] == int((stages == "at risk").sum())
    assert shown["revenue"] == pytest.approx(direct["revenue"])

    # a segment on top: both filters at once, then "Any stage" keeps only the segment
    # long choices are elided on the buttons: the bar still fits a 1280-px window
    for _col, (_button, menu) in bar.dim_buttons.items():
        menu.actions()[-1].setChecked(True)
    bar.customers.segment_actions["Can't lose them"].trigger()
    bar.apply_now()
    assert bar.minimumSizeHint().width() < 1200
    assert "Can't lose them" in bar.customers.toolTip()

    bar.customers.segment_actions["Champions"].trigger()
    bar.customers.stage_actions[""].trigger()
    for _col, (_button, menu) in bar.dim_buttons.items():
        menu.actions()[-1].setChecked(False)
    bar.apply_now()
    assert ctx.spec == FilterSpec(rfm_segment="Champions")
    assert bar.customers.text().endswith(segment_label("Champions"))
    assert ctx.runner.wait_idle(30_000)


def test_saved_segment_keeps_stage_and_segment(ctx, shop, qtbot, monkeypatch):
    bar, _overview = _ui(ctx, shop, qtbot)
    bar.customers.stage_actions["churned"].trigger()
    bar.customers.segment_actions["Lost"].trigger()
    monkeypatch.setattr(filterbar_module.QInputDialog, "getText",
                        staticmethod(lambda *a, **k: ("Gone quiet", True)))
    bar.save_segment()
    assert ctx.runner.wait_idle(30_000)
    index = bar.segment.findText("Gone quiet")
    assert index > 0
    saved = FilterSpec.from_json(bar.segment.itemData(index))
    assert (saved.lifecycle_stage, saved.rfm_segment) == ("churned", "Lost")

    bar.clear()
    assert ctx.spec == FilterSpec()
    assert (bar.customers.stage(), bar.customers.segment()) == (None, None)

    bar.segment.setCurrentIndex(index)
    bar.segment.activated.emit(index)
    assert ctx.spec == FilterSpec(lifecycle_stage="churned", rfm_segment="Lost")
    assert (bar.customers.stage(), bar.customers.segment()) == ("churned", "Lost")
    assert ctx.runner.wait_idle(30_000)


@pytest.fixture
def persian(qapp):
    i18n.install_translators(qapp, "fa")
    yield
    i18n.install_translators(qapp, "en")
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_describe_filters_in_persian(persian):
    spec = FilterSpec(include=(("country", ("UK",)),), exclude=(("channel", ("web",)),),
                      min_orders=2, lifecycle_stage="at risk", rfm_segment="Champions")
    phrases = describe_spec(spec, day=str, number=str)
    text = " · ".join(phrases)
    assert "کشور = UK" in phrases and "کانال فروش ≠ web" in phrases
    assert stage_label("at risk") != "at risk" and stage_label("at risk") in text
    assert segment_label("Champions") != "Champions" and segment_label("Champions") in text
    # apart from the shop's own values and the RFM acronym, nothing is left in English
    rest = text.replace("UK", "").replace("web", "").replace("RFM", "")
    assert not re.search(r"[A-Za-z]", rest), text


def test_describe_filters_in_arabic(qapp):
    spec = FilterSpec(include=(("country", ("UK",)),), exclude=(("campaign", ("spring",)),),
                      first_order_from=None, max_orders=3, lifecycle_stage="churned",
                      rfm_segment="Lost")
    i18n.install_translators(qapp, "ar")
    try:
        text = " · ".join(describe_spec(spec, day=str, number=str))
    finally:
        i18n.install_translators(qapp, "en")
    rest = text.replace("UK", "").replace("spring", "").replace("RFM", "")
    assert not re.search(r"[A-Za-z]", rest), text
    assert re.search(r"[\u0600-\u06FF]", text)


def test_filtered_report_in_persian_names_filters_in_persian(tmp_path, qapp):
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is needed to read right-to-left text back")
    from retention_desktop.cli import main
    from retention_desktop.core.demo import build_demo_project

    path = tmp_path / "demo.rdproj.duckdb"
    build_demo_project(path, n_customers=300)
    pdf = tmp_path / "fa.pdf"
    try:
        assert main(["report", "--project", str(path), "--lang", "fa", "--pdf", str(pdf),
                     "--where", "channel=email"]) == 0
    finally:
        i18n.install_translators(qapp, "en")
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    logical = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                             check=True).stdout
    logical = unicodedata.normalize("NFKC", "".join(
        ch for ch in logical if ch not in "\u202a\u202b\u202c\u202d\u202e\u200e\u200f"))
    assert "email" in logical
    assert "کانال فروش" in logical  # the dimension's Persian name, in the filter line
    assert "channel" not in logical.lower()
