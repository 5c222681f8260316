"""`wellcare offers list|check` on a real exchange folder and policy file."""

from __future__ import annotations

import io
import json
from pathlib import Path

from nacl.signing import SigningKey

from tests.programs.helpers import Org, make_offer
from wellcare.cli import run
from wellcare.paths import resource_dir
from wellcare.programs import publish_offer


def cli(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(list(argv), out, err)
    return code, out.getvalue(), err.getvalue()


def test_offers_list_shows_what_counselors_see_and_what_was_refused(org: Org, tmp_path: Path) -> None:
    future = [{"start": "2099-05-10T10:00:00+09:00"}]
    publish_offer(org.transport, org.keys.signing, make_offer(dates=future))
    publish_offer(org.transport, SigningKey.generate(), make_offer(offer_id="forged", dates=future))
    code, out, _ = cli("--policy", str(tmp_path / "policy.toml"), "offers", "list")
    report = json.loads(out)
    assert code == 0 and [o["offer_id"] for o in report["offers"]] == ["forest-2025-03"]
    assert [r["reason"] for r in report["refused"]] == ["bad_signature"] and report["not_read_this_time"] == 0
    assert report["fingerprint"] == org.keys.public().fingerprint()


def test_offers_list_in_personal_mode_is_a_usage_error() -> None:
    code, _, err = cli("offers", "list")
    assert code == 2 and "no organisation policy" in err


def test_offers_check_validates_the_example_and_refuses_a_bad_file(tmp_path: Path) -> None:
    code, out, _ = cli("offers", "check", str(resource_dir() / "programs" / "offer.example.toml"))
    assert code == 0 and json.loads(out)["kind"] == "outing"
    bad = tmp_path / "bad.toml"
    bad.write_text('kind = "party"\ntitle = "x"\ndescription = "y"\n[[dates]]\nstart = 2025-05-10T10:00:00+09:00\n')
    code, _, err = cli("offers", "check", str(bad))
    assert code == 1 and "kind" in err
