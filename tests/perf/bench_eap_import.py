"""EAP inbox import throughput: 10,000 sealed requests through the coordinator's real import.

Run: ``.venv/bin/python tests/perf/bench_eap_import.py [--count 10000] [--no-fsync]``. Not part of
pytest. Every envelope takes the real path: the counselor-side payload (protocol.RequestPayload)
sealed to the coordinator's key and posted to a folder exchange; then ``Inbox.import_once`` on a
real SQLCipher coordinator vault with the real handler registry: strict read, decrypt, payload
check, one vault transaction per envelope (id + request + a signed receipt in the reply outbox),
file removal, and afterwards writing every receipt to ``replies/``. A second run over re-posted
copies measures the duplicate path.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from wellcare.coordinator.handlers import build_registry
from wellcare.eap.protocol import (
    Attachment,
    ContactMethod,
    RequestContent,
    RequestPayload,
    RequestType,
    TimeWindow,
    Urgency,
    cancel_hash,
    new_cancel_secret,
)
from wellcare.exchange import Folder, FolderTransport, Kind, ReplyKeypair, new_id, post, seal
from wellcare.inbox.dispatcher import HandlerSetup, Inbox
from wellcare.inbox.keys_store import ensure_keys
from wellcare.schedule.clock import SystemClock
from wellcare.vault import VaultManager

NOTE = "오늘 오전부터 폭언 민원이 계속되어 점심시간에 상담을 받고 싶습니다. 통화 후 손이 떨립니다. " * 4


def payload(i: int) -> dict[str, object]:
    content = RequestContent(
        type=list(RequestType)[i % 4],
        urgency=list(Urgency)[i % 3],
        times=(TimeWindow.LUNCH, TimeWindow.AFTER_SHIFT),
        contact_method=ContactMethod.PHONE,
        contact=f"010-{i % 10000:04d}-5678",
        times_note="수요일 제외",
        note=NOTE,
        attachments=(Attachment("incident", "3월 3일 10:12 · 폭언 · 많이 힘듦", "3월 3일 10:12 · 폭언 · 많이 힘듦"),)
        if i % 5 == 0
        else (),
    )
    return RequestPayload(
        content, ReplyKeypair.generate().public_b64(), new_id(), cancel_hash(new_cancel_secret())
    ).to_json()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--no-fsync", action="store_true", help="skip fsync on the share (the vault still syncs)")
    args = parser.parse_args()
    n = args.count

    with tempfile.TemporaryDirectory(prefix="wellcare-eap-bench-") as tmp:
        root = Path(tmp)
        vault = VaultManager(root / "coordinator").create("passphrase", "bench passphrase", role="coordinator").vault
        keys, _ = ensure_keys(vault)
        box = keys.public().box_key
        transport = FolderTransport.create(root / "exchange", fsync=not args.no_fsync)

        t0 = time.perf_counter()
        sealed = [seal(Kind.EAP_REQUEST, payload(i), box) for i in range(n)]
        t1 = time.perf_counter()
        for data in sealed:
            post(transport, data)
        t2 = time.perf_counter()

        clock = SystemClock()
        registry = build_registry(HandlerSetup(vault, keys, clock))
        handler = registry.get(Kind.EAP_REQUEST)
        assert handler is not None
        after = {"s": 0.0}
        original_after_run = handler.after_run

        def timed_after_run(t: FolderTransport) -> None:
            start = time.perf_counter()
            original_after_run(t)
            after["s"] += time.perf_counter() - start

        handler.after_run = timed_after_run  # type: ignore[method-assign]
        inbox = Inbox(vault, keys, registry, clock)
        t3 = time.perf_counter()
        report = inbox.import_once(transport)
        t4 = time.perf_counter()
        assert report.accepted == n and report.quarantined == 0, report
        assert len(transport.list(Folder.REPLIES)) == n and transport.list(Folder.INBOX) == []

        for data in sealed:  # every file again: the duplicate path (a replay, or a retried write)
            post(transport, data)
        t5 = time.perf_counter()
        again = inbox.import_once(transport)
        t6 = time.perf_counter()
        assert again.duplicates == n and again.accepted == 0
        size = (root / "coordinator" / "vault.db").stat().st_size
        vault.close()

    sizes = [len(d) for d in sealed]
    walk = (t4 - t3) - after["s"]
    print(f"envelopes: {n} eap_request  share fsync: {not args.no_fsync}  vault: SQLCipher 4, WAL, synchronous=FULL")
    print(f"size: mean {statistics.mean(sizes):.0f} B, max {max(sizes)} B; vault after import {size / 1e6:.1f} MB")
    print(f"seal (counselor side): {t1 - t0:7.2f} s  {n / (t1 - t0):8.0f} envelopes/s")
    print(f"post to inbox:         {t2 - t1:7.2f} s  {n / (t2 - t1):8.0f} envelopes/s")
    print(
        f"import, accepted:      {walk:7.2f} s  {n / walk:8.0f} envelopes/s  (read, open, check, store+receipt, remove)"
    )
    print(f"  + write receipts:    {after['s']:7.2f} s  {n / after['s']:8.0f} replies/s")
    print(f"  = whole run:         {t4 - t3:7.2f} s  {n / (t4 - t3):8.0f} envelopes/s")
    print(f"import, duplicates:    {t6 - t5:7.2f} s  {n / (t6 - t5):8.0f} envelopes/s")


if __name__ == "__main__":
    main()
