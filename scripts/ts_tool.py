"""Small helper for the Qt Linguist sources in resources/i18n/.

Usage (from the repository root)::

    python scripts/ts_tool.py status              # unfinished strings per language
    python scripts/ts_tool.py todo fa > todo.json # the unfinished entries, as JSON
    python scripts/ts_tool.py apply done.json     # write translations back
    python scripts/ts_tool.py apply done.json --missing-only   # only fill unfinished ones

``apply`` reads a JSON list of ``{"context": ..., "source": ..., "fa": ..., "ar": ...}``
(``context`` optional: then every context with that source text gets the translation;
for plural messages give a list of forms). Translators with Qt Linguist
(``pyside6-linguist resources/i18n/retention_desktop_fa.ts``) do not need this.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

I18N = Path(__file__).resolve().parents[1] / "resources" / "i18n"
LANGS = ("fa", "ar")


def ts_path(lang: str) -> Path:
    return I18N / f"retention_desktop_{lang}.ts"


def messages(root: ET.Element):
    """Yield ``(context_name, message_element)`` for every message."""
    for ctx in root.iter("context"):
        name = ctx.findtext("name", "")
        for msg in ctx.iter("message"):
            yield name, msg


def is_unfinished(msg: ET.Element) -> bool:
    tr = msg.find("translation")
    if tr is None or tr.get("type") in ("unfinished",):
        return True
    forms = tr.findall("numerusform")
    if forms:
        return any(not (f.text or "").strip() for f in forms)
    return not (tr.text or "").strip()


def write(root: ET.Element, path: Path) -> None:
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                    encoding="utf-8")


def apply(entries: list[dict], lang: str, missing_only: bool = False) -> int:
    path = ts_path(lang)
    tree = ET.parse(path)
    by_key = {(e.get("context"), e["source"]): e[lang] for e in entries if lang in e}
    by_source = {e["source"]: e[lang] for e in entries if lang in e and not e.get("context")}
    count = 0
    for context, msg in messages(tree.getroot()):
        source = msg.findtext("source", "")
        text = by_key.get((context, source), by_source.get(source))
        if text is None or (missing_only and not is_unfinished(msg)):
            continue
        tr = msg.find("translation")
        if tr is None:
            tr = ET.SubElement(msg, "translation")
        tr.attrib.pop("type", None)
        if msg.get("numerus") == "yes":
            forms = text if isinstance(text, list) else [text]
            for child in list(tr):
                tr.remove(child)
            tr.text = None
            for form in forms:
                ET.SubElement(tr, "numerusform").text = form
        else:
            tr.text = text
        count += 1
    write(tree.getroot(), path)
    return count


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    cmd = argv[0]
    if cmd == "status":
        for lang in LANGS:
            msgs = list(messages(ET.parse(ts_path(lang)).getroot()))
            todo = sum(is_unfinished(m) for _, m in msgs)
            print(f"{lang}: {len(msgs) - todo}/{len(msgs)} translated")
        return 0
    if cmd == "todo":
        lang = argv[1]
        out = [{"context": c, "source": m.findtext("source", ""),
                **({"numerus": True} if m.get("numerus") == "yes" else {})}
               for c, m in messages(ET.parse(ts_path(lang)).getroot()) if is_unfinished(m)]
        json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
        return 0
    if cmd == "apply":
        entries = json.loads(Path(argv[1]).read_text(encoding="utf-8"))
        missing_only = "--missing-only" in argv[2:]
        for lang in LANGS:
            print(f"{lang}: {apply(entries, lang, missing_only)} translations written")
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
