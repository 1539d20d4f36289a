"""Render every window of the app in each of its states, day and evening, 100 % and 200 %, to PNG.

    python -m tools.gallery OUT/ [--only journal,checkin] [--palettes day,evening] [--scales 100]

Each palette and scale runs in its own offscreen process (Qt's scale factor is fixed at start)
on a 1280×720 screen (2560×1440 physical at 200 %, so the logical screen stays 1280×720), with a
throw-away data folder holding eight weeks of sample nights. The real app opens each window the
way a user's click would, at 21:30 for "evening" and at 14:00 for "day", so the pictures show
what a person sees then. Files are named window-state-palette-scale.png; OUT/index.html lists
them with each window's size against the screen.
"""

from __future__ import annotations

import argparse
import html
import json
import os
import random
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from datetime import date, datetime, time, timedelta
from functools import partial
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from tools.gallery_states import fill_treatments

PALETTES = ("day", "evening")
SCALES = (100, 200)
SCREEN = (1280, 720)  # logical pixels
BERLIN = ZoneInfo("Europe/Berlin")
TODAY = date(2026, 11, 24)
CLOCK = {"evening": datetime.combine(TODAY, time(21, 30), BERLIN),
         "day": datetime.combine(TODAY, time(14, 0), BERLIN)}  # fmt: skip
NIGHTS = 56
SETTINGS = 'onboarding_done = true\ntimezone = "Europe/Berlin"\n'
CARDS = ("magnesium", "stretch", "lights", "bedtime", "morning_stretch", "checkin")
RESULT = "gallery-result.json"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--only", default="", help="comma-separated name prefixes, e.g. journal")
    parser.add_argument("--palettes", default=",".join(PALETTES))
    parser.add_argument("--scales", default=",".join(str(s) for s in SCALES))
    parser.add_argument("--language", default="en", help="the app's language: en, de, es or fr")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if not args.child:
        os.environ["GALLERY_LANGUAGE"] = args.language  # the child processes inherit it
    args.out.mkdir(parents=True, exist_ok=True)
    only = [p for p in args.only.split(",") if p]
    if args.child:
        return run_child(args.out, args.palettes, int(args.scales), only)
    shots: list[dict[str, object]] = []
    for palette in args.palettes.split(","):
        for scale in (int(s) for s in args.scales.split(",")):
            shots += run_process(args.out, palette, scale, args.only)
    write_index(args.out, shots)
    failed = [s for s in shots if s.get("error")]
    for shot in failed:
        print(f"{shot['name']}: {shot['error']}", file=sys.stderr)
    print(f"{len(shots) - len(failed)} pictures in {args.out}")
    return 1 if failed or not shots else 0


