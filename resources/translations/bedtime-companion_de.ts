<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
    <context>
        <name>About</name>
        <message>
            <source>About {app}</source>
            <translation>Über {app}</translation>
        </message>
        <message>
            <source>Bedtime Companion is a reminder and a diary, not a medical device and not medical advice. It does not diagnose or treat restless legs syndrome or anything else. Talk with your doctor or pharmacist before you start a supplement or change a treatment, and stop any stretch that hurts.</source>
            <translation>Bedtime Companion ist eine Erinnerung und ein Tagebuch – kein Medizinprodukt und keine medizinische Beratung. Die App stellt keine Diagnose und behandelt weder das Restless-Legs-Syndrom noch etwas anderes. Sprich mit deiner Ärztin, deinem Arzt oder in der Apotheke, bevor du ein Nahrungsergänzungsmittel beginnst oder eine Behandlung änderst, und brich jede Dehnung ab, die wehtut.</translation>
        </message>
        <message>
            <source>Bedtime Companion keeps you company through an evening routine that many people with restless legs find calming: magnesium about an hour and a half before bed, ten minutes of gentle leg stretches, then lights down and screens away. Each morning it asks how the night went, so over a few weeks you can see for yourself what makes a difference.</source>
            <translation>Bedtime Companion begleitet dich durch eine Abendroutine, die viele Menschen mit unruhigen Beinen als beruhigend empfinden: Magnesium etwa anderthalb Stunden vor dem Schlafengehen, zehn Minuten sanfte Dehnübungen für die Beine, dann Licht dimmen und Bildschirme weg. Jeden Morgen fragt sie, wie die Nacht war – so siehst du nach ein paar Wochen selbst, was einen Unterschied macht.</translation>
        </message>
        <message>
            <source>Everything you record stays on this computer, in files only your user account can read. The app never connects to the internet.</source>
            <translation>Alles, was du einträgst, bleibt auf diesem Computer, in Dateien, die nur dein Benutzerkonto lesen kann. Die App verbindet sich nie mit dem Internet.</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>A Bedtime Companion window closed because of an error. Everything saved before it closed is kept; the reminders carry on.</source>
            <translation>Ein Fenster von Bedtime Companion wurde wegen eines Fehlers geschlossen. Alles, was vorher gespeichert wurde, bleibt erhalten; die Erinnerungen laufen weiter.</translation>
        </message>
        <message>
            <source>Bedtime Companion could not open its command socket ({reason}), so starting it again will not reach this copy. Your reminders carry on.</source>
            <translation>Bedtime Companion konnte seinen Befehls-Socket nicht öffnen ({reason}). Ein erneuter Start erreicht diese Instanz daher nicht. Deine Erinnerungen laufen weiter.</translation>
        </message>
        <message>
            <source>Demo: tonight's routine runs at sixty times normal speed, so each reminder appears within a few minutes. Nothing you do here is kept.</source>
            <translation>Demo: Die Routine für heute Abend läuft sechzigmal schneller, jede Erinnerung erscheint also innerhalb weniger Minuten. Nichts, was du hier tust, wird gespeichert.</translation>
        </message>
        <message>
            <source>bedtime-companion: another copy is running but did not answer; if it is stuck, end it and start again.</source>
            <translation>bedtime-companion: Eine andere Instanz läuft, hat aber nicht geantwortet. Falls sie hängt, beende sie und starte neu.</translation>
        </message>
        <message>
            <source>“{command}” is not available in this version yet.</source>
            <translation>„{command}“ gibt es in dieser Version noch nicht.</translation>
        </message>
    </context>
    <context>
        <name>Argparse</name>
        <message>
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>mehrdeutige Option: %(option)s passt zu %(matches)s</translation>
        </message>
        <message>
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>Argument %(argument_name)s: %(message)s</translation>
        </message>
        <message>
            <source>expected at least one argument</source>
            <translation>mindestens ein Wert erwartet</translation>
        </message>
        <message>
            <source>expected at most one argument</source>
            <translation>höchstens ein Wert erwartet</translation>
        </message>
        <message>
            <source>expected one argument</source>
            <translation>ein Wert erwartet</translation>
        </message>
        <message>
            <source>ignored explicit argument %r</source>
            <translation>Wert %r wird ignoriert</translation>
        </message>
        <message>
            <source>invalid %(type)s value: %(value)r</source>
            <translation>ungültiger Wert für %(type)s: %(value)r</translation>
        </message>
        <message>
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>ungültige Wahl: %(value)r (möglich: %(choices)s)</translation>
        </message>
        <message>
            <source>not allowed with argument %s</source>
            <translation>nicht zusammen mit %s möglich</translation>
        </message>
        <message>
            <source>one of the arguments %s is required</source>
            <translation>eines der Argumente %s wird gebraucht</translation>
        </message>
        <message>
            <source>the following arguments are required: %s</source>
            <translation>diese Argumente fehlen: %s</translation>
        </message>
        <message>
            <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
            <translation>unbekannter Befehl %(parser_name)r (möglich: %(choices)s)</translation>
        </message>
        <message>
            <source>unrecognized arguments: %s</source>
            <translation>unbekannte Argumente: %s</translation>
        </message>
    </context>
    <context>
        <name>Breathing</name>
        <message>
            <source>Breathe in</source>
            <translation>Einatmen</translation>
        </message>
        <message>
            <source>Breathe out</source>
            <translation>Ausatmen</translation>
        </message>
        <message>
            <source>Breathing guide</source>
            <translation>Atemübung</translation>
        </message>
        <message>
            <source>Breathing — {app}</source>
            <translation>Atmung — {app}</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Enough for now.</source>
            <translation>Für jetzt genug.</translation>
        </message>
        <message>
            <source>Enter or Esc closes</source>
            <translation>Enter oder Esc schließt</translation>
        </message>
        <message>
            <source>Go on</source>
            <translation>Weiter</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>Pausiert</translation>
        </message>
        <message>
            <source>Space pause  ·  Esc stop  ·  F full screen</source>
            <translation>Leertaste Pause  ·  Esc Stopp  ·  F Vollbild</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Stopp</translation>
        </message>
        <message>
            <source>Stopped before the first minute. Any slow breath helps.</source>
            <translation>Vor der ersten Minute beendet. Jeder langsame Atemzug tut gut.</translation>
        </message>
        <message>
            <source>Well done.</source>
            <translation>Gut gemacht.</translation>
        </message>
        <message numerus="yes">
            <source>You breathed slowly for %n minutes of the {planned} minutes you chose.</source>
            <translation>
                <numerusform>Du hast %n Minute von {planned} geplanten Minuten langsam geatmet.</numerusform>
                <numerusform>Du hast %n Minuten von {planned} geplanten Minuten langsam geatmet.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>You breathed slowly for %n minutes.</source>
            <translation>
                <numerusform>Du hast %n Minute langsam geatmet.</numerusform>
                <numerusform>Du hast %n Minuten langsam geatmet.</numerusform>
            </translation>
        </message>
        <message>
            <source>{time} left</source>
            <comment>the countdown, e.g. 4:50 left</comment>
            <translation>noch {time}</translation>
        </message>
    </context>
    <context>
        <name>Cards</name>
        <message numerus="yes">
            <source>Snooze %n min</source>
            <translation>
                <numerusform>%n min später</numerusform>
                <numerusform>%n min später</numerusform>
            </translation>
        </message>
        <message>
            <source>This one can't wait any longer tonight.</source>
            <translation>Das kann heute Abend nicht länger warten.</translation>
        </message>
        <message>
            <source>{title} — {app}</source>
            <translation>{title} — {app}</translation>
        </message>
        <message>
            <source>{title}: {button}</source>
            <comment>a card's button, read aloud</comment>
            <translation>{title}: {button}</translation>
        </message>
    </context>
    <context>
        <name>Charts</name>
        <message>
            <source>0 none</source>
            <translation>0 keine</translation>
        </message>
        <message>
            <source>10 worst</source>
            <translation>10 am stärksten</translation>
        </message>
        <message>
            <source>7-night average</source>
            <translation>Mittel über 7 Nächte</translation>
        </message>
        <message>
            <source>No start times recorded in this period</source>
            <translation>In diesem Zeitraum keine Startzeiten eingetragen</translation>
        </message>
        <message>
            <source>Nothing logged in this period</source>
            <translation>In diesem Zeitraum nichts eingetragen</translation>
        </message>
        <message>
            <source>When the legs started each night (clock time), with the 7-night median</source>
            <translation>Wann die Beine jede Nacht unruhig wurden (Uhrzeit), mit dem Median über 7 Nächte</translation>
        </message>
        <message>
            <source>each night</source>
            <translation>jede Nacht</translation>
        </message>
    </context>
    <context>
        <name>Checkin</name>
        <message>
            <source>Add tag</source>
            <translation>Schlagwort hinzufügen</translation>
        </message>
        <message>
            <source>Answer what you remember. Anything can be left blank.</source>
            <translation>Beantworte, woran du dich erinnerst. Alles darf leer bleiben.</translation>
        </message>
        <message>
            <source>Anything else worth remembering about this night</source>
            <translation>Was du dir sonst von dieser Nacht merken möchtest</translation>
        </message>
        <message>
            <source>From the evening routine</source>
            <translation>Aus der Abendroutine</translation>
        </message>
        <message>
            <source>How was the night?</source>
            <translation>Wie war die Nacht?</translation>
        </message>
        <message>
            <source>Legs started at</source>
            <translation>Beine unruhig ab</translation>
        </message>
        <message>
            <source>Lights dimmed</source>
            <translation>Licht gedimmt</translation>
        </message>
        <message>
            <source>Lights dimmed at {time}</source>
            <translation>Licht gedimmt um {time}</translation>
        </message>
        <message>
            <source>Lights not dimmed</source>
            <translation>Licht nicht gedimmt</translation>
        </message>
        <message>
            <source>Lights out</source>
            <translation>Licht aus</translation>
        </message>
        <message>
            <source>Lights out at {time}</source>
            <translation>Licht aus um {time}</translation>
        </message>
        <message>
            <source>Magnesium</source>
            <translation>Magnesium</translation>
        </message>
        <message>
            <source>Magnesium at {time}</source>
            <translation>Magnesium um {time}</translation>
        </message>
        <message>
            <source>Magnesium {dose} mg</source>
            <translation>Magnesium {dose} mg</translation>
        </message>
        <message>
            <source>Magnesium {dose} mg at {time}</source>
            <translation>Magnesium {dose} mg um {time}</translation>
        </message>
        <message>
            <source>More details</source>
            <translation>Mehr Details</translation>
        </message>
        <message>
            <source>Morning check-in — night of {date}</source>
            <translation>Morgen-Check-in — Nacht vom {date}</translation>
        </message>
        <message>
            <source>New tag</source>
            <translation>Neues Schlagwort</translation>
        </message>
        <message>
            <source>New tag name</source>
            <translation>Name des Schlagworts</translation>
        </message>
        <message>
            <source>Night of {date}</source>
            <translation>Nacht vom {date}</translation>
        </message>
        <message>
            <source>No magnesium</source>
            <translation>Kein Magnesium</translation>
        </message>
        <message>
            <source>No stretches</source>
            <translation>Keine Dehnübungen</translation>
        </message>
        <message>
            <source>No tags yet: add your own, like “late dinner” or “long walk”.</source>
            <translation>Noch keine Schlagwörter: Lege eigene an, etwa „spätes Abendessen“ oder „langer Spaziergang“.</translation>
        </message>
        <message>
            <source>Not saved: {reason}</source>
            <translation>Nicht gespeichert: {reason}</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>Problem with {field}</source>
            <translation>Problem bei {field}</translation>
        </message>
        <message>
            <source>Save (Enter; Ctrl+Enter from the note)</source>
            <translation>Speichern (Enter; in der Notiz Strg+Enter)</translation>
        </message>
        <message>
            <source>Save is off until the answer in red is fixed.</source>
            <translation>Speichern geht erst, wenn die rote Antwort korrigiert ist.</translation>
        </message>
        <message>
            <source>Stretched</source>
            <translation>Gedehnt</translation>
        </message>
        <message>
            <source>Stretches {done} holds</source>
            <translation>Dehnübungen: {done} Haltephasen</translation>
        </message>
        <message>
            <source>Stretches {done}/{planned} holds</source>
            <translation>Dehnübungen: {done}/{planned} Haltephasen</translation>
        </message>
        <message>
            <source>Tag: {name}</source>
            <translation>Schlagwort: {name}</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Schlagwörter</translation>
        </message>
        <message>
            <source>The day before</source>
            <translation>Der Tag davor</translation>
        </message>
        <message>
            <source>The evening routine recorded nothing this night.</source>
            <translation>Die Abendroutine hat in dieser Nacht nichts aufgezeichnet.</translation>
        </message>
        <message>
            <source>The night</source>
            <translation>Die Nacht</translation>
        </message>
        <message>
            <source>not answered</source>
            <translation>nicht beantwortet</translation>
        </message>
        <message>
            <source>{question}: {number}</source>
            <translation>{question}: {number}</translation>
        </message>
        <message>
            <source>{step} at {time}</source>
            <translation>{step} um {time}</translation>
        </message>
        <message>
            <source>{step} missed</source>
            <translation>{step} verpasst</translation>
        </message>
        <message>
            <source>{step} partly done</source>
            <translation>{step} teilweise erledigt</translation>
        </message>
        <message>
            <source>{step} skipped</source>
            <translation>{step} übersprungen</translation>
        </message>
        <message>
            <source>{step}: no answer</source>
            <translation>{step}: keine Antwort</translation>
        </message>
        <message>
            <source>{value} of {highest}</source>
            <comment>a scale's answer</comment>
            <translation>{value} von {highest}</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>--data-dir: is empty; give a folder</source>
            <translation>--data-dir: ist leer; gib einen Ordner an</translation>
        </message>
        <message>
            <source>A gentle tray companion for an evening routine against restless legs.</source>
            <translation>Eine sanfte Begleitung im Infobereich für eine Abendroutine gegen unruhige Beine.</translation>
        </message>
        <message>
            <source>Episode at {time} recorded for the night of {night}</source>
            <translation>Episode um {time} für die Nacht vom {night} eingetragen</translation>
        </message>
        <message>
            <source>Episode at {time} recorded for the night of {night}; relief: {relief}</source>
            <translation>Episode um {time} für die Nacht vom {night} eingetragen; Linderung: {relief}</translation>
        </message>
        <message numerus="yes">
            <source>It covers the last %n nights.</source>
            <translation>
                <numerusform>Er umfasst %n Nacht.</numerusform>
                <numerusform>Er umfasst die letzten %n Nächte.</numerusform>
            </translation>
        </message>
        <message>
            <source>No lab results recorded.</source>
            <translation>Keine Laborwerte eingetragen.</translation>
        </message>
        <message>
            <source>No medicines recorded.</source>
            <translation>Keine Medikamente eingetragen.</translation>
        </message>
        <message>
            <source>Recorded: {name} stopped on {day}</source>
            <translation>Eingetragen: {name} abgesetzt am {day}</translation>
        </message>
        <message>
            <source>Recorded: {record}</source>
            <translation>Eingetragen: {record}</translation>
        </message>
        <message>
            <source>Seed {seed}; {label}.</source>
            <translation>Seed {seed}; {label}.</translation>
        </message>
        <message>
            <source>TSAT {value} %</source>
            <translation>TSAT {value} %</translation>
        </message>
        <message>
            <source>Tonight ({night}) is outside the experiment.</source>
            <translation>Heute Abend ({night}) liegt außerhalb des Experiments.</translation>
        </message>
        <message>
            <source>Tonight ({night}): {factor} OFF (no reminder).</source>
            <translation>Heute Abend ({night}): {factor} AUS (keine Erinnerung).</translation>
        </message>
        <message>
            <source>Tonight ({night}): {factor} on.</source>
            <translation>Heute Abend ({night}): {factor} an.</translation>
        </message>
        <message>
            <source>With no command, starts the tray app (or shows the one already running).</source>
            <translation>Ohne Befehl startet die App im Infobereich (oder zeigt die bereits laufende).</translation>
        </message>
        <message numerus="yes">
            <source>Wrote {file} (%n pages).</source>
            <translation>
                <numerusform>{file} geschrieben (%n Seite).</numerusform>
                <numerusform>{file} geschrieben (%n Seiten).</numerusform>
            </translation>
        </message>
        <message>
            <source>a note for the night</source>
            <translation>eine Notiz zur Nacht</translation>
        </message>
        <message>
            <source>a printable PDF summary for your clinician</source>
            <translation>eine druckbare PDF-Zusammenfassung für deine Ärztin oder deinen Arzt</translation>
        </message>
        <message>
            <source>a randomised on/off test of one routine step: plan, status, report</source>
            <translation>ein zufälliger An/Aus-Test eines Routineschritts: plan, status, report</translation>
        </message>
        <message>
            <source>a tag (repeatable)</source>
            <translation>ein Schlagwort (mehrfach möglich)</translation>
        </message>
        <message>
            <source>a whole number (default: drawn and printed)</source>
            <translation>eine ganze Zahl (Standard: zufällig gezogen und ausgegeben)</translation>
        </message>
        <message>
            <source>add the app to your application menu</source>
            <translation>die App zum Anwendungsmenü hinzufügen</translation>
        </message>
        <message>
            <source>an even number of blocks</source>
            <translation>eine gerade Anzahl von Blöcken</translation>
        </message>
        <message>
            <source>cannot write the output: {cause}</source>
            <translation>die Ausgabe kann nicht geschrieben werden: {cause}</translation>
        </message>
        <message>
            <source>check this installation offscreen (resources, journal, plan, windows) and exit</source>
            <translation>diese Installation ohne Bildschirm prüfen (Ressourcen, Tagebuch, Plan, Fenster) und beenden</translation>
        </message>
        <message>
            <source>create or update one night of the journal</source>
            <translation>eine Nacht im Tagebuch anlegen oder ändern</translation>
        </message>
        <message>
            <source>csv (the default) or json</source>
            <translation>csv (Standard) oder json</translation>
        </message>
        <message>
            <source>default mg</source>
            <translation>Standarddosis in mg</translation>
        </message>
        <message>
            <source>draw a randomised on/off schedule and keep it</source>
            <translation>einen zufälligen An/Aus-Plan ziehen und speichern</translation>
        </message>
        <message>
            <source>every iron test recorded</source>
            <translation>alle eingetragenen Eisenwerte</translation>
        </message>
        <message>
            <source>every medicine course recorded</source>
            <translation>alle eingetragenen Medikamenten-Einnahmen</translation>
        </message>
        <message>
            <source>experiment {action}: no experiment planned yet (see `plan`)</source>
            <translation>experiment {action}: noch kein Experiment geplant (siehe `plan`)</translation>
        </message>
        <message>
            <source>ferritin in µg/L (= ng/mL)</source>
            <translation>Ferritin in µg/L (= ng/mL)</translation>
        </message>
        <message>
            <source>ferritin {value} µg/L (ng/mL)</source>
            <translation>Ferritin {value} µg/L (ng/mL)</translation>
        </message>
        <message>
            <source>import our CSV/JSON export or a Sleep as Android export</source>
            <translation>unseren CSV/JSON-Export oder einen Export aus Sleep as Android importieren</translation>
        </message>
        <message>
            <source>iron test results: add, list</source>
            <translation>Eisenwerte: add, list</translation>
        </message>
        <message>
            <source>is not something the journal records</source>
            <translation>wird im Tagebuch nicht erfasst</translation>
        </message>
        <message>
            <source>it is closed</source>
            <translation>sie ist geschlossen</translation>
        </message>
        <message>
            <source>keep all settings, the journal and backups in DIR (also: environment variable BEDTIME_COMPANION_HOME)</source>
            <translation>alle Einstellungen, das Tagebuch und Sicherungen in DIR ablegen (auch: Umgebungsvariable BEDTIME_COMPANION_HOME)</translation>
        </message>
        <message>
            <source>machine-readable output</source>
            <translation>maschinenlesbare Ausgabe</translation>
        </message>
        <message>
            <source>magnesium, stretch, lights or custom:&lt;id&gt;</source>
            <translation>magnesium, stretch, lights oder custom:&lt;id&gt;</translation>
        </message>
        <message>
            <source>med stop: --name: no course of {name} that started by {day} is still open (see `med list`)</source>
            <translation>med stop: --name: keine Einnahme von {name}, die bis {day} begonnen hat, ist noch offen (siehe `med list`)</translation>
        </message>
        <message>
            <source>medicine courses: add, list, stop</source>
            <translation>Medikamenten-Einnahmen: add, list, stop</translation>
        </message>
        <message>
            <source>nights (default 30)</source>
            <translation>Nächte (Standard 30)</translation>
        </message>
        <message>
            <source>nights per block</source>
            <translation>Nächte pro Block</translation>
        </message>
        <message>
            <source>open the guided stretches now</source>
            <translation>die angeleiteten Dehnübungen jetzt öffnen</translation>
        </message>
        <message>
            <source>open the journal</source>
            <translation>das Tagebuch öffnen</translation>
        </message>
        <message>
            <source>open the morning check-in</source>
            <translation>den Morgen-Check-in öffnen</translation>
        </message>
        <message>
            <source>options</source>
            <translation>Optionen</translation>
        </message>
        <message>
            <source>per pair and overall: the outcome difference</source>
            <translation>pro Paar und insgesamt: der Unterschied im Ergebnis</translation>
        </message>
        <message>
            <source>permission denied</source>
            <translation>Zugriff verweigert</translation>
        </message>
        <message>
            <source>positional arguments</source>
            <translation>Befehle und Argumente</translation>
        </message>
        <message>
            <source>print a night's plan: each step and its time</source>
            <translation>den Plan einer Nacht ausgeben: jeder Schritt mit Uhrzeit</translation>
        </message>
        <message>
            <source>record a medicine course (name, dose, dates)</source>
            <translation>eine Medikamenten-Einnahme eintragen (Name, Dosis, Daten)</translation>
        </message>
        <message>
            <source>record an iron test result</source>
            <translation>einen Eisenwert eintragen</translation>
        </message>
        <message>
            <source>record restless legs in the night, now or --at HH:MM</source>
            <translation>unruhige Beine in der Nacht eintragen, jetzt oder mit --at HH:MM</translation>
        </message>
        <message>
            <source>record the last day of a medicine course</source>
            <translation>den letzten Tag einer Medikamenten-Einnahme eintragen</translation>
        </message>
        <message>
            <source>remove what install-desktop added</source>
            <translation>entfernen, was install-desktop hinzugefügt hat</translation>
        </message>
        <message>
            <source>run a whole evening at 60x speed on a throw-away data dir, to see every reminder</source>
            <translation>einen ganzen Abend mit 60-facher Geschwindigkeit in einem Wegwerf-Datenordner ablaufen lassen, um jede Erinnerung zu sehen</translation>
        </message>
        <message>
            <source>say what would change; write nothing</source>
            <translation>zeigen, was sich ändern würde; nichts schreiben</translation>
        </message>
        <message>
            <source>show the version and exit</source>
            <translation>Version anzeigen und beenden</translation>
        </message>
        <message>
            <source>show this help and exit</source>
            <translation>diese Hilfe anzeigen und beenden</translation>
        </message>
        <message>
            <source>standard output is closed; nothing was written</source>
            <translation>die Standardausgabe ist geschlossen; nichts wurde geschrieben</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>die Festplatte ist voll</translation>
        </message>
        <message>
            <source>the disk is read-only</source>
            <translation>die Festplatte ist schreibgeschützt</translation>
        </message>
        <message>
            <source>the disk quota is used up</source>
            <translation>das Speicherkontingent ist aufgebraucht</translation>
        </message>
        <message>
            <source>the dose each time, e.g. 0.25</source>
            <translation>die Dosis pro Einnahme, z. B. 0.25</translation>
        </message>
        <message>
            <source>the first night</source>
            <translation>die erste Nacht</translation>
        </message>
        <message>
            <source>the journal could not be used: {cause}</source>
            <translation>das Tagebuch konnte nicht verwendet werden: {cause}</translation>
        </message>
        <message>
            <source>the last day (leave out: still taking)</source>
            <translation>der letzte Tag (weglassen: wird noch genommen)</translation>
        </message>
        <message>
            <source>the night (default: tonight)</source>
            <translation>die Nacht (Standard: heute Abend)</translation>
        </message>
        <message>
            <source>the night to log</source>
            <translation>die einzutragende Nacht</translation>
        </message>
        <message>
            <source>the schedule, tonight's block and the results</source>
            <translation>der Plan, der Block für heute Abend und die Ergebnisse</translation>
        </message>
        <message>
            <source>the usual time of day</source>
            <translation>die übliche Tageszeit</translation>
        </message>
        <message>
            <source>transferrin saturation in %%</source>
            <translation>Transferrinsättigung in %%</translation>
        </message>
        <message>
            <source>usage: </source>
            <comment>the start of a command's help; keep the space</comment>
            <translation>Aufruf: </translation>
        </message>
        <message>
            <source>use this bedtime instead of the setting</source>
            <translation>diese Schlafenszeit statt der Einstellung verwenden</translation>
        </message>
        <message>
            <source>warning: {problem}</source>
            <translation>Warnung: {problem}</translation>
        </message>
        <message>
            <source>what you did for relief</source>
            <translation>was du zur Linderung getan hast</translation>
        </message>
        <message>
            <source>when it began (default: now)</source>
            <translation>wann es begann (Standard: jetzt)</translation>
        </message>
        <message>
            <source>when it was taken</source>
            <translation>wann es genommen wurde</translation>
        </message>
        <message>
            <source>write the whole journal (to stdout by default)</source>
            <translation>das ganze Tagebuch ausgeben (standardmäßig auf stdout)</translation>
        </message>
        <message>
            <source>write to this file (private, 0600)</source>
            <translation>in diese Datei schreiben (privat, 0600)</translation>
        </message>
        <message>
            <source>{cause} ({file})</source>
            <comment>a problem and the file it is about</comment>
            <translation>{cause} ({file})</translation>
        </message>
        <message>
            <source>{flag}: cannot write {file}: {cause}</source>
            <translation>{flag}: {file} kann nicht geschrieben werden: {cause}</translation>
        </message>
        <message>
            <source>{flag}: is not valid UTF-8 text</source>
            <translation>{flag}: ist kein gültiger UTF-8-Text</translation>
        </message>
        <message>
            <source>{flag}: {value} is not a clock time like 21:30</source>
            <translation>{flag}: {value} ist keine Uhrzeit wie 21:30</translation>
        </message>
        <message>
            <source>{flag}: {value} is not a date like 2026-03-07</source>
            <translation>{flag}: {value} ist kein Datum wie 2026-03-07</translation>
        </message>
        <message>
            <source>{flag}: {value} is not a number like 0.25</source>
            <translation>{flag}: {value} ist keine Zahl wie 0.25</translation>
        </message>
        <message>
            <source>{flag}: {value} is not a whole number</source>
            <translation>{flag}: {value} ist keine ganze Zahl</translation>
        </message>
        <message>
            <source>{flag}: {value} is outside the years {first}–{last}</source>
            <translation>{flag}: {value} liegt außerhalb der Jahre {first}–{last}</translation>
        </message>
        <message>
            <source>{name} {dose} {unit} at {time}, since {start} (still taking)</source>
            <translation>{name} {dose} {unit} um {time}, seit {start} (wird noch genommen)</translation>
        </message>
        <message>
            <source>{name} {dose} {unit} at {time}, {start} to {end}</source>
            <translation>{name} {dose} {unit} um {time}, {start} bis {end}</translation>
        </message>
        <message>
            <source>{name} {dose} {unit}, since {start} (still taking)</source>
            <translation>{name} {dose} {unit}, seit {start} (wird noch genommen)</translation>
        </message>
        <message>
            <source>{name} {dose} {unit}, {start} to {end}</source>
            <translation>{name} {dose} {unit}, {start} bis {end}</translation>
        </message>
        <message>
            <source>{value} is not a time like 22:30</source>
            <translation>{value} ist keine Uhrzeit wie 22:30</translation>
        </message>
        <message>
            <source>{value} is not a whole number of nights</source>
            <translation>{value} ist keine ganze Zahl von Nächten</translation>
        </message>
    </context>
    <context>
        <name>Cues</name>
        <message>
            <source>All done.</source>
            <translation>Geschafft.</translation>
        </message>
        <message>
            <source>Get ready for the {stretch}.</source>
            <translation>Mach dich bereit: {stretch}.</translation>
        </message>
        <message>
            <source>Switch to the left leg.</source>
            <translation>Wechsle zum linken Bein.</translation>
        </message>
        <message>
            <source>Switch to the right leg.</source>
            <translation>Wechsle zum rechten Bein.</translation>
        </message>
        <message numerus="yes">
            <source>{Stretch}, left leg. Hold for %n seconds.</source>
            <translation>
                <numerusform>{Stretch}, linkes Bein. %n Sekunden halten.</numerusform>
                <numerusform>{Stretch}, linkes Bein. %n Sekunden halten.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{Stretch}, right leg. Hold for %n seconds.</source>
            <translation>
                <numerusform>{Stretch}, rechtes Bein. %n Sekunden halten.</numerusform>
                <numerusform>{Stretch}, rechtes Bein. %n Sekunden halten.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{Stretch}. Hold for %n seconds.</source>
            <translation>
                <numerusform>{Stretch}. %n Sekunden halten.</numerusform>
                <numerusform>{Stretch}. %n Sekunden halten.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Dates</name>
        <message>
            <source>Apr</source>
            <translation>Apr</translation>
        </message>
        <message>
            <source>Aug</source>
            <translation>Aug</translation>
        </message>
        <message>
            <source>Dec</source>
            <translation>Dez</translation>
        </message>
        <message>
            <source>Feb</source>
            <translation>Feb</translation>
        </message>
        <message>
            <source>Friday</source>
            <translation>Freitag</translation>
        </message>
        <message>
            <source>Jan</source>
            <translation>Jan</translation>
        </message>
        <message>
            <source>Jul</source>
            <translation>Jul</translation>
        </message>
        <message>
            <source>Jun</source>
            <translation>Jun</translation>
        </message>
        <message>
            <source>Mar</source>
            <translation>Mär</translation>
        </message>
        <message>
            <source>May</source>
            <translation>Mai</translation>
        </message>
        <message>
            <source>Monday</source>
            <translation>Montag</translation>
        </message>
        <message>
            <source>Nov</source>
            <translation>Nov</translation>
        </message>
        <message>
            <source>Oct</source>
            <translation>Okt</translation>
        </message>
        <message>
            <source>Saturday</source>
            <translation>Samstag</translation>
        </message>
        <message>
            <source>Sep</source>
            <translation>Sep</translation>
        </message>
        <message>
            <source>Sunday</source>
            <translation>Sonntag</translation>
        </message>
        <message>
            <source>Thursday</source>
            <translation>Donnerstag</translation>
        </message>
        <message>
            <source>Tuesday</source>
            <translation>Dienstag</translation>
        </message>
        <message>
            <source>Wednesday</source>
            <translation>Mittwoch</translation>
        </message>
        <message>
            <source>{day} {month}</source>
            <comment>a day of the month and a short month name</comment>
            <translation>{day}. {month}</translation>
        </message>
        <message>
            <source>{first} to {last}</source>
            <translation>{first} bis {last}</translation>
        </message>
    </context>
    <context>
        <name>Desktop</name>
        <message>
            <source>install-desktop: {cause}: {file}</source>
            <translation>install-desktop: {cause}: {file}</translation>
        </message>
    </context>
    <context>
        <name>Diary</name>
        <message>
            <source>Night of {weekday} {date}</source>
            <translation>Nacht vom {weekday}, {date}</translation>
        </message>
        <message>
            <source>Tag: {name}</source>
            <translation>Schlagwort: {name}</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nein</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>{label}: {value}</source>
            <translation>{label}: {value}</translation>
        </message>
    </context>
    <context>
        <name>Episode</name>
        <message>
            <source>Hot or cold</source>
            <translation>Wärme oder Kälte</translation>
        </message>
        <message>
            <source>In your own words (optional)</source>
            <translation>In deinen Worten (optional)</translation>
        </message>
        <message>
            <source>Key {key} or {number}</source>
            <translation>Taste {key} oder {number}</translation>
        </message>
        <message>
            <source>Legs restless now</source>
            <translation>Beine unruhig</translation>
        </message>
        <message>
            <source>Legs restless now — {app}</source>
            <translation>Beine unruhig — {app}</translation>
        </message>
        <message>
            <source>Massage</source>
            <translation>Massage</translation>
        </message>
        <message>
            <source>Not saved: {reason}</source>
            <translation>Nicht gespeichert: {reason}</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Anderes</translation>
        </message>
        <message>
            <source>Press a letter for what you did, then Enter. Everything else is optional.</source>
            <translation>Drück den Buchstaben für das, was du getan hast, dann Enter. Alles andere ist freiwillig.</translation>
        </message>
        <message>
            <source>Started at</source>
            <translation>Begann um</translation>
        </message>
        <message>
            <source>Stretched</source>
            <translation>Gedehnt</translation>
        </message>
        <message>
            <source>Walked</source>
            <translation>Herumgelaufen</translation>
        </message>
        <message>
            <source>What I did</source>
            <translation>Was ich getan habe</translation>
        </message>
        <message>
            <source>What helped, in your own words</source>
            <translation>Was geholfen hat, in deinen Worten</translation>
        </message>
        <message>
            <source>When it started</source>
            <translation>Wann es begann</translation>
        </message>
        <message>
            <source>{choice} ({key})</source>
            <comment>a choice and its key</comment>
            <translation>{choice} ({key})</translation>
        </message>
    </context>
    <context>
        <name>Experiment</name>
        <message numerus="yes">
            <source>Experiment: {factor}, {blocks} blocks of %n nights from {start} to {end} (seed {seed})</source>
            <translation>
                <numerusform>Experiment: {factor}, {blocks} Blöcke zu je %n Nacht vom {start} bis {end} (Seed {seed})</numerusform>
                <numerusform>Experiment: {factor}, {blocks} Blöcke zu je %n Nächten vom {start} bis {end} (Seed {seed})</numerusform>
            </translation>
        </message>
        <message>
            <source>Outcome: {outcome} (difference = step on − step off)</source>
            <translation>Ergebnis: {outcome} (Unterschied = Schritt an − Schritt aus)</translation>
        </message>
        <message>
            <source>Overall: mean difference {mean}</source>
            <translation>Insgesamt: mittlerer Unterschied {mean}</translation>
        </message>
        <message>
            <source>Overall: mean difference {mean} (95 % interval {low} to {high})</source>
            <translation>Insgesamt: mittlerer Unterschied {mean} (95-%-Intervall {low} bis {high})</translation>
        </message>
        <message>
            <source>Pair {pair}, block {block}: {first} to {last}: {factor} OFF (no reminder)</source>
            <translation>Paar {pair}, Block {block}: {first} bis {last}: {factor} AUS (keine Erinnerung)</translation>
        </message>
        <message>
            <source>Pair {pair}, block {block}: {first} to {last}: {factor} on</source>
            <translation>Paar {pair}, Block {block}: {first} bis {last}: {factor} an</translation>
        </message>
        <message>
            <source>Pair {pair}: on {on}, off {off}, difference {difference}</source>
            <translation>Paar {pair}: an {on}, aus {off}, Unterschied {difference}</translation>
        </message>
        <message>
            <source>This is {label}.</source>
            <translation>Dies ist {label}.</translation>
        </message>
        <message>
            <source>not enough nights</source>
            <translation>nicht genug Nächte</translation>
        </message>
        <message>
            <source>unblinded; a test of your own routine, not a medical trial</source>
            <translation>nicht verblindet: ein Test deiner eigenen Routine, keine medizinische Studie</translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <source>Bedtime Companion CSV</source>
            <translation>Bedtime Companion CSV</translation>
        </message>
        <message>
            <source>Bedtime Companion JSON</source>
            <translation>Bedtime Companion JSON</translation>
        </message>
        <message>
            <source>Dry run: nothing was written.</source>
            <translation>Probelauf: Es wurde nichts geschrieben.</translation>
        </message>
        <message>
            <source>Medicines, lab results and episodes: added {records}.</source>
            <translation>Medikamente, Laborwerte und Episoden: {records} hinzugefügt.</translation>
        </message>
        <message>
            <source>Medicines, lab results and episodes: would add {records}.</source>
            <translation>Medikamente, Laborwerte und Episoden: {records} würden hinzugefügt.</translation>
        </message>
        <message>
            <source>Routine events: added {events}. New tags: added {tags}.</source>
            <translation>Routine-Ereignisse: {events} hinzugefügt. Neue Schlagwörter: {tags} hinzugefügt.</translation>
        </message>
        <message>
            <source>Routine events: would add {events}. New tags: would add {tags}.</source>
            <translation>Routine-Ereignisse: {events} würden hinzugefügt. Neue Schlagwörter: {tags} würden hinzugefügt.</translation>
        </message>
        <message>
            <source>Sleep as Android export</source>
            <translation>Sleep-as-Android-Export</translation>
        </message>
        <message numerus="yes">
            <source>a number of %n digits is too long to be a value</source>
            <translation>
                <numerusform>eine Zahl mit %n Ziffer ist zu lang für einen Wert</numerusform>
                <numerusform>eine Zahl mit %n Ziffern ist zu lang für einen Wert</numerusform>
            </translation>
        </message>
        <message>
            <source>a record comes before any header line</source>
            <translation>ein Eintrag steht vor jeder Kopfzeile</translation>
        </message>
        <message>
            <source>appears twice in the header</source>
            <translation>kommt in der Kopfzeile doppelt vor</translation>
        </message>
        <message>
            <source>cannot be read: {cause}</source>
            <translation>kann nicht gelesen werden: {cause}</translation>
        </message>
        <message>
            <source>cannot be unpacked ({cause})</source>
            <translation>kann nicht entpackt werden ({cause})</translation>
        </message>
        <message>
            <source>each entry must be an object</source>
            <translation>jeder Eintrag muss ein Objekt sein</translation>
        </message>
        <message>
            <source>each event must be an object</source>
            <translation>jedes Ereignis muss ein Objekt sein</translation>
        </message>
        <message>
            <source>each night must be an object</source>
            <translation>jede Nacht muss ein Objekt sein</translation>
        </message>
        <message>
            <source>has no {member} inside</source>
            <translation>enthält kein {member}</translation>
        </message>
        <message>
            <source>has {fields} fields where the header has {expected}</source>
            <translation>hat {fields} Felder, die Kopfzeile aber {expected}</translation>
        </message>
        <message>
            <source>holds no Sleep as Android records</source>
            <translation>enthält keine Sleep-as-Android-Einträge</translation>
        </message>
        <message>
            <source>is a folder, not a file</source>
            <translation>ist ein Ordner, keine Datei</translation>
        </message>
        <message>
            <source>is empty</source>
            <translation>ist leer</translation>
        </message>
        <message>
            <source>is empty; use null for not recorded</source>
            <translation>ist leer; verwende null für „nicht eingetragen“</translation>
        </message>
        <message>
            <source>is encrypted; export it again without a password</source>
            <translation>ist verschlüsselt; exportiere sie noch einmal ohne Passwort</translation>
        </message>
        <message>
            <source>is larger than {size} MB</source>
            <translation>ist größer als {size} MB</translation>
        </message>
        <message>
            <source>is missing</source>
            <translation>fehlt</translation>
        </message>
        <message>
            <source>is missing from this record</source>
            <translation>fehlt in diesem Eintrag</translation>
        </message>
        <message>
            <source>is missing or not text</source>
            <translation>fehlt oder ist kein Text</translation>
        </message>
        <message>
            <source>is missing: not a Bedtime Companion export</source>
            <translation>fehlt: kein Export von Bedtime Companion</translation>
        </message>
        <message>
            <source>is not UTF-8 text</source>
            <translation>ist kein UTF-8-Text</translation>
        </message>
        <message>
            <source>is not a Bedtime Companion CSV export (no 'night' column)</source>
            <translation>ist kein CSV-Export von Bedtime Companion (keine Spalte 'night')</translation>
        </message>
        <message>
            <source>is not a column of a Bedtime Companion export</source>
            <translation>ist keine Spalte eines Exports von Bedtime Companion</translation>
        </message>
        <message>
            <source>is not a night field</source>
            <translation>ist kein Feld einer Nacht</translation>
        </message>
        <message>
            <source>is not a readable zip archive</source>
            <translation>ist kein lesbares ZIP-Archiv</translation>
        </message>
        <message>
            <source>is not a regular file (a device, pipe or socket)</source>
            <translation>ist keine normale Datei (ein Gerät, eine Pipe oder ein Socket)</translation>
        </message>
        <message>
            <source>is not an event field</source>
            <translation>ist kein Feld eines Ereignisses</translation>
        </message>
        <message>
            <source>is not part of the export format</source>
            <translation>gehört nicht zum Exportformat</translation>
        </message>
        <message>
            <source>is not valid CSV: {cause}</source>
            <translation>ist kein gültiges CSV: {cause}</translation>
        </message>
        <message>
            <source>is not valid JSON: {cause}</source>
            <translation>ist kein gültiges JSON: {cause}</translation>
        </message>
        <message>
            <source>is too large to be a sleep export</source>
            <translation>ist zu groß für einen Schlaf-Export</translation>
        </message>
        <message>
            <source>must be a list</source>
            <translation>muss eine Liste sein</translation>
        </message>
        <message>
            <source>must be a list of tag names</source>
            <translation>muss eine Liste von Schlagwörtern sein</translation>
        </message>
        <message>
            <source>must be an object</source>
            <translation>muss ein Objekt sein</translation>
        </message>
        <message>
            <source>must be {"value": …, "source": …}</source>
            <translation>muss {"value": …, "source": …} sein</translation>
        </message>
        <message>
            <source>nests too deeply to be a journal export</source>
            <translation>ist zu tief verschachtelt für einen Tagebuch-Export</translation>
        </message>
        <message>
            <source>source {value} is not one of {choices}</source>
            <translation>source {value} ist keiner der Werte {choices}</translation>
        </message>
        <message>
            <source>value {value} must be text</source>
            <translation>value {value} muss Text sein</translation>
        </message>
        <message>
            <source>{day} is outside the years {first}–{last}</source>
            <translation>{day} liegt außerhalb der Jahre {first}–{last}</translation>
        </message>
        <message numerus="yes">
            <source>{kind}: added %n nights, changed {changed}, {unchanged} already up to date.</source>
            <translation>
                <numerusform>{kind}: %n Nacht hinzugefügt, {changed} geändert, {unchanged} schon aktuell.</numerusform>
                <numerusform>{kind}: %n Nächte hinzugefügt, {changed} geändert, {unchanged} schon aktuell.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{kind}: would add %n nights, would change {changed}, {unchanged} already up to date.</source>
            <translation>
                <numerusform>{kind}: %n Nacht würde hinzugefügt, {changed} würden geändert, {unchanged} schon aktuell.</numerusform>
                <numerusform>{kind}: %n Nächte würden hinzugefügt, {changed} würden geändert, {unchanged} schon aktuell.</numerusform>
            </translation>
        </message>
        <message>
            <source>{night} appears twice (first on line {first})</source>
            <translation>{night} kommt doppelt vor (zuerst in Zeile {first})</translation>
        </message>
        <message>
            <source>{night}: kept the times already in the journal ({problem} with the imported ones).</source>
            <translation>{night}: die Zeiten im Tagebuch wurden behalten ({problem} bei den importierten).</translation>
        </message>
        <message numerus="yes">
            <source>{start}… (%n characters)</source>
            <translation>
                <numerusform>{start}… (%n Zeichen)</numerusform>
                <numerusform>{start}… (%n Zeichen)</numerusform>
            </translation>
        </message>
        <message>
            <source>{value} is not 0–48 h</source>
            <translation>{value} liegt nicht zwischen 0 und 48 h</translation>
        </message>
        <message>
            <source>{value} is not 0–5</source>
            <translation>{value} liegt nicht zwischen 0 und 5</translation>
        </message>
        <message>
            <source>{value} is not a date and time</source>
            <translation>{value} ist kein Datum mit Uhrzeit</translation>
        </message>
        <message>
            <source>{value} is not a date like 2024-03-24</source>
            <translation>{value} ist kein Datum wie 2024-03-24</translation>
        </message>
        <message>
            <source>{value} is not a known time zone</source>
            <translation>{value} ist keine bekannte Zeitzone</translation>
        </message>
        <message>
            <source>{value} is not a number</source>
            <translation>{value} ist keine Zahl</translation>
        </message>
        <message>
            <source>{value} is not a plausible start time</source>
            <translation>{value} ist keine plausible Startzeit</translation>
        </message>
        <message>
            <source>{value} is not a start time in epoch milliseconds</source>
            <translation>{value} ist keine Startzeit in Epoch-Millisekunden</translation>
        </message>
        <message>
            <source>{value} is not a step name</source>
            <translation>{value} ist kein Schrittname</translation>
        </message>
        <message>
            <source>{value} is not a tag name</source>
            <translation>{value} ist kein Schlagwort</translation>
        </message>
        <message>
            <source>{value} is not a value it can hold</source>
            <translation>{value} ist hier kein möglicher Wert</translation>
        </message>
        <message>
            <source>{value} is not a version number</source>
            <translation>{value} ist keine Versionsnummer</translation>
        </message>
        <message>
            <source>{value} is not a whole number</source>
            <translation>{value} ist keine ganze Zahl</translation>
        </message>
        <message>
            <source>{value} is not one of {choices} or null</source>
            <translation>{value} ist keiner der Werte {choices} und nicht null</translation>
        </message>
        <message>
            <source>{value} is not true or false</source>
            <translation>{value} ist nicht true oder false</translation>
        </message>
        <message>
            <source>{value} is too long to be a value</source>
            <translation>{value} ist zu lang für einen Wert</translation>
        </message>
        <message>
            <source>{value} must be text</source>
            <translation>{value} muss Text sein</translation>
        </message>
        <message>
            <source>{value} starts a night the app cannot show ({cause})</source>
            <translation>{value} beginnt eine Nacht, die die App nicht anzeigen kann ({cause})</translation>
        </message>
        <message>
            <source>{version} comes from a newer version of the app (this one reads up to {latest})</source>
            <translation>{version} stammt aus einer neueren Version der App (diese liest bis {latest})</translation>
        </message>
    </context>
    <context>
        <name>Insights</name>
        <message>
            <source> nights</source>
            <comment>after a number of 7 or more</comment>
            <translation> Nächte</translation>
        </message>
        <message>
            <source>&amp;Compare on</source>
            <comment>compare the nights on an outcome</comment>
            <translation>Vergleichen &amp;nach</translation>
        </message>
        <message>
            <source>&amp;Details</source>
            <translation>&amp;Details</translation>
        </message>
        <message>
            <source>&amp;over</source>
            <comment>over a number of nights</comment>
            <translation>&amp;Zeitraum</translation>
        </message>
        <message>
            <source>19 °C or cooler</source>
            <translation>19 °C oder kühler</translation>
        </message>
        <message>
            <source>A comparison of your own nights, not proof.</source>
            <translation>Ein Vergleich deiner eigenen Nächte, kein Beweis.</translation>
        </message>
        <message>
            <source>Alcohol</source>
            <translation>Alkohol</translation>
        </message>
        <message>
            <source>All nights</source>
            <translation>Alle Nächte</translation>
        </message>
        <message>
            <source>Asleep in</source>
            <translation>Einschlafdauer</translation>
        </message>
        <message>
            <source>Asleep in bed</source>
            <translation>Schlafanteil</translation>
        </message>
        <message>
            <source>Average with</source>
            <translation>Mittel mit</translation>
        </message>
        <message>
            <source>Average without</source>
            <translation>Mittel ohne</translation>
        </message>
        <message>
            <source>Baseline nights</source>
            <translation>Nächte vorher</translation>
        </message>
        <message>
            <source>Before and after is not a controlled trial: seasons, stress and simply paying attention change over a month as well.</source>
            <translation>Vorher-nachher ist keine kontrollierte Studie: Jahreszeiten, Stress und schon das bloße Hinschauen verändern sich im Lauf eines Monats ebenfalls.</translation>
        </message>
        <message>
            <source>Before: average (median)</source>
            <translation>Vorher: Mittel (Median)</translation>
        </message>
        <message>
            <source>Before: nights</source>
            <translation>Vorher: Nächte</translation>
        </message>
        <message>
            <source>Before: {before}
