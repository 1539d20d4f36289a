"""Write the five stretch stills (resources/stretches/<id>.svg) from the posed figure.

The skeleton, the poses and the SVG writer live in ``companion/render/figure_*.py`` (the app poses
the same figure at run time to move it into each stretch); each still is the last frame of that
move. Run after changing a pose, and commit the SVGs (a test fails when a still is stale):

    python tools/draw_stretches.py
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from companion.render.figure_motion import POSES, still_svg  # noqa: E402

OUT = REPO / "resources" / "stretches"


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for stretch_id in POSES:
        path = OUT / f"{stretch_id}.svg"
        path.write_text(still_svg(stretch_id), encoding="utf-8")
        print(path)


if __name__ == "__main__":
    main()
