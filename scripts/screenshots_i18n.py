"""Screenshot every tab of the main window in a language (demo shop), for docs/screenshots/.

Usage::

    QT_QPA_PLATFORM=offscreen python scripts/screenshots_i18n.py fa [OUT_DIR]
    xvfb-run -a -s "-screen 0 1280x800x24" python scripts/screenshots_i18n.py ar

Writes ``<tab>_<lang>.png`` (1280×800) after each tab's background work has finished.
Uses a throw-away user folder, so your own settings and recent projects are untouched.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("lang", choices=["en", "fa", "ar"])
    parser.add_argument("out", nargs="?", default=str(ROOT / "docs" / "screenshots"))
    parser.add_argument("--tabs", default="", help="comma-separated tab indexes (default: all)")
    args = parser.parse_args(argv)
    os.environ.setdefault("RETENTION_DESKTOP_HOME", tempfile.mkdtemp(prefix="rd-shots-"))

    from retention_desktop.ui.app import build_window, make_application
    from retention_desktop.ui.i18n import setup_i18n

    app = make_application()
    setup_i18n(app, args.lang)
    ns = argparse.Namespace(demo=True, smoke=False, lang=args.lang, project=None)
    ctx, window = build_window(ns)
    window.resize(1280, 800)
    window.show()
    wait_for_project(app, ctx, window)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    wanted = {int(i) for i in args.tabs.split(",") if i.strip()}
    from PySide6.QtCore import QCoreApplication

    from retention_desktop.ui.tabs import TABS

    keys = {QCoreApplication.translate("Tabs", t.title): t.key for t in TABS}
    for i in range(window.tabs.count()):
        if wanted and i not in wanted:
            continue
        window.tabs.setCurrentIndex(i)
        for _ in range(5):
            app.processEvents()
        ctx.runner.wait_idle(120_000)
        widget = window.tabs.widget(i)
        calculator = getattr(widget, "calculator", None)
        if calculator is not None:  # the A/B tab: show a computed verdict, as in English
            calculator.compute_button.click()
        if hasattr(widget, "flush_steps"):  # results are drawn in timer-driven steps
            widget.flush_steps()
        for _ in range(20):
            app.processEvents()
        key = keys.get(window.tabs.tabText(i), f"tab{i}")
        name = re.sub(r"[^a-z0-9]+", "_", key.lower()).strip("_")
        path = out / f"{name}_{args.lang}.png"
        window.grab().save(str(path))
        print(path)
    window.close()
    ctx.runner.cancel_all()
    ctx.runner.wait_idle(10_000)
    return 0


def wait_for_project(app, ctx, window, timeout_s: float = 120.0) -> None:
    """Projects open on the task runner: spin the event loop until one is open."""
    import time

    end = time.monotonic() + timeout_s
    while (ctx.store is None or window.is_opening()) and time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
