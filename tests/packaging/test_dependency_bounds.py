"""The environment the suite runs in is the one pyproject.toml promises (issue 15).

The runtime dependencies are bounded to the major versions tested; a test run on a
version outside those bounds would prove nothing about what users install.
"""

from __future__ import annotations

import tomllib
from importlib.metadata import version
from pathlib import Path

from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[2]


def test_installed_runtime_versions_are_within_the_bounds():
    deps = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    for spec in deps["project"]["dependencies"]:
        req = Requirement(spec)
        assert req.specifier, f"{req.name} has no version bounds"
        assert any(s.operator in ("<", "<=", "==", "~=") for s in req.specifier), \
            f"{req.name} has no upper bound"
        installed = version(req.name)
        assert req.specifier.contains(installed), f"{req.name} {installed} is not {req.specifier}"
