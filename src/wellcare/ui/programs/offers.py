"""Org offers on the counselor's side: read and verify them off the GUI thread, enroll, withdraw.

Trust: offers are verified against the coordinator's pinned key. When ``ctx.capabilities.pinned_keys``
is there (the EAP side's trust-on-first-use pin), its answer is used, and ``None`` from it means
"do not trust anything now" (a changed key not yet confirmed); without it, the policy's
[coordinator] keys are used. The share is read on a worker thread; the vault only on the GUI thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from enum import StrEnum

from PySide6.QtCore import QObject, Signal

from wellcare.exchange import CoordinatorPublicKeys, ExchangeError, FolderTransport, KeyFormatError, post
from wellcare.programs.enrollment import (
    EnrollAction,
    EnrollmentRequest,
    new_withdraw_secret,
    seal_enrollment,
    withdraw_hash,
)
from wellcare.programs.offers import Offer, OfferListing, read_offers
from wellcare.programs.seats import MyPlace, my_place
from wellcare.programs.store import OfferEnrollment, ProgramStore
from wellcare.ui.feature import AppContext
from wellcare.ui.messages import VaultError
from wellcare.ui.programs.tasks import run_in_background

log = logging.getLogger(__name__)

STALE = timedelta(minutes=5)  # a page opened later than this after the last read reads again


class OffersState(StrEnum):
    NOT_READ = "not_read"
    LOADING = "loading"
    READY = "ready"
    NO_ORG = "no_org"  # personal mode, or no exchange folder in the policy
    KEY_PROBLEM = "key_problem"  # keys malformed, or changed and not confirmed
    UNREACHABLE = "unreachable"  # the shared folder cannot be read


class OffersController(QObject):
    """Holds the last verified listing; pages show it and ask it to act."""

    changed = Signal()
    listed = Signal(object)  # an OfferListing just read and verified (after ``changed``): news is decided on it
    sent = Signal(str)  # offer id: an enrollment or withdrawal reached the shared folder
    failed = Signal(str)  # a sentence for the counselor

    def __init__(self, ctx: AppContext, store: Callable[[], ProgramStore | None]) -> None:
        super().__init__()
        self._ctx = ctx
        self._store = store
        self.state = OffersState.NOT_READ
        self.listing = OfferListing(offers=())
        self.checked_at: datetime | None = None
        self.busy: set[str] = set()

    # -- trust -------------------------------------------------------------------------------------

    def has_org(self) -> bool:
        """An organisation policy with an exchange folder: there can be offers to read."""
        policy = self._ctx.policy
        return not policy.personal_mode and bool(policy.get("exchange", "path"))

    def keys(self) -> tuple[CoordinatorPublicKeys | None, OffersState]:
        policy = self._ctx.policy
        if not self.has_org():
            return None, OffersState.NO_ORG
        pinned = self._ctx.capabilities.pinned_keys
        if pinned is not None:
            keys = pinned.pinned_keys()
            if isinstance(keys, CoordinatorPublicKeys):
                return keys, OffersState.READY
            return None, OffersState.KEY_PROBLEM
        try:
            return CoordinatorPublicKeys.from_policy(policy.section("coordinator")), OffersState.READY
        except KeyFormatError as exc:
            log.warning("coordinator keys in the policy are unusable: %s", exc.reason.value)
            return None, OffersState.KEY_PROBLEM

    def _folder(self) -> str:
        return str(self._ctx.policy.get("exchange", "path"))

    # -- reading -----------------------------------------------------------------------------------

    def refresh(self, *, if_stale: bool = False) -> None:
        if self.state is OffersState.LOADING:
            return
        now = self._ctx.clock.now()
        if if_stale and self.checked_at is not None and now - self.checked_at < STALE:
            return
        keys, state = self.keys()
        if keys is None:
            self.state, self.listing, self.checked_at = state, OfferListing(offers=()), now
            self.changed.emit()
            return
        self.state = OffersState.LOADING
        self.changed.emit()
        folder, verify = self._folder(), keys.verify_key
        run_in_background(lambda: read_offers(FolderTransport(folder), verify, now), self._loaded)

    def _loaded(self, listing: OfferListing | None, error: BaseException | None) -> None:
        self.checked_at = self._ctx.clock.now()
        if error is not None or listing is None:
            if not isinstance(error, ExchangeError | OSError):
                log.error("reading offers failed", exc_info=error)
            self.state, self.listing = OffersState.UNREACHABLE, OfferListing(offers=())
        else:
            for rejection in listing.rejected:
                log.warning("offer %s refused: %s", rejection.name, rejection.reason)
            self.state, self.listing = OffersState.READY, listing
        self.changed.emit()
        if self.state is OffersState.READY:
            self.listed.emit(self.listing)

    # -- enrolling ---------------------------------------------------------------------------------

    def enrollment(self, offer_id: str) -> OfferEnrollment | None:
        store = self._store()
        if store is None:
            return None
        try:
            return store.active_enrollment(offer_id)
        except VaultError:
            return None

    def place(self, offer: Offer) -> MyPlace | None:
        """This counselor's place in ``offer`` as the coordinator signed it; None when not enrolled."""
        current = self.enrollment(offer.offer_id)
        if current is None:
            return None
        secret = self._withdraw_secret(current)
        return my_place(offer, None if secret is None else withdraw_hash(secret))

    def _withdraw_secret(self, enrollment: OfferEnrollment) -> str | None:
        store = self._store()
        try:
            return store.withdraw_secret(enrollment.envelope_id) if store is not None else None
        except VaultError:
            return None

    def enroll(self, offer: Offer, share: dict[str, str]) -> None:
        secret, hashed = new_withdraw_secret()
        request = EnrollmentRequest(EnrollAction.ENROLL, offer.offer_id, offer.revision, share, withdraw_hash=hashed)

        def record(store: ProgramStore, envelope_id: str) -> None:
            store.add_enrollment(offer.offer_id, offer.revision, envelope_id, dict(share), offer.to_payload())
            store.keep_withdraw_secret(envelope_id, secret)

        self._send(offer.offer_id, request, record)

    def withdraw(self, offer_id: str) -> None:
        current = self.enrollment(offer_id)
        if current is None:
            return
        secret = self._withdraw_secret(current)
        if secret is None:
            self.failed.emit(self.tr("This enrollment cannot be withdrawn from here. Please contact the EAP office."))
            return
        request = EnrollmentRequest(
            EnrollAction.WITHDRAW, offer_id, current.revision, {}, enrollment=current.envelope_id, proof=secret
        )
        self._send(offer_id, request, lambda store, envelope_id: store.mark_withdrawn(current.envelope_id, envelope_id))

    def _send(self, offer_id: str, request: EnrollmentRequest, record: Callable[[ProgramStore, str], None]) -> None:
        if offer_id in self.busy:  # a second click while the first is on its way
            return
        keys, _state = self.keys()
        if keys is None:
            self.failed.emit(self.tr("The EAP office's key cannot be confirmed right now, so nothing was sent."))
            return
        envelope_id, data = seal_enrollment(request, keys.box_key, now=self._ctx.clock.now())
        folder = self._folder()
        self.busy.add(offer_id)
        self.changed.emit()

        def done(_name: object, error: BaseException | None) -> None:
            self.busy.discard(offer_id)
            if error is not None:
                if not isinstance(error, ExchangeError | OSError):
                    log.error("sending an enrollment failed", exc_info=error)
                self.failed.emit(
                    self.tr("The shared folder cannot be reached, so nothing was sent. Please try again later.")
                )
                self.changed.emit()
                return
            store = self._store()
            try:
                if store is not None:
                    record(store, envelope_id)
            except VaultError:
                log.error("an enrollment was sent but could not be recorded in the vault")
            self.sent.emit(offer_id)
            self.changed.emit()

        run_in_background(lambda: post(FolderTransport(folder), data), done)
