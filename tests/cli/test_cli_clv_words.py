"""``clv`` in text: a model that fails its check says so before its CLV, in the report's
words, and the holdout gap is worded (a bare "+18.8%" read as "more happened")."""

from __future__ import annotations

import contextlib
import io
import json

import pytest

from retention_desktop.cli import main


@pytest.fixture(scope="module")
def demo_project(tmp_path_factory):
    from retention_desktop.core.demo import build_demo_project

    path = tmp_path_factory.mktemp("demo") / "demo.rdproj.duckdb"
    store = build_demo_project(path)
    if hasattr(store, "close"):
        store.close()
    return path


def _run(*argv: str) -> str:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(list(argv)) == 0
    return out.getvalue()


def test_failed_model_is_named_before_its_clv(demo_project):
    payload = json.loads(_run("clv", "--project", str(demo_project), "--json"))
    text = _run("clv", "--project", str(demo_project))
    assert payload["model_ok"] is False
    lines = text.splitlines()
    warn = next(i for i, line in enumerate(lines)
                if line.startswith("the prediction model does not fit this shop"))
    clv = next(i for i, line in enumerate(lines) if line.startswith("CLV over"))
    assert warn < clv, text
    h = payload["holdout"]
    gap = (h["predicted_repeat_purchases"] - h["actual_repeat_purchases"]) \
        / h["actual_repeat_purchases"]
    assert f"(the model overestimated by {gap:.1%})" in text, text
    assert f"(+{gap:.1%})" not in text.split("note:")[0], text


def test_holdout_note_uses_the_holdout_lines_words(demo_project):
    """The note under the holdout line said "(+18.8%; more than 15% off)" while the line
    said "the model overestimated by 18.8%": one gap, one wording."""
    payload = json.loads(_run("clv", "--project", str(demo_project), "--json"))
    text = _run("clv", "--project", str(demo_project))
    h = payload["holdout"]
    gap = (h["predicted_repeat_purchases"] - h["actual_repeat_purchases"]) \
        / h["actual_repeat_purchases"]
    assert abs(gap) > 0.15  # the demo's model fails its check: the note is there
    words = f"the model {'overestimated' if gap > 0 else 'underestimated'} by {abs(gap):.1%}"
    notes = [line for line in text.splitlines()
             if line.startswith("note:") and "Holdout check" in line]
    assert len(notes) == 1, text
    assert words in notes[0] and "more than the 15% allowed" in notes[0], notes[0]
    assert f"{gap:+.1%}" not in notes[0], notes[0]
