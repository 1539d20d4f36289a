"""Words the app shows in more than one place: one copy each, written in our own voice."""

from companion.core.words import QT_TRANSLATE_NOOP

# Not translated: the product's name stays the same in every language.
APP_NAME = "Bedtime Companion"

SUMMARY = QT_TRANSLATE_NOOP(
    "About",
    "Bedtime Companion keeps you company through an evening routine that many people with "
    "restless legs find calming: magnesium about an hour and a half before bed, ten minutes "
    "of gentle leg stretches, then lights down and screens away. Each morning it asks how "
    "the night went, so over a few weeks you can see for yourself what makes a difference.",
)

NOT_MEDICAL_ADVICE = QT_TRANSLATE_NOOP(
    "About",
    "Bedtime Companion is a reminder and a diary, not a medical device and not medical "
    "advice. It does not diagnose or treat restless legs syndrome or anything else. Talk "
    "with your doctor or pharmacist before you start a supplement or change a treatment, "
    "and stop any stretch that hurts.",
)

PRIVACY = QT_TRANSLATE_NOOP(
    "About",
    "Everything you record stays on this computer, in files only your user account can "
    "read. The app never connects to the internet.",
)