During: {during}</source>
            <translation>Vorher: {before}
Mit Routine: {during}</translation>
        </message>
        <message>
            <source>Caffeine after noon</source>
            <translation>Koffein ab Mittag</translation>
        </message>
        <message>
            <source>Cliff's δ</source>
            <translation>Cliffs δ</translation>
        </message>
        <message>
            <source>Compare</source>
            <comment>Compare … before it with …</comment>
            <translation>Vergleiche</translation>
        </message>
        <message>
            <source>Cool bedroom</source>
            <translation>Kühles Schlafzimmer</translation>
        </message>
        <message>
            <source>Details: the numbers behind the bars</source>
            <translation>Details: die Zahlen hinter den Balken</translation>
        </message>
        <message>
            <source>Difference (95 % interval)</source>
            <translation>Unterschied (95-%-Intervall)</translation>
        </message>
        <message>
            <source>During: average (median)</source>
            <translation>Mit Routine: Mittel (Median)</translation>
        </message>
        <message>
            <source>During: nights</source>
            <translation>Mit Routine: Nächte</translation>
        </message>
        <message>
            <source>Each bar sets your nights with a factor against your nights without it. A bar to the right: those nights went better; to the left: worse; a dot: no clear difference. {not_proof}</source>
            <translation>Jeder Balken stellt deine Nächte mit einem Faktor deinen Nächten ohne ihn gegenüber. Balken nach rechts: Diese Nächte waren besser; nach links: schlechter; ein Punkt: kein klarer Unterschied. {not_proof}</translation>
        </message>
        <message>
            <source>Exercise</source>
            <translation>Bewegung</translation>
        </message>
        <message>
            <source>Experiment results</source>
            <translation>Ergebnisse des Experiments</translation>
        </message>
        <message>
            <source>Factor</source>
            <translation>Faktor</translation>
        </message>
        <message>
            <source>Factor comparisons</source>
            <translation>Faktoren im Vergleich</translation>
        </message>
        <message>
            <source>Factors travel together: a stressful week may also bring coffee, wine and late nights, so any one of them can look guilty for the others.</source>
            <translation>Faktoren treten oft gemeinsam auf: Eine stressige Woche bringt vielleicht auch Kaffee, Wein und späte Abende – dann kann einer davon schuld wirken, obwohl es an einem anderen liegt.</translation>
        </message>
        <message>
            <source>Grey rows have fewer than {count} nights on one side: {not_enough}. The 95 % interval is the range the difference most likely lies in; a bar shows only when the whole range is on one side of zero. Cliff's δ (the bar's length) runs from −1 (every night with it lower) to +1 (every night higher).</source>
            <translation>Graue Zeilen haben auf einer Seite weniger als {count} Nächte: {not_enough}. Das 95-%-Intervall ist der Bereich, in dem der Unterschied am wahrscheinlichsten liegt; ein Balken erscheint nur, wenn der ganze Bereich auf einer Seite der Null liegt. Cliffs δ (die Länge des Balkens) reicht von −1 (jede Nacht mit dem Faktor niedriger) bis +1 (jede Nacht höher).</translation>
        </message>
        <message>
            <source>I began the &amp;routine on</source>
            <translation>&amp;Routine begonnen am</translation>
        </message>
        <message>
            <source>I began the routine on</source>
            <translation>Routine begonnen am</translation>
        </message>
        <message numerus="yes">
            <source>Last %n nights</source>
            <translation>
                <numerusform>Letzte %n Nacht</numerusform>
                <numerusform>Letzte %n Nächte</numerusform>
            </translation>
        </message>
        <message>
            <source>Legs</source>
            <translation>Beine</translation>
        </message>
        <message>
            <source>Lights dimmed</source>
            <translation>Licht gedimmt</translation>
        </message>
        <message>
            <source>Magnesium</source>
            <translation>Magnesium</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Messgröße</translation>
        </message>
        <message>
            <source>Nights compared</source>
            <translation>Verglichene Nächte</translation>
        </message>
        <message>
            <source>Nights with / without</source>
            <translation>Nächte mit / ohne</translation>
        </message>
        <message>
            <source>No clear difference in {outcome} between {with_label} and {without_label}.</source>
            <translation>{outcome}: kein klarer Unterschied zwischen „{with_label}“ und „{without_label}“.</translation>
        </message>
        <message>
            <source>No nights in the journal yet.</source>
            <translation>Noch keine Nächte im Tagebuch.</translation>
        </message>
        <message>
            <source>Not enough nights yet: each side needs at least {count} nights.</source>
            <translation>Noch nicht genug Nächte: Jede Seite braucht mindestens {count} Nächte.</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>Quality</source>
            <translation>Qualität</translation>
        </message>
        <message>
            <source>Reading</source>
            <translation>Einschätzung</translation>
        </message>
        <message>
            <source>Restless legs (0–10)</source>
            <translation>Unruhige Beine (0–10)</translation>
        </message>
        <message numerus="yes">
            <source>Routine done %n nights in a row (best: {best}).</source>
            <translation>
                <numerusform>Routine %n Nacht in Folge erledigt (Bestwert: {best}).</numerusform>
                <numerusform>Routine %n Nächte in Folge erledigt (Bestwert: {best}).</numerusform>
            </translation>
        </message>
        <message>
            <source>Routine nights</source>
            <translation>Nächte mit Routine</translation>
        </message>
        <message>
            <source>Sleep quality (1–5)</source>
            <translation>Schlafqualität (1–5)</translation>
        </message>
        <message>
            <source>Stress</source>
            <translation>Stress</translation>
        </message>
        <message>
            <source>Stretches</source>
            <translation>Dehnübungen</translation>
        </message>
        <message>
            <source>Tag: {name}</source>
            <translation>Schlagwort: {name}</translation>
        </message>
        <message>
            <source>The arrow can point backwards: if you take magnesium because your legs are already restless, magnesium nights will look worse even if it helps.</source>
            <translation>Der Pfeil kann auch andersherum zeigen: Wenn du Magnesium nimmst, weil deine Beine schon unruhig sind, sehen Magnesium-Nächte schlechter aus, selbst wenn es hilft.</translation>
        </message>
        <message>
            <source>This is a comparison of your own nights, not proof that one thing causes another.</source>
            <translation>Das ist ein Vergleich deiner eigenen Nächte, kein Beweis, dass das eine das andere bewirkt.</translation>
        </message>
        <message>
            <source>Time asleep in bed</source>
            <translation>Schlafanteil im Bett</translation>
        </message>
        <message>
            <source>Time to fall asleep</source>
            <translation>Einschlafdauer</translation>
        </message>
        <message>
            <source>Try the routine for a month and see what changed. Pick the night you began: the nights after it are set against the same number of nights before. A bar to the right: the routine nights went better; to the left: worse; a dot: no clear difference. {not_proof}</source>
            <translation>Probier die Routine einen Monat lang aus und schau, was sich verändert hat. Wähle die Nacht, in der du begonnen hast: Die Nächte danach werden genauso vielen Nächten davor gegenübergestellt. Balken nach rechts: Die Nächte mit Routine waren besser; nach links: schlechter; ein Punkt: kein klarer Unterschied. {not_proof}</translation>
        </message>
        <message>
            <source>Whole routine</source>
            <translation>Ganze Routine</translation>
        </message>
        <message>
            <source>Whole routine done on {week} of the last 7 nights and {month} of the last 30.</source>
            <translation>Ganze Routine erledigt in {week} der letzten 7 Nächte und {month} der letzten 30.</translation>
        </message>
        <message>
            <source>Whole routine done: {before} of {before_nights} nights before, {during} of {during_nights} nights during.</source>
            <translation>Ganze Routine erledigt: vorher in {before} von {before_nights} Nächten, mit Routine in {during} von {during_nights} Nächten.</translation>
        </message>
        <message>
            <source>after</source>
            <comment>… with [30 nights] after</comment>
            <translation>danach</translation>
        </message>
        <message>
            <source>all done</source>
            <translation>alles erledigt</translation>
        </message>
        <message>
            <source>any</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>asleep in</source>
            <translation>Einschlafdauer</translation>
        </message>
        <message>
            <source>asleep in bed</source>
            <translation>Schlafanteil</translation>
        </message>
        <message>
            <source>before</source>
            <comment>the baseline nights, in a sentence</comment>
            <translation>vorher</translation>
        </message>
        <message>
            <source>before it with</source>
            <comment>Compare … with …</comment>
            <translation>davor und</translation>
        </message>
        <message>
            <source>better</source>
            <translation>besser</translation>
        </message>
        <message>
            <source>better →</source>
            <translation>besser →</translation>
        </message>
        <message>
            <source>done</source>
            <translation>erledigt</translation>
        </message>
        <message>
            <source>during</source>
            <comment>the routine nights, in a sentence</comment>
            <translation>mit Routine</translation>
        </message>
        <message>
            <source>high (4–5)</source>
            <translation>hoch (4–5)</translation>
        </message>
        <message>
            <source>legs</source>
            <translation>Beine</translation>
        </message>
        <message>
            <source>low (1–3)</source>
            <translation>niedrig (1–3)</translation>
        </message>
        <message>
            <source>no clear difference</source>
            <translation>kein klarer Unterschied</translation>
        </message>
        <message>
            <source>none</source>
            <translation>nein</translation>
        </message>
        <message>
            <source>not all done</source>
            <translation>nicht alles erledigt</translation>
        </message>
        <message>
            <source>not done</source>
            <translation>nicht erledigt</translation>
        </message>
        <message>
            <source>not enough nights yet</source>
            <translation>noch nicht genug Nächte</translation>
        </message>
        <message>
            <source>not tagged</source>
            <translation>ohne Schlagwort</translation>
        </message>
        <message>
            <source>quality</source>
            <translation>Qualität</translation>
        </message>
        <message>
            <source>some</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>tagged</source>
            <translation>mit Schlagwort</translation>
        </message>
        <message>
            <source>tends to be better</source>
            <translation>eher besser</translation>
        </message>
        <message>
            <source>tends to be worse</source>
            <translation>eher schlechter</translation>
        </message>
        <message>
            <source>warmer</source>
            <translation>wärmer</translation>
        </message>
        <message>
            <source>with</source>
            <translation>mit</translation>
        </message>
        <message>
            <source>without</source>
            <translation>ohne</translation>
        </message>
        <message>
            <source>worse</source>
            <translation>schlechter</translation>
        </message>
        <message>
            <source>{difference} ({interval})</source>
            <comment>a difference and its range</comment>
            <translation>{difference} ({interval})</translation>
        </message>
        <message>
            <source>{factor} ({with_side} / {without_side})</source>
            <translation>{factor} ({with_side} / {without_side})</translation>
        </message>
        <message>
            <source>{factor}: {with_side} vs {without_side}</source>
            <translation>{factor}: {with_side} vs. {without_side}</translation>
        </message>
        <message>
            <source>{low} to {high}</source>
            <translation>{low} bis {high}</translation>
        </message>
        <message>
            <source>{mean} ({median})</source>
            <comment>an average and its median</comment>
            <translation>{mean} ({median})</translation>
        </message>
        <message>
            <source>{outcome} tended to be better {with_label} ({with_value}) than {without_label} ({without_value}).</source>
            <translation>{outcome}: eher besser – {with_label}: {with_value}, {without_label}: {without_value}.</translation>
        </message>
        <message>
            <source>{outcome} tended to be worse {with_label} ({with_value}) than {without_label} ({without_value}).</source>
            <translation>{outcome}: eher schlechter – {with_label}: {with_value}, {without_label}: {without_value}.</translation>
        </message>
        <message>
            <source>{outcome} — higher is better</source>
            <translation>{outcome} — höher ist besser</translation>
        </message>
        <message>
            <source>{outcome} — lower is better</source>
            <translation>{outcome} — niedriger ist besser</translation>
        </message>
        <message>
            <source>← worse</source>
            <translation>← schlechter</translation>
        </message>
        <message>
            <source>↓ lower is better, ↑ higher is better. The 95 % interval is the range the difference most likely lies in; Cliff's δ runs from −1 to +1.</source>
            <translation>↓ niedriger ist besser, ↑ höher ist besser. Das 95-%-Intervall ist der Bereich, in dem der Unterschied am wahrscheinlichsten liegt; Cliffs δ reicht von −1 bis +1.</translation>
        </message>
    </context>
    <context>
        <name>Journal</name>
        <message>
            <source> %</source>
            <translation> %</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source> nights</source>
            <comment>after a number of 7 or more</comment>
            <translation> Nächte</translation>
        </message>
        <message numerus="yes">
            <source>%n nights, {dates}</source>
            <translation>
                <numerusform>%n Nacht, {dates}</numerusform>
                <numerusform>%n Nächte, {dates}</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Calendar</source>
            <translation>&amp;Kalender</translation>
        </message>
        <message>
            <source>&amp;From</source>
            <comment>the first night shown</comment>
            <translation>&amp;Von</translation>
        </message>
        <message>
            <source>&amp;List</source>
            <translation>&amp;Liste</translation>
        </message>
        <message>
            <source>&amp;Medicines and tests</source>
            <translation>&amp;Medikamente und Werte</translation>
        </message>
        <message>
            <source>&amp;What helps me</source>
            <translation>&amp;Was mir hilft</translation>
        </message>
        <message>
            <source>30 nights</source>
            <translation>30 Nächte</translation>
        </message>
        <message>
            <source>365 nights</source>
            <translation>365 Nächte</translation>
        </message>
        <message>
            <source>90 nights</source>
            <translation>90 Nächte</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Alle</translation>
        </message>
        <message>
            <source>Any factor</source>
            <translation>Jeder Faktor</translation>
        </message>
        <message>
            <source>Any tag</source>
            <translation>Jedes Schlagwort</translation>
        </message>
        <message>
            <source>C&amp;harts</source>
            <translation>Dia&amp;gramme</translation>
        </message>
        <message>
            <source>Caveats</source>
            <translation>Hinweise</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>Filter zurücksetzen</translation>
        </message>
        <message>
            <source>Clear the search</source>
            <translation>Suche leeren</translation>
        </message>
        <message>
            <source>Days of the month</source>
            <translation>Tage des Monats</translation>
        </message>
        <message>
            <source>E&amp;xperiment</source>
            <translation>E&amp;xperiment</translation>
        </message>
        <message>
            <source>Factor</source>
            <translation>Faktor</translation>
        </message>
        <message>
            <source>From</source>
            <comment>the first night shown</comment>
            <translation>Von</translation>
        </message>
        <message>
            <source>Journal — Bedtime Companion</source>
            <translation>Tagebuch — Bedtime Companion</translation>
        </message>
        <message>
            <source>Legend: restless legs 0 none to 10 worst; check mark: routine done</source>
            <translation>Legende: unruhige Beine 0 keine bis 10 am stärksten; Häkchen: Routine erledigt</translation>
        </message>
        <message>
            <source>Legs started at (clock time)</source>
            <translation>Beine unruhig ab (Uhrzeit)</translation>
        </message>
        <message>
            <source>Lights</source>
            <translation>Licht</translation>
        </message>
        <message>
            <source>Magnesium</source>
            <translation>Magnesium</translation>
        </message>
        <message>
            <source>Next month</source>
            <translation>Nächster Monat</translation>
        </message>
        <message>
            <source>Night</source>
            <translation>Nacht</translation>
        </message>
        <message>
            <source>Night under the pointer</source>
            <translation>Nacht unter dem Mauszeiger</translation>
        </message>
        <message>
            <source>Night-time episodes</source>
            <translation>Episoden in der Nacht</translation>
        </message>
        <message>
            <source>Nights</source>
            <translation>Nächte</translation>
        </message>
        <message>
            <source>Nights by month</source>
            <translation>Nächte nach Monat</translation>
        </message>
        <message>
            <source>Nights in the report</source>
            <translation>Nächte im Bericht</translation>
        </message>
        <message>
            <source>No nights yet. After your first morning check-in, each night appears here, coloured by how restless your legs were.</source>
            <translation>Noch keine Nächte. Nach deinem ersten Morgen-Check-in erscheint hier jede Nacht, eingefärbt danach, wie unruhig deine Beine waren.</translation>
        </message>
        <message>
            <source>No start times recorded in this period</source>
            <translation>In diesem Zeitraum keine Startzeiten eingetragen</translation>
        </message>
        <message>
            <source>None recorded. Use "Legs restless now…" in the tray menu during the night.</source>
            <translation>Nichts eingetragen. Nutze nachts „Beine unruhig…“ im Menü des Infobereichs.</translation>
        </message>
        <message>
            <source>Not saved: {reason}</source>
            <translation>Nicht gespeichert: {reason}</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <comment>a file type; keep (*.pdf)</comment>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Point at a night (or focus a chart and use ← →) to see its values.</source>
            <translation>Zeig auf eine Nacht (oder wähle ein Diagramm und nutze ← →), um ihre Werte zu sehen.</translation>
        </message>
        <message>
            <source>Previous month</source>
            <translation>Vorheriger Monat</translation>
        </message>
        <message>
            <source>Read with care</source>
            <translation>Mit Vorsicht lesen</translation>
        </message>
        <message>
            <source>Report covers the last</source>
            <translation>Bericht über die letzten</translation>
        </message>
        <message>
            <source>Restless legs (0 none … 10 worst)</source>
            <translation>Unruhige Beine (0 keine … 10 am stärksten)</translation>
        </message>
        <message>
            <source>Restless legs:</source>
            <comment>the legend of the colours</comment>
            <translation>Unruhige Beine:</translation>
        </message>
        <message>
            <source>Routine</source>
            <translation>Routine</translation>
        </message>
        <message>
            <source>Routine done each night</source>
            <translation>Routine erledigt, jede Nacht</translation>
        </message>
        <message>
            <source>Routine each evening</source>
            <translation>Routine an jedem Abend</translation>
        </message>
        <message>
            <source>Save PDF &amp;report…</source>
            <translation>PDF-&amp;Bericht speichern…</translation>
        </message>
        <message>
            <source>Save PDF report</source>
            <translation>PDF-Bericht speichern</translation>
        </message>
        <message>
            <source>Saved the night of {date}.</source>
            <translation>Nacht vom {date} gespeichert.</translation>
        </message>
        <message>
            <source>Search notes</source>
            <translation>Notizen durchsuchen</translation>
        </message>
        <message>
            <source>Search notes (Ctrl+F)</source>
            <translation>Notizen durchsuchen (Strg+F)</translation>
        </message>
        <message>
            <source>Show the last</source>
            <translation>Die letzten</translation>
        </message>
        <message>
            <source>Sleep efficiency (%)</source>
            <translation>Schlafeffizienz (%)</translation>
        </message>
        <message>
            <source>Sleep quality (1 very poor … 5 very good)</source>
            <translation>Schlafqualität (1 sehr schlecht … 5 sehr gut)</translation>
        </message>
        <message>
            <source>Stretches</source>
            <translation>Dehnübungen</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>Schlagwort</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Schlagwörter</translation>
        </message>
        <message>
            <source>The journal is empty.</source>
            <translation>Das Tagebuch ist leer.</translation>
        </message>
        <message>
            <source>The night could not be saved: {reason}</source>
            <translation>Die Nacht konnte nicht gespeichert werden: {reason}</translation>
        </message>
        <message>
            <source>The report could not be written: {reason}</source>
            <translation>Der Bericht konnte nicht geschrieben werden: {reason}</translation>
        </message>
        <message>
            <source>Time to fall asleep (minutes)</source>
            <translation>Einschlafdauer (Minuten)</translation>
        </message>
        <message>
            <source>To</source>
            <comment>the last night shown</comment>
            <translation>Bis</translation>
        </message>
        <message>
            <source>Whole routine: {week} of the last 7 nights, {month} of the last 30 (magnesium {magnesium}, stretches {stretch}, lights dimmed {lights}).</source>
            <translation>Ganze Routine: {week} der letzten 7 Nächte, {month} der letzten 30 (Magnesium {magnesium}, Dehnübungen {stretch}, Licht gedimmt {lights}).</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Jahr</translation>
        </message>
        <message numerus="yes">
            <source>Your report (%n pages) is saved as {path}.</source>
            <translation>
                <numerusform>Dein Bericht (%n Seite) ist gespeichert unter {path}.</numerusform>
                <numerusform>Dein Bericht (%n Seiten) ist gespeichert unter {path}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Your symptoms have been starting earlier: in the last week they began at least two hours earlier than eight weeks before. That is worth mentioning to your clinician.</source>
            <translation>Deine Beschwerden beginnen früher: In der letzten Woche fingen sie mindestens zwei Stunden früher an als vor acht Wochen. Erzähl das ruhig deiner Ärztin oder deinem Arzt.</translation>
        </message>
        <message>
            <source>blank: nothing recorded</source>
            <translation>leer: nichts eingetragen</translation>
        </message>
        <message>
            <source>done</source>
            <comment>a routine step</comment>
            <translation>erledigt</translation>
        </message>
        <message>
            <source>dots: each night · line: 7-night median (the middle time)</source>
            <translation>Punkte: jede Nacht · Linie: Median über 7 Nächte (die mittlere Zeit)</translation>
        </message>
        <message>
            <source>lights done</source>
            <translation>Licht gedimmt</translation>
        </message>
        <message>
            <source>lights not done</source>
            <translation>Licht nicht gedimmt</translation>
        </message>
        <message>
            <source>lights not recorded</source>
            <translation>Licht nicht eingetragen</translation>
        </message>
        <message>
            <source>magnesium done</source>
            <translation>Magnesium erledigt</translation>
        </message>
        <message>
            <source>magnesium not done</source>
            <translation>Magnesium nicht erledigt</translation>
        </message>
        <message>
            <source>magnesium not recorded</source>
            <translation>Magnesium nicht eingetragen</translation>
        </message>
        <message>
            <source>not done</source>
            <comment>a routine step</comment>
            <translation>nicht erledigt</translation>
        </message>
        <message>
            <source>nothing noted</source>
            <comment>no relief written down</comment>
            <translation>nichts notiert</translation>
        </message>
        <message>
            <source>stretches done</source>
            <translation>Dehnübungen erledigt</translation>
        </message>
        <message>
            <source>stretches not done</source>
            <translation>Dehnübungen nicht erledigt</translation>
        </message>
        <message>
            <source>stretches not recorded</source>
            <translation>Dehnübungen nicht eingetragen</translation>
        </message>
        <message>
            <source>to</source>
            <comment>between two dates</comment>
            <translation>bis</translation>
        </message>
        <message>
            <source>whole routine done that evening · plain: nothing logged · outline: no legs score</source>
            <translation>ganze Routine an dem Abend erledigt · schlicht: nichts eingetragen · Umriss: kein Wert für die Beine</translation>
        </message>
        <message>
            <source>{factor}: {side}</source>
            <comment>a factor and one of its sides</comment>
            <translation>{factor}: {side}</translation>
        </message>
        <message>
            <source>{measure}: {value}</source>
            <comment>a chart's value for one night</comment>
            <translation>{measure}: {value}</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} min</translation>
        </message>
        <message>
            <source>{percent} %</source>
            <translation>{percent} %</translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %n nights</source>
            <translation>
                <numerusform>{shown} von %n Nacht</numerusform>
                <numerusform>{shown} von %n Nächten</numerusform>
            </translation>
        </message>
        <message>
            <source>{time} — {relief}</source>
            <comment>an episode: when, and what relieved it</comment>
            <translation>{time} — {relief}</translation>
        </message>
        <message>
            <source>✓ all</source>
            <comment>every routine step done</comment>
            <translation>✓ alles</translation>
        </message>
    </context>
    <context>
        <name>Journal file</name>
        <message>
            <source>No course of {name} started by {day} is open.</source>
            <translation>Keine bis {day} begonnene Einnahme von {name} ist offen.</translation>
        </message>
        <message>
            <source>The journal could not be upgraded from format {version}: {cause}. It is unchanged and a copy was saved in the backups folder.</source>
            <translation>Das Tagebuch konnte nicht von Format {version} aktualisiert werden: {cause}. Es ist unverändert, und eine Kopie liegt im Ordner für Sicherungen.</translation>
        </message>
        <message>
            <source>The journal could not be upgraded from format {version}: {cause}. It is unchanged.</source>
            <translation>Das Tagebuch konnte nicht von Format {version} aktualisiert werden: {cause}. Es ist unverändert.</translation>
        </message>
        <message>
            <source>The journal file could not be read ({problem}). It was moved aside to {moved} and kept for recovery; a new, empty journal has been started.</source>
            <translation>Die Tagebuchdatei konnte nicht gelesen werden ({problem}). Sie wurde nach {moved} verschoben und zur Wiederherstellung aufbewahrt; ein neues, leeres Tagebuch wurde begonnen.</translation>
        </message>
        <message>
            <source>The journal {path} cannot use write-ahead logging ({mode}).</source>
            <translation>Das Tagebuch {path} kann kein Write-Ahead-Logging verwenden ({mode}).</translation>
        </message>
        <message>
            <source>The journal {path} was written by a newer version of Bedtime Companion (format {version}; this version knows up to {latest}). It is open read-only: nothing will be saved until the app is updated.</source>
            <translation>Das Tagebuch {path} wurde von einer neueren Version von Bedtime Companion geschrieben (Format {version}; diese Version kennt bis {latest}). Es ist nur lesbar geöffnet: Nichts wird gespeichert, bis die App aktualisiert ist.</translation>
        </message>
        <message>
            <source>There is no routine event number {number}.</source>
            <translation>Es gibt kein Routine-Ereignis Nummer {number}.</translation>
        </message>
        <message>
            <source>an event</source>
            <translation>ein Ereignis</translation>
        </message>
        <message>
            <source>it cannot be opened: {cause}</source>
            <translation>es kann nicht geöffnet werden: {cause}</translation>
        </message>
        <message>
            <source>it is not a journal database: {cause}</source>
            <translation>es ist keine Tagebuch-Datenbank: {cause}</translation>
        </message>
        <message>
            <source>its integrity check failed: {cause}</source>
            <translation>die Integritätsprüfung ist fehlgeschlagen: {cause}</translation>
        </message>
        <message>
            <source>night {night}: {field}: the stored value {value} cannot be read; it is treated as empty</source>
            <translation>Nacht {night}: {field}: der gespeicherte Wert {value} ist nicht lesbar; er wird als leer behandelt</translation>
        </message>
        <message>
            <source>night {night}: {field}: the stored value {value} cannot be read; {dropped} is left out</source>
            <comment>dropped: what is left out, e.g. the event magnesium</comment>
            <translation>Nacht {night}: {field}: der gespeicherte Wert {value} ist nicht lesbar; {dropped} wird weggelassen</translation>
        </message>
        <message>
            <source>the course {name}</source>
            <translation>die Einnahme {name}</translation>
        </message>
        <message>
            <source>the event {step}</source>
            <translation>das Ereignis {step}</translation>
        </message>
        <message>
            <source>the factor {key}</source>
            <translation>der Faktor {key}</translation>
        </message>
    </context>
    <context>
        <name>JournalErrors</name>
        <message>
            <source>a tag needs a name</source>
            <translation>ein Schlagwort braucht einen Namen</translation>
        </message>
        <message>
            <source>contains a control character</source>
            <translation>enthält ein Steuerzeichen</translation>
        </message>
        <message>
            <source>fell asleep at</source>
            <translation>eingeschlafen</translation>
        </message>
        <message>
            <source>give a ferritin or a TSAT value (or both)</source>
            <translation>gib einen Ferritin- oder TSAT-Wert an (oder beide)</translation>
        </message>
        <message>
            <source>got into bed</source>
            <translation>ins Bett gegangen</translation>
        </message>
        <message>
            <source>got out of bed</source>
            <translation>aufgestanden</translation>
        </message>
        <message>
            <source>is empty</source>
            <translation>ist leer</translation>
        </message>
        <message>
            <source>is not a factor this journal knows</source>
            <translation>ist kein Faktor, den dieses Tagebuch kennt</translation>
        </message>
        <message>
            <source>is not a night field</source>
            <translation>ist kein Feld einer Nacht</translation>
        </message>
        <message>
            <source>is {length} characters long; at most {limit} fit</source>
            <translation>ist {length} Zeichen lang; höchstens {limit} passen</translation>
        </message>
        <message>
            <source>lights out</source>
            <translation>Licht aus</translation>
        </message>
        <message>
            <source>must be a date and time</source>
            <translation>muss ein Datum mit Uhrzeit sein</translation>
        </message>
        <message>
            <source>must be a local clock time</source>
            <translation>muss eine lokale Uhrzeit sein</translation>
        </message>
        <message>
            <source>must be a local clock time in whole minutes</source>
            <translation>muss eine lokale Uhrzeit in ganzen Minuten sein</translation>
        </message>
        <message>
            <source>must be a whole number</source>
            <translation>muss eine ganze Zahl sein</translation>
        </message>
        <message>
            <source>must be in whole minutes</source>
            <translation>muss in ganzen Minuten sein</translation>
        </message>
        <message>
            <source>must be text</source>
            <translation>muss Text sein</translation>
        </message>
        <message>
            <source>must be yes or no</source>
            <translation>muss ja oder nein sein</translation>
        </message>
        <message>
            <source>must not contain a NUL character</source>
            <translation>darf kein NUL-Zeichen enthalten</translation>
        </message>
        <message>
            <source>needs a UTC offset</source>
            <translation>braucht einen UTC-Versatz</translation>
        </message>
        <message>
            <source>time to fall asleep ({onset} min) plus time awake ({awake} min) is longer than lights-out to final wake ({night} min)</source>
            <translation>Einschlafdauer ({onset} min) plus Wachzeit ({awake} min) ist länger als die Zeit von „Licht aus“ bis zum Aufwachen ({night} min)</translation>
        </message>
        <message>
            <source>woke for the day</source>
            <translation>endgültig aufgewacht</translation>
        </message>
        <message>
            <source>{count} is more than the awakenings ({awakenings})</source>
            <translation>{count} ist mehr als die Zahl der Aufwachen ({awakenings})</translation>
        </message>
        <message>
            <source>{day} {time}</source>
            <comment>a date and a time of day</comment>
            <translation>{day} {time}</translation>
        </message>
        <message>
            <source>{end} is before the start ({start})</source>
            <translation>{end} liegt vor dem Beginn ({start})</translation>
        </message>
        <message>
            <source>{later} ({later_time}) comes before {earlier} ({earlier_time})</source>
            <translation>„{later}“ ({later_time}) liegt vor „{earlier}“ ({earlier_time})</translation>
        </message>
        <message>
            <source>{moment} is not in the night of {night}</source>
            <translation>{moment} liegt nicht in der Nacht vom {night}</translation>
        </message>
        <message>
            <source>{moment} is outside the night of {night} (noon that day to midnight the day after)</source>
            <translation>{moment} liegt außerhalb der Nacht vom {night} (12 Uhr an dem Tag bis Mitternacht am Tag danach)</translation>
        </message>
        <message>
            <source>{text} contains a control character</source>
            <translation>{text} enthält ein Steuerzeichen</translation>
        </message>
        <message>
            <source>{text}… is longer than {count} characters</source>
            <translation>{text}… ist länger als {count} Zeichen</translation>
        </message>
        <message>
            <source>{value} is not a clock time like 21:30</source>
            <translation>{value} ist keine Uhrzeit wie 21:30</translation>
        </message>
        <message>
            <source>{value} is not a date and time like 2024-03-24T22:30:00+01:00</source>
            <translation>{value} ist kein Datum mit Uhrzeit wie 2024-03-24T22:30:00+01:00</translation>
        </message>
        <message>
            <source>{value} is not a number</source>
            <translation>{value} ist keine Zahl</translation>
        </message>
        <message>
            <source>{value} is not a number like 18.5</source>
            <translation>{value} ist keine Zahl wie 18.5</translation>
        </message>
        <message>
            <source>{value} is not a value here (must be above 0, at most {high})</source>
            <translation>{value} ist hier nicht möglich (muss über 0 und höchstens {high} sein)</translation>
        </message>
        <message>
            <source>{value} is not a value here (must be at least 0, at most {high})</source>
            <translation>{value} ist hier nicht möglich (muss mindestens 0 und höchstens {high} sein)</translation>
        </message>
        <message>
            <source>{value} is not a whole number</source>
            <translation>{value} ist keine ganze Zahl</translation>
        </message>
        <message>
            <source>{value} is not an even number from 2 to {high}</source>
            <translation>{value} ist keine gerade Zahl von 2 bis {high}</translation>
        </message>
        <message>
            <source>{value} is not one of {choices}</source>
            <translation>{value} ist keiner der Werte {choices}</translation>
        </message>
        <message>
            <source>{value} is not one of {choices} or custom:&lt;id&gt;</source>
            <translation>{value} ist keiner der Werte {choices} und nicht custom:&lt;id&gt;</translation>
        </message>
        <message>
            <source>{value} is not yes (leave it empty for no)</source>
            <translation>{value} ist nicht yes (für nein leer lassen)</translation>
        </message>
        <message>
            <source>{value} is not yes or no</source>
            <translation>{value} ist nicht yes oder no</translation>
        </message>
        <message>
            <source>{value} is outside {low}–{high}</source>
            <translation>{value} liegt außerhalb von {low}–{high}</translation>
        </message>
        <message>
            <source>{value} must be in whole minutes</source>
            <translation>{value} muss in ganzen Minuten sein</translation>
        </message>
        <message>
            <source>{value} needs a UTC offset (like +01:00)</source>
            <translation>{value} braucht einen UTC-Versatz (wie +01:00)</translation>
        </message>
    </context>
    <context>
        <name>Journeys</name>
        <message>
            <source>The breathing could not be recorded in the journal: {reason}</source>
            <translation>Die Atemübung konnte nicht im Tagebuch eingetragen werden: {reason}</translation>
        </message>
        <message>
            <source>The stretches could not be recorded in the journal: {reason}</source>
            <translation>Die Dehnübungen konnten nicht im Tagebuch eingetragen werden: {reason}</translation>
        </message>
    </context>
    <context>
        <name>Measures</name>
        <message>
            <source>Alcoholic drinks</source>
            <translation>Alkoholische Getränke</translation>
        </message>
        <message>
            <source>Arms too</source>
            <translation>Auch die Arme</translation>
        </message>
        <message>
            <source>Bedroom temperature</source>
            <translation>Temperatur im Schlafzimmer</translation>
        </message>
        <message>
            <source>Caffeinated drinks after noon</source>
            <translation>Koffeinhaltige Getränke ab Mittag</translation>
        </message>
        <message>
            <source>Dimmed the lights</source>
            <translation>Licht gedimmt</translation>
        </message>
        <message>
            <source>Exercise</source>
            <translation>Bewegung</translation>
        </message>
        <message>
            <source>Fell asleep at</source>
            <translation>Eingeschlafen um</translation>
        </message>
        <message>
            <source>Felt rested (1 not at all … 5 fully)</source>
            <translation>Erholt gefühlt (1 gar nicht … 5 völlig)</translation>
        </message>
        <message>
            <source>Got into bed</source>
            <translation>Ins Bett gegangen</translation>
        </message>
        <message>
            <source>Got out of bed</source>
            <translation>Aufgestanden</translation>
        </message>
        <message>
            <source>Legs started at</source>
            <translation>Beine unruhig ab</translation>
        </message>
        <message>
            <source>Legs started bothering me</source>
            <translation>Beine wurden unruhig</translation>
        </message>
        <message>
            <source>Lights out</source>
            <translation>Licht aus</translation>
        </message>
        <message>
            <source>Magnesium dose</source>
            <translation>Magnesium-Dosis</translation>
        </message>
        <message>
            <source>Magnesium taken at</source>
            <translation>Magnesium genommen um</translation>
        </message>
        <message>
            <source>Minutes of slow breathing</source>
            <translation>Minuten langsames Atmen</translation>
        </message>
        <message>
            <source>Minutes spent stretching</source>
            <translation>Minuten Dehnübungen</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>Restless legs (0 none … 10 worst)</source>
            <translation>Unruhige Beine (0 keine … 10 am stärksten)</translation>
        </message>
        <message>
            <source>Sleep as Android rating</source>
            <translation>Bewertung in Sleep as Android</translation>
        </message>
        <message>
            <source>Sleep efficiency</source>
            <translation>Schlafeffizienz</translation>
        </message>
        <message>
            <source>Sleep quality (1 very poor … 5 very good)</source>
            <translation>Schlafqualität (1 sehr schlecht … 5 sehr gut)</translation>
        </message>
        <message>
            <source>Stress (1 calm … 5 very stressed)</source>
            <translation>Stress (1 ruhig … 5 sehr gestresst)</translation>
        </message>
        <message>
            <source>Stretch holds done</source>
            <translation>Haltephasen erledigt</translation>
        </message>
        <message>
            <source>Stretch holds planned</source>
            <translation>Haltephasen geplant</translation>
        </message>
        <message>
            <source>Stretched this evening</source>
            <translation>Am Abend gedehnt</translation>
        </message>
        <message>
            <source>Time awake after first falling asleep</source>
            <translation>Wach nach dem ersten Einschlafen</translation>
        </message>
        <message>
            <source>Time in bed</source>
            <translation>Zeit im Bett</translation>
        </message>
        <message>
            <source>Time to fall asleep</source>
            <translation>Einschlafdauer</translation>
        </message>
        <message>
            <source>Times my legs woke me</source>
            <translation>Von den Beinen geweckt (Anzahl)</translation>
        </message>
        <message>
            <source>Times woken in the night</source>
            <translation>Nächtliches Aufwachen (Anzahl)</translation>
        </message>
        <message>
            <source>Took magnesium</source>
            <translation>Magnesium genommen</translation>
        </message>
        <message>
            <source>Total sleep time</source>
            <translation>Schlafdauer gesamt</translation>
        </message>
        <message>
            <source>Woke for the day</source>
            <translation>Endgültig aufgewacht</translation>
        </message>
    </context>
    <context>
        <name>NightEditor</name>
        <message>
            <source>&amp;Revert</source>
            <translation>&amp;Zurücksetzen</translation>
        </message>
        <message>
            <source>&amp;Save night</source>
            <translation>Nacht &amp;speichern</translation>
        </message>
        <message>
            <source>Alcoholic drinks</source>
            <translation>Alkoholische Getränke</translation>
        </message>
        <message>
            <source>Anything worth remembering about this night</source>
            <translation>Was du dir von dieser Nacht merken möchtest</translation>
        </message>
        <message>
            <source>Arms too?</source>
            <translation>Auch die Arme?</translation>
        </message>
        <message>
            <source>Awake in the night</source>
            <translation>Wach in der Nacht</translation>
        </message>
        <message>
            <source>Bedroom</source>
            <translation>Schlafzimmer</translation>
        </message>
        <message>
            <source>Caffeine after noon</source>
            <translation>Koffein ab Mittag</translation>
        </message>
        <message>
            <source>Dose</source>
            <translation>Dosis</translation>
        </message>
        <message>
            <source>Exercise</source>
            <translation>Bewegung</translation>
        </message>
        <message>
            <source>Fell asleep in</source>
            <translation>Eingeschlafen nach</translation>
        </message>
        <message>
            <source>Felt rested (1–5)</source>
            <translation>Erholt (1–5)</translation>
        </message>
        <message>
            <source>Into bed</source>
            <translation>Ins Bett</translation>
        </message>
        <message>
            <source>Legs started</source>
            <translation>Beine unruhig</translation>
        </message>
        <message>
            <source>Legs started at</source>
            <translation>Beine unruhig ab</translation>
        </message>
        <message>
            <source>Legs woke me</source>
            <translation>Von Beinen geweckt</translation>
        </message>
        <message>
            <source>Lights dimmed</source>
            <translation>Licht gedimmt</translation>
        </message>
        <message>
            <source>Lights out</source>
            <translation>Licht aus</translation>
        </message>
        <message>
            <source>Magnesium</source>
            <translation>Magnesium</translation>
        </message>
        <message>
            <source>Night of {date}</source>
            <translation>Nacht vom {date}</translation>
        </message>
        <message>
            <source>No night selected</source>
            <translation>Keine Nacht ausgewählt</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>Out of bed</source>
            <translation>Aufgestanden</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Probleme</translation>
        </message>
        <message>
            <source>Restless legs (0–10)</source>
            <translation>Unruhige Beine (0–10)</translation>
        </message>
        <message>
            <source>Sleep quality (1–5)</source>
            <translation>Schlafqualität (1–5)</translation>
        </message>
        <message>
            <source>Stress (1–5)</source>
            <translation>Stress (1–5)</translation>
        </message>
        <message>
            <source>Stretched</source>
            <translation>Gedehnt</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Schlagwörter</translation>
        </message>
        <message>
            <source>Taken at</source>
            <translation>Genommen um</translation>
        </message>
        <message>
            <source>The evening before</source>
            <translation>Am Abend davor</translation>
        </message>
        <message>
            <source>The night</source>
            <translation>Die Nacht</translation>
        </message>
        <message>
            <source>Times woken</source>
            <translation>Wie oft aufgewacht</translation>
        </message>
        <message>
            <source>Woke for the day</source>
            <translation>Endgültig wach</translation>
        </message>
        <message>
            <source>comma-separated, e.g. late dinner, travel</source>
            <translation>durch Kommas getrennt, z. B. spätes Essen, Reise</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nein</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
    </context>
    <context>
        <name>Notifications</name>
        <message>
            <source>Snooze {minutes} min</source>
            <translation>Später ({minutes} min)</translation>
        </message>
    </context>
    <context>
        <name>Pictures</name>
        <message>
            <source>an unused picture in {folder} could not be removed ({cause})</source>
            <translation>ein nicht mehr genutztes Bild in {folder} konnte nicht entfernt werden ({cause})</translation>
        </message>
        <message>
            <source>the picture could not be saved in {folder} ({cause})</source>
            <translation>das Bild konnte nicht in {folder} gespeichert werden ({cause})</translation>
        </message>
        <message>
            <source>{file} cannot be opened ({cause})</source>
            <translation>{file} lässt sich nicht öffnen ({cause})</translation>
        </message>
        <message>
            <source>{file} cannot be read ({cause})</source>
            <translation>{file} lässt sich nicht lesen ({cause})</translation>
        </message>
        <message>
            <source>{file} is larger than {size} MB</source>
            <translation>{file} ist größer als {size} MB</translation>
        </message>
        <message>
            <source>{file} is not a PNG, JPEG or SVG file</source>
            <translation>{file} ist keine PNG-, JPEG- oder SVG-Datei</translation>
        </message>
        <message>
            <source>{file} is not a picture file</source>
            <translation>{file} ist keine Bilddatei</translation>
        </message>
    </context>
    <context>
        <name>Plan</name>
        <message>
            <source>Night of {night} ({zone}), bedtime {time}</source>
            <translation>Nacht vom {night} ({zone}), Schlafenszeit {time}</translation>
        </message>
        <message>
            <source>No steps are enabled.</source>
            <translation>Keine Schritte eingeschaltet.</translation>
        </message>
        <message>
            <source>at a set time</source>
            <translation>zu fester Uhrzeit</translation>
        </message>
        <message>
            <source>at bedtime</source>
            <translation>zur Schlafenszeit</translation>
        </message>
        <message>
            <source>next morning</source>
            <translation>am nächsten Morgen</translation>
        </message>
        <message>
            <source>{date} {time}</source>
            <comment>a date and a time of day</comment>
            <translation>{date} {time}</translation>
        </message>
        <message>
            <source>{minutes} min before bedtime</source>
            <translation>{minutes} min vor der Schlafenszeit</translation>
        </message>
    </context>
    <context>
        <name>Prompts</name>
        <message>
            <source>(This was due at {time}.)</source>
            <translation>(Das war um {time} dran.)</translation>
        </message>
        <message>
            <source>A step of your own routine. Press Done once it is done.</source>
            <translation>Ein Schritt deiner eigenen Routine. Klick auf „Erledigt“, wenn du fertig bist.</translation>
        </message>
        <message>
            <source>Check in</source>
            <translation>Eintragen</translation>
        </message>
        <message>
            <source>Dim the lights, put the screens away, and let the bedroom cool to {room}.</source>
            <translation>Licht dimmen, Bildschirme weglegen und das Schlafzimmer auf {room} abkühlen lassen.</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Erledigt</translation>
        </message>
        <message>
            <source>Five slow leg stretches, about ten minutes. A little floor space and a wall are all you need; the app counts the time and tells you when to switch.</source>
            <translation>Fünf langsame Dehnübungen für die Beine, etwa zehn Minuten. Du brauchst nur etwas Platz auf dem Boden und eine Wand; die App zählt die Zeit mit und sagt dir, wann du die Seite wechselst.</translation>
        </message>
        <message>
            <source>Good morning</source>
            <translation>Guten Morgen</translation>
        </message>
        <message>
            <source>How were your legs last night, and how did you sleep? It takes half a minute.</source>
            <translation>Wie ging es deinen Beinen letzte Nacht, und wie hast du geschlafen? Das dauert eine halbe Minute.</translation>
        </message>
        <message>
            <source>Lights down</source>
            <translation>Licht dimmen</translation>
        </message>
        <message>
            <source>Lights out</source>
            <translation>Licht aus</translation>
        </message>
        <message>
            <source>Morning stretches</source>
            <translation>Dehnübungen am Morgen</translation>
        </message>
        <message>
            <source>Ready to stretch?</source>
            <translation>Bereit zum Dehnen?</translation>
        </message>
        <message>
            <source>Skip today</source>
            <translation>Heute nicht</translation>
        </message>
        <message>
            <source>Skip tonight</source>
            <translation>Heute nicht</translation>
        </message>
        <message>
            <source>Start now</source>
            <translation>Jetzt starten</translation>
        </message>
        <message>
            <source>The same five gentle stretches as last night, to start the day loose.</source>
            <translation>Dieselben fünf sanften Dehnübungen wie gestern Abend, damit du locker in den Tag startest.</translation>
        </message>
        <message>
            <source>Time for your magnesium</source>
            <translation>Zeit für dein Magnesium</translation>
        </message>
        <message>
            <source>Time to breathe slowly</source>
            <translation>Zeit für ruhiges Atmen</translation>
        </message>
        <message>
            <source>Time to settle in for the night. Sleep well.</source>
            <translation>Zeit, zur Ruhe zu kommen. Schlaf gut.</translation>
        </message>
        <message>
            <source>about {degrees} °C</source>
            <translation>etwa {degrees} °C</translation>
        </message>
        <message>
            <source>about {degrees} °F</source>
            <translation>etwa {degrees} °F</translation>
        </message>
        <message>
            <source>coming up</source>
            <translation>demnächst</translation>
        </message>
        <message>
            <source>done</source>
            <translation>erledigt</translation>
        </message>
        <message>
            <source>done at {time}</source>
            <translation>erledigt um {time}</translation>
        </message>
        <message>
            <source>missed</source>
            <translation>verpasst</translation>
        </message>
        <message>
            <source>now</source>
            <translation>jetzt</translation>
        </message>
        <message>
            <source>now (running late)</source>
            <translation>jetzt (verspätet)</translation>
        </message>
        <message>
            <source>partly done</source>
            <translation>teilweise erledigt</translation>
        </message>
        <message>
            <source>partly done at {time}</source>
            <translation>teilweise erledigt um {time}</translation>
        </message>
        <message>
            <source>skipped</source>
            <translation>übersprungen</translation>
        </message>
        <message>
            <source>skipped at {time}</source>
            <translation>übersprungen um {time}</translation>
        </message>
        <message>
            <source>snoozed until {time}</source>
            <translation>verschoben auf {time}</translation>
        </message>
        <message>
            <source>waiting for you</source>
            <translation>wartet auf dich</translation>
        </message>
        <message>
            <source>{label}, {dose} mg. Taking it now gives it time to settle before bed.</source>
            <translation>{label}, {dose} mg. Nimm es jetzt, dann hat es bis zum Schlafengehen genug Zeit.</translation>
        </message>
        <message>
            <source>{minutes} minutes of slow breathing: {breathe_in} seconds in, {breathe_out} out. Sit or lie comfortably; the screen shows the pace.</source>
            <translation>{minutes} Minuten ruhiges Atmen: {breathe_in} Sekunden ein, {breathe_out} aus. Setz oder leg dich bequem hin; der Bildschirm zeigt das Tempo.</translation>
        </message>
    </context>
    <context>
        <name>Reminders</name>
        <message>
            <source>Bedtime Companion could not write to your journal ({reason}). It will keep trying; your reminders carry on.</source>
            <translation>Bedtime Companion konnte nicht in dein Tagebuch schreiben ({reason}). Es versucht es weiter; deine Erinnerungen laufen weiter.</translation>
        </message>
        <message numerus="yes">
            <source>in %n h</source>
            <translation>
                <numerusform>in %n h</numerusform>
                <numerusform>in %n h</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %n min</source>
            <translation>
                <numerusform>in %n min</numerusform>
                <numerusform>in %n min</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in {hours} h %n min</source>
            <translation>
                <numerusform>in {hours} h %n min</numerusform>
                <numerusform>in {hours} h %n min</numerusform>
            </translation>
        </message>
        <message>
            <source>now</source>
            <translation>jetzt</translation>
        </message>
        <message>
            <source>the daily backup failed: {reason}</source>
            <translation>die tägliche Sicherung ist fehlgeschlagen: {reason}</translation>
        </message>
        <message>
            <source>{step} at {time} · {relative}</source>
            <translation>{step} um {time} · {relative}</translation>
        </message>
        <message>
            <source>{step} on {date} at {time} · {relative}</source>
            <translation>{step} am {date} um {time} · {relative}</translation>
        </message>
        <message>
            <source>{step} tomorrow at {time} · {relative}</source>
            <translation>{step} morgen um {time} · {relative}</translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message numerus="yes">
            <source>%n factors were not recorded in this period.</source>
            <translation>
                <numerusform>%n Faktor wurde in diesem Zeitraum nicht erfasst.</numerusform>
                <numerusform>%n Faktoren wurden in diesem Zeitraum nicht erfasst.</numerusform>
            </translation>
        </message>
        <message>
            <source>, </source>
            <comment>between the routine's steps</comment>
            <translation>, </translation>
        </message>
        <message>
            <source>--days: {days} is outside 1–{most}</source>
            <translation>--days: {days} liegt außerhalb von 1–{most}</translation>
        </message>
        <message>
            <source>--output: the folder {folder} does not exist</source>
            <translation>--output: Der Ordner {folder} existiert nicht</translation>
        </message>
        <message>
            <source>--output: {path} should end in .pdf</source>
            <translation>--output: {path} sollte auf .pdf enden</translation>
        </message>
        <message>
            <source>; </source>
            <comment>between items of a list</comment>
            <translation>; </translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;Period:&lt;/b&gt; nights of {first} to {last} (%n nights; {answered} with a morning check-in).</source>
            <translation>
                <numerusform>&lt;b&gt;Zeitraum:&lt;/b&gt; Nächte von {first} bis {last} (%n Nacht; {answered} mit Morgen-Check-in).</numerusform>
                <numerusform>&lt;b&gt;Zeitraum:&lt;/b&gt; Nächte von {first} bis {last} (%n Nächte; {answered} mit Morgen-Check-in).</numerusform>
            </translation>
        </message>
        <message>
            <source>A personal sleep and symptom diary kept with the app. Scores are the person's own ratings; the app has no sensors.</source>
            <translation>Ein persönliches Schlaf- und Beschwerdetagebuch, mit der App geführt. Die Werte sind eigene Einschätzungen der Person; die App hat keine Sensoren.</translation>
        </message>
        <message>
            <source>Are my arms involved too?</source>
            <translation>Sind auch meine Arme betroffen?</translation>
        </message>
        <message>
            <source>Arms too</source>
            <translation>Auch Arme</translation>
        </message>
        <message>
            <source>Arms, wakings and episodes per week</source>
            <translation>Arme, Aufwachen und Episoden pro Woche</translation>
        </message>
        <message>
            <source>Average</source>
            <translation>Durchschnitt</translation>
        </message>
        <message>
            <source>Average with</source>
            <translation>Durchschnitt mit</translation>
        </message>
        <message>
            <source>Average without</source>
            <translation>Durchschnitt ohne</translation>
        </message>
        <message>
            <source>Averages</source>
            <translation>Durchschnittswerte</translation>
        </message>
        <message>
            <source>Before my appointment</source>
            <translation>Vor meinem Termin</translation>
        </message>
        <message>
            <source>Cliff's δ</source>
            <translation>Cliff's δ</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Difference (95 % interval)</source>
            <translation>Unterschied (95-%-Intervall)</translation>
        </message>
        <message>
            <source>Do they wake me at night?</source>
            <translation>Wecken sie mich nachts?</translation>
        </message>
        <message>
            <source>Dose</source>
            <translation>Dosis</translation>
        </message>
        <message>
            <source>Evening routine</source>
            <translation>Abendroutine</translation>
        </message>
        <message>
            <source>Factor</source>
            <translation>Faktor</translation>
        </message>
        <message>
            <source>Ferritin (ng/mL = µg/L)</source>
            <translation>Ferritin (ng/mL = µg/L)</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Von</translation>
        </message>
        <message>
            <source>How strong are my symptoms?</source>
            <translation>Wie stark sind meine Beschwerden?</translation>
        </message>
        <message>
            <source>I did not note the clock time they began.</source>
            <translation>Die Uhrzeit, zu der sie begannen, habe ich nicht notiert.</translation>
        </message>
        <message>
            <source>I did not rate them in this period.</source>
            <translation>In diesem Zeitraum habe ich sie nicht bewertet.</translation>
        </message>
        <message>
            <source>In my words: {reliefs}.</source>
            <translation>In meinen Worten: {reliefs}.</translation>
        </message>
        <message>
            <source>Iron tests</source>
            <translation>Eisenwerte</translation>
        </message>
        <message>
            <source>Legs</source>
            <translation>Beine</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Messgröße</translation>
        </message>
        <message>
            <source>Median</source>
            <translation>Median</translation>
        </message>
        <message>
            <source>Median start</source>
            <translation>Beginn (Median)</translation>
        </message>
        <message>
            <source>Medicine</source>
            <translation>Medikament</translation>
        </message>
        <message>
            <source>Medicines</source>
            <translation>Medikamente</translation>
        </message>
        <message>
            <source>Medicines (as recorded by the person)</source>
            <translation>Medikamente (wie von der Person eingetragen)</translation>
        </message>
        <message>
            <source>My latest iron test</source>
            <translation>Meine letzten Eisenwerte</translation>
        </message>
        <message>
            <source>My own summary of the nights of {first} to {last}, from the diary I keep.</source>
            <translation>Meine eigene Zusammenfassung der Nächte von {first} bis {last}, aus meinem Tagebuch.</translation>
        </message>
        <message>
            <source>Night</source>
            <translation>Nacht</translation>
        </message>
        <message>
            <source>Night-time episodes</source>
            <translation>Nächtliche Episoden</translation>
        </message>
        <message>
            <source>Nights</source>
            <translation>Nächte</translation>
        </message>
        <message>
            <source>Nights answered</source>
            <translation>Nächte mit Antwort</translation>
        </message>
        <message>
            <source>Nights with / without</source>
            <translation>Nächte mit / ohne</translation>
        </message>
        <message>
            <source>No iron test recorded.</source>
            <translation>Keine Eisenwerte eingetragen.</translation>
        </message>
        <message>
            <source>No medicine course recorded in this period.</source>
            <translation>In diesem Zeitraum ist kein Medikament eingetragen.</translation>
        </message>
        <message>
            <source>No medicine recorded.</source>
            <translation>Kein Medikament eingetragen.</translation>
        </message>
        <message>
            <source>No nights were logged in this period.</source>
            <translation>In diesem Zeitraum wurden keine Nächte eingetragen.</translation>
        </message>
        <message>
            <source>No restless-legs scores in this period</source>
            <translation>Keine Werte zu unruhigen Beinen in diesem Zeitraum</translation>
        </message>
        <message>
            <source>Not recorded.</source>
            <translation>Nicht eingetragen.</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>Nothing noted with an episode.</source>
            <translation>Zu keiner Episode etwas notiert.</translation>
        </message>
        <message numerus="yes">
            <source>On average {average} out of 10 over %n nights (0 none … 10 worst); {high} nights were 7 or more.</source>
            <translation>
                <numerusform>Im Schnitt {average} von 10 in %n Nacht (0 keine … 10 am stärksten); {high} Nächte lagen bei 7 oder höher.</numerusform>
                <numerusform>Im Schnitt {average} von 10 in %n Nächten (0 keine … 10 am stärksten); {high} Nächte lagen bei 7 oder höher.</numerusform>
            </translation>
        </message>
        <message>
            <source>Quality</source>
            <translation>Qualität</translation>
        </message>
        <message>
            <source>Questions I want to ask</source>
            <translation>Fragen, die ich stellen möchte</translation>
        </message>
        <message>
            <source>Range</source>
            <translation>Spanne</translation>
        </message>
        <message>
            <source>Reading</source>
            <translation>Tendenz</translation>
        </message>
        <message>
            <source>Restless legs each night (0 none … 10 worst), with the 7-night average</source>
            <translation>Unruhige Beine pro Nacht (0 keine … 10 am stärksten), mit 7-Nächte-Durchschnitt</translation>
        </message>
        <message>
            <source>Routine</source>
            <translation>Routine</translation>
        </message>
        <message>
            <source>TSAT (%)</source>
            <translation>TSAT (%)</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Schlagwörter</translation>
        </message>
        <message>
            <source>The 2024 American Academy of Sleep Medicine clinical practice guideline for restless legs (Winkelman et al., J Clin Sleep Med 2024; doi:10.5664/jcsm.11390) uses these iron thresholds in adults: serum ferritin ≤ 75 ng/mL (µg/L) or transferrin saturation (TSAT) &lt; 20 %. These numbers are for a conversation with a clinician; this app does not recommend any treatment or dose.</source>
            <translation>Die Leitlinie der American Academy of Sleep Medicine von 2024 zu unruhigen Beinen (Winkelman et al., J Clin Sleep Med 2024; doi:10.5664/jcsm.11390) verwendet bei Erwachsenen diese Schwellenwerte für Eisen: Serum-Ferritin ≤ 75 ng/mL (µg/L) oder Transferrinsättigung (TSAT) &lt; 20 %. Diese Werte dienen dem Gespräch mit einer Ärztin oder einem Arzt; diese App empfiehlt keine Behandlung und keine Dosis.</translation>
        </message>
        <message numerus="yes">
            <source>The {shown} most recent of %n logged nights; the app's CSV export has every night.</source>
            <translation>
                <numerusform>Die {shown} neuesten von %n eingetragenen Nacht; der CSV-Export der App enthält alle Nächte.</numerusform>
                <numerusform>Die {shown} neuesten von %n eingetragenen Nächten; der CSV-Export der App enthält alle Nächte.</numerusform>
            </translation>
        </message>
        <message>
            <source>Time of day</source>
            <translation>Uhrzeit</translation>
        </message>
        <message>
            <source>Times legs woke me</source>
            <translation>Von den Beinen geweckt</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Bis</translation>
        </message>
        <message numerus="yes">
            <source>Usually around {usual} (the median of %n nights with a time); the earliest was {earliest}.</source>
            <translation>
                <numerusform>Meist gegen {usual} (Median von %n Nacht mit Uhrzeit); am frühesten um {earliest}.</numerusform>
                <numerusform>Meist gegen {usual} (Median von %n Nächten mit Uhrzeit); am frühesten um {earliest}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Week from</source>
            <translation>Woche ab</translation>
        </message>
        <message>
            <source>What brings relief?</source>
            <translation>Was bringt Linderung?</translation>
        </message>
        <message>
            <source>What do I take for them now?</source>
            <translation>Was nehme ich derzeit dagegen?</translation>
        </message>
        <message>
            <source>What went with better or worse nights (restless legs, 0–10)</source>
            <translation>Was mit besseren oder schlechteren Nächten einherging (unruhige Beine, 0–10)</translation>
        </message>
        <message>
            <source>When in the day do they start?</source>
            <translation>Zu welcher Tageszeit beginnen sie?</translation>
        </message>
        <message numerus="yes">
            <source>Whole routine (magnesium, stretches, lights dimmed) done on &lt;b&gt;{done} of %n&lt;/b&gt; nights ({steps}); {week_done} of the last {week_days}.</source>
            <translation>
                <numerusform>Ganze Routine (Magnesium, Dehnübungen, Licht gedimmt) in &lt;b&gt;{done} von %n&lt;/b&gt; Nacht erledigt ({steps}); {week_done} von den letzten {week_days}.</numerusform>
                <numerusform>Ganze Routine (Magnesium, Dehnübungen, Licht gedimmt) in &lt;b&gt;{done} von %n&lt;/b&gt; Nächten erledigt ({steps}); {week_done} von den letzten {week_days}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Woken</source>
            <translation>Aufgewacht</translation>
        </message>
        <message>
            <source>Written from the person's own diary entries; not a questionnaire score and not a diagnosis.</source>
            <translation>Aus den eigenen Tagebucheinträgen der Person verfasst; kein Fragebogenwert und keine Diagnose.</translation>
        </message>
        <message numerus="yes">
            <source>Yes on {yes} of %n nights I answered.</source>
            <translation>
                <numerusform>Ja in {yes} von %n beantworteten Nacht.</numerusform>
                <numerusform>Ja in {yes} von %n beantworteten Nächten.</numerusform>
            </translation>
        </message>
        <message>
            <source>Your symptoms have been starting earlier: the median start time moved about {hours} hours earlier over the last 8 weeks. This may be worth mentioning to your clinician.</source>
            <translation>Deine Beschwerden beginnen früher als zuvor: Der mittlere Beginn (Median) ist in den letzten 8 Wochen um etwa {hours} Stunden nach vorn gerückt. Das könntest du bei deiner Ärztin oder deinem Arzt ansprechen.</translation>
        </message>
        <message>
            <source>all</source>
            <comment>every routine step done that night</comment>
            <translation>alle</translation>
        </message>
        <message>
            <source>before this period</source>
            <translation>vor diesem Zeitraum</translation>
        </message>
        <message>
            <source>lights</source>
            <translation>Licht</translation>
        </message>
        <message>
            <source>lights dimmed</source>
            <translation>Licht gedimmt</translation>
        </message>
        <message>
            <source>magnesium</source>
            <translation>Magnesium</translation>
        </message>
        <message>
            <source>page {number} of {pages}</source>
            <translation>Seite {number} von {pages}</translation>
        </message>
        <message>
            <source>still taking</source>
            <translation>noch in Einnahme</translation>
        </message>
        <message>
            <source>stretches</source>
            <translation>Dehnübungen</translation>
        </message>
        <message>
            <source>the report {path} could not be written: the PDF writer failed</source>
            <translation>der Bericht {path} konnte nicht geschrieben werden: Die PDF-Erstellung ist fehlgeschlagen</translation>
        </message>
        <message>
            <source>the report {path} could not be written: the disk is full</source>
            <translation>der Bericht {path} konnte nicht geschrieben werden: Der Datenträger ist voll</translation>
        </message>
        <message>
            <source>{app} — summary {period}</source>
            <translation>{app} — Zusammenfassung {period}</translation>
        </message>
        <message>
            <source>{app}: sleep and restless legs</source>
            <translation>{app}: Schlaf und unruhige Beine</translation>
        </message>
        <message>
            <source>{courses}.</source>
            <comment>the medicines taken now, as a list</comment>
            <translation>{courses}.</translation>
        </message>
        <message>
            <source>{date}: TSAT {tsat} %.</source>
            <translation>{date}: TSAT {tsat} %.</translation>
        </message>
        <message>
            <source>{date}: ferritin {ferritin} ng/mL (µg/L), TSAT {tsat} %.</source>
            <translation>{date}: Ferritin {ferritin} ng/mL (µg/L), TSAT {tsat} %.</translation>
        </message>
        <message>
            <source>{date}: ferritin {ferritin} ng/mL (µg/L).</source>
            <translation>{date}: Ferritin {ferritin} ng/mL (µg/L).</translation>
        </message>
        <message>
            <source>{factor} ({with_side} / {without_side})</source>
            <translation>{factor} ({with_side} / {without_side})</translation>
        </message>
        <message>
            <source>{low} – {high}</source>
            <comment>a range of values</comment>
            <translation>{low} – {high}</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} min</translation>
        </message>
        <message>
            <source>{name} {dose} {unit} at {time} since {start}</source>
            <translation>{name} {dose} {unit} um {time} seit {start}</translation>
        </message>
        <message>
            <source>{name} {dose} {unit} since {start}</source>
            <translation>{name} {dose} {unit} seit {start}</translation>
        </message>
        <message>
            <source>{step} {count}</source>
            <comment>a routine step and its nights done</comment>
            <translation>{step} {count}</translation>
        </message>
        <message numerus="yes">
            <source>{times} times in {nights} nights; I noted %n night-time episodes.</source>
            <translation>
                <numerusform>{times}-mal in {nights} Nächten; ich habe %n nächtliche Episode notiert.</numerusform>
                <numerusform>{times}-mal in {nights} Nächten; ich habe %n nächtliche Episoden notiert.</numerusform>
            </translation>
        </message>
        <message>
            <source>{yes} of {answered}</source>
            <comment>nights with arms too, of nights answered</comment>
            <translation>{yes} von {answered}</translation>
        </message>
    </context>
    <context>
        <name>SelfTest</name>
        <message>
            <source>APScheduler did not keep its jobs</source>
            <translation>APScheduler hat seine Jobs nicht behalten</translation>
        </message>
        <message>
            <source>Qt platform: running on {name}, not {wanted}</source>
            <translation>Qt-Plattform: läuft auf {name}, nicht auf {wanted}</translation>
        </message>
        <message>
            <source>Qt widgets: {problem}</source>
            <translation>Qt-Widgets: {problem}</translation>
        </message>
        <message>
            <source>QtTextToSpeech does not import: {problem}</source>
            <translation>QtTextToSpeech lässt sich nicht importieren: {problem}</translation>
        </message>
        <message>
            <source>The command socket cannot listen: {problem}</source>
            <translation>Der Befehls-Socket kann nicht lauschen: {problem}</translation>
        </message>
        <message>
            <source>a new journal fails SQLite's integrity check</source>
            <translation>ein neues Tagebuch besteht die SQLite-Integritätsprüfung nicht</translation>
        </message>
        <message>
            <source>an SVG icon renders empty (is the svg icon engine missing?)</source>
            <translation>ein SVG-Symbol bleibt leer (fehlt die SVG-Icon-Engine?)</translation>
        </message>
        <message>
            <source>could not create {windows}</source>
            <translation>konnte nicht erstellt werden: {windows}</translation>
        </message>
        <message>
            <source>icons</source>
            <translation>Symbole</translation>
        </message>
        <message>
            <source>journal</source>
            <translation>Tagebuch</translation>
        </message>
        <message>
            <source>languages</source>
            <translation>Sprachen</translation>
        </message>
        <message>
            <source>no sounds in {folder}</source>
            <translation>keine Klänge in {folder}</translation>
        </message>
        <message>
            <source>no text-to-speech engine plug-in found (expected at least mock)</source>
            <translation>kein Sprachausgabe-Plug-in gefunden (erwartet: mindestens mock)</translation>
        </message>
        <message>
            <source>resource folder {folder} is missing</source>
            <translation>Ressourcenordner {folder} fehlt</translation>
        </message>
        <message>
            <source>resources</source>
            <translation>Ressourcen</translation>
        </message>
        <message>
            <source>scheduler</source>
            <translation>Zeitplaner</translation>
        </message>
        <message>
            <source>single instance</source>
            <translation>Einzelinstanz</translation>
        </message>
        <message>
            <source>sounds</source>
            <translation>Klänge</translation>
        </message>
        <message>
            <source>speech</source>
            <translation>Sprachausgabe</translation>
        </message>
        <message>
            <source>stretch illustrations</source>
            <translation>Dehnungsbilder</translation>
        </message>
        <message>
            <source>the {language} words are missing</source>
            <translation>die Texte für {language} fehlen</translation>
        </message>
        <message>
            <source>the {stretch} drawing renders empty</source>
            <translation>die Zeichnung {stretch} bleibt leer</translation>
        </message>
        <message>
            <source>tonight's plan</source>
            <translation>Plan für heute Abend</translation>
        </message>
        <message>
            <source>tonight's plan has no steps</source>
            <translation>der Plan für heute Abend hat keine Schritte</translation>
        </message>
        <message>
            <source>windows</source>
            <translation>Fenster</translation>
        </message>
        <message>
            <source>{check}: {problem}</source>
            <translation>{check}: {problem}</translation>
        </message>
        <message>
            <source>{file} holds no audio</source>
            <translation>{file} enthält kein Audio</translation>
        </message>
        <message>
            <source>{file} is missing</source>
            <translation>{file} fehlt</translation>
        </message>
        <message>
            <source>{file} is not a readable WAV file: {problem}</source>
            <translation>{file} ist keine lesbare WAV-Datei: {problem}</translation>
        </message>
        <message>
            <source>{file} is not a valid SVG</source>
            <translation>{file} ist kein gültiges SVG</translation>
        </message>
        <message>
            <source>{prog} self-test: (Qt) {message}</source>
            <translation>{prog}-Selbsttest: (Qt) {message}</translation>
        </message>
        <message>
            <source>{prog} self-test: all checks passed</source>
            <translation>{prog}-Selbsttest: alle Prüfungen bestanden</translation>
        </message>
        <message>
            <source>{prog} self-test: {line}</source>
            <translation>{prog}-Selbsttest: {line}</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source> min</source>
            <comment>after a number of minutes in a field</comment>
            <translation> min</translation>
        </message>
        <message>
            <source> s</source>
            <comment>after a number of seconds in a field</comment>
            <translation> s</translation>
        </message>
        <message numerus="yes">
            <source>%n min before bedtime</source>
            <translation>
                <numerusform>%n min vor der Schlafenszeit</numerusform>
                <numerusform>%n min vor der Schlafenszeit</numerusform>
            </translation>
        </message>
        <message>
            <source>(no title yet)</source>
            <translation>(noch ohne Titel)</translation>
        </message>
        <message>
            <source>A different bedtime on some nights:</source>
            <translation>An manchen Abenden eine andere Schlafenszeit:</translation>
        </message>
        <message>
            <source>A new stretch</source>
            <translation>Eine neue Dehnung</translation>
        </message>
        <message>
            <source>A quiet voice</source>
            <translation>Eine leise Stimme</translation>
        </message>
        <message>
            <source>A soft chime</source>
            <translation>Ein sanfter Klang</translation>
        </message>
        <message>
            <source>A stretch picture could not be kept: {reason}. Nothing was changed.</source>
            <translation>Ein Dehnungsbild konnte nicht gespeichert werden: {reason}. Es wurde nichts geändert.</translation>
        </message>
        <message>
            <source>Add a caffeine cut-off</source>
            <translation>Koffein-Stopp hinzufügen</translation>
        </message>
        <message>
            <source>Add a step</source>
            <translation>Schritt hinzufügen</translation>
        </message>
        <message>
            <source>Add a stretch</source>
            <translation>Dehnung hinzufügen</translation>
        </message>
        <message>
            <source>Also stretch in the morning</source>
            <translation>Auch morgens dehnen</translation>
        </message>
        <message>
            <source>Always dark</source>
            <translation>Immer dunkel</translation>
        </message>
        <message>
            <source>Always like my desktop</source>
            <translation>Immer wie mein Desktop</translation>
        </message>
        <message>
            <source>Appearance</source>
            <translation>Aussehen</translation>
        </message>
        <message>
            <source>As the system</source>
            <translation>Wie das System</translation>
        </message>
        <message>
            <source>At a time of day</source>
            <translation>Zu einer Uhrzeit</translation>
        </message>
        <message>
            <source>Automatic</source>
            <translation>Automatisch</translation>
        </message>
        <message>
            <source>Automatic: a card by the tray icon and a notification, answered on either. On Wayland, where a card cannot sit by the tray icon, the notification alone. Where notifications have no Done button, the cards stay.</source>
            <translation>Automatisch: eine Karte am Tray-Symbol und eine Benachrichtigung, beantwortbar in beiden. Unter Wayland, wo eine Karte nicht am Tray-Symbol sitzen kann, nur die Benachrichtigung. Wo Benachrichtigungen keinen Erledigt-Knopf haben, bleiben die Karten.</translation>
        </message>
        <message>
            <source>Bedtime</source>
            <translation>Schlafenszeit</translation>
        </message>
        <message>
            <source>Bedtime on {weekday} night</source>
            <translation>Schlafenszeit am {weekday}abend</translation>
        </message>
        <message>
            <source>Before bedtime</source>
            <translation>Vor der Schlafenszeit</translation>
        </message>
        <message>
            <source>Breathe in for</source>
            <translation>Einatmen für</translation>
        </message>
        <message>
            <source>Breathe out for</source>
            <translation>Ausatmen für</translation>
        </message>
        <message>
            <source>Breathing</source>
            <translation>Atmung</translation>
        </message>
        <message>
            <source>Breathing minutes</source>
            <translation>Atemminuten</translation>
        </message>
        <message>
            <source>Cards</source>
            <translation>Karten</translation>
        </message>
        <message>
            <source>Cards and notifications</source>
            <translation>Karten und Benachrichtigungen</translation>
        </message>
        <message>
            <source>Celsius (°C)</source>
            <translation>Celsius (°C)</translation>
        </message>
        <message>
            <source>Choose a picture</source>
            <translation>Bild auswählen</translation>
        </message>
        <message>
            <source>Choose one of your own stretches in the list above to edit it.</source>
            <translation>Wähle oben eine deiner eigenen Dehnungen aus, um sie zu bearbeiten.</translation>
        </message>
        <message>
            <source>Choose picture…</source>
            <translation>Bild wählen…</translation>
        </message>
        <message>
            <source>Command</source>
            <translation>Befehl</translation>
        </message>
        <message>
            <source>Command to run</source>
            <translation>Auszuführender Befehl</translation>
        </message>
        <message>
            <source>Dark in the evening, like my desktop by day</source>
            <translation>Abends dunkel, tagsüber wie mein Desktop</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Tage</translation>
        </message>
        <message>
            <source>Dose</source>
            <translation>Dosis</translation>
        </message>
        <message>
            <source>Each side (left, then right)</source>
            <translation>Jede Seite (erst links, dann rechts)</translation>
        </message>
        <message>
            <source>Fahrenheit (°F)</source>
            <translation>Fahrenheit (°F)</translation>
        </message>
        <message>
            <source>For</source>
            <comment>breathing for a number of minutes</comment>
            <translation>Dauer</translation>
        </message>
        <message>
            <source>From my region</source>
            <translation>Nach meiner Region</translation>
        </message>
        <message>
            <source>General</source>
            <translation>Allgemein</translation>
        </message>
        <message>
            <source>Hold each side</source>
            <translation>Halten je Seite</translation>
        </message>
        <message>
            <source>Hold for</source>
            <translation>Halten für</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>Last coffee of the day at {time}, Monday to Friday</source>
            <translation>Letzter Kaffee des Tages um {time}, Montag bis Freitag</translation>
        </message>
        <message>
            <source>Magnesium</source>
            <translation>Magnesium</translation>
        </message>
        <message>
            <source>Magnesium dose</source>
            <translation>Magnesium-Dosis</translation>
        </message>
        <message>
            <source>Magnesium product</source>
            <translation>Magnesium-Präparat</translation>
        </message>
        <message>
            <source>Minutes before bedtime</source>
            <translation>Minuten vor der Schlafenszeit</translation>
        </message>
        <message>
            <source>Morning stretches: minutes after waking up</source>
            <translation>Dehnübungen am Morgen: Minuten nach dem Aufwachen</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Nach unten</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Nach oben</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>New stretch</source>
            <translation>Neue Dehnung</translation>
        </message>
        <message>
            <source>No picture</source>
            <translation>Kein Bild</translation>
        </message>
        <message>
            <source>None ticked: every day</source>
            <translation>Nichts angehakt: jeden Tag</translation>
        </message>
        <message>
            <source>None, just the screen</source>
            <translation>Nichts, nur der Bildschirm</translation>
        </message>
        <message>
            <source>None: a card with the name is shown</source>
            <translation>Kein Bild: Es erscheint eine Karte mit dem Namen</translation>
        </message>
        <message>
            <source>Notifications</source>
            <translation>Benachrichtigungen</translation>
        </message>
        <message>
            <source>Once</source>
            <translation>Einmal</translation>
        </message>
        <message>
            <source>One step per line ({least} to {most})</source>
            <translation>Ein Schritt pro Zeile ({least} bis {most})</translation>
        </message>
        <message>
            <source>Optional</source>
            <translation>Optional</translation>
        </message>
        <message>
            <source>Optional, e.g. {command}</source>
            <translation>Optional, z. B. {command}</translation>
        </message>
        <message>
            <source>Pause to switch sides</source>
            <translation>Pause zum Seitenwechsel</translation>
        </message>
        <message>
            <source>Picture</source>
            <translation>Bild</translation>
        </message>
        <message>
            <source>Picture: {file}</source>
            <translation>Bild: {file}</translation>
        </message>
        <message>
            <source>Pictures ({patterns})</source>
            <translation>Bilder ({patterns})</translation>
        </message>
        <message>
            <source>Play soft sounds</source>
            <translation>Sanfte Klänge abspielen</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Präparat</translation>
        </message>
        <message>
            <source>Reduce motion</source>
            <translation>Weniger Bewegung</translation>
        </message>
        <message>
            <source>Reminders</source>
            <translation>Erinnerungen</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Room temperature in</source>
            <translation>Raumtemperatur in</translation>
        </message>
        <message>
            <source>Rounds</source>
            <translation>Durchgänge</translation>
        </message>
        <message>
            <source>Settings — {app}</source>
            <translation>Einstellungen — {app}</translation>
        </message>
        <message>
            <source>Show each stretch's pose still instead of moving into it</source>
            <translation>Jede Dehnung als Standbild zeigen statt als Bewegung</translation>
        </message>
        <message>
            <source>Show reminders as</source>
            <translation>Erinnerungen zeigen als</translation>
        </message>
        <message>
            <source>Sides</source>
            <translation>Seiten</translation>
        </message>
        <message>
            <source>Slow breathing to wind down; turn it on under Reminders.</source>
            <translation>Ruhiges Atmen zum Abschalten; einschalten unter „Erinnerungen“.</translation>
        </message>
        <message>
            <source>Snooze for</source>
            <translation>Später um</translation>
        </message>
        <message>
            <source>Snooze length</source>
            <translation>Verschiebedauer</translation>
        </message>
        <message>
            <source>Speak the stretch instructions</source>
            <translation>Anleitungen zum Dehnen vorlesen</translation>
        </message>
        <message>
            <source>Start {app} when I log in</source>
            <translation>{app} beim Anmelden starten</translation>
        </message>
        <message>
            <source>Starting at login could not be changed ({reason}).</source>
            <translation>Der Start beim Anmelden konnte nicht geändert werden ({reason}).</translation>
        </message>
        <message>
            <source>Step title</source>
            <translation>Titel des Schritts</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Schritte</translation>
        </message>
        <message>
            <source>Steps, one per line</source>
            <translation>Schritte, einer pro Zeile</translation>
        </message>
        <message>
            <source>Stretch name</source>
            <translation>Name der Dehnung</translation>
        </message>
        <message>
            <source>Stretches</source>
            <translation>Dehnübungen</translation>
        </message>
        <message>
            <source>Stretches, in order</source>
            <translation>Dehnübungen, in Reihenfolge</translation>
        </message>
        <message>
            <source>System ({zone})</source>
            <translation>System ({zone})</translation>
        </message>
        <message>
            <source>Temperature unit</source>
            <translation>Temperatureinheit</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>Text on the card</source>
            <translation>Text auf der Karte</translation>
        </message>
        <message>
            <source>Time of day</source>
            <translation>Uhrzeit</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Zeitzone</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Usual bedtime</source>
            <translation>Übliche Schlafenszeit</translation>
        </message>
        <message>
            <source>Volume</source>
            <translation>Lautstärke</translation>
        </message>
        <message>
            <source>Wake-up time</source>
            <translation>Aufstehzeit</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Wann</translation>
        </message>
        <message>
            <source>Windows you open from now on use the new language; the tray menu and the Tonight window change the next time {app} starts.</source>
            <translation>Fenster, die du ab jetzt öffnest, zeigen die neue Sprache; das Tray-Menü und das Fenster „Heute Abend“ wechseln beim nächsten Start von {app}.</translation>
        </message>
        <message>
            <source>With each breath</source>
            <translation>Bei jedem Atemzug</translation>
        </message>
        <message>
            <source>Your own steps</source>
            <translation>Eigene Schritte</translation>
        </message>
        <message>
            <source>Your own steps, in order</source>
            <translation>Eigene Schritte, in Reihenfolge</translation>
        </message>
        <message>
            <source>Your own stretches</source>
            <translation>Eigene Dehnungen</translation>
        </message>
        <message>
            <source>Your settings could not be saved ({reason}); nothing was changed.</source>
            <translation>Deine Einstellungen konnten nicht gespeichert werden ({reason}); es wurde nichts geändert.</translation>
        </message>
        <message>
            <source>after waking up</source>
            <translation>nach dem Aufwachen</translation>
        </message>
        <message>
            <source>at bedtime</source>
            <translation>zur Schlafenszeit</translation>
        </message>
        <message>
            <source>at {time}</source>
            <translation>um {time}</translation>
        </message>
        <message>
            <source>before bedtime</source>
            <translation>vor der Schlafenszeit</translation>
        </message>
        <message>
            <source>e.g. Figure-four stretch</source>
            <translation>z. B. Figur-4-Dehnung</translation>
        </message>
        <message>
            <source>every day</source>
            <translation>jeden Tag</translation>
        </message>
        <message>
            <source>this file cannot be shown as a picture; choose another or none</source>
            <translation>diese Datei lässt sich nicht als Bild anzeigen; wähle eine andere oder keine</translation>
        </message>
        <message>
            <source>{name} (yours)</source>
            <translation>{name} (eigene)</translation>
        </message>
        <message>
            <source>{name}: {problem}.</source>
            <translation>{name}: {problem}.</translation>
        </message>
        <message>
            <source>{step}: minutes</source>
            <translation>{step}: Minuten</translation>
        </message>
        <message>
            <source>{title} · needs a fix</source>
            <translation>{title} · muss korrigiert werden</translation>
        </message>
        <message>
            <source>{title} · {when} · {days}</source>
            <comment>a step in the list</comment>
            <translation>{title} · {when} · {days}</translation>
        </message>
        <message>
            <source>{weekday} night</source>
            <translation>{weekday}abend</translation>
        </message>
    </context>
    <context>
        <name>Settings file</name>
        <message>
            <source>These settings could not be used and take their defaults until you change them; the rest are in force, and {file} was not changed.
{problems}</source>
            <translation>Diese Einstellungen ließen sich nicht verwenden und gelten mit ihren Standardwerten, bis du sie änderst; alle anderen gelten, und {file} wurde nicht geändert.
{problems}</translation>
        </message>
        <message>
            <source>Your settings file could not be used because {reason}. The defaults are in use; the old file was kept as {file}.</source>
            <translation>Deine Einstellungsdatei ließ sich nicht verwenden, weil {reason}. Es gelten die Standardwerte; die alte Datei wurde als {file} aufbewahrt.</translation>
        </message>
        <message>
            <source>it is not a readable settings file ({cause})</source>
            <translation>sie keine lesbare Einstellungsdatei ist ({cause})</translation>
        </message>
    </context>
    <context>
        <name>SettingsErrors</name>
        <message>
            <source>"{id}" is a built-in stretch's id</source>
            <translation>"{id}" ist die ID einer eingebauten Dehnung</translation>
        </message>
        <message>
            <source>"{id}" is used twice</source>
            <translation>"{id}" kommt zweimal vor</translation>
        </message>
        <message>
            <source>"{text}" is not a time like 12:00</source>
            <translation>"{text}" ist keine Uhrzeit wie 12:00</translation>
        </message>
        <message>
            <source>give either a time (at) or before_bedtime_minutes</source>
            <translation>gib entweder eine Uhrzeit (at) oder before_bedtime_minutes an</translation>
        </message>
        <message>
            <source>is a number far too large</source>
            <translation>ist eine viel zu große Zahl</translation>
        </message>
        <message>
            <source>is missing</source>
            <translation>fehlt</translation>
        </message>
        <message>
            <source>is needed</source>
            <translation>wird benötigt</translation>
        </message>
        <message>
            <source>is not a field of a custom step</source>
            <translation>ist kein Feld eines eigenen Schritts</translation>
        </message>
        <message>
            <source>is not a field of a custom stretch</source>
            <translation>ist kein Feld einer eigenen Dehnung</translation>
        </message>
        <message>
            <source>is not a step this app knows</source>
            <translation>ist kein Schritt, den diese App kennt</translation>
        </message>
        <message>
            <source>is not a weekday (monday … sunday) or 'default'</source>
            <translation>ist kein Wochentag (monday … sunday) und nicht 'default'</translation>
        </message>
        <message>
            <source>left out</source>
            <translation>wird ignoriert</translation>
        </message>
        <message>
            <source>must be a PNG, JPEG or SVG file (.png, .jpg, .jpeg, .svg)</source>
            <translation>muss eine PNG-, JPEG- oder SVG-Datei sein (.png, .jpg, .jpeg, .svg)</translation>
        </message>
        <message>
            <source>must be a list like ["Lie down.", …]</source>
            <translation>muss eine Liste sein wie ["Leg dich hin.", …]</translation>
        </message>
        <message>
            <source>must be a list of [[custom_steps]] tables</source>
            <translation>muss eine Liste von [[custom_steps]]-Tabellen sein</translation>
        </message>
        <message>
            <source>must be a list of [[custom_stretches]] tables</source>
            <translation>muss eine Liste von [[custom_stretches]]-Tabellen sein</translation>
        </message>
        <message>
            <source>must be a list of stretch ids</source>
            <translation>muss eine Liste von Dehnungs-IDs sein</translation>
        </message>
        <message>
            <source>must be a list of weekdays like ["monday", "friday"]</source>
            <translation>muss eine Liste von Wochentagen sein wie ["monday", "friday"]</translation>
        </message>
        <message>
            <source>must be a list of words like ["prog", "arg"]</source>
            <translation>muss eine Liste von Wörtern sein wie ["prog", "arg"]</translation>
        </message>
        <message>
            <source>must be a table</source>
            <translation>muss eine Tabelle sein</translation>
        </message>
        <message>
            <source>must be a table ([[custom_steps]])</source>
            <translation>muss eine Tabelle sein ([[custom_steps]])</translation>
        </message>
        <message>
            <source>must be a table ([[custom_stretches]])</source>
            <translation>muss eine Tabelle sein ([[custom_stretches]])</translation>
        </message>
        <message>
            <source>must be a time like "22:30"</source>
            <translation>muss eine Uhrzeit wie "22:30" sein</translation>
        </message>
        <message>
            <source>must be a tuple of stretch ids</source>
            <translation>muss ein Tupel von Dehnungs-IDs sein</translation>
        </message>
        <message>
            <source>must be a whole number</source>
            <translation>muss eine ganze Zahl sein</translation>
        </message>
        <message>
            <source>must be at most {count} characters</source>
            <translation>darf höchstens {count} Zeichen lang sein</translation>
        </message>
        <message>
            <source>must be auto, cards, notifications or both</source>
            <translation>muss auto, cards, notifications oder both sein</translation>
        </message>
        <message>
            <source>must be auto, celsius or fahrenheit</source>
            <translation>muss auto, celsius oder fahrenheit sein</translation>
        </message>
        <message>
            <source>must be auto, evening or day</source>
            <translation>muss auto, evening oder day sein</translation>
        </message>
        <message>
            <source>must be between {low} and {high}</source>
            <translation>muss zwischen {low} und {high} liegen</translation>
        </message>
        <message>
            <source>must be between {low} and {high}, not {value}</source>
            <translation>muss zwischen {low} und {high} liegen, nicht {value}</translation>
        </message>
        <message>
            <source>must be from 12:00 on (the app's day turns at noon)</source>
            <translation>muss ab 12:00 liegen (der Tag der App wechselt um 12 Uhr mittags)</translation>
        </message>
        <message>
            <source>must be letters, digits and '-' (at most {count} characters)</source>
            <translation>darf nur Buchstaben, Ziffern und '-' enthalten (höchstens {count} Zeichen)</translation>
        </message>
        <message>
            <source>must be off, chime or voice</source>
            <translation>muss off, chime oder voice sein</translation>
        </message>
        <message>
            <source>must be text in quotes</source>
            <translation>muss Text in Anführungszeichen sein</translation>
        </message>
        <message>
            <source>must be true or false</source>
            <translation>muss true oder false sein</translation>
        </message>
        <message>
            <source>must be {low} to {high} steps</source>
            <translation>muss {low} bis {high} Schritte haben</translation>
        </message>
        <message>
            <source>must name at least one stretch</source>
            <translation>muss mindestens eine Dehnung nennen</translation>
        </message>
        <message>
            <source>must name weekdays (monday … sunday)</source>
            <translation>muss Wochentage nennen (monday … sunday)</translation>
        </message>
        <message>
            <source>must not be empty</source>
            <translation>darf nicht leer sein</translation>
        </message>
        <message>
            <source>must not hold an empty step</source>
            <translation>darf keinen leeren Schritt enthalten</translation>
        </message>
        <message>
            <source>must start with the program to run</source>
            <translation>muss mit dem auszuführenden Programm beginnen</translation>
        </message>
        <message>
            <source>names "{item}", which is neither a built-in stretch nor one of your own</source>
            <translation>nennt "{item}", das weder eine eingebaute noch eine eigene Dehnung ist</translation>
        </message>
        <message>
            <source>names a stretch more than once</source>
            <translation>nennt eine Dehnung mehrmals</translation>
        </message>
        <message>
            <source>one step is over {count} characters</source>
            <translation>ein Schritt ist länger als {count} Zeichen</translation>
        </message>
        <message>
            <source>unknown step {name}</source>
            <translation>unbekannter Schritt {name}</translation>
        </message>
        <message>
            <source>using none</source>
            <translation>stattdessen keine</translation>
        </message>
        <message>
            <source>using the default</source>
            <translation>stattdessen der Standardwert</translation>
        </message>
        <message>
            <source>using the defaults</source>
            <translation>stattdessen die Standardwerte</translation>
        </message>
        <message>
            <source>using {value}</source>
            <translation>stattdessen {value}</translation>
        </message>
        <message>
            <source>weekday {weekday} is not 0-6</source>
            <translation>Wochentag {weekday} liegt nicht in 0-6</translation>
        </message>
        <message>
            <source>{item} is not one of {ids} or an id of your own stretches</source>
            <translation>{item} ist weder eines von {ids} noch die ID einer eigenen Dehnung</translation>
        </message>
        <message>
            <source>{key}: {problem}; {instead}</source>
            <translation>{key}: {problem}; {instead}</translation>
        </message>
        <message>
            <source>{name} is not a known IANA time zone</source>
            <translation>{name} ist keine bekannte IANA-Zeitzone</translation>
        </message>
        <message>
            <source>{text} is not a time like 22:30</source>
            <translation>{text} ist keine Uhrzeit wie 22:30</translation>
        </message>
    </context>
    <context>
        <name>StepCommands</name>
        <message>
            <source>The command “{command}” could not be started.</source>
            <translation>Der Befehl „{command}“ konnte nicht gestartet werden.</translation>
        </message>
        <message>
            <source>The command “{command}” failed (exit status {code}).</source>
            <translation>Der Befehl „{command}“ ist fehlgeschlagen (Exit-Status {code}).</translation>
        </message>
        <message>
            <source>The command “{command}” failed (exit status {code}): {output}.</source>
            <translation>Der Befehl „{command}“ ist fehlgeschlagen (Exit-Status {code}): {output}.</translation>
        </message>
        <message>
            <source>The command “{command}” stopped unexpectedly.</source>
            <translation>Der Befehl „{command}“ wurde unerwartet beendet.</translation>
        </message>
        <message>
            <source>The command “{command}” took over {seconds} s and was stopped.</source>
            <translation>Der Befehl „{command}“ brauchte länger als {seconds} s und wurde abgebrochen.</translation>
        </message>
    </context>
    <context>
        <name>Steps</name>
        <message>
            <source>Breathing</source>
            <translation>Atmung</translation>
        </message>
        <message>
            <source>From now on, choose decaf, herbal tea or water.</source>
            <translation>Ab jetzt lieber entkoffeinierten Kaffee, Kräutertee oder Wasser.</translation>
        </message>
        <message>
            <source>Last coffee of the day</source>
            <translation>Letzter Kaffee des Tages</translation>
        </message>
        <message>
            <source>Lights dimmed</source>
            <translation>Licht gedimmt</translation>
        </message>
        <message>
            <source>Lights down</source>
            <translation>Licht dimmen</translation>
        </message>
        <message>
            <source>Lights out</source>
            <translation>Licht aus</translation>
        </message>
        <message>
            <source>Magnesium</source>
            <translation>Magnesium</translation>
        </message>
        <message>
            <source>Morning check-in</source>
            <translation>Morgen-Check-in</translation>
        </message>
        <message>
            <source>Morning stretches</source>
            <translation>Dehnübungen am Morgen</translation>
        </message>
        <message>
            <source>Stretches</source>
            <translation>Dehnübungen</translation>
        </message>
    </context>
    <context>
        <name>Stretch</name>
        <message numerus="yes">
            <source>%n seconds left</source>
            <translation>
                <numerusform>noch %n Sekunde</numerusform>
                <numerusform>noch %n Sekunden</numerusform>
            </translation>
        </message>
        <message>
            <source>All done</source>
            <translation>Alles geschafft</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Zurück</translation>
        </message>
        <message>
            <source>Carry on with the stretches (G or Esc)</source>
            <translation>Mit den Dehnübungen weitermachen (G oder Esc)</translation>
        </message>
        <message>
            <source>Change position</source>
            <translation>Position wechseln</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Close the stretch window</source>
            <translation>Fenster der Dehnübungen schließen</translation>
        </message>
        <message>
            <source>Close this window (Enter)</source>
            <translation>Dieses Fenster schließen (Enter)</translation>
        </message>
        <message>
            <source>Drawing of the {name}</source>
            <translation>Zeichnung: {name}</translation>
        </message>
        <message>
            <source>End here and see what you did (S)</source>
            <translation>Hier beenden und sehen, was du geschafft hast (S)</translation>
        </message>
        <message>
            <source>Every stretch counts. Let your legs rest and wind down for sleep.</source>
            <translation>Jede Dehnung zählt. Lass deine Beine ruhen und komm langsam zur Ruhe.</translation>
        </message>
        <message>
            <source>Fill the whole screen, or go back to a window (F)</source>
            <translation>Ganzen Bildschirm füllen oder zurück zum Fenster (F)</translation>
        </message>
        <message>
            <source>Full screen</source>
            <translation>Vollbild</translation>
        </message>
        <message>
            <source>Get ready</source>
            <translation>Bereit machen</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>Zurück</translation>
        </message>
        <message>
            <source>Go on</source>
            <translation>Weiter</translation>
        </message>
        <message>
            <source>Go on with the stretches</source>
            <translation>Mit den Dehnübungen weitermachen</translation>
        </message>
        <message>
            <source>Guided stretches — {app}</source>
            <translation>Angeleitete Dehnübungen — {app}</translation>
        </message>
        <message>
            <source>Hold</source>
            <translation>Halten</translation>
        </message>
        <message>
            <source>Last one — then you are done</source>
            <translation>Die letzte — dann bist du fertig</translation>
        </message>
        <message>
            <source>Leave full screen</source>
            <translation>Vollbild beenden</translation>
        </message>
        <message>
            <source>Left leg</source>
            <translation>Linkes Bein</translation>
        </message>
        <message>
            <source>Move on to the next hold (→)</source>
            <translation>Weiter zur nächsten Haltephase (→)</translation>
        </message>
        <message>
            <source>Next: {name}</source>
            <translation>Als Nächstes: {name}</translation>
        </message>
        <message>
            <source>Next: {name}, left leg</source>
            <translation>Als Nächstes: {name}, linkes Bein</translation>
        </message>
        <message>
            <source>Next: {name}, right leg</source>
            <translation>Als Nächstes: {name}, rechtes Bein</translation>
        </message>
        <message>
            <source>Nicely done. Let your legs rest and wind down for sleep.</source>
            <translation>Gut gemacht. Lass deine Beine ruhen und komm langsam zur Ruhe.</translation>
        </message>
        <message>
            <source>No stretches this time</source>
            <translation>Diesmal keine Dehnübungen</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>Pause and choose whether to end tonight's stretches here (Esc)</source>
            <translation>Pausieren und entscheiden, ob du die Dehnübungen für heute Abend hier beendest (Esc)</translation>
        </message>
        <message>
            <source>Pause or resume the timer (Space)</source>
            <translation>Timer anhalten oder fortsetzen (Leertaste)</translation>
        </message>
        <message>
            <source>Pause the stretch timer</source>
            <translation>Dehn-Timer anhalten</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>Pausiert</translation>
        </message>
        <message>
            <source>Ready when you are</source>
            <translation>Los, wenn du so weit bist</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Weiter</translation>
        </message>
        <message>
            <source>Resume the stretch timer</source>
            <translation>Dehn-Timer fortsetzen</translation>
        </message>
        <message>
            <source>Right leg</source>
            <translation>Rechtes Bein</translation>
        </message>
        <message>
            <source>S stop · G or Esc go on</source>
            <translation>S beenden · G oder Esc weiter</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Überspringen</translation>
        </message>
        <message>
            <source>Skip this hold</source>
            <translation>Diese Haltephase überspringen</translation>
        </message>
        <message>
            <source>Space pause · ← back · → skip · F full screen · Esc stop</source>
            <translation>Leertaste Pause · ← zurück · → überspringen · F Vollbild · Esc beenden</translation>
        </message>
        <message>
            <source>Start this hold again, or go back one if it has only just begun (←)</source>
            <translation>Diese Haltephase neu starten oder, wenn sie gerade erst begonnen hat, eine zurück (←)</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Beenden</translation>
        </message>
        <message>
            <source>Stop the stretches</source>
            <translation>Dehnübungen beenden</translation>
        </message>
        <message>
            <source>Stop the stretches now</source>
            <translation>Dehnübungen jetzt beenden</translation>
        </message>
        <message>
            <source>Stop tonight's stretches?</source>
            <translation>Dehnübungen für heute Abend beenden?</translation>
        </message>
        <message>
            <source>Switch to the left leg</source>
            <translation>Wechsel zum linken Bein</translation>
        </message>
        <message>
            <source>Switch to the right leg</source>
            <translation>Wechsel zum rechten Bein</translation>
        </message>
        <message>
            <source>That's fine — you can start again from the tray whenever you like.</source>
            <translation>Das ist in Ordnung — du kannst jederzeit über das Tray-Symbol neu starten.</translation>
        </message>
        <message>
            <source>That's it for tonight</source>
            <translation>Das war’s für heute Abend</translation>
        </message>
        <message>
            <source>Time left</source>
            <translation>Verbleibende Zeit</translation>
        </message>
        <message>
            <source>Toggle full screen</source>
            <translation>Vollbild ein/aus</translation>
        </message>
        <message numerus="yes">
            <source>You completed all %n holds in under a minute.</source>
            <translation>
                <numerusform>Du hast deine %n Haltephase in unter einer Minute geschafft.</numerusform>
                <numerusform>Du hast alle %n Haltephasen in unter einer Minute geschafft.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>You completed all {planned} holds in %n minutes.</source>
            <translation>
                <numerusform>Du hast alle {planned} Haltephasen in %n Minute geschafft.</numerusform>
                <numerusform>Du hast alle {planned} Haltephasen in %n Minuten geschafft.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>You completed {completed} of %n holds in under a minute.</source>
            <translation>
                <numerusform>Du hast {completed} von %n Haltephase in unter einer Minute geschafft.</numerusform>
                <numerusform>Du hast {completed} von %n Haltephasen in unter einer Minute geschafft.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>You completed {completed} of {planned} holds in %n minutes.</source>
            <translation>
                <numerusform>Du hast {completed} von {planned} Haltephasen in %n Minute geschafft.</numerusform>
                <numerusform>Du hast {completed} von {planned} Haltephasen in %n Minuten geschafft.</numerusform>
            </translation>
        </message>
        <message>
            <source>{caption} {time}</source>
            <comment>the ring, read aloud</comment>
            <translation>{caption} {time}</translation>
        </message>
        <message>
            <source>{completed} of {planned}</source>
            <comment>holds done, in the ring</comment>
            <translation>{completed} von {planned}</translation>
        </message>
        <message>
            <source>{phase}: {time} left</source>
            <translation>{phase}: noch {time}</translation>
        </message>
    </context>
    <context>
        <name>Stretches</name>
        <message>
            <source>Bend the front knee and step the working leg well back, toes pointing at the wall.</source>
            <translation>Beug das vordere Knie und stell das Übungsbein weit nach hinten, die Zehen zeigen zur Wand.</translation>
        </message>
        <message>
            <source>Bend the other knee and rest that foot against the inside of the straight thigh.</source>
            <translation>Beug das andere Knie und leg den Fuß innen an den gestreckten Oberschenkel.</translation>
        </message>
        <message>
            <source>Bend the working knee and bring the heel up toward your seat.</source>
            <translation>Beug das Knie des Übungsbeins und zieh die Ferse Richtung Gesäß.</translation>
        </message>
        <message>
            <source>Breathe out slowly as you draw the knee in, and stop short of any pain.</source>
            <translation>Atme langsam aus, während du das Knie heranziehst, und hör auf, bevor es wehtut.</translation>
        </message>
        <message>
            <source>Bring the working knee up toward your chest.</source>
            <translation>Zieh das Knie des Übungsbeins zur Brust.</translation>
        </message>
        <message>
            <source>Calf stretch</source>
            <translation>Wadendehnung</translation>
        </message>
        <message>
            <source>Clasp your hands just below the knee and hug it in softly.</source>
            <translation>Fass mit den Händen knapp unter das Knie und zieh es sanft heran.</translation>
        </message>
        <message>
            <source>Cross the working leg over it and set that foot flat beside the straight knee.</source>
            <translation>Schlag das Übungsbein darüber und stell den Fuß flach neben das gestreckte Knie.</translation>
        </message>
        <message>
            <source>Draw the knee gently toward your chest and sit tall.</source>
            <translation>Zieh das Knie sanft zur Brust und sitz aufrecht.</translation>
        </message>
        <message>
            <source>Face a wall and rest both palms on it at shoulder height.</source>
            <translation>Stell dich vor eine Wand und leg beide Handflächen auf Schulterhöhe an die Wand.</translation>
        </message>
        <message>
            <source>Hamstring stretch</source>
            <translation>Dehnung Oberschenkelrückseite</translation>
        </message>
        <message>
            <source>Hip and glute stretch</source>
            <translation>Hüft- und Gesäßdehnung</translation>
        </message>
        <message>
            <source>Hold on for balance the whole time, and never yank the foot upward.</source>
            <translation>Halte dich die ganze Zeit fest, um im Gleichgewicht zu bleiben, und reiß den Fuß nie nach oben.</translation>
        </message>
        <message>
            <source>Hold that ankle with the hand on the same side.</source>
            <translation>Halte den Knöchel mit der Hand derselben Seite.</translation>
        </message>
        <message>
            <source>Keep both knees close together and your hips level.</source>
            <translation>Halte beide Knie eng beieinander und die Hüfte gerade.</translation>
        </message>
        <message>
            <source>Keep that back leg straight and press its heel into the floor.</source>
            <translation>Lass das hintere Bein gestreckt und drück die Ferse in den Boden.</translation>
        </message>
        <message>
            <source>Keep the other leg long on the floor.</source>
            <translation>Lass das andere Bein lang auf dem Boden liegen.</translation>
        </message>
        <message>
            <source>Keep your back long and fold forward from the hips.</source>
            <translation>Halte den Rücken lang und beug dich aus der Hüfte nach vorn.</translation>
        </message>
        <message>
            <source>Keep your head and shoulders relaxed on the floor and breathe slowly.</source>
            <translation>Lass Kopf und Schultern entspannt auf dem Boden und atme langsam.</translation>
        </message>
        <message>
            <source>Lead with the chest rather than rounding your back, and ease off if it hurts.</source>
            <translation>Führ die Bewegung mit der Brust, statt den Rücken rund zu machen, und lass nach, wenn es wehtut.</translation>
        </message>
        <message>
            <source>Lean your whole body toward the wall until the calf feels a gentle pull.</source>
            <translation>Lehn dich mit dem ganzen Körper zur Wand, bis du ein sanftes Ziehen in der Wade spürst.</translation>
        </message>
        <message>
            <source>Let the wall take your weight, and keep the back heel down without bouncing.</source>
            <translation>Lass die Wand dein Gewicht tragen und halte die hintere Ferse unten, ohne zu wippen.</translation>
        </message>
        <message>
            <source>Lie on your back with your head resting on the floor.</source>
            <translation>Leg dich auf den Rücken, den Kopf auf dem Boden.</translation>
        </message>
        <message>
            <source>Lying leg stretch</source>
            <translation>Beindehnung im Liegen</translation>
        </message>
        <message>
            <source>Quadriceps stretch</source>
            <translation>Dehnung Oberschenkelvorderseite</translation>
        </message>
        <message>
            <source>Reach toward the shin or ankle, only as far as feels comfortable.</source>
            <translation>Streck die Hände Richtung Schienbein oder Knöchel, nur so weit, wie es angenehm ist.</translation>
        </message>
        <message>
            <source>Sit on the floor with the working leg straight out in front, toes to the ceiling.</source>
            <translation>Setz dich auf den Boden, das Übungsbein gestreckt vor dir, die Zehen zur Decke.</translation>
        </message>
        <message>
            <source>Sit up straight on the floor with the other leg stretched out in front.</source>
            <translation>Setz dich aufrecht auf den Boden, das andere Bein vor dir ausgestreckt.</translation>
        </message>
        <message>
            <source>Stand tall and hold a wall or the back of a chair with one hand.</source>
            <translation>Stell dich aufrecht hin und halte dich mit einer Hand an einer Wand oder Stuhllehne fest.</translation>
        </message>
        <message>
            <source>Wrap both arms around the bent knee.</source>
            <translation>Leg beide Arme um das gebeugte Knie.</translation>
        </message>
        <message>
            <source>calf</source>
            <translation>Wade</translation>
        </message>
        <message>
            <source>glute and hamstring</source>
            <translation>Gesäß und Oberschenkelrückseite</translation>
        </message>
        <message>
            <source>hamstring</source>
            <translation>Oberschenkelrückseite</translation>
        </message>
        <message>
            <source>hip and glute</source>
            <translation>Hüfte und Gesäß</translation>
        </message>
        <message>
            <source>quadriceps</source>
            <translation>Oberschenkelvorderseite</translation>
        </message>
        <message>
            <source>{number} of {total}</source>
            <translation>{number} von {total}</translation>
        </message>
    </context>
    <context>
        <name>Tonight</name>
        <message>
            <source>Done</source>
            <translation>Erledigt</translation>
        </message>
        <message>
            <source>Nothing is planned yet.</source>
            <translation>Noch nichts geplant.</translation>
        </message>
        <message>
            <source>Paused tonight</source>
            <translation>Heute Abend pausiert</translation>
        </message>
        <message>
            <source>Reminders are off: the journal was written by a newer version of Bedtime Companion and is open read-only.</source>
            <translation>Erinnerungen sind aus: Das Tagebuch wurde von einer neueren Version von Bedtime Companion geschrieben und ist nur lesbar geöffnet.</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Überspringen</translation>
        </message>
        <message>
            <source>Snooze</source>
            <translation>Später</translation>
        </message>
        <message>
            <source>Stop {app} and tonight's reminders</source>
            <translation>{app} und die Erinnerungen für heute Abend beenden</translation>
        </message>
        <message>
            <source>Tonight</source>
            <translation>Heute Abend</translation>
        </message>
        <message>
            <source>Tonight — {app}</source>
            <translation>Heute Abend — {app}</translation>
        </message>
        <message>
            <source>Tonight's routine is complete.</source>
            <translation>Die Routine für heute Abend ist geschafft.</translation>
        </message>
        <message>
            <source>Your desktop shows no tray area, so this window stands in for the tray icon. Closing it keeps the reminders running; Quit stops them.</source>
            <translation>Dein Desktop hat keinen Infobereich (Tray), deshalb vertritt dieses Fenster das Tray-Symbol. Wenn du es schließt, laufen die Erinnerungen weiter; „Beenden“ stoppt sie.</translation>
        </message>
        <message>
            <source>done</source>
            <translation>erledigt</translation>
        </message>
        <message>
            <source>missed</source>
            <translation>verpasst</translation>
        </message>
        <message>
            <source>now</source>
            <translation>jetzt</translation>
        </message>
        <message>
            <source>partly done</source>
            <translation>teilweise erledigt</translation>
        </message>
        <message>
            <source>skipped</source>
            <translation>übersprungen</translation>
        </message>
        <message>
            <source>still to come</source>
            <translation>kommt noch</translation>
        </message>
    </context>
    <context>
        <name>Tray</name>
        <message>
            <source>About</source>
            <translation>Über</translation>
        </message>
        <message>
            <source>About {app}</source>
            <translation>Über {app}</translation>
        </message>
        <message>
            <source>Legs restless now…</source>
            <translation>Beine unruhig…</translation>
        </message>
        <message>
            <source>Log last night…</source>
            <translation>Letzte Nacht eintragen…</translation>
        </message>
        <message>
            <source>Open journal…</source>
            <translation>Tagebuch öffnen…</translation>
        </message>
        <message>
            <source>Pause tonight</source>
            <translation>Heute Abend pausieren</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Beenden</translation>
        </message>
        <message>
            <source>Resume tonight</source>
            <translation>Heute Abend fortsetzen</translation>
        </message>
        <message>
            <source>Settings…</source>
            <translation>Einstellungen…</translation>
        </message>
        <message>
            <source>Start stretches now</source>
            <translation>Jetzt dehnen</translation>
        </message>
    </context>
    <context>
        <name>Treatments</name>
        <message>
            <source>&amp;Add medicine</source>
            <translation>&amp;Medikament hinzufügen</translation>
        </message>
        <message>
            <source>A new medicine needs its name, its dose and a unit.</source>
            <translation>Für ein neues Medikament brauchst du Name, Dosis und Einheit.</translation>
        </message>
        <message>
            <source>A test result needs a ferritin or a TSAT value (or both).</source>
            <translation>Für Eisenwerte brauchst du einen Ferritin- oder TSAT-Wert (oder beide).</translation>
        </message>
        <message>
            <source>About the iron numbers: the 2024 guideline of the American Academy of Sleep Medicine (Winkelman et al., Journal of Clinical Sleep Medicine 2024, doi 10.5664/jcsm.11390) uses ferritin at or below 75 ng/mL (the same as µg/L) or a transferrin saturation (TSAT) below 20 % as its thresholds for iron in restless legs. These numbers are here for a conversation with your clinician; this app does not advise any treatment or dose.</source>
            <translation>Zu den Eisenwerten: Die Leitlinie der American Academy of Sleep Medicine von 2024 (Winkelman et al., Journal of Clinical Sleep Medicine 2024, doi 10.5664/jcsm.11390) nennt bei unruhigen Beinen ein Ferritin von höchstens 75 ng/mL (entspricht µg/L) oder eine Transferrinsättigung (TSAT) unter 20 % als Schwellenwerte für Eisen. Diese Werte sind für ein Gespräch mit deiner Ärztin oder deinem Arzt gedacht; diese App rät zu keiner Behandlung und keiner Dosis.</translation>
        </message>
        <message>
            <source>About when the legs start</source>
            <translation>Zum Beginn der Beschwerden</translation>
        </message>
        <message>
            <source>Add &amp;test result</source>
            <translation>&amp;Eisenwerte eintragen</translation>
        </message>
        <message>
            <source>Changed {name} {dose} {unit}</source>
            <translation>{name} geändert auf {dose} {unit}</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Date of the test</source>
            <translation>Datum der Messung</translation>
        </message>
        <message>
            <source>Dose</source>
            <translation>Dosis</translation>
        </message>
        <message>
            <source>Ferritin</source>
            <translation>Ferritin</translation>
        </message>
        <message>
            <source>Ferritin (µg/L)</source>
            <translation>Ferritin (µg/L)</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Von</translation>
        </message>
        <message>
            <source>Iron test on</source>
            <translation>Eisenwerte vom</translation>
        </message>
        <message>
            <source>Iron test: TSAT {tsat} %</source>
            <translation>Eisenwerte: TSAT {tsat} %</translation>
        </message>
        <message>
            <source>Iron test: ferritin {ferritin}</source>
            <translation>Eisenwerte: Ferritin {ferritin}</translation>
        </message>
        <message>
            <source>Iron test: ferritin {ferritin}, TSAT {tsat} %</source>
            <translation>Eisenwerte: Ferritin {ferritin}, TSAT {tsat} %</translation>
        </message>
        <message>
            <source>Iron tests</source>
            <translation>Eisenwerte</translation>
        </message>
        <message>
            <source>Last day taken</source>
            <translation>Zuletzt genommen am</translation>
        </message>
        <message>
            <source>Medicine</source>
            <translation>Medikament</translation>
        </message>
        <message>
            <source>Medicine name</source>
            <translation>Name des Medikaments</translation>
        </message>
        <message>
            <source>Medicine to stop</source>
            <translation>Abzusetzendes Medikament</translation>
        </message>
        <message>
            <source>Medicines</source>
            <translation>Medikamente</translation>
        </message>
        <message>
            <source>New medicine</source>
            <translation>Neues Medikament</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <source>Record &amp;stop</source>
            <translation>&amp;Absetzen eintragen</translation>
        </message>
        <message>
            <source>Record a change</source>
            <translation>Änderung eintragen</translation>
        </message>
        <message>
            <source>Started {name} {dose} {unit}</source>
            <translation>{name} {dose} {unit} begonnen</translation>
        </message>
        <message>
            <source>Stopped</source>
            <translation>Abgesetzt</translation>
        </message>
        <message>
            <source>Stopped {name}</source>
            <translation>{name} abgesetzt</translation>
        </message>
        <message>
            <source>TSAT</source>
            <translation>TSAT</translation>
        </message>
        <message>
            <source>TSAT (%)</source>
            <translation>TSAT (%)</translation>
        </message>
        <message>
            <source>Taking it from</source>
            <translation>Einnahme ab</translation>
        </message>
        <message>
            <source>Time of day</source>
            <translation>Uhrzeit</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Bis</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Einheit</translation>
        </message>
        <message>
            <source>When the legs start</source>
            <translation>Wann die Beine unruhig werden</translation>
        </message>
        <message>
            <source>e.g. pramipexole</source>
            <translation>z. B. Pramipexol</translation>
        </message>
        <message>
            <source>from</source>
            <comment>taking it from</comment>
            <translation>ab</translation>
        </message>
        <message>
            <source>still taking</source>
            <translation>noch in Einnahme</translation>
        </message>
        <message>
            <source>{dose} {unit}</source>
            <translation>{dose} {unit}</translation>
        </message>
    </context>
    <context>
        <name>Welcome</name>
        <message>
            <source>Add {minutes} minutes of slow breathing, {before} minutes before bed</source>
            <translation>{minutes} Minuten ruhiges Atmen hinzufügen, {before} Minuten vor dem Schlafengehen</translation>
        </message>
        <message>
            <source>Get started</source>
            <translation>Los geht’s</translation>
        </message>
        <message>
            <source>I usually get up at</source>
            <translation>Ich stehe meist auf um</translation>
        </message>
        <message>
            <source>I usually go to bed at</source>
            <translation>Ich gehe meist ins Bett um</translation>
        </message>
        <message>
            <source>Please read: this is not medical advice</source>
            <translation>Bitte lesen: keine medizinische Beratung</translation>
        </message>
        <message>
            <source>Start {app} when I log in</source>
            <translation>{app} beim Anmelden starten</translation>
        </message>
        <message>
            <source>Usual bedtime</source>
            <translation>Übliche Schlafenszeit</translation>
        </message>
        <message>
            <source>Usual wake-up time</source>
            <translation>Übliche Aufstehzeit</translation>
        </message>
        <message>
            <source>Welcome to {app}</source>
            <translation>Willkommen bei {app}</translation>
        </message>
        <message>
            <source>You can change these, the reminder times and your magnesium dose any time under Settings… in the tray menu.</source>
            <translation>Das, die Erinnerungszeiten und deine Magnesium-Dosis kannst du jederzeit unter „Einstellungen…“ im Tray-Menü ändern.</translation>
        </message>
    </context>
    <context>
        <name>Widgets</name>
        <message>
            <source>"{typed}" is not a time like {example}</source>
            <translation>„{typed}“ ist keine Uhrzeit wie {example}</translation>
        </message>
        <message>
            <source>At bedtime</source>
            <translation>Zur Schlafenszeit</translation>
        </message>
        <message>
            <source>Clear</source>
            <comment>empties a time field</comment>
            <translation>Leeren</translation>
        </message>
        <message>
            <source>Clear {field}</source>
            <comment>{field}: the name of a time field</comment>
            <translation>{field} leeren</translation>
        </message>
        <message>
            <source>In the afternoon</source>
            <translation>Am Nachmittag</translation>
        </message>
        <message>
            <source>In the evening</source>
            <translation>Am Abend</translation>
        </message>
        <message>
            <source>In the morning</source>
            <translation>Am Morgen</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Leicht</translation>
        </message>
        <message>
            <source>Moderate</source>
            <translation>Mäßig</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Nein</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Keine</translation>
        </message>
        <message>
            <source>Not at all</source>
            <translation>Gar nicht</translation>
        </message>
        <message>
            <source>Vigorous</source>
            <translation>Intensiv</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <source>h:mm am/pm</source>
            <comment>hours, minutes and am or pm to type</comment>
            <translation>h:mm am/pm</translation>
        </message>
        <message>
            <source>hh:mm</source>
            <comment>hours and minutes to type</comment>
            <translation>hh:mm</translation>
        </message>
        <message>
            <source>the time zone is unknown</source>
            <translation>die Zeitzone ist unbekannt</translation>
        </message>
    </context>
</TS>
