"""packaging/check_sizes.py: a build over a size target fails (issue 21: headroom).

The installers are faked with sparse files (their apparent size is what is measured),
so these run in milliseconds; ``packaging/build.sh`` runs the same check on real ones.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "packaging" / "check_sizes.py"
MB = 10**6


def _sparse(path: Path, size: int) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as fh:
        fh.truncate(size)


def _dist(tmp_path: Path, bundle_mb: float, deb_mb: float, tgz_mb: float) -> Path:
    dist = tmp_path / "dist"
    internal = dist / "retention-desktop" / "_internal"
    _sparse(internal / "big.so", int(bundle_mb * MB) - 1000)
    _sparse(dist / "retention-desktop" / "retention-desktop", 1000)
    # A hard link and a symlink to the same bytes count once (dedupe.py, cp -al).
    os.link(internal / "big.so", internal / "hardlink.so")
    (internal / "link.so").symlink_to("big.so")
    _sparse(dist / "retention-desktop_0.1.0_amd64.deb", int(deb_mb * MB))
    _sparse(dist / "retention-desktop-0.1.0-linux-x86_64.tar.gz", int(tgz_mb * MB))
    return dist


def _run(dist: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(SCRIPT), str(dist)], capture_output=True,
                          text=True, timeout=60)


def test_targets_are_the_issues():
    sys.path.insert(0, str(ROOT / "packaging"))
    try:
        import bundle_config
    finally:
        sys.path.pop(0)
    assert bundle_config.SIZE_TARGETS_MB == {"bundle": 280.0, "deb": 90.0, "tar.gz": 105.0}
    assert bundle_config.COLD_START_TARGET_S == 2.0


def test_installers_within_their_targets_pass(tmp_path):
    proc = _run(_dist(tmp_path, 279.9, 89.9, 104.9))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.count(" ok") == 3
    assert "279.9 MB" in proc.stdout  # the hard link and the symlink were not counted


@pytest.mark.parametrize("sizes, kind", [
    ((280.2, 80.0, 95.0), "bundle 280.2 MB"),
    ((250.0, 90.2, 95.0), "deb 90.2 MB"),
    ((250.0, 80.0, 105.1), "tar.gz 105.1 MB"),
])
def test_each_target_exceeded_fails_the_build(tmp_path, sizes, kind):
    proc = _run(_dist(tmp_path, *sizes))
    assert proc.returncode == 1
    assert f"FAIL {kind} is over its" in proc.stderr
    assert "OVER" in proc.stdout


def test_build_script_runs_the_check_last():
    build = (ROOT / "packaging" / "build.sh").read_text(encoding="utf-8")
    tail = build[build.index('step "Sizes"'):]
    assert 'packaging/check_sizes.py "$dist"' in tail
    assert "|| true" not in tail
