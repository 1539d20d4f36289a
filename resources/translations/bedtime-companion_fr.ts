<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
    <context>
        <name>About</name>
        <message>
            <source>About {app}</source>
            <translation>À propos de {app}</translation>
        </message>
        <message>
            <source>Bedtime Companion is a reminder and a diary, not a medical device and not medical advice. It does not diagnose or treat restless legs syndrome or anything else. Talk with your doctor or pharmacist before you start a supplement or change a treatment, and stop any stretch that hurts.</source>
            <translation>Bedtime Companion est un aide-mémoire et un journal, pas un dispositif médical ni un avis médical. Il ne diagnostique ni ne traite le syndrome des jambes sans repos, ni rien d’autre. Parlez-en à votre médecin ou à votre pharmacien avant de commencer un complément ou de modifier un traitement, et arrêtez tout étirement qui fait mal.</translation>
        </message>
        <message>
            <source>Bedtime Companion keeps you company through an evening routine that many people with restless legs find calming: magnesium about an hour and a half before bed, ten minutes of gentle leg stretches, then lights down and screens away. Each morning it asks how the night went, so over a few weeks you can see for yourself what makes a difference.</source>
            <translation>Bedtime Companion vous accompagne dans une routine du soir que beaucoup de personnes ayant les jambes sans repos trouvent apaisante : du magnésium environ une heure et demie avant le coucher, dix minutes d’étirements doux des jambes, puis la lumière baissée et les écrans rangés. Chaque matin, il vous demande comment s’est passée la nuit : en quelques semaines, vous voyez par vous-même ce qui fait une différence.</translation>
        </message>
        <message>
            <source>Everything you record stays on this computer, in files only your user account can read. The app never connects to the internet.</source>
            <translation>Tout ce que vous notez reste sur cet ordinateur, dans des fichiers que seul votre compte utilisateur peut lire. L’application ne se connecte jamais à Internet.</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>A Bedtime Companion window closed because of an error. Everything saved before it closed is kept; the reminders carry on.</source>
            <translation>Une fenêtre de Bedtime Companion s’est fermée à cause d’une erreur. Tout ce qui a été enregistré avant est conservé ; les rappels continuent.</translation>
        </message>
        <message>
            <source>Bedtime Companion could not open its command socket ({reason}), so starting it again will not reach this copy. Your reminders carry on.</source>
            <translation>Bedtime Companion n’a pas pu ouvrir son canal de commandes ({reason}) : le relancer n’atteindra donc pas cette copie. Vos rappels continuent.</translation>
        </message>
        <message>
            <source>Demo: tonight's routine runs at sixty times normal speed, so each reminder appears within a few minutes. Nothing you do here is kept.</source>
            <translation>Démo : la routine de ce soir tourne soixante fois plus vite que d’habitude, chaque rappel apparaît donc en quelques minutes. Rien de ce que vous faites ici n’est conservé.</translation>
        </message>
        <message>
            <source>bedtime-companion: another copy is running but did not answer; if it is stuck, end it and start again.</source>
            <translation>bedtime-companion : une autre copie est ouverte mais n’a pas répondu ; si elle est bloquée, fermez-la et relancez.</translation>
        </message>
        <message>
            <source>“{command}” is not available in this version yet.</source>
            <translation>« {command} » n’est pas encore disponible dans cette version.</translation>
        </message>
    </context>
    <context>
        <name>Argparse</name>
        <message>
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>option ambiguë : %(option)s peut désigner %(matches)s</translation>
        </message>
        <message>
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>argument %(argument_name)s : %(message)s</translation>
        </message>
        <message>
            <source>expected at least one argument</source>
            <translation>au moins une valeur attendue</translation>
        </message>
        <message>
            <source>expected at most one argument</source>
            <translation>au plus une valeur attendue</translation>
        </message>
        <message>
            <source>expected one argument</source>
            <translation>une valeur attendue</translation>
        </message>
        <message>
            <source>ignored explicit argument %r</source>
            <translation>valeur %r ignorée</translation>
        </message>
        <message>
            <source>invalid %(type)s value: %(value)r</source>
            <translation>valeur de type %(type)s non valide : %(value)r</translation>
        </message>
        <message>
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>choix non valide : %(value)r (choisir parmi %(choices)s)</translation>
        </message>
        <message>
            <source>not allowed with argument %s</source>
            <translation>impossible avec l’argument %s</translation>
        </message>
        <message>
            <source>one of the arguments %s is required</source>
            <translation>l’un des arguments %s est requis</translation>
        </message>
        <message>
            <source>the following arguments are required: %s</source>
            <translation>arguments requis manquants : %s</translation>
        </message>
        <message>
            <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
            <translation>commande inconnue %(parser_name)r (choix : %(choices)s)</translation>
        </message>
        <message>
            <source>unrecognized arguments: %s</source>
            <translation>arguments non reconnus : %s</translation>
        </message>
    </context>
    <context>
        <name>Breathing</name>
        <message>
            <source>Breathe in</source>
            <translation>Inspirez</translation>
        </message>
        <message>
            <source>Breathe out</source>
            <translation>Expirez</translation>
        </message>
        <message>
            <source>Breathing guide</source>
            <translation>Guide de respiration</translation>
        </message>
        <message>
            <source>Breathing — {app}</source>
            <translation>Respiration — {app}</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Enough for now.</source>
            <translation>Assez pour l’instant.</translation>
        </message>
        <message>
            <source>Enter or Esc closes</source>
            <translation>Entrée ou Échap pour fermer</translation>
        </message>
        <message>
            <source>Go on</source>
            <translation>Continuer</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>En pause</translation>
        </message>
        <message>
            <source>Space pause  ·  Esc stop  ·  F full screen</source>
            <translation>Espace pause  ·  Échap arrêter  ·  F plein écran</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Arrêter</translation>
        </message>
        <message>
            <source>Stopped before the first minute. Any slow breath helps.</source>
            <translation>Arrêté avant la première minute. Chaque respiration lente compte.</translation>
        </message>
        <message>
            <source>Well done.</source>
            <translation>Bravo.</translation>
        </message>
        <message numerus="yes">
            <source>You breathed slowly for %n minutes of the {planned} minutes you chose.</source>
            <translation>
                <numerusform>Vous avez respiré lentement pendant %n minute sur les {planned} minutes choisies.</numerusform>
                <numerusform>Vous avez respiré lentement pendant %n minutes sur les {planned} minutes choisies.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>You breathed slowly for %n minutes.</source>
            <translation>
                <numerusform>Vous avez respiré lentement pendant %n minute.</numerusform>
                <numerusform>Vous avez respiré lentement pendant %n minutes.</numerusform>
            </translation>
        </message>
        <message>
            <source>{time} left</source>
            <comment>the countdown, e.g. 4:50 left</comment>
            <translation>Encore {time}</translation>
        </message>
    </context>
    <context>
        <name>Cards</name>
        <message numerus="yes">
            <source>Snooze %n min</source>
            <translation>
                <numerusform>Plus tard (%n min)</numerusform>
                <numerusform>Plus tard (%n min)</numerusform>
            </translation>
        </message>
        <message>
            <source>This one can't wait any longer tonight.</source>
            <translation>Ce rappel ne peut plus attendre ce soir.</translation>
        </message>
        <message>
            <source>{title} — {app}</source>
            <translation>{title} — {app}</translation>
        </message>
        <message>
            <source>{title}: {button}</source>
            <comment>a card's button, read aloud</comment>
            <translation>{title} : {button}</translation>
        </message>
    </context>
    <context>
        <name>Charts</name>
        <message>
            <source>0 none</source>
            <translation>0 aucune gêne</translation>
        </message>
        <message>
            <source>10 worst</source>
            <translation>10 gêne maximale</translation>
        </message>
        <message>
            <source>7-night average</source>
            <translation>Moyenne sur 7 nuits</translation>
        </message>
        <message>
            <source>No start times recorded in this period</source>
            <translation>Aucune heure de début notée sur cette période</translation>
        </message>
        <message>
            <source>Nothing logged in this period</source>
            <translation>Rien de noté sur cette période</translation>
        </message>
        <message>
            <source>When the legs started each night (clock time), with the 7-night median</source>
            <translation>Heure où les jambes ont commencé chaque nuit, avec la médiane sur 7 nuits</translation>
        </message>
        <message>
            <source>each night</source>
            <translation>chaque nuit</translation>
        </message>
    </context>
    <context>
        <name>Checkin</name>
        <message>
            <source>Add tag</source>
            <translation>Ajouter une étiquette</translation>
        </message>
        <message>
            <source>Answer what you remember. Anything can be left blank.</source>
            <translation>Répondez à ce dont vous vous souvenez. Tout peut rester vide.</translation>
        </message>
        <message>
            <source>Anything else worth remembering about this night</source>
            <translation>Autre chose à retenir sur cette nuit</translation>
        </message>
        <message>
            <source>From the evening routine</source>
            <translation>D’après la routine du soir</translation>
        </message>
        <message>
            <source>How was the night?</source>
            <translation>Comment s’est passée la nuit ?</translation>
        </message>
        <message>
            <source>Legs started at</source>
            <translation>Jambes agitées dès</translation>
        </message>
        <message>
            <source>Lights dimmed</source>
            <translation>Lumière baissée</translation>
        </message>
        <message>
            <source>Lights dimmed at {time}</source>
            <translation>Lumière baissée à {time}</translation>
        </message>
        <message>
            <source>Lights not dimmed</source>
            <translation>Lumière non baissée</translation>
        </message>
        <message>
            <source>Lights out</source>
            <translation>Lumière éteinte</translation>
        </message>
        <message>
            <source>Lights out at {time}</source>
            <translation>Lumière éteinte à {time}</translation>
        </message>
        <message>
            <source>Magnesium</source>
            <translation>Magnésium</translation>
        </message>
        <message>
            <source>Magnesium at {time}</source>
            <translation>Magnésium à {time}</translation>
        </message>
        <message>
            <source>Magnesium {dose} mg</source>
            <translation>Magnésium {dose} mg</translation>
        </message>
        <message>
            <source>Magnesium {dose} mg at {time}</source>
            <translation>Magnésium {dose} mg à {time}</translation>
        </message>
        <message>
            <source>More details</source>
            <translation>Plus de détails</translation>
        </message>
        <message>
            <source>Morning check-in — night of {date}</source>
            <translation>Bilan du matin — nuit du {date}</translation>
        </message>
        <message>
            <source>New tag</source>
            <translation>Nouvelle étiquette</translation>
        </message>
        <message>
            <source>New tag name</source>
            <translation>Nom de la nouvelle étiquette</translation>
        </message>
        <message>
            <source>Night of {date}</source>
            <translation>Nuit du {date}</translation>
        </message>
        <message>
            <source>No magnesium</source>
            <translation>Pas de magnésium</translation>
        </message>
        <message>
            <source>No stretches</source>
            <translation>Pas d’étirements</translation>
        </message>
        <message>
            <source>No tags yet: add your own, like “late dinner” or “long walk”.</source>
            <translation>Pas encore d’étiquettes : ajoutez les vôtres, comme « dîner tardif » ou « longue marche ».</translation>
        </message>
        <message>
            <source>Not saved: {reason}</source>
            <translation>Non enregistré : {reason}</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Problem with {field}</source>
            <translation>Problème avec {field}</translation>
        </message>
        <message>
            <source>Save (Enter; Ctrl+Enter from the note)</source>
            <translation>Enregistrer (Entrée ; Ctrl+Entrée depuis la note)</translation>
        </message>
        <message>
            <source>Save is off until the answer in red is fixed.</source>
            <translation>Enregistrement impossible tant que la réponse en rouge n’est pas corrigée.</translation>
        </message>
        <message>
            <source>Stretched</source>
            <translation>Étirements faits</translation>
        </message>
        <message>
            <source>Stretches {done} holds</source>
            <translation>Étirements : {done} maintiens</translation>
        </message>
        <message>
            <source>Stretches {done}/{planned} holds</source>
            <translation>Étirements : {done}/{planned} maintiens</translation>
        </message>
        <message>
            <source>Tag: {name}</source>
            <translation>Étiquette : {name}</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Étiquettes</translation>
        </message>
        <message>
            <source>The day before</source>
            <translation>La veille</translation>
        </message>
        <message>
            <source>The evening routine recorded nothing this night.</source>
            <translation>La routine du soir n’a rien noté cette nuit-là.</translation>
        </message>
        <message>
            <source>The night</source>
            <translation>La nuit</translation>
        </message>
        <message>
            <source>not answered</source>
            <translation>sans réponse</translation>
        </message>
        <message>
            <source>{question}: {number}</source>
            <translation>{question} : {number}</translation>
        </message>
        <message>
            <source>{step} at {time}</source>
            <translation>{step} à {time}</translation>
        </message>
        <message>
            <source>{step} missed</source>
            <translation>{step} : manqué</translation>
        </message>
        <message>
            <source>{step} partly done</source>
            <translation>{step} : en partie fait</translation>
        </message>
        <message>
            <source>{step} skipped</source>
            <translation>{step} : passé</translation>
        </message>
        <message>
            <source>{step}: no answer</source>
            <translation>{step} : pas de réponse</translation>
        </message>
        <message>
            <source>{value} of {highest}</source>
            <comment>a scale's answer</comment>
            <translation>{value} sur {highest}</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>--data-dir: is empty; give a folder</source>
            <translation>--data-dir : est vide ; indiquez un dossier</translation>
        </message>
        <message>
            <source>A gentle tray companion for an evening routine against restless legs.</source>
            <translation>Un compagnon discret dans la barre des tâches, pour une routine du soir face aux jambes sans repos.</translation>
        </message>
        <message>
            <source>Episode at {time} recorded for the night of {night}</source>
            <translation>Épisode à {time} noté pour la nuit du {night}</translation>
        </message>
        <message>
            <source>Episode at {time} recorded for the night of {night}; relief: {relief}</source>
            <translation>Épisode à {time} noté pour la nuit du {night} ; soulagement : {relief}</translation>
        </message>
        <message numerus="yes">
            <source>It covers the last %n nights.</source>
            <translation>
                <numerusform>Il couvre %n nuit, la plus récente.</numerusform>
                <numerusform>Il couvre les %n dernières nuits.</numerusform>
            </translation>
        </message>
        <message>
            <source>No lab results recorded.</source>
            <translation>Aucun résultat d’analyse noté.</translation>
        </message>
        <message>
            <source>No medicines recorded.</source>
            <translation>Aucun médicament noté.</translation>
        </message>
        <message>
            <source>Recorded: {name} stopped on {day}</source>
            <translation>Noté : {name} arrêté le {day}</translation>
        </message>
        <message>
            <source>Recorded: {record}</source>
            <translation>Noté : {record}</translation>
        </message>
        <message>
            <source>Seed {seed}; {label}.</source>
            <translation>Graine {seed} ; {label}.</translation>
        </message>
        <message>
            <source>TSAT {value} %</source>
            <translation>TSAT {value} %</translation>
        </message>
        <message>
            <source>Tonight ({night}) is outside the experiment.</source>
            <translation>Ce soir ({night}) est hors de l’expérience.</translation>
        </message>
        <message>
            <source>Tonight ({night}): {factor} OFF (no reminder).</source>
            <translation>Ce soir ({night}) : SANS {factor} (pas de rappel).</translation>
        </message>
        <message>
            <source>Tonight ({night}): {factor} on.</source>
            <translation>Ce soir ({night}) : avec {factor}.</translation>
        </message>
        <message>
            <source>With no command, starts the tray app (or shows the one already running).</source>
            <translation>Sans commande, lance l’application dans la barre des tâches (ou affiche celle déjà ouverte).</translation>
        </message>
        <message numerus="yes">
            <source>Wrote {file} (%n pages).</source>
            <translation>
                <numerusform>{file} enregistré (%n page).</numerusform>
                <numerusform>{file} enregistré (%n pages).</numerusform>
            </translation>
        </message>
        <message>
            <source>a note for the night</source>
            <translation>une note pour la nuit</translation>
        </message>
        <message>
            <source>a printable PDF summary for your clinician</source>
            <translation>un résumé PDF imprimable pour votre médecin</translation>
        </message>
        <message>
            <source>a randomised on/off test of one routine step: plan, status, report</source>
            <translation>un test tiré au sort (avec/sans) d’une étape de la routine : plan, status, report</translation>
        </message>
        <message>
            <source>a tag (repeatable)</source>
            <translation>une étiquette (répétable)</translation>
        </message>
        <message>
            <source>a whole number (default: drawn and printed)</source>
            <translation>un nombre entier (par défaut : tiré au sort et affiché)</translation>
        </message>
        <message>
            <source>add the app to your application menu</source>
            <translation>ajouter l’application au menu des applications</translation>
        </message>
        <message>
            <source>an even number of blocks</source>
            <translation>un nombre pair de blocs</translation>
        </message>
        <message>
            <source>cannot write the output: {cause}</source>
            <translation>impossible d’écrire la sortie : {cause}</translation>
        </message>
        <message>
            <source>check this installation offscreen (resources, journal, plan, windows) and exit</source>
            <translation>vérifier cette installation hors écran (ressources, journal, plan, fenêtres) puis quitter</translation>
        </message>
        <message>
            <source>create or update one night of the journal</source>
            <translation>créer ou mettre à jour une nuit du journal</translation>
        </message>
        <message>
            <source>csv (the default) or json</source>
            <translation>csv (par défaut) ou json</translation>
        </message>
        <message>
            <source>default mg</source>
            <translation>mg par défaut</translation>
        </message>
        <message>
            <source>draw a randomised on/off schedule and keep it</source>
            <translation>tirer au sort un calendrier avec/sans et le garder</translation>
        </message>
        <message>
            <source>every iron test recorded</source>
            <translation>tous les dosages de fer notés</translation>
        </message>
        <message>
            <source>every medicine course recorded</source>
            <translation>tous les traitements notés</translation>
        </message>
        <message>
            <source>experiment {action}: no experiment planned yet (see `plan`)</source>
            <translation>experiment {action} : aucune expérience prévue pour l’instant (voir `plan`)</translation>
        </message>
        <message>
            <source>ferritin in µg/L (= ng/mL)</source>
            <translation>ferritine en µg/L (= ng/mL)</translation>
        </message>
        <message>
            <source>ferritin {value} µg/L (ng/mL)</source>
            <translation>ferritine {value} µg/L (ng/mL)</translation>
        </message>
        <message>
            <source>import our CSV/JSON export or a Sleep as Android export</source>
            <translation>importer notre export CSV/JSON ou un export Sleep as Android</translation>
        </message>
        <message>
            <source>iron test results: add, list</source>
            <translation>résultats des dosages de fer : add, list</translation>
        </message>
        <message>
            <source>is not something the journal records</source>
            <translation>n’est pas une donnée que le journal enregistre</translation>
        </message>
        <message>
            <source>it is closed</source>
            <translation>flux fermé</translation>
        </message>
        <message>
            <source>keep all settings, the journal and backups in DIR (also: environment variable BEDTIME_COMPANION_HOME)</source>
            <translation>garder tous les paramètres, le journal et les sauvegardes dans DIR (aussi : variable d’environnement BEDTIME_COMPANION_HOME)</translation>
        </message>
        <message>
            <source>machine-readable output</source>
            <translation>sortie lisible par une machine</translation>
        </message>
        <message>
            <source>magnesium, stretch, lights or custom:&lt;id&gt;</source>
            <translation>magnesium, stretch, lights ou custom:&lt;id&gt;</translation>
        </message>
        <message>
            <source>med stop: --name: no course of {name} that started by {day} is still open (see `med list`)</source>
            <translation>med stop : --name : aucun traitement {name} commencé au plus tard le {day} n’est encore en cours (voir `med list`)</translation>
        </message>
        <message>
            <source>medicine courses: add, list, stop</source>
            <translation>traitements médicamenteux : add, list, stop</translation>
        </message>
        <message>
            <source>nights (default 30)</source>
            <translation>nuits (30 par défaut)</translation>
        </message>
        <message>
            <source>nights per block</source>
            <translation>nuits par bloc</translation>
        </message>
        <message>
            <source>open the guided stretches now</source>
            <translation>ouvrir les étirements guidés maintenant</translation>
        </message>
        <message>
            <source>open the journal</source>
            <translation>ouvrir le journal</translation>
        </message>
        <message>
            <source>open the morning check-in</source>
            <translation>ouvrir le bilan du matin</translation>
        </message>
        <message>
            <source>options</source>
            <translation>options</translation>
        </message>
        <message>
            <source>per pair and overall: the outcome difference</source>
            <translation>par paire et au total : la différence de résultat</translation>
        </message>
        <message>
            <source>permission denied</source>
            <translation>permission refusée</translation>
        </message>
        <message>
            <source>positional arguments</source>
            <translation>arguments positionnels</translation>
        </message>
        <message>
            <source>print a night's plan: each step and its time</source>
            <translation>afficher le plan d’une nuit : chaque étape et son heure</translation>
        </message>
        <message>
            <source>record a medicine course (name, dose, dates)</source>
            <translation>noter un traitement (nom, dose, dates)</translation>
        </message>
        <message>
            <source>record an iron test result</source>
            <translation>noter un résultat de dosage de fer</translation>
        </message>
        <message>
            <source>record restless legs in the night, now or --at HH:MM</source>
            <translation>noter des jambes sans repos pendant la nuit, maintenant ou --at HH:MM</translation>
        </message>
        <message>
            <source>record the last day of a medicine course</source>
            <translation>noter le dernier jour d’un traitement</translation>
        </message>
        <message>
            <source>remove what install-desktop added</source>
            <translation>retirer ce qu’a ajouté install-desktop</translation>
        </message>
        <message>
            <source>run a whole evening at 60x speed on a throw-away data dir, to see every reminder</source>
            <translation>faire tourner toute une soirée 60 fois plus vite dans un dossier de données jetable, pour voir chaque rappel</translation>
        </message>
        <message>
            <source>say what would change; write nothing</source>
            <translation>dire ce qui changerait ; ne rien écrire</translation>
        </message>
        <message>
            <source>show the version and exit</source>
            <translation>afficher la version et quitter</translation>
        </message>
        <message>
            <source>show this help and exit</source>
            <translation>afficher cette aide et quitter</translation>
        </message>
        <message>
            <source>standard output is closed; nothing was written</source>
            <translation>la sortie standard est fermée ; rien n’a été écrit</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>le disque est plein</translation>
        </message>
        <message>
            <source>the disk is read-only</source>
            <translation>le disque est en lecture seule</translation>
        </message>
        <message>
            <source>the disk quota is used up</source>
            <translation>le quota disque est épuisé</translation>
        </message>
        <message>
            <source>the dose each time, e.g. 0.25</source>
            <translation>la dose à chaque prise, par ex. 0.25</translation>
        </message>
        <message>
            <source>the first night</source>
            <translation>la première nuit</translation>
        </message>
        <message>
            <source>the journal could not be used: {cause}</source>
            <translation>le journal n’a pas pu être utilisé : {cause}</translation>
        </message>
        <message>
            <source>the last day (leave out: still taking)</source>
            <translation>le dernier jour (à omettre si le traitement continue)</translation>
        </message>
        <message>
            <source>the night (default: tonight)</source>
            <translation>la nuit (par défaut : ce soir)</translation>
        </message>
        <message>
            <source>the night to log</source>
            <translation>la nuit à noter</translation>
        </message>
        <message>
            <source>the schedule, tonight's block and the results</source>
            <translation>le calendrier, le bloc de ce soir et les résultats</translation>
        </message>
        <message>
            <source>the usual time of day</source>
            <translation>l’heure de prise habituelle</translation>
        </message>
        <message>
            <source>transferrin saturation in %%</source>
            <translation>saturation de la transferrine en %%</translation>
        </message>
        <message>
            <source>usage: </source>
            <comment>the start of a command's help; keep the space</comment>
            <translation>utilisation : </translation>
        </message>
        <message>
            <source>use this bedtime instead of the setting</source>
            <translation>utiliser cette heure du coucher au lieu du paramètre</translation>
        </message>
        <message>
            <source>warning: {problem}</source>
            <translation>attention : {problem}</translation>
        </message>
        <message>
            <source>what you did for relief</source>
            <translation>ce que vous avez fait pour vous soulager</translation>
        </message>
        <message>
            <source>when it began (default: now)</source>
            <translation>quand cela a commencé (par défaut : maintenant)</translation>
        </message>
        <message>
            <source>when it was taken</source>
            <translation>quand il a été pris</translation>
        </message>
        <message>
            <source>write the whole journal (to stdout by default)</source>
            <translation>écrire tout le journal (sur la sortie standard par défaut)</translation>
        </message>
        <message>
            <source>write to this file (private, 0600)</source>
            <translation>écrire dans ce fichier (privé, 0600)</translation>
        </message>
        <message>
            <source>{cause} ({file})</source>
            <comment>a problem and the file it is about</comment>
            <translation>{cause} ({file})</translation>
        </message>
        <message>
            <source>{flag}: cannot write {file}: {cause}</source>
            <translation>{flag} : impossible d’écrire {file} : {cause}</translation>
        </message>
        <message>
            <source>{flag}: is not valid UTF-8 text</source>
            <translation>{flag} : n’est pas du texte UTF-8 valide</translation>
        </message>
        <message>
            <source>{flag}: {value} is not a clock time like 21:30</source>
            <translation>{flag} : {value} n’est pas une heure comme 21:30</translation>
        </message>
        <message>
            <source>{flag}: {value} is not a date like 2026-03-07</source>
            <translation>{flag} : {value} n’est pas une date comme 2026-03-07</translation>
        </message>
        <message>
            <source>{flag}: {value} is not a number like 0.25</source>
            <translation>{flag} : {value} n’est pas un nombre comme 0.25</translation>
        </message>
        <message>
            <source>{flag}: {value} is not a whole number</source>
            <translation>{flag} : {value} n’est pas un nombre entier</translation>
        </message>
        <message>
            <source>{flag}: {value} is outside the years {first}–{last}</source>
            <translation>{flag} : {value} est hors des années {first}–{last}</translation>
        </message>
        <message>
            <source>{name} {dose} {unit} at {time}, since {start} (still taking)</source>
            <translation>{name} {dose} {unit} à {time}, depuis le {start} (en cours)</translation>
        </message>
        <message>
            <source>{name} {dose} {unit} at {time}, {start} to {end}</source>
            <translation>{name} {dose} {unit} à {time}, du {start} au {end}</translation>
        </message>
        <message>
            <source>{name} {dose} {unit}, since {start} (still taking)</source>
            <translation>{name} {dose} {unit}, depuis le {start} (en cours)</translation>
        </message>
        <message>
            <source>{name} {dose} {unit}, {start} to {end}</source>
            <translation>{name} {dose} {unit}, du {start} au {end}</translation>
        </message>
        <message>
            <source>{value} is not a time like 22:30</source>
            <translation>{value} n’est pas une heure comme 22:30</translation>
        </message>
        <message>
            <source>{value} is not a whole number of nights</source>
            <translation>{value} n’est pas un nombre entier de nuits</translation>
        </message>
    </context>
    <context>
        <name>Cues</name>
        <message>
            <source>All done.</source>
            <translation>C’est terminé.</translation>
        </message>
        <message>
            <source>Get ready for the {stretch}.</source>
            <translation>Préparez-vous : {stretch}.</translation>
        </message>
        <message>
            <source>Switch to the left leg.</source>
            <translation>Passez à la jambe gauche.</translation>
        </message>
        <message>
            <source>Switch to the right leg.</source>
            <translation>Passez à la jambe droite.</translation>
        </message>
        <message numerus="yes">
            <source>{Stretch}, left leg. Hold for %n seconds.</source>
            <translation>
                <numerusform>{Stretch}, jambe gauche. Tenez %n secondes.</numerusform>
                <numerusform>{Stretch}, jambe gauche. Tenez %n secondes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{Stretch}, right leg. Hold for %n seconds.</source>
            <translation>
                <numerusform>{Stretch}, jambe droite. Tenez %n secondes.</numerusform>
                <numerusform>{Stretch}, jambe droite. Tenez %n secondes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{Stretch}. Hold for %n seconds.</source>
            <translation>
                <numerusform>{Stretch}. Tenez %n secondes.</numerusform>
                <numerusform>{Stretch}. Tenez %n secondes.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Dates</name>
        <message>
            <source>Apr</source>
            <translation>avr.</translation>
        </message>
        <message>
            <source>Aug</source>
            <translation>août</translation>
        </message>
        <message>
            <source>Dec</source>
            <translation>déc.</translation>
        </message>
        <message>
            <source>Feb</source>
            <translation>févr.</translation>
        </message>
        <message>
            <source>Friday</source>
            <translation>vendredi</translation>
        </message>
        <message>
            <source>Jan</source>
            <translation>janv.</translation>
        </message>
        <message>
            <source>Jul</source>
            <translation>juil.</translation>
        </message>
        <message>
            <source>Jun</source>
            <translation>juin</translation>
        </message>
        <message>
            <source>Mar</source>
            <translation>mars</translation>
        </message>
        <message>
            <source>May</source>
            <translation>mai</translation>
        </message>
        <message>
            <source>Monday</source>
            <translation>lundi</translation>
        </message>
        <message>
            <source>Nov</source>
            <translation>nov.</translation>
        </message>
        <message>
            <source>Oct</source>
            <translation>oct.</translation>
        </message>
        <message>
            <source>Saturday</source>
            <translation>samedi</translation>
        </message>
        <message>
            <source>Sep</source>
            <translation>sept.</translation>
        </message>
        <message>
            <source>Sunday</source>
            <translation>dimanche</translation>
        </message>
        <message>
            <source>Thursday</source>
            <translation>jeudi</translation>
        </message>
        <message>
            <source>Tuesday</source>
            <translation>mardi</translation>
        </message>
        <message>
            <source>Wednesday</source>
            <translation>mercredi</translation>
        </message>
        <message>
            <source>{day} {month}</source>
            <comment>a day of the month and a short month name</comment>
            <translation>{day} {month}</translation>
        </message>
        <message>
            <source>{first} to {last}</source>
            <translation>du {first} au {last}</translation>
        </message>
    </context>
    <context>
        <name>Desktop</name>
        <message>
            <source>install-desktop: {cause}: {file}</source>
            <translation>install-desktop : {cause} : {file}</translation>
        </message>
    </context>
    <context>
        <name>Diary</name>
        <message>
            <source>Night of {weekday} {date}</source>
            <translation>Nuit du {weekday} {date}</translation>
        </message>
        <message>
            <source>Tag: {name}</source>
            <translation>Étiquette : {name}</translation>
        </message>
        <message>
            <source>no</source>
            <translation>non</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>oui</translation>
        </message>
        <message>
            <source>{label}: {value}</source>
            <translation>{label} : {value}</translation>
        </message>
    </context>
    <context>
        <name>Episode</name>
        <message>
            <source>Hot or cold</source>
            <translation>Chaud ou froid</translation>
        </message>
        <message>
            <source>In your own words (optional)</source>
            <translation>Avec vos mots (facultatif)</translation>
        </message>
        <message>
            <source>Key {key} or {number}</source>
            <translation>Touche {key} ou {number}</translation>
        </message>
        <message>
            <source>Legs restless now</source>
            <translation>Jambes agitées maintenant</translation>
        </message>
        <message>
            <source>Legs restless now — {app}</source>
            <translation>Jambes agitées maintenant — {app}</translation>
        </message>
        <message>
            <source>Massage</source>
            <translation>Massage</translation>
        </message>
        <message>
            <source>Not saved: {reason}</source>
            <translation>Non enregistré : {reason}</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Autre</translation>
        </message>
        <message>
            <source>Press a letter for what you did, then Enter. Everything else is optional.</source>
            <translation>Appuyez sur une lettre pour ce que vous avez fait, puis sur Entrée. Le reste est facultatif.</translation>
        </message>
        <message>
            <source>Started at</source>
            <translation>Début</translation>
        </message>
        <message>
            <source>Stretched</source>
            <translation>Étirements</translation>
        </message>
        <message>
            <source>Walked</source>
            <translation>Quelques pas</translation>
        </message>
        <message>
            <source>What I did</source>
            <translation>Ce que j’ai fait</translation>
        </message>
        <message>
            <source>What helped, in your own words</source>
            <translation>Ce qui a aidé, avec vos mots</translation>
        </message>
        <message>
            <source>When it started</source>
            <translation>Heure de début</translation>
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
                <numerusform>Expérience : {factor}, {blocks} blocs de %n nuit du {start} au {end} (graine {seed})</numerusform>
                <numerusform>Expérience : {factor}, {blocks} blocs de %n nuits du {start} au {end} (graine {seed})</numerusform>
            </translation>
        </message>
        <message>
            <source>Outcome: {outcome} (difference = step on − step off)</source>
            <translation>Résultat mesuré : {outcome} (différence = avec l’étape − sans l’étape)</translation>
        </message>
        <message>
            <source>Overall: mean difference {mean}</source>
            <translation>Au total : différence moyenne {mean}</translation>
        </message>
        <message>
            <source>Overall: mean difference {mean} (95 % interval {low} to {high})</source>
            <translation>Au total : différence moyenne {mean} (intervalle à 95 % de {low} à {high})</translation>
        </message>
        <message>
            <source>Pair {pair}, block {block}: {first} to {last}: {factor} OFF (no reminder)</source>
            <translation>Paire {pair}, bloc {block} : du {first} au {last} : SANS {factor} (pas de rappel)</translation>
        </message>
        <message>
            <source>Pair {pair}, block {block}: {first} to {last}: {factor} on</source>
            <translation>Paire {pair}, bloc {block} : du {first} au {last} : avec {factor}</translation>
        </message>
        <message>
            <source>Pair {pair}: on {on}, off {off}, difference {difference}</source>
            <translation>Paire {pair} : avec {on}, sans {off}, différence {difference}</translation>
        </message>
        <message>
            <source>This is {label}.</source>
            <translation>C’est {label}.</translation>
        </message>
        <message>
            <source>not enough nights</source>
            <translation>pas assez de nuits</translation>
        </message>
        <message>
            <source>unblinded; a test of your own routine, not a medical trial</source>
            <translation>un test sans insu de votre propre routine, pas un essai médical</translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <source>Bedtime Companion CSV</source>
            <translation>CSV Bedtime Companion</translation>
        </message>
        <message>
            <source>Bedtime Companion JSON</source>
            <translation>JSON Bedtime Companion</translation>
        </message>
        <message>
            <source>Dry run: nothing was written.</source>
            <translation>Essai à blanc : rien n’a été écrit.</translation>
        </message>
        <message>
            <source>Medicines, lab results and episodes: added {records}.</source>
            <translation>Médicaments, résultats d’analyses et épisodes : {records} ajoutés.</translation>
        </message>
        <message>
            <source>Medicines, lab results and episodes: would add {records}.</source>
            <translation>Médicaments, résultats d’analyses et épisodes : {records} à ajouter.</translation>
        </message>
        <message>
            <source>Routine events: added {events}. New tags: added {tags}.</source>
            <translation>Événements de la routine : {events} ajoutés. Nouvelles étiquettes : {tags} ajoutées.</translation>
        </message>
        <message>
            <source>Routine events: would add {events}. New tags: would add {tags}.</source>
            <translation>Événements de la routine : {events} à ajouter. Nouvelles étiquettes : {tags} à ajouter.</translation>
        </message>
        <message>
            <source>Sleep as Android export</source>
            <translation>Export Sleep as Android</translation>
        </message>
        <message numerus="yes">
            <source>a number of %n digits is too long to be a value</source>
            <translation>
                <numerusform>un nombre de %n chiffre est trop long pour être une valeur</numerusform>
                <numerusform>un nombre de %n chiffres est trop long pour être une valeur</numerusform>
            </translation>
        </message>
        <message>
            <source>a record comes before any header line</source>
            <translation>un enregistrement précède toute ligne d’en-tête</translation>
        </message>
        <message>
            <source>appears twice in the header</source>
            <translation>apparaît deux fois dans l’en-tête</translation>
        </message>
        <message>
            <source>cannot be read: {cause}</source>
            <translation>illisible : {cause}</translation>
        </message>
        <message>
            <source>cannot be unpacked ({cause})</source>
            <translation>impossible à décompresser ({cause})</translation>
        </message>
        <message>
            <source>each entry must be an object</source>
            <translation>chaque entrée doit être un objet</translation>
        </message>
        <message>
            <source>each event must be an object</source>
            <translation>chaque événement doit être un objet</translation>
        </message>
        <message>
            <source>each night must be an object</source>
            <translation>chaque nuit doit être un objet</translation>
        </message>
        <message>
            <source>has no {member} inside</source>
            <translation>ne contient pas de {member}</translation>
        </message>
        <message>
            <source>has {fields} fields where the header has {expected}</source>
            <translation>a {fields} champs alors que l’en-tête en a {expected}</translation>
        </message>
        <message>
            <source>holds no Sleep as Android records</source>
            <translation>ne contient aucun enregistrement Sleep as Android</translation>
        </message>
        <message>
            <source>is a folder, not a file</source>
            <translation>est un dossier, pas un fichier</translation>
        </message>
        <message>
            <source>is empty</source>
            <translation>est vide</translation>
        </message>
        <message>
            <source>is empty; use null for not recorded</source>
            <translation>est vide ; utilisez null pour « non noté »</translation>
        </message>
        <message>
            <source>is encrypted; export it again without a password</source>
            <translation>est chiffré ; exportez-le de nouveau sans mot de passe</translation>
        </message>
        <message>
            <source>is larger than {size} MB</source>
            <translation>dépasse {size} Mo</translation>
        </message>
        <message>
            <source>is missing</source>
            <translation>est absent</translation>
        </message>
        <message>
            <source>is missing from this record</source>
            <translation>est absent de cet enregistrement</translation>
        </message>
        <message>
            <source>is missing or not text</source>
            <translation>est absent ou n’est pas du texte</translation>
        </message>
        <message>
            <source>is missing: not a Bedtime Companion export</source>
            <translation>est absent : ce n’est pas un export Bedtime Companion</translation>
        </message>
        <message>
            <source>is not UTF-8 text</source>
            <translation>n’est pas du texte UTF-8</translation>
        </message>
        <message>
            <source>is not a Bedtime Companion CSV export (no 'night' column)</source>
            <translation>n’est pas un export CSV Bedtime Companion (pas de colonne 'night')</translation>
        </message>
        <message>
            <source>is not a column of a Bedtime Companion export</source>
            <translation>n’est pas une colonne d’un export Bedtime Companion</translation>
        </message>
        <message>
            <source>is not a night field</source>
            <translation>n’est pas un champ de nuit</translation>
        </message>
        <message>
            <source>is not a readable zip archive</source>
            <translation>n’est pas une archive zip lisible</translation>
        </message>
        <message>
            <source>is not a regular file (a device, pipe or socket)</source>
            <translation>n’est pas un fichier ordinaire (périphérique, tube ou socket)</translation>
        </message>
        <message>
            <source>is not an event field</source>
            <translation>n’est pas un champ d’événement</translation>
        </message>
        <message>
            <source>is not part of the export format</source>
            <translation>ne fait pas partie du format d’export</translation>
        </message>
        <message>
            <source>is not valid CSV: {cause}</source>
            <translation>n’est pas un CSV valide : {cause}</translation>
        </message>
        <message>
            <source>is not valid JSON: {cause}</source>
            <translation>n’est pas un JSON valide : {cause}</translation>
        </message>
        <message>
            <source>is too large to be a sleep export</source>
            <translation>est trop gros pour être un export de sommeil</translation>
        </message>
        <message>
            <source>must be a list</source>
            <translation>doit être une liste</translation>
        </message>
        <message>
            <source>must be a list of tag names</source>
            <translation>doit être une liste de noms d’étiquettes</translation>
        </message>
        <message>
            <source>must be an object</source>
            <translation>doit être un objet</translation>
        </message>
        <message>
            <source>must be {"value": …, "source": …}</source>
            <translation>doit être {"value": …, "source": …}</translation>
        </message>
        <message>
            <source>nests too deeply to be a journal export</source>
            <translation>est trop imbriqué pour être un export de journal</translation>
        </message>
        <message>
            <source>source {value} is not one of {choices}</source>
            <translation>la source {value} n’est pas parmi {choices}</translation>
        </message>
        <message>
            <source>value {value} must be text</source>
            <translation>la valeur {value} doit être du texte</translation>
        </message>
        <message>
            <source>{day} is outside the years {first}–{last}</source>
            <translation>{day} est hors des années {first}–{last}</translation>
        </message>
        <message numerus="yes">
            <source>{kind}: added %n nights, changed {changed}, {unchanged} already up to date.</source>
            <translation>
                <numerusform>{kind} : %n nuit ajoutée ; modifiées : {changed} ; déjà à jour : {unchanged}.</numerusform>
                <numerusform>{kind} : %n nuits ajoutées ; modifiées : {changed} ; déjà à jour : {unchanged}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{kind}: would add %n nights, would change {changed}, {unchanged} already up to date.</source>
            <translation>
                <numerusform>{kind} : %n nuit à ajouter ; à modifier : {changed} ; déjà à jour : {unchanged}.</numerusform>
                <numerusform>{kind} : %n nuits à ajouter ; à modifier : {changed} ; déjà à jour : {unchanged}.</numerusform>
            </translation>
        </message>
        <message>
            <source>{night} appears twice (first on line {first})</source>
            <translation>{night} apparaît deux fois (d’abord à la ligne {first})</translation>
        </message>
        <message>
            <source>{night}: kept the times already in the journal ({problem} with the imported ones).</source>
            <translation>{night} : les heures déjà dans le journal ont été gardées ({problem} dans les heures importées).</translation>
        </message>
        <message numerus="yes">
            <source>{start}… (%n characters)</source>
            <translation>
                <numerusform>{start}… (%n caractère)</numerusform>
                <numerusform>{start}… (%n caractères)</numerusform>
            </translation>
        </message>
        <message>
            <source>{value} is not 0–48 h</source>
            <translation>{value} n’est pas entre 0 et 48 h</translation>
        </message>
        <message>
            <source>{value} is not 0–5</source>
            <translation>{value} n’est pas entre 0 et 5</translation>
        </message>
        <message>
            <source>{value} is not a date and time</source>
            <translation>{value} n’est pas une date et heure</translation>
        </message>
        <message>
            <source>{value} is not a date like 2024-03-24</source>
            <translation>{value} n’est pas une date comme 2024-03-24</translation>
        </message>
        <message>
            <source>{value} is not a known time zone</source>
            <translation>{value} n’est pas un fuseau horaire connu</translation>
        </message>
        <message>
            <source>{value} is not a number</source>
            <translation>{value} n’est pas un nombre</translation>
        </message>
        <message>
            <source>{value} is not a plausible start time</source>
            <translation>{value} n’est pas une heure de début plausible</translation>
        </message>
        <message>
            <source>{value} is not a start time in epoch milliseconds</source>
            <translation>{value} n’est pas une heure de début en millisecondes depuis l’epoch</translation>
        </message>
        <message>
            <source>{value} is not a step name</source>
            <translation>{value} n’est pas un nom d’étape</translation>
        </message>
        <message>
            <source>{value} is not a tag name</source>
            <translation>{value} n’est pas un nom d’étiquette</translation>
        </message>
        <message>
            <source>{value} is not a value it can hold</source>
            <translation>{value} n’est pas une valeur possible ici</translation>
        </message>
        <message>
            <source>{value} is not a version number</source>
            <translation>{value} n’est pas un numéro de version</translation>
        </message>
        <message>
            <source>{value} is not a whole number</source>
            <translation>{value} n’est pas un nombre entier</translation>
        </message>
        <message>
            <source>{value} is not one of {choices} or null</source>
            <translation>{value} n’est ni parmi {choices} ni null</translation>
        </message>
        <message>
            <source>{value} is not true or false</source>
            <translation>{value} n’est ni true ni false</translation>
        </message>
        <message>
            <source>{value} is too long to be a value</source>
            <translation>{value} est trop long pour être une valeur</translation>
        </message>
        <message>
            <source>{value} must be text</source>
            <translation>{value} doit être du texte</translation>
        </message>
        <message>
            <source>{value} starts a night the app cannot show ({cause})</source>
            <translation>{value} commence une nuit que l’application ne peut pas afficher ({cause})</translation>
        </message>
        <message>
            <source>{version} comes from a newer version of the app (this one reads up to {latest})</source>
            <translation>{version} provient d’une version plus récente de l’application (celle-ci lit jusqu’à {latest})</translation>
        </message>
    </context>
    <context>
        <name>Insights</name>
        <message>
            <source> nights</source>
            <comment>after a number of 7 or more</comment>
            <translation> nuits</translation>
        </message>
        <message>
            <source>&amp;Compare on</source>
            <comment>compare the nights on an outcome</comment>
            <translation>&amp;Comparer selon</translation>
        </message>
        <message>
            <source>&amp;Details</source>
            <translation>&amp;Détails</translation>
        </message>
        <message>
            <source>&amp;over</source>
            <comment>over a number of nights</comment>
            <translation>s&amp;ur</translation>
        </message>
        <message>
            <source>19 °C or cooler</source>
            <translation>19 °C ou moins</translation>
        </message>
        <message>
            <source>A comparison of your own nights, not proof.</source>
            <translation>Une comparaison de vos propres nuits, pas une preuve.</translation>
        </message>
        <message>
            <source>Alcohol</source>
            <translation>Alcool</translation>
        </message>
        <message>
            <source>All nights</source>
            <translation>Toutes les nuits</translation>
        </message>
        <message>
            <source>Asleep in</source>
            <translation>Endormissement</translation>
        </message>
        <message>
            <source>Asleep in bed</source>
            <translation>Sommeil au lit</translation>
        </message>
        <message>
            <source>Average with</source>
            <translation>Moyenne avec</translation>
        </message>
        <message>
            <source>Average without</source>
            <translation>Moyenne sans</translation>
        </message>
        <message>
            <source>Baseline nights</source>
            <translation>Nuits de référence</translation>
        </message>
        <message>
            <source>Before and after is not a controlled trial: seasons, stress and simply paying attention change over a month as well.</source>
            <translation>Avant/après n’est pas un essai contrôlé : les saisons, le stress et le simple fait d’y prêter attention changent aussi en un mois.</translation>
        </message>
        <message>
            <source>Before: average (median)</source>
            <translation>Avant : moyenne (médiane)</translation>
        </message>
        <message>
            <source>Before: nights</source>
            <translation>Avant : nuits</translation>
        </message>
        <message>
            <source>Before: {before}
