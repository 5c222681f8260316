"""Fill unfinished entries of a Qt Linguist .ts file from JSON maps, or mirror the source (English).

    python scripts/ts_fill.py i18n/wellcare_ko.ts i18n/batches/ko-*.json
    python scripts/ts_fill.py i18n/wellcare_en.ts i18n/batches/en-*.json --mirror

A map is {"source text": "번역", ...}. A key may also be "Context|source" when the same English
needs different words in two places. For a plural (numerus) entry the value may be a list with
one text per form: English [singular, plural], Korean one form; a plain string fills every form.
Later files win over earlier ones. --mirror copies the source into plain entries only: a plural
has no English until a map gives its forms ("%n session(s)" is not something to show).

Only unfinished entries are touched, so a run never overwrites a finished translation.
Prints the entries that are still unfinished, so a run shows what is left to translate.
"""

from __future__ import annotations

import argparse
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

Value = str | list[str]


def _lookup(mapping: dict[str, Value], context: str, source: str) -> Value | None:
    return mapping.get(f"{context}|{source}") or mapping.get(source)


def _forms(value: Value, count: int) -> list[str] | None:
    """The texts for `count` numerus forms, or None when the value does not fit."""
    if isinstance(value, str):
        return [value] * count
    if len(value) == 1:
        return value * count
    return list(value) if len(value) == count and all(isinstance(v, str) for v in value) else None


def fill(ts_path: Path, mapping: dict[str, Value], mirror: bool) -> list[str]:
    tree = ET.parse(ts_path)
    missing: list[str] = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None or translation.get("type") != "unfinished":
                continue
            value = _lookup(mapping, name, source)
            if message.get("numerus") == "yes":
                forms = translation.findall("numerusform")
                texts = _forms(value, len(forms)) if value is not None and forms else None
                if texts is None:
                    wanted = f" (needs {len(forms)} forms)" if value is not None else ""
                    missing.append(f"{name}|{source}{wanted}")
                    continue
                for form, text in zip(forms, texts, strict=True):
                    form.text = text
                del translation.attrib["type"]
                continue
            if isinstance(value, list):
                missing.append(f"{name}|{source} (not a plural: give one string)")
                continue
            text = value or (source if mirror else None)
            if text is None:
                missing.append(f"{name}|{source}")
                continue
            translation.text = text
            del translation.attrib["type"]
    ET.indent(tree, space="    ")
    with ts_path.open("wb") as fh:
        fh.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(fh, encoding="utf-8", xml_declaration=False)
    return missing


def load(paths: list[Path]) -> dict[str, Value]:
    mapping: dict[str, Value] = {}
    for path in paths:
        mapping.update(json.loads(path.read_text(encoding="utf-8")))
    return mapping


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("ts", type=Path)
    parser.add_argument("mappings", type=Path, nargs="*", help="JSON maps, applied in order (later wins)")
    parser.add_argument("--mirror", action="store_true", help="use the English source as the translation")
    args = parser.parse_args()
    missing = fill(args.ts, load(args.mappings), args.mirror)
    for entry in missing:
        print(entry)
    print(f"{args.ts.name}: {len(missing)} unfinished", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
