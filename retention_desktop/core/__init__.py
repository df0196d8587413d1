"""Qt-free core: importer, project store, engines and report data.

Nothing under this package may import PySide6, pyqtgraph or superqt (enforced by
``tests/core/test_qt_free.py`` and the import-linter contract in ``pyproject.toml``).
"""
