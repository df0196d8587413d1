"""The ``retention-desktop`` command: headless access to every engine result, and the
GUI launcher.

Each sub-command lives in its own module under this package, exposing
``register(subparsers)`` (adds its parser and sets ``func``) and a ``run(args) -> int``.
Modules import heavy libraries (pandas, duckdb, Qt) inside ``run`` so that start-up
stays lean. With no sub-command, the desktop app starts.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from typing import Any

# Sub-command modules, in the order ``--help`` lists them.
COMMAND_MODULES: tuple[str, ...] = (
    "retention_desktop.cli.cmd_info",
    "retention_desktop.cli.cmd_report",
    "retention_desktop.cli.cmd_import",
    "retention_desktop.cli.cmd_metrics",
    "retention_desktop.cli.cmd_abtest",
    "retention_desktop.cli.cmd_plan",
    "retention_desktop.cli.cmd_clv",
    "retention_desktop.cli.cmd_segments",
    "retention_desktop.cli.cmd_lists",
    "retention_desktop.cli.cmd_forget",
)

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2
LANGUAGES = ("en", "fa", "ar")


def emit(payload: Any, as_json: bool, text: str | None = None) -> None:
    """Print a command result: JSON when ``--json`` was given, else ``text`` (or JSON)."""
    if as_json or text is None:
        sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2, default=str) + "\n")
    else:
        sys.stdout.write(text.rstrip("\n") + "\n")


def add_customer_filters(p: argparse.ArgumentParser) -> None:
    """``--where`` / ``--stage`` / ``--segment``: the filters of the app's filter bar.

    Read back with ``FilterSpec.from_where_args(args.where, lifecycle_stage=args.stage,
    rfm_segment=args.segment, ...)``; core names the valid stages and segments when a
    value is unknown.
    """
    p.add_argument("--where", action="append", default=[], metavar="COL=VALUE",
                   help="keep orders with COL=VALUE (repeat; COL!=VALUE excludes)")
    p.add_argument("--stage", help="only customers in this lifecycle stage (as in the app's "
                   "Customers filter, e.g. 'at risk')")
    p.add_argument("--segment", help="only customers in this RFM segment (e.g. Champions)")
    p.add_argument("--first-product", action="append", default=[], metavar="PRODUCT",
                   help="only customers whose first order contained this product (its SKU, "
                   "or its name when the file has no SKU; repeat for any of several)")
    p.add_argument("--bought-product", action="append", default=[], metavar="PRODUCT",
                   help="only customers who ever bought this product (repeat for any of several)")


def product_filters(args: argparse.Namespace) -> dict[str, tuple[str, ...]]:
    """``FilterSpec`` keyword arguments of ``--first-product`` / ``--bought-product`` as
    typed; :func:`resolve_product_filters` turns them into product keys once the project is
    open."""
    out = {}
    for name in ("first_product", "bought_product"):
        values = tuple(v.strip() for v in getattr(args, name, None) or [] if v.strip())
        if values:
            out[name] = values
    return out


def resolve_product_filters(spec: Any, store: Any) -> Any:
    """``spec`` with each typed product (SKU, or a name in any spelling) replaced by its
    product key, as ``metrics products --product`` finds it.

    Raises
    ------
    ValueError
        Naming a product no line of the project has.
    """
    if not (spec.first_product or spec.bought_product):
        return spec
    from retention_desktop.core.engine.products import resolve_product

    changes = {}
    for name in ("first_product", "bought_product"):
        keys = []
        for text in getattr(spec, name):
            key = resolve_product(store, text)
            if key is None:
                raise ValueError(f"no product called {text!r} in the product lines")
            keys.append(key)
        changes[name] = tuple(keys)
    return spec.with_(**changes)


def add_period_option(p: argparse.ArgumentParser) -> None:
    """``--period``: the filter bar's period presets (``last-90-days``, ``last-year`` ...)."""
    from retention_desktop.core.engine.period import PRESETS

    p.add_argument("--period", metavar="PRESET",
                   help="a period counted back from the newest order, as in the app's "
                   "filter bar: " + ", ".join(x for x in PRESETS if x != "custom")
                   + " or last-N-days; months, quarters and years follow the calendar "
                   "(instead of --from/--to)")


