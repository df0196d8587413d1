"""``retention-desktop report``: the printed KPI summary as PDF/XLSX, headless.

Suitable for a scheduled task: it needs no display (Qt runs offscreen) and writes each
output atomically, so a half-written report never replaces yesterday's.
"""

from __future__ import annotations

import argparse
import os
from contextlib import contextmanager
from datetime import date

from retention_desktop.cli import (
    LANGUAGES,
    add_customer_filters,
    add_period_option,
    apply_period,
    emit,
    fail,
    product_filters,
    resolve_product_filters,
)


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``report`` parser."""
    p = sub.add_parser("report", help="write the KPI summary as PDF and/or Excel")
    p.add_argument("--project", required=True, help="project file")
    add_customer_filters(p)
    p.add_argument("--from", dest="date_from", type=date.fromisoformat, help="first day")
    p.add_argument("--to", dest="date_to", type=date.fromisoformat, help="last day")
    add_period_option(p)
    p.add_argument("--lang", default="en", choices=LANGUAGES, help="report language")
    p.add_argument("--calendar", choices=("gregorian", "jalali"),
                   help="period calendar (default: the project's setting, whatever --lang)")
    p.add_argument("--grain", choices=("week", "month", "quarter", "year"), help="period length")
    p.add_argument("--page", default="A4", choices=("A4", "Letter"), help="paper size")
    p.add_argument("--pdf", help="write the PDF here")
    p.add_argument("--xlsx", help="write the Excel workbook here")
    p.add_argument("--png", help="write the first page as PNG here")
    p.add_argument("--appendix", action="store_true", help="add the appendix pages")
    p.add_argument("--no-products", dest="products", action="store_false",
                   help="leave out the product section (printed when the project has "
                   "product lines)")
    p.add_argument("--json", action="store_true", help="machine-readable summary")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Build the report and write the requested files."""
    if not (args.pdf or args.xlsx or args.png):
        return fail("nothing to write: give --pdf, --xlsx and/or --png")
    from retention_desktop.core.engine.spec import FilterSpec, saved_settings
    from retention_desktop.core.report.data import build_report
    from retention_desktop.core.store import ProjectError, ProjectStore
    from retention_desktop.core.tasks import run_to_completion

    try:
        spec = FilterSpec.from_where_args(args.where, date_from=args.date_from,
                                          date_to=args.date_to, lifecycle_stage=args.stage,
                                          rfm_segment=args.segment, **product_filters(args))
    except ValueError as exc:
        return fail(str(exc))
    try:
        with ProjectStore(args.project, read_only=True) as store:
            settings = saved_settings(store)
            # The calendar is the project's (Settings > Calendar); the report's language
            # only changes words and digits, never which months are counted.
            calendar = args.calendar or settings.calendar
            settings = settings.with_(calendar=calendar, grain=args.grain or settings.grain)
            spec = apply_period(args, spec, store, calendar)
            spec = resolve_product_filters(spec, store)
            data = run_to_completion(build_report(store, spec, settings))
    except ProjectError as exc:
        return fail(str(exc))
    except ValueError as exc:  # e.g. an unknown --where column
        return fail(str(exc))

    written: dict[str, str] = {}
    try:
        with _language(args.lang, need_qt=bool(args.pdf or args.png)) as words:
            if args.xlsx:
                written["xlsx"] = str(_write_xlsx(data, args, words))
            if args.pdf or args.png:
                written.update(_render(data, args))
    except OSError as exc:
        return fail(f"could not write the report: {exc}")
    payload = {
        "written": written,
        "period": data.period_label,
        "kpis": {k.key: k.value for k in data.kpis},
        # printed as "too few" (fewer customers behind them than the minimum)
        "too_few": [k.key for k in data.kpis if k.too_few],
        "calendar": data.calendar,
        "pages": written.get("pages"),
    }
    files = {k: v for k, v in written.items() if k != "pages"}
    emit(payload, args.json, "\n".join(f"wrote {k}: {v}" for k, v in files.items()))
    return 0


@contextmanager
def _language(lang: str, need_qt: bool):
    """Qt (offscreen when there is no display) with the report language's translators.

    Yields ``tr(text, context)`` for the Qt-free workbook, or None for English without Qt.
    Translators go back to the application's language afterwards (a running window, or a
    test application shared with one, keeps reading in its own language).
    """
    if lang == "en" and not need_qt:
        yield None
        return
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from retention_desktop.ui.app import load_fonts
    from retention_desktop.ui.i18n import current_language, install_translators, tr_core

    app = QApplication.instance() or QApplication(["retention-desktop"])
    previous = current_language()
    load_fonts()
    install_translators(app, lang)
    try:
        yield lambda text, context: tr_core(text, context)
    finally:
        install_translators(app, previous)


def _write_xlsx(data, args: argparse.Namespace, words):
    """The workbook in the report's language, direction and calendar."""
    from retention_desktop.core import formatting as fmt
    from retention_desktop.core.report.xlsx import write_report_xlsx

    loc = fmt.LocaleSettings.for_language(args.lang)
    filters = None
    if words is not None and data.spec is not None:
        from retention_desktop.ui.filter_labels import describe_spec

        period_loc = loc.with_(calendar=data.calendar)
        filters = describe_spec(data.spec, day=lambda v: fmt.fmt_date(v, "short", loc=period_loc),
                                number=lambda v: fmt.fmt_number(v, 0, loc=loc),
                                products=data.product_names)
    return write_report_xlsx(data, args.xlsx, tr=words, loc=loc, filters=filters,
                             products=args.products)


def _render(data, args: argparse.Namespace) -> dict[str, str]:
    """Paint the pages with Qt (inside :func:`_language`)."""
    from retention_desktop.core import formatting as fmt
    from retention_desktop.ui.report.output import write_pdf, write_png
    from retention_desktop.ui.report.page import ReportPages

    pages = ReportPages(data, args.page, loc=fmt.LocaleSettings.for_language(args.lang),
                        appendix=args.appendix, products=args.products)
    out: dict[str, str] = {"pages": pages.page_count()}
    if args.pdf:
        out["pdf"] = str(write_pdf(pages, args.pdf))
    if args.png:
        out["png"] = str(write_png(pages, args.png))
    return out
