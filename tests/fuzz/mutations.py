"""Hostile import files: seeded mutations of valid exports (our CSV and JSON, Sleep as Android).

`mutated_files(seeds, rng, count)` yields (kind, name, bytes) where kind names the mutation, so a
failure can be reproduced from the seed and the index alone.
"""

from __future__ import annotations

import io
import random
import re
import struct
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

# In CI the shared folder sits beside the repository: <repo>/../shared/testdata.
SAA_SAMPLES = Path(__file__).resolve().parents[2].parent / "shared/testdata/sleep-as-android"

SAA_MEMBER = "sleep-export.csv"


@dataclass(frozen=True)
class Seed:
    """A valid file to start from: its format ('csv', 'json', 'saa-csv', 'saa-zip')."""

    fmt: str
    data: bytes


def synthetic_saa_csv(nights: int = 5) -> bytes:
    """A sleep-export.csv in Sleep as Android's layout, for when the real samples are absent."""
    lines: list[str] = []
    start = 1_700_000_000_000
    for i in range(nights):
        ident = start + i * 86_400_000
        lines.append(
            "Id,Tz,From,To,Sched,Hours,Rating,Comment,Framerate,Snore,Noise,Cycles,"
            'DeepSleep,LenAdjust,Geo,"23:00","23:05"'
        )
        lines.append(
            f'"{ident}","Europe/Berlin","14. 11. 2023 22:13","15. 11. 2023 6:40",'
            f'"15. 11. 2023 6:40","8.45","{i % 5 + 1}.0","#dream #coffee_2x","10000",'
            '"-1","-1.0","4","0.32","0","","0.1","0.2"'
        )
        lines.append('Event,"DEEP_START-1700000100000","DEEP_END-1700000200000"')
    return ("\n".join(lines) + "\n").encode()


def saa_zip(csv_bytes: bytes) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(SAA_MEMBER, csv_bytes)
        archive.writestr("prefs.xml", b"<map/>")
    return buffer.getvalue()


def saa_seeds() -> tuple[list[Seed], bool]:
    """Seeds from the real Sleep as Android samples, or synthetic ones; True if real."""
    zips = sorted(SAA_SAMPLES.glob("*.zip")) if SAA_SAMPLES.is_dir() else []
    if not zips:
        text = synthetic_saa_csv()
        return [Seed("saa-csv", text), Seed("saa-zip", saa_zip(text))], False
    seeds: list[Seed] = []
    for path in zips:
        data = path.read_bytes()
        seeds.append(Seed("saa-zip", data))
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            seeds.append(Seed("saa-csv", archive.read(SAA_MEMBER)))
    return seeds, True


# --- mutations of any bytes ---------------------------------------------------------------


def _flip(rng: random.Random, data: bytes) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        if out:
            out[rng.randrange(len(out))] ^= 1 << rng.randrange(8)
    return bytes(out)


def _truncate(rng: random.Random, data: bytes) -> bytes:
    return data[: rng.randrange(len(data) + 1)]


def _splice(rng: random.Random, data: bytes) -> bytes:
    at = rng.randrange(len(data) + 1)
    junk = bytes(rng.randrange(256) for _ in range(rng.randint(1, 40)))
    return data[:at] + junk + data[at + rng.randint(0, 20) :]


def _bom(rng: random.Random, data: bytes) -> bytes:
    return b"\xef\xbb\xbf" + data


def _crlf(rng: random.Random, data: bytes) -> bytes:
    return data.replace(b"\r\n", b"\n").replace(b"\n", rng.choice([b"\r\n", b"\r", b"\n\n"]))


def _latin1(rng: random.Random, data: bytes) -> bytes:
    text = data.decode("utf-8", "replace") + "\nÄrger über Übelkeit"
    return text.encode("latin-1", "replace")


def _nul(rng: random.Random, data: bytes) -> bytes:
    at = rng.randrange(len(data) + 1)
    return data[:at] + b"\x00" * rng.randint(1, 4) + data[at:]


_HUGE = [
    "9" * 400,
    "9" * 5000,
    "-" + "9" * 309,
    "1e999",
    "NaN",
    "Infinity",
    "9999-12-31",
    "0001-01-01",
    "9999-12-31T23:59:00+14:00",
    "0001-01-01T00:00:00-14:00",
    "²²",
    "٣",
    "",
    "yes",
    "[]",
    "{}",
    "null",
    "true",
    '"x"',
    "\ud800".encode("utf-8", "surrogatepass").decode("latin-1"),
]

