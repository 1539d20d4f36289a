<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
    <context>
        <name>About</name>
        <message>
            <source>About {app}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bedtime Companion is a reminder and a diary, not a medical device and not medical advice. It does not diagnose or treat restless legs syndrome or anything else. Talk with your doctor or pharmacist before you start a supplement or change a treatment, and stop any stretch that hurts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bedtime Companion keeps you company through an evening routine that many people with restless legs find calming: magnesium about an hour and a half before bed, ten minutes of gentle leg stretches, then lights down and screens away. Each morning it asks how the night went, so over a few weeks you can see for yourself what makes a difference.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Everything you record stays on this computer, in files only your user account can read. The app never connects to the internet.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Bedtime Companion could not open its command socket ({reason}), so starting it again will not reach this copy. Your reminders carry on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Demo: tonight's routine runs at sixty times normal speed, so each reminder appears within a few minutes. Nothing you do here is kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>bedtime-companion: another copy is running but did not answer; if it is stuck, end it and start again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{command}” is not available in this version yet.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Breathing</name>
        <message>
            <source>Breathe in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Breathe out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Breathing guide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Breathing — {app}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter or Esc closes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Space pause  ·  Esc stop  ·  F full screen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stopped before the first minute. Any slow breath helps.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Well done.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>You breathed slowly for %n minutes of the {planned} minutes you chose.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>You breathed slowly for %n minutes.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>{time} left</source>
            <comment>the countdown, e.g. 4:50 left</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Cards</name>
        <message numerus="yes">
            <source>Snooze %n min</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>This one can't wait any longer tonight.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{title} — {app}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{title}: {button}</source>
            <comment>a card's button, read aloud</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Charts</name>
        <message>
            <source>0 none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>10 worst</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>7-night average</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Magnesium</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No start times recorded in this period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing logged in this period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When the legs started each night (clock time), with the 7-night median</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>each night</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Checkin</name>
        <message>
            <source>Add tag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Answer what you remember. Anything can be left blank.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Anything else worth remembering about this night</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From the evening routine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How was the night?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Legs started at</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lights dimmed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lights dimmed at {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lights not dimmed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lights out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lights out at {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Magnesium</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Magnesium at {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Magnesium {dose} mg</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Magnesium {dose} mg at {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>More details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Morning check-in — night of {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New tag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New tag name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Night of {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No magnesium</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No stretches</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No tags yet: add your own, like “late dinner” or “long walk”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not saved: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problem with {field}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save (Enter; Ctrl+Enter from the note)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save is off until the answer in red is fixed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stretched</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stretches {done} holds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stretches {done}/{planned} holds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tag: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The day before</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The evening routine recorded nothing this night.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The night</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not answered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{question}: {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{step} at {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{step} missed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{step} partly done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{step} skipped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{step}: no answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{value} of {highest}</source>
            <comment>a scale's answer</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>--data-dir: is empty; give a folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A gentle tray companion for an evening routine against restless legs.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Episode at {time} recorded for the night of {night}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Episode at {time} recorded for the night of {night}; relief: {relief}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>It covers the last %n nights.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>No lab results recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No medicines recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recorded: {name} stopped on {day}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recorded: {record}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Seed {seed}; {label}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>TSAT {value} %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tonight ({night}) is outside the experiment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tonight ({night}): {factor} OFF (no reminder).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tonight ({night}): {factor} on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>With no command, starts the tray app (or shows the one already running).</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Wrote {file} (%n pages).</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>a note for the night</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a printable PDF summary for your clinician</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a randomised on/off test of one routine step: plan, status, report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a tag (repeatable)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a whole number (default: drawn and printed)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>add the app to your application menu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>an even number of blocks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot write the output: {cause}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>check this installation offscreen (resources, journal, plan, windows) and exit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>create or update one night of the journal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>default mg</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>draw a randomised on/off schedule and keep it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>every iron test recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>every medicine course recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>experiment {action}: no experiment planned yet (see `plan`)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ferritin in µg/L (= ng/mL)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ferritin {value} µg/L (ng/mL)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>import our CSV/JSON export or a Sleep as Android export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>iron test results: add, list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is not something the journal records</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it is closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>keep all settings, the journal and backups in DIR (also: environment variable BEDTIME_COMPANION_HOME)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>machine-readable output</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>magnesium, stretch, lights or custom:&lt;id&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>med stop: --name: no course of {name} that started by {day} is still open (see `med list`)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>medicine courses: add, list, stop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>nights (default 30)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>nights per block</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>open the guided stretches now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>open the journal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>open the morning check-in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>per pair and overall: the outcome difference</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>permission denied</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>print a night's plan: each step and its time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>record a medicine course (name, dose, dates)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>record an iron test result</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>record restless legs in the night, now or --at HH:MM</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>record the last day of a medicine course</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>remove what install-desktop added</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>run a whole evening at 60x speed on a throw-away data dir, to see every reminder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>say what would change; write nothing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>standard output is closed; nothing was written</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the disk is full</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the disk is read-only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the disk quota is used up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the dose each time, e.g. 0.25</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the first night</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the journal could not be used: {cause}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the last day (leave out: still taking)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the night (default: tonight)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the night to log</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the schedule, tonight's block and the results</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the usual time of day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>transferrin saturation in %%</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>use this bedtime instead of the setting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>warning: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>what you did for relief</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>when it began (default: now)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>when it was taken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>write the whole journal (to stdout by default)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>write to this file (private, 0600)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{cause} ({file})</source>
            <comment>a problem and the file it is about</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{flag}: cannot write {file}: {cause}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{flag}: is not valid UTF-8 text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{flag}: {value} is not a clock time like 21:30</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{flag}: {value} is not a date like 2026-03-07</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{flag}: {value} is not a number like 0.25</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{flag}: {value} is not a whole number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{flag}: {value} is outside the years {first}–{last}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} {dose} {unit} at {time}, since {start} (still taking)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} {dose} {unit} at {time}, {start} to {end}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} {dose} {unit}, since {start} (still taking)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} {dose} {unit}, {start} to {end}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{value} is not a time like 22:30</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{value} is not a whole number of nights</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Cues</name>
        <message>
            <source>All done.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Get ready for the {stretch}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Switch to the left leg.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Switch to the right leg.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{Stretch}, left leg. Hold for %n seconds.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>{Stretch}, right leg. Hold for %n seconds.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>{Stretch}. Hold for %n seconds.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>Dates</name>
        <message>
            <source>Apr</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Aug</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dec</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Feb</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Friday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Jan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Jul</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Jun</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>May</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Monday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nov</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Oct</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saturday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sep</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sunday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Thursday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tuesday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wednesday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{day} {month}</source>
            <comment>a day of the month and a short month name</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{first} to {last}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Desktop</name>
        <message>
            <source>install-desktop: {cause}: {file}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Diary</name>
        <message>
            <source>Night of {weekday} {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tag: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label}: {value}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Episode</name>
        <message>
            <source>Hot or cold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In your own words (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Key {key} or {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Legs restless now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Legs restless now — {app}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Massage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not saved: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Press a letter for what you did, then Enter. Everything else is optional.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Started at</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stretched</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Walked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What I did</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What helped, in your own words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When it started</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{choice} ({key})</source>
            <comment>a choice and its key</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Experiment</name>
        <message numerus="yes">
            <source>Experiment: {factor}, {blocks} blocks of %n nights from {start} to {end} (seed {seed})</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Outcome: {outcome} (difference = step on − step off)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overall: mean difference {mean}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overall: mean difference {mean} (95 % interval {low} to {high})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pair {pair}, block {block}: {first} to {last}: {factor} OFF (no reminder)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pair {pair}, block {block}: {first} to {last}: {factor} on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pair {pair}: on {on}, off {off}, difference {difference}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is {label}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not enough nights</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unblinded; a test of your own routine, not a medical trial</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <source>Bedtime Companion CSV</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bedtime Companion JSON</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dry run: nothing was written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Medicines, lab results and episodes: added {records}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Medicines, lab results and episodes: would add {records}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Routine events: added {events}. New tags: added {tags}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Routine events: would add {events}. New tags: would add {tags}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sleep as Android export</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>a number of %n digits is too long to be a value</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>a record comes before any header line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>appears twice in the header</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot be read: {cause}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot be unpacked ({cause})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>each entry must be an object</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>each event must be an object</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>each night must be an object</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>has no {member} inside</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>has {fields} fields where the header has {expected}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>holds no Sleep as Android records</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is a folder, not a file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is empty; use null for not recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is encrypted; export it again without a password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is larger than {size} MB</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is missing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is missing from this record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is missing or not text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is missing: not a Bedtime Companion export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is not UTF-8 text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is not a Bedtime Companion CSV export (no 'night' column)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is not a column of a Bedtime Companion export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is not a night field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is not a readable zip archive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is not a regular file (a device, pipe or socket)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is not an event field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is not part of the export format</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is not valid CSV: {cause}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is not valid JSON: {cause}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is too large to be a sleep export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be a list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be a list of tag names</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be an object</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be {"value": …, "source": …}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>nests too deeply to be a journal export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>source {value} is not one of {choices}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>value {value} must be text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{day} is outside the years {first}–{last}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{kind}: added %n nights, changed {changed}, {unchanged} already up to date.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>{kind}: would add %n nights, would change {changed}, {unchanged} already up to date.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>{night} appears twice (first on line {first})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{night}: kept the times already in the journal ({problem} with the imported ones).</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{start}… (%n characters)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>{value} is not 0–48 h</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{value} is not 0–5</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{value} is not a date and time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{value} is not a date like 2024-03-24</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{value} is not a known time zone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{value} is not a number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{value} is not a plausible start time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{value} is not a start time in epoch milliseconds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{value} is not a step name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{value} is not a tag name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{value} is not a value it can hold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{value} is not a version number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{value} is not a whole number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{value} is not one of {choices} or null</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{value} is not true or false</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{value} is too long to be a value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{value} must be text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{value} starts a night the app cannot show ({cause})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{version} comes from a newer version of the app (this one reads up to {latest})</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Insights</name>
        <message>
            <source> nights</source>
            <comment>after a number of 7 or more</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Compare on</source>
            <comment>compare the nights on an outcome</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;over</source>
            <comment>over a number of nights</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>19 °C or cooler</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A comparison of your own nights, not proof.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Alcohol</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All nights</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Asleep in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Asleep in bed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Average with</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Average without</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Baseline nights</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Before and after is not a controlled trial: seasons, stress and simply paying attention change over a month as well.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Before: average (median)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Before: nights</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Before: {before}
During: {during}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Caffeine after noon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cliff's δ</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Compare</source>
            <comment>Compare … before it with …</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cool bedroom</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Details: the numbers behind the bars</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Difference (95 % interval)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>During: average (median)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>During: nights</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each bar sets your nights with a factor against your nights without it. A bar to the right: those nights went better; to the left: worse; a dot: no clear difference. {not_proof}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exercise</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Experiment results</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Factor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Factor comparisons</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Factors travel together: a stressful week may also bring coffee, wine and late nights, so any one of them can look guilty for the others.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Grey rows have fewer than {count} nights on one side: {not_enough}. The 95 % interval is the range the difference most likely lies in; a bar shows only when the whole range is on one side of zero. Cliff's δ (the bar's length) runs from −1 (every night with it lower) to +1 (every night higher).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I began the &amp;routine on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I began the routine on</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Last %n nights</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Legs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lights dimmed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Magnesium</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Measure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nights compared</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nights with / without</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No clear difference in {outcome} between {with_label} and {without_label}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No nights in the journal yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not enough nights yet: each side needs at least {count} nights.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quality</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restless legs (0–10)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Routine done %n nights in a row (best: {best}).</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Routine nights</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sleep quality (1–5)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stretches</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tag: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The arrow can point backwards: if you take magnesium because your legs are already restless, magnesium nights will look worse even if it helps.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is a comparison of your own nights, not proof that one thing causes another.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time asleep in bed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time to fall asleep</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Try the routine for a month and see what changed. Pick the night you began: the nights after it are set against the same number of nights before. A bar to the right: the routine nights went better; to the left: worse; a dot: no clear difference. {not_proof}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Whole routine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Whole routine done on {week} of the last 7 nights and {month} of the last 30.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Whole routine done: {before} of {before_nights} nights before, {during} of {during_nights} nights during.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>after</source>
            <comment>… with [30 nights] after</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>all done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>any</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>asleep in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>asleep in bed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>before</source>
            <comment>the baseline nights, in a sentence</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>before it with</source>
            <comment>Compare … with …</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>better</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>better →</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>during</source>
            <comment>the routine nights, in a sentence</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>high (4–5)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>legs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>low (1–3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no clear difference</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not all done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not enough nights yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not tagged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>quality</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>some</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>tagged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>tends to be better</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>tends to be worse</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>warmer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>with</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>without</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>worse</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{difference} ({interval})</source>
            <comment>a difference and its range</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{factor} ({with_side} / {without_side})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{factor}: {with_side} vs {without_side}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{low} to {high}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{mean} ({median})</source>
            <comment>an average and its median</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{outcome} tended to be better {with_label} ({with_value}) than {without_label} ({without_value}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{outcome} tended to be worse {with_label} ({with_value}) than {without_label} ({without_value}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{outcome} — higher is better</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{outcome} — lower is better</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>← worse</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>↓ lower is better, ↑ higher is better. The 95 % interval is the range the difference most likely lies in; Cliff's δ runs from −1 to +1.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Journal</name>
        <message>
            <source> %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> nights</source>
            <comment>after a number of 7 or more</comment>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n nights, {dates}</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>&amp;Calendar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;From</source>
            <comment>the first night shown</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;List</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Medicines and tests</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;What helps me</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>30 nights</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>365 nights</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>90 nights</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Any factor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Any tag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>C&amp;harts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Caveats</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear filters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E&amp;xperiment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Factor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From</source>
            <comment>the first night shown</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Journal — Bedtime Companion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Legend: restless legs 0 none to 10 worst; check mark: routine done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Legs started at (clock time)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lights</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Magnesium</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Night</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Night under the pointer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Night-time episodes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nights</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nights by month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nights in the report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No nights yet. After your first morning check-in, each night appears here, coloured by how restless your legs were.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No start times recorded in this period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>None recorded. Use "Legs restless now…" in the tray menu during the night.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not saved: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <comment>a file type; keep (*.pdf)</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Point at a night (or focus a chart and use ← →) to see its values.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read with care</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Report covers the last</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restless legs (0 none … 10 worst)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restless legs:</source>
            <comment>the legend of the colours</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Routine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Routine done each night</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Routine each evening</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save PDF &amp;report…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save PDF report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved the night of {date}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search notes (Ctrl+F)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the last</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sleep efficiency (%)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sleep quality (1 very poor … 5 very good)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stretches</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The journal is empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The night could not be saved: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The report could not be written: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time to fall asleep (minutes)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To</source>
            <comment>the last night shown</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Whole routine: {week} of the last 7 nights, {month} of the last 30 (magnesium {magnesium}, stretches {stretch}, lights dimmed {lights}).</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Your report (%n pages) is saved as {path}.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Your symptoms have been starting earlier: in the last week they began at least two hours earlier than eight weeks before. That is worth mentioning to your clinician.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>blank: nothing recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>done</source>
            <comment>a routine step</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>dots: each night · line: 7-night median (the middle time)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not done</source>
            <comment>a routine step</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>nothing noted</source>
            <comment>no relief written down</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>to</source>
            <comment>between two dates</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>whole routine done that evening · plain: nothing logged · outline: no legs score</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{factor}: {side}</source>
            <comment>a factor and one of its sides</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{measure}: {value}</source>
            <comment>a chart's value for one night</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{minutes} min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{percent} %</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{shown} of %n nights</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>{step} done</source>
            <comment>a routine step</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{step} not done</source>
            <comment>a routine step</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{step} {mark}</source>
            <comment>a routine step, not recorded</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{time} — {relief}</source>
            <comment>an episode: when, and what relieved it</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>✓ all</source>
            <comment>every routine step done</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Journal file</name>
        <message>
            <source>No course of {name} started by {day} is open.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The journal could not be upgraded from format {version}: {cause}. It is unchanged and a copy was saved in the backups folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The journal could not be upgraded from format {version}: {cause}. It is unchanged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The journal file could not be read ({problem}). It was moved aside to {moved} and kept for recovery; a new, empty journal has been started.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The journal {path} cannot use write-ahead logging ({mode}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The journal {path} was written by a newer version of Bedtime Companion (format {version}; this version knows up to {latest}). It is open read-only: nothing will be saved until the app is updated.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no routine event number {number}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>an event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it cannot be opened: {cause}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it is not a journal database: {cause}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>its integrity check failed: {cause}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>night {night}: {field}: the stored value {value} cannot be read; it is treated as empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>night {night}: {field}: the stored value {value} cannot be read; {dropped} is left out</source>
            <comment>dropped: what is left out, e.g. the event magnesium</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the course {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the event {step}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the factor {key}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>JournalErrors</name>
        <message>
            <source>a tag needs a name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>contains a control character</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>fell asleep at</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>give a ferritin or a TSAT value (or both)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>got into bed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>got out of bed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is not a factor this journal knows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is not a night field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is {length} characters long; at most {limit} fit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>lights out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be a date and time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be a local clock time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be a local clock time in whole minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be a whole number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be in whole minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be yes or no</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must not contain a NUL character</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>needs a UTC offset</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>time to fall asleep ({onset} min) plus time awake ({awake} min) is longer than lights-out to final wake ({night} min)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>woke for the day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} is more than the awakenings ({awakenings})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{day} {time}</source>
            <comment>a date and a time of day</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{end} is before the start ({start})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{later} ({later_time}) comes before {earlier} ({earlier_time})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{moment} is not in the night of {night}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{moment} is outside the night of {night} (noon that day to midnight the day after)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{text} contains a control character</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{text}… is longer than {count} characters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{value} is not a clock time like 21:30</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{value} is not a date and time like 2024-03-24T22:30:00+01:00</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{value} is not a number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{value} is not a number like 18.5</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{value} is not a value here (must be above 0, at most {high})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{value} is not a value here (must be at least 0, at most {high})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{value} is not a whole number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{value} is not an even number from 2 to {high}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{value} is not one of {choices}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{value} is not one of {choices} or custom:&lt;id&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{value} is not yes (leave it empty for no)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{value} is not yes or no</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{value} is outside {low}–{high}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{value} must be in whole minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{value} needs a UTC offset (like +01:00)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Journeys</name>
        <message>
            <source>The breathing could not be recorded in the journal: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The stretches could not be recorded in the journal: {reason}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Measures</name>
        <message>
            <source>Alcoholic drinks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Arms too</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bedroom temperature</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Caffeinated drinks after noon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dimmed the lights</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exercise</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fell asleep at</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Felt rested (1 not at all … 5 fully)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Got into bed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Got out of bed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Legs started at</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Legs started bothering me</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lights out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Magnesium dose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Magnesium taken at</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Minutes of slow breathing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Minutes spent stretching</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restless legs (0 none … 10 worst)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sleep as Android rating</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sleep efficiency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sleep quality (1 very poor … 5 very good)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stress (1 calm … 5 very stressed)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stretch holds done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stretch holds planned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stretched this evening</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time awake after first falling asleep</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time in bed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time to fall asleep</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Times my legs woke me</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Times woken in the night</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Took magnesium</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Total sleep time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Woke for the day</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NightEditor</name>
        <message>
            <source>&amp;Revert</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Save night</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Alcoholic drinks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Anything worth remembering about this night</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Arms too?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Awake in the night</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bedroom</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Caffeine after noon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exercise</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fell asleep in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Felt rested (1–5)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Into bed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Legs started</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Legs started at</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Legs woke me</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lights dimmed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lights out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Magnesium</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Night of {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No night selected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Out of bed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problems</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restless legs (0–10)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sleep quality (1–5)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stress (1–5)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stretched</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Taken at</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The evening before</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The night</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Times woken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Woke for the day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>comma-separated, e.g. late dinner, travel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>yes</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Notifications</name>
        <message>
            <source>Snooze {minutes} min</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Pictures</name>
        <message>
            <source>an unused picture in {folder} could not be removed ({cause})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the picture could not be saved in {folder} ({cause})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} cannot be opened ({cause})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} cannot be read ({cause})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} is larger than {size} MB</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} is not a PNG, JPEG or SVG file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} is not a picture file</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Plan</name>
        <message>
            <source>Night of {night} ({zone}), bedtime {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No steps are enabled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>at a set time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>at bedtime</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>next morning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{date} {time}</source>
            <comment>a date and a time of day</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{minutes} min before bedtime</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Prompts</name>
        <message>
            <source>(This was due at {time}.)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A step of your own routine. Press Done once it is done.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dim the lights, put the screens away, and let the bedroom cool to {room}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Five slow leg stretches, about ten minutes. A little floor space and a wall are all you need; the app counts the time and tells you when to switch.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Good morning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How were your legs last night, and how did you sleep? It takes half a minute.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lights down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lights out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Morning stretches</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ready to stretch?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skip today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skip tonight</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The same five gentle stretches as last night, to start the day loose.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time for your magnesium</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time to breathe slowly</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time to settle in for the night. Sleep well.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>about {degrees} °C</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>about {degrees} °F</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>coming up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>done at {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>missed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>now (running late)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>partly done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>partly done at {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>skipped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>skipped at {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>snoozed until {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>waiting for you</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label}, {dose} mg. Taking it now gives it time to settle before bed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{minutes} minutes of slow breathing: {breathe_in} seconds in, {breathe_out} out. Sit or lie comfortably; the screen shows the pace.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Reminders</name>
        <message>
            <source>Bedtime Companion could not write to your journal ({reason}). It will keep trying; your reminders carry on.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>in %n h</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>in %n min</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>in {hours} h %n min</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the daily backup failed: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{step} at {time} · {relative}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{step} on {date} at {time} · {relative}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{step} tomorrow at {time} · {relative}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Report</name>
        <message numerus="yes">
            <source>%n factors were not recorded in this period.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>, </source>
            <comment>between the routine's steps</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--days: {days} is outside 1–{most}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--output: the folder {folder} does not exist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--output: {path} should end in .pdf</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>; </source>
            <comment>between items of a list</comment>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;Period:&lt;/b&gt; nights of {first} to {last} (%n nights; {answered} with a morning check-in).</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>A personal sleep and symptom diary kept with the app. Scores are the person's own ratings; the app has no sensors.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Are my arms involved too?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Arms too</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Arms, wakings and episodes per week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Average</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Average with</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Average without</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Averages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Before my appointment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cliff's δ</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Difference (95 % interval)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Do they wake me at night?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Evening routine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Factor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ferritin (ng/mL = µg/L)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How strong are my symptoms?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I did not note the clock time they began.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I did not rate them in this period.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In my words: {reliefs}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Iron tests</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Legs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Measure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Median</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Median start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Medicine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Medicines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Medicines (as recorded by the person)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>My latest iron test</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>My own summary of the nights of {first} to {last}, from the diary I keep.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Night</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Night-time episodes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nights</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nights answered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nights with / without</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No iron test recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No medicine course recorded in this period.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No medicine recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No nights were logged in this period.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No restless-legs scores in this period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing noted with an episode.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>On average {average} out of 10 over %n nights (0 none … 10 worst); {high} nights were 7 or more.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Quality</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Questions I want to ask</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Range</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restless legs each night (0 none … 10 worst), with the 7-night average</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Routine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>TSAT (%)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The 2024 American Academy of Sleep Medicine clinical practice guideline for restless legs (Winkelman et al., J Clin Sleep Med 2024; doi:10.5664/jcsm.11390) uses these iron thresholds in adults: serum ferritin ≤ 75 ng/mL (µg/L) or transferrin saturation (TSAT) &lt; 20 %. These numbers are for a conversation with a clinician; this app does not recommend any treatment or dose.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>The {shown} most recent of %n logged nights; the app's CSV export has every night.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Time of day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Times legs woke me</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Usually around {usual} (the median of %n nights with a time); the earliest was {earliest}.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Week from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What brings relief?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What do I take for them now?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What went with better or worse nights (restless legs, 0–10)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When in the day do they start?</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Whole routine (magnesium, stretches, lights dimmed) done on &lt;b&gt;{done} of %n&lt;/b&gt; nights ({steps}); {week_done} of the last {week_days}.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Woken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Written from the person's own diary entries; not a questionnaire score and not a diagnosis.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Yes on {yes} of %n nights I answered.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Your symptoms have been starting earlier: the median start time moved about {hours} hours earlier over the last 8 weeks. This may be worth mentioning to your clinician.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>all</source>
            <comment>every routine step done that night</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>before this period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>lights</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>lights dimmed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>magnesium</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>page {number} of {pages}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>still taking</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>stretches</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the report {path} could not be written: the PDF writer failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the report {path} could not be written: the disk is full</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{app} — summary {period}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{app}: sleep and restless legs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{courses}.</source>
            <comment>the medicines taken now, as a list</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{date}: TSAT {tsat} %.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{date}: ferritin {ferritin} ng/mL (µg/L), TSAT {tsat} %.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{date}: ferritin {ferritin} ng/mL (µg/L).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{factor} ({with_side} / {without_side})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{low} – {high}</source>
            <comment>a range of values</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{minutes} min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} {dose} {unit} at {time} since {start}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} {dose} {unit} since {start}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{step} {count}</source>
            <comment>a routine step and its nights done</comment>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{times} times in {nights} nights; I noted %n night-time episodes.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>{yes} of {answered}</source>
            <comment>nights with arms too, of nights answered</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SelfTest</name>
        <message>
            <source>APScheduler did not keep its jobs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>QLocalServer cannot listen: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Qt platform: running on {name}, not {wanted}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Qt widgets: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>QtTextToSpeech does not import: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a new journal fails SQLite's integrity check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>an SVG icon renders empty (is the svg icon engine missing?)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>could not create {windows}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>icons</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>journal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no sounds in {folder}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no text-to-speech engine plug-in found (expected at least mock)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>resource folder {folder} is missing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>resources</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>scheduler</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>single instance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>sounds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>speech</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>stretch illustrations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the {stretch} drawing renders empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>tonight's plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>tonight's plan has no steps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>windows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{check}: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} holds no audio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} is missing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} is not a readable WAV file: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} is not a valid SVG</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{prog} self-test: (Qt) {message}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{prog} self-test: all checks passed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{prog} self-test: {line}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source> min</source>
            <comment>after a number of minutes in a field</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source> s</source>
            <comment>after a number of seconds in a field</comment>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n min before bedtime</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>(no title yet)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A different bedtime on some nights:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A new stretch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A quiet voice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A soft chime</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A stretch picture could not be kept: {reason}. Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a caffeine cut-off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a stretch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Also stretch in the morning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Always dark</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Always like my desktop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Appearance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>As the system</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>At a time of day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Automatic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Automatic: cards by the tray icon, and notifications as well where there is no tray icon. Where notifications have no Done button, the cards stay.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bedtime</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bedtime on {weekday} night</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Before bedtime</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Breathe in for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Breathe out for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Breathing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Breathing minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cards and notifications</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Celsius (°C)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a picture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose one of your own stretches in the list above to edit it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose picture…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Command</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Command to run</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dark in the evening, like my desktop by day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each side (left, then right)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fahrenheit (°F)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For</source>
            <comment>breathing for a number of minutes</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From my region</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>General</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hold each side</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hold for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last coffee of the day at {time}, Monday to Friday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Magnesium</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Magnesium dose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Magnesium product</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Minutes before bedtime</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Morning stretches: minutes after waking up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New stretch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No picture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>None ticked: every day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>None, just the screen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>None: a card with the name is shown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notifications</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Once</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One step per line ({least} to {most})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Optional</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Optional, e.g. {command}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pause to switch sides</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Picture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Picture: {file}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pictures ({patterns})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Play soft sounds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Product</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reduce motion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reminders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Room temperature in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rounds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Settings — {app}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show each stretch's pose still instead of moving into it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show reminders as</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sides</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Slow breathing to wind down; turn it on under Reminders.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Snooze for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Snooze length</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Speak the stretch instructions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start {app} when I log in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Starting at login could not be changed ({reason}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Step title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Steps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Steps, one per line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stretch name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stretches</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stretches, in order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>System ({zone})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Temperature unit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Text on the card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time of day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time zone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Usual bedtime</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Volume</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wake-up time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Windows you open from now on use the new language; the tray menu and the Tonight window change the next time {app} starts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>With each breath</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your own steps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your own steps, in order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your own stretches</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your settings could not be saved ({reason}); nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>after waking up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>at bedtime</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>at {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>before bedtime</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. Figure-four stretch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>every day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this file cannot be shown as a picture; choose another or none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} (yours)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name}: {problem}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{step}: minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{title} · needs a fix</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{title} · {when} · {days}</source>
            <comment>a step in the list</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{weekday} night</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Settings file</name>
        <message>
            <source>These settings could not be used and take their defaults until you change them; the rest are in force, and {file} was not changed.
{problems}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your settings file could not be used because {reason}. The defaults are in use; the old file was kept as {file}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it is not a readable settings file ({cause})</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SettingsErrors</name>
        <message>
            <source>"{id}" is a built-in stretch's id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"{id}" is used twice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"{text}" is not a time like 12:00</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>give either a time (at) or before_bedtime_minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is a number far too large</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is missing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is needed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is not a field of a custom step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is not a field of a custom stretch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is not a step this app knows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is not a weekday (monday … sunday) or 'default'</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>left out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be a PNG, JPEG or SVG file (.png, .jpg, .jpeg, .svg)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be a list like ["Lie down.", …]</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be a list of [[custom_steps]] tables</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be a list of [[custom_stretches]] tables</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be a list of stretch ids</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be a list of weekdays like ["monday", "friday"]</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be a list of words like ["prog", "arg"]</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be a table</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be a table ([[custom_steps]])</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be a table ([[custom_stretches]])</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be a time like "22:30"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be a tuple of stretch ids</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be a whole number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be at most {count} characters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be auto, cards, notifications or both</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be auto, celsius or fahrenheit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be auto, evening or day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be between {low} and {high}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be between {low} and {high}, not {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be from 12:00 on (the app's day turns at noon)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be letters, digits and '-' (at most {count} characters)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be off, chime or voice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be text in quotes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be true or false</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be {low} to {high} steps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must name at least one stretch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must name weekdays (monday … sunday)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must not be empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must not hold an empty step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must start with the program to run</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>names "{item}", which is neither a built-in stretch nor one of your own</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>names a stretch more than once</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>one step is over {count} characters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown step {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>using none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>using the default</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>using the defaults</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>using {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>weekday {weekday} is not 0-6</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{item} is not one of {ids} or an id of your own stretches</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{key}: {problem}; {instead}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is not a known IANA time zone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{text} is not a time like 22:30</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StepCommands</name>
        <message>
            <source>The command “{command}” could not be started.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The command “{command}” failed (exit status {code}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The command “{command}” failed (exit status {code}): {output}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The command “{command}” stopped unexpectedly.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The command “{command}” took over {seconds} s and was stopped.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Steps</name>
        <message>
            <source>Breathing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From now on, choose decaf, herbal tea or water.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last coffee of the day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lights dimmed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lights down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lights out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Magnesium</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Morning check-in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Morning stretches</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stretches</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Stretch</name>
        <message>
            <source>All done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Carry on with the stretches (G or Esc)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change position</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close the stretch window</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close this window (Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drawing of the {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>End here and see what you did (S)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every stretch counts. Let your legs rest and wind down for sleep.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fill the whole screen, or go back to a window (F)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Full screen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Get ready</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go on with the stretches</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Guided stretches — {app}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last one — then you are done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Leave full screen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Left leg</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move on to the next hold (→)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next: {name}, left leg</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next: {name}, right leg</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nicely done. Let your legs rest and wind down for sleep.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No stretches this time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pause and choose whether to end tonight's stretches here (Esc)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pause or resume the timer (Space)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pause the stretch timer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ready when you are</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resume</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resume the stretch timer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Right leg</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>S stop · G or Esc go on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skip</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skip this hold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Space pause · ← back · → skip · F full screen · Esc stop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start this hold again, or go back one if it has only just begun (←)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop the stretches</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop the stretches now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop tonight's stretches?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Switch to the left leg</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Switch to the right leg</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That's fine — you can start again from the tray whenever you like.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That's it for tonight</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Toggle full screen</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>You completed all %n holds in under a minute.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>You completed all {planned} holds in %n minutes.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>You completed {completed} of %n holds in under a minute.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>You completed {completed} of {planned} holds in %n minutes.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>{caption} {time}</source>
            <comment>the ring, read aloud</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{completed} of {planned}</source>
            <comment>holds done, in the ring</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Stretches</name>
        <message>
            <source>Bend the front knee and step the working leg well back, toes pointing at the wall.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bend the other knee and rest that foot against the inside of the straight thigh.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bend the working knee and bring the heel up toward your seat.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Breathe out slowly as you draw the knee in, and stop short of any pain.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bring the working knee up toward your chest.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Calf stretch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clasp your hands just below the knee and hug it in softly.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cross the working leg over it and set that foot flat beside the straight knee.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Draw the knee gently toward your chest and sit tall.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Face a wall and rest both palms on it at shoulder height.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hamstring stretch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hip and glute stretch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hold on for balance the whole time, and never yank the foot upward.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hold that ankle with the hand on the same side.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep both knees close together and your hips level.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep that back leg straight and press its heel into the floor.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep the other leg long on the floor.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep your back long and fold forward from the hips.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep your head and shoulders relaxed on the floor and breathe slowly.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lead with the chest rather than rounding your back, and ease off if it hurts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lean your whole body toward the wall until the calf feels a gentle pull.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Let the wall take your weight, and keep the back heel down without bouncing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lie on your back with your head resting on the floor.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lying leg stretch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quadriceps stretch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reach toward the shin or ankle, only as far as feels comfortable.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sit on the floor with the working leg straight out in front, toes to the ceiling.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sit up straight on the floor with the other leg stretched out in front.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stand tall and hold a wall or the back of a chair with one hand.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wrap both arms around the bent knee.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>calf</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>glute and hamstring</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>hamstring</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>hip and glute</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>quadriceps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{number} of {total}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Tonight</name>
        <message>
            <source>Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing is planned yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paused tonight</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reminders are off: the journal was written by a newer version of Bedtime Companion and is open read-only.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skip</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Snooze</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop {app} and tonight's reminders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tonight</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tonight — {app}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tonight's routine is complete.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your desktop shows no tray area, so this window stands in for the tray icon. Closing it keeps the reminders running; Quit stops them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>missed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>partly done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>skipped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>still to come</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Tray</name>
        <message>
            <source>About</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About {app}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Legs restless now…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Log last night…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open journal…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pause tonight</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resume tonight</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Settings…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start stretches now</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Treatments</name>
        <message>
            <source>&amp;Add medicine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A new medicine needs its name, its dose and a unit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A test result needs a ferritin or a TSAT value (or both).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About the iron numbers: the 2024 guideline of the American Academy of Sleep Medicine (Winkelman et al., Journal of Clinical Sleep Medicine 2024, doi 10.5664/jcsm.11390) uses ferritin at or below 75 ng/mL (the same as µg/L) or a transferrin saturation (TSAT) below 20 % as its thresholds for iron in restless legs. These numbers are here for a conversation with your clinician; this app does not advise any treatment or dose.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About when the legs start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add &amp;test result</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changed {name} {dose} {unit}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date of the test</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ferritin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ferritin (µg/L)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Iron test on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Iron test: TSAT {tsat} %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Iron test: ferritin {ferritin}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Iron test: ferritin {ferritin}, TSAT {tsat} %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Iron tests</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last day taken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Medicine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Medicine name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Medicine to stop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Medicines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New medicine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record &amp;stop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record a change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Started {name} {dose} {unit}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stopped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stopped {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>TSAT</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>TSAT (%)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Taking it from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time of day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When the legs start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. pramipexole</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>from</source>
            <comment>taking it from</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>still taking</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{dose} {unit}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Welcome</name>
        <message>
            <source>Add {minutes} minutes of slow breathing, {before} minutes before bed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Get started</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I usually get up at</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I usually go to bed at</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Please read: this is not medical advice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start {app} when I log in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Usual bedtime</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Usual wake-up time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Welcome to {app}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You can change these, the reminder times and your magnesium dose any time under Settings… in the tray menu.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Widgets</name>
        <message>
            <source>"{typed}" is not a time like 22:30</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>At bedtime</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear</source>
            <comment>empties a time field</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear {field}</source>
            <comment>{field}: the name of a time field</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In the afternoon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In the evening</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In the morning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Light</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Moderate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>None</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not at all</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vigorous</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>hh:mm</source>
            <comment>hours and minutes to type</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the time zone is unknown</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