During: {during}</source>
            <translation>Avant : {before}
Pendant : {during}</translation>
        </message>
        <message>
            <source>Caffeine after noon</source>
            <translation>Caféine après midi</translation>
        </message>
        <message>
            <source>Cliff's δ</source>
            <translation>δ de Cliff</translation>
        </message>
        <message>
            <source>Compare</source>
            <comment>Compare … before it with …</comment>
            <translation>Comparer</translation>
        </message>
        <message>
            <source>Cool bedroom</source>
            <translation>Chambre fraîche</translation>
        </message>
        <message>
            <source>Details: the numbers behind the bars</source>
            <translation>Détails : les chiffres derrière les barres</translation>
        </message>
        <message>
            <source>Difference (95 % interval)</source>
            <translation>Différence (intervalle à 95 %)</translation>
        </message>
        <message>
            <source>During: average (median)</source>
            <translation>Pendant : moyenne (médiane)</translation>
        </message>
        <message>
            <source>During: nights</source>
            <translation>Pendant : nuits</translation>
        </message>
        <message>
            <source>Each bar sets your nights with a factor against your nights without it. A bar to the right: those nights went better; to the left: worse; a dot: no clear difference. {not_proof}</source>
            <translation>Chaque barre compare vos nuits avec un facteur à vos nuits sans lui. Barre vers la droite : ces nuits se sont mieux passées ; vers la gauche : moins bien ; un point : pas de différence nette. {not_proof}</translation>
        </message>
        <message>
            <source>Exercise</source>
            <translation>Activité physique</translation>
        </message>
        <message>
            <source>Experiment results</source>
            <translation>Résultats de l’expérience</translation>
        </message>
        <message>
            <source>Factor</source>
            <translation>Facteur</translation>
        </message>
        <message>
            <source>Factor comparisons</source>
            <translation>Comparaisons des facteurs</translation>
        </message>
        <message>
            <source>Factors travel together: a stressful week may also bring coffee, wine and late nights, so any one of them can look guilty for the others.</source>
            <translation>Les facteurs vont souvent ensemble : une semaine stressante peut aussi apporter café, vin et couchers tardifs, si bien que n’importe lequel peut sembler coupable à la place des autres.</translation>
        </message>
        <message>
            <source>Grey rows have fewer than {count} nights on one side: {not_enough}. The 95 % interval is the range the difference most likely lies in; a bar shows only when the whole range is on one side of zero. Cliff's δ (the bar's length) runs from −1 (every night with it lower) to +1 (every night higher).</source>
            <translation>Les lignes grises ont moins de {count} nuits d’un côté : {not_enough}. L’intervalle à 95 % est la plage où se situe le plus probablement la différence ; une barre n’apparaît que si toute la plage est du même côté de zéro. Le δ de Cliff (la longueur de la barre) va de −1 (chaque nuit avec le facteur plus basse) à +1 (chaque nuit plus haute).</translation>
        </message>
        <message>
            <source>I began the &amp;routine on</source>
            <translation>J’ai commencé la &amp;routine le</translation>
        </message>
        <message>
            <source>I began the routine on</source>
            <translation>J’ai commencé la routine le</translation>
        </message>
        <message numerus="yes">
            <source>Last %n nights</source>
            <translation>
                <numerusform>%n dernière nuit</numerusform>
                <numerusform>%n dernières nuits</numerusform>
            </translation>
        </message>
        <message>
            <source>Legs</source>
            <translation>Jambes</translation>
        </message>
        <message>
            <source>Lights dimmed</source>
            <translation>Lumière baissée</translation>
        </message>
        <message>
            <source>Magnesium</source>
            <translation>Magnésium</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Mesure</translation>
        </message>
        <message>
            <source>Nights compared</source>
            <translation>Nuits comparées</translation>
        </message>
        <message>
            <source>Nights with / without</source>
            <translation>Nuits avec / sans</translation>
        </message>
        <message>
            <source>No clear difference in {outcome} between {with_label} and {without_label}.</source>
            <translation>Pas de différence nette pour {outcome}, {with_label} ou {without_label}.</translation>
        </message>
        <message>
            <source>No nights in the journal yet.</source>
            <translation>Pas encore de nuits dans le journal.</translation>
        </message>
        <message>
            <source>Not enough nights yet: each side needs at least {count} nights.</source>
            <translation>Pas encore assez de nuits : il en faut au moins {count} de chaque côté.</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <source>Quality</source>
            <translation>Qualité</translation>
        </message>
        <message>
            <source>Reading</source>
            <translation>Tendance</translation>
        </message>
        <message>
            <source>Restless legs (0–10)</source>
            <translation>Jambes sans repos (0–10)</translation>
        </message>
        <message numerus="yes">
            <source>Routine done %n nights in a row (best: {best}).</source>
            <translation>
                <numerusform>Routine faite %n nuit d’affilée (record : {best}).</numerusform>
                <numerusform>Routine faite %n nuits d’affilée (record : {best}).</numerusform>
            </translation>
        </message>
        <message>
            <source>Routine nights</source>
            <translation>Nuits de routine</translation>
        </message>
        <message>
            <source>Sleep quality (1–5)</source>
            <translation>Qualité du sommeil (1–5)</translation>
        </message>
        <message>
            <source>Stress</source>
            <translation>Stress</translation>
        </message>
        <message>
            <source>Stretches</source>
            <translation>Étirements</translation>
        </message>
        <message>
            <source>Tag: {name}</source>
            <translation>Étiquette : {name}</translation>
        </message>
        <message>
            <source>The arrow can point backwards: if you take magnesium because your legs are already restless, magnesium nights will look worse even if it helps.</source>
            <translation>La flèche peut aller dans l’autre sens : si vous prenez du magnésium parce que vos jambes sont déjà agitées, les nuits avec magnésium sembleront moins bonnes, même s’il aide.</translation>
        </message>
        <message>
            <source>This is a comparison of your own nights, not proof that one thing causes another.</source>
            <translation>Ceci compare vos propres nuits ; ce n’est pas la preuve qu’une chose en cause une autre.</translation>
        </message>
        <message>
            <source>Time asleep in bed</source>
            <translation>Temps de sommeil au lit</translation>
        </message>
        <message>
            <source>Time to fall asleep</source>
            <translation>Temps d’endormissement</translation>
        </message>
        <message>
            <source>Try the routine for a month and see what changed. Pick the night you began: the nights after it are set against the same number of nights before. A bar to the right: the routine nights went better; to the left: worse; a dot: no clear difference. {not_proof}</source>
            <translation>Essayez la routine pendant un mois et voyez ce qui a changé. Choisissez la nuit où vous avez commencé : les nuits suivantes sont comparées au même nombre de nuits précédentes. Barre vers la droite : les nuits de routine se sont mieux passées ; vers la gauche : moins bien ; un point : pas de différence nette. {not_proof}</translation>
        </message>
        <message>
            <source>Whole routine</source>
            <translation>Routine entière</translation>
        </message>
        <message>
            <source>Whole routine done on {week} of the last 7 nights and {month} of the last 30.</source>
            <translation>Routine entière faite : {week} sur les 7 dernières nuits, {month} sur les 30 dernières.</translation>
        </message>
        <message>
            <source>Whole routine done: {before} of {before_nights} nights before, {during} of {during_nights} nights during.</source>
            <translation>Routine entière faite : {before} sur {before_nights} nuits avant, {during} sur {during_nights} nuits pendant.</translation>
        </message>
        <message>
            <source>after</source>
            <comment>… with [30 nights] after</comment>
            <translation>après</translation>
        </message>
        <message>
            <source>all done</source>
            <translation>toute faite</translation>
        </message>
        <message>
            <source>any</source>
            <translation>avec</translation>
        </message>
        <message>
            <source>asleep in</source>
            <translation>l’endormissement</translation>
        </message>
        <message>
            <source>asleep in bed</source>
            <translation>le sommeil au lit</translation>
        </message>
        <message>
            <source>before</source>
            <comment>the baseline nights, in a sentence</comment>
            <translation>les nuits d’avant</translation>
        </message>
        <message>
            <source>before it with</source>
            <comment>Compare … with …</comment>
            <translation>avant et</translation>
        </message>
        <message>
            <source>better</source>
            <translation>mieux</translation>
        </message>
        <message>
            <source>better →</source>
            <translation>mieux →</translation>
        </message>
        <message>
            <source>done</source>
            <translation>fait</translation>
        </message>
        <message>
            <source>during</source>
            <comment>the routine nights, in a sentence</comment>
            <translation>pendant la routine</translation>
        </message>
        <message>
            <source>high (4–5)</source>
            <translation>élevé (4–5)</translation>
        </message>
        <message>
            <source>legs</source>
            <translation>les jambes</translation>
        </message>
        <message>
            <source>low (1–3)</source>
            <translation>faible (1–3)</translation>
        </message>
        <message>
            <source>no clear difference</source>
            <translation>pas de différence nette</translation>
        </message>
        <message>
            <source>none</source>
            <translation>sans</translation>
        </message>
        <message>
            <source>not all done</source>
            <translation>pas toute faite</translation>
        </message>
        <message>
            <source>not done</source>
            <translation>non fait</translation>
        </message>
        <message>
            <source>not enough nights yet</source>
            <translation>pas encore assez de nuits</translation>
        </message>
        <message>
            <source>not tagged</source>
            <translation>sans</translation>
        </message>
        <message>
            <source>quality</source>
            <translation>la qualité</translation>
        </message>
        <message>
            <source>some</source>
            <translation>avec</translation>
        </message>
        <message>
            <source>tagged</source>
            <translation>avec</translation>
        </message>
        <message>
            <source>tends to be better</source>
            <translation>plutôt mieux</translation>
        </message>
        <message>
            <source>tends to be worse</source>
            <translation>plutôt moins bien</translation>
        </message>
        <message>
            <source>warmer</source>
            <translation>plus chaude</translation>
        </message>
        <message>
            <source>with</source>
            <translation>avec</translation>
        </message>
        <message>
            <source>without</source>
            <translation>sans</translation>
        </message>
        <message>
            <source>worse</source>
            <translation>moins bien</translation>
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
            <translation>{factor} : {with_side} contre {without_side}</translation>
        </message>
        <message>
            <source>{low} to {high}</source>
            <translation>{low} à {high}</translation>
        </message>
        <message>
            <source>{mean} ({median})</source>
            <comment>an average and its median</comment>
            <translation>{mean} ({median})</translation>
        </message>
        <message>
            <source>{outcome} tended to be better {with_label} ({with_value}) than {without_label} ({without_value}).</source>
            <translation>{outcome} : plutôt mieux {with_label} ({with_value}) que {without_label} ({without_value}).</translation>
        </message>
        <message>
            <source>{outcome} tended to be worse {with_label} ({with_value}) than {without_label} ({without_value}).</source>
            <translation>{outcome} : plutôt moins bien {with_label} ({with_value}) que {without_label} ({without_value}).</translation>
        </message>
        <message>
            <source>{outcome} — higher is better</source>
            <translation>{outcome} — plus c’est haut, mieux c’est</translation>
        </message>
        <message>
            <source>{outcome} — lower is better</source>
            <translation>{outcome} — plus c’est bas, mieux c’est</translation>
        </message>
        <message>
            <source>← worse</source>
            <translation>← moins bien</translation>
        </message>
        <message>
            <source>↓ lower is better, ↑ higher is better. The 95 % interval is the range the difference most likely lies in; Cliff's δ runs from −1 to +1.</source>
            <translation>↓ plus bas = mieux, ↑ plus haut = mieux. L’intervalle à 95 % est la plage où se situe le plus probablement la différence ; le δ de Cliff va de −1 à +1.</translation>
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
            <translation> nuits</translation>
        </message>
        <message numerus="yes">
            <source>%n nights, {dates}</source>
            <translation>
                <numerusform>%n nuit, {dates}</numerusform>
                <numerusform>%n nuits, {dates}</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Calendar</source>
            <translation>&amp;Calendrier</translation>
        </message>
        <message>
            <source>&amp;From</source>
            <comment>the first night shown</comment>
            <translation>&amp;Du</translation>
        </message>
        <message>
            <source>&amp;List</source>
            <translation>&amp;Liste</translation>
        </message>
        <message>
            <source>&amp;Medicines and tests</source>
            <translation>&amp;Médicaments et analyses</translation>
        </message>
        <message>
            <source>&amp;What helps me</source>
            <translation>Ce qui m’&amp;aide</translation>
        </message>
        <message>
            <source>30 nights</source>
            <translation>30 nuits</translation>
        </message>
        <message>
            <source>365 nights</source>
            <translation>365 nuits</translation>
        </message>
        <message>
            <source>90 nights</source>
            <translation>90 nuits</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Toutes</translation>
        </message>
        <message>
            <source>Any factor</source>
            <translation>Tous les facteurs</translation>
        </message>
        <message>
            <source>Any tag</source>
            <translation>Toutes les étiquettes</translation>
        </message>
        <message>
            <source>C&amp;harts</source>
            <translation>&amp;Graphiques</translation>
        </message>
        <message>
            <source>Caveats</source>
            <translation>Précautions</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>Effacer les filtres</translation>
        </message>
        <message>
            <source>Clear the search</source>
            <translation>Effacer la recherche</translation>
        </message>
        <message>
            <source>Days of the month</source>
            <translation>Jours du mois</translation>
        </message>
        <message>
            <source>E&amp;xperiment</source>
            <translation>E&amp;xpérience</translation>
        </message>
        <message>
            <source>Factor</source>
            <translation>Facteur</translation>
        </message>
        <message>
            <source>From</source>
            <comment>the first night shown</comment>
            <translation>Du</translation>
        </message>
        <message>
            <source>Journal — Bedtime Companion</source>
            <translation>Journal — Bedtime Companion</translation>
        </message>
        <message>
            <source>Legend: restless legs 0 none to 10 worst; check mark: routine done</source>
            <translation>Légende : jambes sans repos de 0 (aucune gêne) à 10 (gêne maximale) ; coche : routine faite</translation>
        </message>
        <message>
            <source>Legs started at (clock time)</source>
            <translation>Jambes agitées dès (heure)</translation>
        </message>
        <message>
            <source>Lights</source>
            <translation>Lumière</translation>
        </message>
        <message>
            <source>Magnesium</source>
            <translation>Magnésium</translation>
        </message>
        <message>
            <source>Next month</source>
            <translation>Mois suivant</translation>
        </message>
        <message>
            <source>Night</source>
            <translation>Nuit</translation>
        </message>
        <message>
            <source>Night under the pointer</source>
            <translation>Nuit sous le pointeur</translation>
        </message>
        <message>
            <source>Night-time episodes</source>
            <translation>Épisodes nocturnes</translation>
        </message>
        <message>
            <source>Nights</source>
            <translation>Nuits</translation>
        </message>
        <message>
            <source>Nights by month</source>
            <translation>Nuits par mois</translation>
        </message>
        <message>
            <source>Nights in the report</source>
            <translation>Nuits dans le rapport</translation>
        </message>
        <message>
            <source>No nights yet. After your first morning check-in, each night appears here, coloured by how restless your legs were.</source>
            <translation>Pas encore de nuits. Après votre premier bilan du matin, chaque nuit apparaît ici, colorée selon l’agitation de vos jambes.</translation>
        </message>
        <message>
            <source>No start times recorded in this period</source>
            <translation>Aucune heure de début notée sur cette période</translation>
        </message>
        <message>
            <source>None recorded. Use "Legs restless now…" in the tray menu during the night.</source>
            <translation>Aucun épisode noté. Utilisez « Jambes agitées maintenant… » dans le menu de la barre des tâches pendant la nuit.</translation>
        </message>
        <message>
            <source>Not saved: {reason}</source>
            <translation>Non enregistré : {reason}</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <comment>a file type; keep (*.pdf)</comment>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Point at a night (or focus a chart and use ← →) to see its values.</source>
            <translation>Pointez une nuit (ou sélectionnez un graphique et utilisez ← →) pour voir ses valeurs.</translation>
        </message>
        <message>
            <source>Previous month</source>
            <translation>Mois précédent</translation>
        </message>
        <message>
            <source>Read with care</source>
            <translation>À lire avec prudence</translation>
        </message>
        <message>
            <source>Report covers the last</source>
            <translation>Rapport sur les dernières</translation>
        </message>
        <message>
            <source>Restless legs (0 none … 10 worst)</source>
            <translation>Jambes sans repos (0 aucune gêne … 10 gêne maximale)</translation>
        </message>
        <message>
            <source>Restless legs:</source>
            <comment>the legend of the colours</comment>
            <translation>Jambes sans repos :</translation>
        </message>
        <message>
            <source>Routine</source>
            <translation>Routine</translation>
        </message>
        <message>
            <source>Routine done each night</source>
            <translation>Routine faite chaque nuit</translation>
        </message>
        <message>
            <source>Routine each evening</source>
            <translation>Routine chaque soir</translation>
        </message>
        <message>
            <source>Save PDF &amp;report…</source>
            <translation>Enregistrer le &amp;rapport PDF…</translation>
        </message>
        <message>
            <source>Save PDF report</source>
            <translation>Enregistrer le rapport PDF</translation>
        </message>
        <message>
            <source>Saved the night of {date}.</source>
            <translation>Nuit du {date} enregistrée.</translation>
        </message>
        <message>
            <source>Search notes</source>
            <translation>Rechercher dans les notes</translation>
        </message>
        <message>
            <source>Search notes (Ctrl+F)</source>
            <translation>Rechercher dans les notes (Ctrl+F)</translation>
        </message>
        <message>
            <source>Show the last</source>
            <translation>Afficher les dernières</translation>
        </message>
        <message>
            <source>Sleep efficiency (%)</source>
            <translation>Efficacité du sommeil (%)</translation>
        </message>
        <message>
            <source>Sleep quality (1 very poor … 5 very good)</source>
            <translation>Qualité du sommeil (1 très mauvaise … 5 très bonne)</translation>
        </message>
        <message>
            <source>Stretches</source>
            <translation>Étirements</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>Étiquette</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Étiquettes</translation>
        </message>
        <message>
            <source>The journal is empty.</source>
            <translation>Le journal est vide.</translation>
        </message>
        <message>
            <source>The night could not be saved: {reason}</source>
            <translation>La nuit n’a pas pu être enregistrée : {reason}</translation>
        </message>
        <message>
            <source>The report could not be written: {reason}</source>
            <translation>Le rapport n’a pas pu être écrit : {reason}</translation>
        </message>
        <message>
            <source>Time to fall asleep (minutes)</source>
            <translation>Temps d’endormissement (minutes)</translation>
        </message>
        <message>
            <source>To</source>
            <comment>the last night shown</comment>
            <translation>Au</translation>
        </message>
        <message>
            <source>Whole routine: {week} of the last 7 nights, {month} of the last 30 (magnesium {magnesium}, stretches {stretch}, lights dimmed {lights}).</source>
            <translation>Routine entière : {week} sur les 7 dernières nuits, {month} sur les 30 dernières (magnésium {magnesium}, étirements {stretch}, lumière baissée {lights}).</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Année</translation>
        </message>
        <message numerus="yes">
            <source>Your report (%n pages) is saved as {path}.</source>
            <translation>
                <numerusform>Votre rapport (%n page) est enregistré sous {path}.</numerusform>
                <numerusform>Votre rapport (%n pages) est enregistré sous {path}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Your symptoms have been starting earlier: in the last week they began at least two hours earlier than eight weeks before. That is worth mentioning to your clinician.</source>
            <translation>Vos symptômes commencent plus tôt : la semaine dernière, ils ont débuté au moins deux heures plus tôt qu’il y a huit semaines. Cela vaut la peine d’en parler à votre médecin.</translation>
        </message>
        <message>
            <source>blank: nothing recorded</source>
            <translation>vide : rien de noté</translation>
        </message>
        <message>
            <source>done</source>
            <comment>a routine step</comment>
            <translation>fait</translation>
        </message>
        <message>
            <source>dots: each night · line: 7-night median (the middle time)</source>
            <translation>points : chaque nuit · ligne : médiane sur 7 nuits (l’heure du milieu)</translation>
        </message>
        <message>
            <source>lights done</source>
            <translation>lumière : tamisée</translation>
        </message>
        <message>
            <source>lights not done</source>
            <translation>lumière : non tamisée</translation>
        </message>
        <message>
            <source>lights not recorded</source>
            <translation>lumière : non notée</translation>
        </message>
        <message>
            <source>magnesium done</source>
            <translation>magnésium : fait</translation>
        </message>
        <message>
            <source>magnesium not done</source>
            <translation>magnésium : non fait</translation>
        </message>
        <message>
            <source>magnesium not recorded</source>
            <translation>magnésium : non noté</translation>
        </message>
        <message>
            <source>not done</source>
            <comment>a routine step</comment>
            <translation>non fait</translation>
        </message>
        <message>
            <source>nothing noted</source>
            <comment>no relief written down</comment>
            <translation>rien de noté</translation>
        </message>
        <message>
            <source>stretches done</source>
            <translation>étirements : faits</translation>
        </message>
        <message>
            <source>stretches not done</source>
            <translation>étirements : non faits</translation>
        </message>
        <message>
            <source>stretches not recorded</source>
            <translation>étirements : non notés</translation>
        </message>
        <message>
            <source>to</source>
            <comment>between two dates</comment>
            <translation>au</translation>
        </message>
        <message>
            <source>whole routine done that evening · plain: nothing logged · outline: no legs score</source>
            <translation>routine entière faite ce soir-là · sans couleur : rien de noté · contour : pas de note pour les jambes</translation>
        </message>
        <message>
            <source>{factor}: {side}</source>
            <comment>a factor and one of its sides</comment>
            <translation>{factor} : {side}</translation>
        </message>
        <message>
            <source>{measure}: {value}</source>
            <comment>a chart's value for one night</comment>
            <translation>{measure} : {value}</translation>
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
                <numerusform>{shown} sur %n nuit</numerusform>
                <numerusform>{shown} sur %n nuits</numerusform>
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
            <translation>✓ tout</translation>
        </message>
    </context>
    <context>
        <name>Journal file</name>
        <message>
            <source>No course of {name} started by {day} is open.</source>
            <translation>Aucun traitement {name} commencé au plus tard le {day} n’est en cours.</translation>
        </message>
        <message>
            <source>The journal could not be upgraded from format {version}: {cause}. It is unchanged and a copy was saved in the backups folder.</source>
            <translation>Le journal n’a pas pu être mis à niveau depuis le format {version} : {cause}. Il est inchangé et une copie a été enregistrée dans le dossier des sauvegardes.</translation>
        </message>
        <message>
            <source>The journal could not be upgraded from format {version}: {cause}. It is unchanged.</source>
            <translation>Le journal n’a pas pu être mis à niveau depuis le format {version} : {cause}. Il est inchangé.</translation>
        </message>
        <message>
            <source>The journal file could not be read ({problem}). It was moved aside to {moved} and kept for recovery; a new, empty journal has been started.</source>
            <translation>Le fichier du journal n’a pas pu être lu ({problem}). Il a été mis de côté sous {moved} et conservé pour une récupération ; un nouveau journal vide a été commencé.</translation>
        </message>
        <message>
            <source>The journal {path} cannot use write-ahead logging ({mode}).</source>
            <translation>Le journal {path} ne peut pas utiliser la journalisation WAL ({mode}).</translation>
        </message>
        <message>
            <source>The journal {path} was written by a newer version of Bedtime Companion (format {version}; this version knows up to {latest}). It is open read-only: nothing will be saved until the app is updated.</source>
            <translation>Le journal {path} a été écrit par une version plus récente de Bedtime Companion (format {version} ; cette version connaît jusqu’au format {latest}). Il est ouvert en lecture seule : rien ne sera enregistré tant que l’application n’aura pas été mise à jour.</translation>
        </message>
        <message>
            <source>There is no routine event number {number}.</source>
            <translation>Il n’y a pas d’événement de routine numéro {number}.</translation>
        </message>
        <message>
            <source>an event</source>
            <translation>un événement</translation>
        </message>
        <message>
            <source>it cannot be opened: {cause}</source>
            <translation>impossible de l’ouvrir : {cause}</translation>
        </message>
        <message>
            <source>it is not a journal database: {cause}</source>
            <translation>ce n’est pas une base de données de journal : {cause}</translation>
        </message>
        <message>
            <source>its integrity check failed: {cause}</source>
            <translation>sa vérification d’intégrité a échoué : {cause}</translation>
        </message>
        <message>
            <source>night {night}: {field}: the stored value {value} cannot be read; it is treated as empty</source>
            <translation>nuit {night} : {field} : la valeur enregistrée {value} est illisible ; elle est traitée comme vide</translation>
        </message>
        <message>
            <source>night {night}: {field}: the stored value {value} cannot be read; {dropped} is left out</source>
            <comment>dropped: what is left out, e.g. the event magnesium</comment>
            <translation>nuit {night} : {field} : la valeur enregistrée {value} est illisible ; {dropped} est laissé de côté</translation>
        </message>
        <message>
            <source>the course {name}</source>
            <translation>le traitement {name}</translation>
        </message>
        <message>
            <source>the event {step}</source>
            <translation>l’événement {step}</translation>
        </message>
        <message>
            <source>the factor {key}</source>
            <translation>le facteur {key}</translation>
        </message>
    </context>
    <context>
        <name>JournalErrors</name>
        <message>
            <source>a tag needs a name</source>
            <translation>une étiquette doit avoir un nom</translation>
        </message>
        <message>
            <source>contains a control character</source>
            <translation>contient un caractère de contrôle</translation>
        </message>
        <message>
            <source>fell asleep at</source>
            <translation>l’endormissement</translation>
        </message>
        <message>
            <source>give a ferritin or a TSAT value (or both)</source>
            <translation>indiquez une valeur de ferritine ou de TSAT (ou les deux)</translation>
        </message>
        <message>
            <source>got into bed</source>
            <translation>la mise au lit</translation>
        </message>
        <message>
            <source>got out of bed</source>
            <translation>le lever</translation>
        </message>
        <message>
            <source>is empty</source>
            <translation>est vide</translation>
        </message>
        <message>
            <source>is not a factor this journal knows</source>
            <translation>n’est pas un facteur connu de ce journal</translation>
        </message>
        <message>
            <source>is not a night field</source>
            <translation>n’est pas un champ de nuit</translation>
        </message>
        <message>
            <source>is {length} characters long; at most {limit} fit</source>
            <translation>fait {length} caractères ; {limit} au maximum</translation>
        </message>
        <message>
            <source>lights out</source>
            <translation>l’extinction des lumières</translation>
        </message>
        <message>
            <source>must be a date and time</source>
            <translation>doit être une date et une heure</translation>
        </message>
        <message>
            <source>must be a local clock time</source>
            <translation>doit être une heure locale</translation>
        </message>
        <message>
            <source>must be a local clock time in whole minutes</source>
            <translation>doit être une heure locale en minutes entières</translation>
        </message>
        <message>
            <source>must be a whole number</source>
            <translation>doit être un nombre entier</translation>
        </message>
        <message>
            <source>must be in whole minutes</source>
            <translation>doit être en minutes entières</translation>
        </message>
        <message>
            <source>must be text</source>
            <translation>doit être du texte</translation>
        </message>
        <message>
            <source>must be yes or no</source>
            <translation>doit être oui ou non</translation>
        </message>
        <message>
            <source>must not contain a NUL character</source>
            <translation>ne doit pas contenir de caractère NUL</translation>
        </message>
        <message>
            <source>needs a UTC offset</source>
            <translation>nécessite un décalage UTC</translation>
        </message>
        <message>
            <source>time to fall asleep ({onset} min) plus time awake ({awake} min) is longer than lights-out to final wake ({night} min)</source>
            <translation>le temps d’endormissement ({onset} min) plus le temps éveillé ({awake} min) dépasse la durée entre l’extinction des lumières et le réveil du matin ({night} min)</translation>
        </message>
        <message>
            <source>woke for the day</source>
            <translation>le réveil du matin</translation>
        </message>
        <message>
            <source>{count} is more than the awakenings ({awakenings})</source>
            <translation>{count} dépasse le nombre de réveils ({awakenings})</translation>
        </message>
        <message>
            <source>{day} {time}</source>
            <comment>a date and a time of day</comment>
            <translation>{day} {time}</translation>
        </message>
        <message>
            <source>{end} is before the start ({start})</source>
            <translation>{end} est avant le début ({start})</translation>
        </message>
        <message>
            <source>{later} ({later_time}) comes before {earlier} ({earlier_time})</source>
            <translation>{later} ({later_time}) vient avant {earlier} ({earlier_time})</translation>
        </message>
        <message>
            <source>{moment} is not in the night of {night}</source>
            <translation>{moment} n’est pas dans la nuit du {night}</translation>
        </message>
        <message>
            <source>{moment} is outside the night of {night} (noon that day to midnight the day after)</source>
            <translation>{moment} est hors de la nuit du {night} (de midi ce jour-là à minuit le lendemain)</translation>
        </message>
        <message>
            <source>{text} contains a control character</source>
            <translation>{text} contient un caractère de contrôle</translation>
        </message>
        <message>
            <source>{text}… is longer than {count} characters</source>
            <translation>{text}… dépasse {count} caractères</translation>
        </message>
        <message>
            <source>{value} is not a clock time like 21:30</source>
            <translation>{value} n’est pas une heure comme 21:30</translation>
        </message>
        <message>
            <source>{value} is not a date and time like 2024-03-24T22:30:00+01:00</source>
            <translation>{value} n’est pas une date et heure comme 2024-03-24T22:30:00+01:00</translation>
        </message>
        <message>
            <source>{value} is not a number</source>
            <translation>{value} n’est pas un nombre</translation>
        </message>
        <message>
            <source>{value} is not a number like 18.5</source>
            <translation>{value} n’est pas un nombre comme 18.5</translation>
        </message>
        <message>
            <source>{value} is not a value here (must be above 0, at most {high})</source>
            <translation>{value} n’est pas une valeur possible ici (plus de 0, au plus {high})</translation>
        </message>
        <message>
            <source>{value} is not a value here (must be at least 0, at most {high})</source>
            <translation>{value} n’est pas une valeur possible ici (au moins 0, au plus {high})</translation>
        </message>
        <message>
            <source>{value} is not a whole number</source>
            <translation>{value} n’est pas un nombre entier</translation>
        </message>
        <message>
            <source>{value} is not an even number from 2 to {high}</source>
            <translation>{value} n’est pas un nombre pair de 2 à {high}</translation>
        </message>
        <message>
            <source>{value} is not one of {choices}</source>
            <translation>{value} n’est pas parmi {choices}</translation>
        </message>
        <message>
            <source>{value} is not one of {choices} or custom:&lt;id&gt;</source>
            <translation>{value} n’est ni parmi {choices} ni custom:&lt;id&gt;</translation>
        </message>
        <message>
            <source>{value} is not yes (leave it empty for no)</source>
            <translation>{value} n’est pas yes (laissez vide pour no)</translation>
        </message>
        <message>
            <source>{value} is not yes or no</source>
            <translation>{value} n’est ni yes ni no</translation>
        </message>
        <message>
            <source>{value} is outside {low}–{high}</source>
            <translation>{value} est hors de {low}–{high}</translation>
        </message>
        <message>
            <source>{value} must be in whole minutes</source>
            <translation>{value} doit être en minutes entières</translation>
        </message>
        <message>
            <source>{value} needs a UTC offset (like +01:00)</source>
            <translation>{value} nécessite un décalage UTC (comme +01:00)</translation>
        </message>
    </context>
    <context>
        <name>Journeys</name>
        <message>
            <source>The breathing could not be recorded in the journal: {reason}</source>
            <translation>La respiration n’a pas pu être notée dans le journal : {reason}</translation>
        </message>
        <message>
            <source>The stretches could not be recorded in the journal: {reason}</source>
            <translation>Les étirements n’ont pas pu être notés dans le journal : {reason}</translation>
        </message>
    </context>
    <context>
        <name>Measures</name>
        <message>
            <source>Alcoholic drinks</source>
            <translation>Boissons alcoolisées</translation>
        </message>
        <message>
            <source>Arms too</source>
            <translation>Bras aussi</translation>
        </message>
        <message>
            <source>Bedroom temperature</source>
            <translation>Température de la chambre</translation>
        </message>
        <message>
            <source>Caffeinated drinks after noon</source>
            <translation>Boissons caféinées après midi</translation>
        </message>
        <message>
            <source>Dimmed the lights</source>
            <translation>Lumière baissée</translation>
        </message>
        <message>
            <source>Exercise</source>
            <translation>Activité physique</translation>
        </message>
        <message>
            <source>Fell asleep at</source>
            <translation>Heure d’endormissement</translation>
        </message>
        <message>
            <source>Felt rested (1 not at all … 5 fully)</source>
            <translation>Repos ressenti (1 aucun … 5 complet)</translation>
        </message>
        <message>
            <source>Got into bed</source>
            <translation>Mise au lit</translation>
        </message>
        <message>
            <source>Got out of bed</source>
            <translation>Sortie du lit</translation>
        </message>
        <message>
            <source>Legs started at</source>
            <translation>Jambes agitées dès</translation>
        </message>
        <message>
            <source>Legs started bothering me</source>
            <translation>Début de la gêne dans les jambes</translation>
        </message>
        <message>
            <source>Lights out</source>
            <translation>Extinction des lumières</translation>
        </message>
        <message>
            <source>Magnesium dose</source>
            <translation>Dose de magnésium</translation>
        </message>
        <message>
            <source>Magnesium taken at</source>
            <translation>Magnésium pris à</translation>
        </message>
        <message>
            <source>Minutes of slow breathing</source>
            <translation>Minutes de respiration lente</translation>
        </message>
        <message>
            <source>Minutes spent stretching</source>
            <translation>Minutes d’étirements</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Restless legs (0 none … 10 worst)</source>
            <translation>Jambes sans repos (0 aucune gêne … 10 gêne maximale)</translation>
        </message>
        <message>
            <source>Sleep as Android rating</source>
            <translation>Note Sleep as Android</translation>
        </message>
        <message>
            <source>Sleep efficiency</source>
            <translation>Efficacité du sommeil</translation>
        </message>
        <message>
            <source>Sleep quality (1 very poor … 5 very good)</source>
            <translation>Qualité du sommeil (1 très mauvaise … 5 très bonne)</translation>
        </message>
        <message>
            <source>Stress (1 calm … 5 very stressed)</source>
            <translation>Stress (1 calme … 5 très fort)</translation>
        </message>
        <message>
            <source>Stretch holds done</source>
            <translation>Maintiens d’étirement faits</translation>
        </message>
        <message>
            <source>Stretch holds planned</source>
            <translation>Maintiens d’étirement prévus</translation>
        </message>
        <message>
            <source>Stretched this evening</source>
            <translation>Étirements ce soir</translation>
        </message>
        <message>
            <source>Time awake after first falling asleep</source>
            <translation>Temps éveillé après le premier endormissement</translation>
        </message>
        <message>
            <source>Time in bed</source>
            <translation>Temps au lit</translation>
        </message>
        <message>
            <source>Time to fall asleep</source>
            <translation>Temps d’endormissement</translation>
        </message>
        <message>
            <source>Times my legs woke me</source>
            <translation>Réveils dus aux jambes</translation>
        </message>
        <message>
            <source>Times woken in the night</source>
            <translation>Réveils dans la nuit</translation>
        </message>
        <message>
            <source>Took magnesium</source>
            <translation>Magnésium pris</translation>
        </message>
        <message>
            <source>Total sleep time</source>
            <translation>Temps de sommeil total</translation>
        </message>
        <message>
            <source>Woke for the day</source>
            <translation>Réveil du matin</translation>
        </message>
    </context>
    <context>
        <name>NightEditor</name>
        <message>
            <source>&amp;Revert</source>
            <translation>&amp;Rétablir</translation>
        </message>
        <message>
            <source>&amp;Save night</source>
            <translation>&amp;Enregistrer la nuit</translation>
        </message>
        <message>
            <source>Alcoholic drinks</source>
            <translation>Boissons alcoolisées</translation>
        </message>
        <message>
            <source>Anything worth remembering about this night</source>
            <translation>Quelque chose à retenir sur cette nuit</translation>
        </message>
        <message>
            <source>Arms too?</source>
            <translation>Bras aussi ?</translation>
        </message>
        <message>
            <source>Awake in the night</source>
            <translation>Éveil dans la nuit</translation>
        </message>
        <message>
            <source>Bedroom</source>
            <translation>Chambre</translation>
        </message>
        <message>
            <source>Caffeine after noon</source>
            <translation>Caféine après midi</translation>
        </message>
        <message>
            <source>Dose</source>
            <translation>Dose</translation>
        </message>
        <message>
            <source>Exercise</source>
            <translation>Activité physique</translation>
        </message>
        <message>
            <source>Fell asleep in</source>
            <translation>Endormissement en</translation>
        </message>
        <message>
            <source>Felt rested (1–5)</source>
            <translation>Sensation de repos (1–5)</translation>
        </message>
        <message>
            <source>Into bed</source>
            <translation>Au lit</translation>
        </message>
        <message>
            <source>Legs started</source>
            <translation>Début des symptômes</translation>
        </message>
        <message>
            <source>Legs started at</source>
            <translation>Début des symptômes à</translation>
        </message>
        <message>
            <source>Legs woke me</source>
            <translation>Réveil dû aux jambes</translation>
        </message>
        <message>
            <source>Lights dimmed</source>
            <translation>Lumière baissée</translation>
        </message>
        <message>
            <source>Lights out</source>
            <translation>Lumière éteinte</translation>
        </message>
        <message>
            <source>Magnesium</source>
            <translation>Magnésium</translation>
        </message>
        <message>
            <source>Night of {date}</source>
            <translation>Nuit du {date}</translation>
        </message>
        <message>
            <source>No night selected</source>
            <translation>Aucune nuit sélectionnée</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Out of bed</source>
            <translation>Sortie du lit</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Problèmes</translation>
        </message>
        <message>
            <source>Restless legs (0–10)</source>
            <translation>Jambes sans repos (0–10)</translation>
        </message>
        <message>
            <source>Sleep quality (1–5)</source>
            <translation>Qualité du sommeil (1–5)</translation>
        </message>
        <message>
            <source>Stress (1–5)</source>
            <translation>Stress (1–5)</translation>
        </message>
        <message>
            <source>Stretched</source>
            <translation>Étirements faits</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Étiquettes</translation>
        </message>
        <message>
            <source>Taken at</source>
            <translation>Pris à</translation>
        </message>
        <message>
            <source>The evening before</source>
            <translation>La veille au soir</translation>
        </message>
        <message>
            <source>The night</source>
            <translation>La nuit</translation>
        </message>
        <message>
            <source>Times woken</source>
            <translation>Nombre de réveils</translation>
        </message>
        <message>
            <source>Woke for the day</source>
            <translation>Réveil définitif</translation>
        </message>
        <message>
            <source>comma-separated, e.g. late dinner, travel</source>
            <translation>séparées par des virgules, p. ex. dîner tardif, voyage</translation>
        </message>
        <message>
            <source>no</source>
            <translation>non</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>oui</translation>
        </message>
    </context>
    <context>
        <name>Notifications</name>
        <message>
            <source>Snooze {minutes} min</source>
            <translation>Plus tard ({minutes} min)</translation>
        </message>
    </context>
    <context>
        <name>Pictures</name>
        <message>
            <source>an unused picture in {folder} could not be removed ({cause})</source>
            <translation>une image inutilisée dans {folder} n’a pas pu être supprimée ({cause})</translation>
        </message>
        <message>
            <source>the picture could not be saved in {folder} ({cause})</source>
            <translation>l’image n’a pas pu être enregistrée dans {folder} ({cause})</translation>
        </message>
        <message>
            <source>{file} cannot be opened ({cause})</source>
            <translation>impossible d’ouvrir {file} ({cause})</translation>
        </message>
        <message>
            <source>{file} cannot be read ({cause})</source>
            <translation>impossible de lire {file} ({cause})</translation>
        </message>
        <message>
            <source>{file} is larger than {size} MB</source>
            <translation>{file} dépasse {size} Mo</translation>
        </message>
        <message>
            <source>{file} is not a PNG, JPEG or SVG file</source>
            <translation>{file} n’est pas un fichier PNG, JPEG ou SVG</translation>
        </message>
        <message>
            <source>{file} is not a picture file</source>
            <translation>{file} n’est pas un fichier image</translation>
        </message>
    </context>
    <context>
        <name>Plan</name>
        <message>
            <source>Night of {night} ({zone}), bedtime {time}</source>
            <translation>Nuit du {night} ({zone}), coucher à {time}</translation>
        </message>
        <message>
            <source>No steps are enabled.</source>
            <translation>Aucune étape n’est activée.</translation>
        </message>
        <message>
            <source>at a set time</source>
            <translation>à heure fixe</translation>
        </message>
        <message>
            <source>at bedtime</source>
            <translation>au coucher</translation>
        </message>
        <message>
            <source>next morning</source>
            <translation>le lendemain matin</translation>
        </message>
        <message>
            <source>{date} {time}</source>
            <comment>a date and a time of day</comment>
            <translation>{date} à {time}</translation>
        </message>
        <message>
            <source>{minutes} min before bedtime</source>
            <translation>{minutes} min avant le coucher</translation>
        </message>
    </context>
    <context>
        <name>Prompts</name>
        <message>
            <source>(This was due at {time}.)</source>
            <translation>(Prévu à {time}.)</translation>
        </message>
        <message>
            <source>A step of your own routine. Press Done once it is done.</source>
            <translation>Une étape de votre routine. Appuyez sur Fait quand c’est fait.</translation>
        </message>
        <message>
            <source>Check in</source>
            <translation>Faire le bilan</translation>
        </message>
        <message>
            <source>Dim the lights, put the screens away, and let the bedroom cool to {room}.</source>
            <translation>Baissez la lumière, rangez les écrans et laissez la chambre se rafraîchir à {room}.</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Fait</translation>
        </message>
        <message>
            <source>Five slow leg stretches, about ten minutes. A little floor space and a wall are all you need; the app counts the time and tells you when to switch.</source>
            <translation>Cinq étirements lents des jambes, environ dix minutes. Un peu de place au sol et un mur suffisent ; l’application compte le temps et vous dit quand changer de côté.</translation>
        </message>
        <message>
            <source>Good morning</source>
            <translation>Bonjour</translation>
        </message>
        <message>
            <source>How were your legs last night, and how did you sleep? It takes half a minute.</source>
            <translation>Comment allaient vos jambes cette nuit, et comment avez-vous dormi ? Cela prend trente secondes.</translation>
        </message>
        <message>
            <source>Lights down</source>
            <translation>Baisser la lumière</translation>
        </message>
        <message>
            <source>Lights out</source>
            <translation>Extinction des lumières</translation>
        </message>
        <message>
            <source>Morning stretches</source>
            <translation>Étirements du matin</translation>
        </message>
        <message>
            <source>Ready to stretch?</source>
            <translation>Un moment pour vous étirer ?</translation>
        </message>
        <message>
            <source>Skip today</source>
            <translation>Passer aujourd’hui</translation>
        </message>
        <message>
            <source>Skip tonight</source>
            <translation>Passer ce soir</translation>
        </message>
        <message>
            <source>Start now</source>
            <translation>Commencer</translation>
        </message>
        <message>
            <source>The same five gentle stretches as last night, to start the day loose.</source>
            <translation>Les cinq mêmes étirements doux qu’hier soir, pour commencer la journée en souplesse.</translation>
        </message>
        <message>
            <source>Time for your magnesium</source>
            <translation>L’heure de votre magnésium</translation>
        </message>
        <message>
            <source>Time to breathe slowly</source>
            <translation>Le moment de respirer lentement</translation>
        </message>
        <message>
            <source>Time to settle in for the night. Sleep well.</source>
            <translation>C’est l’heure de vous installer pour la nuit. Dormez bien.</translation>
        </message>
        <message>
            <source>about {degrees} °C</source>
            <translation>environ {degrees} °C</translation>
        </message>
        <message>
            <source>about {degrees} °F</source>
            <translation>environ {degrees} °F</translation>
        </message>
        <message>
            <source>coming up</source>
            <translation>bientôt</translation>
        </message>
        <message>
            <source>done</source>
            <translation>fait</translation>
        </message>
        <message>
            <source>done at {time}</source>
            <translation>fait à {time}</translation>
        </message>
        <message>
            <source>missed</source>
            <translation>manqué</translation>
        </message>
        <message>
            <source>now</source>
            <translation>maintenant</translation>
        </message>
        <message>
            <source>now (running late)</source>
            <translation>maintenant (en retard)</translation>
        </message>
        <message>
            <source>partly done</source>
            <translation>fait en partie</translation>
        </message>
        <message>
            <source>partly done at {time}</source>
            <translation>fait en partie à {time}</translation>
        </message>
        <message>
            <source>skipped</source>
            <translation>passé</translation>
        </message>
        <message>
            <source>skipped at {time}</source>
            <translation>passé à {time}</translation>
        </message>
        <message>
            <source>snoozed until {time}</source>
            <translation>reporté à {time}</translation>
        </message>
        <message>
            <source>waiting for you</source>
            <translation>vous attend</translation>
        </message>
        <message>
            <source>{label}, {dose} mg. Taking it now gives it time to settle before bed.</source>
            <translation>{label}, {dose} mg. Le prendre maintenant lui laisse le temps de s’installer avant le coucher.</translation>
        </message>
        <message>
            <source>{minutes} minutes of slow breathing: {breathe_in} seconds in, {breathe_out} out. Sit or lie comfortably; the screen shows the pace.</source>
            <translation>{minutes} minutes de respiration lente : inspirez {breathe_in} secondes, expirez {breathe_out}. Asseyez-vous ou allongez-vous confortablement ; l’écran donne le rythme.</translation>
        </message>
    </context>
    <context>
        <name>Reminders</name>
        <message>
            <source>Bedtime Companion could not write to your journal ({reason}). It will keep trying; your reminders carry on.</source>
            <translation>Bedtime Companion n’a pas pu écrire dans votre journal ({reason}). Il continuera d’essayer ; vos rappels se poursuivent.</translation>
        </message>
        <message numerus="yes">
            <source>in %n h</source>
            <translation>
                <numerusform>dans %n h</numerusform>
                <numerusform>dans %n h</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %n min</source>
            <translation>
                <numerusform>dans %n min</numerusform>
                <numerusform>dans %n min</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in {hours} h %n min</source>
            <translation>
                <numerusform>dans {hours} h %n min</numerusform>
                <numerusform>dans {hours} h %n min</numerusform>
            </translation>
        </message>
        <message>
            <source>now</source>
            <translation>maintenant</translation>
        </message>
        <message>
            <source>the daily backup failed: {reason}</source>
            <translation>la sauvegarde quotidienne a échoué : {reason}</translation>
        </message>
        <message>
            <source>{step} at {time} · {relative}</source>
            <translation>{step} à {time} · {relative}</translation>
        </message>
        <message>
            <source>{step} on {date} at {time} · {relative}</source>
            <translation>{step} le {date} à {time} · {relative}</translation>
        </message>
        <message>
            <source>{step} tomorrow at {time} · {relative}</source>
            <translation>{step} demain à {time} · {relative}</translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message numerus="yes">
            <source>%n factors were not recorded in this period.</source>
            <translation>
                <numerusform>%n facteur n’a pas été noté sur cette période.</numerusform>
                <numerusform>%n facteurs n’ont pas été notés sur cette période.</numerusform>
            </translation>
        </message>
        <message>
            <source>, </source>
            <comment>between the routine's steps</comment>
            <translation>, </translation>
        </message>
        <message>
            <source>--days: {days} is outside 1–{most}</source>
            <translation>--days : {days} n’est pas entre 1 et {most}</translation>
        </message>
        <message>
            <source>--output: the folder {folder} does not exist</source>
            <translation>--output : le dossier {folder} n’existe pas</translation>
        </message>
        <message>
            <source>--output: {path} should end in .pdf</source>
            <translation>--output : {path} doit se terminer par .pdf</translation>
        </message>
        <message>
            <source>; </source>
            <comment>between items of a list</comment>
            <translation> ; </translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;Period:&lt;/b&gt; nights of {first} to {last} (%n nights; {answered} with a morning check-in).</source>
            <translation>
                <numerusform>&lt;b&gt;Période :&lt;/b&gt; nuits du {first} au {last} (%n nuit ; {answered} avec un bilan du matin).</numerusform>
                <numerusform>&lt;b&gt;Période :&lt;/b&gt; nuits du {first} au {last} (%n nuits ; {answered} avec un bilan du matin).</numerusform>
            </translation>
        </message>
        <message>
            <source>A personal sleep and symptom diary kept with the app. Scores are the person's own ratings; the app has no sensors.</source>
            <translation>Un journal personnel du sommeil et des symptômes, tenu avec l’application. Les scores sont les propres évaluations de la personne ; l’application n’a aucun capteur.</translation>
        </message>
        <message>
            <source>Are my arms involved too?</source>
            <translation>Mes bras sont-ils aussi touchés ?</translation>
        </message>
        <message>
            <source>Arms too</source>
            <translation>Bras aussi</translation>
        </message>
        <message>
            <source>Arms, wakings and episodes per week</source>
            <translation>Bras, réveils et épisodes par semaine</translation>
        </message>
        <message>
            <source>Average</source>
            <translation>Moyenne</translation>
        </message>
        <message>
            <source>Average with</source>
            <translation>Moyenne avec</translation>
        </message>
        <message>
            <source>Average without</source>
            <translation>Moyenne sans</translation>
        </message>
        <message>
            <source>Averages</source>
            <translation>Moyennes</translation>
        </message>
        <message>
            <source>Before my appointment</source>
            <translation>Avant mon rendez-vous</translation>
        </message>
        <message>
            <source>Cliff's δ</source>
            <translation>δ de Cliff</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Difference (95 % interval)</source>
            <translation>Différence (intervalle à 95 %)</translation>
        </message>
        <message>
            <source>Do they wake me at night?</source>
            <translation>Me réveillent-ils la nuit ?</translation>
        </message>
        <message>
            <source>Dose</source>
            <translation>Dose</translation>
        </message>
        <message>
            <source>Evening routine</source>
            <translation>Routine du soir</translation>
        </message>
        <message>
            <source>Factor</source>
            <translation>Facteur</translation>
        </message>
        <message>
            <source>Ferritin (ng/mL = µg/L)</source>
            <translation>Ferritine (ng/mL = µg/L)</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Début</translation>
        </message>
        <message>
            <source>How strong are my symptoms?</source>
            <translation>Quelle est l’intensité de mes symptômes ?</translation>
        </message>
        <message>
            <source>I did not note the clock time they began.</source>
            <translation>Je n’ai pas noté l’heure à laquelle ils ont commencé.</translation>
        </message>
        <message>
            <source>I did not rate them in this period.</source>
            <translation>Je ne les ai pas évalués sur cette période.</translation>
        </message>
        <message>
            <source>In my words: {reliefs}.</source>
            <translation>Avec mes mots : {reliefs}.</translation>
        </message>
        <message>
            <source>Iron tests</source>
            <translation>Analyses du fer</translation>
        </message>
        <message>
            <source>Legs</source>
            <translation>Jambes</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Mesure</translation>
        </message>
        <message>
            <source>Median</source>
            <translation>Médiane</translation>
        </message>
        <message>
            <source>Median start</source>
            <translation>Début médian</translation>
        </message>
        <message>
            <source>Medicine</source>
            <translation>Médicament</translation>
        </message>
        <message>
            <source>Medicines</source>
            <translation>Médicaments</translation>
        </message>
        <message>
            <source>Medicines (as recorded by the person)</source>
            <translation>Médicaments (tels que notés par la personne)</translation>
        </message>
        <message>
            <source>My latest iron test</source>
            <translation>Ma dernière analyse du fer</translation>
        </message>
        <message>
            <source>My own summary of the nights of {first} to {last}, from the diary I keep.</source>
            <translation>Mon propre résumé des nuits du {first} au {last}, d’après le journal que je tiens.</translation>
        </message>
        <message>
            <source>Night</source>
            <translation>Nuit</translation>
        </message>
        <message>
            <source>Night-time episodes</source>
            <translation>Épisodes nocturnes</translation>
        </message>
        <message>
            <source>Nights</source>
            <translation>Nuits</translation>
        </message>
        <message>
            <source>Nights answered</source>
            <translation>Nuits renseignées</translation>
        </message>
        <message>
            <source>Nights with / without</source>
            <translation>Nuits avec / sans</translation>
        </message>
        <message>
            <source>No iron test recorded.</source>
            <translation>Aucune analyse du fer notée.</translation>
        </message>
        <message>
            <source>No medicine course recorded in this period.</source>
            <translation>Aucun traitement noté sur cette période.</translation>
        </message>
        <message>
            <source>No medicine recorded.</source>
            <translation>Aucun médicament noté.</translation>
        </message>
        <message>
            <source>No nights were logged in this period.</source>
            <translation>Aucune nuit notée sur cette période.</translation>
        </message>
        <message>
            <source>No restless-legs scores in this period</source>
            <translation>Aucun score de jambes sans repos sur cette période</translation>
        </message>
        <message>
            <source>Not recorded.</source>
            <translation>Non noté.</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Nothing noted with an episode.</source>
            <translation>Rien de noté lors des épisodes.</translation>
        </message>
        <message numerus="yes">
            <source>On average {average} out of 10 over %n nights (0 none … 10 worst); {high} nights were 7 or more.</source>
            <translation>
                <numerusform>En moyenne {average} sur 10, sur %n nuit (0 aucun … 10 le pire) ; {high} nuits à 7 ou plus.</numerusform>
                <numerusform>En moyenne {average} sur 10, sur %n nuits (0 aucun … 10 le pire) ; {high} nuits à 7 ou plus.</numerusform>
            </translation>
        </message>
        <message>
            <source>Quality</source>
            <translation>Qualité</translation>
        </message>
        <message>
            <source>Questions I want to ask</source>
            <translation>Questions que je veux poser</translation>
        </message>
        <message>
            <source>Range</source>
            <translation>Étendue</translation>
        </message>
        <message>
            <source>Reading</source>
            <translation>Lecture</translation>
        </message>
        <message>
            <source>Restless legs each night (0 none … 10 worst), with the 7-night average</source>
            <translation>Jambes sans repos chaque nuit (0 aucun … 10 le pire), avec la moyenne sur 7 nuits</translation>
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
            <translation>Étiquettes</translation>
        </message>
        <message>
            <source>The 2024 American Academy of Sleep Medicine clinical practice guideline for restless legs (Winkelman et al., J Clin Sleep Med 2024; doi:10.5664/jcsm.11390) uses these iron thresholds in adults: serum ferritin ≤ 75 ng/mL (µg/L) or transferrin saturation (TSAT) &lt; 20 %. These numbers are for a conversation with a clinician; this app does not recommend any treatment or dose.</source>
            <translation>Le guide de pratique clinique 2024 de l’American Academy of Sleep Medicine sur les jambes sans repos (Winkelman et al., J Clin Sleep Med 2024 ; doi:10.5664/jcsm.11390) retient ces seuils pour le fer chez l’adulte : ferritine sérique ≤ 75 ng/mL (µg/L) ou saturation de la transferrine (TSAT) &lt; 20 %. Ces chiffres servent à en parler avec un médecin ; cette application ne recommande aucun traitement ni aucune dose.</translation>
        </message>
        <message numerus="yes">
            <source>The {shown} most recent of %n logged nights; the app's CSV export has every night.</source>
            <translation>
                <numerusform>Nuits affichées : les {shown} plus récentes sur %n notée ; l’export CSV de l’application contient toutes les nuits.</numerusform>
                <numerusform>Nuits affichées : les {shown} plus récentes sur %n notées ; l’export CSV de l’application contient toutes les nuits.</numerusform>
            </translation>
        </message>
        <message>
            <source>Time of day</source>
            <translation>Heure</translation>
        </message>
        <message>
            <source>Times legs woke me</source>
            <translation>Réveils dus aux jambes</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Fin</translation>
        </message>
        <message numerus="yes">
            <source>Usually around {usual} (the median of %n nights with a time); the earliest was {earliest}.</source>
            <translation>
                <numerusform>En général vers {usual} (médiane sur %n nuit avec une heure notée) ; le plus tôt : {earliest}.</numerusform>
                <numerusform>En général vers {usual} (médiane sur %n nuits avec une heure notée) ; le plus tôt : {earliest}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Week from</source>
            <translation>Semaine du</translation>
        </message>
        <message>
            <source>What brings relief?</source>
            <translation>Qu’est-ce qui me soulage ?</translation>
        </message>
        <message>
            <source>What do I take for them now?</source>
            <translation>Qu’est-ce que je prends pour cela actuellement ?</translation>
        </message>
        <message>
            <source>What went with better or worse nights (restless legs, 0–10)</source>
            <translation>Ce qui accompagnait les meilleures ou les pires nuits (jambes sans repos, 0–10)</translation>
        </message>
        <message>
            <source>When in the day do they start?</source>
            <translation>À quel moment de la journée commencent-ils ?</translation>
        </message>
        <message numerus="yes">
            <source>Whole routine (magnesium, stretches, lights dimmed) done on &lt;b&gt;{done} of %n&lt;/b&gt; nights ({steps}); {week_done} of the last {week_days}.</source>
            <translation>
                <numerusform>Routine complète (magnésium, étirements, lumière baissée) faite &lt;b&gt;{done} sur %n&lt;/b&gt; nuit ({steps}) ; {week_done} sur les {week_days} dernières.</numerusform>
                <numerusform>Routine complète (magnésium, étirements, lumière baissée) faite &lt;b&gt;{done} sur %n&lt;/b&gt; nuits ({steps}) ; {week_done} sur les {week_days} dernières.</numerusform>
            </translation>
        </message>
        <message>
            <source>Woken</source>
            <translation>Réveils</translation>
        </message>
        <message>
            <source>Written from the person's own diary entries; not a questionnaire score and not a diagnosis.</source>
            <translation>Rédigé d’après les notes du journal de la personne ; ce n’est ni un score de questionnaire, ni un diagnostic.</translation>
        </message>
        <message numerus="yes">
            <source>Yes on {yes} of %n nights I answered.</source>
            <translation>
                <numerusform>Oui pour {yes} sur %n nuit où j’ai répondu.</numerusform>
                <numerusform>Oui pour {yes} sur %n nuits où j’ai répondu.</numerusform>
            </translation>
        </message>
        <message>
            <source>Your symptoms have been starting earlier: the median start time moved about {hours} hours earlier over the last 8 weeks. This may be worth mentioning to your clinician.</source>
            <translation>Vos symptômes commencent plus tôt : l’heure médiane de début a avancé d’environ {hours} heures sur les 8 dernières semaines. Cela peut valoir la peine d’en parler à votre médecin.</translation>
        </message>
        <message>
            <source>all</source>
            <comment>every routine step done that night</comment>
            <translation>toutes</translation>
        </message>
        <message>
            <source>before this period</source>
            <translation>avant cette période</translation>
        </message>
        <message>
            <source>lights</source>
            <translation>lumière</translation>
        </message>
        <message>
            <source>lights dimmed</source>
            <translation>lumière baissée</translation>
        </message>
        <message>
            <source>magnesium</source>
            <translation>magnésium</translation>
        </message>
        <message>
            <source>page {number} of {pages}</source>
            <translation>page {number} sur {pages}</translation>
        </message>
        <message>
            <source>still taking</source>
            <translation>en cours</translation>
        </message>
        <message>
            <source>stretches</source>
            <translation>étirements</translation>
        </message>
        <message>
            <source>the report {path} could not be written: the PDF writer failed</source>
            <translation>le rapport {path} n’a pas pu être écrit : échec du générateur PDF</translation>
        </message>
        <message>
            <source>the report {path} could not be written: the disk is full</source>
            <translation>le rapport {path} n’a pas pu être écrit : le disque est plein</translation>
        </message>
        <message>
            <source>{app} — summary {period}</source>
            <translation>{app} — résumé {period}</translation>
        </message>
        <message>
            <source>{app}: sleep and restless legs</source>
            <translation>{app} : sommeil et jambes sans repos</translation>
        </message>
        <message>
            <source>{courses}.</source>
            <comment>the medicines taken now, as a list</comment>
            <translation>{courses}.</translation>
        </message>
        <message>
            <source>{date}: TSAT {tsat} %.</source>
            <translation>{date} : TSAT {tsat} %.</translation>
        </message>
        <message>
            <source>{date}: ferritin {ferritin} ng/mL (µg/L), TSAT {tsat} %.</source>
            <translation>{date} : ferritine {ferritin} ng/mL (µg/L), TSAT {tsat} %.</translation>
        </message>
        <message>
            <source>{date}: ferritin {ferritin} ng/mL (µg/L).</source>
            <translation>{date} : ferritine {ferritin} ng/mL (µg/L).</translation>
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
            <translation>{name} {dose} {unit} à {time} depuis le {start}</translation>
        </message>
        <message>
            <source>{name} {dose} {unit} since {start}</source>
            <translation>{name} {dose} {unit} depuis le {start}</translation>
        </message>
        <message>
            <source>{step} {count}</source>
            <comment>a routine step and its nights done</comment>
            <translation>{step} {count}</translation>
        </message>
        <message numerus="yes">
            <source>{times} times in {nights} nights; I noted %n night-time episodes.</source>
            <translation>
                <numerusform>{times} fois en {nights} nuits ; j’ai noté %n épisode nocturne.</numerusform>
                <numerusform>{times} fois en {nights} nuits ; j’ai noté %n épisodes nocturnes.</numerusform>
            </translation>
        </message>
        <message>
            <source>{yes} of {answered}</source>
            <comment>nights with arms too, of nights answered</comment>
            <translation>{yes} sur {answered}</translation>
        </message>
    </context>
    <context>
        <name>SelfTest</name>
        <message>
            <source>APScheduler did not keep its jobs</source>
            <translation>APScheduler n’a pas conservé ses tâches</translation>
        </message>
        <message>
            <source>Qt platform: running on {name}, not {wanted}</source>
            <translation>Plateforme Qt : exécution sur {name}, et non {wanted}</translation>
        </message>
        <message>
            <source>Qt widgets: {problem}</source>
            <translation>Widgets Qt : {problem}</translation>
        </message>
        <message>
            <source>QtTextToSpeech does not import: {problem}</source>
            <translation>Impossible d’importer QtTextToSpeech : {problem}</translation>
        </message>
        <message>
            <source>The command socket cannot listen: {problem}</source>
            <translation>Le socket de commandes ne peut pas écouter : {problem}</translation>
        </message>
        <message>
            <source>a new journal fails SQLite's integrity check</source>
            <translation>un nouveau journal échoue au contrôle d’intégrité de SQLite</translation>
        </message>
        <message>
            <source>an SVG icon renders empty (is the svg icon engine missing?)</source>
            <translation>une icône SVG s’affiche vide (le moteur d’icônes svg manque-t-il ?)</translation>
        </message>
        <message>
            <source>could not create {windows}</source>
            <translation>impossible de créer {windows}</translation>
        </message>
        <message>
            <source>icons</source>
            <translation>icônes</translation>
        </message>
        <message>
            <source>journal</source>
            <translation>journal</translation>
        </message>
        <message>
            <source>languages</source>
            <translation>langues</translation>
        </message>
        <message>
            <source>no sounds in {folder}</source>
            <translation>aucun son dans {folder}</translation>
        </message>
        <message>
            <source>no text-to-speech engine plug-in found (expected at least mock)</source>
            <translation>aucun module de synthèse vocale trouvé (au moins mock était attendu)</translation>
        </message>
        <message>
            <source>resource folder {folder} is missing</source>
            <translation>le dossier de ressources {folder} est introuvable</translation>
        </message>
        <message>
            <source>resources</source>
            <translation>ressources</translation>
        </message>
        <message>
            <source>scheduler</source>
            <translation>planificateur</translation>
        </message>
        <message>
            <source>single instance</source>
            <translation>instance unique</translation>
        </message>
        <message>
            <source>sounds</source>
            <translation>sons</translation>
        </message>
        <message>
            <source>speech</source>
            <translation>voix</translation>
        </message>
        <message>
            <source>stretch illustrations</source>
            <translation>illustrations des étirements</translation>
        </message>
        <message>
            <source>the {language} words are missing</source>
            <translation>les textes pour {language} manquent</translation>
        </message>
        <message>
            <source>the {stretch} drawing renders empty</source>
            <translation>le dessin {stretch} s’affiche vide</translation>
        </message>
        <message>
            <source>tonight's plan</source>
            <translation>programme de ce soir</translation>
        </message>
        <message>
            <source>tonight's plan has no steps</source>
            <translation>le programme de ce soir n’a aucune étape</translation>
        </message>
        <message>
            <source>windows</source>
            <translation>fenêtres</translation>
        </message>
        <message>
            <source>{check}: {problem}</source>
            <translation>{check} : {problem}</translation>
        </message>
        <message>
            <source>{file} holds no audio</source>
            <translation>{file} ne contient aucun son</translation>
        </message>
        <message>
            <source>{file} is missing</source>
            <translation>{file} est introuvable</translation>
        </message>
        <message>
            <source>{file} is not a readable WAV file: {problem}</source>
            <translation>{file} n’est pas un fichier WAV lisible : {problem}</translation>
        </message>
        <message>
            <source>{file} is not a valid SVG</source>
            <translation>{file} n’est pas un SVG valide</translation>
        </message>
        <message>
            <source>{prog} self-test: (Qt) {message}</source>
            <translation>{prog} autotest : (Qt) {message}</translation>
        </message>
        <message>
            <source>{prog} self-test: all checks passed</source>
            <translation>{prog} autotest : tous les contrôles sont réussis</translation>
        </message>
        <message>
            <source>{prog} self-test: {line}</source>
            <translation>{prog} autotest : {line}</translation>
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
                <numerusform>%n min avant le coucher</numerusform>
                <numerusform>%n min avant le coucher</numerusform>
            </translation>
        </message>
        <message>
            <source>(no title yet)</source>
            <translation>(pas encore de titre)</translation>
        </message>
        <message>
            <source>A different bedtime on some nights:</source>
            <translation>Une autre heure du coucher certains soirs :</translation>
        </message>
        <message>
            <source>A new stretch</source>
            <translation>Un nouvel étirement</translation>
        </message>
        <message>
            <source>A quiet voice</source>
            <translation>Une voix douce</translation>
        </message>
        <message>
            <source>A soft chime</source>
            <translation>Un carillon doux</translation>
        </message>
        <message>
            <source>A stretch picture could not be kept: {reason}. Nothing was changed.</source>
            <translation>Une image d’étirement n’a pas pu être conservée : {reason}. Rien n’a été modifié.</translation>
        </message>
        <message>
            <source>Add a caffeine cut-off</source>
            <translation>Ajouter une limite pour la caféine</translation>
        </message>
        <message>
            <source>Add a step</source>
            <translation>Ajouter une étape</translation>
        </message>
        <message>
            <source>Add a stretch</source>
            <translation>Ajouter un étirement</translation>
        </message>
        <message>
            <source>Also stretch in the morning</source>
            <translation>S’étirer aussi le matin</translation>
        </message>
        <message>
            <source>Always dark</source>
            <translation>Toujours sombre</translation>
        </message>
        <message>
            <source>Always like my desktop</source>
            <translation>Toujours comme mon bureau</translation>
        </message>
        <message>
            <source>Appearance</source>
            <translation>Apparence</translation>
        </message>
        <message>
            <source>As the system</source>
            <translation>Comme le système</translation>
        </message>
        <message>
            <source>At a time of day</source>
            <translation>À une heure précise</translation>
        </message>
        <message>
            <source>Automatic</source>
            <translation>Automatique</translation>
        </message>
        <message>
            <source>Automatic: a card by the tray icon and a notification, answered on either. On Wayland, where a card cannot sit by the tray icon, the notification alone. Where notifications have no Done button, the cards stay.</source>
            <translation>Automatique : une carte près de l’icône et une notification, avec réponse possible sur l’une ou l’autre. Sous Wayland, où une carte ne peut pas se placer près de l’icône, la notification seule. Si les notifications n’ont pas de bouton « Fait », les cartes restent.</translation>
        </message>
        <message>
            <source>Bedtime</source>
            <translation>Heure du coucher</translation>
        </message>
        <message>
            <source>Bedtime on {weekday} night</source>
            <translation>Coucher le {weekday} soir</translation>
        </message>
        <message>
            <source>Before bedtime</source>
            <translation>Avant le coucher</translation>
        </message>
        <message>
            <source>Breathe in for</source>
            <translation>Inspirer pendant</translation>
        </message>
        <message>
            <source>Breathe out for</source>
            <translation>Expirer pendant</translation>
        </message>
        <message>
            <source>Breathing</source>
            <translation>Respiration</translation>
        </message>
        <message>
            <source>Breathing minutes</source>
            <translation>Minutes de respiration</translation>
        </message>
        <message>
            <source>Cards</source>
            <translation>Cartes</translation>
        </message>
        <message>
            <source>Cards and notifications</source>
            <translation>Cartes et notifications</translation>
        </message>
        <message>
            <source>Celsius (°C)</source>
            <translation>Celsius (°C)</translation>
        </message>
        <message>
            <source>Choose a picture</source>
            <translation>Choisir une image</translation>
        </message>
        <message>
            <source>Choose one of your own stretches in the list above to edit it.</source>
            <translation>Choisissez l’un de vos étirements dans la liste ci-dessus pour le modifier.</translation>
        </message>
        <message>
            <source>Choose picture…</source>
            <translation>Choisir une image…</translation>
        </message>
        <message>
            <source>Command</source>
            <translation>Commande</translation>
        </message>
        <message>
            <source>Command to run</source>
            <translation>Commande à lancer</translation>
        </message>
        <message>
            <source>Dark in the evening, like my desktop by day</source>
            <translation>Sombre le soir, comme mon bureau en journée</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Jours</translation>
        </message>
        <message>
            <source>Dose</source>
            <translation>Dose</translation>
        </message>
        <message>
            <source>Each side (left, then right)</source>
            <translation>Chaque côté (gauche, puis droite)</translation>
        </message>
        <message>
            <source>Fahrenheit (°F)</source>
            <translation>Fahrenheit (°F)</translation>
        </message>
        <message>
            <source>For</source>
            <comment>breathing for a number of minutes</comment>
            <translation>Pendant</translation>
        </message>
        <message>
            <source>From my region</source>
            <translation>Selon ma région</translation>
        </message>
        <message>
            <source>General</source>
            <translation>Général</translation>
        </message>
        <message>
            <source>Hold each side</source>
            <translation>Maintien par côté</translation>
        </message>
        <message>
            <source>Hold for</source>
            <translation>Maintenir</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>Last coffee of the day at {time}, Monday to Friday</source>
            <translation>Dernier café de la journée à {time}, du lundi au vendredi</translation>
        </message>
        <message>
            <source>Magnesium</source>
            <translation>Magnésium</translation>
        </message>
        <message>
            <source>Magnesium dose</source>
            <translation>Dose de magnésium</translation>
        </message>
        <message>
            <source>Magnesium product</source>
            <translation>Produit de magnésium</translation>
        </message>
        <message>
            <source>Minutes before bedtime</source>
            <translation>Minutes avant le coucher</translation>
        </message>
        <message>
            <source>Morning stretches: minutes after waking up</source>
            <translation>Étirements du matin : minutes après le lever</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Descendre</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Monter</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>New stretch</source>
            <translation>Nouvel étirement</translation>
        </message>
        <message>
            <source>No picture</source>
            <translation>Aucune image</translation>
        </message>
        <message>
            <source>None ticked: every day</source>
            <translation>Aucun coché : tous les jours</translation>
        </message>
        <message>
            <source>None, just the screen</source>
            <translation>Aucun, juste l’écran</translation>
        </message>
        <message>
            <source>None: a card with the name is shown</source>
            <translation>Aucune : une carte avec le nom s’affiche</translation>
        </message>
        <message>
            <source>Notifications</source>
            <translation>Notifications</translation>
        </message>
        <message>
            <source>Once</source>
            <translation>Une fois</translation>
        </message>
        <message>
            <source>One step per line ({least} to {most})</source>
            <translation>Une étape par ligne (de {least} à {most})</translation>
        </message>
        <message>
            <source>Optional</source>
            <translation>Facultatif</translation>
        </message>
        <message>
            <source>Optional, e.g. {command}</source>
            <translation>Facultatif, p. ex. {command}</translation>
        </message>
        <message>
            <source>Pause to switch sides</source>
            <translation>Pause pour changer de côté</translation>
        </message>
        <message>
            <source>Picture</source>
            <translation>Image</translation>
        </message>
        <message>
            <source>Picture: {file}</source>
            <translation>Image : {file}</translation>
        </message>
        <message>
            <source>Pictures ({patterns})</source>
            <translation>Images ({patterns})</translation>
        </message>
        <message>
            <source>Play soft sounds</source>
            <translation>Jouer des sons doux</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Produit</translation>
        </message>
        <message>
            <source>Reduce motion</source>
            <translation>Réduire les animations</translation>
        </message>
        <message>
            <source>Reminders</source>
            <translation>Rappels</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>Room temperature in</source>
            <translation>Température de la chambre en</translation>
        </message>
        <message>
            <source>Rounds</source>
            <translation>Séries</translation>
        </message>
        <message>
            <source>Settings — {app}</source>
            <translation>Paramètres — {app}</translation>
        </message>
        <message>
            <source>Show each stretch's pose still instead of moving into it</source>
            <translation>Montrer chaque pose fixe, sans animation</translation>
        </message>
        <message>
            <source>Show reminders as</source>
            <translation>Affichage des rappels</translation>
        </message>
        <message>
            <source>Sides</source>
            <translation>Côtés</translation>
        </message>
        <message>
            <source>Slow breathing to wind down; turn it on under Reminders.</source>
            <translation>Respiration lente pour se détendre ; à activer dans Rappels.</translation>
        </message>
        <message>
            <source>Snooze for</source>
            <translation>Reporter de</translation>
        </message>
        <message>
            <source>Snooze length</source>
            <translation>Durée du report</translation>
        </message>
        <message>
            <source>Speak the stretch instructions</source>
            <translation>Lire les consignes à voix haute</translation>
        </message>
        <message>
            <source>Start {app} when I log in</source>
            <translation>Lancer {app} à l’ouverture de session</translation>
        </message>
        <message>
            <source>Starting at login could not be changed ({reason}).</source>
            <translation>Le lancement à l’ouverture de session n’a pas pu être modifié ({reason}).</translation>
        </message>
        <message>
            <source>Step title</source>
            <translation>Titre de l’étape</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Étapes</translation>
        </message>
        <message>
            <source>Steps, one per line</source>
            <translation>Étapes, une par ligne</translation>
        </message>
        <message>
            <source>Stretch name</source>
            <translation>Nom de l’étirement</translation>
        </message>
        <message>
            <source>Stretches</source>
            <translation>Étirements</translation>
        </message>
        <message>
            <source>Stretches, in order</source>
            <translation>Étirements, dans l’ordre</translation>
        </message>
        <message>
            <source>System ({zone})</source>
            <translation>Système ({zone})</translation>
        </message>
        <message>
            <source>Temperature unit</source>
            <translation>Unité de température</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Texte</translation>
        </message>
        <message>
            <source>Text on the card</source>
            <translation>Texte de la carte</translation>
        </message>
        <message>
            <source>Time of day</source>
            <translation>Heure</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Fuseau horaire</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Usual bedtime</source>
            <translation>Heure du coucher habituelle</translation>
        </message>
        <message>
            <source>Volume</source>
            <translation>Volume</translation>
        </message>
        <message>
            <source>Wake-up time</source>
            <translation>Heure du lever</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Quand</translation>
        </message>
        <message>
            <source>Windows you open from now on use the new language; the tray menu and the Tonight window change the next time {app} starts.</source>
            <translation>Les fenêtres ouvertes à partir de maintenant utilisent la nouvelle langue ; le menu de l’icône et la fenêtre « Ce soir » changeront au prochain démarrage de {app}.</translation>
        </message>
        <message>
            <source>With each breath</source>
            <translation>À chaque respiration</translation>
        </message>
        <message>
            <source>Your own steps</source>
            <translation>Vos étapes</translation>
        </message>
        <message>
            <source>Your own steps, in order</source>
            <translation>Vos étapes, dans l’ordre</translation>
        </message>
        <message>
            <source>Your own stretches</source>
            <translation>Vos étirements</translation>
        </message>
        <message>
            <source>Your settings could not be saved ({reason}); nothing was changed.</source>
            <translation>Vos paramètres n’ont pas pu être enregistrés ({reason}) ; rien n’a été modifié.</translation>
        </message>
        <message>
            <source>after waking up</source>
            <translation>après le lever</translation>
        </message>
        <message>
            <source>at bedtime</source>
            <translation>au coucher</translation>
        </message>
        <message>
            <source>at {time}</source>
            <translation>à {time}</translation>
        </message>
        <message>
            <source>before bedtime</source>
            <translation>avant le coucher</translation>
        </message>
        <message>
            <source>e.g. Figure-four stretch</source>
            <translation>p. ex. Étirement en 4</translation>
        </message>
        <message>
            <source>every day</source>
            <translation>tous les jours</translation>
        </message>
        <message>
            <source>this file cannot be shown as a picture; choose another or none</source>
            <translation>ce fichier ne peut pas être affiché comme image ; choisissez-en un autre ou aucun</translation>
        </message>
        <message>
            <source>{name} (yours)</source>
            <translation>{name} (le vôtre)</translation>
        </message>
        <message>
            <source>{name}: {problem}.</source>
            <translation>{name} : {problem}.</translation>
        </message>
        <message>
            <source>{step}: minutes</source>
            <translation>{step} : minutes</translation>
        </message>
        <message>
            <source>{title} · needs a fix</source>
            <translation>{title} · à corriger</translation>
        </message>
        <message>
            <source>{title} · {when} · {days}</source>
            <comment>a step in the list</comment>
            <translation>{title} · {when} · {days}</translation>
        </message>
        <message>
            <source>{weekday} night</source>
            <translation>{weekday} soir</translation>
        </message>
    </context>
    <context>
        <name>Settings file</name>
        <message>
            <source>These settings could not be used and take their defaults until you change them; the rest are in force, and {file} was not changed.
{problems}</source>
            <translation>Ces paramètres n’ont pas pu être utilisés et gardent leur valeur par défaut jusqu’à ce que vous les modifiiez ; les autres s’appliquent, et {file} n’a pas été modifié.
{problems}</translation>
        </message>
        <message>
            <source>Your settings file could not be used because {reason}. The defaults are in use; the old file was kept as {file}.</source>
            <translation>Votre fichier de paramètres n’a pas pu être utilisé, car {reason}. Les valeurs par défaut s’appliquent ; l’ancien fichier a été conservé sous le nom {file}.</translation>
        </message>
        <message>
            <source>it is not a readable settings file ({cause})</source>
            <translation>ce n’est pas un fichier de paramètres lisible ({cause})</translation>
        </message>
    </context>
    <context>
        <name>SettingsErrors</name>
        <message>
            <source>"{id}" is a built-in stretch's id</source>
            <translation>« {id} » est l’identifiant d’un étirement intégré</translation>
        </message>
        <message>
            <source>"{id}" is used twice</source>
            <translation>« {id} » est utilisé deux fois</translation>
        </message>
        <message>
            <source>"{text}" is not a time like 12:00</source>
            <translation>« {text} » n’est pas une heure comme 12:00</translation>
        </message>
        <message>
            <source>give either a time (at) or before_bedtime_minutes</source>
            <translation>indiquez soit une heure (at), soit before_bedtime_minutes</translation>
        </message>
        <message>
            <source>is a number far too large</source>
            <translation>nombre beaucoup trop grand</translation>
        </message>
        <message>
            <source>is missing</source>
            <translation>valeur manquante</translation>
        </message>
        <message>
            <source>is needed</source>
            <translation>valeur requise</translation>
        </message>
        <message>
            <source>is not a field of a custom step</source>
            <translation>n’est pas un champ d’une étape personnalisée</translation>
        </message>
        <message>
            <source>is not a field of a custom stretch</source>
            <translation>n’est pas un champ d’un étirement personnalisé</translation>
        </message>
        <message>
            <source>is not a step this app knows</source>
            <translation>n’est pas une étape connue de l’application</translation>
        </message>
        <message>
            <source>is not a weekday (monday … sunday) or 'default'</source>
            <translation>n’est pas un jour de la semaine (monday … sunday) ni 'default'</translation>
        </message>
        <message>
            <source>left out</source>
            <translation>ignoré</translation>
        </message>
        <message>
            <source>must be a PNG, JPEG or SVG file (.png, .jpg, .jpeg, .svg)</source>
            <translation>doit être un fichier PNG, JPEG ou SVG (.png, .jpg, .jpeg, .svg)</translation>
        </message>
        <message>
            <source>must be a list like ["Lie down.", …]</source>
            <translation>doit être une liste comme ["Allongez-vous.", …]</translation>
        </message>
        <message>
            <source>must be a list of [[custom_steps]] tables</source>
            <translation>doit être une liste de tables [[custom_steps]]</translation>
        </message>
        <message>
            <source>must be a list of [[custom_stretches]] tables</source>
            <translation>doit être une liste de tables [[custom_stretches]]</translation>
        </message>
        <message>
            <source>must be a list of stretch ids</source>
            <translation>doit être une liste d’identifiants d’étirements</translation>
        </message>
        <message>
            <source>must be a list of weekdays like ["monday", "friday"]</source>
            <translation>doit être une liste de jours comme ["monday", "friday"]</translation>
        </message>
        <message>
            <source>must be a list of words like ["prog", "arg"]</source>
            <translation>doit être une liste de mots comme ["prog", "arg"]</translation>
        </message>
        <message>
            <source>must be a table</source>
            <translation>doit être une table</translation>
        </message>
        <message>
            <source>must be a table ([[custom_steps]])</source>
            <translation>doit être une table ([[custom_steps]])</translation>
        </message>
        <message>
            <source>must be a table ([[custom_stretches]])</source>
            <translation>doit être une table ([[custom_stretches]])</translation>
        </message>
        <message>
            <source>must be a time like "22:30"</source>
            <translation>doit être une heure comme "22:30"</translation>
        </message>
        <message>
            <source>must be a tuple of stretch ids</source>
            <translation>doit être un tuple d’identifiants d’étirements</translation>
        </message>
        <message>
            <source>must be a whole number</source>
            <translation>doit être un nombre entier</translation>
        </message>
        <message>
            <source>must be at most {count} characters</source>
            <translation>doit faire au plus {count} caractères</translation>
        </message>
        <message>
            <source>must be auto, cards, notifications or both</source>
            <translation>doit valoir auto, cards, notifications ou both</translation>
        </message>
        <message>
            <source>must be auto, celsius or fahrenheit</source>
            <translation>doit valoir auto, celsius ou fahrenheit</translation>
        </message>
        <message>
            <source>must be auto, evening or day</source>
            <translation>doit valoir auto, evening ou day</translation>
        </message>
        <message>
            <source>must be between {low} and {high}</source>
            <translation>doit être entre {low} et {high}</translation>
        </message>
        <message>
            <source>must be between {low} and {high}, not {value}</source>
            <translation>doit être entre {low} et {high}, et non {value}</translation>
        </message>
        <message>
            <source>must be from 12:00 on (the app's day turns at noon)</source>
            <translation>doit être 12:00 ou plus tard (la journée de l’application change à midi)</translation>
        </message>
        <message>
            <source>must be letters, digits and '-' (at most {count} characters)</source>
            <translation>doit contenir des lettres, des chiffres et '-' ({count} caractères au plus)</translation>
        </message>
        <message>
            <source>must be off, chime or voice</source>
            <translation>doit valoir off, chime ou voice</translation>
        </message>
        <message>
            <source>must be text in quotes</source>
            <translation>doit être un texte entre guillemets</translation>
        </message>
        <message>
            <source>must be true or false</source>
            <translation>doit valoir true ou false</translation>
        </message>
        <message>
            <source>must be {low} to {high} steps</source>
            <translation>doit compter de {low} à {high} étapes</translation>
        </message>
        <message>
            <source>must name at least one stretch</source>
            <translation>doit citer au moins un étirement</translation>
        </message>
        <message>
            <source>must name weekdays (monday … sunday)</source>
            <translation>doit citer des jours de la semaine (monday … sunday)</translation>
        </message>
        <message>
            <source>must not be empty</source>
            <translation>ne doit pas être vide</translation>
        </message>
        <message>
            <source>must not hold an empty step</source>
            <translation>ne doit pas contenir d’étape vide</translation>
        </message>
        <message>
            <source>must start with the program to run</source>
            <translation>doit commencer par le programme à lancer</translation>
        </message>
        <message>
            <source>names "{item}", which is neither a built-in stretch nor one of your own</source>
            <translation>cite « {item} », qui n’est ni un étirement intégré ni l’un des vôtres</translation>
        </message>
        <message>
            <source>names a stretch more than once</source>
            <translation>cite un étirement plus d’une fois</translation>
        </message>
        <message>
            <source>one step is over {count} characters</source>
            <translation>une étape dépasse {count} caractères</translation>
        </message>
        <message>
            <source>unknown step {name}</source>
            <translation>étape inconnue : {name}</translation>
        </message>
        <message>
            <source>using none</source>
            <translation>aucune valeur utilisée</translation>
        </message>
        <message>
            <source>using the default</source>
            <translation>valeur par défaut utilisée</translation>
        </message>
        <message>
            <source>using the defaults</source>
            <translation>valeurs par défaut utilisées</translation>
        </message>
        <message>
            <source>using {value}</source>
            <translation>valeur utilisée : {value}</translation>
        </message>
        <message>
            <source>weekday {weekday} is not 0-6</source>
            <translation>le jour {weekday} n’est pas entre 0 et 6</translation>
        </message>
        <message>
            <source>{item} is not one of {ids} or an id of your own stretches</source>
            <translation>{item} ne fait pas partie de {ids} ni de vos étirements</translation>
        </message>
        <message>
            <source>{key}: {problem}; {instead}</source>
            <translation>{key} : {problem} ; {instead}</translation>
        </message>
        <message>
            <source>{name} is not a known IANA time zone</source>
            <translation>{name} n’est pas un fuseau horaire IANA connu</translation>
        </message>
        <message>
            <source>{text} is not a time like 22:30</source>
            <translation>{text} n’est pas une heure comme 22:30</translation>
        </message>
    </context>
    <context>
        <name>StepCommands</name>
        <message>
            <source>The command “{command}” could not be started.</source>
            <translation>La commande « {command} » n’a pas pu être lancée.</translation>
        </message>
        <message>
            <source>The command “{command}” failed (exit status {code}).</source>
            <translation>La commande « {command} » a échoué (code de sortie {code}).</translation>
        </message>
        <message>
            <source>The command “{command}” failed (exit status {code}): {output}.</source>
            <translation>La commande « {command} » a échoué (code de sortie {code}) : {output}.</translation>
        </message>
        <message>
            <source>The command “{command}” stopped unexpectedly.</source>
            <translation>La commande « {command} » s’est arrêtée de façon inattendue.</translation>
        </message>
        <message>
            <source>The command “{command}” took over {seconds} s and was stopped.</source>
            <translation>La commande « {command} » a pris plus de {seconds} s et a été arrêtée.</translation>
        </message>
    </context>
    <context>
        <name>Steps</name>
        <message>
            <source>Breathing</source>
            <translation>Respiration</translation>
        </message>
        <message>
            <source>From now on, choose decaf, herbal tea or water.</source>
            <translation>À partir de maintenant, préférez le déca, une tisane ou de l’eau.</translation>
        </message>
        <message>
            <source>Last coffee of the day</source>
            <translation>Dernier café de la journée</translation>
        </message>
        <message>
            <source>Lights dimmed</source>
            <translation>Lumière baissée</translation>
        </message>
        <message>
            <source>Lights down</source>
            <translation>Baisser la lumière</translation>
        </message>
        <message>
            <source>Lights out</source>
            <translation>Extinction des lumières</translation>
        </message>
        <message>
            <source>Magnesium</source>
            <translation>Magnésium</translation>
        </message>
        <message>
            <source>Morning check-in</source>
            <translation>Bilan du matin</translation>
        </message>
        <message>
            <source>Morning stretches</source>
            <translation>Étirements du matin</translation>
        </message>
        <message>
            <source>Stretches</source>
            <translation>Étirements</translation>
        </message>
    </context>
    <context>
        <name>Stretch</name>
        <message numerus="yes">
            <source>%n seconds left</source>
            <translation>
                <numerusform>encore %n seconde</numerusform>
                <numerusform>encore %n secondes</numerusform>
            </translation>
        </message>
        <message>
            <source>All done</source>
            <translation>Terminé</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Retour</translation>
        </message>
        <message>
            <source>Carry on with the stretches (G or Esc)</source>
            <translation>Continuer les étirements (G ou Échap)</translation>
        </message>
        <message>
            <source>Change position</source>
            <translation>Changez de position</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Close the stretch window</source>
            <translation>Fermer la fenêtre des étirements</translation>
        </message>
        <message>
            <source>Close this window (Enter)</source>
            <translation>Fermer cette fenêtre (Entrée)</translation>
        </message>
        <message>
            <source>Drawing of the {name}</source>
            <translation>Dessin : {name}</translation>
        </message>
        <message>
            <source>End here and see what you did (S)</source>
            <translation>Arrêter ici et voir ce que vous avez fait (S)</translation>
        </message>
        <message>
            <source>Every stretch counts. Let your legs rest and wind down for sleep.</source>
            <translation>Chaque étirement compte. Laissez vos jambes se reposer et préparez-vous doucement au sommeil.</translation>
        </message>
        <message>
            <source>Fill the whole screen, or go back to a window (F)</source>
            <translation>Passer en plein écran ou revenir en fenêtre (F)</translation>
        </message>
        <message>
            <source>Full screen</source>
            <translation>Plein écran</translation>
        </message>
        <message>
            <source>Get ready</source>
            <translation>Préparez-vous</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>Revenir</translation>
        </message>
        <message>
            <source>Go on</source>
            <translation>Continuer</translation>
        </message>
        <message>
            <source>Go on with the stretches</source>
            <translation>Continuer les étirements</translation>
        </message>
        <message>
            <source>Guided stretches — {app}</source>
            <translation>Étirements guidés — {app}</translation>
        </message>
        <message>
            <source>Hold</source>
            <translation>Maintien</translation>
        </message>
        <message>
            <source>Last one — then you are done</source>
            <translation>Dernier — ensuite, c’est fini</translation>
        </message>
        <message>
            <source>Leave full screen</source>
            <translation>Quitter le plein écran</translation>
        </message>
        <message>
            <source>Left leg</source>
            <translation>Jambe gauche</translation>
        </message>
        <message>
            <source>Move on to the next hold (→)</source>
            <translation>Passer au maintien suivant (→)</translation>
        </message>
        <message>
            <source>Next: {name}</source>
            <translation>Ensuite : {name}</translation>
        </message>
        <message>
            <source>Next: {name}, left leg</source>
            <translation>Ensuite : {name}, jambe gauche</translation>
        </message>
        <message>
            <source>Next: {name}, right leg</source>
            <translation>Ensuite : {name}, jambe droite</translation>
        </message>
        <message>
            <source>Nicely done. Let your legs rest and wind down for sleep.</source>
            <translation>Bien joué. Laissez vos jambes se reposer et préparez-vous doucement au sommeil.</translation>
        </message>
        <message>
            <source>No stretches this time</source>
            <translation>Pas d’étirements cette fois</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>Pause and choose whether to end tonight's stretches here (Esc)</source>
            <translation>Mettre en pause et choisir d’arrêter ou non les étirements de ce soir (Échap)</translation>
        </message>
        <message>
            <source>Pause or resume the timer (Space)</source>
            <translation>Mettre en pause ou reprendre le minuteur (Espace)</translation>
        </message>
        <message>
            <source>Pause the stretch timer</source>
            <translation>Mettre le minuteur en pause</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>En pause</translation>
        </message>
        <message>
            <source>Ready when you are</source>
            <translation>Quand vous voulez</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Reprendre</translation>
        </message>
        <message>
            <source>Resume the stretch timer</source>
            <translation>Reprendre le minuteur</translation>
        </message>
        <message>
            <source>Right leg</source>
            <translation>Jambe droite</translation>
        </message>
        <message>
            <source>S stop · G or Esc go on</source>
            <translation>S arrêter · G ou Échap continuer</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Passer</translation>
        </message>
        <message>
            <source>Skip this hold</source>
            <translation>Passer ce maintien</translation>
        </message>
        <message>
            <source>Space pause · ← back · → skip · F full screen · Esc stop</source>
            <translation>Espace pause · ← retour · → passer · F plein écran · Échap arrêter</translation>
        </message>
        <message>
            <source>Start this hold again, or go back one if it has only just begun (←)</source>
            <translation>Recommencer ce maintien, ou revenir au précédent s’il vient de commencer (←)</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Arrêter</translation>
        </message>
        <message>
            <source>Stop the stretches</source>
            <translation>Arrêter les étirements</translation>
        </message>
        <message>
            <source>Stop the stretches now</source>
            <translation>Arrêter les étirements maintenant</translation>
        </message>
        <message>
            <source>Stop tonight's stretches?</source>
            <translation>Arrêter les étirements de ce soir ?</translation>
        </message>
        <message>
            <source>Switch to the left leg</source>
            <translation>Passez à la jambe gauche</translation>
        </message>
        <message>
            <source>Switch to the right leg</source>
            <translation>Passez à la jambe droite</translation>
        </message>
        <message>
            <source>That's fine — you can start again from the tray whenever you like.</source>
            <translation>Pas de souci — vous pouvez recommencer depuis l’icône de notification quand vous voulez.</translation>
        </message>
        <message>
            <source>That's it for tonight</source>
            <translation>C’est tout pour ce soir</translation>
        </message>
        <message>
            <source>Time left</source>
            <translation>Temps restant</translation>
        </message>
        <message>
            <source>Toggle full screen</source>
            <translation>Basculer en plein écran</translation>
        </message>
        <message numerus="yes">
            <source>You completed all %n holds in under a minute.</source>
            <translation>
                <numerusform>Vous avez fait %n maintien en moins d’une minute.</numerusform>
                <numerusform>Vous avez fait les %n maintiens en moins d’une minute.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>You completed all {planned} holds in %n minutes.</source>
            <translation>
                <numerusform>Vous avez fait les {planned} maintiens en %n minute.</numerusform>
                <numerusform>Vous avez fait les {planned} maintiens en %n minutes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>You completed {completed} of %n holds in under a minute.</source>
            <translation>
                <numerusform>Vous avez fait {completed} maintien sur %n en moins d’une minute.</numerusform>
                <numerusform>Vous avez fait {completed} maintiens sur %n en moins d’une minute.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>You completed {completed} of {planned} holds in %n minutes.</source>
            <translation>
                <numerusform>Vous avez fait {completed} maintiens sur {planned} en %n minute.</numerusform>
                <numerusform>Vous avez fait {completed} maintiens sur {planned} en %n minutes.</numerusform>
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
            <translation>{completed} sur {planned}</translation>
        </message>
        <message>
            <source>{phase}: {time} left</source>
            <translation>{phase} : encore {time}</translation>
        </message>
    </context>
    <context>
        <name>Stretches</name>
        <message>
            <source>Bend the front knee and step the working leg well back, toes pointing at the wall.</source>
            <translation>Pliez le genou avant et reculez bien la jambe étirée, orteils pointés vers le mur.</translation>
        </message>
        <message>
            <source>Bend the other knee and rest that foot against the inside of the straight thigh.</source>
            <translation>Pliez l’autre genou et posez ce pied contre l’intérieur de la cuisse tendue.</translation>
        </message>
        <message>
            <source>Bend the working knee and bring the heel up toward your seat.</source>
            <translation>Pliez le genou de la jambe étirée et ramenez le talon vers les fesses.</translation>
        </message>
        <message>
            <source>Breathe out slowly as you draw the knee in, and stop short of any pain.</source>
            <translation>Expirez lentement en ramenant le genou, et arrêtez-vous avant toute douleur.</translation>
        </message>
        <message>
            <source>Bring the working knee up toward your chest.</source>
            <translation>Ramenez le genou de la jambe étirée vers la poitrine.</translation>
        </message>
        <message>
            <source>Calf stretch</source>
            <translation>Étirement du mollet</translation>
        </message>
        <message>
            <source>Clasp your hands just below the knee and hug it in softly.</source>
            <translation>Joignez les mains juste sous le genou et serrez-le doucement contre vous.</translation>
        </message>
        <message>
            <source>Cross the working leg over it and set that foot flat beside the straight knee.</source>
            <translation>Croisez la jambe étirée par-dessus et posez ce pied à plat à côté du genou tendu.</translation>
        </message>
        <message>
            <source>Draw the knee gently toward your chest and sit tall.</source>
            <translation>Ramenez doucement le genou vers la poitrine en vous tenant bien droit.</translation>
        </message>
        <message>
            <source>Face a wall and rest both palms on it at shoulder height.</source>
            <translation>Face à un mur, posez les deux paumes dessus à hauteur des épaules.</translation>
        </message>
        <message>
            <source>Hamstring stretch</source>
            <translation>Étirement des ischio-jambiers</translation>
        </message>
        <message>
            <source>Hip and glute stretch</source>
            <translation>Étirement de la hanche et du fessier</translation>
        </message>
        <message>
            <source>Hold on for balance the whole time, and never yank the foot upward.</source>
            <translation>Tenez-vous pour garder l’équilibre tout du long, et ne tirez jamais le pied d’un coup sec.</translation>
        </message>
        <message>
            <source>Hold that ankle with the hand on the same side.</source>
            <translation>Tenez cette cheville avec la main du même côté.</translation>
        </message>
        <message>
            <source>Keep both knees close together and your hips level.</source>
            <translation>Gardez les genoux bien rapprochés et les hanches à niveau.</translation>
        </message>
        <message>
            <source>Keep that back leg straight and press its heel into the floor.</source>
            <translation>Gardez la jambe arrière tendue et appuyez le talon dans le sol.</translation>
        </message>
        <message>
            <source>Keep the other leg long on the floor.</source>
            <translation>Gardez l’autre jambe allongée au sol.</translation>
        </message>
        <message>
            <source>Keep your back long and fold forward from the hips.</source>
            <translation>Gardez le dos long et penchez-vous en avant à partir des hanches.</translation>
        </message>
        <message>
            <source>Keep your head and shoulders relaxed on the floor and breathe slowly.</source>
            <translation>Gardez la tête et les épaules détendues au sol et respirez lentement.</translation>
        </message>
        <message>
            <source>Lead with the chest rather than rounding your back, and ease off if it hurts.</source>
            <translation>Avancez la poitrine plutôt que d’arrondir le dos, et relâchez si ça fait mal.</translation>
        </message>
        <message>
            <source>Lean your whole body toward the wall until the calf feels a gentle pull.</source>
            <translation>Penchez tout le corps vers le mur jusqu’à sentir une légère tension dans le mollet.</translation>
        </message>
        <message>
            <source>Let the wall take your weight, and keep the back heel down without bouncing.</source>
            <translation>Laissez le mur porter votre poids, et gardez le talon arrière au sol sans rebondir.</translation>
        </message>
        <message>
            <source>Lie on your back with your head resting on the floor.</source>
            <translation>Allongez-vous sur le dos, la tête posée au sol.</translation>
        </message>
        <message>
            <source>Lying leg stretch</source>
            <translation>Étirement allongé</translation>
        </message>
        <message>
            <source>Quadriceps stretch</source>
            <translation>Étirement des quadriceps</translation>
        </message>
        <message>
            <source>Reach toward the shin or ankle, only as far as feels comfortable.</source>
            <translation>Allez vers le tibia ou la cheville, seulement tant que c’est confortable.</translation>
        </message>
        <message>
            <source>Sit on the floor with the working leg straight out in front, toes to the ceiling.</source>
            <translation>Asseyez-vous au sol, la jambe étirée tendue devant vous, orteils vers le plafond.</translation>
        </message>
        <message>
            <source>Sit up straight on the floor with the other leg stretched out in front.</source>
            <translation>Asseyez-vous bien droit au sol, l’autre jambe tendue devant vous.</translation>
        </message>
        <message>
            <source>Stand tall and hold a wall or the back of a chair with one hand.</source>
            <translation>Tenez-vous droit et appuyez une main sur un mur ou un dossier de chaise.</translation>
        </message>
        <message>
            <source>Wrap both arms around the bent knee.</source>
            <translation>Entourez le genou plié de vos deux bras.</translation>
        </message>
        <message>
            <source>calf</source>
            <translation>mollet</translation>
        </message>
        <message>
            <source>glute and hamstring</source>
            <translation>fessier et ischio-jambiers</translation>
        </message>
        <message>
            <source>hamstring</source>
            <translation>ischio-jambiers</translation>
        </message>
        <message>
            <source>hip and glute</source>
            <translation>hanche et fessier</translation>
        </message>
        <message>
            <source>quadriceps</source>
            <translation>quadriceps</translation>
        </message>
        <message>
            <source>{number} of {total}</source>
            <translation>{number} sur {total}</translation>
        </message>
    </context>
    <context>
        <name>Tonight</name>
        <message>
            <source>Done</source>
            <translation>Fait</translation>
        </message>
        <message>
            <source>Nothing is planned yet.</source>
            <translation>Rien n’est encore prévu.</translation>
        </message>
        <message>
            <source>Paused tonight</source>
            <translation>En pause ce soir</translation>
        </message>
        <message>
            <source>Reminders are off: the journal was written by a newer version of Bedtime Companion and is open read-only.</source>
            <translation>Rappels désactivés : le journal a été écrit par une version plus récente de Bedtime Companion et est ouvert en lecture seule.</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Passer</translation>
        </message>
        <message>
            <source>Snooze</source>
            <translation>Plus tard</translation>
        </message>
        <message>
            <source>Stop {app} and tonight's reminders</source>
            <translation>Arrêter {app} et les rappels de ce soir</translation>
        </message>
        <message>
            <source>Tonight</source>
            <translation>Ce soir</translation>
        </message>
        <message>
            <source>Tonight — {app}</source>
            <translation>Ce soir — {app}</translation>
        </message>
        <message>
            <source>Tonight's routine is complete.</source>
            <translation>La routine de ce soir est terminée.</translation>
        </message>
        <message>
            <source>Your desktop shows no tray area, so this window stands in for the tray icon. Closing it keeps the reminders running; Quit stops them.</source>
            <translation>Votre bureau n’a pas de zone de notification : cette fenêtre remplace donc l’icône. La fermer laisse les rappels actifs ; Quitter les arrête.</translation>
        </message>
        <message>
            <source>done</source>
            <translation>fait</translation>
        </message>
        <message>
            <source>missed</source>
            <translation>manqué</translation>
        </message>
        <message>
            <source>now</source>
            <translation>maintenant</translation>
        </message>
        <message>
            <source>partly done</source>
            <translation>fait en partie</translation>
        </message>
        <message>
            <source>skipped</source>
            <translation>passé</translation>
        </message>
        <message>
            <source>still to come</source>
            <translation>à venir</translation>
        </message>
    </context>
    <context>
        <name>Tray</name>
        <message>
            <source>About</source>
            <translation>À propos</translation>
        </message>
        <message>
            <source>About {app}</source>
            <translation>À propos de {app}</translation>
        </message>
        <message>
            <source>Legs restless now…</source>
            <translation>Jambes agitées maintenant…</translation>
        </message>
        <message>
            <source>Log last night…</source>
            <translation>Noter la nuit dernière…</translation>
        </message>
        <message>
            <source>Open journal…</source>
            <translation>Ouvrir le journal…</translation>
        </message>
        <message>
            <source>Pause tonight</source>
            <translation>Pause pour ce soir</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Quitter</translation>
        </message>
        <message>
            <source>Resume tonight</source>
            <translation>Reprendre ce soir</translation>
        </message>
        <message>
            <source>Settings…</source>
            <translation>Paramètres…</translation>
        </message>
        <message>
            <source>Start stretches now</source>
            <translation>S’étirer maintenant</translation>
        </message>
    </context>
    <context>
        <name>Treatments</name>
        <message>
            <source>&amp;Add medicine</source>
            <translation>&amp;Ajouter un médicament</translation>
        </message>
        <message>
            <source>A new medicine needs its name, its dose and a unit.</source>
            <translation>Pour un nouveau médicament, indiquez son nom, sa dose et une unité.</translation>
        </message>
        <message>
            <source>A test result needs a ferritin or a TSAT value (or both).</source>
            <translation>Un résultat d’analyse demande une valeur de ferritine ou de TSAT (ou les deux).</translation>
        </message>
        <message>
            <source>About the iron numbers: the 2024 guideline of the American Academy of Sleep Medicine (Winkelman et al., Journal of Clinical Sleep Medicine 2024, doi 10.5664/jcsm.11390) uses ferritin at or below 75 ng/mL (the same as µg/L) or a transferrin saturation (TSAT) below 20 % as its thresholds for iron in restless legs. These numbers are here for a conversation with your clinician; this app does not advise any treatment or dose.</source>
            <translation>À propos des chiffres du fer : le guide 2024 de l’American Academy of Sleep Medicine (Winkelman et al., Journal of Clinical Sleep Medicine 2024, doi 10.5664/jcsm.11390) retient comme seuils pour le fer dans les jambes sans repos une ferritine inférieure ou égale à 75 ng/mL (identique à µg/L) ou une saturation de la transferrine (TSAT) inférieure à 20 %. Ces chiffres sont là pour en parler avec votre médecin ; cette application ne conseille aucun traitement ni aucune dose.</translation>
        </message>
        <message>
            <source>About when the legs start</source>
            <translation>À propos du début des symptômes</translation>
        </message>
        <message>
            <source>Add &amp;test result</source>
            <translation>Ajouter un &amp;résultat</translation>
        </message>
        <message>
            <source>Changed {name} {dose} {unit}</source>
            <translation>Modifié : {name} {dose} {unit}</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Date of the test</source>
            <translation>Date de l’analyse</translation>
        </message>
        <message>
            <source>Dose</source>
            <translation>Dose</translation>
        </message>
        <message>
            <source>Ferritin</source>
            <translation>Ferritine</translation>
        </message>
        <message>
            <source>Ferritin (µg/L)</source>
            <translation>Ferritine (µg/L)</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Début</translation>
        </message>
        <message>
            <source>Iron test on</source>
            <translation>Analyse du fer le</translation>
        </message>
        <message>
            <source>Iron test: TSAT {tsat} %</source>
            <translation>Analyse du fer : TSAT {tsat} %</translation>
        </message>
        <message>
            <source>Iron test: ferritin {ferritin}</source>
            <translation>Analyse du fer : ferritine {ferritin}</translation>
        </message>
        <message>
            <source>Iron test: ferritin {ferritin}, TSAT {tsat} %</source>
            <translation>Analyse du fer : ferritine {ferritin}, TSAT {tsat} %</translation>
        </message>
        <message>
            <source>Iron tests</source>
            <translation>Analyses du fer</translation>
        </message>
        <message>
            <source>Last day taken</source>
            <translation>Dernier jour de prise</translation>
        </message>
        <message>
            <source>Medicine</source>
            <translation>Médicament</translation>
        </message>
        <message>
            <source>Medicine name</source>
            <translation>Nom du médicament</translation>
        </message>
        <message>
            <source>Medicine to stop</source>
            <translation>Médicament à arrêter</translation>
        </message>
        <message>
            <source>Medicines</source>
            <translation>Médicaments</translation>
        </message>
        <message>
            <source>New medicine</source>
            <translation>Nouveau médicament</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problème</translation>
        </message>
        <message>
            <source>Record &amp;stop</source>
            <translation>&amp;Noter l’arrêt</translation>
        </message>
        <message>
            <source>Record a change</source>
            <translation>Noter un changement</translation>
        </message>
        <message>
            <source>Started {name} {dose} {unit}</source>
            <translation>Début : {name} {dose} {unit}</translation>
        </message>
        <message>
            <source>Stopped</source>
            <translation>Arrêté</translation>
        </message>
        <message>
            <source>Stopped {name}</source>
            <translation>Arrêt : {name}</translation>
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
            <translation>Pris depuis le</translation>
        </message>
        <message>
            <source>Time of day</source>
            <translation>Heure de prise</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Fin</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unité</translation>
        </message>
        <message>
            <source>When the legs start</source>
            <translation>Début des symptômes</translation>
        </message>
        <message>
            <source>e.g. pramipexole</source>
            <translation>p. ex. pramipexole</translation>
        </message>
        <message>
            <source>from</source>
            <comment>taking it from</comment>
            <translation>depuis</translation>
        </message>
        <message>
            <source>still taking</source>
            <translation>en cours</translation>
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
            <translation>Ajouter {minutes} minutes de respiration lente, {before} minutes avant le coucher</translation>
        </message>
        <message>
            <source>Get started</source>
            <translation>Commencer</translation>
        </message>
        <message>
            <source>I usually get up at</source>
            <translation>Je me lève d’habitude à</translation>
        </message>
        <message>
            <source>I usually go to bed at</source>
            <translation>Je me couche d’habitude à</translation>
        </message>
        <message>
            <source>Please read: this is not medical advice</source>
            <translation>À lire : ceci n’est pas un avis médical</translation>
        </message>
        <message>
            <source>Start {app} when I log in</source>
            <translation>Lancer {app} à l’ouverture de session</translation>
        </message>
        <message>
            <source>Usual bedtime</source>
            <translation>Heure du coucher habituelle</translation>
        </message>
        <message>
            <source>Usual wake-up time</source>
            <translation>Heure du lever habituelle</translation>
        </message>
        <message>
            <source>Welcome to {app}</source>
            <translation>Bienvenue dans {app}</translation>
        </message>
        <message>
            <source>You can change these, the reminder times and your magnesium dose any time under Settings… in the tray menu.</source>
            <translation>Vous pourrez modifier ces heures, celles des rappels et votre dose de magnésium à tout moment via Paramètres… dans le menu de l’icône de notification.</translation>
        </message>
    </context>
    <context>
        <name>Widgets</name>
        <message>
            <source>"{typed}" is not a time like {example}</source>
            <translation>« {typed} » n’est pas une heure comme {example}</translation>
        </message>
        <message>
            <source>At bedtime</source>
            <translation>Au coucher</translation>
        </message>
        <message>
            <source>Clear</source>
            <comment>empties a time field</comment>
            <translation>Effacer</translation>
        </message>
        <message>
            <source>Clear {field}</source>
            <comment>{field}: the name of a time field</comment>
            <translation>Effacer {field}</translation>
        </message>
        <message>
            <source>In the afternoon</source>
            <translation>L’après-midi</translation>
        </message>
        <message>
            <source>In the evening</source>
            <translation>Le soir</translation>
        </message>
        <message>
            <source>In the morning</source>
            <translation>Le matin</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Légère</translation>
        </message>
        <message>
            <source>Moderate</source>
            <translation>Modérée</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Non</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Aucune</translation>
        </message>
        <message>
            <source>Not at all</source>
            <translation>Pas du tout</translation>
        </message>
        <message>
            <source>Vigorous</source>
            <translation>Intense</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Oui</translation>
        </message>
        <message>
            <source>h:mm am/pm</source>
            <comment>hours, minutes and am or pm to type</comment>
            <translation>h:mm AM/PM</translation>
        </message>
        <message>
            <source>hh:mm</source>
            <comment>hours and minutes to type</comment>
            <translation>hh:mm</translation>
        </message>
        <message>
            <source>the time zone is unknown</source>
            <translation>le fuseau horaire est inconnu</translation>
        </message>
    </context>
</TS>