def apply_period(args: argparse.Namespace, spec: Any, store: Any, calendar: str) -> Any:
    """``spec`` with ``--period`` resolved against the project's last order and calendar.

    Raises
    ------
    ValueError
        For an unknown preset, or ``--period`` together with ``--from``/``--to``.
    """
    period = getattr(args, "period", None)
    if not period:
        return spec
    if getattr(args, "date_from", None) or getattr(args, "date_to", None):
        raise ValueError("give either --period or --from/--to, not both")
    from retention_desktop.core.engine.base import resolve_bounds
    from retention_desktop.core.engine.period import PRESETS, is_preset

    if not is_preset(period) or period == "custom":
        raise ValueError(f"unknown --period {period!r}; use one of: "
                         + ", ".join(x for x in PRESETS if x != "custom") + ", last-N-days")
    _start, end = resolve_bounds(store.cursor(), type(spec)())
    return spec.with_(period=None if period == "all" else period).resolved(end, calendar)


def fail(message: str) -> int:
    """Print a one-line reason to stderr and return the error exit code."""
    sys.stderr.write("error: " + " ".join(str(message).split()) + "\n")
    return EXIT_ERROR


def build_parser(with_commands: bool = True) -> argparse.ArgumentParser:
    """The full argument parser (GUI options + sub-commands).

    ``with_commands=False`` gives the GUI-only parser: argparse cannot tell an optional
    positional ``project`` from a sub-command name, so ``main`` uses it when no command
    is named (``retention-desktop shop.rdproj.duckdb``, a double-clicked file).
    """
    from retention_desktop import __version__

    parser = argparse.ArgumentParser(
        prog="retention-desktop",
        description="Offline retention analytics for small shops. "
        "Without a command, opens the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--demo", action="store_true", help="open the app on the demo shop")
    parser.add_argument(
        "--smoke", action="store_true", help="start the app, visit every tab, exit 0 (CI)"
    )
    parser.add_argument("--lang", default=None, help="interface language: en, fa or ar")
    parser.add_argument("project", nargs="?", default=None, help="project file to open")
    if not with_commands:
        return parser
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    for command in sub.choices.values():  # every command takes --lang (before or after it)
        if "--lang" not in command._option_string_actions:
            command.add_argument("--lang", default=None, choices=LANGUAGES,
                                 help="language of the text output (digits, dates, periods)")
    return parser


def _split_global_lang(argv: list[str], commands) -> list[str]:
    """``--lang fa report ...`` -> ``report --lang fa ...`` (a --lang after the command wins).

    Only moves a ``--lang`` that stands before a command name; the GUI keeps its own.
    """
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            value, rest = argv[i + 1], argv[:i] + argv[i + 2:]
        elif arg.startswith("--lang="):
            value, rest = arg.split("=", 1)[1], argv[:i] + argv[i + 1:]
        else:
            continue
        if rest and rest[0] in commands.choices:
            return [rest[0], "--lang", value, *rest[1:]]
        return argv
    return argv


def _drop_stale_snapshots() -> None:
    """Remove read-only project copies left by killed processes (they hold raw data)."""
    try:
        from retention_desktop.core.store.snapshot import drop_stale_snapshots

        drop_stale_snapshots()
    except OSError:
        pass  # never a reason not to start


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``retention-desktop`` command."""
    from retention_desktop.stdio import ensure_std_streams

    ensure_std_streams()  # a windowed exe has none: the first write would end the app
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    # The optional ``project`` positional of the GUI would swallow the command name when a
    # command has positionals of its own (``import FILE...``): dispatch commands directly.
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    argv = _split_global_lang(argv, commands)
    if argv and argv[0] in commands.choices:
        args = commands.choices[argv[0]].parse_args(argv[1:])
        args.command = argv[0]
    elif {"-h", "--help"}.intersection(argv):
        args = parser.parse_args(argv)  # full help, with the command list
    else:  # the GUI: options and an optional project file (double-click)
        args = build_parser(with_commands=False).parse_args(argv)
    _drop_stale_snapshots()
    if getattr(args, "command", None):
        try:
            return int(args.func(args) or 0)
        except KeyboardInterrupt:
            return fail("interrupted")
    from retention_desktop.ui.app import run_app

    return run_app(args)