_TOKEN = re.compile(rb'-?\d[\d.:T+-]*|"[^"\n]{0,40}"|\byes\b|\bnull\b|\btrue\b')


def _value(rng: random.Random, data: bytes) -> bytes:
    """Replace some numbers, dates or strings with huge numbers, far dates or other types."""
    matches = list(_TOKEN.finditer(data))
    if not matches:
        return data + rng.choice(_HUGE).encode("utf-8", "surrogatepass")
    out = data
    for m in sorted(
        rng.sample(matches, min(len(matches), rng.randint(1, 3))), key=lambda m: -m.start()
    ):
        new = rng.choice(_HUGE).encode("utf-8", "surrogatepass")
        out = out[: m.start()] + new + out[m.end() :]
    return out


def _lines(rng: random.Random, data: bytes) -> bytes:
    """Drop, duplicate or swap whole lines (records, header)."""
    lines = data.split(b"\n")
    i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
    choice = rng.randrange(3)
    if choice == 0:
        del lines[i]
    elif choice == 1:
        lines.insert(i, lines[j])
    else:
        lines[i], lines[j] = lines[j], lines[i]
    return b"\n".join(lines)


def _columns(rng: random.Random, data: bytes) -> bytes:
    """Drop, duplicate, swap or rename a column on one or every line."""
    out: list[bytes] = []
    which = rng.randrange(4)
    a, b = rng.randrange(20), rng.randrange(20)
    every = rng.random() < 0.5
    for n, line in enumerate(data.split(b"\n")):
        cells = line.split(b",")
        if (every or n == 0) and len(cells) > max(a, b):
            if which == 0:
                del cells[a]
            elif which == 1:
                cells.insert(a, cells[b])
            elif which == 2:
                cells[a], cells[b] = cells[b], cells[a]
            else:
                cells[a] = rng.choice([b"tag:", b"tag:" + b"x" * 300, b"night", b"bogus", b""])
        out.append(b",".join(cells))
    return b"\n".join(out)


def _nest(rng: random.Random, data: bytes) -> bytes:
    """Deep nesting: inside a value, or as the whole document."""
    depth = rng.choice([50, 1000, 100_000])
    deep = b"[" * depth + b"]" * depth
    if rng.random() < 0.3:
        return b'{"schema_version": 1, "nights": ' + deep + b"}"
    at = data.find(b'"note": ')
    if at < 0:
        return b'{"schema_version": 1, "tags": ' + deep + b"}"
    # The note's own value moves to an unknown key, so only the nesting is new.
    return data[: at + 8] + deep + b', "x_note": ' + data[at + 8 :]


def _json_types(rng: random.Random, data: bytes) -> bytes:
    """A key's value swapped for another JSON type."""
    keys = list(re.finditer(rb'"(\w+)": ', data))
    if not keys:
        return data
    m = rng.choice(keys)
    end = m.end()
    rest = data[end:]
    stop = min([i for i in (rest.find(b","), rest.find(b"}")) if i >= 0] or [len(rest)])
    new = rng.choice([b"[]", b"{}", b"null", b"true", b"1.5", b"-1", b'"x"', b"[1,2]", b'{"a": 1}'])
    return data[:end] + new + rest[stop:]


# --- zip oddities -------------------------------------------------------------------------


def _zip_member_bytes(rng: random.Random, data: bytes) -> bytes:
    """Corrupt the compressed stream only (headers intact): zlib.error or a bad CRC."""
    start = 30 + len(SAA_MEMBER)
    if len(data) <= start + 1:
        return _flip(rng, data)
    out = bytearray(data)
    for _ in range(rng.randint(1, 6)):
        out[rng.randrange(start, min(len(out), start + 300))] ^= 0xFF
    return bytes(out)


