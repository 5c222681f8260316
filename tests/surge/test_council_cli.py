"""The council → centre surge path through the real command entry (wellcare.cli.run).

`council init` makes the council's vault and key, `council identity` prints its fingerprint,
`council surge` signs a file; the centre's `coordinator pin-council` and `coordinator surge
--from-council` forward it; what lands in offers/ is read as a counselor's app reads it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from tests.programs.test_publish_offer_cli import Coordinator, cli, make_coordinator
from tests.surge.helpers import KST, MAX
from tests.surge.test_cli import counselors_read, iso


@dataclass
class Council:
    profile: Path
    passphrase_file: Path

    def run(self, *argv: str) -> tuple[int, str, str]:
        return cli("--profile", str(self.profile), "--passphrase-file", str(self.passphrase_file), "council", *argv)


@pytest.fixture
def council(tmp_path: Path) -> Council:
    secret = tmp_path / "council-pass.txt"
    secret.write_text("council passphrase 1\n", encoding="utf-8")
    council = Council(tmp_path / "council", secret)
    code, out, err = council.run("init", "--name", "Seoul Call Centre Council")
    assert code == 0, err
    assert "Fingerprint" in out
    return council


@pytest.fixture
def coord(tmp_path: Path) -> Coordinator:
    return make_coordinator(tmp_path)


def fingerprint(council: Council) -> str:
    code, out, err = council.run("identity")
    assert code == 0, err
    return out.rsplit(": ", 1)[1].strip()


def sign(council: Council, out: Path, start: datetime, end: datetime) -> tuple[int, str, str]:
    return council.run("surge", "--start", iso(start), "--end", iso(end), "--reason-en", "Typhoon day",
                       "--reason-ko", "태풍 대응", "--out", str(out))


def test_council_signs_the_centre_pins_and_forwards_and_counselors_see_the_council(
    council: Council, coord: Coordinator, tmp_path: Path
) -> None:
    now = datetime.now(KST)
    notice_file = tmp_path / "surge.json"
    code, out, err = sign(council, notice_file, now - timedelta(minutes=5), now + timedelta(hours=8))
    assert code == 0, err
    assert "--from-council" in out

    code, _out, err = coord.run("surge", "--from-council", str(notice_file))
    assert code == 3 and "unpinned" in err
    assert counselors_read(coord).surges == ()

    code, out, err = coord.run("pin-council", "--fingerprint", fingerprint(council).lower(), "--name", "Council")
    assert code == 0, err
    code, out, err = coord.run("surge", "--from-council", str(notice_file), "--dry-run")
    assert code == 0, err
    assert "Dry run" in out
    assert counselors_read(coord).surges == ()
    code, out, err = coord.run("surge", "--from-council", str(notice_file))
    assert code == 0, err
    [notice] = counselors_read(coord).current(datetime.now(KST), MAX)
    assert notice.council == "Seoul Call Centre Council" and notice.reason["ko"] == "태풍 대응"

    code, out, err = coord.run("surge", "--from-council", str(notice_file))  # replayed
    assert code == 3 and "replayed" in err

    cancel_file = tmp_path / "cancel.json"
    code, out, err = council.run("surge", "--cancel", "--out", str(cancel_file))
    assert code == 0, err
    code, out, err = coord.run("surge", "--from-council", str(cancel_file))
    assert code == 0, err
    assert "cancel" in out
    assert counselors_read(coord).current(datetime.now(KST), MAX) == ()


def test_an_altered_file_and_a_centre_that_refuses_council_notices_write_nothing(
    council: Council, coord: Coordinator, tmp_path: Path
) -> None:
    now = datetime.now(KST)
    notice_file = tmp_path / "surge.json"
    assert sign(council, notice_file, now - timedelta(minutes=5), now + timedelta(hours=8))[0] == 0
    assert coord.run("pin-council", "--fingerprint", fingerprint(council), "--name", "Council")[0] == 0
    doc = json.loads(notice_file.read_text(encoding="utf-8"))
    doc["payload"]["reason"]["en"] = "Come in on Sunday"
    altered = tmp_path / "altered.json"
    altered.write_text(json.dumps(doc), encoding="utf-8")
    code, _out, err = coord.run("surge", "--from-council", str(altered))
    assert code == 3 and "bad_signature" in err

    policy_file = coord.profile / "policy.toml"
    policy_file.write_text(policy_file.read_text(encoding="utf-8") + "\n[surge]\naccept_council = false\n",
                           encoding="utf-8")
    code, _out, err = cli("--profile", str(coord.profile), "--policy", str(policy_file), "coordinator", "surge",
                          "--from-council", str(notice_file))
    assert code == 3 and "not_accepted" in err
    assert counselors_read(coord).surges == ()


def test_bad_council_arguments_get_a_clear_error(council: Council, tmp_path: Path) -> None:
    now = datetime.now(KST)
    code, _out, err = sign(council, tmp_path / "x.json", now + timedelta(hours=1), now + timedelta(hours=400))
    assert code == 2 and "at most 336 hours" in err
    code, _out, err = council.run("surge", "--cancel", "--out", str(tmp_path / "c.json"))
    assert code == 2 and "--notice" in err
    assert not (tmp_path / "x.json").exists() and not (tmp_path / "c.json").exists()
