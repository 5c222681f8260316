"""Exchange throughput: seal and write N envelopes into a temp inbox, then import them.

Run: ``.venv/bin/python tests/perf/bench_exchange.py [--count 10000] [--no-fsync]``.
Not part of pytest. The mix is the one a national deployment sees: mostly weekly aggregate
contributions, some EAP requests with a free-text note.
"""

from __future__ import annotations

import argparse
import functools
import secrets
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from wellcare.exchange import (
    CoordinatorKeys,
    Envelope,
    Folder,
    FolderTransport,
    Kind,
    ReplyKeypair,
    import_folder,
    open_sealed,
    post,
    seal,
)


def contribution(i: int) -> dict[str, Any]:
    """Coarse, randomized categories only, as in DESIGN.md's privacy model."""
    return {
        "period": "2024-W18",
        "token": secrets.token_hex(32),
        "epsilon": 1.0,
        "center": f"c{i % 10:02d}",
        "bands": {"who5": i % 4, "pss10": i % 3, "cbi_client": i % 5, "k6": i % 3, "phq9": i % 5, "gad7": i % 4},
        "incidents_bucket": i % 4,
        "breaks_taken_bucket": i % 5,
        "breaks_skipped_bucket": i % 3,
        "programs_bucket": i % 2,
    }


def request(i: int) -> dict[str, Any]:
    return {
        "type": "individual_counseling",
        "urgency": ["routine", "this_week", "urgent"][i % 3],
        "times": ["2024-05-02T10:00+09:00", "2024-05-03T15:00+09:00", "2024-05-06T09:30+09:00"],
        "contact": {"method": "phone", "value": "010-1234-5678", "name": "상담사"},
        "note": "오늘 폭언 민원이 계속되어 상담을 받고 싶습니다. " * 6,
        "reply_key": ReplyKeypair.generate().public_b64(),
        "reply_id": secrets.token_hex(16),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--no-fsync", action="store_true", help="skip fsync (shows the cost of durability)")
    args = parser.parse_args()

    keys = CoordinatorKeys.generate()
    box = keys.public().box_key
    with tempfile.TemporaryDirectory(prefix="wellcare-bench-") as tmp:
        transport = FolderTransport.create(Path(tmp) / "exchange", fsync=not args.no_fsync)
        sizes: list[int] = []

        t0 = time.perf_counter()
        payloads = [
            (Kind.EAP_REQUEST, request(i)) if i % 10 == 0 else (Kind.CONTRIBUTION, contribution(i))
            for i in range(args.count)
        ]
        t1 = time.perf_counter()
        sealed = [seal(kind, payload, box) for kind, payload in payloads]
        t2 = time.perf_counter()
        for data in sealed:
            post(transport, data)
            sizes.append(len(data))
        t3 = time.perf_counter()

        seen: set[str] = set()

        def accept(envelope: Envelope) -> None:
            seen.add(envelope.id)

        opener = functools.partial(open_sealed, box_key=keys.box)
        t4 = time.perf_counter()
        summary = import_folder(transport, Folder.INBOX, opener, seen.__contains__, accept)
        t5 = time.perf_counter()

    assert summary.accepted == args.count and not summary.reasons, summary
    n = args.count
    print(f"envelopes: {n}  (90% contribution, 10% eap_request)  fsync: {not args.no_fsync}")
    print(f"size: mean {statistics.mean(sizes):.0f} B, max {max(sizes)} B")
    print(f"payload build:  {t1 - t0:7.2f} s")
    print(f"seal only:      {t2 - t1:7.2f} s  {n / (t2 - t1):9.0f} envelopes/s")
    print(f"write (put):    {t3 - t2:7.2f} s  {n / (t3 - t2):9.0f} envelopes/s")
    print(f"seal + write:   {t3 - t1:7.2f} s  {n / (t3 - t1):9.0f} envelopes/s")
    print(f"import:         {t5 - t4:7.2f} s  {n / (t5 - t4):9.0f} envelopes/s  (list, read, open, verify, remove)")


if __name__ == "__main__":
    main()
