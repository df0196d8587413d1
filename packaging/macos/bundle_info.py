"""Info.plist contents of the macOS ``Retention Desktop.app`` (used by the PyInstaller spec).

Kept apart from the spec so the tests can check it on any OS
(``plistlib.dumps(info_plist("0.1.0"))``). Keys follow Apple's Information Property
List reference; PyInstaller's ``BUNDLE(info_plist=...)`` merges them over its defaults.
"""

from __future__ import annotations

DUCKDB_UTI = "org.duckdb.database"
# The oldest macOS the bundle runs on: the highest minimum of its compiled wheels
# (PySide6-Essentials 6.11 has no macosx_12 arm64 wheel; numpy 2.4 and scipy 1.17 install
# macosx_14_0 wheels on Apple silicon). make_dmg.sh checks it with check_min_version.py;
# README.md and docs/packaging.md say the same.
MACOS_MINIMUM = "14.0"


def info_plist(version: str, bundle_id: str = "org.retentiondesktop.RetentionDesktop") -> dict:
    """The Info.plist keys for the app bundle.

    Parameters
    ----------
    version : str
        ``retention_desktop.__version__``; becomes both the marketing and build version.
    bundle_id : str
        Reverse-DNS bundle identifier.

    Notes
    -----
    macOS maps a file to a type by its last extension only, so ``shop.rdproj.duckdb``
    and ``shop.duckdb`` are both ``.duckdb`` files. DuckDB's format is not ours, hence an
    *imported* type declaration and the ``Default`` (not ``Owner``) handler rank.
    """
    return {
        "CFBundleName": "Retention Desktop",
        "CFBundleDisplayName": "Retention Desktop",
        "CFBundleIdentifier": bundle_id,
        "CFBundleShortVersionString": version,
        "CFBundleVersion": version,
        "CFBundleDevelopmentRegion": "en",
        "CFBundleLocalizations": ["en", "fa", "ar"],
        "LSApplicationCategoryType": "public.app-category.business",
        "LSMinimumSystemVersion": MACOS_MINIMUM,
        "NSHighResolutionCapable": True,
        "NSRequiresAquaSystemAppearance": False,
        "NSHumanReadableCopyright": "MIT licence",
        "UTImportedTypeDeclarations": [
            {
                "UTTypeIdentifier": DUCKDB_UTI,
                "UTTypeDescription": "DuckDB database",
                "UTTypeConformsTo": ["public.data", "public.database"],
                "UTTypeIconFile": "retention-desktop.icns",
                "UTTypeTagSpecification": {"public.filename-extension": ["duckdb"]},
            }
        ],
        "CFBundleDocumentTypes": [
            {
                "CFBundleTypeName": "Retention Desktop project",
                "CFBundleTypeRole": "Editor",
                "LSHandlerRank": "Default",
                "LSItemContentTypes": [DUCKDB_UTI],
                "CFBundleTypeIconFile": "retention-desktop.icns",
            }
        ],
    }
