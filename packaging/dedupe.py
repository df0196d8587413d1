"""Replace byte-identical files of a bundle by relative symlinks to the first copy.

Usage: ``python packaging/dedupe.py <bundle folder>`` (run by ``build.sh`` on Linux).
Wheels vendor their own copies of shared libraries (numpy and scipy both ship the same
libgfortran and libquadmath); the copies keep their names, so every RPATH still finds
them, but the bytes are stored once in the bundle, the .deb and the tar.gz.
"""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path

MIN_SIZE = 64 * 1024  # small duplicates are not worth a symlink


def dedupe(folder: Path) -> int:
    """Symlink duplicates under ``folder`` to their first copy; return the bytes saved."""
    by_size: dict[int, list[Path]] = {}
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.is_symlink() and path.stat().st_size >= MIN_SIZE:
            by_size.setdefault(path.stat().st_size, []).append(path)
    saved = 0
    for size, paths in by_size.items():
        first: dict[str, Path] = {}
        for path in paths:
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
            if digest not in first:
                first[digest] = path
                continue
            target = os.path.relpath(first[digest], path.parent)
            path.unlink()
            path.symlink_to(target)
            saved += size
            print(f"dedupe: {path.relative_to(folder)} -> {target}")
    return saved


if __name__ == "__main__":
    total = dedupe(Path(sys.argv[1]))
    print(f"dedupe: {total / 1e6:.1f} MB saved")
