"""The coordinator publishing and withdrawing offers: the offer file, the folder's record, the write.

Qt-free; ``wellcare coordinator publish-offer|withdraw-offer`` is its front end.

- :func:`load_offer_file` reads an offer written in TOML (resources/programs/offer.example.toml)
  strictly: the format's own rules (:meth:`Offer.from_payload`, the same a counselor's app
  applies) plus :func:`check_authoring`, the rules of writing one (seats from 1, enrolment closes
  before the first date starts, no ``withdrawn`` in a file). :func:`check_current` refuses an
  offer whose last date has passed (counselors' apps would hide it at once).
- :func:`read_published` reads every file in offers/ that verifies with the coordinator's key,
  past and withdrawn ones included, grouped by ``offer_id`` and ranked the way readers rank them.
- :func:`plan_publish` and :func:`plan_withdraw` decide the revision to sign: an offer already
  published is only replaced on request, as the next revision, so every reader picks the new one.
- :func:`write_signed` writes the signed envelope (the transport writes a temp file and renames
  it in the same folder), reads it back as counselors will, then removes the files it replaces.
"""

from __future__ import annotations

import contextlib
import tomllib
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

from nacl.signing import SigningKey, VerifyKey

from wellcare.exchange import (
    Disposal,
    Envelope,
    EnvelopeError,
    Folder,
    Reason,
    Rejection,
    Transport,
    TransportError,
    import_folder,
    name_for,
    post,
    sign_offer,
)
from wellcare.programs.offers import Offer, OfferError, load_offer_toml, open_verified_offer

MAX_OFFER_FILE_BYTES = 256 * 1024  # a TOML offer is a few kilobytes; the signed envelope's limit is 256 KiB


class OfferFileError(ValueError):
    """An offer file that cannot be published: ``path``, ``key`` (may be empty) and ``problem``."""

    def __init__(self, path: Path, key: str, problem: str) -> None:
        self.path = path
        self.key = key
        self.problem = problem
        super().__init__(f"{path}: {key}: {problem}" if key else f"{path}: {problem}")


@dataclass(frozen=True)
class OfferFile:
    offer: Offer
    id_given: bool  # False: the id was made now, and will differ on the next run


def _iso(when: datetime) -> str:
    return when.isoformat(timespec="minutes")


def check_authoring(offer: Offer) -> None:
    """Rules for writing an offer that a reader does not need: raises OfferError naming the key."""
    if offer.seats is not None and offer.seats < 1:
        raise OfferError("seats", "must be 1 or more (leave it out for no limit)")
    if offer.enroll_by is not None and offer.enroll_by > offer.first_start:
        raise OfferError("enroll_by", f"must not be after the first start ({_iso(offer.first_start)})")
    if offer.withdrawn:
        raise OfferError("withdrawn", "cannot be set in an offer file; a published offer is withdrawn by its id")
    if offer.confirmed:
        raise OfferError("confirmed", "cannot be set in an offer file; places are confirmed from the enrollments")


def check_current(offer: Offer, now: datetime) -> None:
    """An offer whose last date has passed is hidden by every reader: refuse to publish it."""
    if offer.is_past(now):
        raise OfferError("dates", f"the last date ({_iso(offer.last_moment)}) has passed; counselors would not see it")


def load_offer_file(path: Path) -> OfferFile:
    """Read, parse and check an offer file; raises OfferFileError naming the file and the key."""
    try:
        with path.open("rb") as fh:
            raw = fh.read(MAX_OFFER_FILE_BYTES + 1)
    except OSError as exc:
        raise OfferFileError(path, "", f"cannot be read ({exc.strerror or exc})") from None
    if len(raw) > MAX_OFFER_FILE_BYTES:
        raise OfferFileError(path, "", f"is larger than {MAX_OFFER_FILE_BYTES // 1024} KiB; is it an offer file?")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise OfferFileError(path, "", "is not UTF-8 text") from None
    try:
        offer = load_offer_toml(text)
        check_authoring(offer)
    except OfferError as exc:
        raise OfferFileError(path, exc.key, exc.problem) from None
    return OfferFile(offer, id_given="offer_id" in tomllib.loads(text))


# ---------------------------------------------------------------------------- the offers folder


@dataclass(frozen=True)
class Published:
    """One verified file in offers/."""

    name: str
    offer: Offer


def _rank(item: Published) -> tuple[int, str, str]:
    # the order read_offers keeps the latest revision by
    return item.offer.revision, item.offer.created, item.offer.envelope_id


@dataclass(frozen=True)
class PublishedOffers:
    """What offers/ holds for one coordinator key: every revision of every offer, newest first."""

    revisions: dict[str, tuple[Published, ...]] = field(default_factory=dict)
    refused: tuple[Rejection, ...] = ()  # files that do not verify with this key, or do not read

    @property
    def files(self) -> int:
        return sum(len(r) for r in self.revisions.values()) + len(self.refused)

    def latest(self, offer_id: str) -> Published | None:
        found = self.revisions.get(offer_id)
        return found[0] if found else None


