"""The colour roles' values for the day and the evening: one table, read by the windows' theme
(ui/theme.py) and by the charts and the PDF (render/chart_colours.py)."""

from __future__ import annotations

# Evening: deep blue-grey, warm off-white text, a muted amber accent (no blue glare).
NIGHT: dict[str, str] = {
    "window": "#1d2230",
    "surface": "#262c3c",  # fields, lists, the calendar's page
    "raised": "#2f3648",  # buttons, cards, headers
    "text": "#e9e4da",
    "muted": "#a7a9b4",  # hints and secondary text; still readable (disabled is not a hint)
    "accent": "#e0a458",
    "accent_text": "#1d2230",
    "positive": "#9cc9a4",
    "negative": "#ff9c8a",
    "focus": "#f0c27a",
    "line": "#3a4256",  # rules, grid lines, outlines
    # The data ramp (calendar, legend): one warm hue whose lightness climbs with the value, so
    # it reads by lightness alone (any colour vision, or grey); 0 sits just off the page.
    "ramp_quiet": "#323a4e",
    "ramp_strong": "#d08a4e",
}
DAY: dict[str, str] = {
    "window": "#f6f4ef",
    "surface": "#ffffff",
    "raised": "#ebe7df",
    "text": "#23283a",
    "muted": "#5f6577",
    "accent": "#9a5b13",
    "accent_text": "#ffffff",
    "positive": "#2e7d4f",
    "negative": "#b3261e",
    "focus": "#9a5b13",
    "line": "#d8d3c8",
    "ramp_quiet": "#f1ebe0",
    "ramp_strong": "#8f3f14",
}
# Older names some modules still use: the same roles.
for _roles in (NIGHT, DAY):
    _roles.update(
        base=_roles["surface"], alt=_roles["raised"], button=_roles["raised"],
        error=_roles["negative"],
    )  # fmt: skip
