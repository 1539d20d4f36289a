"""Our JSON, written and read back: `{"schema_version": 2, "nights", "events", "tags",
"medications", "labs", "episodes"}` (the last three: `rls_json`; schema 1 lacks them).

Each night holds its fields, a `derived` object and `factors` as `{key: {"value", "source"}}`;
`tags` lists every user tag (also unused ones) so nothing is lost on a round trip. Written one
night or event per line. On import, a night's fields replace those in the journal, and its
`factors` object, when present, is that night's complete set of factors, each keeping the
source it records.
"""

from __future__ import annotations

import json
from datetime import date, datetime, time
from typing import Any, TextIO, cast

from companion.core.events import ANSWERS, Answer, RoutineEvent
from companion.core.journal import (
    DERIVED,
    NIGHT_FIELDS,
    SOURCES,
    TAG_PREFIX,
    FactorValue,
    JournalValueError,
    Measure,
    Source,
    derived_values,
    format_clock,
    measure_for_factor,
)
from companion.core.words import translate
from companion.store.formats.batch import (
    Batch,
    ImportFileError,
    NightUpdate,
    parse_night_date,
    tag_column,
)
from companion.store.formats.json_positions import (
    HugeNumberError,
    bounded_int,
    element_lines,
    line_of,
)
from companion.store.formats.limits import (
    brief,
    checked_field,
    checked_time,
    checked_value,
)
from companion.store.formats.rls_json import ARRAYS, read_rls_arrays, rls_arrays
from companion.store.journal_store import JournalStore

SCHEMA_VERSION = 2
STEP_MAX = 40

# --- writing ----------------------------------------------------------------------------------


def _iso(value: object) -> object:
    if isinstance(value, time):
        return format_clock(value)
    return value.isoformat() if isinstance(value, datetime) else value


def json_document(store: JournalStore) -> dict[str, Any]:
    """The JSON export as plain Python data."""
    factors = store.all_factors()
    nights: list[dict[str, Any]] = []
    for night in store.nights():
        item: dict[str, Any] = {"night": night.night.isoformat()}
        item.update({m.key: _iso(getattr(night, m.key)) for m in NIGHT_FIELDS})
        derived = derived_values(night)
        item["derived"] = {m.key: _iso(derived[m.key]) for m in DERIVED}
        item["factors"] = {
            key: {"value": fv.value, "source": fv.source}
            for key, fv in sorted(factors.get(night.night, {}).items())
        }
        nights.append(item)
    return {
        "schema_version": SCHEMA_VERSION,
        "nights": nights,
        "events": [event_to_json(e) for e in store.all_events()],
        "tags": [m.label for m in store.factor_definitions() if m.is_tag],
        **rls_arrays(store),
    }


def event_to_json(e: RoutineEvent) -> dict[str, Any]:
    return {
        "night": e.night.isoformat(),
        "step": e.step,
        "planned_at": e.planned_at.isoformat(),
        "shown_at": _iso(e.shown_at),
        "answer": e.answer,
        "answered_at": _iso(e.answered_at),
    }


def write_json(store: JournalStore, out: TextIO) -> None:
    """One night or event per line: readable, diff- and grep-friendly, and fast to write
    (the C encoder only runs without `indent`); import errors then point at a useful line."""
    doc = json_document(store)
    out.write(f'{{"schema_version": {doc["schema_version"]},\n')
    for key in ("nights", "events", *ARRAYS):
        items = doc[key]
        out.write(f' "{key}": [')
        out.write(",".join(f"\n  {_compact(item)}" for item in items))
        out.write("\n ],\n" if items else "],\n")
    out.write(f' "tags": {_compact(doc["tags"])}}}\n')