def read_published(transport: Transport, verify_key: VerifyKey) -> PublishedOffers:
    """Every file in offers/ that verifies with ``verify_key``; never moves or deletes anything.

    Raises TransportError when the folder cannot be listed at all.
    """
    found: dict[str, list[Published]] = {}

    def opener(data: bytes) -> Envelope:
        return open_verified_offer(data, verify_key)[0]

    def accept(envelope: Envelope) -> None:
        offer = replace(Offer.from_payload(envelope.payload), envelope_id=envelope.id, created=envelope.created)
        found.setdefault(offer.offer_id, []).append(Published(name_for(envelope.id), offer))

    summary = import_folder(
        transport, Folder.OFFERS, opener, is_seen=lambda _id: False, on_accept=accept, disposal=Disposal.LEAVE
    )
    revisions = {k: tuple(sorted(v, key=_rank, reverse=True)) for k, v in found.items()}
    # another public kind in the folder (a surge notice) is not an offer that failed
    refused = tuple(r for r in summary.reasons if r.reason != Reason.WRONG_KIND.value)
    return PublishedOffers(revisions=revisions, refused=refused)


# ---------------------------------------------------------------------------- publishing


class AlreadyPublished(Exception):
    """An offer with this id is in offers/ and replacing it was not asked for."""

    def __init__(self, published: Published) -> None:
        self.published = published
        super().__init__(f"offer {published.offer.offer_id} is already published (revision {published.offer.revision})")


class NotPublished(LookupError):
    """No file in offers/ that verifies holds this offer id."""

    def __init__(self, offer_id: str) -> None:
        self.offer_id = offer_id
        super().__init__(f"no published offer has the id {offer_id}")


@dataclass(frozen=True)
class Plan:
    """The offer to sign and the files it makes obsolete (removed once it is written)."""

    offer: Offer
    replaces: tuple[Published, ...] = ()
    nothing_to_do: bool = False  # withdrawing an offer whose latest revision is already withdrawn

    @property
    def previous(self) -> Published | None:
        return self.replaces[0] if self.replaces else None


def plan_publish(offer: Offer, published: PublishedOffers, *, replace_existing: bool = False) -> Plan:
    """A new offer as it is; one already published only with ``replace_existing``, as its next revision.

    Readers keep the highest revision (ties fall to the hour it was written, then a random id), so
    a replacement always gets a higher revision than any published one: the file's own, if higher.
    """
    existing = published.revisions.get(offer.offer_id, ())
    if not existing:
        return Plan(offer)
    if not replace_existing:
        raise AlreadyPublished(existing[0])
    revision = max(offer.revision, max(p.offer.revision for p in existing) + 1)
    return Plan(replace(offer, revision=revision), existing)


def plan_withdraw(offer_id: str, published: PublishedOffers) -> Plan:
    """The next revision of the latest published one, marked withdrawn. Raises NotPublished.

    When the latest revision is already withdrawn, the plan's offer is that revision and
    ``nothing_to_do`` is set.
    """
    existing = published.revisions.get(offer_id, ())
    if not existing:
        raise NotPublished(offer_id)
    latest = existing[0].offer
    if latest.withdrawn:
        return Plan(latest, existing, nothing_to_do=True)
    revision = max(p.offer.revision for p in existing) + 1
    return Plan(replace(latest, revision=revision, withdrawn=True, envelope_id="", created=""), existing)


def sign(offer: Offer, signing_key: SigningKey, *, now: datetime | None = None) -> bytes:
    """The signed envelope; the payload is validated first. EnvelopeError(TOO_LARGE) if it is too big."""
    payload = offer.to_payload()
    Offer.from_payload(payload)
    return sign_offer(payload, signing_key, now=now)


@dataclass(frozen=True)
class Written:
    name: str
    removed: tuple[str, ...] = ()
    not_removed: tuple[tuple[str, str], ...] = ()  # (file name, why)


def write_signed(transport: Transport, data: bytes, plan: Plan, verify_key: VerifyKey) -> Written:
    """Write ``data`` to offers/, check it reads back verified, then remove the files it replaces.

    The transport writes atomically (a temp file in the same folder, then a rename) and removes
    its temp file when the write fails: a TransportError then means nothing was published. A file
    that does not read back verified is removed again (EnvelopeError, or TransportError when it
    cannot be read back); the old files stay.
    """
    name = post(transport, data)
    try:
        open_verified_offer(transport.read(Folder.OFFERS, name), verify_key)
    except (EnvelopeError, TransportError):
        with contextlib.suppress(TransportError):
            transport.remove(Folder.OFFERS, name)
        raise
    removed: list[str] = []
    not_removed: list[tuple[str, str]] = []
    for old in plan.replaces:
        try:
            transport.remove(Folder.OFFERS, old.name)
        except TransportError as exc:  # harmless: readers keep the higher revision
            not_removed.append((old.name, exc.detail))
        else:
            removed.append(old.name)
    return Written(name, tuple(removed), tuple(not_removed))
