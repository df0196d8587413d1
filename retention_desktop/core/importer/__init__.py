"""Import of shop exports (CSV/TSV/text/Excel; en/fa/ar) into a project. Qt-free.

Public API
----------
preview(paths, options=None) -> Preview
    What the mapping dialog shows: encoding, delimiter, sheets, header, first rows,
    detected role per column, date order and warnings.
import_files(store, paths, options, token) -> generator of Progress, returns ImportSummary
    The import job; one transaction, atomic.
ImportOptions, ImportSummary, Preview, ImportFailed
"""

from retention_desktop.core.importer.errors import ImportFailed
from retention_desktop.core.importer.options import ImportOptions, ImportSummary, Preview
from retention_desktop.core.importer.pipeline import expand_paths, import_files
from retention_desktop.core.importer.preview import preview
from retention_desktop.core.importer.roles import TARGET_FIELDS, TARGETS

__all__ = ["ImportFailed", "ImportOptions", "ImportSummary", "Preview", "TARGETS",
           "TARGET_FIELDS", "expand_paths", "import_files", "preview"]
