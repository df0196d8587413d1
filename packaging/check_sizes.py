"""Fail a Linux build whose bundle, .deb or .tar.gz is over its size target.

Usage: ``python packaging/check_sizes.py [packaging/dist]`` (the last step of
``build.sh``; ``benchmarks/bench_bundle.py`` prints the same table). Exit status 1 when
a target is exceeded: a dependency update that adds megabytes has to be looked at (or
the target raised on purpose, in ``bundle_config.SIZE_TARGETS_MB``), not found later.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bundle_config as cfg  # noqa: E402 (this folder is not a package)

MB = 1e6


def tree_bytes(path: Path) -> int:
    """Apparent size of a folder: each file once (hard links), symlinks not counted."""
    seen, total = set(), 0
    for p in path.rglob("*"):
        st = p.lstat()
        if p.is_file() and not p.is_symlink() and (st.st_dev, st.st_ino) not in seen:
            seen.add((st.st_dev, st.st_ino))
            total += st.st_size
    return total


def measure(dist: Path) -> dict[str, tuple[str, int]]:
    """``{kind: (what, bytes)}`` for the bundle folder and the newest .deb/.tar.gz in ``dist``."""
    found = {}
    bundle = dist / cfg.APP_ID
    if bundle.is_dir():
        found["bundle"] = (f"{bundle.name}/ (unpacked)", tree_bytes(bundle))
    for kind, pattern in (("deb", f"{cfg.APP_ID}_*.deb"), ("tar.gz", f"{cfg.APP_ID}-*.tar.gz")):
        files = sorted(dist.glob(pattern), key=lambda f: f.stat().st_mtime)
        if files:
            found[kind] = (files[-1].name, files[-1].stat().st_size)
    return found


def report(dist: Path) -> tuple[list[str], list[str]]:
    """Lines of the size table, and the targets that were exceeded (a missing file is noted)."""
    found = measure(dist)
    lines, over = [], []
    for kind, target in cfg.SIZE_TARGETS_MB.items():
        if kind not in found:
            lines.append(f"{kind:<48} not built   target <= {target:g} MB")
            continue
        what, size = found[kind]
        ok = size / MB <= target
        lines.append(f"{what:<48} {size / MB:7.1f} MB   target <= {target:g} MB"
                     f"   {'ok' if ok else 'OVER'}")
        if not ok:
            over.append(f"{kind} {size / MB:.1f} MB is over its {target:g} MB target")
    return lines, over


def main(argv: list[str]) -> int:
    dist = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parent / "dist"
    lines, over = report(dist)
    print("\n".join(lines))
    for problem in over:
        print(f"check_sizes: FAIL {problem}", file=sys.stderr)
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
