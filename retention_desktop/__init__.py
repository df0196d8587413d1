"""Retention Desktop: offline retention analytics for small shops.

Data flows one way: file -> ``core.importer`` -> ``core.store`` (DuckDB project file)
-> ``core.engine`` / ``core.abtest`` / ``core.clv`` -> ``ui.runner`` -> view models -> widgets.
The ``core`` package never imports Qt; ``cli`` and ``ui`` both call the same core functions.
"""

import os

# The models' linear algebra is tiny (4x4 Hessians, L-BFGS-B on 3-4 parameters), and a
# multi-threaded OpenBLAS hands every such call to its threads: on a busy 2-core machine
# that hand-off cost the report's CLV fits 0.8 s instead of 0.3 s at 1M orders. Read by
# OpenBLAS when numpy/scipy load, so set before they are imported; a user's own setting
# wins.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

__version__ = "0.1.0"
APP_NAME = "Retention Desktop"
PROJECT_SUFFIX = ".rdproj.duckdb"
