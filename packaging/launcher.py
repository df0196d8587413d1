"""Entry script of the PyInstaller bundle: the same ``retention-desktop`` command.

With ``RETENTION_DESKTOP_BUNDLE_SELFTEST=1`` in the environment the frozen app instead
imports every module of ``retention_desktop`` and every runtime dependency, runs a tiny
computation through the compiled ones (numpy/scipy BLAS, DuckDB, pandas) and exits 0:
``packaging/build.sh`` uses it to prove nothing needed was excluded or broken by ``strip``.
"""

import multiprocessing
import os
import sys

SELFTEST_IMPORTS = (
    "duckdb", "pandas", "numpy", "scipy.special",
    "pyqtgraph", "openpyxl", "python_calamine", "charset_normalizer", "defusedxml",
    "PySide6.QtPrintSupport", "PySide6.QtSvg",
)


def selftest() -> int:
    """Import everything the app may load lazily and exercise the native libraries."""
    import importlib
    import pkgutil

    import retention_desktop

    failures = []
    names = [m.name for m in pkgutil.walk_packages(retention_desktop.__path__, "retention_desktop.")
             if not m.name.endswith("__main__")]  # that one runs the app
    for name in list(SELFTEST_IMPORTS) + names:
        try:
            importlib.import_module(name)
        except Exception as exc:  # report every missing piece, not just the first
            failures.append(f"{name}: {type(exc).__name__}: {exc}")
    if not failures:
        import duckdb
        import numpy as np
        import pandas as pd
        from scipy import special

        from retention_desktop.core import numeric

        assert abs(np.linalg.inv(np.array([[2.0, 0.0], [0.0, 4.0]]))[1, 1] - 0.25) < 1e-12
        fit = numeric.minimize_bfgs(lambda x: ((x[0] - 3.0) ** 2, 2 * (x - 3.0)), [0.0])
        assert abs(fit.x[0] - 3.0) < 1e-6
        assert abs(special.ndtr(0.0) - 0.5) < 1e-12  # scipy's OpenBLAS (special links it)
        assert abs(special.betaincc(2.0, 3.0, 0.5) - 5 / 16) < 1e-12  # 1 - I_0.5(2, 3)
        for gone in ("scipy.stats", "scipy.optimize", "scipy.integrate", "scipy.linalg"):
            assert gone not in sys.modules, f"{gone} was loaded (not in the bundle)"
        assert duckdb.connect().execute("SELECT sum(i) FROM range(5) t(i)").fetchone()[0] == 10
        assert pd.DataFrame({"a": [1, 2]})["a"].sum() == 3
        assert "pyarrow" not in sys.modules, "pyarrow was loaded"
        failures += _icu_failures()
        failures += _translation_failures()
    for line in failures:
        print("selftest: FAIL", line)
    print(f"selftest: {len(names)} app modules, {len(SELFTEST_IMPORTS)} dependencies,",
          "OK" if not failures else f"{len(failures)} failures")
    return 1 if failures else 0


def _translation_failures() -> list[str]:
    """Every interface language's compiled translation is in the bundle and loads."""
    from PySide6.QtCore import QTranslator

    from retention_desktop.core.paths import resources_dir

    failures = []
    for lang in ("fa", "ar"):
        qm = resources_dir() / "i18n" / f"retention_desktop_{lang}.qm"
        translator = QTranslator()
        if not qm.is_file():
            failures.append(f"translation: {qm.name} missing from the bundle")
        elif not translator.load(str(qm)) or translator.isEmpty():
            failures.append(f"translation: {qm.name} does not load")
    return failures


def _icu_failures() -> list[str]:
    """Qt's collation and case mapping through the bundle's (trimmed) ICU data."""
    import functools

    from PySide6.QtCore import QCollator, QLocale

    def order(locale: str) -> list[str]:
        return sorted(["ه", "ی", "و", "ن"], key=functools.cmp_to_key(QCollator(QLocale(locale)).compare))

    failures = []
    if order("fa_IR") != ["ن", "و", "ه", "ی"]:  # Persian alphabet: vav before heh
        failures.append(f"ICU: Persian collation missing, got {order('fa_IR')}")
    if order("ar_SA") != ["ن", "ه", "و", "ی"]:  # Arabic alphabet: heh before waw
        failures.append(f"ICU: Arabic collation wrong, got {order('ar_SA')}")
    if QLocale("en_US").toUpper("straße") != "STRASSE":
        failures.append("ICU: case mapping missing")
    return failures


if __name__ == "__main__":
    from retention_desktop.stdio import ensure_std_streams

    # A windowed exe (Windows, macOS .app) starts with sys.stdout/stderr = None.
    ensure_std_streams()
    # A frozen child process (if a feature ever uses multiprocessing) must not restart the app.
    multiprocessing.freeze_support()
    if os.environ.get("RETENTION_DESKTOP_BUNDLE_SELFTEST") == "1":
        sys.exit(selftest())
    from retention_desktop.cli import main

    sys.exit(main())