def _compact(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


# --- reading ----------------------------------------------------------------------------------


def parse_json(text: str, name: str) -> Batch:
    """Read and check a whole JSON export."""
    try:
        doc = json.loads(text, parse_int=bounded_int)
    except json.JSONDecodeError as exc:
        raise ImportFileError(
            name,
            exc.lineno,
            "",
            translate("Import", "is not valid JSON: {cause}").format(cause=exc.msg),
        ) from None
    except HugeNumberError as exc:
        raise ImportFileError(name, line_of(text, exc.digits), exc.key(text), exc.problem) from None
    except RecursionError:
        # Our export nests four levels deep; thousands of brackets are not one of ours.
        raise ImportFileError(
            name, None, "", translate("Import", "nests too deeply to be a journal export")
        ) from None
    _check_top_level(doc, name)
    batch = Batch("json", name, line_finder=lambda i: element_lines(text, "nights")[i])
    tags = doc.get("tags", [])
    if not isinstance(tags, list):
        raise ImportFileError(name, 1, "tags", translate("Import", "must be a list of tag names"))
    for tag in tags:
        if not isinstance(tag, str):
            raise ImportFileError(
                name,
                1,
                "tags",
                translate("Import", "{value} is not a tag name").format(value=brief(tag)),
            )
        batch.tags.append(tag_column(name, 1, TAG_PREFIX + tag).key)
    # Entries are parsed without positions (fast); the line is found only for a message.
    first_index: dict[date, int] = {}
    for i, item in enumerate(_json_list(doc, "nights", name)):
        try:
            update = _json_night(item, name, i)
        except ImportFileError as exc:
            raise exc.at_line(element_lines(text, "nights")[i]) from None
        if update.night in first_index:
            lines = element_lines(text, "nights")
            raise ImportFileError(
                name,
                lines[i],
                "night",
                translate("Import", "{night} appears twice (first on line {first})").format(
                    night=update.night, first=lines[first_index[update.night]]
                ),
            )
        first_index[update.night] = i
        batch.nights.append(update)
    for i, item in enumerate(_json_list(doc, "events", name)):
        try:
            batch.events.append(_json_event(item, name, i))
        except ImportFileError as exc:
            raise exc.at_line(element_lines(text, "events")[i]) from None
    read_rls_arrays(doc, batch, name, lambda key: element_lines(text, key))
    return batch


def _check_top_level(doc: object, name: str) -> None:
    if not isinstance(doc, dict) or "schema_version" not in doc:
        raise ImportFileError(
            name,
            1,
            "schema_version",
            translate("Import", "is missing: not a Bedtime Companion export"),
        )
    version = doc["schema_version"]
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise ImportFileError(
            name,
            1,
            "schema_version",
            translate("Import", "{value} is not a version number").format(value=brief(version)),
        )
    if version > SCHEMA_VERSION:
        raise ImportFileError(
            name,
            1,
            "schema_version",
            translate(
                "Import",
                "{version} comes from a newer version of the app (this one reads up to {latest})",
            ).format(version=version, latest=SCHEMA_VERSION),
        )
    unknown = set(doc) - {"schema_version", "nights", "events", "tags", *ARRAYS}
    if unknown:
        raise ImportFileError(
            name, 1, sorted(unknown)[0], translate("Import", "is not part of the export format")
        )


def _json_list(doc: dict[str, Any], key: str, name: str) -> list[Any]:
    value = doc.get(key, [])
    if not isinstance(value, list):
        raise ImportFileError(name, 1, key, translate("Import", "must be a list"))
    return value


_JSON_NIGHT_KEYS = {"night", "derived", "factors", *(m.key for m in NIGHT_FIELDS)}


def _json_night(item: object, name: str, line: int) -> NightUpdate:
    if not isinstance(item, dict):
        raise ImportFileError(
            name, line, "nights", translate("Import", "each night must be an object")
        )
    for key in item:
        if key not in _JSON_NIGHT_KEYS:
            raise ImportFileError(name, line, key, translate("Import", "is not a night field"))
    raw_night = item.get("night")
    if not isinstance(raw_night, str):
        raise ImportFileError(name, line, "night", translate("Import", "is missing"))
    update = NightUpdate(parse_night_date(raw_night, name, line), line)
    for m in NIGHT_FIELDS:
        if m.key not in item:
            continue
        value = item[m.key]
        try:
            update.fields[m.key] = _json_field(m, value)
        except JournalValueError as exc:
            raise ImportFileError(name, line, m.key, exc.message) from None
    if "factors" in item:
        factors = item["factors"]
        if not isinstance(factors, dict):
            raise ImportFileError(name, line, "factors", translate("Import", "must be an object"))
        update.replace_all_factors = True
        for key, raw in factors.items():
            column = f"factors.{key}"
            try:
                m = measure_for_factor(key)
                value, source = _json_factor(raw)
                update.factors[m.key] = FactorValue(m.key, checked_value(m, value), source)
            except JournalValueError as exc:
                raise ImportFileError(name, line, column, exc.message) from None
    return update


def _json_field(m: Measure, value: object) -> object:
    if value is None:
        return "" if m.kind == "text" else None
    if m.kind == "yes_no":
        if not isinstance(value, bool):
            raise JournalValueError(
                m.key,
                translate("Import", "{value} is not true or false").format(value=brief(value)),
            )
        return value
    if m.kind in ("time", "clock", "choice", "text"):
        if not isinstance(value, str):
            raise JournalValueError(
                m.key, translate("Import", "{value} must be text").format(value=brief(value))
            )
        if m.kind != "text" and not value.strip():
            raise JournalValueError(
                m.key, translate("Import", "is empty; use null for not recorded")
            )
        return checked_field(m, value)
    if isinstance(value, bool) or not isinstance(value, int):
        raise JournalValueError(
            m.key, translate("Import", "{value} is not a whole number").format(value=brief(value))
        )
    return checked_field(m, str(value))


def _json_factor(raw: object) -> tuple[str, Source]:
    if isinstance(raw, str):
        return raw, "import"
    if not isinstance(raw, dict) or set(raw) - {"value", "source"}:
        raise JournalValueError("factors", translate("Import", 'must be {"value": …, "source": …}'))
    value, source = raw.get("value"), raw.get("source", "import")
    if not isinstance(value, str):
        raise JournalValueError(
            "factors", translate("Import", "value {value} must be text").format(value=brief(value))
        )
    if source not in SOURCES:
        raise JournalValueError(
            "factors",
            translate("Import", "source {value} is not one of {choices}").format(
                value=brief(source), choices=", ".join(SOURCES)
            ),
        )
    return value, cast(Source, source)


_EVENT_KEYS = ("night", "step", "planned_at", "shown_at", "answer", "answered_at")


def _json_event(item: object, name: str, line: int) -> RoutineEvent:
    if not isinstance(item, dict):
        raise ImportFileError(
            name, line, "events", translate("Import", "each event must be an object")
        )
    for key in item:
        if key not in _EVENT_KEYS:
            raise ImportFileError(name, line, key, translate("Import", "is not an event field"))
    for key in ("night", "step", "planned_at"):
        if not isinstance(item.get(key), str):
            raise ImportFileError(name, line, key, translate("Import", "is missing or not text"))
    night = parse_night_date(item["night"], name, line)
    step = item["step"]
    if not step.strip() or len(step) > STEP_MAX:
        raise ImportFileError(
            name,
            line,
            "step",
            translate("Import", "{value} is not a step name").format(value=brief(step)),
        )
    answer = item.get("answer")
    if answer is not None and answer not in ANSWERS:
        raise ImportFileError(
            name,
            line,
            "answer",
            translate("Import", "{value} is not one of {choices} or null").format(
                value=brief(answer), choices=", ".join(ANSWERS)
            ),
        )
    try:
        return RoutineEvent(
            night=night,
            step=step,
            planned_at=checked_time(item["planned_at"], "planned_at"),
            shown_at=_optional_time(item.get("shown_at"), "shown_at"),
            answer=cast("Answer | None", answer),
            answered_at=_optional_time(item.get("answered_at"), "answered_at"),
        )
    except JournalValueError as exc:
        raise ImportFileError(name, line, exc.field, exc.message) from None


def _optional_time(value: object, key: str) -> datetime | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise JournalValueError(
            key, translate("Import", "{value} is not a date and time").format(value=brief(value))
        )
    return checked_time(value, key)
