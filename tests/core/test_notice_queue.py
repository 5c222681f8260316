"""The notification queue rule, without Qt: nothing during a call or a break, order kept."""

from __future__ import annotations

from wellcare.notice_queue import Notice, NoticeQueue


def test_notices_wait_for_every_hold_and_come_in_order() -> None:
    queue = NoticeQueue()
    on_call, on_break = [True], [False]
    queue.add_hold("call", lambda: on_call[0])
    remove_break = queue.add_hold("break", lambda: on_break[0])
    assert queue.offer(Notice("Check-in", "How are you?")) == []
    on_break[0] = True  # the call held a due break: it is waiting for the after-call grace
    on_call[0] = False
    assert queue.release() == [] and queue.held_by() == ["break"]
    assert queue.offer(Notice("Reply", "A reply arrived.")) == []
    on_break[0] = False
    assert queue.release() == [Notice("Check-in", "How are you?"), Notice("Reply", "A reply arrived.")]
    assert queue.waiting == [] and queue.release() == []
    on_break[0] = True
    remove_break()
    assert queue.offer(Notice("Now", "Shown at once.")) == [Notice("Now", "Shown at once.")]
