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
    "duckdb", "pandas", "numpy", "scipy.optimize", "scipy.special", "scipy.stats",
    "pyqtgraph", "superqt", "openpyxl", "python_calamine", "charset_normalizer",
    "jdatetime", "defusedxml", "PySide6.QtPrintSupport", "PySide6.QtSvg",
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
        from scipy import optimize, stats

        assert abs(np.linalg.inv(np.array([[2.0, 0.0], [0.0, 4.0]]))[1, 1] - 0.25) < 1e-12
        assert abs(optimize.minimize_scalar(lambda x: (x - 3.0) ** 2).x - 3.0) < 1e-6
        assert abs(stats.norm.cdf(0.0) - 0.5) < 1e-12
        assert duckdb.connect().execute("SELECT sum(i) FROM range(5) t(i)").fetchone()[0] == 10
        assert pd.DataFrame({"a": [1, 2]})["a"].sum() == 3
        assert "pyarrow" not in sys.modules, "pyarrow was loaded"
    for line in failures:
        print("selftest: FAIL", line)
    print(f"selftest: {len(names)} app modules, {len(SELFTEST_IMPORTS)} dependencies,",
          "OK" if not failures else f"{len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    # A frozen child process (if a feature ever uses multiprocessing) must not restart the app.
    multiprocessing.freeze_support()
    if os.environ.get("RETENTION_DESKTOP_BUNDLE_SELFTEST") == "1":
        sys.exit(selftest())
    from retention_desktop.cli import main

    sys.exit(main())
