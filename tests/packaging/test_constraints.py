"""Dependency versions are deliberate: every build installs the tested versions.

``constraints.txt`` pins what the suite and the installers were tested with;
``pyproject.toml`` states the ranges. A DuckDB update once changed how project files are
written and locked users out of healthy projects; a pin that drifts from its range, or a
dependency nobody pinned, lets that happen again silently.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[2]


def _pins() -> dict[str, str]:
    pins = {}
    for line in (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            name, _, version = line.partition("==")
            assert version and re.fullmatch(r"[\w.+!-]+", version), f"not an exact pin: {line}"
            pins[canonicalize_name(name)] = version
    return pins


def _requirements() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    reqs = list(project["dependencies"])
    for extra in project["optional-dependencies"].values():
        reqs += extra
    return [Requirement(r) for r in reqs]


def test_every_dependency_is_pinned_within_its_range():
    pins = _pins()
    for req in _requirements():
        name = canonicalize_name(req.name)
        assert name in pins, f"{req.name} is not pinned in constraints.txt"
        assert req.specifier.contains(pins[name], prereleases=True), (
            f"constraints.txt pins {req.name}=={pins[name]}, outside pyproject's {req.specifier}")


def test_every_install_uses_the_constraints():
    dev = (ROOT / "scripts/dev.sh").read_text(encoding="utf-8")
    assert "-c constraints.txt -e '.[test]'" in dev
    assert "constraints.txt scripts/dev.sh | sha256sum" in dev  # a new pin re-installs
    workflow = (ROOT / ".github/workflows/installers.yml").read_text(encoding="utf-8")
    installs = [line for line in workflow.splitlines() if "pip install" in line and "-e" in line]
    assert len(installs) == 3 and all("-c constraints.txt" in line for line in installs)
    build = (ROOT / "packaging/build.sh").read_text(encoding="utf-8")
    assert "-c constraints.txt pyinstaller" in build
