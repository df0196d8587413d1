"""Retention Desktop: offline retention analytics for small shops.

Data flows one way: file -> ``core.importer`` -> ``core.store`` (DuckDB project file)
-> ``core.engine`` / ``core.abtest`` / ``core.clv`` -> ``ui.runner`` -> view models -> widgets.
The ``core`` package never imports Qt; ``cli`` and ``ui`` both call the same core functions.
"""

__version__ = "0.1.0"
APP_NAME = "Retention Desktop"
PROJECT_SUFFIX = ".rdproj.duckdb"
