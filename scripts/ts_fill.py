"""Fill unfinished entries of a Qt Linguist .ts file from a JSON map, or mirror the source (English).

    python scripts/ts_fill.py i18n/wellcare_en.ts --mirror
    python scripts/ts_fill.py i18n/wellcare_ko.ts ko.json     # {"source text": "번역", ...}

A key may also be "Context|source" when the same English needs different words in two places.
Prints the entries that are still unfinished, so a run shows what is left to translate.
"""

from __future__ import annotations

import argparse
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def fill(ts_path: Path, mapping: dict[str, str], mirror: bool) -> list[str]:
    tree = ET.parse(ts_path)
    missing: list[str] = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None:
                continue
            if translation.get("type") != "unfinished":
                continue
            if message.get("numerus") == "yes":
                forms = translation.findall("numerusform")
                text = mapping.get(f"{name}|{source}") or mapping.get(source) or (source if mirror else None)
                if text is not None and forms:
                    for form in forms:
                        form.text = text
                    del translation.attrib["type"]
                    continue
            text = mapping.get(f"{name}|{source}") or mapping.get(source) or (source if mirror else None)
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


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("ts", type=Path)
    parser.add_argument("mapping", type=Path, nargs="?")
    parser.add_argument("--mirror", action="store_true", help="use the English source as the translation")
    args = parser.parse_args()
    mapping = json.loads(args.mapping.read_text(encoding="utf-8")) if args.mapping else {}
    missing = fill(args.ts, mapping, args.mirror)
    for entry in missing:
        print(entry)
    print(f"{len(missing)} unfinished", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
