"""Write the cue sounds to resources/sounds/*.wav (run once; the WAVs are committed).

Soft sine chimes, made here so the project owns them outright: each note is a sine with a
quiet octave partial, a short fade-in (no click at the start) and an exponential decay with a
fade-out to exact silence at the end. 44.1 kHz, 16-bit, mono, each file under 30 KB, so every
sound is at most about a third of a second. The output is deterministic: running the script
again gives byte-identical files.

    python tools/make_sounds.py [--out DIR]
"""

from __future__ import annotations

import argparse
import math
import struct
import wave
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

RATE = 44_100
PEAK = 0.45  # of full scale: gentle at any system volume, never clipping when notes overlap
FADE_IN = 0.006  # seconds; long enough to avoid a click, short enough to keep the chime's onset
FADE_OUT = 0.04
MAX_BYTES = 30_000


@dataclass(frozen=True)
class Note:
    start: float  # seconds from the beginning of the sound
    freq: float  # Hz
    length: float  # seconds, including its decay
    level: float = 1.0


# Pitches of an A-major pentatonic: any two of them sound well together.
A4, CS5, E5, FS5, A5, CS6, E6 = 440.0, 554.37, 659.26, 739.99, 880.0, 1108.73, 1318.51

SOUNDS: dict[str, tuple[float, Sequence[Note]]] = {
    # A rising pair: "begin".
    "hold_start": (0.32, (Note(0.0, E5, 0.32, 0.8), Note(0.09, A5, 0.23))),
    # One short, soft tick for each of 3-2-1.
    "countdown": (0.13, (Note(0.0, CS6, 0.13, 0.6),)),
    # A falling-then-rising figure: "change over".
    "switch": (0.33, (Note(0.0, A5, 0.33, 0.75), Note(0.08, E5, 0.25, 0.8), Note(0.16, A5, 0.17))),
    # A quick arpeggio that rings together: "finished".
    "done": (
        0.335,
        (
            Note(0.0, A4, 0.335, 0.7),
            Note(0.05, CS5, 0.285, 0.7),
            Note(0.10, E5, 0.235, 0.75),
            Note(0.15, A5, 0.185, 0.8),
        ),
    ),
}


def envelope(t: float, length: float) -> float:
    if t < 0 or t >= length:
        return 0.0
    attack = min(1.0, t / FADE_IN)
    decay = math.exp(-t * 9.0 / length)  # about -78 dB by the note's end: a bell-like ring
    release = min(1.0, (length - t) / FADE_OUT)
    return attack * decay * release


def render(length: float, notes: Sequence[Note]) -> list[float]:
    frames = round(length * RATE)
    samples = [0.0] * frames
    for note in notes:
        first = round(note.start * RATE)
        for i in range(first, min(frames, first + round(note.length * RATE))):
            t = (i - first) / RATE
            phase = 2 * math.pi * note.freq * t
            tone = math.sin(phase) + 0.18 * math.sin(2 * phase)  # a faint octave for warmth
            samples[i] += note.level * envelope(t, note.length) * tone
    loudest = max(abs(s) for s in samples) or 1.0
    return [s * PEAK / loudest for s in samples]


def write_wav(path: Path, samples: Sequence[float]) -> None:
    data = b"".join(struct.pack("<h", round(s * 32767)) for s in samples)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(data)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default_out = Path(__file__).resolve().parent.parent / "resources" / "sounds"
    parser.add_argument("--out", type=Path, default=default_out)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for name, (length, notes) in SOUNDS.items():
        path = args.out / f"{name}.wav"
        write_wav(path, render(length, notes))
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise SystemExit(f"{path} is {size} bytes, over the {MAX_BYTES} byte budget")
        print(f"{path}: {size} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
