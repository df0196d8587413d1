"""Render the Customers tab on the CDNOW sample offscreen (1280×800) to PNG files.

Usage: QT_QPA_PLATFORM=offscreen python scripts/screenshot_customers_tab.py [OUT_DIR]
Writes customers_tab.png (overview) and customers_tab_detail.png (table + detail).
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

from retention_desktop.core.clv.analysis import CLVOptions  # noqa: E402
from retention_desktop.core.engine.spec import FilterSpec, Settings  # noqa: E402
from retention_desktop.core.store import ProjectStore  # noqa: E402
from retention_desktop.core.tasks import CancelToken, run_to_completion  # noqa: E402
from retention_desktop.ui.tabs.customers_model import compute_customers_view  # noqa: E402
from retention_desktop.ui.tabs.customers_tab import CustomersTab  # noqa: E402
from tests.clv.helpers import read_cdnow, write_orders  # noqa: E402


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "cdnow.duckdb"
        with ProjectStore(path) as store:
            write_orders(store, read_cdnow())
            t0 = time.perf_counter()
            view = run_to_completion(compute_customers_view(
                store, FilterSpec(), Settings(gross_margin_pct=30, currency="$"), CLVOptions(),
                CancelToken()))
            print(f"computed in {time.perf_counter() - t0:.2f} s")
    tab = CustomersTab(None)
    tab.resize(1280, 800)
    tab.show()
    t0 = time.perf_counter()
    tab.set_result(view)
    print(f"shown in {time.perf_counter() - t0:.2f} s")
    app.processEvents()
    tab.grab().save(str(out / "customers_tab.png"))
    tab.show_customer("0001")
    app.processEvents()
    tab.grab().save(str(out / "customers_tab_detail.png"))
    print("written to", out)


if __name__ == "__main__":
    main()
