"""One Korean word for each thing, across the whole app: counselor, vault, caller, speech therapist; no translationese.

Scans every Korean translation (i18n/wellcare_ko.ts and the batch files that fill it) and every
`ko` field of the shipped resources, so a new string with the wrong term fails here.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# wrong variant -> the app's term (why)
FORBIDDEN: dict[str, str] = {
    r"금고": "보관함 (the encrypted vault)",
    r"상담원": "상담사 (the counselor)",
    r"카운슬러|카운셀러": "상담사 (the counselor)",
    r"코디네이터": "EAP 담당자 (the coordinator side)",
    r"언어\s?치료사|음성\s?치료사|언어치료\s?전문가": "언어재활사 (the legal title of speech therapists)",
    r"발신자|통화자": "민원인 (the caller)",
    # 고객 only inside the law's own compounds (고객응대근로자, 고객응대업무) and a proper name (고객상담센터)
    r"고객(?!응대|상담센터)": "민원인 (the caller, in call-centre context)",
    # translationese and typos a Korean counselor noticed (issue #19)
    r"문구가나": "문구나 (a typo: one particle too many)",
    r"다시 오신 것을 환영": "어서 오세요 (shown on the very first run too)",
    r"당신": "나/내 (the app speaks in the counselor's own voice; 당신 reads as a translation)",
    r"사건 기록": "힘든 통화 기록 (the hard-call journal's own name)",
    r"키링": "비밀번호 저장소 (plain words for the OS password store)",
    r"EAP 사무실": "EAP 상담실 (the EAP office: one name on every screen)",
    # one speech level: 합니다체 statements; questions (…할까요?) and the counselor's own answers stay as they are
    r"드릴게요|볼게요|겠어요|아니에요": "…겠습니다 / …습니다 (the app's one speech level)",
}
# validated questionnaire translations are quoted as published, 당신 included
_PUBLISHED = ("resources/instruments/phq9.json", "resources/instruments/gad7.json", "resources/instruments/pss10.json")
_PATTERNS = [(re.compile(pattern), term) for pattern, term in FORBIDDEN.items()]


def _ts_translations() -> Iterator[tuple[str, str]]:
    root = ET.parse(ROOT / "i18n" / "wellcare_ko.ts").getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("obsolete", "vanished"):
                continue
            where = f"wellcare_ko.ts {name}|{message.findtext('source')!r}"
            yield where, translation.text or ""
            for form in translation.iter("numerusform"):
                yield where, form.text or ""


def _batch_values() -> Iterator[tuple[str, str]]:
    for path in sorted((ROOT / "i18n" / "batches").glob("ko-*.json")):
        for key, value in json.loads(path.read_text(encoding="utf-8")).items():
            for text in value if isinstance(value, list) else [value]:
                yield f"{path.name} {key!r}", text


def _ko_fields(value: object, where: str) -> Iterator[tuple[str, str]]:
    if isinstance(value, dict):
        for key, inner in value.items():
            if key == "ko" and isinstance(inner, str):
                yield f"{where}.ko", inner
            else:
                yield from _ko_fields(inner, f"{where}.{key}")
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            yield from _ko_fields(inner, f"{where}[{index}]")


def _resource_values() -> Iterator[tuple[str, str]]:
    for path in sorted((ROOT / "resources").rglob("*.json")):
        yield from _ko_fields(json.loads(path.read_text(encoding="utf-8")), str(path.relative_to(ROOT)))


def _problems(texts: Iterator[tuple[str, str]]) -> list[str]:
    return [
        f"{where}: {match.group(0)!r} should be {term}: {text}"
        for where, text in texts
        for pattern, term in _PATTERNS
        if (match := pattern.search(text)) and not (term.startswith("나/내") and where.startswith(_PUBLISHED))
    ]


@pytest.mark.parametrize(
    "source", [_ts_translations, _batch_values, _resource_values], ids=["ts", "batches", "resources"]
)
def test_korean_uses_the_app_s_terms(source) -> None:  # type: ignore[no-untyped-def]
    texts = list(source())
    assert len(texts) > 20  # the scan found the texts it is meant to check
    assert _problems(iter(texts)) == []


def test_the_scan_catches_each_wrong_variant() -> None:
    samples = [
        "암호화된 금고", "상담원이", "카운슬러", "EAP 코디네이터", "언어치료사", "발신자", "고객의 말",
        "이 암호 문구가나 키로는", "다시 오신 것을 환영합니다", "프로그램은 당신을 기다립니다",
        "메모, 사건 기록이", "이 컴퓨터의 키링", "다시 알려 드릴게요.",
    ]
    assert len(_problems((s, s) for s in samples)) == len(samples)
    assert _problems(iter([("law", "고객응대근로자 보호, 고객응대업무 매뉴얼, 고용노동부 고객상담센터")])) == []