def run_process(out: Path, palette: str, scale: int, only: str) -> list[dict[str, object]]:
    """One offscreen process for one palette and scale; its shots, read back from a file."""
    with tempfile.TemporaryDirectory() as tmp:
        screen = Path(tmp) / "screen.json"
        factor = scale / 100
        width, height = (round(side * factor) for side in SCREEN)
        screens = [{"name": "gallery", "x": 0, "y": 0, "width": width, "height": height,
                    "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]  # fmt: skip
        screen.write_text(json.dumps({"screens": screens}))
        env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={screen}")
        env["QT_SCALE_FACTOR"] = str(factor)
        result = Path(tmp) / RESULT
        command = [sys.executable, "-m", "tools.gallery", str(out), "--child"]
        command += ["--palettes", palette, "--scales", str(scale), "--only", only]
        env["GALLERY_RESULT"] = str(result)
        done = subprocess.run(command, env=env, cwd=Path(__file__).resolve().parent.parent)
        if not result.exists():
            return [{"name": f"*-{palette}-{scale}", "error": f"exit {done.returncode}"}]
        shots: list[dict[str, object]] = json.loads(result.read_text())
        return shots


def write_index(out: Path, shots: list[dict[str, object]]) -> None:
    rows = []
    for shot in sorted(shots, key=lambda s: str(s["name"])):
        name = html.escape(str(shot["name"]))
        if shot.get("error"):
            rows.append(f"<li>{name}: <b>failed</b> {html.escape(str(shot['error']))}</li>")
            continue
        note = html.escape(str(shot["note"]))
        rows.append(
            f'<li><a href="{name}">{name}</a> {note}<br><img src="{name}" width="480"></li>'
        )
    page = "<!doctype html><meta charset=utf-8><title>Gallery</title><ul>\n"
    (out / "index.html").write_text(page + "\n".join(rows) + "\n</ul>\n")
    listing = [f"{s['name']}\t{s.get('error') or s['note']}" for s in shots]
    (out / "index.txt").write_text("\n".join(sorted(listing)) + "\n")


# --- the child process: the real app, offscreen ---------------------------------------------


def run_child(out: Path, palette: str, scale: int, only: list[str]) -> int:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(["bedtime-companion-gallery"])
    assert isinstance(app, QApplication)
    shots: list[dict[str, object]] = []
    with tempfile.TemporaryDirectory() as data:
        companion = start_app(Path(data), CLOCK[palette])
        for name, show in states(companion):
            if only and not any(name.startswith(p) for p in only):
                continue
            language = os.environ.get("GALLERY_LANGUAGE", "en")
            file = f"{name}-{palette}-{scale}{'' if language == 'en' else '-' + language}.png"
            try:
                note, cut = grab(show(), out / file)
                shots.append({"name": file, "note": note, "cut": cut})
            except Exception as exc:
                shots.append({"name": file, "error": f"{type(exc).__name__}: {exc}"})
        companion.shut_down()
    Path(os.environ.get("GALLERY_RESULT") or out / RESULT).write_text(json.dumps(shots))
    del app
    return 0


def start_app(root: Path, at: datetime) -> Any:
    """The app on a fresh data folder holding four weeks of nights, its clock at `at`."""
    from companion.app.companion_app import CompanionApp
    from companion.services.clock import ScaledClock
    from companion.store.journal_store import open_journal
    from companion.store.paths import resolve_paths

    paths = resolve_paths(root)
    paths.ensure()
    language = os.environ.get("GALLERY_LANGUAGE", "en")
    paths.settings_file.write_text(f'language = "{language}"\n' + SETTINGS)
    with open_journal(paths, at) as store:
        fill_journal(store, at.date())
    companion = CompanionApp(paths, clock=ScaledClock(at, 1.0), tray_wait_ms=100)
    companion.start()
    settle()
    return companion


def fill_journal(store: Any, today: date) -> None:
    """Sample nights: varied legs scores and sleep, the routine on most evenings, a few gaps."""
    from companion.core.journal import Night

    rng = random.Random(7)
    for back in range(NIGHTS, 0, -1):
        day = today - timedelta(days=back)
        if back in (9, 17):
            continue  # nights nobody logged
        bed = datetime.combine(day, time(22, rng.randrange(10, 59)), BERLIN)
        routine = rng.random() < 0.7
        legs = rng.randrange(0, 5) if routine else rng.randrange(3, 9)
        woke = rng.randrange(0, 3)
        night = Night(
            day,
            into_bed_at=bed,
            lights_out_at=bed + timedelta(minutes=15),
            sleep_onset_min=rng.randrange(5, 50),
            awakenings=woke,
            waso_min=woke * 12,
            final_wake_at=bed + timedelta(hours=8),
            out_of_bed_at=bed + timedelta(hours=8, minutes=10),
            quality=rng.randrange(2, 6),
            rested=rng.randrange(1, 6),
            rls_intensity=None if back == 12 else legs,
            symptom_onset=rng.choice(["none", "bedtime", "evening"]),
            # Legs starting earlier over the weeks, as the journal's onset chart shows it.
            symptoms_from=time(19 + back // 20, (back * 7) % 60) if legs else None,
            legs_woke_me=rng.randrange(0, woke + 1),
            note="calves twitchy after a long drive" if back == 3 else "",
        )
        factors = {
            "magnesium": "yes" if routine else "no",
            "stretched": "yes" if routine or rng.random() < 0.3 else "no",
            "lights_dimmed": "yes" if routine else rng.choice(["yes", "no"]),
            "caffeine_after_noon": str(rng.randrange(0, 3)),
            "alcohol_drinks": str(rng.choice([0, 0, 0, 1, 2])),
            "stress": str(rng.randrange(1, 6)),
        }
        store.save_night(night, factors)
    fill_treatments(store, today, BERLIN)


def settle() -> None:
    from PySide6.QtWidgets import QApplication

    for _ in range(3):
        QApplication.processEvents()


def grab(widget: Any, path: Path) -> tuple[str, list[str]]:
    """Save the window as shown; its size and mean luminance for the index, and any text cut."""
    from PySide6.QtWidgets import QApplication

    from tests.ui.fit import cut_texts  # the fit test's own check of every label and button

    settle()
    window = widget.window()
    image = window.grab().toImage()
    if not image.save(str(path)):
        raise OSError(f"could not write {path}")
    screen = QApplication.primaryScreen().availableGeometry()
    fits = screen.contains(window.frameGeometry())
    size = f"{window.width()}×{window.height()}"
    cut = cut_texts(window)
    note = f"“{window.windowTitle()}” {size} on {screen.width()}×{screen.height()}"
    note += "" if fits else " (does not fit)"
    note += f", luminance {luminance(image):.2f}" + (f", cut: {cut}" if cut else "")
    return note, cut


def luminance(image: Any) -> float:
    """Mean relative luminance (0 black … 1 white) over a grid of sampled pixels."""
    total, count = 0.0, 0
    step = max(1, min(image.width(), image.height()) // 60)
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            c = image.pixelColor(x, y)
            total += 0.2126 * c.redF() + 0.7152 * c.greenF() + 0.0722 * c.blueF()
            count += 1
    return total / max(count, 1)


def states(companion: Any) -> Iterator[tuple[str, Callable[[], Any]]]:
    """Each window state: its name and how to bring it on screen; the last shown is hidden."""
    from companion.app.notices import read_only_banner
    from companion.core.prompt_texts import prompt_text, state_text
    from companion.core.settings import STEP_LABELS, StepKind
    from companion.core.words import clock_time, translate
    from companion.journeys.prompt_cards import card_is_dark
    from companion.ui.journal.state import TABS
    from companion.ui.tonight.panel import TimelineRow
    from companion.ui.tonight.prompts import PromptWindow
    from tools.gallery_states import later_states

    night = TODAY - timedelta(days=1)
    shown: list[Any] = []

    def step(show: Callable[[], Any]) -> Callable[[], Any]:
        def run() -> Any:
            for widget in shown:
                widget.window().hide()
            shown.clear()
            widget = show()
            shown.append(widget)
            return widget

        return run

    def welcome() -> Any:
        companion.setup.open_onboarding()
        return companion.setup.onboarding

    def tonight(banner: str = "", rows: list[TimelineRow] | None = None) -> Any:
        panel = companion.panel
        companion.show_panel()
        panel.set_banner(banner)
        if rows is not None:
            panel.set_timeline(rows, can_snooze=True)
        return panel

    def row(kind: StepKind, at: time, status: str, answered: time | None = None) -> TimelineRow:
        # Built as the app builds its rows (journeys/reminders._refresh), so every word is
        # the user's language.
        due = datetime.combine(TODAY, at)
        answered_at = None if answered is None else datetime.combine(TODAY, answered)
        return TimelineRow(
            kind=kind,
            label=translate("Steps", STEP_LABELS[kind]),
            time=clock_time(at),
            state=state_text(status, due, answered_at),
            is_current=status == "open",
            is_settled=status == "done",
            status=status,
        )

    waiting = [
        row("magnesium", time(21, 0), "done", time(21, 2)),
        row("stretch", time(21, 45), "open"),
        row("lights", time(22, 0), "upcoming"),
        row("bedtime", time(22, 30), "upcoming"),
        row("checkin", time(7, 15), "upcoming"),
    ]
    banner = read_only_banner()

    def card(kind: str) -> Any:
        text = prompt_text(kind, companion.settings, fahrenheit=False)
        window = PromptWindow(kind, text, dark=card_is_dark(kind), snooze_minutes=10)
        window.show()
        return window

    def checkin(details: bool) -> Any:
        companion.checkin.open(night)
        dialog = companion.checkin.dialogs[night]
        dialog.details_button.setChecked(details)
        dialog.adjustSize()
        return dialog

    def journal(tab: int, day: date | None = None) -> Any:
        companion.journal_journey.open()
        window = companion.journal_journey.window
        window.tabs.setCurrentIndex(tab)
        if day is not None:
            window._select(day)
        return window

    def settings() -> Any:
        companion.open_window("settings")
        return companion.setup.settings_dialog

    def about() -> Any:
        companion.open_about()
        return companion.about_box

    def message() -> Any:
        # A notice the app really gives (journeys/journal), in the user's language.
        saved = translate("Journal", "Your report (%n pages) is saved as {path}.", None, 3)
        companion.tell(saved.format(path="/home/sam/Documents/bedtime-report.pdf"))
        return companion.messages[-1]

    def stretch(phase: str) -> Any:
        close_stretch()  # each phase from a fresh session
        companion.stretch.open(None)
        window = companion.stretch.window
        if phase == "hold":
            window.skip()
            window.illustration.show_still()  # as it stands once moved into the pose
        elif phase == "ask":
            window.skip()
            window.ask_to_stop()  # Esc part-way: "Stop tonight's stretches?" in the footer
        elif phase == "summary":
            window.skip()
            window.stop()
        return window

    def close_stretch() -> None:
        if companion.stretch.window is not None:
            companion.stretch.window.close()
            settle()

    yield "welcome", step(welcome)
    yield "tonight-plain", step(lambda: tonight())
    yield "tonight-banner", step(lambda: tonight(banner))
    yield "tonight-steps", step(lambda: tonight("", waiting))
    yield "tonight-banner-steps", step(lambda: tonight(banner, waiting))
    for kind in CARDS:
        yield f"card-{kind.replace('_', '-')}", step(partial(card, kind))
    yield "checkin-short", step(lambda: checkin(False))
    yield "checkin-details", step(lambda: checkin(True))
    for i, tab in enumerate(TABS):
        yield f"journal-{tab}", step(partial(journal, i))
    yield "journal-night-selected", step(lambda: journal(0, TODAY - timedelta(days=3)))
    yield "settings-general", step(settings)
    yield "about-box", step(about)
    yield "message-notice", step(message)
    for phase in ("ready", "hold", "ask", "summary"):
        yield f"stretch-{phase}", step(partial(stretch, phase))
    for name, show in later_states(companion):
        yield name, step(show)


if __name__ == "__main__":
    sys.exit(main())
