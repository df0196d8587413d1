"""``retention-desktop info --project P [--json]``: what a project file holds."""

from __future__ import annotations

import argparse

from retention_desktop.cli import emit, fail


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``info`` parser."""
    p = sub.add_parser("info", help="describe what a project holds")
    p.add_argument("--project", required=True, help="project file")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Print the project description."""
    from retention_desktop.core.engine.info import describe
    from retention_desktop.core.store import ProjectError, ProjectStore

    try:
        with ProjectStore(args.project, read_only=True) as store:
            info = describe(store)
    except ProjectError as exc:
        return fail(str(exc))
    lines = [f"{k}: {v}" for k, v in info.items()]
    emit(info, args.json, "\n".join(lines))
    return 0
