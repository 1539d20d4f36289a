"""Hold accuracy over a full real-time stretch routine (DESIGN §5: every hold ends within 50 ms
of its deadline, no drift across a session).

All five stretches, both sides (10 holds) at 1-second holds, driven by the app's own
`SessionTimer` in a Qt event loop on the real monotonic clock. Prints the max and mean
lateness of `hold_finished` against each hold's deadline, and the drift of the last deadline
from the schedule computed at the start.

With `--motion` the real stretch window runs too (offscreen, 1920x1080, at 200 %), so every
hold starts with the figure's move into the pose (render.figure_motion, ~30 frames a second)
and the ring animates: the frames share the event loop with the session's timer. Holds default
to 2 s then, so each move (MOVE_SECONDS) runs into the hold's end.

    python bench/bench_stretch_timer.py [--hold 1] [--pause 1] [--rounds 1] [--cues] [--motion]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QCoreApplication, QTimer

from companion.core.session import Event, Session, plan_holds
from companion.core.stretches import STRETCH_IDS
from companion.services.session_timer import SessionTimer


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hold", type=float, default=None, help="hold seconds (default 1, 2)")
    parser.add_argument("--pause", type=float, default=1.0, help="get-ready/switch seconds")
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--cues", action="store_true", help="play sounds + mock speech too")
    parser.add_argument("--motion", action="store_true", help="show the animated window too")
    args = parser.parse_args()
    if args.hold is None:
        args.hold = 2.0 if args.motion else 1.0
    if args.motion:
        os.environ["QT_SCALE_FACTOR"] = "2"
        from PySide6.QtWidgets import QApplication

        app: QCoreApplication = QApplication(sys.argv[:1])
    else:
        app = QCoreApplication(sys.argv[:1])
    holds = plan_holds(STRETCH_IDS, args.rounds)
    session = Session(
        holds,
        clock=time.monotonic,
        hold_seconds=args.hold,
        switch_seconds=args.pause,
        get_ready_seconds=args.pause,
    )
    timer = SessionTimer(session)
    late_ms: list[float] = []
    finished_at: list[float] = []
    first: list[Event] = []

    def on_hold_finished(event: Event) -> None:
        now = time.monotonic()
        late_ms.append((now - event.at) * 1000)
        finished_at.append(event.at)

    timer.hold_finished.connect(on_hold_finished)
    timer.get_ready.connect(lambda event: first.append(event) if not first else None)
    timer.finished.connect(lambda _summary: app.quit())
    if args.cues:
        from companion.services.cues import Cues

        cues = Cues(tts_engine="mock")
        timer.event_happened.connect(cues.on_event)
    frames: list[int] = []
    if args.motion:
        from companion.ui.stretch.window import StretchWindow

        window = StretchWindow(timer)
        window.resize(1920, 1080)
        window.show()
        view = window.illustration
        view._frames.timeout.connect(lambda: frames.append(1))  # count the move's frames
    QTimer.singleShot(0, timer.start)
    app.exec()

    schedule_end = first[0].at + len(holds) * args.hold + len(holds) * args.pause
    print(
        f"holds: {len(late_ms)} x {args.hold:g} s, pauses {args.pause:g} s, cues={args.cues},",
        f"motion={args.motion}" + (f" ({len(frames)} move frames)" if args.motion else ""),
    )
    print(
        f"hold_finished lateness: max {max(late_ms):.2f} ms, mean {statistics.mean(late_ms):.2f} ms"
    )
    print(
        "drift of the last deadline from the schedule:",
        f"{(finished_at[-1] - schedule_end) * 1000:.6f} ms",
    )
    ok = max(late_ms) < 50
    print("within 50 ms:", "yes" if ok else "NO")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
