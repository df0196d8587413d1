"""The project file: one DuckDB database per shop, with a versioned schema."""

from retention_desktop.core.store.project import (
    ProjectError,
    ProjectLockedError,
    ProjectStore,
    quote_ident,
)
from retention_desktop.core.store.schema import SCHEMA_VERSION

__all__ = ["ProjectError", "ProjectLockedError", "ProjectStore", "SCHEMA_VERSION", "quote_ident"]
