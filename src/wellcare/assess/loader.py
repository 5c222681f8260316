"""Find, read and validate instrument files: the built-ins plus any org packs.

An org pack is a folder of <id>.json files in the same format, for instruments the organization
holds permission to use. Ids must be unique across everything loaded, so a pack can never
silently replace a shipped instrument.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from wellcare.assess.errors import InstrumentFormatError, UnknownInstrumentError
from wellcare.assess.model import Instrument
from wellcare.assess.validate import read_instrument
from wellcare.datafile import read_json_file
from wellcare.paths import resource_dir


def builtin_dir() -> Path:
    """The shipped resources/instruments folder."""
    return resource_dir() / "instruments"


def load_instrument(path: Path) -> Instrument:
    """Read one <id>.json file; raises InstrumentFormatError naming the file and key."""
    data = read_json_file(path, InstrumentFormatError)
    return replace(read_instrument(data, str(path), expected_id=path.stem), source_path=path)


@dataclass(frozen=True)
class Catalog:
    """The loaded instruments by id, built-ins first, then org packs in folder order."""

    instruments: Mapping[str, Instrument]
    builtin_ids: frozenset[str] = frozenset()

    def get(self, instrument_id: str) -> Instrument:
        try:
            return self.instruments[instrument_id]
        except KeyError:
            raise UnknownInstrumentError(instrument_id, self.ids) from None

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(self.instruments)

    def is_builtin(self, instrument_id: str) -> bool:
        return instrument_id in self.builtin_ids

    def __contains__(self, instrument_id: object) -> bool:
        return instrument_id in self.instruments

    def __iter__(self) -> Iterator[Instrument]:
        return iter(self.instruments.values())

    def __len__(self) -> int:
        return len(self.instruments)


def load_catalog(extra_dirs: Iterable[Path] = (), *, include_builtins: bool = True) -> Catalog:
    """Load the built-ins and every *.json in each extra folder; any bad file stops the load."""
    found: dict[str, Instrument] = {}
    builtin: set[str] = set()
    folders = ([builtin_dir()] if include_builtins else []) + [Path(d) for d in extra_dirs]
    for index, folder in enumerate(folders):
        if not folder.is_dir():
            raise InstrumentFormatError(str(folder), "", "is not a folder of instrument files")
        for path in sorted(folder.glob("*.json")):
            instrument = load_instrument(path)
            if instrument.id in found:
                other = found[instrument.id].source_path
                raise InstrumentFormatError(str(path), "id", f"{instrument.id!r} is already defined by {other}")
            found[instrument.id] = instrument
            if include_builtins and index == 0:
                builtin.add(instrument.id)
    return Catalog(found, frozenset(builtin))


@dataclass(frozen=True)
class PackLoad:
    """The built-ins plus every org-pack file that passed; each skipped file is named in `problems`."""

    catalog: Catalog
    problems: tuple[str, ...] = ()


def pack_files(folder: Path) -> list[Path]:
    """The instrument files of a pack folder: its own *.json, then those of each pack sub-folder."""
    return sorted(folder.glob("*.json")) + sorted(p for p in folder.glob("*/*.json") if p.parent.is_dir())


def load_with_packs(pack_folder: Path | None) -> PackLoad:
    """The built-ins (strictly: a broken install raises) and the organisation's packs, leniently.

    Each pack file is validated as strictly as a built-in, but a bad one is skipped with a
    one-line problem naming the file and the key, so one broken pack never takes the self-checks
    (or the app) down with it. A pack can never replace a built-in or an earlier pack (same id).
    """
    builtins = load_catalog()
    if pack_folder is None:
        return PackLoad(builtins)
    if not pack_folder.is_dir():
        return PackLoad(builtins, (f"{pack_folder}: the instrument-pack folder does not exist",))
    found = dict(builtins.instruments)
    problems: list[str] = []
    for path in pack_files(pack_folder):
        try:
            instrument = load_instrument(path)
        except InstrumentFormatError as exc:
            problems.append(str(exc))
            continue
        except (ValueError, TypeError, ArithmeticError, RecursionError) as exc:  # never let a pack crash the app
            problems.append(f"{path}: is not a usable instrument file ({type(exc).__name__})")
            continue
        if instrument.id in found:
            other = found[instrument.id].source_path
            problems.append(f"{path}: id: {instrument.id!r} is already defined by {other}; skipped")
            continue
        found[instrument.id] = instrument
    return PackLoad(Catalog(found, builtins.builtin_ids), tuple(problems))
