"""Just enough PDF reading to check what a QPdfWriter file says (no pdftotext needed).

Qt writes each font as a Type0 font with a ToUnicode CMap and draws text as one hex glyph
string per character (``<0012> Tj``), in Flate-compressed content streams. This follows the
resources: page -> /Font name -> font object -> /ToUnicode CMap, and maps glyphs back to text.
Characters are concatenated in drawing order, without spaces between text runs.
"""

from __future__ import annotations

import re
import zlib

_OBJ = re.compile(rb"(\d+) 0 obj(.*?)endobj", re.S)
_STREAM = re.compile(rb"stream\r?\n(.*?)\r?\nendstream", re.S)
_PAGE = re.compile(rb"/Type\s*/Page(?!s)")


def _stream(body: bytes) -> bytes:
    match = _STREAM.search(body)
    if match is None:
        return b""
    data = match.group(1)
    try:
        return zlib.decompress(data) if b"/FlateDecode" in body[: match.start()] else data
    except zlib.error:
        return data


def _cmap(text: bytes) -> dict[int, str]:
    mapping: dict[int, str] = {}
    for block in re.findall(rb"beginbfrange(.*?)endbfrange", text, re.S):
        for lo, hi, dest in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(\[[^\]]*\]|<[0-9A-Fa-f]+>)", block):
            start, end = int(lo, 16), int(hi, 16)
            if dest.startswith(b"["):
                for offset, code in enumerate(re.findall(rb"<([0-9A-Fa-f]+)>", dest)):
                    mapping[start + offset] = bytes.fromhex(code.decode()).decode("utf-16-be")
            else:
                first = int(dest[1:-1], 16)
                for offset in range(end - start + 1):
                    mapping[start + offset] = chr(first + offset)
    for block in re.findall(rb"beginbfchar(.*?)endbfchar", text, re.S):
        for src, dst in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            mapping[int(src, 16)] = bytes.fromhex(dst.decode()).decode("utf-16-be")
    return mapping


def page_count(pdf: bytes) -> int:
    return len(_PAGE.findall(pdf))


def extract_text(pdf: bytes) -> str:
    objects = {int(n): body for n, body in _OBJ.findall(pdf)}
    fonts: dict[bytes, dict[int, str]] = {}
    for body in objects.values():
        font_dict = re.search(rb"/Font\s*<<(.*?)>>", body, re.S)
        if font_dict is None:
            continue
        for name, ref in re.findall(rb"/(\w+)\s+(\d+) 0 R", font_dict.group(1)):
            to_unicode = re.search(rb"/ToUnicode\s+(\d+) 0 R", objects.get(int(ref), b""))
            if to_unicode is not None:
                fonts[name] = _cmap(_stream(objects.get(int(to_unicode.group(1)), b"")))
    out: list[str] = []
    for body in objects.values():
        content = _stream(body)
        if b"Tj" not in content:
            continue
        current: dict[int, str] = {}
        for font, glyphs in re.findall(rb"/(\w+)\s+[\d.]+\s+Tf|<([0-9A-Fa-f]+)>\s*Tj", content):
            if font:
                current = fonts.get(font, {})
                continue
            hex_text = glyphs.decode()
            for i in range(0, len(hex_text), 4):
                out.append(current.get(int(hex_text[i : i + 4], 16), "\ufffd"))
    return "".join(out).replace("\t", " ")  # Qt maps the space glyph to a tab
