"""One strict JSON reader (wellcare.datafile.loads_strict) for data files, envelopes and contributions."""

from __future__ import annotations

from pathlib import Path

import pytest

from wellcare.datafile import DuplicateKeyError, JsonConstantError, loads_strict, read_json_file
from wellcare.exchange._codec import CodecError
from wellcare.exchange._codec import loads_strict as envelope_loads


class FileProblem(Exception):
    pass


def _problem(source: str, key: str, problem: str) -> Exception:
    return FileProblem(f"{source}: {key}: {problem}")


@pytest.mark.parametrize("text", ['{"score": NaN}', '{"score": Infinity}', '{"score": -Infinity}'])
def test_a_data_file_with_a_non_number_is_refused_by_name(tmp_path: Path, text: str) -> None:
    path = tmp_path / "who5.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(FileProblem, match=r"who5\.json.*not a JSON number"):
        read_json_file(path, _problem)


def test_a_repeated_key_is_named_wherever_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "program.json"
    path.write_text('{"id": "a", "id": "b"}', encoding="utf-8")
    with pytest.raises(FileProblem, match="id: appears twice"):
        read_json_file(path, _problem)
    with pytest.raises(DuplicateKeyError):
        loads_strict(b'{"id": 1, "id": 2}')
    with pytest.raises(CodecError, match="duplicate key 'id'"):
        envelope_loads(b'{"id": 1, "id": 2}')
    with pytest.raises(JsonConstantError):
        loads_strict("[NaN]")
    with pytest.raises(CodecError, match="non-standard JSON constant NaN"):
        envelope_loads("[NaN]")
    with pytest.raises(CodecError, match="nested too deeply"):
        envelope_loads("[" * 100_000 + "]" * 100_000)
