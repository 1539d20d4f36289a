"""Sleep as Android's `sleep-export` (.zip or .csv), read into the journal (we never write it).

Each record's start and end (from its epoch `Id` and `Hours`, so no DST guessing) go to
into-bed and out-of-bed of the night it began in; records of one night are spanned (earliest
start, latest end). They only fill fields that are still empty — a time the user entered is
never overwritten. Its 0–5 rating is kept as the `saa_rating` factor, never as our quality
score; its hashtags become tags. Its free-text comment is not imported.
"""

from __future__ import annotations

import io
import re
import struct
import zipfile
import zlib
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from companion.core.journal import (
    MEASURE_BY_KEY,
    FactorValue,
    JournalValueError,
    parse_value,
    tag_key,
)
from companion.core.nights import night_of
from companion.core.words import translate
from companion.store.formats.batch import Batch, ImportFileError, NightUpdate, csv_rows, decode
from companion.store.formats.limits import MAX_FILE_BYTES, brief, date_problem

SAA_MEMBER = "sleep-export.csv"
MAX_SAA_BYTES = MAX_FILE_BYTES  # a decade of actigraphy is far less; guards against zip bombs
HEADER_START = "Id,"  # how a bare sleep-export.csv begins

_SAA_COLUMNS = ("Id", "Tz", "Hours", "Rating", "Comment")
_HASHTAG = re.compile(r"#([^\s#]+)")
_MULTIPLIER = re.compile(r"_\d+x$")
_DECIMAL = re.compile(r"-?[0-9]+(\.[0-9]+)?")


# What a damaged, encrypted or odd archive raises from zipfile (zlib.error, a negative seek,
# an undecodable member name, a member cut short, an unsupported compression, a password).
_ZIP_ERRORS = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    zlib.error,
    EOFError,
    OSError,
    ValueError,
    NotImplementedError,
    RuntimeError,
    struct.error,
    OverflowError,
)


