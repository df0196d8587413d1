"""The first window appears without loading what only later work needs (cold start).

A cold start reads every library it imports from disk: scipy.special alone brings
scipy's OpenBLAS (25 MB) and costs ~0.2 s warm, openpyxl ~0.1 s. They load on the
first CLV fit / Bayesian A/B result / Excel export instead. Target (issue 21): cold start
to the window <= 2.0 s, measured by ``benchmarks/bench_bundle.py --drop-caches``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LATER = ("scipy", "openpyxl")

_START = """
import argparse, json, sys
from retention_desktop.ui.app import build_window, make_application, setup_i18n
app = make_application()
setup_i18n(app, "fa")
ctx, window = build_window(argparse.Namespace(demo=True, smoke=False, project=None, lang="fa"))
window.show()
app.processEvents()
ok = ctx.runner.wait_idle(60000)  # the demo shop opened and the first tab computed
app.processEvents()
print(json.dumps({"idle": ok, "tab": window.tabs.currentIndex(),
                  "loaded": sorted({m.split(".")[0] for m in sys.modules} & set(%r))}))
window.close()
"""


def test_first_window_loads_neither_scipy_nor_openpyxl(tmp_path):
    env = {**os.environ, "HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen",
           "LANG": "C.UTF-8"}
    env.pop("XDG_DATA_HOME", None)
    env.pop("RETENTION_DESKTOP_HOME", None)
    proc = subprocess.run([sys.executable, "-c", _START % (LATER,)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=180)
    assert proc.returncode == 0, proc.stderr
    res = json.loads(proc.stdout.strip().splitlines()[-1])
    assert res["idle"]
    assert res["loaded"] == [], (
        f"{res['loaded']} imported before the first window: import them where they are "
        "used (retention_desktop.core.lazy.LazyModule or a local import)")