def _zip_flags(rng: random.Random, data: bytes) -> bytes:
    """Encrypted, unsupported compression, UTF-8 name flag on bad bytes, lying sizes/offsets."""
    if len(data) < 64 or data.rfind(b"PK\x01\x02") + 46 >= len(data):
        return _flip(rng, data)
    out = bytearray(data)
    central = data.rfind(b"PK\x01\x02")
    local = 0
    choice = rng.randrange(6)
    if choice == 0:  # encrypted (flag bit 0) in both headers
        out[local + 6] |= 1
        if central >= 0:
            out[central + 8] |= 1
    elif choice == 1:  # compression method nobody supports
        struct.pack_into("<H", out, local + 8, 99)
        if central >= 0:
            struct.pack_into("<H", out, central + 10, 99)
    elif choice == 2:  # name flagged UTF-8 but not UTF-8
        first = data.find(b"PK\x01\x02")
        if first >= 0:
            out[first + 9] |= 0x08
            out[first + 46] = 0xFF
    elif choice == 3:  # a local header offset far away, or before the file starts
        first = data.find(b"PK\x01\x02")
        if first >= 0:
            struct.pack_into("<I", out, first + 42, rng.choice([0xFFFFFFF0, len(data) + 10]))
    elif choice == 4:  # the end record's central directory offset broken
        end = data.rfind(b"PK\x05\x06")
        if end >= 0:
            struct.pack_into("<I", out, end + 16, rng.choice([0, 0xFFFFFFFF, 7]))
    else:  # sizes that lie
        first = data.find(b"PK\x01\x02")
        if first >= 0:
            struct.pack_into("<I", out, first + 24, rng.choice([0, 1, 0xFFFFFFFF]))
    return bytes(out)


def _zip_without_member(rng: random.Random, data: bytes) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(
            rng.choice(["prefs.xml", "sleep-export.txt", "../sleep-export.csvx"]), data
        )
    return buffer.getvalue()


def _zip_nested_member(rng: random.Random, data: bytes) -> bytes:
    """The export inside a folder, stored uncompressed, or twice."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", rng.choice([zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED])) as z:
        z.writestr(f"{'x/' * rng.randint(0, 3)}{SAA_MEMBER}", _flip(rng, data))
    return buffer.getvalue()


def zip_bomb() -> bytes:
    """An archive whose member unpacks to more than any import may read, but claims 100 bytes."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(SAA_MEMBER, b"Id," + b"0" * (65 * 1024 * 1024))
    data = bytearray(buffer.getvalue())
    first = data.find(b"PK\x01\x02")
    struct.pack_into("<I", data, first + 24, 100)  # the central directory's uncompressed size
    struct.pack_into("<I", data, 22, 100)  # and the local header's
    return bytes(data)


Mutation = Callable[[random.Random, bytes], bytes]

TEXT_MUTATIONS: dict[str, Mutation] = {
    "flip": _flip,
    "truncate": _truncate,
    "splice": _splice,
    "bom": _bom,
    "crlf": _crlf,
    "latin1": _latin1,
    "nul": _nul,
    "value": _value,
    "lines": _lines,
    "columns": _columns,
}
JSON_MUTATIONS: dict[str, Mutation] = {**TEXT_MUTATIONS, "nest": _nest, "json-type": _json_types}
ZIP_MUTATIONS: dict[str, Mutation] = {
    "flip": _flip,
    "truncate": _truncate,
    "splice": _splice,
    "zip-member": _zip_member_bytes,
    "zip-flags": _zip_flags,
}
# Applied to the member's text, then zipped again: the CSV inside is as hostile as a bare one.
ZIP_TEXT = {"zip-no-member": _zip_without_member, "zip-nested": _zip_nested_member}


def mutated_files(
    seeds: list[Seed], rng: random.Random, count: int
) -> Iterator[tuple[str, str, bytes]]:
    """`count` files: (mutation kind, suffix, bytes); one or two mutations stacked each."""
    for i in range(count):
        seed = seeds[i % len(seeds)]
        if seed.fmt == "saa-zip":
            if rng.random() < 0.3:
                name, mutate = rng.choice(list(ZIP_TEXT.items()))
                with zipfile.ZipFile(io.BytesIO(seed.data)) as archive:
                    inner = archive.read(SAA_MEMBER)
                yield f"{seed.fmt}:{name}", ".zip", mutate(rng, inner)
                continue
            if rng.random() < 0.3:
                with zipfile.ZipFile(io.BytesIO(seed.data)) as archive:
                    inner = archive.read(SAA_MEMBER)
                name, mutate = rng.choice(list(TEXT_MUTATIONS.items()))
                yield f"{seed.fmt}:inner-{name}", ".zip", saa_zip(mutate(rng, inner))
                continue
            table = ZIP_MUTATIONS
        else:
            table = JSON_MUTATIONS if seed.fmt == "json" else TEXT_MUTATIONS
        names = rng.sample(sorted(table), rng.choice([1, 1, 2]))
        data = seed.data
        for name in names:
            data = table[name](rng, data)
        suffix = ".zip" if seed.fmt == "saa-zip" else (".json" if seed.fmt == "json" else ".csv")
        yield f"{seed.fmt}:{'+'.join(names)}", suffix, data