def saa_from_zip(data: bytes, name: str) -> str:
    """The text of the sleep-export.csv inside a zip archive (unpacked to at most
    MAX_SAA_BYTES, whatever the archive claims: a zip bomb stops there)."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except _ZIP_ERRORS:
        raise ImportFileError(
            name, None, "", translate("Import", "is not a readable zip archive")
        ) from None
    with archive:
        members = [i for i in archive.infolist() if Path(i.filename).name == SAA_MEMBER]
        if not members:
            raise ImportFileError(
                name,
                None,
                "",
                translate("Import", "has no {member} inside").format(member=SAA_MEMBER),
            )
        member = f"{name}/{members[0].filename}"
        if members[0].flag_bits & 0x1:
            raise ImportFileError(
                member,
                None,
                "",
                translate("Import", "is encrypted; export it again without a password"),
            )
        if members[0].file_size > MAX_SAA_BYTES:
            raise ImportFileError(
                member, None, "", translate("Import", "is too large to be a sleep export")
            )
        try:
            with archive.open(members[0]) as handle:
                raw = handle.read(MAX_SAA_BYTES + 1)
        except _ZIP_ERRORS as exc:
            problem = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            raise ImportFileError(
                member,
                None,
                "",
                translate("Import", "cannot be unpacked ({cause})").format(cause=problem),
            ) from None
    if len(raw) > MAX_SAA_BYTES:
        raise ImportFileError(
            member, None, "", translate("Import", "is too large to be a sleep export")
        )
    return decode(raw, member)


@dataclass(frozen=True)
class _SaaRecord:
    line: int
    start: datetime
    end: datetime
    hours: float
    rating: float
    id_ms: int
    tags: tuple[str, ...]


def parse_saa(text: str, name: str) -> Batch:
    """Read and check a whole sleep-export.csv: one night update per night its records began."""
    records: list[_SaaRecord] = []
    header: list[str] | None = None
    waiting_for_data = False
    for line, row in csv_rows(text, name):
        if not row or not any(cell.strip() for cell in row):
            continue
        if row[0] == "Id":
            header, waiting_for_data = row, True
            continue
        if header is None:
            raise ImportFileError(
                name, line, "Id", translate("Import", "a record comes before any header line")
            )
        if not waiting_for_data:
            continue  # the optional third line of a record (noise levels)
        waiting_for_data = False
        records.append(_saa_record(dict(zip(header, row, strict=False)), name, line))
    if header is None:
        raise ImportFileError(name, 1, "", translate("Import", "holds no Sleep as Android records"))
    batch = Batch("saa", name)
    by_night: dict[date, list[_SaaRecord]] = {}
    for record in records:
        by_night.setdefault(night_of(record.start), []).append(record)
    for night, group in sorted(by_night.items()):
        batch.nights.append(_night_update(night, group, name))
    return batch


def _night_update(night: date, group: list[_SaaRecord], name: str) -> NightUpdate:
    update = NightUpdate(night, group[0].line, fill_only_empty=True)
    update.fields["into_bed_at"] = min(r.start for r in group)
    update.fields["out_of_bed_at"] = max(r.end for r in group)
    rated = [r for r in group if r.rating > 0]
    if rated:
        # The main sleep of the night speaks for it: the longest rated record.
        best = max(rated, key=lambda r: (r.hours, r.id_ms))
        m = MEASURE_BY_KEY["saa_rating"]
        try:
            value = parse_value(m, str(best.rating))
        except JournalValueError as exc:  # e.g. 0.2: above "no rating", below the scale
            raise ImportFileError(name, best.line, "Rating", exc.message) from None
        update.factors[m.key] = FactorValue(m.key, value, "import")
    for tag in sorted({t for r in group for t in r.tags}):
        update.factors[tag] = FactorValue(tag, "yes", "import")
    return update


def _saa_record(cells: dict[str, str], name: str, line: int) -> _SaaRecord:
    for column in _SAA_COLUMNS:
        if column not in cells:
            raise ImportFileError(
                name, line, column, translate("Import", "is missing from this record")
            )

    def fail(column: str, problem: str) -> ImportFileError:
        return ImportFileError(name, line, column, problem)

    raw_id = cells["Id"].strip()
    if not (raw_id.isascii() and raw_id.isdigit()) or len(raw_id) > 15:
        raise fail(
            "Id",
            translate("Import", "{value} is not a start time in epoch milliseconds").format(
                value=brief(raw_id)
            ),
        )
    try:
        if len(cells["Tz"]) > 64:
            raise ValueError(cells["Tz"])
        zone = ZoneInfo(cells["Tz"].strip())
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise fail(
            "Tz",
            translate("Import", "{value} is not a known time zone").format(
                value=brief(cells["Tz"])
            ),
        ) from None
    hours = _saa_number(
        cells["Hours"],
        0,
        48,
        fail(
            "Hours",
            translate("Import", "{value} is not 0–48 h").format(value=brief(cells["Hours"])),
        ),
    )
    rating = _saa_number(
        cells["Rating"],
        0,
        5,
        fail(
            "Rating", translate("Import", "{value} is not 0–5").format(value=brief(cells["Rating"]))
        ),
    )
    id_ms = int(raw_id)
    try:
        start = _minute(id_ms, zone)
        end = _minute(id_ms + round(hours * 3_600_000), zone)
    except (OverflowError, OSError, ValueError):
        raise fail(
            "Id",
            translate("Import", "{value} is not a plausible start time").format(value=repr(raw_id)),
        ) from None
    problem = date_problem(start.date()) or date_problem(end.date())
    if problem:
        raise fail(
            "Id",
            translate("Import", "{value} starts a night the app cannot show ({cause})").format(
                value=repr(raw_id), cause=problem
            ),
        )
    return _SaaRecord(line, start, end, hours, rating, id_ms, _saa_tags(cells["Comment"]))


def _saa_number(text: str, low: float, high: float, error: ImportFileError) -> float:
    if len(text) > 40 or not _DECIMAL.fullmatch(text.strip()):
        raise error
    value = float(text)
    if not low <= value <= high:
        raise error
    return value


def _minute(epoch_ms: int, zone: ZoneInfo) -> datetime:
    """The local time of an epoch instant, down to the minute, with its fixed UTC offset."""
    moment = datetime.fromtimestamp((epoch_ms - epoch_ms % 60_000) / 1000, zone)
    offset = moment.utcoffset() or timedelta(0)
    return moment.replace(tzinfo=timezone(offset))


def _saa_tags(comment: str) -> tuple[str, ...]:
    tags: list[str] = []
    for raw in _HASHTAG.findall(comment.replace("\\n", " ")):
        try:
            tags.append(tag_key(_MULTIPLIER.sub("", raw).lower()))
        except JournalValueError:
            continue  # an odd hashtag is not worth refusing a whole history for
    return tuple(tags)
