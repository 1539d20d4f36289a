"""The night editor's short field labels, marked for translation (context "NightEditor")."""

from __future__ import annotations

from companion.core.words import QT_TRANSLATE_NOOP, translate

# The routine's own factors, edited as yes/no: (factor key, label).
ROUTINE_FACTORS = (
    ("magnesium", QT_TRANSLATE_NOOP("NightEditor", "Magnesium")),
    ("stretched", QT_TRANSLATE_NOOP("NightEditor", "Stretched")),
    ("lights_dimmed", QT_TRANSLATE_NOOP("NightEditor", "Lights dimmed")),
)
# Short labels for the narrow editor; the model's full labels are the tooltips.
SHORT = {
    "into_bed_at": QT_TRANSLATE_NOOP("NightEditor", "Into bed"),
    "lights_out_at": QT_TRANSLATE_NOOP("NightEditor", "Lights out"),
    "final_wake_at": QT_TRANSLATE_NOOP("NightEditor", "Woke for the day"),
    "out_of_bed_at": QT_TRANSLATE_NOOP("NightEditor", "Out of bed"),
    "rls_intensity": QT_TRANSLATE_NOOP("NightEditor", "Restless legs (0–10)"),
    "quality": QT_TRANSLATE_NOOP("NightEditor", "Sleep quality (1–5)"),
    "rested": QT_TRANSLATE_NOOP("NightEditor", "Felt rested (1–5)"),
    "sleep_onset_min": QT_TRANSLATE_NOOP("NightEditor", "Fell asleep in"),
    "awakenings": QT_TRANSLATE_NOOP("NightEditor", "Times woken"),
    "waso_min": QT_TRANSLATE_NOOP("NightEditor", "Awake in the night"),
    "legs_woke_me": QT_TRANSLATE_NOOP("NightEditor", "Legs woke me"),
    "symptom_onset": QT_TRANSLATE_NOOP("NightEditor", "Legs started"),
    "symptoms_from": QT_TRANSLATE_NOOP("NightEditor", "Legs started at"),
    "arms": QT_TRANSLATE_NOOP("NightEditor", "Arms too?"),
    "magnesium_dose_mg": QT_TRANSLATE_NOOP("NightEditor", "Dose"),
    "magnesium_time": QT_TRANSLATE_NOOP("NightEditor", "Taken at"),
    "caffeine_after_noon": QT_TRANSLATE_NOOP("NightEditor", "Caffeine after noon"),
    "alcohol_drinks": QT_TRANSLATE_NOOP("NightEditor", "Alcoholic drinks"),
    "exercise": QT_TRANSLATE_NOOP("NightEditor", "Exercise"),
    "stress": QT_TRANSLATE_NOOP("NightEditor", "Stress (1–5)"),
    "room_temperature_c": QT_TRANSLATE_NOOP("NightEditor", "Bedroom"),
}


def short_label(key: str) -> str:
    """The field `key`'s short label, as shown."""
    return translate("NightEditor", SHORT[key])


def routine_label(label: str) -> str:
    """A routine factor's label from ROUTINE_FACTORS, as shown."""
    return translate("NightEditor", label)
