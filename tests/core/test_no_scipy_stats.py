"""The app must not use scipy.stats: the PyInstaller bundle leaves it out.

scipy.stats pulls scipy.interpolate, scipy.ndimage and more (~7 MB) into the bundle and
costs ~0.5-1 s on first use; `retention_desktop.core.distributions` has the few
distributions the app needs, on scipy.special. An import of scipy.stats would work in
the development venv and crash the installed app with ModuleNotFoundError.
"""

import ast
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "retention_desktop"
HINT = ("the PyInstaller bundle does not contain scipy.stats; use "
        "retention_desktop.core.distributions (scipy.special) instead")
_STATS_NAME = re.compile(r"scipy\.stats(\.\w+)*")


def _offences(path: Path, root: Path = ROOT) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            bad = any(_STATS_NAME.fullmatch(a.name) for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            module = node.module or ""
            bad = bool(_STATS_NAME.fullmatch(module)) or (
                module == "scipy" and any(a.name == "stats" for a in node.names))
        else:
            # LazyModule("scipy.stats"), importlib.import_module("scipy.stats"), ...
            bad = (isinstance(node, ast.Constant) and isinstance(node.value, str)
                   and bool(_STATS_NAME.fullmatch(node.value)))
        if bad:
            found.append(f"{path.relative_to(root)}:{node.lineno}")
    return found


def test_no_source_file_imports_scipy_stats():
    offenders = [hit for path in sorted(PACKAGE.rglob("*.py")) for hit in _offences(path)]
    assert offenders == [], f"{HINT}: {offenders}"


def test_guard_catches_every_spelling(tmp_path):
    sample = tmp_path / "sample.py"
    for line in ("import scipy.stats", "from scipy import special, stats",
                 "from scipy.stats import norm", "from scipy.stats._distn_infrastructure import x",
                 "m = LazyModule('scipy.stats')"):
        sample.write_text(line + "\n", encoding="utf-8")
        assert _offences(sample, tmp_path) == ["sample.py:1"], line
    # prose about scipy.stats and scipy.special imports are fine
    sample.write_text('"""Uses scipy.stats formulas."""\nfrom scipy import special\n', encoding="utf-8")
    assert _offences(sample, tmp_path) == []


def test_ab_analysis_and_inference_run_without_loading_scipy_stats():
    """Every caller of the old scipy.stats code paths, in a fresh interpreter."""
    code = """
import sys
from retention_desktop.core.abtest import analysis, bayes, stats, verdict
from retention_desktop.core.abtest.analysis import Variant
from retention_desktop.core.engine import inference

binary = analysis.analyze([Variant("A", 1000, conversions=100),
                           Variant("B", 1000, conversions=130)])
continuous = analysis.analyze([Variant("A", 400, mean=52.0, sd=20.0),
                               Variant("B", 420, mean=55.5, sd=21.0)], alpha=0.1)
bayes._prob_by_quadrature(10.5, 90.5, 14.5, 86.5)
stats.srm_check([1000, 1100])
stats.z_quantile(0.1)
inference.mean_ci(10.0, 3.0, 25, alpha=0.1)
inference.two_proportion_z(30, 100, 45, 100)
inference.welch(10.0, 3.0, 25, 12.0, 4.0, 30)
loaded = sorted(m for m in sys.modules if m == "scipy.stats" or m.startswith("scipy.stats."))
print(loaded)
sys.exit(1 if loaded else 0)
"""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, f"{HINT}\n{proc.stdout}\n{proc.stderr}"
