<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>Breathing</name>
        <message numerus="yes">
            <source>You breathed slowly for %n minutes of the {planned} minutes you chose.</source>
            <translation>
                <numerusform>You breathed slowly for %n minute of the {planned} minutes you chose.</numerusform>
                <numerusform>You breathed slowly for %n minutes of the {planned} minutes you chose.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>You breathed slowly for %n minutes.</source>
            <translation>
                <numerusform>You breathed slowly for %n minute.</numerusform>
                <numerusform>You breathed slowly for %n minutes.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Cards</name>
        <message numerus="yes">
            <source>Snooze %n min</source>
            <translation>
                <numerusform>Snooze %n min</numerusform>
                <numerusform>Snooze %n min</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message numerus="yes">
            <source>It covers the last %n nights.</source>
            <translation>
                <numerusform>It covers the last night.</numerusform>
                <numerusform>It covers the last %n nights.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrote {file} (%n pages).</source>
            <translation>
                <numerusform>Wrote {file} (%n page).</numerusform>
                <numerusform>Wrote {file} (%n pages).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Cues</name>
        <message numerus="yes">
            <source>{Stretch}, left leg. Hold for %n seconds.</source>
            <translation>
                <numerusform>{Stretch}, left leg. Hold for %n second.</numerusform>
                <numerusform>{Stretch}, left leg. Hold for %n seconds.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{Stretch}, right leg. Hold for %n seconds.</source>
            <translation>
                <numerusform>{Stretch}, right leg. Hold for %n second.</numerusform>
                <numerusform>{Stretch}, right leg. Hold for %n seconds.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{Stretch}. Hold for %n seconds.</source>
            <translation>
                <numerusform>{Stretch}. Hold for %n second.</numerusform>
                <numerusform>{Stretch}. Hold for %n seconds.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Experiment</name>
        <message numerus="yes">
            <source>Experiment: {factor}, {blocks} blocks of %n nights from {start} to {end} (seed {seed})</source>
            <translation>
                <numerusform>Experiment: {factor}, {blocks} blocks of %n night from {start} to {end} (seed {seed})</numerusform>
                <numerusform>Experiment: {factor}, {blocks} blocks of %n nights from {start} to {end} (seed {seed})</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message numerus="yes">
            <source>a number of %n digits is too long to be a value</source>
            <translation>
                <numerusform>a number of %n digit is too long to be a value</numerusform>
                <numerusform>a number of %n digits is too long to be a value</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{kind}: added %n nights, changed {changed}, {unchanged} already up to date.</source>
            <translation>
                <numerusform>{kind}: added %n night, changed {changed}, {unchanged} already up to date.</numerusform>
                <numerusform>{kind}: added %n nights, changed {changed}, {unchanged} already up to date.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{kind}: would add %n nights, would change {changed}, {unchanged} already up to date.</source>
            <translation>
                <numerusform>{kind}: would add %n night, would change {changed}, {unchanged} already up to date.</numerusform>
                <numerusform>{kind}: would add %n nights, would change {changed}, {unchanged} already up to date.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{start}… (%n characters)</source>
            <translation>
                <numerusform>{start}… (%n character)</numerusform>
                <numerusform>{start}… (%n characters)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Insights</name>
        <message numerus="yes">
            <source>Last %n nights</source>
            <translation>
                <numerusform>Last night</numerusform>
                <numerusform>Last %n nights</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Routine done %n nights in a row (best: {best}).</source>
            <translation>
                <numerusform>Routine done %n night in a row (best: {best}).</numerusform>
                <numerusform>Routine done %n nights in a row (best: {best}).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Journal</name>
        <message numerus="yes">
            <source>%n nights, {dates}</source>
            <translation>
                <numerusform>%n night, {dates}</numerusform>
                <numerusform>%n nights, {dates}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Your report (%n pages) is saved as {path}.</source>
            <translation>
                <numerusform>Your report (%n page) is saved as {path}.</numerusform>
                <numerusform>Your report (%n pages) is saved as {path}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %n nights</source>
            <translation>
                <numerusform>{shown} of %n night</numerusform>
                <numerusform>{shown} of %n nights</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Reminders</name>
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
    </context>
    <context>
        <name>Report</name>
        <message numerus="yes">
            <source>%n factors were not recorded in this period.</source>
            <translation>
                <numerusform>%n factor was not recorded in this period.</numerusform>
                <numerusform>%n factors were not recorded in this period.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;Period:&lt;/b&gt; nights of {first} to {last} (%n nights; {answered} with a morning check-in).</source>
            <translation>
                <numerusform>&lt;b&gt;Period:&lt;/b&gt; nights of {first} to {last} (%n night; {answered} with a morning check-in).</numerusform>
                <numerusform>&lt;b&gt;Period:&lt;/b&gt; nights of {first} to {last} (%n nights; {answered} with a morning check-in).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>On average {average} out of 10 over %n nights (0 none … 10 worst); {high} nights were 7 or more.</source>
            <translation>
                <numerusform>On average {average} out of 10 over %n night (0 none … 10 worst); {high} nights were 7 or more.</numerusform>
                <numerusform>On average {average} out of 10 over %n nights (0 none … 10 worst); {high} nights were 7 or more.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The {shown} most recent of %n logged nights; the app's CSV export has every night.</source>
            <translation>
                <numerusform>The {shown} most recent of %n logged night; the app's CSV export has every night.</numerusform>
                <numerusform>The {shown} most recent of %n logged nights; the app's CSV export has every night.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Usually around {usual} (the median of %n nights with a time); the earliest was {earliest}.</source>
            <translation>
                <numerusform>Usually around {usual} (the median of %n night with a time); the earliest was {earliest}.</numerusform>
                <numerusform>Usually around {usual} (the median of %n nights with a time); the earliest was {earliest}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Whole routine (magnesium, stretches, lights dimmed) done on &lt;b&gt;{done} of %n&lt;/b&gt; nights ({steps}); {week_done} of the last {week_days}.</source>
            <translation>
                <numerusform>Whole routine (magnesium, stretches, lights dimmed) done on &lt;b&gt;{done} of %n&lt;/b&gt; night ({steps}); {week_done} of the last {week_days}.</numerusform>
                <numerusform>Whole routine (magnesium, stretches, lights dimmed) done on &lt;b&gt;{done} of %n&lt;/b&gt; nights ({steps}); {week_done} of the last {week_days}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Yes on {yes} of %n nights I answered.</source>
            <translation>
                <numerusform>Yes on {yes} of %n night I answered.</numerusform>
                <numerusform>Yes on {yes} of %n nights I answered.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{times} times in {nights} nights; I noted %n night-time episodes.</source>
            <translation>
                <numerusform>{times} times in {nights} nights; I noted %n night-time episode.</numerusform>
                <numerusform>{times} times in {nights} nights; I noted %n night-time episodes.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message numerus="yes">
            <source>%n min before bedtime</source>
            <translation>
                <numerusform>%n min before bedtime</numerusform>
                <numerusform>%n min before bedtime</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Stretch</name>
        <message numerus="yes">
            <source>%n seconds left</source>
            <translation>
                <numerusform>%n second left</numerusform>
                <numerusform>%n seconds left</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>You completed all %n holds in under a minute.</source>
            <translation>
                <numerusform>You completed the one hold in under a minute.</numerusform>
                <numerusform>You completed all %n holds in under a minute.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>You completed all {planned} holds in %n minutes.</source>
            <translation>
                <numerusform>You completed all {planned} holds in %n minute.</numerusform>
                <numerusform>You completed all {planned} holds in %n minutes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>You completed {completed} of %n holds in under a minute.</source>
            <translation>
                <numerusform>You completed {completed} of %n hold in under a minute.</numerusform>
                <numerusform>You completed {completed} of %n holds in under a minute.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>You completed {completed} of {planned} holds in %n minutes.</source>
            <translation>
                <numerusform>You completed {completed} of {planned} holds in %n minute.</numerusform>
                <numerusform>You completed {completed} of {planned} holds in %n minutes.</numerusform>
            </translation>
        </message>
    </context>
</TS>
