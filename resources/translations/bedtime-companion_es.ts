<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
    <context>
        <name>About</name>
        <message>
            <source>About {app}</source>
            <translation>Acerca de {app}</translation>
        </message>
        <message>
            <source>Bedtime Companion is a reminder and a diary, not a medical device and not medical advice. It does not diagnose or treat restless legs syndrome or anything else. Talk with your doctor or pharmacist before you start a supplement or change a treatment, and stop any stretch that hurts.</source>
            <translation>Bedtime Companion es un recordatorio y un diario; no es un dispositivo médico ni es consejo médico. No diagnostica ni trata el síndrome de piernas inquietas ni ninguna otra cosa. Consulta con tu médico o en la farmacia antes de empezar un suplemento o cambiar un tratamiento, y deja cualquier estiramiento que te duela.</translation>
        </message>
        <message>
            <source>Bedtime Companion keeps you company through an evening routine that many people with restless legs find calming: magnesium about an hour and a half before bed, ten minutes of gentle leg stretches, then lights down and screens away. Each morning it asks how the night went, so over a few weeks you can see for yourself what makes a difference.</source>
            <translation>Bedtime Companion te acompaña en una rutina de noche que a muchas personas con piernas inquietas les resulta relajante: magnesio una hora y media antes de acostarse, diez minutos de estiramientos suaves de piernas y, después, bajar las luces y dejar las pantallas. Cada mañana te pregunta qué tal fue la noche, para que en unas semanas puedas ver qué marca la diferencia para ti.</translation>
        </message>
        <message>
            <source>Everything you record stays on this computer, in files only your user account can read. The app never connects to the internet.</source>
            <translation>Todo lo que anotas se queda en este ordenador, en archivos que solo tu cuenta de usuario puede leer. La aplicación nunca se conecta a internet.</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>A Bedtime Companion window closed because of an error. Everything saved before it closed is kept; the reminders carry on.</source>
            <translation>Una ventana de Bedtime Companion se cerró por un error. Todo lo que se guardó antes de cerrarse se conserva; los recordatorios siguen funcionando.</translation>
        </message>
        <message>
            <source>Bedtime Companion could not open its command socket ({reason}), so starting it again will not reach this copy. Your reminders carry on.</source>
            <translation>Bedtime Companion no pudo abrir su socket de órdenes ({reason}), así que si lo vuelves a abrir no llegará a esta copia. Tus recordatorios siguen funcionando.</translation>
        </message>
        <message>
            <source>Demo: tonight's routine runs at sixty times normal speed, so each reminder appears within a few minutes. Nothing you do here is kept.</source>
            <translation>Demo: la rutina de esta noche va sesenta veces más rápido, así que cada recordatorio aparece en pocos minutos. Nada de lo que hagas aquí se guarda.</translation>
        </message>
        <message>
            <source>bedtime-companion: another copy is running but did not answer; if it is stuck, end it and start again.</source>
            <translation>bedtime-companion: hay otra copia abierta pero no respondió; si se ha quedado colgada, ciérrala y vuelve a empezar.</translation>
        </message>
        <message>
            <source>“{command}” is not available in this version yet.</source>
            <translation>«{command}» aún no está disponible en esta versión.</translation>
        </message>
    </context>
    <context>
        <name>Argparse</name>
        <message>
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>opción ambigua: %(option)s puede ser %(matches)s</translation>
        </message>
        <message>
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>argumento %(argument_name)s: %(message)s</translation>
        </message>
        <message>
            <source>expected at least one argument</source>
            <translation>se esperaba al menos un valor</translation>
        </message>
        <message>
            <source>expected at most one argument</source>
            <translation>se esperaba como mucho un valor</translation>
        </message>
        <message>
            <source>expected one argument</source>
            <translation>se esperaba un valor</translation>
        </message>
        <message>
            <source>ignored explicit argument %r</source>
            <translation>se ignora el valor %r</translation>
        </message>
        <message>
            <source>invalid %(type)s value: %(value)r</source>
            <translation>valor de %(type)s no válido: %(value)r</translation>
        </message>
        <message>
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>opción no válida: %(value)r (elige entre %(choices)s)</translation>
        </message>
        <message>
            <source>not allowed with argument %s</source>
            <translation>no se puede usar junto con %s</translation>
        </message>
        <message>
            <source>one of the arguments %s is required</source>
            <translation>hace falta uno de estos argumentos: %s</translation>
        </message>
        <message>
            <source>the following arguments are required: %s</source>
            <translation>faltan estos argumentos: %s</translation>
        </message>
        <message>
            <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
            <translation>orden desconocida %(parser_name)r (opciones: %(choices)s)</translation>
        </message>
        <message>
            <source>unrecognized arguments: %s</source>
            <translation>argumentos no reconocidos: %s</translation>
        </message>
    </context>
    <context>
        <name>Breathing</name>
        <message>
            <source>Breathe in</source>
            <translation>Inspira</translation>
        </message>
        <message>
            <source>Breathe out</source>
            <translation>Espira</translation>
        </message>
        <message>
            <source>Breathing guide</source>
            <translation>Guía de respiración</translation>
        </message>
        <message>
            <source>Breathing — {app}</source>
            <translation>Respiración — {app}</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Enough for now.</source>
            <translation>Suficiente por ahora.</translation>
        </message>
        <message>
            <source>Enter or Esc closes</source>
            <translation>Intro o Esc para cerrar</translation>
        </message>
        <message>
            <source>Go on</source>
            <translation>Seguir</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pausa</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>En pausa</translation>
        </message>
        <message>
            <source>Space pause  ·  Esc stop  ·  F full screen</source>
            <translation>Espacio pausa  ·  Esc parar  ·  F pantalla completa</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Parar</translation>
        </message>
        <message>
            <source>Stopped before the first minute. Any slow breath helps.</source>
            <translation>Paraste antes del primer minuto. Cualquier respiración lenta ayuda.</translation>
        </message>
        <message>
            <source>Well done.</source>
            <translation>Muy bien.</translation>
        </message>
        <message numerus="yes">
            <source>You breathed slowly for %n minutes of the {planned} minutes you chose.</source>
            <translation>
                <numerusform>Respiraste despacio %n minuto de los {planned} minutos que elegiste.</numerusform>
                <numerusform>Respiraste despacio %n minutos de los {planned} minutos que elegiste.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>You breathed slowly for %n minutes.</source>
            <translation>
                <numerusform>Respiraste despacio %n minuto.</numerusform>
                <numerusform>Respiraste despacio %n minutos.</numerusform>
            </translation>
        </message>
        <message>
            <source>{time} left</source>
            <comment>the countdown, e.g. 4:50 left</comment>
            <translation>Quedan {time}</translation>
        </message>
    </context>
    <context>
        <name>Cards</name>
        <message numerus="yes">
            <source>Snooze %n min</source>
            <translation>
                <numerusform>Más tarde (%n min)</numerusform>
                <numerusform>Más tarde (%n min)</numerusform>
            </translation>
        </message>
        <message>
            <source>This one can't wait any longer tonight.</source>
            <translation>Esto ya no puede esperar más esta noche.</translation>
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
            <translation>0 nada</translation>
        </message>
        <message>
            <source>10 worst</source>
            <translation>10 lo peor</translation>
        </message>
        <message>
            <source>7-night average</source>
            <translation>Media de 7 noches</translation>
        </message>
        <message>
            <source>No start times recorded in this period</source>
            <translation>No hay horas de inicio anotadas en este periodo</translation>
        </message>
        <message>
            <source>Nothing logged in this period</source>
            <translation>No hay nada anotado en este periodo</translation>
        </message>
        <message>
            <source>When the legs started each night (clock time), with the 7-night median</source>
            <translation>Cuándo empezaron las piernas cada noche (hora del reloj), con la mediana de 7 noches</translation>
        </message>
        <message>
            <source>each night</source>
            <translation>cada noche</translation>
        </message>
    </context>
    <context>
        <name>Checkin</name>
        <message>
            <source>Add tag</source>
            <translation>Añadir etiqueta</translation>
        </message>
        <message>
            <source>Answer what you remember. Anything can be left blank.</source>
            <translation>Responde lo que recuerdes. Puedes dejar cualquier cosa en blanco.</translation>
        </message>
        <message>
            <source>Anything else worth remembering about this night</source>
            <translation>Algo más que valga la pena recordar de esta noche</translation>
        </message>
        <message>
            <source>From the evening routine</source>
            <translation>De la rutina de la noche</translation>
        </message>
        <message>
            <source>How was the night?</source>
            <translation>¿Qué tal la noche?</translation>
        </message>
        <message>
            <source>Legs started at</source>
            <translation>Las piernas empezaron a las</translation>
        </message>
        <message>
            <source>Lights dimmed</source>
            <translation>Luces bajadas</translation>
        </message>
        <message>
            <source>Lights dimmed at {time}</source>
            <translation>Luces bajadas a las {time}</translation>
        </message>
        <message>
            <source>Lights not dimmed</source>
            <translation>Luces sin bajar</translation>
        </message>
        <message>
            <source>Lights out</source>
            <translation>Luz apagada</translation>
        </message>
        <message>
            <source>Lights out at {time}</source>
            <translation>Luz apagada a las {time}</translation>
        </message>
        <message>
            <source>Magnesium</source>
            <translation>Magnesio</translation>
        </message>
        <message>
            <source>Magnesium at {time}</source>
            <translation>Magnesio a las {time}</translation>
        </message>
        <message>
            <source>Magnesium {dose} mg</source>
            <translation>Magnesio {dose} mg</translation>
        </message>
        <message>
            <source>Magnesium {dose} mg at {time}</source>
            <translation>Magnesio {dose} mg a las {time}</translation>
        </message>
        <message>
            <source>More details</source>
            <translation>Más detalles</translation>
        </message>
        <message>
            <source>Morning check-in — night of {date}</source>
            <translation>Registro matutino — noche del {date}</translation>
        </message>
        <message>
            <source>New tag</source>
            <translation>Nueva etiqueta</translation>
        </message>
        <message>
            <source>New tag name</source>
            <translation>Nombre de la etiqueta</translation>
        </message>
        <message>
            <source>Night of {date}</source>
            <translation>Noche del {date}</translation>
        </message>
        <message>
            <source>No magnesium</source>
            <translation>Sin magnesio</translation>
        </message>
        <message>
            <source>No stretches</source>
            <translation>Sin estiramientos</translation>
        </message>
        <message>
            <source>No tags yet: add your own, like “late dinner” or “long walk”.</source>
            <translation>Aún no hay etiquetas: añade las tuyas, como «cena tarde» o «paseo largo».</translation>
        </message>
        <message>
            <source>Not saved: {reason}</source>
            <translation>No se guardó: {reason}</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Problem with {field}</source>
            <translation>Problema con {field}</translation>
        </message>
        <message>
            <source>Save (Enter; Ctrl+Enter from the note)</source>
            <translation>Guardar (Intro; Ctrl+Intro desde la nota)</translation>
        </message>
        <message>
            <source>Save is off until the answer in red is fixed.</source>
            <translation>No se puede guardar hasta corregir la respuesta en rojo.</translation>
        </message>
        <message>
            <source>Stretched</source>
            <translation>Estiramientos hechos</translation>
        </message>
        <message>
            <source>Stretches {done} holds</source>
            <translation>Estiramientos: {done} tramos</translation>
        </message>
        <message>
            <source>Stretches {done}/{planned} holds</source>
            <translation>Estiramientos: {done}/{planned} tramos</translation>
        </message>
        <message>
            <source>Tag: {name}</source>
            <translation>Etiqueta: {name}</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Etiquetas</translation>
        </message>
        <message>
            <source>The day before</source>
            <translation>El día anterior</translation>
        </message>
        <message>
            <source>The evening routine recorded nothing this night.</source>
            <translation>La rutina de la noche no anotó nada esta noche.</translation>
        </message>
        <message>
            <source>The night</source>
            <translation>La noche</translation>
        </message>
        <message>
            <source>not answered</source>
            <translation>sin respuesta</translation>
        </message>
        <message>
            <source>{question}: {number}</source>
            <translation>{question}: {number}</translation>
        </message>
        <message>
            <source>{step} at {time}</source>
            <translation>{step} a las {time}</translation>
        </message>
        <message>
            <source>{step} missed</source>
            <translation>{step}: no se hizo</translation>
        </message>
        <message>
            <source>{step} partly done</source>
            <translation>{step}: a medias</translation>
        </message>
        <message>
            <source>{step} skipped</source>
            <translation>{step}: omitido</translation>
        </message>
        <message>
            <source>{step}: no answer</source>
            <translation>{step}: sin respuesta</translation>
        </message>
        <message>
            <source>{value} of {highest}</source>
            <comment>a scale's answer</comment>
            <translation>{value} de {highest}</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>--data-dir: is empty; give a folder</source>
            <translation>--data-dir: está vacío; indica una carpeta</translation>
        </message>
        <message>
            <source>A gentle tray companion for an evening routine against restless legs.</source>
            <translation>Un acompañante tranquilo en la bandeja para una rutina de noche contra las piernas inquietas.</translation>
        </message>
        <message>
            <source>Episode at {time} recorded for the night of {night}</source>
            <translation>Episodio a las {time} anotado en la noche del {night}</translation>
        </message>
        <message>
            <source>Episode at {time} recorded for the night of {night}; relief: {relief}</source>
            <translation>Episodio a las {time} anotado en la noche del {night}; alivio: {relief}</translation>
        </message>
        <message numerus="yes">
            <source>It covers the last %n nights.</source>
            <translation>
                <numerusform>Abarca %n noche, la más reciente.</numerusform>
                <numerusform>Abarca las últimas %n noches.</numerusform>
            </translation>
        </message>
        <message>
            <source>No lab results recorded.</source>
            <translation>No hay análisis anotados.</translation>
        </message>
        <message>
            <source>No medicines recorded.</source>
            <translation>No hay medicamentos anotados.</translation>
        </message>
        <message>
            <source>Recorded: {name} stopped on {day}</source>
            <translation>Anotado: {name} dejado el {day}</translation>
        </message>
        <message>
            <source>Recorded: {record}</source>
            <translation>Anotado: {record}</translation>
        </message>
        <message>
            <source>Seed {seed}; {label}.</source>
            <translation>Semilla {seed}; {label}.</translation>
        </message>
        <message>
            <source>TSAT {value} %</source>
            <translation>TSAT {value} %</translation>
        </message>
        <message>
            <source>Tonight ({night}) is outside the experiment.</source>
            <translation>Esta noche ({night}) queda fuera del experimento.</translation>
        </message>
        <message>
            <source>Tonight ({night}): {factor} OFF (no reminder).</source>
            <translation>Esta noche ({night}): {factor} DESACTIVADO (sin recordatorio).</translation>
        </message>
        <message>
            <source>Tonight ({night}): {factor} on.</source>
            <translation>Esta noche ({night}): {factor} activado.</translation>
        </message>
        <message>
            <source>With no command, starts the tray app (or shows the one already running).</source>
            <translation>Sin orden, abre la aplicación en la bandeja (o muestra la que ya está abierta).</translation>
        </message>
        <message numerus="yes">
            <source>Wrote {file} (%n pages).</source>
            <translation>
                <numerusform>Se ha escrito {file} (%n página).</numerusform>
                <numerusform>Se ha escrito {file} (%n páginas).</numerusform>
            </translation>
        </message>
        <message>
            <source>a note for the night</source>
            <translation>una nota sobre la noche</translation>
        </message>
        <message>
            <source>a printable PDF summary for your clinician</source>
            <translation>un resumen en PDF para imprimir y llevar a tu médico o médica</translation>
        </message>
        <message>
            <source>a randomised on/off test of one routine step: plan, status, report</source>
            <translation>una prueba aleatoria con y sin un paso de la rutina: plan, status, report</translation>
        </message>
        <message>
            <source>a tag (repeatable)</source>
            <translation>una etiqueta (se puede repetir)</translation>
        </message>
        <message>
            <source>a whole number (default: drawn and printed)</source>
            <translation>un número entero (por defecto: se sortea y se muestra)</translation>
        </message>
        <message>
            <source>add the app to your application menu</source>
            <translation>añade la aplicación al menú de aplicaciones</translation>
        </message>
        <message>
            <source>an even number of blocks</source>
            <translation>un número par de bloques</translation>
        </message>
        <message>
            <source>cannot write the output: {cause}</source>
            <translation>no se puede escribir la salida: {cause}</translation>
        </message>
        <message>
            <source>check this installation offscreen (resources, journal, plan, windows) and exit</source>
            <translation>comprueba esta instalación sin pantalla (recursos, diario, plan, ventanas) y sale</translation>
        </message>
        <message>
            <source>create or update one night of the journal</source>
            <translation>crea o actualiza una noche del diario</translation>
        </message>
        <message>
            <source>csv (the default) or json</source>
            <translation>csv (por defecto) o json</translation>
        </message>
        <message>
            <source>default mg</source>
            <translation>mg por defecto</translation>
        </message>
        <message>
            <source>draw a randomised on/off schedule and keep it</source>
            <translation>sortea un calendario aleatorio de noches con y sin, y lo guarda</translation>
        </message>
        <message>
            <source>every iron test recorded</source>
            <translation>todos los análisis de hierro anotados</translation>
        </message>
        <message>
            <source>every medicine course recorded</source>
            <translation>todos los tratamientos con medicamentos anotados</translation>
        </message>
        <message>
            <source>experiment {action}: no experiment planned yet (see `plan`)</source>
            <translation>experiment {action}: aún no hay ningún experimento planeado (ver `plan`)</translation>
        </message>
        <message>
            <source>ferritin in µg/L (= ng/mL)</source>
            <translation>ferritina en µg/L (= ng/mL)</translation>
        </message>
        <message>
            <source>ferritin {value} µg/L (ng/mL)</source>
            <translation>ferritina {value} µg/L (ng/mL)</translation>
        </message>
        <message>
            <source>import our CSV/JSON export or a Sleep as Android export</source>
            <translation>importa nuestra exportación CSV/JSON o una exportación de Sleep as Android</translation>
        </message>
        <message>
            <source>iron test results: add, list</source>
            <translation>resultados de análisis de hierro: add, list</translation>
        </message>
        <message>
            <source>is not something the journal records</source>
            <translation>no es algo que el diario anote</translation>
        </message>
        <message>
            <source>it is closed</source>
            <translation>está cerrada</translation>
        </message>
        <message>
            <source>keep all settings, the journal and backups in DIR (also: environment variable BEDTIME_COMPANION_HOME)</source>
            <translation>guarda todos los ajustes, el diario y las copias de seguridad en DIR (también: variable de entorno BEDTIME_COMPANION_HOME)</translation>
        </message>
        <message>
            <source>machine-readable output</source>
            <translation>salida legible por máquina</translation>
        </message>
        <message>
            <source>magnesium, stretch, lights or custom:&lt;id&gt;</source>
            <translation>magnesium, stretch, lights o custom:&lt;id&gt;</translation>
        </message>
        <message>
            <source>med stop: --name: no course of {name} that started by {day} is still open (see `med list`)</source>
            <translation>med stop: --name: no hay ningún tratamiento con {name} empezado hasta el {day} que siga abierto (ver `med list`)</translation>
        </message>
        <message>
            <source>medicine courses: add, list, stop</source>
            <translation>tratamientos con medicamentos: add, list, stop</translation>
        </message>
        <message>
            <source>nights (default 30)</source>
            <translation>noches (por defecto 30)</translation>
        </message>
        <message>
            <source>nights per block</source>
            <translation>noches por bloque</translation>
        </message>
        <message>
            <source>open the guided stretches now</source>
            <translation>abre ahora los estiramientos guiados</translation>
        </message>
        <message>
            <source>open the journal</source>
            <translation>abre el diario</translation>
        </message>
        <message>
            <source>open the morning check-in</source>
            <translation>abre el registro matutino</translation>
        </message>
        <message>
            <source>options</source>
            <translation>opciones</translation>
        </message>
        <message>
            <source>per pair and overall: the outcome difference</source>
            <translation>por pareja y en total: la diferencia en el resultado</translation>
        </message>
        <message>
            <source>permission denied</source>
            <translation>permiso denegado</translation>
        </message>
        <message>
            <source>positional arguments</source>
            <translation>argumentos posicionales</translation>
        </message>
        <message>
            <source>print a night's plan: each step and its time</source>
            <translation>muestra el plan de una noche: cada paso y su hora</translation>
        </message>
        <message>
            <source>record a medicine course (name, dose, dates)</source>
            <translation>anota un tratamiento con un medicamento (nombre, dosis, fechas)</translation>
        </message>
        <message>
            <source>record an iron test result</source>
            <translation>anota un resultado de análisis de hierro</translation>
        </message>
        <message>
            <source>record restless legs in the night, now or --at HH:MM</source>
            <translation>anota piernas inquietas durante la noche, ahora o con --at HH:MM</translation>
        </message>
        <message>
            <source>record the last day of a medicine course</source>
            <translation>anota el último día de un tratamiento con un medicamento</translation>
        </message>
        <message>
            <source>remove what install-desktop added</source>
            <translation>quita lo que añadió install-desktop</translation>
        </message>
        <message>
            <source>run a whole evening at 60x speed on a throw-away data dir, to see every reminder</source>
            <translation>ejecuta una noche entera a 60x en una carpeta de datos desechable, para ver cada recordatorio</translation>
        </message>
        <message>
            <source>say what would change; write nothing</source>
            <translation>indica qué cambiaría; no escribe nada</translation>
        </message>
        <message>
            <source>show the version and exit</source>
            <translation>muestra la versión y sale</translation>
        </message>
        <message>
            <source>show this help and exit</source>
            <translation>muestra esta ayuda y sale</translation>
        </message>
        <message>
            <source>standard output is closed; nothing was written</source>
            <translation>la salida estándar está cerrada; no se escribió nada</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>el disco está lleno</translation>
        </message>
        <message>
            <source>the disk is read-only</source>
            <translation>el disco es de solo lectura</translation>
        </message>
        <message>
            <source>the disk quota is used up</source>
            <translation>se ha agotado la cuota de disco</translation>
        </message>
        <message>
            <source>the dose each time, e.g. 0.25</source>
            <translation>la dosis de cada toma, p. ej. 0.25</translation>
        </message>
        <message>
            <source>the first night</source>
            <translation>la primera noche</translation>
        </message>
        <message>
            <source>the journal could not be used: {cause}</source>
            <translation>no se pudo usar el diario: {cause}</translation>
        </message>
        <message>
            <source>the last day (leave out: still taking)</source>
            <translation>el último día (omítelo si aún lo tomas)</translation>
        </message>
        <message>
            <source>the night (default: tonight)</source>
            <translation>la noche (por defecto: esta noche)</translation>
        </message>
        <message>
            <source>the night to log</source>
            <translation>la noche que se anota</translation>
        </message>
        <message>
            <source>the schedule, tonight's block and the results</source>
            <translation>el calendario, el bloque de esta noche y los resultados</translation>
        </message>
        <message>
            <source>the usual time of day</source>
            <translation>la hora habitual del día</translation>
        </message>
        <message>
            <source>transferrin saturation in %%</source>
            <translation>saturación de transferrina en %%</translation>
        </message>
        <message>
            <source>usage: </source>
            <comment>the start of a command's help; keep the space</comment>
            <translation>uso: </translation>
        </message>
        <message>
            <source>use this bedtime instead of the setting</source>
            <translation>usa esta hora de acostarse en vez de la de los ajustes</translation>
        </message>
        <message>
            <source>warning: {problem}</source>
            <translation>aviso: {problem}</translation>
        </message>
        <message>
            <source>what you did for relief</source>
            <translation>lo que hiciste para aliviarte</translation>
        </message>
        <message>
            <source>when it began (default: now)</source>
            <translation>cuándo empezó (por defecto: ahora)</translation>
        </message>
        <message>
            <source>when it was taken</source>
            <translation>cuándo se tomó</translation>
        </message>
        <message>
            <source>write the whole journal (to stdout by default)</source>
            <translation>escribe el diario entero (por defecto en stdout)</translation>
        </message>
        <message>
            <source>write to this file (private, 0600)</source>
            <translation>escribe en este archivo (privado, 0600)</translation>
        </message>
        <message>
            <source>{cause} ({file})</source>
            <comment>a problem and the file it is about</comment>
            <translation>{cause} ({file})</translation>
        </message>
        <message>
            <source>{flag}: cannot write {file}: {cause}</source>
            <translation>{flag}: no se puede escribir {file}: {cause}</translation>
        </message>
        <message>
            <source>{flag}: is not valid UTF-8 text</source>
            <translation>{flag}: no es texto UTF-8 válido</translation>
        </message>
        <message>
            <source>{flag}: {value} is not a clock time like 21:30</source>
            <translation>{flag}: {value} no es una hora como 21:30</translation>
        </message>
        <message>
            <source>{flag}: {value} is not a date like 2026-03-07</source>
            <translation>{flag}: {value} no es una fecha como 2026-03-07</translation>
        </message>
        <message>
            <source>{flag}: {value} is not a number like 0.25</source>
            <translation>{flag}: {value} no es un número como 0.25</translation>
        </message>
        <message>
            <source>{flag}: {value} is not a whole number</source>
            <translation>{flag}: {value} no es un número entero</translation>
        </message>
        <message>
            <source>{flag}: {value} is outside the years {first}–{last}</source>
            <translation>{flag}: {value} está fuera de los años {first}–{last}</translation>
        </message>
        <message>
            <source>{name} {dose} {unit} at {time}, since {start} (still taking)</source>
            <translation>{name} {dose} {unit} a las {time}, desde el {start} (aún lo tomas)</translation>
        </message>
        <message>
            <source>{name} {dose} {unit} at {time}, {start} to {end}</source>
            <translation>{name} {dose} {unit} a las {time}, del {start} al {end}</translation>
        </message>
        <message>
            <source>{name} {dose} {unit}, since {start} (still taking)</source>
            <translation>{name} {dose} {unit}, desde el {start} (aún lo tomas)</translation>
        </message>
        <message>
            <source>{name} {dose} {unit}, {start} to {end}</source>
            <translation>{name} {dose} {unit}, del {start} al {end}</translation>
        </message>
        <message>
            <source>{value} is not a time like 22:30</source>
            <translation>{value} no es una hora como 22:30</translation>
        </message>
        <message>
            <source>{value} is not a whole number of nights</source>
            <translation>{value} no es un número entero de noches</translation>
        </message>
    </context>
    <context>
        <name>Cues</name>
        <message>
            <source>All done.</source>
            <translation>Ya está.</translation>
        </message>
        <message>
            <source>Get ready for the {stretch}.</source>
            <translation>Prepárate: {stretch}.</translation>
        </message>
        <message>
            <source>Switch to the left leg.</source>
            <translation>Cambia a la pierna izquierda.</translation>
        </message>
        <message>
            <source>Switch to the right leg.</source>
            <translation>Cambia a la pierna derecha.</translation>
        </message>
        <message numerus="yes">
            <source>{Stretch}, left leg. Hold for %n seconds.</source>
            <translation>
                <numerusform>{Stretch}, pierna izquierda. Mantén %n segundos.</numerusform>
                <numerusform>{Stretch}, pierna izquierda. Mantén %n segundos.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{Stretch}, right leg. Hold for %n seconds.</source>
            <translation>
                <numerusform>{Stretch}, pierna derecha. Mantén %n segundos.</numerusform>
                <numerusform>{Stretch}, pierna derecha. Mantén %n segundos.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{Stretch}. Hold for %n seconds.</source>
            <translation>
                <numerusform>{Stretch}. Mantén %n segundos.</numerusform>
                <numerusform>{Stretch}. Mantén %n segundos.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Dates</name>
        <message>
            <source>Apr</source>
            <translation>abr</translation>
        </message>
        <message>
            <source>Aug</source>
            <translation>ago</translation>
        </message>
        <message>
            <source>Dec</source>
            <translation>dic</translation>
        </message>
        <message>
            <source>Feb</source>
            <translation>feb</translation>
        </message>
        <message>
            <source>Friday</source>
            <translation>viernes</translation>
        </message>
        <message>
            <source>Jan</source>
            <translation>ene</translation>
        </message>
        <message>
            <source>Jul</source>
            <translation>jul</translation>
        </message>
        <message>
            <source>Jun</source>
            <translation>jun</translation>
        </message>
        <message>
            <source>Mar</source>
            <translation>mar</translation>
        </message>
        <message>
            <source>May</source>
            <translation>may</translation>
        </message>
        <message>
            <source>Monday</source>
            <translation>lunes</translation>
        </message>
        <message>
            <source>Nov</source>
            <translation>nov</translation>
        </message>
        <message>
            <source>Oct</source>
            <translation>oct</translation>
        </message>
        <message>
            <source>Saturday</source>
            <translation>sábado</translation>
        </message>
        <message>
            <source>Sep</source>
            <translation>sept</translation>
        </message>
        <message>
            <source>Sunday</source>
            <translation>domingo</translation>
        </message>
        <message>
            <source>Thursday</source>
            <translation>jueves</translation>
        </message>
        <message>
            <source>Tuesday</source>
            <translation>martes</translation>
        </message>
        <message>
            <source>Wednesday</source>
            <translation>miércoles</translation>
        </message>
        <message>
            <source>{day} {month}</source>
            <comment>a day of the month and a short month name</comment>
            <translation>{day} {month}</translation>
        </message>
        <message>
            <source>{first} to {last}</source>
            <translation>{first} a {last}</translation>
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
            <translation>Noche del {weekday} {date}</translation>
        </message>
        <message>
            <source>Tag: {name}</source>
            <translation>Etiqueta: {name}</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>sí</translation>
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
            <translation>Frío o calor</translation>
        </message>
        <message>
            <source>In your own words (optional)</source>
            <translation>Con tus palabras (opcional)</translation>
        </message>
        <message>
            <source>Key {key} or {number}</source>
            <translation>Tecla {key} o {number}</translation>
        </message>
        <message>
            <source>Legs restless now</source>
            <translation>Piernas inquietas ahora</translation>
        </message>
        <message>
            <source>Legs restless now — {app}</source>
            <translation>Piernas inquietas ahora — {app}</translation>
        </message>
        <message>
            <source>Massage</source>
            <translation>Masaje</translation>
        </message>
        <message>
            <source>Not saved: {reason}</source>
            <translation>No se guardó: {reason}</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Otra cosa</translation>
        </message>
        <message>
            <source>Press a letter for what you did, then Enter. Everything else is optional.</source>
            <translation>Pulsa una letra para lo que hiciste y luego Intro. Todo lo demás es opcional.</translation>
        </message>
        <message>
            <source>Started at</source>
            <translation>Empezó a las</translation>
        </message>
        <message>
            <source>Stretched</source>
            <translation>Estiré</translation>
        </message>
        <message>
            <source>Walked</source>
            <translation>Caminé</translation>
        </message>
        <message>
            <source>What I did</source>
            <translation>Lo que hice</translation>
        </message>
        <message>
            <source>What helped, in your own words</source>
            <translation>Lo que ayudó, con tus palabras</translation>
        </message>
        <message>
            <source>When it started</source>
            <translation>Cuándo empezó</translation>
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
                <numerusform>Experimento: {factor}, {blocks} bloques de %n noche del {start} al {end} (semilla {seed})</numerusform>
                <numerusform>Experimento: {factor}, {blocks} bloques de %n noches del {start} al {end} (semilla {seed})</numerusform>
            </translation>
        </message>
        <message>
            <source>Outcome: {outcome} (difference = step on − step off)</source>
            <translation>Resultado: {outcome} (diferencia = con el paso − sin el paso)</translation>
        </message>
        <message>
            <source>Overall: mean difference {mean}</source>
            <translation>En total: diferencia media {mean}</translation>
        </message>
        <message>
            <source>Overall: mean difference {mean} (95 % interval {low} to {high})</source>
            <translation>En total: diferencia media {mean} (intervalo del 95 % de {low} a {high})</translation>
        </message>
        <message>
            <source>Pair {pair}, block {block}: {first} to {last}: {factor} OFF (no reminder)</source>
            <translation>Pareja {pair}, bloque {block}: {first} a {last}: {factor} DESACTIVADO (sin recordatorio)</translation>
        </message>
        <message>
            <source>Pair {pair}, block {block}: {first} to {last}: {factor} on</source>
            <translation>Pareja {pair}, bloque {block}: {first} a {last}: {factor} activado</translation>
        </message>
        <message>
            <source>Pair {pair}: on {on}, off {off}, difference {difference}</source>
            <translation>Pareja {pair}: con {on}, sin {off}, diferencia {difference}</translation>
        </message>
        <message>
            <source>This is {label}.</source>
            <translation>Esto es {label}.</translation>
        </message>
        <message>
            <source>not enough nights</source>
            <translation>no hay noches suficientes</translation>
        </message>
        <message>
            <source>unblinded; a test of your own routine, not a medical trial</source>
            <translation>sin cegamiento; una prueba de tu propia rutina, no un ensayo médico</translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <source>Bedtime Companion CSV</source>
            <translation>CSV de Bedtime Companion</translation>
        </message>
        <message>
            <source>Bedtime Companion JSON</source>
            <translation>JSON de Bedtime Companion</translation>
        </message>
        <message>
            <source>Dry run: nothing was written.</source>
            <translation>Prueba: no se escribió nada.</translation>
        </message>
        <message>
            <source>Medicines, lab results and episodes: added {records}.</source>
            <translation>Medicamentos, análisis y episodios: añadidos {records}.</translation>
        </message>
        <message>
            <source>Medicines, lab results and episodes: would add {records}.</source>
            <translation>Medicamentos, análisis y episodios: se añadirían {records}.</translation>
        </message>
        <message>
            <source>Routine events: added {events}. New tags: added {tags}.</source>
            <translation>Eventos de la rutina: añadidos {events}. Etiquetas nuevas: añadidas {tags}.</translation>
        </message>
        <message>
            <source>Routine events: would add {events}. New tags: would add {tags}.</source>
            <translation>Eventos de la rutina: se añadirían {events}. Etiquetas nuevas: se añadirían {tags}.</translation>
        </message>
        <message>
            <source>Sleep as Android export</source>
            <translation>Exportación de Sleep as Android</translation>
        </message>
        <message numerus="yes">
            <source>a number of %n digits is too long to be a value</source>
            <translation>
                <numerusform>un número de %n cifra es demasiado largo para ser un valor</numerusform>
                <numerusform>un número de %n cifras es demasiado largo para ser un valor</numerusform>
            </translation>
        </message>
        <message>
            <source>a record comes before any header line</source>
            <translation>hay un registro antes de cualquier línea de encabezado</translation>
        </message>
        <message>
            <source>appears twice in the header</source>
            <translation>aparece dos veces en el encabezado</translation>
        </message>
        <message>
            <source>cannot be read: {cause}</source>
            <translation>no se puede leer: {cause}</translation>
        </message>
        <message>
            <source>cannot be unpacked ({cause})</source>
            <translation>no se puede descomprimir ({cause})</translation>
        </message>
        <message>
            <source>each entry must be an object</source>
            <translation>cada entrada debe ser un objeto</translation>
        </message>
        <message>
            <source>each event must be an object</source>
            <translation>cada evento debe ser un objeto</translation>
        </message>
        <message>
            <source>each night must be an object</source>
            <translation>cada noche debe ser un objeto</translation>
        </message>
        <message>
            <source>has no {member} inside</source>
            <translation>no contiene {member}</translation>
        </message>
        <message>
            <source>has {fields} fields where the header has {expected}</source>
            <translation>tiene {fields} campos y el encabezado tiene {expected}</translation>
        </message>
        <message>
            <source>holds no Sleep as Android records</source>
            <translation>no contiene registros de Sleep as Android</translation>
        </message>
        <message>
            <source>is a folder, not a file</source>
            <translation>es una carpeta, no un archivo</translation>
        </message>
        <message>
            <source>is empty</source>
            <translation>está vacío</translation>
        </message>
        <message>
            <source>is empty; use null for not recorded</source>
            <translation>está vacío; usa null para «no anotado»</translation>
        </message>
        <message>
            <source>is encrypted; export it again without a password</source>
            <translation>está cifrado; vuelve a exportarlo sin contraseña</translation>
        </message>
        <message>
            <source>is larger than {size} MB</source>
            <translation>ocupa más de {size} MB</translation>
        </message>
        <message>
            <source>is missing</source>
            <translation>falta</translation>
        </message>
        <message>
            <source>is missing from this record</source>
            <translation>falta en este registro</translation>
        </message>
        <message>
            <source>is missing or not text</source>
            <translation>falta o no es texto</translation>
        </message>
        <message>
            <source>is missing: not a Bedtime Companion export</source>
            <translation>falta: no es una exportación de Bedtime Companion</translation>
        </message>
        <message>
            <source>is not UTF-8 text</source>
            <translation>no es texto UTF-8</translation>
        </message>
        <message>
            <source>is not a Bedtime Companion CSV export (no 'night' column)</source>
            <translation>no es una exportación CSV de Bedtime Companion (no hay columna 'night')</translation>
        </message>
        <message>
            <source>is not a column of a Bedtime Companion export</source>
            <translation>no es una columna de una exportación de Bedtime Companion</translation>
        </message>
        <message>
            <source>is not a night field</source>
            <translation>no es un campo de noche</translation>
        </message>
        <message>
            <source>is not a readable zip archive</source>
            <translation>no es un archivo zip legible</translation>
        </message>
        <message>
            <source>is not a regular file (a device, pipe or socket)</source>
            <translation>no es un archivo normal (es un dispositivo, una tubería o un socket)</translation>
        </message>
        <message>
            <source>is not an event field</source>
            <translation>no es un campo de evento</translation>
        </message>
        <message>
            <source>is not part of the export format</source>
            <translation>no forma parte del formato de exportación</translation>
        </message>
        <message>
            <source>is not valid CSV: {cause}</source>
            <translation>no es un CSV válido: {cause}</translation>
        </message>
        <message>
            <source>is not valid JSON: {cause}</source>
            <translation>no es un JSON válido: {cause}</translation>
        </message>
        <message>
            <source>is too large to be a sleep export</source>
            <translation>es demasiado grande para ser una exportación de sueño</translation>
        </message>
        <message>
            <source>must be a list</source>
            <translation>debe ser una lista</translation>
        </message>
        <message>
            <source>must be a list of tag names</source>
            <translation>debe ser una lista de nombres de etiquetas</translation>
        </message>
        <message>
            <source>must be an object</source>
            <translation>debe ser un objeto</translation>
        </message>
        <message>
            <source>must be {"value": …, "source": …}</source>
            <translation>debe ser {"value": …, "source": …}</translation>
        </message>
        <message>
            <source>nests too deeply to be a journal export</source>
            <translation>tiene demasiados niveles anidados para ser una exportación del diario</translation>
        </message>
        <message>
            <source>source {value} is not one of {choices}</source>
            <translation>la fuente {value} no es una de {choices}</translation>
        </message>
        <message>
            <source>value {value} must be text</source>
            <translation>el valor {value} debe ser texto</translation>
        </message>
        <message>
            <source>{day} is outside the years {first}–{last}</source>
            <translation>{day} está fuera de los años {first}–{last}</translation>
        </message>
        <message numerus="yes">
            <source>{kind}: added %n nights, changed {changed}, {unchanged} already up to date.</source>
            <translation>
                <numerusform>{kind}: añadida %n noche, cambiadas {changed}, {unchanged} ya al día.</numerusform>
                <numerusform>{kind}: añadidas %n noches, cambiadas {changed}, {unchanged} ya al día.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{kind}: would add %n nights, would change {changed}, {unchanged} already up to date.</source>
            <translation>
                <numerusform>{kind}: se añadiría %n noche, se cambiarían {changed}, {unchanged} ya al día.</numerusform>
                <numerusform>{kind}: se añadirían %n noches, se cambiarían {changed}, {unchanged} ya al día.</numerusform>
            </translation>
        </message>
        <message>
            <source>{night} appears twice (first on line {first})</source>
            <translation>{night} aparece dos veces (la primera en la línea {first})</translation>
        </message>
        <message>
            <source>{night}: kept the times already in the journal ({problem} with the imported ones).</source>
            <translation>{night}: se mantuvieron las horas que ya había en el diario ({problem} con las importadas).</translation>
        </message>
        <message numerus="yes">
            <source>{start}… (%n characters)</source>
            <translation>
                <numerusform>{start}… (%n carácter)</numerusform>
                <numerusform>{start}… (%n caracteres)</numerusform>
            </translation>
        </message>
        <message>
            <source>{value} is not 0–48 h</source>
            <translation>{value} no está entre 0 y 48 h</translation>
        </message>
        <message>
            <source>{value} is not 0–5</source>
            <translation>{value} no está entre 0 y 5</translation>
        </message>
        <message>
            <source>{value} is not a date and time</source>
            <translation>{value} no es una fecha y hora</translation>
        </message>
        <message>
            <source>{value} is not a date like 2024-03-24</source>
            <translation>{value} no es una fecha como 2024-03-24</translation>
        </message>
        <message>
            <source>{value} is not a known time zone</source>
            <translation>{value} no es una zona horaria conocida</translation>
        </message>
        <message>
            <source>{value} is not a number</source>
            <translation>{value} no es un número</translation>
        </message>
        <message>
            <source>{value} is not a plausible start time</source>
            <translation>{value} no es una hora de inicio creíble</translation>
        </message>
        <message>
            <source>{value} is not a start time in epoch milliseconds</source>
            <translation>{value} no es una hora de inicio en milisegundos de época</translation>
        </message>
        <message>
            <source>{value} is not a step name</source>
            <translation>{value} no es un nombre de paso</translation>
        </message>
        <message>
            <source>{value} is not a tag name</source>
            <translation>{value} no es un nombre de etiqueta</translation>
        </message>
        <message>
            <source>{value} is not a value it can hold</source>
            <translation>{value} no es un valor que admita</translation>
        </message>
        <message>
            <source>{value} is not a version number</source>
            <translation>{value} no es un número de versión</translation>
        </message>
        <message>
            <source>{value} is not a whole number</source>
            <translation>{value} no es un número entero</translation>
        </message>
        <message>
            <source>{value} is not one of {choices} or null</source>
            <translation>{value} no es uno de {choices} ni null</translation>
        </message>
        <message>
            <source>{value} is not true or false</source>
            <translation>{value} no es true ni false</translation>
        </message>
        <message>
            <source>{value} is too long to be a value</source>
            <translation>{value} es demasiado largo para ser un valor</translation>
        </message>
        <message>
            <source>{value} must be text</source>
            <translation>{value} debe ser texto</translation>
        </message>
        <message>
            <source>{value} starts a night the app cannot show ({cause})</source>
            <translation>{value} empieza una noche que la aplicación no puede mostrar ({cause})</translation>
        </message>
        <message>
            <source>{version} comes from a newer version of the app (this one reads up to {latest})</source>
            <translation>{version} viene de una versión más nueva de la aplicación (esta lee hasta la {latest})</translation>
        </message>
    </context>
    <context>
        <name>Insights</name>
        <message>
            <source> nights</source>
            <comment>after a number of 7 or more</comment>
            <translation> noches</translation>
        </message>
        <message>
            <source>&amp;Compare on</source>
            <comment>compare the nights on an outcome</comment>
            <translation>&amp;Comparar por</translation>
        </message>
        <message>
            <source>&amp;Details</source>
            <translation>&amp;Detalles</translation>
        </message>
        <message>
            <source>&amp;over</source>
            <comment>over a number of nights</comment>
            <translation>&amp;en</translation>
        </message>
        <message>
            <source>19 °C or cooler</source>
            <translation>19 °C o menos</translation>
        </message>
        <message>
            <source>A comparison of your own nights, not proof.</source>
            <translation>Una comparación de tus propias noches, no una prueba.</translation>
        </message>
        <message>
            <source>Alcohol</source>
            <translation>Alcohol</translation>
        </message>
        <message>
            <source>All nights</source>
            <translation>Todas las noches</translation>
        </message>
        <message>
            <source>Asleep in</source>
            <translation>Hasta dormirse</translation>
        </message>
        <message>
            <source>Asleep in bed</source>
            <translation>Sueño en la cama</translation>
        </message>
        <message>
            <source>Average with</source>
            <translation>Media con</translation>
        </message>
        <message>
            <source>Average without</source>
            <translation>Media sin</translation>
        </message>
        <message>
            <source>Baseline nights</source>
            <translation>Noches de referencia</translation>
        </message>
        <message>
            <source>Before and after is not a controlled trial: seasons, stress and simply paying attention change over a month as well.</source>
            <translation>Un antes y después no es un ensayo controlado: las estaciones, el estrés y el simple hecho de prestar atención también cambian en un mes.</translation>
        </message>
        <message>
            <source>Before: average (median)</source>
            <translation>Antes: media (mediana)</translation>
        </message>
        <message>
            <source>Before: nights</source>
            <translation>Antes: noches</translation>
        </message>
        <message>
            <source>Before: {before}
During: {during}</source>
            <translation>Antes: {before}
Durante: {during}</translation>
        </message>
        <message>
            <source>Caffeine after noon</source>
            <translation>Cafeína por la tarde</translation>
        </message>
        <message>
            <source>Cliff's δ</source>
            <translation>δ de Cliff</translation>
        </message>
        <message>
            <source>Compare</source>
            <comment>Compare … before it with …</comment>
            <translation>Comparar</translation>
        </message>
        <message>
            <source>Cool bedroom</source>
            <translation>Dormitorio fresco</translation>
        </message>
        <message>
            <source>Details: the numbers behind the bars</source>
            <translation>Detalles: los números detrás de las barras</translation>
        </message>
        <message>
            <source>Difference (95 % interval)</source>
            <translation>Diferencia (intervalo del 95 %)</translation>
        </message>
        <message>
            <source>During: average (median)</source>
            <translation>Durante: media (mediana)</translation>
        </message>
        <message>
            <source>During: nights</source>
            <translation>Durante: noches</translation>
        </message>
        <message>
            <source>Each bar sets your nights with a factor against your nights without it. A bar to the right: those nights went better; to the left: worse; a dot: no clear difference. {not_proof}</source>
            <translation>Cada barra compara tus noches con un factor y tus noches sin él. Barra a la derecha: esas noches fueron mejor; a la izquierda: peor; un punto: sin diferencia clara. {not_proof}</translation>
        </message>
        <message>
            <source>Exercise</source>
            <translation>Ejercicio</translation>
        </message>
        <message>
            <source>Experiment results</source>
            <translation>Resultados del experimento</translation>
        </message>
        <message>
            <source>Factor</source>
            <translation>Factor</translation>
        </message>
        <message>
            <source>Factor comparisons</source>
            <translation>Comparación de factores</translation>
        </message>
        <message>
            <source>Factors travel together: a stressful week may also bring coffee, wine and late nights, so any one of them can look guilty for the others.</source>
            <translation>Los factores van juntos: una semana de estrés también puede traer café, vino y noches tardías, así que cualquiera de ellos puede parecer culpable por los demás.</translation>
        </message>
        <message>
            <source>Grey rows have fewer than {count} nights on one side: {not_enough}. The 95 % interval is the range the difference most likely lies in; a bar shows only when the whole range is on one side of zero. Cliff's δ (the bar's length) runs from −1 (every night with it lower) to +1 (every night higher).</source>
            <translation>Las filas grises tienen menos de {count} noches en un lado: {not_enough}. El intervalo del 95 % es el rango en el que lo más probable es que esté la diferencia; solo se muestra una barra cuando todo el rango queda a un lado del cero. La δ de Cliff (la longitud de la barra) va de −1 (todas las noches con él, más bajas) a +1 (todas, más altas).</translation>
        </message>
        <message>
            <source>I began the &amp;routine on</source>
            <translation>Empecé la &amp;rutina el</translation>
        </message>
        <message>
            <source>I began the routine on</source>
            <translation>Empecé la rutina el</translation>
        </message>
        <message numerus="yes">
            <source>Last %n nights</source>
            <translation>
                <numerusform>Última noche (%n)</numerusform>
                <numerusform>Últimas %n noches</numerusform>
            </translation>
        </message>
        <message>
            <source>Legs</source>
            <translation>Piernas</translation>
        </message>
        <message>
            <source>Lights dimmed</source>
            <translation>Luces bajadas</translation>
        </message>
        <message>
            <source>Magnesium</source>
            <translation>Magnesio</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Medida</translation>
        </message>
        <message>
            <source>Nights compared</source>
            <translation>Noches comparadas</translation>
        </message>
        <message>
            <source>Nights with / without</source>
            <translation>Noches con / sin</translation>
        </message>
        <message>
            <source>No clear difference in {outcome} between {with_label} and {without_label}.</source>
            <translation>Sin diferencia clara en {outcome} entre {with_label} y {without_label}.</translation>
        </message>
        <message>
            <source>No nights in the journal yet.</source>
            <translation>Aún no hay noches en el diario.</translation>
        </message>
        <message>
            <source>Not enough nights yet: each side needs at least {count} nights.</source>
            <translation>Aún no hay noches suficientes: cada lado necesita al menos {count} noches.</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>Quality</source>
            <translation>Calidad</translation>
        </message>
        <message>
            <source>Reading</source>
            <translation>Lectura</translation>
        </message>
        <message>
            <source>Restless legs (0–10)</source>
            <translation>Piernas inquietas (0–10)</translation>
        </message>
        <message numerus="yes">
            <source>Routine done %n nights in a row (best: {best}).</source>
            <translation>
                <numerusform>Rutina hecha %n noche seguida (récord: {best}).</numerusform>
                <numerusform>Rutina hecha %n noches seguidas (récord: {best}).</numerusform>
            </translation>
        </message>
        <message>
            <source>Routine nights</source>
            <translation>Noches con rutina</translation>
        </message>
        <message>
            <source>Sleep quality (1–5)</source>
            <translation>Calidad del sueño (1–5)</translation>
        </message>
        <message>
            <source>Stress</source>
            <translation>Estrés</translation>
        </message>
        <message>
            <source>Stretches</source>
            <translation>Estiramientos</translation>
        </message>
        <message>
            <source>Tag: {name}</source>
            <translation>Etiqueta: {name}</translation>
        </message>
        <message>
            <source>The arrow can point backwards: if you take magnesium because your legs are already restless, magnesium nights will look worse even if it helps.</source>
            <translation>La flecha puede ir al revés: si tomas magnesio porque ya tienes las piernas inquietas, las noches con magnesio parecerán peores aunque te ayude.</translation>
        </message>
        <message>
            <source>This is a comparison of your own nights, not proof that one thing causes another.</source>
            <translation>Esto es una comparación de tus propias noches, no una prueba de que una cosa cause otra.</translation>
        </message>
        <message>
            <source>Time asleep in bed</source>
            <translation>Tiempo dormido en la cama</translation>
        </message>
        <message>
            <source>Time to fall asleep</source>
            <translation>Tiempo hasta dormirse</translation>
        </message>
        <message>
            <source>Try the routine for a month and see what changed. Pick the night you began: the nights after it are set against the same number of nights before. A bar to the right: the routine nights went better; to the left: worse; a dot: no clear difference. {not_proof}</source>
            <translation>Prueba la rutina durante un mes y mira qué cambió. Elige la noche en que empezaste: las noches posteriores se comparan con el mismo número de noches anteriores. Barra a la derecha: las noches con rutina fueron mejor; a la izquierda: peor; un punto: sin diferencia clara. {not_proof}</translation>
        </message>
        <message>
            <source>Whole routine</source>
            <translation>Rutina completa</translation>
        </message>
        <message>
            <source>Whole routine done on {week} of the last 7 nights and {month} of the last 30.</source>
            <translation>Rutina completa hecha {week} de las últimas 7 noches y {month} de las últimas 30.</translation>
        </message>
        <message>
            <source>Whole routine done: {before} of {before_nights} nights before, {during} of {during_nights} nights during.</source>
            <translation>Rutina completa hecha: {before} de {before_nights} noches antes, {during} de {during_nights} noches durante.</translation>
        </message>
        <message>
            <source>after</source>
            <comment>… with [30 nights] after</comment>
            <translation>después</translation>
        </message>
        <message>
            <source>all done</source>
            <translation>todo hecho</translation>
        </message>
        <message>
            <source>any</source>
            <translation>algo</translation>
        </message>
        <message>
            <source>asleep in</source>
            <translation>tiempo hasta dormirse</translation>
        </message>
        <message>
            <source>asleep in bed</source>
            <translation>tiempo dormido en la cama</translation>
        </message>
        <message>
            <source>before</source>
            <comment>the baseline nights, in a sentence</comment>
            <translation>antes</translation>
        </message>
        <message>
            <source>before it with</source>
            <comment>Compare … with …</comment>
            <translation>antes con</translation>
        </message>
        <message>
            <source>better</source>
            <translation>mejor</translation>
        </message>
        <message>
            <source>better →</source>
            <translation>mejor →</translation>
        </message>
        <message>
            <source>done</source>
            <translation>hecho</translation>
        </message>
        <message>
            <source>during</source>
            <comment>the routine nights, in a sentence</comment>
            <translation>durante</translation>
        </message>
        <message>
            <source>high (4–5)</source>
            <translation>alto (4–5)</translation>
        </message>
        <message>
            <source>legs</source>
            <translation>piernas</translation>
        </message>
        <message>
            <source>low (1–3)</source>
            <translation>bajo (1–3)</translation>
        </message>
        <message>
            <source>no clear difference</source>
            <translation>sin diferencia clara</translation>
        </message>
        <message>
            <source>none</source>
            <translation>nada</translation>
        </message>
        <message>
            <source>not all done</source>
            <translation>no todo hecho</translation>
        </message>
        <message>
            <source>not done</source>
            <translation>sin hacer</translation>
        </message>
        <message>
            <source>not enough nights yet</source>
            <translation>aún no hay noches suficientes</translation>
        </message>
        <message>
            <source>not tagged</source>
            <translation>sin etiqueta</translation>
        </message>
        <message>
            <source>quality</source>
            <translation>calidad</translation>
        </message>
        <message>
            <source>some</source>
            <translation>algo</translation>
        </message>
        <message>
            <source>tagged</source>
            <translation>con etiqueta</translation>
        </message>
        <message>
            <source>tends to be better</source>
            <translation>tiende a ser mejor</translation>
        </message>
        <message>
            <source>tends to be worse</source>
            <translation>tiende a ser peor</translation>
        </message>
        <message>
            <source>warmer</source>
            <translation>más cálido</translation>
        </message>
        <message>
            <source>with</source>
            <translation>con</translation>
        </message>
        <message>
            <source>without</source>
            <translation>sin</translation>
        </message>
        <message>
            <source>worse</source>
            <translation>peor</translation>
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
            <translation>{factor}: {with_side} frente a {without_side}</translation>
        </message>
        <message>
            <source>{low} to {high}</source>
            <translation>{low} a {high}</translation>
        </message>
        <message>
            <source>{mean} ({median})</source>
            <comment>an average and its median</comment>
            <translation>{mean} ({median})</translation>
        </message>
        <message>
            <source>{outcome} tended to be better {with_label} ({with_value}) than {without_label} ({without_value}).</source>
            <translation>{outcome}: en general mejor {with_label} ({with_value}) que {without_label} ({without_value}).</translation>
        </message>
        <message>
            <source>{outcome} tended to be worse {with_label} ({with_value}) than {without_label} ({without_value}).</source>
            <translation>{outcome}: en general peor {with_label} ({with_value}) que {without_label} ({without_value}).</translation>
        </message>
        <message>
            <source>{outcome} — higher is better</source>
            <translation>{outcome} — más alto es mejor</translation>
        </message>
        <message>
            <source>{outcome} — lower is better</source>
            <translation>{outcome} — más bajo es mejor</translation>
        </message>
        <message>
            <source>← worse</source>
            <translation>← peor</translation>
        </message>
        <message>
            <source>↓ lower is better, ↑ higher is better. The 95 % interval is the range the difference most likely lies in; Cliff's δ runs from −1 to +1.</source>
            <translation>↓ más bajo es mejor, ↑ más alto es mejor. El intervalo del 95 % es el rango en el que lo más probable es que esté la diferencia; la δ de Cliff va de −1 a +1.</translation>
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
            <translation> noches</translation>
        </message>
        <message numerus="yes">
            <source>%n nights, {dates}</source>
            <translation>
                <numerusform>%n noche, {dates}</numerusform>
                <numerusform>%n noches, {dates}</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Calendar</source>
            <translation>&amp;Calendario</translation>
        </message>
        <message>
            <source>&amp;From</source>
            <comment>the first night shown</comment>
            <translation>&amp;Desde</translation>
        </message>
        <message>
            <source>&amp;List</source>
            <translation>&amp;Lista</translation>
        </message>
        <message>
            <source>&amp;Medicines and tests</source>
            <translation>&amp;Medicamentos y análisis</translation>
        </message>
        <message>
            <source>&amp;What helps me</source>
            <translation>Lo que me &amp;ayuda</translation>
        </message>
        <message>
            <source>30 nights</source>
            <translation>30 noches</translation>
        </message>
        <message>
            <source>365 nights</source>
            <translation>365 noches</translation>
        </message>
        <message>
            <source>90 nights</source>
            <translation>90 noches</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Todo</translation>
        </message>
        <message>
            <source>Any factor</source>
            <translation>Cualquier factor</translation>
        </message>
        <message>
            <source>Any tag</source>
            <translation>Cualquier etiqueta</translation>
        </message>
        <message>
            <source>C&amp;harts</source>
            <translation>&amp;Gráficos</translation>
        </message>
        <message>
            <source>Caveats</source>
            <translation>Advertencias</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>Quitar filtros</translation>
        </message>
        <message>
            <source>Clear the search</source>
            <translation>Borrar la búsqueda</translation>
        </message>
        <message>
            <source>Days of the month</source>
            <translation>Días del mes</translation>
        </message>
        <message>
            <source>E&amp;xperiment</source>
            <translation>E&amp;xperimento</translation>
        </message>
        <message>
            <source>Factor</source>
            <translation>Factor</translation>
        </message>
        <message>
            <source>From</source>
            <comment>the first night shown</comment>
            <translation>Desde</translation>
        </message>
        <message>
            <source>Journal — Bedtime Companion</source>
            <translation>Diario — Bedtime Companion</translation>
        </message>
        <message>
            <source>Legend: restless legs 0 none to 10 worst; check mark: routine done</source>
            <translation>Leyenda: piernas inquietas de 0 nada a 10 lo peor; marca de verificación: rutina hecha</translation>
        </message>
        <message>
            <source>Legs started at (clock time)</source>
            <translation>Las piernas empezaron a las (hora del reloj)</translation>
        </message>
        <message>
            <source>Lights</source>
            <translation>Luces</translation>
        </message>
        <message>
            <source>Magnesium</source>
            <translation>Magnesio</translation>
        </message>
        <message>
            <source>Next month</source>
            <translation>Mes siguiente</translation>
        </message>
        <message>
            <source>Night</source>
            <translation>Noche</translation>
        </message>
        <message>
            <source>Night under the pointer</source>
            <translation>Noche bajo el puntero</translation>
        </message>
        <message>
            <source>Night-time episodes</source>
            <translation>Episodios nocturnos</translation>
        </message>
        <message>
            <source>Nights</source>
            <translation>Noches</translation>
        </message>
        <message>
            <source>Nights by month</source>
            <translation>Noches por mes</translation>
        </message>
        <message>
            <source>Nights in the report</source>
            <translation>Noches en el informe</translation>
        </message>
        <message>
            <source>No nights yet. After your first morning check-in, each night appears here, coloured by how restless your legs were.</source>
            <translation>Aún no hay noches. Después de tu primer registro matutino, cada noche aparecerá aquí, con un color según lo inquietas que estuvieron tus piernas.</translation>
        </message>
        <message>
            <source>No start times recorded in this period</source>
            <translation>No hay horas de inicio anotadas en este periodo</translation>
        </message>
        <message>
            <source>None recorded. Use "Legs restless now…" in the tray menu during the night.</source>
            <translation>No hay ninguno anotado. Usa «Piernas inquietas ahora…» en el menú de la bandeja durante la noche.</translation>
        </message>
        <message>
            <source>Not saved: {reason}</source>
            <translation>No se guardó: {reason}</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <comment>a file type; keep (*.pdf)</comment>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Point at a night (or focus a chart and use ← →) to see its values.</source>
            <translation>Señala una noche (o selecciona un gráfico y usa ← →) para ver sus valores.</translation>
        </message>
        <message>
            <source>Previous month</source>
            <translation>Mes anterior</translation>
        </message>
        <message>
            <source>Read with care</source>
            <translation>Léelo con cuidado</translation>
        </message>
        <message>
            <source>Report covers the last</source>
            <translation>El informe abarca las últimas</translation>
        </message>
        <message>
            <source>Restless legs (0 none … 10 worst)</source>
            <translation>Piernas inquietas (0 nada … 10 lo peor)</translation>
        </message>
        <message>
            <source>Restless legs:</source>
            <comment>the legend of the colours</comment>
            <translation>Piernas inquietas:</translation>
        </message>
        <message>
            <source>Routine</source>
            <translation>Rutina</translation>
        </message>
        <message>
            <source>Routine done each night</source>
            <translation>Rutina hecha cada noche</translation>
        </message>
        <message>
            <source>Routine each evening</source>
            <translation>Rutina de cada noche</translation>
        </message>
        <message>
            <source>Save PDF &amp;report…</source>
            <translation>Guardar &amp;informe PDF…</translation>
        </message>
        <message>
            <source>Save PDF report</source>
            <translation>Guardar informe PDF</translation>
        </message>
        <message>
            <source>Saved the night of {date}.</source>
            <translation>Se guardó la noche del {date}.</translation>
        </message>
        <message>
            <source>Search notes</source>
            <translation>Buscar en las notas</translation>
        </message>
        <message>
            <source>Search notes (Ctrl+F)</source>
            <translation>Buscar en las notas (Ctrl+F)</translation>
        </message>
        <message>
            <source>Show the last</source>
            <translation>Mostrar las últimas</translation>
        </message>
        <message>
            <source>Sleep efficiency (%)</source>
            <translation>Eficiencia del sueño (%)</translation>
        </message>
        <message>
            <source>Sleep quality (1 very poor … 5 very good)</source>
            <translation>Calidad del sueño (1 muy mala … 5 muy buena)</translation>
        </message>
        <message>
            <source>Stretches</source>
            <translation>Estiramientos</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>Etiqueta</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Etiquetas</translation>
        </message>
        <message>
            <source>The journal is empty.</source>
            <translation>El diario está vacío.</translation>
        </message>
        <message>
            <source>The night could not be saved: {reason}</source>
            <translation>No se pudo guardar la noche: {reason}</translation>
        </message>
        <message>
            <source>The report could not be written: {reason}</source>
            <translation>No se pudo escribir el informe: {reason}</translation>
        </message>
        <message>
            <source>Time to fall asleep (minutes)</source>
            <translation>Tiempo hasta dormirse (minutos)</translation>
        </message>
        <message>
            <source>To</source>
            <comment>the last night shown</comment>
            <translation>Hasta</translation>
        </message>
        <message>
            <source>Whole routine: {week} of the last 7 nights, {month} of the last 30 (magnesium {magnesium}, stretches {stretch}, lights dimmed {lights}).</source>
            <translation>Rutina completa: {week} de las últimas 7 noches, {month} de las últimas 30 (magnesio {magnesium}, estiramientos {stretch}, luces bajadas {lights}).</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Año</translation>
        </message>
        <message numerus="yes">
            <source>Your report (%n pages) is saved as {path}.</source>
            <translation>
                <numerusform>Tu informe (%n página) se ha guardado en {path}.</numerusform>
                <numerusform>Tu informe (%n páginas) se ha guardado en {path}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Your symptoms have been starting earlier: in the last week they began at least two hours earlier than eight weeks before. That is worth mentioning to your clinician.</source>
            <translation>Tus síntomas están empezando antes: en la última semana empezaron al menos dos horas antes que hace ocho semanas. Vale la pena comentárselo a tu médico o médica.</translation>
        </message>
        <message>
            <source>blank: nothing recorded</source>
            <translation>en blanco: nada anotado</translation>
        </message>
        <message>
            <source>done</source>
            <comment>a routine step</comment>
            <translation>hecho</translation>
        </message>
        <message>
            <source>dots: each night · line: 7-night median (the middle time)</source>
            <translation>puntos: cada noche · línea: mediana de 7 noches (la hora del medio)</translation>
        </message>
        <message>
            <source>lights done</source>
            <translation>luces: atenuadas</translation>
        </message>
        <message>
            <source>lights not done</source>
            <translation>luces: sin atenuar</translation>
        </message>
        <message>
            <source>lights not recorded</source>
            <translation>luces: sin anotar</translation>
        </message>
        <message>
            <source>magnesium done</source>
            <translation>magnesio: hecho</translation>
        </message>
        <message>
            <source>magnesium not done</source>
            <translation>magnesio: sin hacer</translation>
        </message>
        <message>
            <source>magnesium not recorded</source>
            <translation>magnesio: sin anotar</translation>
        </message>
        <message>
            <source>not done</source>
            <comment>a routine step</comment>
            <translation>sin hacer</translation>
        </message>
        <message>
            <source>nothing noted</source>
            <comment>no relief written down</comment>
            <translation>nada anotado</translation>
        </message>
        <message>
            <source>stretches done</source>
            <translation>estiramientos: hechos</translation>
        </message>
        <message>
            <source>stretches not done</source>
            <translation>estiramientos: sin hacer</translation>
        </message>
        <message>
            <source>stretches not recorded</source>
            <translation>estiramientos: sin anotar</translation>
        </message>
        <message>
            <source>to</source>
            <comment>between two dates</comment>
            <translation>a</translation>
        </message>
        <message>
            <source>whole routine done that evening · plain: nothing logged · outline: no legs score</source>
            <translation>rutina completa hecha esa noche · sin color: nada anotado · contorno: sin puntuación de piernas</translation>
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
                <numerusform>{shown} de %n noche</numerusform>
                <numerusform>{shown} de %n noches</numerusform>
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
            <translation>✓ todo</translation>
        </message>
    </context>
    <context>
        <name>Journal file</name>
        <message>
            <source>No course of {name} started by {day} is open.</source>
            <translation>No hay ningún tratamiento con {name} empezado hasta el {day} que siga abierto.</translation>
        </message>
        <message>
            <source>The journal could not be upgraded from format {version}: {cause}. It is unchanged and a copy was saved in the backups folder.</source>
            <translation>No se pudo actualizar el diario desde el formato {version}: {cause}. No ha cambiado y se guardó una copia en la carpeta de copias de seguridad.</translation>
        </message>
        <message>
            <source>The journal could not be upgraded from format {version}: {cause}. It is unchanged.</source>
            <translation>No se pudo actualizar el diario desde el formato {version}: {cause}. No ha cambiado.</translation>
        </message>
        <message>
            <source>The journal file could not be read ({problem}). It was moved aside to {moved} and kept for recovery; a new, empty journal has been started.</source>
            <translation>No se pudo leer el archivo del diario ({problem}). Se ha apartado a {moved} y se conserva para recuperarlo; se ha empezado un diario nuevo y vacío.</translation>
        </message>
        <message>
            <source>The journal {path} cannot use write-ahead logging ({mode}).</source>
            <translation>El diario {path} no puede usar el registro de escritura anticipada ({mode}).</translation>
        </message>
        <message>
            <source>The journal {path} was written by a newer version of Bedtime Companion (format {version}; this version knows up to {latest}). It is open read-only: nothing will be saved until the app is updated.</source>
            <translation>El diario {path} lo escribió una versión más nueva de Bedtime Companion (formato {version}; esta versión conoce hasta el {latest}). Está abierto en solo lectura: no se guardará nada hasta que actualices la aplicación.</translation>
        </message>
        <message>
            <source>There is no routine event number {number}.</source>
            <translation>No hay ningún evento de la rutina con el número {number}.</translation>
        </message>
        <message>
            <source>an event</source>
            <translation>un evento</translation>
        </message>
        <message>
            <source>it cannot be opened: {cause}</source>
            <translation>no se puede abrir: {cause}</translation>
        </message>
        <message>
            <source>it is not a journal database: {cause}</source>
            <translation>no es una base de datos del diario: {cause}</translation>
        </message>
        <message>
            <source>its integrity check failed: {cause}</source>
            <translation>falló su comprobación de integridad: {cause}</translation>
        </message>
        <message>
            <source>night {night}: {field}: the stored value {value} cannot be read; it is treated as empty</source>
            <translation>noche {night}: {field}: el valor guardado {value} no se puede leer; se trata como vacío</translation>
        </message>
        <message>
            <source>night {night}: {field}: the stored value {value} cannot be read; {dropped} is left out</source>
            <comment>dropped: what is left out, e.g. the event magnesium</comment>
            <translation>noche {night}: {field}: el valor guardado {value} no se puede leer; se deja fuera {dropped}</translation>
        </message>
        <message>
            <source>the course {name}</source>
            <translation>el tratamiento {name}</translation>
        </message>
        <message>
            <source>the event {step}</source>
            <translation>el evento {step}</translation>
        </message>
        <message>
            <source>the factor {key}</source>
            <translation>el factor {key}</translation>
        </message>
    </context>
    <context>
        <name>JournalErrors</name>
        <message>
            <source>a tag needs a name</source>
            <translation>una etiqueta necesita un nombre</translation>
        </message>
        <message>
            <source>contains a control character</source>
            <translation>contiene un carácter de control</translation>
        </message>
        <message>
            <source>fell asleep at</source>
            <translation>dormirte</translation>
        </message>
        <message>
            <source>give a ferritin or a TSAT value (or both)</source>
            <translation>indica un valor de ferritina o de TSAT (o ambos)</translation>
        </message>
        <message>
            <source>got into bed</source>
            <translation>acostarte</translation>
        </message>
        <message>
            <source>got out of bed</source>
            <translation>levantarte</translation>
        </message>
        <message>
            <source>is empty</source>
            <translation>está vacío</translation>
        </message>
        <message>
            <source>is not a factor this journal knows</source>
            <translation>no es un factor que conozca este diario</translation>
        </message>
        <message>
            <source>is not a night field</source>
            <translation>no es un campo de noche</translation>
        </message>
        <message>
            <source>is {length} characters long; at most {limit} fit</source>
            <translation>tiene {length} caracteres; caben como máximo {limit}</translation>
        </message>
        <message>
            <source>lights out</source>
            <translation>apagar la luz</translation>
        </message>
        <message>
            <source>must be a date and time</source>
            <translation>debe ser una fecha y hora</translation>
        </message>
        <message>
            <source>must be a local clock time</source>
            <translation>debe ser una hora local</translation>
        </message>
        <message>
            <source>must be a local clock time in whole minutes</source>
            <translation>debe ser una hora local en minutos enteros</translation>
        </message>
        <message>
            <source>must be a whole number</source>
            <translation>debe ser un número entero</translation>
        </message>
        <message>
            <source>must be in whole minutes</source>
            <translation>debe ser en minutos enteros</translation>
        </message>
        <message>
            <source>must be text</source>
            <translation>debe ser texto</translation>
        </message>
        <message>
            <source>must be yes or no</source>
            <translation>debe ser sí o no</translation>
        </message>
        <message>
            <source>must not contain a NUL character</source>
            <translation>no debe contener un carácter NUL</translation>
        </message>
        <message>
            <source>needs a UTC offset</source>
            <translation>necesita un desfase respecto a UTC</translation>
        </message>
        <message>
            <source>time to fall asleep ({onset} min) plus time awake ({awake} min) is longer than lights-out to final wake ({night} min)</source>
            <translation>el tiempo hasta dormirte ({onset} min) más el tiempo despierto ({awake} min) es más largo que desde que apagaste la luz hasta que te levantaste ({night} min)</translation>
        </message>
        <message>
            <source>woke for the day</source>
            <translation>despertarte del todo</translation>
        </message>
        <message>
            <source>{count} is more than the awakenings ({awakenings})</source>
            <translation>{count} es más que los despertares ({awakenings})</translation>
        </message>
        <message>
            <source>{day} {time}</source>
            <comment>a date and a time of day</comment>
            <translation>{day} {time}</translation>
        </message>
        <message>
            <source>{end} is before the start ({start})</source>
            <translation>{end} es anterior al inicio ({start})</translation>
        </message>
        <message>
            <source>{later} ({later_time}) comes before {earlier} ({earlier_time})</source>
            <translation>{later} ({later_time}) va antes que {earlier} ({earlier_time})</translation>
        </message>
        <message>
            <source>{moment} is not in the night of {night}</source>
            <translation>{moment} no está en la noche del {night}</translation>
        </message>
        <message>
            <source>{moment} is outside the night of {night} (noon that day to midnight the day after)</source>
            <translation>{moment} está fuera de la noche del {night} (del mediodía de ese día a la medianoche del día siguiente)</translation>
        </message>
        <message>
            <source>{text} contains a control character</source>
            <translation>{text} contiene un carácter de control</translation>
        </message>
        <message>
            <source>{text}… is longer than {count} characters</source>
            <translation>{text}… tiene más de {count} caracteres</translation>
        </message>
        <message>
            <source>{value} is not a clock time like 21:30</source>
            <translation>{value} no es una hora como 21:30</translation>
        </message>
        <message>
            <source>{value} is not a date and time like 2024-03-24T22:30:00+01:00</source>
            <translation>{value} no es una fecha y hora como 2024-03-24T22:30:00+01:00</translation>
        </message>
        <message>
            <source>{value} is not a number</source>
            <translation>{value} no es un número</translation>
        </message>
        <message>
            <source>{value} is not a number like 18.5</source>
            <translation>{value} no es un número como 18.5</translation>
        </message>
        <message>
            <source>{value} is not a value here (must be above 0, at most {high})</source>
            <translation>{value} no vale aquí (debe ser mayor que 0 y como máximo {high})</translation>
        </message>
        <message>
            <source>{value} is not a value here (must be at least 0, at most {high})</source>
            <translation>{value} no vale aquí (debe ser al menos 0 y como máximo {high})</translation>
        </message>
        <message>
            <source>{value} is not a whole number</source>
            <translation>{value} no es un número entero</translation>
        </message>
        <message>
            <source>{value} is not an even number from 2 to {high}</source>
            <translation>{value} no es un número par entre 2 y {high}</translation>
        </message>
        <message>
            <source>{value} is not one of {choices}</source>
            <translation>{value} no es uno de {choices}</translation>
        </message>
        <message>
            <source>{value} is not one of {choices} or custom:&lt;id&gt;</source>
            <translation>{value} no es uno de {choices} ni custom:&lt;id&gt;</translation>
        </message>
        <message>
            <source>{value} is not yes (leave it empty for no)</source>
            <translation>{value} no es sí (déjalo vacío para no)</translation>
        </message>
        <message>
            <source>{value} is not yes or no</source>
            <translation>{value} no es sí ni no</translation>
        </message>
        <message>
            <source>{value} is outside {low}–{high}</source>
            <translation>{value} está fuera de {low}–{high}</translation>
        </message>
        <message>
            <source>{value} must be in whole minutes</source>
            <translation>{value} debe ser en minutos enteros</translation>
        </message>
        <message>
            <source>{value} needs a UTC offset (like +01:00)</source>
            <translation>{value} necesita un desfase respecto a UTC (como +01:00)</translation>
        </message>
    </context>
    <context>
        <name>Journeys</name>
        <message>
            <source>The breathing could not be recorded in the journal: {reason}</source>
            <translation>No se pudo anotar la respiración en el diario: {reason}</translation>
        </message>
        <message>
            <source>The stretches could not be recorded in the journal: {reason}</source>
            <translation>No se pudieron anotar los estiramientos en el diario: {reason}</translation>
        </message>
    </context>
    <context>
        <name>Measures</name>
        <message>
            <source>Alcoholic drinks</source>
            <translation>Bebidas alcohólicas</translation>
        </message>
        <message>
            <source>Arms too</source>
            <translation>También los brazos</translation>
        </message>
        <message>
            <source>Bedroom temperature</source>
            <translation>Temperatura del dormitorio</translation>
        </message>
        <message>
            <source>Caffeinated drinks after noon</source>
            <translation>Bebidas con cafeína por la tarde</translation>
        </message>
        <message>
            <source>Dimmed the lights</source>
            <translation>Bajé las luces</translation>
        </message>
        <message>
            <source>Exercise</source>
            <translation>Ejercicio</translation>
        </message>
        <message>
            <source>Fell asleep at</source>
            <translation>Me dormí a las</translation>
        </message>
        <message>
            <source>Felt rested (1 not at all … 5 fully)</source>
            <translation>Sensación de descanso (1 nada … 5 del todo)</translation>
        </message>
        <message>
            <source>Got into bed</source>
            <translation>Me acosté</translation>
        </message>
        <message>
            <source>Got out of bed</source>
            <translation>Me levanté</translation>
        </message>
        <message>
            <source>Legs started at</source>
            <translation>Las piernas empezaron a las</translation>
        </message>
        <message>
            <source>Legs started bothering me</source>
            <translation>Las piernas empezaron a molestarme</translation>
        </message>
        <message>
            <source>Lights out</source>
            <translation>Apagué la luz</translation>
        </message>
        <message>
            <source>Magnesium dose</source>
            <translation>Dosis de magnesio</translation>
        </message>
        <message>
            <source>Magnesium taken at</source>
            <translation>Magnesio tomado a las</translation>
        </message>
        <message>
            <source>Minutes of slow breathing</source>
            <translation>Minutos de respiración lenta</translation>
        </message>
        <message>
            <source>Minutes spent stretching</source>
            <translation>Minutos de estiramientos</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Restless legs (0 none … 10 worst)</source>
            <translation>Piernas inquietas (0 nada … 10 lo peor)</translation>
        </message>
        <message>
            <source>Sleep as Android rating</source>
            <translation>Puntuación de Sleep as Android</translation>
        </message>
        <message>
            <source>Sleep efficiency</source>
            <translation>Eficiencia del sueño</translation>
        </message>
        <message>
            <source>Sleep quality (1 very poor … 5 very good)</source>
            <translation>Calidad del sueño (1 muy mala … 5 muy buena)</translation>
        </message>
        <message>
            <source>Stress (1 calm … 5 very stressed)</source>
            <translation>Estrés (1 calma … 5 mucho estrés)</translation>
        </message>
        <message>
            <source>Stretch holds done</source>
            <translation>Tramos de estiramiento hechos</translation>
        </message>
        <message>
            <source>Stretch holds planned</source>
            <translation>Tramos de estiramiento previstos</translation>
        </message>
        <message>
            <source>Stretched this evening</source>
            <translation>Estiré esta noche</translation>
        </message>
        <message>
            <source>Time awake after first falling asleep</source>
            <translation>Tiempo en vela tras dormirme</translation>
        </message>
        <message>
            <source>Time in bed</source>
            <translation>Tiempo en la cama</translation>
        </message>
        <message>
            <source>Time to fall asleep</source>
            <translation>Tiempo hasta dormirse</translation>
        </message>
        <message>
            <source>Times my legs woke me</source>
            <translation>Veces que me despertaron las piernas</translation>
        </message>
        <message>
            <source>Times woken in the night</source>
            <translation>Veces que me desperté por la noche</translation>
        </message>
        <message>
            <source>Took magnesium</source>
            <translation>Tomé magnesio</translation>
        </message>
        <message>
            <source>Total sleep time</source>
            <translation>Tiempo total de sueño</translation>
        </message>
        <message>
            <source>Woke for the day</source>
            <translation>Me desperté del todo</translation>
        </message>
    </context>
    <context>
        <name>NightEditor</name>
        <message>
            <source>&amp;Revert</source>
            <translation>&amp;Deshacer cambios</translation>
        </message>
        <message>
            <source>&amp;Save night</source>
            <translation>&amp;Guardar noche</translation>
        </message>
        <message>
            <source>Alcoholic drinks</source>
            <translation>Bebidas alcohólicas</translation>
        </message>
        <message>
            <source>Anything worth remembering about this night</source>
            <translation>Algo que valga la pena recordar de esta noche</translation>
        </message>
        <message>
            <source>Arms too?</source>
            <translation>¿También los brazos?</translation>
        </message>
        <message>
            <source>Awake in the night</source>
            <translation>En vela por la noche</translation>
        </message>
        <message>
            <source>Bedroom</source>
            <translation>Dormitorio</translation>
        </message>
        <message>
            <source>Caffeine after noon</source>
            <translation>Cafeína por la tarde</translation>
        </message>
        <message>
            <source>Dose</source>
            <translation>Dosis</translation>
        </message>
        <message>
            <source>Exercise</source>
            <translation>Ejercicio</translation>
        </message>
        <message>
            <source>Fell asleep in</source>
            <translation>Tardé en dormirme</translation>
        </message>
        <message>
            <source>Felt rested (1–5)</source>
            <translation>Sensación de descanso (1–5)</translation>
        </message>
        <message>
            <source>Into bed</source>
            <translation>Me acosté</translation>
        </message>
        <message>
            <source>Legs started</source>
            <translation>Empezaron las piernas</translation>
        </message>
        <message>
            <source>Legs started at</source>
            <translation>Las piernas empezaron a las</translation>
        </message>
        <message>
            <source>Legs woke me</source>
            <translation>Me despertaron las piernas</translation>
        </message>
        <message>
            <source>Lights dimmed</source>
            <translation>Luces bajadas</translation>
        </message>
        <message>
            <source>Lights out</source>
            <translation>Luz apagada</translation>
        </message>
        <message>
            <source>Magnesium</source>
            <translation>Magnesio</translation>
        </message>
        <message>
            <source>Night of {date}</source>
            <translation>Noche del {date}</translation>
        </message>
        <message>
            <source>No night selected</source>
            <translation>Ninguna noche seleccionada</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Out of bed</source>
            <translation>Me levanté</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Problemas</translation>
        </message>
        <message>
            <source>Restless legs (0–10)</source>
            <translation>Piernas inquietas (0–10)</translation>
        </message>
        <message>
            <source>Sleep quality (1–5)</source>
            <translation>Calidad del sueño (1–5)</translation>
        </message>
        <message>
            <source>Stress (1–5)</source>
            <translation>Estrés (1–5)</translation>
        </message>
        <message>
            <source>Stretched</source>
            <translation>Estiramientos hechos</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Etiquetas</translation>
        </message>
        <message>
            <source>Taken at</source>
            <translation>Tomado a las</translation>
        </message>
        <message>
            <source>The evening before</source>
            <translation>Antes de acostarte</translation>
        </message>
        <message>
            <source>The night</source>
            <translation>La noche</translation>
        </message>
        <message>
            <source>Times woken</source>
            <translation>Veces que me desperté</translation>
        </message>
        <message>
            <source>Woke for the day</source>
            <translation>Me desperté del todo</translation>
        </message>
        <message>
            <source>comma-separated, e.g. late dinner, travel</source>
            <translation>separadas por comas, p. ej. cena tarde, viaje</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>sí</translation>
        </message>
    </context>
    <context>
        <name>Notifications</name>
        <message>
            <source>Snooze {minutes} min</source>
            <translation>Más tarde ({minutes} min)</translation>
        </message>
    </context>
    <context>
        <name>Pictures</name>
        <message>
            <source>an unused picture in {folder} could not be removed ({cause})</source>
            <translation>no se pudo quitar una imagen sin usar de {folder} ({cause})</translation>
        </message>
        <message>
            <source>the picture could not be saved in {folder} ({cause})</source>
            <translation>no se pudo guardar la imagen en {folder} ({cause})</translation>
        </message>
        <message>
            <source>{file} cannot be opened ({cause})</source>
            <translation>{file} no se puede abrir ({cause})</translation>
        </message>
        <message>
            <source>{file} cannot be read ({cause})</source>
            <translation>{file} no se puede leer ({cause})</translation>
        </message>
        <message>
            <source>{file} is larger than {size} MB</source>
            <translation>{file} ocupa más de {size} MB</translation>
        </message>
        <message>
            <source>{file} is not a PNG, JPEG or SVG file</source>
            <translation>{file} no es un archivo PNG, JPEG ni SVG</translation>
        </message>
        <message>
            <source>{file} is not a picture file</source>
            <translation>{file} no es un archivo de imagen</translation>
        </message>
    </context>
    <context>
        <name>Plan</name>
        <message>
            <source>Night of {night} ({zone}), bedtime {time}</source>
            <translation>Noche del {night} ({zone}), hora de acostarse: {time}</translation>
        </message>
        <message>
            <source>No steps are enabled.</source>
            <translation>No hay ningún paso activado.</translation>
        </message>
        <message>
            <source>at a set time</source>
            <translation>a una hora fija</translation>
        </message>
        <message>
            <source>at bedtime</source>
            <translation>a la hora de acostarse</translation>
        </message>
        <message>
            <source>next morning</source>
            <translation>a la mañana siguiente</translation>
        </message>
        <message>
            <source>{date} {time}</source>
            <comment>a date and a time of day</comment>
            <translation>{date} {time}</translation>
        </message>
        <message>
            <source>{minutes} min before bedtime</source>
            <translation>{minutes} min antes de acostarse</translation>
        </message>
    </context>
    <context>
        <name>Prompts</name>
        <message>
            <source>(This was due at {time}.)</source>
            <translation>(Tocaba a las {time}.)</translation>
        </message>
        <message>
            <source>A step of your own routine. Press Done once it is done.</source>
            <translation>Un paso de tu propia rutina. Pulsa Hecho cuando lo termines.</translation>
        </message>
        <message>
            <source>Check in</source>
            <translation>Anotar</translation>
        </message>
        <message>
            <source>Dim the lights, put the screens away, and let the bedroom cool to {room}.</source>
            <translation>Baja las luces, aparta las pantallas y deja que el dormitorio se refresque hasta {room}.</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Hecho</translation>
        </message>
        <message>
            <source>Five slow leg stretches, about ten minutes. A little floor space and a wall are all you need; the app counts the time and tells you when to switch.</source>
            <translation>Cinco estiramientos lentos de piernas, unos diez minutos. Solo necesitas un poco de suelo libre y una pared; la aplicación cuenta el tiempo y te avisa cuándo cambiar.</translation>
        </message>
        <message>
            <source>Good morning</source>
            <translation>Buenos días</translation>
        </message>
        <message>
            <source>How were your legs last night, and how did you sleep? It takes half a minute.</source>
            <translation>¿Qué tal tus piernas anoche y cómo dormiste? Solo lleva medio minuto.</translation>
        </message>
        <message>
            <source>Lights down</source>
            <translation>Bajar las luces</translation>
        </message>
        <message>
            <source>Lights out</source>
            <translation>Apagar la luz</translation>
        </message>
        <message>
            <source>Morning stretches</source>
            <translation>Estiramientos de la mañana</translation>
        </message>
        <message>
            <source>Ready to stretch?</source>
            <translation>¿Empezamos a estirar?</translation>
        </message>
        <message>
            <source>Skip today</source>
            <translation>Omitir hoy</translation>
        </message>
        <message>
            <source>Skip tonight</source>
            <translation>Omitir esta noche</translation>
        </message>
        <message>
            <source>Start now</source>
            <translation>Empezar ahora</translation>
        </message>
        <message>
            <source>The same five gentle stretches as last night, to start the day loose.</source>
            <translation>Los mismos cinco estiramientos suaves de anoche, para empezar el día con las piernas sueltas.</translation>
        </message>
        <message>
            <source>Time for your magnesium</source>
            <translation>Hora del magnesio</translation>
        </message>
        <message>
            <source>Time to breathe slowly</source>
            <translation>Hora de respirar despacio</translation>
        </message>
        <message>
            <source>Time to settle in for the night. Sleep well.</source>
            <translation>Es hora de acomodarte para la noche. Que duermas bien.</translation>
        </message>
        <message>
            <source>about {degrees} °C</source>
            <translation>unos {degrees} °C</translation>
        </message>
        <message>
            <source>about {degrees} °F</source>
            <translation>unos {degrees} °F</translation>
        </message>
        <message>
            <source>coming up</source>
            <translation>en breve</translation>
        </message>
        <message>
            <source>done</source>
            <translation>hecho</translation>
        </message>
        <message>
            <source>done at {time}</source>
            <translation>hecho a las {time}</translation>
        </message>
        <message>
            <source>missed</source>
            <translation>no se hizo</translation>
        </message>
        <message>
            <source>now</source>
            <translation>ahora</translation>
        </message>
        <message>
            <source>now (running late)</source>
            <translation>ahora (con retraso)</translation>
        </message>
        <message>
            <source>partly done</source>
            <translation>a medias</translation>
        </message>
        <message>
            <source>partly done at {time}</source>
            <translation>hecho a medias a las {time}</translation>
        </message>
        <message>
            <source>skipped</source>
            <translation>omitido</translation>
        </message>
        <message>
            <source>skipped at {time}</source>
            <translation>omitido a las {time}</translation>
        </message>
        <message>
            <source>snoozed until {time}</source>
            <translation>pospuesto hasta las {time}</translation>
        </message>
        <message>
            <source>waiting for you</source>
            <translation>te espera</translation>
        </message>
        <message>
            <source>{label}, {dose} mg. Taking it now gives it time to settle before bed.</source>
            <translation>{label}, {dose} mg. Si lo tomas ahora, tiene tiempo de asentarse antes de acostarte.</translation>
        </message>
        <message>
            <source>{minutes} minutes of slow breathing: {breathe_in} seconds in, {breathe_out} out. Sit or lie comfortably; the screen shows the pace.</source>
            <translation>{minutes} minutos de respiración lenta: {breathe_in} segundos al inspirar, {breathe_out} al espirar. Siéntate o túmbate cómodamente; la pantalla marca el ritmo.</translation>
        </message>
    </context>
    <context>
        <name>Reminders</name>
        <message>
            <source>Bedtime Companion could not write to your journal ({reason}). It will keep trying; your reminders carry on.</source>
            <translation>Bedtime Companion no pudo escribir en tu diario ({reason}). Seguirá intentándolo; tus recordatorios siguen funcionando.</translation>
        </message>
        <message numerus="yes">
            <source>in %n h</source>
            <translation>
                <numerusform>dentro de %n h</numerusform>
                <numerusform>dentro de %n h</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %n min</source>
            <translation>
                <numerusform>dentro de %n min</numerusform>
                <numerusform>dentro de %n min</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in {hours} h %n min</source>
            <translation>
                <numerusform>dentro de {hours} h %n min</numerusform>
                <numerusform>dentro de {hours} h %n min</numerusform>
            </translation>
        </message>
        <message>
            <source>now</source>
            <translation>ahora</translation>
        </message>
        <message>
            <source>the daily backup failed: {reason}</source>
            <translation>falló la copia de seguridad diaria: {reason}</translation>
        </message>
        <message>
            <source>{step} at {time} · {relative}</source>
            <translation>{step} a las {time} · {relative}</translation>
        </message>
        <message>
            <source>{step} on {date} at {time} · {relative}</source>
            <translation>{step} el {date} a las {time} · {relative}</translation>
        </message>
        <message>
            <source>{step} tomorrow at {time} · {relative}</source>
            <translation>{step} mañana a las {time} · {relative}</translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message numerus="yes">
            <source>%n factors were not recorded in this period.</source>
            <translation>
                <numerusform>%n factor no se anotó en este periodo.</numerusform>
                <numerusform>%n factores no se anotaron en este periodo.</numerusform>
            </translation>
        </message>
        <message>
            <source>, </source>
            <comment>between the routine's steps</comment>
            <translation>, </translation>
        </message>
        <message>
            <source>--days: {days} is outside 1–{most}</source>
            <translation>--days: {days} está fuera de 1–{most}</translation>
        </message>
        <message>
            <source>--output: the folder {folder} does not exist</source>
            <translation>--output: la carpeta {folder} no existe</translation>
        </message>
        <message>
            <source>--output: {path} should end in .pdf</source>
            <translation>--output: {path} debería terminar en .pdf</translation>
        </message>
        <message>
            <source>; </source>
            <comment>between items of a list</comment>
            <translation>; </translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;Period:&lt;/b&gt; nights of {first} to {last} (%n nights; {answered} with a morning check-in).</source>
            <translation>
                <numerusform>&lt;b&gt;Periodo:&lt;/b&gt; noches del {first} al {last} (%n noche; {answered} con registro matutino).</numerusform>
                <numerusform>&lt;b&gt;Periodo:&lt;/b&gt; noches del {first} al {last} (%n noches; {answered} con registro matutino).</numerusform>
            </translation>
        </message>
        <message>
            <source>A personal sleep and symptom diary kept with the app. Scores are the person's own ratings; the app has no sensors.</source>
            <translation>Un diario personal de sueño y síntomas llevado con la aplicación. Las puntuaciones son valoraciones de la propia persona; la aplicación no tiene sensores.</translation>
        </message>
        <message>
            <source>Are my arms involved too?</source>
            <translation>¿También me afecta a los brazos?</translation>
        </message>
        <message>
            <source>Arms too</source>
            <translation>También los brazos</translation>
        </message>
        <message>
            <source>Arms, wakings and episodes per week</source>
            <translation>Brazos, despertares y episodios por semana</translation>
        </message>
        <message>
            <source>Average</source>
            <translation>Media</translation>
        </message>
        <message>
            <source>Average with</source>
            <translation>Media con</translation>
        </message>
        <message>
            <source>Average without</source>
            <translation>Media sin</translation>
        </message>
        <message>
            <source>Averages</source>
            <translation>Medias</translation>
        </message>
        <message>
            <source>Before my appointment</source>
            <translation>Antes de mi cita</translation>
        </message>
        <message>
            <source>Cliff's δ</source>
            <translation>δ de Cliff</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Difference (95 % interval)</source>
            <translation>Diferencia (intervalo del 95 %)</translation>
        </message>
        <message>
            <source>Do they wake me at night?</source>
            <translation>¿Me despiertan por la noche?</translation>
        </message>
        <message>
            <source>Dose</source>
            <translation>Dosis</translation>
        </message>
        <message>
            <source>Evening routine</source>
            <translation>Rutina de la noche</translation>
        </message>
        <message>
            <source>Factor</source>
            <translation>Factor</translation>
        </message>
        <message>
            <source>Ferritin (ng/mL = µg/L)</source>
            <translation>Ferritina (ng/mL = µg/L)</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Desde</translation>
        </message>
        <message>
            <source>How strong are my symptoms?</source>
            <translation>¿Qué intensidad tienen mis síntomas?</translation>
        </message>
        <message>
            <source>I did not note the clock time they began.</source>
            <translation>No anoté la hora a la que empezaron.</translation>
        </message>
        <message>
            <source>I did not rate them in this period.</source>
            <translation>No los puntué en este periodo.</translation>
        </message>
        <message>
            <source>In my words: {reliefs}.</source>
            <translation>Con mis palabras: {reliefs}.</translation>
        </message>
        <message>
            <source>Iron tests</source>
            <translation>Análisis de hierro</translation>
        </message>
        <message>
            <source>Legs</source>
            <translation>Piernas</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Medida</translation>
        </message>
        <message>
            <source>Median</source>
            <translation>Mediana</translation>
        </message>
        <message>
            <source>Median start</source>
            <translation>Inicio (mediana)</translation>
        </message>
        <message>
            <source>Medicine</source>
            <translation>Medicamento</translation>
        </message>
        <message>
            <source>Medicines</source>
            <translation>Medicamentos</translation>
        </message>
        <message>
            <source>Medicines (as recorded by the person)</source>
            <translation>Medicamentos (según lo anotado por la persona)</translation>
        </message>
        <message>
            <source>My latest iron test</source>
            <translation>Mi último análisis de hierro</translation>
        </message>
        <message>
            <source>My own summary of the nights of {first} to {last}, from the diary I keep.</source>
            <translation>Mi propio resumen de las noches del {first} al {last}, a partir del diario que llevo.</translation>
        </message>
        <message>
            <source>Night</source>
            <translation>Noche</translation>
        </message>
        <message>
            <source>Night-time episodes</source>
            <translation>Episodios nocturnos</translation>
        </message>
        <message>
            <source>Nights</source>
            <translation>Noches</translation>
        </message>
        <message>
            <source>Nights answered</source>
            <translation>Noches respondidas</translation>
        </message>
        <message>
            <source>Nights with / without</source>
            <translation>Noches con / sin</translation>
        </message>
        <message>
            <source>No iron test recorded.</source>
            <translation>No hay ningún análisis de hierro anotado.</translation>
        </message>
        <message>
            <source>No medicine course recorded in this period.</source>
            <translation>No hay ningún tratamiento anotado en este periodo.</translation>
        </message>
        <message>
            <source>No medicine recorded.</source>
            <translation>No hay ningún medicamento anotado.</translation>
        </message>
        <message>
            <source>No nights were logged in this period.</source>
            <translation>No se anotó ninguna noche en este periodo.</translation>
        </message>
        <message>
            <source>No restless-legs scores in this period</source>
            <translation>No hay puntuaciones de piernas inquietas en este periodo</translation>
        </message>
        <message>
            <source>Not recorded.</source>
            <translation>No anotado.</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>Nothing noted with an episode.</source>
            <translation>No se anotó nada junto a los episodios.</translation>
        </message>
        <message numerus="yes">
            <source>On average {average} out of 10 over %n nights (0 none … 10 worst); {high} nights were 7 or more.</source>
            <translation>
                <numerusform>De media, {average} sobre 10 en %n noche (0 nada … 10 lo peor); {high} noches llegaron a 7 o más.</numerusform>
                <numerusform>De media, {average} sobre 10 en %n noches (0 nada … 10 lo peor); {high} noches llegaron a 7 o más.</numerusform>
            </translation>
        </message>
        <message>
            <source>Quality</source>
            <translation>Calidad</translation>
        </message>
        <message>
            <source>Questions I want to ask</source>
            <translation>Preguntas que quiero hacer</translation>
        </message>
        <message>
            <source>Range</source>
            <translation>Rango</translation>
        </message>
        <message>
            <source>Reading</source>
            <translation>Lectura</translation>
        </message>
        <message>
            <source>Restless legs each night (0 none … 10 worst), with the 7-night average</source>
            <translation>Piernas inquietas cada noche (0 nada … 10 lo peor), con la media de 7 noches</translation>
        </message>
        <message>
            <source>Routine</source>
            <translation>Rutina</translation>
        </message>
        <message>
            <source>TSAT (%)</source>
            <translation>TSAT (%)</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Etiquetas</translation>
        </message>
        <message>
            <source>The 2024 American Academy of Sleep Medicine clinical practice guideline for restless legs (Winkelman et al., J Clin Sleep Med 2024; doi:10.5664/jcsm.11390) uses these iron thresholds in adults: serum ferritin ≤ 75 ng/mL (µg/L) or transferrin saturation (TSAT) &lt; 20 %. These numbers are for a conversation with a clinician; this app does not recommend any treatment or dose.</source>
            <translation>La guía de práctica clínica de 2024 de la American Academy of Sleep Medicine sobre las piernas inquietas (Winkelman et al., J Clin Sleep Med 2024; doi:10.5664/jcsm.11390) usa estos umbrales de hierro en adultos: ferritina sérica ≤ 75 ng/mL (µg/L) o saturación de transferrina (TSAT) &lt; 20 %. Estas cifras sirven para hablarlas con un médico o una médica; esta aplicación no recomienda ningún tratamiento ni dosis.</translation>
        </message>
        <message numerus="yes">
            <source>The {shown} most recent of %n logged nights; the app's CSV export has every night.</source>
            <translation>
                <numerusform>Las {shown} noches más recientes de %n anotada; la exportación CSV de la aplicación incluye todas las noches.</numerusform>
                <numerusform>Las {shown} noches más recientes de las %n anotadas; la exportación CSV de la aplicación incluye todas las noches.</numerusform>
            </translation>
        </message>
        <message>
            <source>Time of day</source>
            <translation>Hora del día</translation>
        </message>
        <message>
            <source>Times legs woke me</source>
            <translation>Veces que me despertaron las piernas</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Hasta</translation>
        </message>
        <message numerus="yes">
            <source>Usually around {usual} (the median of %n nights with a time); the earliest was {earliest}.</source>
            <translation>
                <numerusform>Suelen empezar hacia las {usual} (la mediana de %n noche con hora anotada); lo más temprano fue a las {earliest}.</numerusform>
                <numerusform>Suelen empezar hacia las {usual} (la mediana de %n noches con hora anotada); lo más temprano fue a las {earliest}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Week from</source>
            <translation>Semana desde</translation>
        </message>
        <message>
            <source>What brings relief?</source>
            <translation>¿Qué me alivia?</translation>
        </message>
        <message>
            <source>What do I take for them now?</source>
            <translation>¿Qué tomo ahora para los síntomas?</translation>
        </message>
        <message>
            <source>What went with better or worse nights (restless legs, 0–10)</source>
            <translation>Qué acompañó a las noches mejores o peores (piernas inquietas, 0–10)</translation>
        </message>
        <message>
            <source>When in the day do they start?</source>
            <translation>¿En qué momento del día empiezan?</translation>
        </message>
        <message numerus="yes">
            <source>Whole routine (magnesium, stretches, lights dimmed) done on &lt;b&gt;{done} of %n&lt;/b&gt; nights ({steps}); {week_done} of the last {week_days}.</source>
            <translation>
                <numerusform>Rutina completa (magnesio, estiramientos, luces bajadas) hecha &lt;b&gt;{done} de %n&lt;/b&gt; noche ({steps}); {week_done} de las últimas {week_days}.</numerusform>
                <numerusform>Rutina completa (magnesio, estiramientos, luces bajadas) hecha &lt;b&gt;{done} de %n&lt;/b&gt; noches ({steps}); {week_done} de las últimas {week_days}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Woken</source>
            <translation>Despertares</translation>
        </message>
        <message>
            <source>Written from the person's own diary entries; not a questionnaire score and not a diagnosis.</source>
            <translation>Escrito a partir de las anotaciones del diario de la propia persona; no es la puntuación de un cuestionario ni un diagnóstico.</translation>
        </message>
        <message numerus="yes">
            <source>Yes on {yes} of %n nights I answered.</source>
            <translation>
                <numerusform>Sí en {yes} de %n noche respondida.</numerusform>
                <numerusform>Sí en {yes} de las %n noches que respondí.</numerusform>
            </translation>
        </message>
        <message>
            <source>Your symptoms have been starting earlier: the median start time moved about {hours} hours earlier over the last 8 weeks. This may be worth mentioning to your clinician.</source>
            <translation>Tus síntomas están empezando antes: la hora mediana de inicio se ha adelantado unas {hours} horas en las últimas 8 semanas. Puede valer la pena comentárselo a tu médico o médica.</translation>
        </message>
        <message>
            <source>all</source>
            <comment>every routine step done that night</comment>
            <translation>todo</translation>
        </message>
        <message>
            <source>before this period</source>
            <translation>antes de este periodo</translation>
        </message>
        <message>
            <source>lights</source>
            <translation>luces</translation>
        </message>
        <message>
            <source>lights dimmed</source>
            <translation>luces bajadas</translation>
        </message>
        <message>
            <source>magnesium</source>
            <translation>magnesio</translation>
        </message>
        <message>
            <source>page {number} of {pages}</source>
            <translation>página {number} de {pages}</translation>
        </message>
        <message>
            <source>still taking</source>
            <translation>en curso</translation>
        </message>
        <message>
            <source>stretches</source>
            <translation>estiramientos</translation>
        </message>
        <message>
            <source>the report {path} could not be written: the PDF writer failed</source>
            <translation>no se pudo escribir el informe {path}: falló el generador de PDF</translation>
        </message>
        <message>
            <source>the report {path} could not be written: the disk is full</source>
            <translation>no se pudo escribir el informe {path}: el disco está lleno</translation>
        </message>
        <message>
            <source>{app} — summary {period}</source>
            <translation>{app} — resumen {period}</translation>
        </message>
        <message>
            <source>{app}: sleep and restless legs</source>
            <translation>{app}: sueño y piernas inquietas</translation>
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
            <translation>{date}: ferritina {ferritin} ng/mL (µg/L), TSAT {tsat} %.</translation>
        </message>
        <message>
            <source>{date}: ferritin {ferritin} ng/mL (µg/L).</source>
            <translation>{date}: ferritina {ferritin} ng/mL (µg/L).</translation>
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
            <translation>{name} {dose} {unit} a las {time} desde el {start}</translation>
        </message>
        <message>
            <source>{name} {dose} {unit} since {start}</source>
            <translation>{name} {dose} {unit} desde el {start}</translation>
        </message>
        <message>
            <source>{step} {count}</source>
            <comment>a routine step and its nights done</comment>
            <translation>{step}: {count}</translation>
        </message>
        <message numerus="yes">
            <source>{times} times in {nights} nights; I noted %n night-time episodes.</source>
            <translation>
                <numerusform>{times} veces en {nights} noches; anoté %n episodio nocturno.</numerusform>
                <numerusform>{times} veces en {nights} noches; anoté %n episodios nocturnos.</numerusform>
            </translation>
        </message>
        <message>
            <source>{yes} of {answered}</source>
            <comment>nights with arms too, of nights answered</comment>
            <translation>{yes} de {answered}</translation>
        </message>
    </context>
    <context>
        <name>SelfTest</name>
        <message>
            <source>APScheduler did not keep its jobs</source>
            <translation>APScheduler no conservó sus tareas</translation>
        </message>
        <message>
            <source>Qt platform: running on {name}, not {wanted}</source>
            <translation>Plataforma Qt: se ejecuta en {name}, no en {wanted}</translation>
        </message>
        <message>
            <source>Qt widgets: {problem}</source>
            <translation>Widgets de Qt: {problem}</translation>
        </message>
        <message>
            <source>QtTextToSpeech does not import: {problem}</source>
            <translation>QtTextToSpeech no se puede importar: {problem}</translation>
        </message>
        <message>
            <source>The command socket cannot listen: {problem}</source>
            <translation>El socket de órdenes no puede escuchar: {problem}</translation>
        </message>
        <message>
            <source>a new journal fails SQLite's integrity check</source>
            <translation>un diario nuevo no pasa la comprobación de integridad de SQLite</translation>
        </message>
        <message>
            <source>an SVG icon renders empty (is the svg icon engine missing?)</source>
            <translation>un icono SVG se dibuja vacío (¿falta el motor de iconos svg?)</translation>
        </message>
        <message>
            <source>could not create {windows}</source>
            <translation>no se pudo crear {windows}</translation>
        </message>
        <message>
            <source>icons</source>
            <translation>iconos</translation>
        </message>
        <message>
            <source>journal</source>
            <translation>diario</translation>
        </message>
        <message>
            <source>languages</source>
            <translation>idiomas</translation>
        </message>
        <message>
            <source>no sounds in {folder}</source>
            <translation>no hay sonidos en {folder}</translation>
        </message>
        <message>
            <source>no text-to-speech engine plug-in found (expected at least mock)</source>
            <translation>no se encontró ningún complemento de síntesis de voz (se esperaba al menos mock)</translation>
        </message>
        <message>
            <source>resource folder {folder} is missing</source>
            <translation>falta la carpeta de recursos {folder}</translation>
        </message>
        <message>
            <source>resources</source>
            <translation>recursos</translation>
        </message>
        <message>
            <source>scheduler</source>
            <translation>planificador</translation>
        </message>
        <message>
            <source>single instance</source>
            <translation>instancia única</translation>
        </message>
        <message>
            <source>sounds</source>
            <translation>sonidos</translation>
        </message>
        <message>
            <source>speech</source>
            <translation>voz</translation>
        </message>
        <message>
            <source>stretch illustrations</source>
            <translation>ilustraciones de estiramientos</translation>
        </message>
        <message>
            <source>the {language} words are missing</source>
            <translation>faltan los textos en {language}</translation>
        </message>
        <message>
            <source>the {stretch} drawing renders empty</source>
            <translation>el dibujo «{stretch}» sale vacío</translation>
        </message>
        <message>
            <source>tonight's plan</source>
            <translation>plan de esta noche</translation>
        </message>
        <message>
            <source>tonight's plan has no steps</source>
            <translation>el plan de esta noche no tiene pasos</translation>
        </message>
        <message>
            <source>windows</source>
            <translation>ventanas</translation>
        </message>
        <message>
            <source>{check}: {problem}</source>
            <translation>{check}: {problem}</translation>
        </message>
        <message>
            <source>{file} holds no audio</source>
            <translation>{file} no contiene audio</translation>
        </message>
        <message>
            <source>{file} is missing</source>
            <translation>falta {file}</translation>
        </message>
        <message>
            <source>{file} is not a readable WAV file: {problem}</source>
            <translation>{file} no es un archivo WAV legible: {problem}</translation>
        </message>
        <message>
            <source>{file} is not a valid SVG</source>
            <translation>{file} no es un SVG válido</translation>
        </message>
        <message>
            <source>{prog} self-test: (Qt) {message}</source>
            <translation>autocomprobación de {prog}: (Qt) {message}</translation>
        </message>
        <message>
            <source>{prog} self-test: all checks passed</source>
            <translation>autocomprobación de {prog}: todo correcto</translation>
        </message>
        <message>
            <source>{prog} self-test: {line}</source>
            <translation>autocomprobación de {prog}: {line}</translation>
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
                <numerusform>%n min antes de acostarse</numerusform>
                <numerusform>%n min antes de acostarse</numerusform>
            </translation>
        </message>
        <message>
            <source>(no title yet)</source>
            <translation>(aún sin título)</translation>
        </message>
        <message>
            <source>A different bedtime on some nights:</source>
            <translation>Otra hora de acostarse algunas noches:</translation>
        </message>
        <message>
            <source>A new stretch</source>
            <translation>Un estiramiento nuevo</translation>
        </message>
        <message>
            <source>A quiet voice</source>
            <translation>Una voz tranquila</translation>
        </message>
        <message>
            <source>A soft chime</source>
            <translation>Una campanilla suave</translation>
        </message>
        <message>
            <source>A stretch picture could not be kept: {reason}. Nothing was changed.</source>
            <translation>No se pudo guardar la imagen de un estiramiento: {reason}. No se ha cambiado nada.</translation>
        </message>
        <message>
            <source>Add a caffeine cut-off</source>
            <translation>Añadir límite de cafeína</translation>
        </message>
        <message>
            <source>Add a step</source>
            <translation>Añadir un paso</translation>
        </message>
        <message>
            <source>Add a stretch</source>
            <translation>Añadir un estiramiento</translation>
        </message>
        <message>
            <source>Also stretch in the morning</source>
            <translation>Estirar también por la mañana</translation>
        </message>
        <message>
            <source>Always dark</source>
            <translation>Siempre oscuro</translation>
        </message>
        <message>
            <source>Always like my desktop</source>
            <translation>Siempre como mi escritorio</translation>
        </message>
        <message>
            <source>Appearance</source>
            <translation>Apariencia</translation>
        </message>
        <message>
            <source>As the system</source>
            <translation>Como el sistema</translation>
        </message>
        <message>
            <source>At a time of day</source>
            <translation>A una hora del día</translation>
        </message>
        <message>
            <source>Automatic</source>
            <translation>Automático</translation>
        </message>
        <message>
            <source>Automatic: a card by the tray icon and a notification, answered on either. On Wayland, where a card cannot sit by the tray icon, the notification alone. Where notifications have no Done button, the cards stay.</source>
            <translation>Automático: una tarjeta junto al icono y una notificación; puedes responder en cualquiera de las dos. En Wayland, donde la tarjeta no puede ir junto al icono, solo la notificación. Si las notificaciones no tienen botón «Hecho», se mantienen las tarjetas.</translation>
        </message>
        <message>
            <source>Bedtime</source>
            <translation>Hora de acostarse</translation>
        </message>
        <message>
            <source>Bedtime on {weekday} night</source>
            <translation>Hora de acostarse la noche del {weekday}</translation>
        </message>
        <message>
            <source>Before bedtime</source>
            <translation>Antes de acostarse</translation>
        </message>
        <message>
            <source>Breathe in for</source>
            <translation>Inspirar durante</translation>
        </message>
        <message>
            <source>Breathe out for</source>
            <translation>Espirar durante</translation>
        </message>
        <message>
            <source>Breathing</source>
            <translation>Respiración</translation>
        </message>
        <message>
            <source>Breathing minutes</source>
            <translation>Minutos de respiración</translation>
        </message>
        <message>
            <source>Cards</source>
            <translation>Tarjetas</translation>
        </message>
        <message>
            <source>Cards and notifications</source>
            <translation>Tarjetas y notificaciones</translation>
        </message>
        <message>
            <source>Celsius (°C)</source>
            <translation>Celsius (°C)</translation>
        </message>
        <message>
            <source>Choose a picture</source>
            <translation>Elegir una imagen</translation>
        </message>
        <message>
            <source>Choose one of your own stretches in the list above to edit it.</source>
            <translation>Elige uno de tus estiramientos en la lista de arriba para editarlo.</translation>
        </message>
        <message>
            <source>Choose picture…</source>
            <translation>Elegir imagen…</translation>
        </message>
        <message>
            <source>Command</source>
            <translation>Orden</translation>
        </message>
        <message>
            <source>Command to run</source>
            <translation>Orden que se ejecuta</translation>
        </message>
        <message>
            <source>Dark in the evening, like my desktop by day</source>
            <translation>Oscuro por la noche, de día como mi escritorio</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Días</translation>
        </message>
        <message>
            <source>Dose</source>
            <translation>Dosis</translation>
        </message>
        <message>
            <source>Each side (left, then right)</source>
            <translation>Cada lado (izquierdo y luego derecho)</translation>
        </message>
        <message>
            <source>Fahrenheit (°F)</source>
            <translation>Fahrenheit (°F)</translation>
        </message>
        <message>
            <source>For</source>
            <comment>breathing for a number of minutes</comment>
            <translation>Durante</translation>
        </message>
        <message>
            <source>From my region</source>
            <translation>Según mi región</translation>
        </message>
        <message>
            <source>General</source>
            <translation>General</translation>
        </message>
        <message>
            <source>Hold each side</source>
            <translation>Mantener cada lado</translation>
        </message>
        <message>
            <source>Hold for</source>
            <translation>Mantener</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>Last coffee of the day at {time}, Monday to Friday</source>
            <translation>Último café del día a las {time}, de lunes a viernes</translation>
        </message>
        <message>
            <source>Magnesium</source>
            <translation>Magnesio</translation>
        </message>
        <message>
            <source>Magnesium dose</source>
            <translation>Dosis de magnesio</translation>
        </message>
        <message>
            <source>Magnesium product</source>
            <translation>Producto de magnesio</translation>
        </message>
        <message>
            <source>Minutes before bedtime</source>
            <translation>Minutos antes de acostarse</translation>
        </message>
        <message>
            <source>Morning stretches: minutes after waking up</source>
            <translation>Estiramientos de la mañana: minutos después de despertarte</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Bajar</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Subir</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>New stretch</source>
            <translation>Estiramiento nuevo</translation>
        </message>
        <message>
            <source>No picture</source>
            <translation>Sin imagen</translation>
        </message>
        <message>
            <source>None ticked: every day</source>
            <translation>Ninguno marcado: todos los días</translation>
        </message>
        <message>
            <source>None, just the screen</source>
            <translation>Nada, solo la pantalla</translation>
        </message>
        <message>
            <source>None: a card with the name is shown</source>
            <translation>Ninguna: se muestra una tarjeta con el nombre</translation>
        </message>
        <message>
            <source>Notifications</source>
            <translation>Notificaciones</translation>
        </message>
        <message>
            <source>Once</source>
            <translation>Una vez</translation>
        </message>
        <message>
            <source>One step per line ({least} to {most})</source>
            <translation>Un paso por línea (de {least} a {most})</translation>
        </message>
        <message>
            <source>Optional</source>
            <translation>Opcional</translation>
        </message>
        <message>
            <source>Optional, e.g. {command}</source>
            <translation>Opcional, p. ej. {command}</translation>
        </message>
        <message>
            <source>Pause to switch sides</source>
            <translation>Pausa para cambiar de lado</translation>
        </message>
        <message>
            <source>Picture</source>
            <translation>Imagen</translation>
        </message>
        <message>
            <source>Picture: {file}</source>
            <translation>Imagen: {file}</translation>
        </message>
        <message>
            <source>Pictures ({patterns})</source>
            <translation>Imágenes ({patterns})</translation>
        </message>
        <message>
            <source>Play soft sounds</source>
            <translation>Reproducir sonidos suaves</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Producto</translation>
        </message>
        <message>
            <source>Reduce motion</source>
            <translation>Reducir el movimiento</translation>
        </message>
        <message>
            <source>Reminders</source>
            <translation>Recordatorios</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Room temperature in</source>
            <translation>Temperatura en</translation>
        </message>
        <message>
            <source>Rounds</source>
            <translation>Series</translation>
        </message>
        <message>
            <source>Settings — {app}</source>
            <translation>Ajustes — {app}</translation>
        </message>
        <message>
            <source>Show each stretch's pose still instead of moving into it</source>
            <translation>Mostrar la postura de cada estiramiento fija, sin animación</translation>
        </message>
        <message>
            <source>Show reminders as</source>
            <translation>Mostrar recordatorios como</translation>
        </message>
        <message>
            <source>Sides</source>
            <translation>Lados</translation>
        </message>
        <message>
            <source>Slow breathing to wind down; turn it on under Reminders.</source>
            <translation>Respiración lenta para relajarte; actívala en Recordatorios.</translation>
        </message>
        <message>
            <source>Snooze for</source>
            <translation>«Más tarde» pospone</translation>
        </message>
        <message>
            <source>Snooze length</source>
            <translation>Tiempo de «Más tarde»</translation>
        </message>
        <message>
            <source>Speak the stretch instructions</source>
            <translation>Leer en voz alta las instrucciones de los estiramientos</translation>
        </message>
        <message>
            <source>Start {app} when I log in</source>
            <translation>Abrir {app} al iniciar sesión</translation>
        </message>
        <message>
            <source>Starting at login could not be changed ({reason}).</source>
            <translation>No se pudo cambiar el inicio automático al iniciar sesión ({reason}).</translation>
        </message>
        <message>
            <source>Step title</source>
            <translation>Título del paso</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Pasos</translation>
        </message>
        <message>
            <source>Steps, one per line</source>
            <translation>Pasos, uno por línea</translation>
        </message>
        <message>
            <source>Stretch name</source>
            <translation>Nombre del estiramiento</translation>
        </message>
        <message>
            <source>Stretches</source>
            <translation>Estiramientos</translation>
        </message>
        <message>
            <source>Stretches, in order</source>
            <translation>Estiramientos, en orden</translation>
        </message>
        <message>
            <source>System ({zone})</source>
            <translation>Sistema ({zone})</translation>
        </message>
        <message>
            <source>Temperature unit</source>
            <translation>Unidad de temperatura</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Texto</translation>
        </message>
        <message>
            <source>Text on the card</source>
            <translation>Texto de la tarjeta</translation>
        </message>
        <message>
            <source>Time of day</source>
            <translation>Hora del día</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Zona horaria</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Usual bedtime</source>
            <translation>Hora habitual de acostarse</translation>
        </message>
        <message>
            <source>Volume</source>
            <translation>Volumen</translation>
        </message>
        <message>
            <source>Wake-up time</source>
            <translation>Hora de levantarse</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <source>Windows you open from now on use the new language; the tray menu and the Tonight window change the next time {app} starts.</source>
            <translation>Las ventanas que abras a partir de ahora usarán el nuevo idioma; el menú del icono y la ventana «Esta noche» cambiarán la próxima vez que se inicie {app}.</translation>
        </message>
        <message>
            <source>With each breath</source>
            <translation>Con cada respiración</translation>
        </message>
        <message>
            <source>Your own steps</source>
            <translation>Tus propios pasos</translation>
        </message>
        <message>
            <source>Your own steps, in order</source>
            <translation>Tus propios pasos, en orden</translation>
        </message>
        <message>
            <source>Your own stretches</source>
            <translation>Tus propios estiramientos</translation>
        </message>
        <message>
            <source>Your settings could not be saved ({reason}); nothing was changed.</source>
            <translation>No se pudieron guardar tus ajustes ({reason}); no se ha cambiado nada.</translation>
        </message>
        <message>
            <source>after waking up</source>
            <translation>después de despertarte</translation>
        </message>
        <message>
            <source>at bedtime</source>
            <translation>a la hora de acostarse</translation>
        </message>
        <message>
            <source>at {time}</source>
            <translation>a las {time}</translation>
        </message>
        <message>
            <source>before bedtime</source>
            <translation>antes de acostarse</translation>
        </message>
        <message>
            <source>e.g. Figure-four stretch</source>
            <translation>p. ej., Estiramiento en cuatro</translation>
        </message>
        <message>
            <source>every day</source>
            <translation>todos los días</translation>
        </message>
        <message>
            <source>this file cannot be shown as a picture; choose another or none</source>
            <translation>este archivo no se puede mostrar como imagen; elige otro o ninguno</translation>
        </message>
        <message>
            <source>{name} (yours)</source>
            <translation>{name} (tuyo)</translation>
        </message>
        <message>
            <source>{name}: {problem}.</source>
            <translation>{name}: {problem}.</translation>
        </message>
        <message>
            <source>{step}: minutes</source>
            <translation>{step}: minutos</translation>
        </message>
        <message>
            <source>{title} · needs a fix</source>
            <translation>{title} · hay que corregirlo</translation>
        </message>
        <message>
            <source>{title} · {when} · {days}</source>
            <comment>a step in the list</comment>
            <translation>{title} · {when} · {days}</translation>
        </message>
        <message>
            <source>{weekday} night</source>
            <translation>Noche del {weekday}</translation>
        </message>
    </context>
    <context>
        <name>Settings file</name>
        <message>
            <source>These settings could not be used and take their defaults until you change them; the rest are in force, and {file} was not changed.
{problems}</source>
            <translation>Estos ajustes no se pudieron usar y tienen su valor por defecto hasta que los cambies; el resto se aplican y {file} no se ha modificado.
{problems}</translation>
        </message>
        <message>
            <source>Your settings file could not be used because {reason}. The defaults are in use; the old file was kept as {file}.</source>
            <translation>Tu archivo de ajustes no se pudo usar porque {reason}. Se usan los valores por defecto; el archivo anterior se guardó como {file}.</translation>
        </message>
        <message>
            <source>it is not a readable settings file ({cause})</source>
            <translation>no es un archivo de ajustes legible ({cause})</translation>
        </message>
    </context>
    <context>
        <name>SettingsErrors</name>
        <message>
            <source>"{id}" is a built-in stretch's id</source>
            <translation>"{id}" es el id de un estiramiento incluido</translation>
        </message>
        <message>
            <source>"{id}" is used twice</source>
            <translation>"{id}" se usa dos veces</translation>
        </message>
        <message>
            <source>"{text}" is not a time like 12:00</source>
            <translation>"{text}" no es una hora como 12:00</translation>
        </message>
        <message>
            <source>give either a time (at) or before_bedtime_minutes</source>
            <translation>indica una hora (at) o before_bedtime_minutes</translation>
        </message>
        <message>
            <source>is a number far too large</source>
            <translation>es un número demasiado grande</translation>
        </message>
        <message>
            <source>is missing</source>
            <translation>falta</translation>
        </message>
        <message>
            <source>is needed</source>
            <translation>es obligatorio</translation>
        </message>
        <message>
            <source>is not a field of a custom step</source>
            <translation>no es un campo de un paso propio</translation>
        </message>
        <message>
            <source>is not a field of a custom stretch</source>
            <translation>no es un campo de un estiramiento propio</translation>
        </message>
        <message>
            <source>is not a step this app knows</source>
            <translation>no es un paso que conozca esta aplicación</translation>
        </message>
        <message>
            <source>is not a weekday (monday … sunday) or 'default'</source>
            <translation>no es un día de la semana (monday … sunday) ni 'default'</translation>
        </message>
        <message>
            <source>left out</source>
            <translation>se deja fuera</translation>
        </message>
        <message>
            <source>must be a PNG, JPEG or SVG file (.png, .jpg, .jpeg, .svg)</source>
            <translation>debe ser un archivo PNG, JPEG o SVG (.png, .jpg, .jpeg, .svg)</translation>
        </message>
        <message>
            <source>must be a list like ["Lie down.", …]</source>
            <translation>debe ser una lista como ["Túmbate.", …]</translation>
        </message>
        <message>
            <source>must be a list of [[custom_steps]] tables</source>
            <translation>debe ser una lista de tablas [[custom_steps]]</translation>
        </message>
        <message>
            <source>must be a list of [[custom_stretches]] tables</source>
            <translation>debe ser una lista de tablas [[custom_stretches]]</translation>
        </message>
        <message>
            <source>must be a list of stretch ids</source>
            <translation>debe ser una lista de ids de estiramientos</translation>
        </message>
        <message>
            <source>must be a list of weekdays like ["monday", "friday"]</source>
            <translation>debe ser una lista de días como ["monday", "friday"]</translation>
        </message>
        <message>
            <source>must be a list of words like ["prog", "arg"]</source>
            <translation>debe ser una lista de palabras como ["prog", "arg"]</translation>
        </message>
        <message>
            <source>must be a table</source>
            <translation>debe ser una tabla</translation>
        </message>
        <message>
            <source>must be a table ([[custom_steps]])</source>
            <translation>debe ser una tabla ([[custom_steps]])</translation>
        </message>
        <message>
            <source>must be a table ([[custom_stretches]])</source>
            <translation>debe ser una tabla ([[custom_stretches]])</translation>
        </message>
        <message>
            <source>must be a time like "22:30"</source>
            <translation>debe ser una hora como "22:30"</translation>
        </message>
        <message>
            <source>must be a tuple of stretch ids</source>
            <translation>debe ser una tupla de ids de estiramientos</translation>
        </message>
        <message>
            <source>must be a whole number</source>
            <translation>debe ser un número entero</translation>
        </message>
        <message>
            <source>must be at most {count} characters</source>
            <translation>debe tener como máximo {count} caracteres</translation>
        </message>
        <message>
            <source>must be auto, cards, notifications or both</source>
            <translation>debe ser auto, cards, notifications o both</translation>
        </message>
        <message>
            <source>must be auto, celsius or fahrenheit</source>
            <translation>debe ser auto, celsius o fahrenheit</translation>
        </message>
        <message>
            <source>must be auto, evening or day</source>
            <translation>debe ser auto, evening o day</translation>
        </message>
        <message>
            <source>must be between {low} and {high}</source>
            <translation>debe estar entre {low} y {high}</translation>
        </message>
        <message>
            <source>must be between {low} and {high}, not {value}</source>
            <translation>debe estar entre {low} y {high}, no {value}</translation>
        </message>
        <message>
            <source>must be from 12:00 on (the app's day turns at noon)</source>
            <translation>debe ser a partir de las 12:00 (el día de la aplicación cambia a mediodía)</translation>
        </message>
        <message>
            <source>must be letters, digits and '-' (at most {count} characters)</source>
            <translation>debe tener solo letras, cifras y '-' (como máximo {count} caracteres)</translation>
        </message>
        <message>
            <source>must be off, chime or voice</source>
            <translation>debe ser off, chime o voice</translation>
        </message>
        <message>
            <source>must be text in quotes</source>
            <translation>debe ser texto entre comillas</translation>
        </message>
        <message>
            <source>must be true or false</source>
            <translation>debe ser true o false</translation>
        </message>
        <message>
            <source>must be {low} to {high} steps</source>
            <translation>debe tener de {low} a {high} pasos</translation>
        </message>
        <message>
            <source>must name at least one stretch</source>
            <translation>debe nombrar al menos un estiramiento</translation>
        </message>
        <message>
            <source>must name weekdays (monday … sunday)</source>
            <translation>debe nombrar días de la semana (monday … sunday)</translation>
        </message>
        <message>
            <source>must not be empty</source>
            <translation>no debe estar vacío</translation>
        </message>
        <message>
            <source>must not hold an empty step</source>
            <translation>no debe contener un paso vacío</translation>
        </message>
        <message>
            <source>must start with the program to run</source>
            <translation>debe empezar por el programa que se ejecuta</translation>
        </message>
        <message>
            <source>names "{item}", which is neither a built-in stretch nor one of your own</source>
            <translation>nombra "{item}", que no es un estiramiento incluido ni uno de los tuyos</translation>
        </message>
        <message>
            <source>names a stretch more than once</source>
            <translation>nombra un estiramiento más de una vez</translation>
        </message>
        <message>
            <source>one step is over {count} characters</source>
            <translation>un paso tiene más de {count} caracteres</translation>
        </message>
        <message>
            <source>unknown step {name}</source>
            <translation>paso desconocido {name}</translation>
        </message>
        <message>
            <source>using none</source>
            <translation>no se usa ninguno</translation>
        </message>
        <message>
            <source>using the default</source>
            <translation>se usa el valor por defecto</translation>
        </message>
        <message>
            <source>using the defaults</source>
            <translation>se usan los valores por defecto</translation>
        </message>
        <message>
            <source>using {value}</source>
            <translation>se usa {value}</translation>
        </message>
        <message>
            <source>weekday {weekday} is not 0-6</source>
            <translation>el día {weekday} no está entre 0 y 6</translation>
        </message>
        <message>
            <source>{item} is not one of {ids} or an id of your own stretches</source>
            <translation>{item} no es uno de {ids} ni el id de uno de tus estiramientos</translation>
        </message>
        <message>
            <source>{key}: {problem}; {instead}</source>
            <translation>{key}: {problem}; {instead}</translation>
        </message>
        <message>
            <source>{name} is not a known IANA time zone</source>
            <translation>{name} no es una zona horaria IANA conocida</translation>
        </message>
        <message>
            <source>{text} is not a time like 22:30</source>
            <translation>{text} no es una hora como 22:30</translation>
        </message>
    </context>
    <context>
        <name>StepCommands</name>
        <message>
            <source>The command “{command}” could not be started.</source>
            <translation>No se pudo iniciar la orden «{command}».</translation>
        </message>
        <message>
            <source>The command “{command}” failed (exit status {code}).</source>
            <translation>La orden «{command}» falló (código de salida {code}).</translation>
        </message>
        <message>
            <source>The command “{command}” failed (exit status {code}): {output}.</source>
            <translation>La orden «{command}» falló (código de salida {code}): {output}.</translation>
        </message>
        <message>
            <source>The command “{command}” stopped unexpectedly.</source>
            <translation>La orden «{command}» se detuvo de forma inesperada.</translation>
        </message>
        <message>
            <source>The command “{command}” took over {seconds} s and was stopped.</source>
            <translation>La orden «{command}» tardó más de {seconds} s y se detuvo.</translation>
        </message>
    </context>
    <context>
        <name>Steps</name>
        <message>
            <source>Breathing</source>
            <translation>Respiración</translation>
        </message>
        <message>
            <source>From now on, choose decaf, herbal tea or water.</source>
            <translation>A partir de ahora, mejor descafeinado, infusión o agua.</translation>
        </message>
        <message>
            <source>Last coffee of the day</source>
            <translation>Último café del día</translation>
        </message>
        <message>
            <source>Lights dimmed</source>
            <translation>Luces bajadas</translation>
        </message>
        <message>
            <source>Lights down</source>
            <translation>Bajar las luces</translation>
        </message>
        <message>
            <source>Lights out</source>
            <translation>Apagar la luz</translation>
        </message>
        <message>
            <source>Magnesium</source>
            <translation>Magnesio</translation>
        </message>
        <message>
            <source>Morning check-in</source>
            <translation>Registro matutino</translation>
        </message>
        <message>
            <source>Morning stretches</source>
            <translation>Estiramientos de la mañana</translation>
        </message>
        <message>
            <source>Stretches</source>
            <translation>Estiramientos</translation>
        </message>
    </context>
    <context>
        <name>Stretch</name>
        <message numerus="yes">
            <source>%n seconds left</source>
            <translation>
                <numerusform>queda %n segundo</numerusform>
                <numerusform>quedan %n segundos</numerusform>
            </translation>
        </message>
        <message>
            <source>All done</source>
            <translation>Ya está</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Atrás</translation>
        </message>
        <message>
            <source>Carry on with the stretches (G or Esc)</source>
            <translation>Seguir con los estiramientos (G o Esc)</translation>
        </message>
        <message>
            <source>Change position</source>
            <translation>Cambia de posición</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Close the stretch window</source>
            <translation>Cerrar la ventana de estiramientos</translation>
        </message>
        <message>
            <source>Close this window (Enter)</source>
            <translation>Cerrar esta ventana (Intro)</translation>
        </message>
        <message>
            <source>Drawing of the {name}</source>
            <translation>Dibujo: {name}</translation>
        </message>
        <message>
            <source>End here and see what you did (S)</source>
            <translation>Terminar aquí y ver lo que hiciste (S)</translation>
        </message>
        <message>
            <source>Every stretch counts. Let your legs rest and wind down for sleep.</source>
            <translation>Cada estiramiento cuenta. Deja descansar las piernas y prepárate para dormir.</translation>
        </message>
        <message>
            <source>Fill the whole screen, or go back to a window (F)</source>
            <translation>Ocupar toda la pantalla o volver a una ventana (F)</translation>
        </message>
        <message>
            <source>Full screen</source>
            <translation>Pantalla completa</translation>
        </message>
        <message>
            <source>Get ready</source>
            <translation>Prepárate</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>Volver atrás</translation>
        </message>
        <message>
            <source>Go on</source>
            <translation>Seguir</translation>
        </message>
        <message>
            <source>Go on with the stretches</source>
            <translation>Seguir con los estiramientos</translation>
        </message>
        <message>
            <source>Guided stretches — {app}</source>
            <translation>Estiramientos guiados — {app}</translation>
        </message>
        <message>
            <source>Hold</source>
            <translation>Mantén</translation>
        </message>
        <message>
            <source>Last one — then you are done</source>
            <translation>El último, y ya está</translation>
        </message>
        <message>
            <source>Leave full screen</source>
            <translation>Salir de pantalla completa</translation>
        </message>
        <message>
            <source>Left leg</source>
            <translation>Pierna izquierda</translation>
        </message>
        <message>
            <source>Move on to the next hold (→)</source>
            <translation>Pasar al siguiente tramo (→)</translation>
        </message>
        <message>
            <source>Next: {name}</source>
            <translation>Siguiente: {name}</translation>
        </message>
        <message>
            <source>Next: {name}, left leg</source>
            <translation>Siguiente: {name}, pierna izquierda</translation>
        </message>
        <message>
            <source>Next: {name}, right leg</source>
            <translation>Siguiente: {name}, pierna derecha</translation>
        </message>
        <message>
            <source>Nicely done. Let your legs rest and wind down for sleep.</source>
            <translation>Muy bien. Deja descansar las piernas y prepárate para dormir.</translation>
        </message>
        <message>
            <source>No stretches this time</source>
            <translation>Esta vez no hubo estiramientos</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pausa</translation>
        </message>
        <message>
            <source>Pause and choose whether to end tonight's stretches here (Esc)</source>
            <translation>Pausar y decidir si terminar aquí los estiramientos de esta noche (Esc)</translation>
        </message>
        <message>
            <source>Pause or resume the timer (Space)</source>
            <translation>Pausar o reanudar el temporizador (Espacio)</translation>
        </message>
        <message>
            <source>Pause the stretch timer</source>
            <translation>Pausar el temporizador de estiramiento</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>En pausa</translation>
        </message>
        <message>
            <source>Ready when you are</source>
            <translation>Cuando quieras</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Reanudar</translation>
        </message>
        <message>
            <source>Resume the stretch timer</source>
            <translation>Reanudar el temporizador de estiramiento</translation>
        </message>
        <message>
            <source>Right leg</source>
            <translation>Pierna derecha</translation>
        </message>
        <message>
            <source>S stop · G or Esc go on</source>
            <translation>S parar · G o Esc seguir</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Omitir</translation>
        </message>
        <message>
            <source>Skip this hold</source>
            <translation>Omitir este tramo</translation>
        </message>
        <message>
            <source>Space pause · ← back · → skip · F full screen · Esc stop</source>
            <translation>Espacio pausa · ← atrás · → omitir · F pantalla completa · Esc parar</translation>
        </message>
        <message>
            <source>Start this hold again, or go back one if it has only just begun (←)</source>
            <translation>Empezar de nuevo este tramo, o volver al anterior si acaba de empezar (←)</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Parar</translation>
        </message>
        <message>
            <source>Stop the stretches</source>
            <translation>Parar los estiramientos</translation>
        </message>
        <message>
            <source>Stop the stretches now</source>
            <translation>Parar los estiramientos ahora</translation>
        </message>
        <message>
            <source>Stop tonight's stretches?</source>
            <translation>¿Parar los estiramientos de esta noche?</translation>
        </message>
        <message>
            <source>Switch to the left leg</source>
            <translation>Cambia a la pierna izquierda</translation>
        </message>
        <message>
            <source>Switch to the right leg</source>
            <translation>Cambia a la pierna derecha</translation>
        </message>
        <message>
            <source>That's fine — you can start again from the tray whenever you like.</source>
            <translation>No pasa nada: puedes volver a empezar desde la bandeja cuando quieras.</translation>
        </message>
        <message>
            <source>That's it for tonight</source>
            <translation>Por esta noche, ya está</translation>
        </message>
        <message>
            <source>Time left</source>
            <translation>Tiempo restante</translation>
        </message>
        <message>
            <source>Toggle full screen</source>
            <translation>Activar o desactivar pantalla completa</translation>
        </message>
        <message numerus="yes">
            <source>You completed all %n holds in under a minute.</source>
            <translation>
                <numerusform>Completaste %n tramo en menos de un minuto.</numerusform>
                <numerusform>Completaste los %n tramos en menos de un minuto.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>You completed all {planned} holds in %n minutes.</source>
            <translation>
                <numerusform>Completaste los {planned} tramos en %n minuto.</numerusform>
                <numerusform>Completaste los {planned} tramos en %n minutos.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>You completed {completed} of %n holds in under a minute.</source>
            <translation>
                <numerusform>Completaste {completed} de %n tramo en menos de un minuto.</numerusform>
                <numerusform>Completaste {completed} de %n tramos en menos de un minuto.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>You completed {completed} of {planned} holds in %n minutes.</source>
            <translation>
                <numerusform>Completaste {completed} de {planned} tramos en %n minuto.</numerusform>
                <numerusform>Completaste {completed} de {planned} tramos en %n minutos.</numerusform>
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
            <translation>{completed} de {planned}</translation>
        </message>
        <message>
            <source>{phase}: {time} left</source>
            <translation>{phase}: quedan {time}</translation>
        </message>
    </context>
    <context>
        <name>Stretches</name>
        <message>
            <source>Bend the front knee and step the working leg well back, toes pointing at the wall.</source>
            <translation>Dobla la rodilla de delante y lleva la otra pierna atrás, con los dedos hacia la pared.</translation>
        </message>
        <message>
            <source>Bend the other knee and rest that foot against the inside of the straight thigh.</source>
            <translation>Dobla la otra rodilla y apoya ese pie en la cara interna del muslo estirado.</translation>
        </message>
        <message>
            <source>Bend the working knee and bring the heel up toward your seat.</source>
            <translation>Dobla la rodilla que trabaja y lleva el talón hacia el glúteo.</translation>
        </message>
        <message>
            <source>Breathe out slowly as you draw the knee in, and stop short of any pain.</source>
            <translation>Suelta el aire despacio mientras acercas la rodilla, y para antes de notar dolor.</translation>
        </message>
        <message>
            <source>Bring the working knee up toward your chest.</source>
            <translation>Sube la rodilla que trabaja hacia el pecho.</translation>
        </message>
        <message>
            <source>Calf stretch</source>
            <translation>Estiramiento de gemelos</translation>
        </message>
        <message>
            <source>Clasp your hands just below the knee and hug it in softly.</source>
            <translation>Junta las manos justo debajo de la rodilla y abrázala con suavidad.</translation>
        </message>
        <message>
            <source>Cross the working leg over it and set that foot flat beside the straight knee.</source>
            <translation>Cruza la pierna que trabaja por encima y apoya ese pie plano junto a la rodilla estirada.</translation>
        </message>
        <message>
            <source>Draw the knee gently toward your chest and sit tall.</source>
            <translation>Lleva la rodilla con suavidad hacia el pecho y mantén la espalda recta.</translation>
        </message>
        <message>
            <source>Face a wall and rest both palms on it at shoulder height.</source>
            <translation>Ponte frente a una pared y apoya en ella las dos palmas a la altura de los hombros.</translation>
        </message>
        <message>
            <source>Hamstring stretch</source>
            <translation>Estiramiento de isquiotibiales</translation>
        </message>
        <message>
            <source>Hip and glute stretch</source>
            <translation>Estiramiento de cadera y glúteo</translation>
        </message>
        <message>
            <source>Hold on for balance the whole time, and never yank the foot upward.</source>
            <translation>Sujétate todo el tiempo para no perder el equilibrio, y nunca tires del pie hacia arriba de golpe.</translation>
        </message>
        <message>
            <source>Hold that ankle with the hand on the same side.</source>
            <translation>Sujeta ese tobillo con la mano del mismo lado.</translation>
        </message>
        <message>
            <source>Keep both knees close together and your hips level.</source>
            <translation>Mantén las rodillas juntas y la cadera nivelada.</translation>
        </message>
        <message>
            <source>Keep that back leg straight and press its heel into the floor.</source>
            <translation>Mantén recta la pierna de atrás y apoya bien el talón en el suelo.</translation>
        </message>
        <message>
            <source>Keep the other leg long on the floor.</source>
            <translation>Deja la otra pierna estirada en el suelo.</translation>
        </message>
        <message>
            <source>Keep your back long and fold forward from the hips.</source>
            <translation>Mantén la espalda larga e inclínate hacia delante desde la cadera.</translation>
        </message>
        <message>
            <source>Keep your head and shoulders relaxed on the floor and breathe slowly.</source>
            <translation>Deja la cabeza y los hombros relajados en el suelo y respira despacio.</translation>
        </message>
        <message>
            <source>Lead with the chest rather than rounding your back, and ease off if it hurts.</source>
            <translation>Avanza con el pecho en lugar de curvar la espalda, y afloja si duele.</translation>
        </message>
        <message>
            <source>Lean your whole body toward the wall until the calf feels a gentle pull.</source>
            <translation>Inclina todo el cuerpo hacia la pared hasta notar que el gemelo se estira suavemente.</translation>
        </message>
        <message>
            <source>Let the wall take your weight, and keep the back heel down without bouncing.</source>
            <translation>Deja que la pared sostenga tu peso y mantén el talón de atrás en el suelo, sin rebotes.</translation>
        </message>
        <message>
            <source>Lie on your back with your head resting on the floor.</source>
            <translation>Túmbate boca arriba con la cabeza apoyada en el suelo.</translation>
        </message>
        <message>
            <source>Lying leg stretch</source>
            <translation>Estiramiento de pierna boca arriba</translation>
        </message>
        <message>
            <source>Quadriceps stretch</source>
            <translation>Estiramiento de cuádriceps</translation>
        </message>
        <message>
            <source>Reach toward the shin or ankle, only as far as feels comfortable.</source>
            <translation>Lleva las manos hacia la espinilla o el tobillo, solo hasta donde te resulte cómodo.</translation>
        </message>
        <message>
            <source>Sit on the floor with the working leg straight out in front, toes to the ceiling.</source>
            <translation>Siéntate en el suelo con la pierna que trabaja estirada al frente y los dedos del pie hacia el techo.</translation>
        </message>
        <message>
            <source>Sit up straight on the floor with the other leg stretched out in front.</source>
            <translation>Siéntate en el suelo con la espalda recta y la otra pierna estirada al frente.</translation>
        </message>
        <message>
            <source>Stand tall and hold a wall or the back of a chair with one hand.</source>
            <translation>Ponte de pie con la espalda recta y apoya una mano en una pared o en el respaldo de una silla.</translation>
        </message>
        <message>
            <source>Wrap both arms around the bent knee.</source>
            <translation>Rodea la rodilla doblada con los dos brazos.</translation>
        </message>
        <message>
            <source>calf</source>
            <translation>gemelos</translation>
        </message>
        <message>
            <source>glute and hamstring</source>
            <translation>glúteo e isquiotibiales</translation>
        </message>
        <message>
            <source>hamstring</source>
            <translation>isquiotibiales</translation>
        </message>
        <message>
            <source>hip and glute</source>
            <translation>cadera y glúteo</translation>
        </message>
        <message>
            <source>quadriceps</source>
            <translation>cuádriceps</translation>
        </message>
        <message>
            <source>{number} of {total}</source>
            <translation>{number} de {total}</translation>
        </message>
    </context>
    <context>
        <name>Tonight</name>
        <message>
            <source>Done</source>
            <translation>Hecho</translation>
        </message>
        <message>
            <source>Nothing is planned yet.</source>
            <translation>Aún no hay nada previsto.</translation>
        </message>
        <message>
            <source>Paused tonight</source>
            <translation>En pausa esta noche</translation>
        </message>
        <message>
            <source>Reminders are off: the journal was written by a newer version of Bedtime Companion and is open read-only.</source>
            <translation>Los recordatorios están desactivados: el diario lo escribió una versión más nueva de Bedtime Companion y está abierto en solo lectura.</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Omitir</translation>
        </message>
        <message>
            <source>Snooze</source>
            <translation>Más tarde</translation>
        </message>
        <message>
            <source>Stop {app} and tonight's reminders</source>
            <translation>Cerrar {app} y los recordatorios de esta noche</translation>
        </message>
        <message>
            <source>Tonight</source>
            <translation>Esta noche</translation>
        </message>
        <message>
            <source>Tonight — {app}</source>
            <translation>Esta noche — {app}</translation>
        </message>
        <message>
            <source>Tonight's routine is complete.</source>
            <translation>La rutina de esta noche está completa.</translation>
        </message>
        <message>
            <source>Your desktop shows no tray area, so this window stands in for the tray icon. Closing it keeps the reminders running; Quit stops them.</source>
            <translation>Tu escritorio no tiene área de bandeja, así que esta ventana sustituye al icono de la bandeja. Si la cierras, los recordatorios siguen; Salir los detiene.</translation>
        </message>
        <message>
            <source>done</source>
            <translation>hecho</translation>
        </message>
        <message>
            <source>missed</source>
            <translation>no se hizo</translation>
        </message>
        <message>
            <source>now</source>
            <translation>ahora</translation>
        </message>
        <message>
            <source>partly done</source>
            <translation>a medias</translation>
        </message>
        <message>
            <source>skipped</source>
            <translation>omitido</translation>
        </message>
        <message>
            <source>still to come</source>
            <translation>pendiente</translation>
        </message>
    </context>
    <context>
        <name>Tray</name>
        <message>
            <source>About</source>
            <translation>Acerca de</translation>
        </message>
        <message>
            <source>About {app}</source>
            <translation>Acerca de {app}</translation>
        </message>
        <message>
            <source>Legs restless now…</source>
            <translation>Piernas inquietas ahora…</translation>
        </message>
        <message>
            <source>Log last night…</source>
            <translation>Anotar la noche pasada…</translation>
        </message>
        <message>
            <source>Open journal…</source>
            <translation>Abrir el diario…</translation>
        </message>
        <message>
            <source>Pause tonight</source>
            <translation>Pausar esta noche</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Salir</translation>
        </message>
        <message>
            <source>Resume tonight</source>
            <translation>Reanudar esta noche</translation>
        </message>
        <message>
            <source>Settings…</source>
            <translation>Ajustes…</translation>
        </message>
        <message>
            <source>Start stretches now</source>
            <translation>Estirar ahora</translation>
        </message>
    </context>
    <context>
        <name>Treatments</name>
        <message>
            <source>&amp;Add medicine</source>
            <translation>&amp;Añadir medicamento</translation>
        </message>
        <message>
            <source>A new medicine needs its name, its dose and a unit.</source>
            <translation>Un medicamento nuevo necesita nombre, dosis y unidad.</translation>
        </message>
        <message>
            <source>A test result needs a ferritin or a TSAT value (or both).</source>
            <translation>Un resultado de análisis necesita un valor de ferritina o de TSAT (o ambos).</translation>
        </message>
        <message>
            <source>About the iron numbers: the 2024 guideline of the American Academy of Sleep Medicine (Winkelman et al., Journal of Clinical Sleep Medicine 2024, doi 10.5664/jcsm.11390) uses ferritin at or below 75 ng/mL (the same as µg/L) or a transferrin saturation (TSAT) below 20 % as its thresholds for iron in restless legs. These numbers are here for a conversation with your clinician; this app does not advise any treatment or dose.</source>
            <translation>Sobre las cifras de hierro: la guía de 2024 de la American Academy of Sleep Medicine (Winkelman et al., Journal of Clinical Sleep Medicine 2024, doi 10.5664/jcsm.11390) usa como umbrales de hierro en las piernas inquietas una ferritina igual o inferior a 75 ng/mL (lo mismo que µg/L) o una saturación de transferrina (TSAT) inferior al 20 %. Estas cifras están aquí para que las hables con tu médico o médica; esta aplicación no aconseja ningún tratamiento ni dosis.</translation>
        </message>
        <message>
            <source>About when the legs start</source>
            <translation>Sobre cuándo empiezan las piernas</translation>
        </message>
        <message>
            <source>Add &amp;test result</source>
            <translation>Añadir aná&amp;lisis</translation>
        </message>
        <message>
            <source>Changed {name} {dose} {unit}</source>
            <translation>Cambiado: {name} {dose} {unit}</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Date of the test</source>
            <translation>Fecha del análisis</translation>
        </message>
        <message>
            <source>Dose</source>
            <translation>Dosis</translation>
        </message>
        <message>
            <source>Ferritin</source>
            <translation>Ferritina</translation>
        </message>
        <message>
            <source>Ferritin (µg/L)</source>
            <translation>Ferritina (µg/L)</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Desde</translation>
        </message>
        <message>
            <source>Iron test on</source>
            <translation>Análisis de hierro del</translation>
        </message>
        <message>
            <source>Iron test: TSAT {tsat} %</source>
            <translation>Análisis de hierro: TSAT {tsat} %</translation>
        </message>
        <message>
            <source>Iron test: ferritin {ferritin}</source>
            <translation>Análisis de hierro: ferritina {ferritin}</translation>
        </message>
        <message>
            <source>Iron test: ferritin {ferritin}, TSAT {tsat} %</source>
            <translation>Análisis de hierro: ferritina {ferritin}, TSAT {tsat} %</translation>
        </message>
        <message>
            <source>Iron tests</source>
            <translation>Análisis de hierro</translation>
        </message>
        <message>
            <source>Last day taken</source>
            <translation>Último día de toma</translation>
        </message>
        <message>
            <source>Medicine</source>
            <translation>Medicamento</translation>
        </message>
        <message>
            <source>Medicine name</source>
            <translation>Nombre del medicamento</translation>
        </message>
        <message>
            <source>Medicine to stop</source>
            <translation>Medicamento que se deja</translation>
        </message>
        <message>
            <source>Medicines</source>
            <translation>Medicamentos</translation>
        </message>
        <message>
            <source>New medicine</source>
            <translation>Medicamento nuevo</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problema</translation>
        </message>
        <message>
            <source>Record &amp;stop</source>
            <translation>Anotar &amp;fin</translation>
        </message>
        <message>
            <source>Record a change</source>
            <translation>Anotar un cambio</translation>
        </message>
        <message>
            <source>Started {name} {dose} {unit}</source>
            <translation>Empezado: {name} {dose} {unit}</translation>
        </message>
        <message>
            <source>Stopped</source>
            <translation>Dejado</translation>
        </message>
        <message>
            <source>Stopped {name}</source>
            <translation>Dejado: {name}</translation>
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
            <translation>Lo tomo desde</translation>
        </message>
        <message>
            <source>Time of day</source>
            <translation>Hora del día</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Hasta</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unidad</translation>
        </message>
        <message>
            <source>When the legs start</source>
            <translation>Cuándo empiezan las piernas</translation>
        </message>
        <message>
            <source>e.g. pramipexole</source>
            <translation>p. ej., pramipexol</translation>
        </message>
        <message>
            <source>from</source>
            <comment>taking it from</comment>
            <translation>desde</translation>
        </message>
        <message>
            <source>still taking</source>
            <translation>en curso</translation>
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
            <translation>Añadir {minutes} minutos de respiración lenta, {before} minutos antes de acostarte</translation>
        </message>
        <message>
            <source>Get started</source>
            <translation>Empezar</translation>
        </message>
        <message>
            <source>I usually get up at</source>
            <translation>Suelo levantarme a las</translation>
        </message>
        <message>
            <source>I usually go to bed at</source>
            <translation>Suelo acostarme a las</translation>
        </message>
        <message>
            <source>Please read: this is not medical advice</source>
            <translation>Léelo, por favor: esto no es consejo médico</translation>
        </message>
        <message>
            <source>Start {app} when I log in</source>
            <translation>Abrir {app} al iniciar sesión</translation>
        </message>
        <message>
            <source>Usual bedtime</source>
            <translation>Hora habitual de acostarse</translation>
        </message>
        <message>
            <source>Usual wake-up time</source>
            <translation>Hora habitual de levantarse</translation>
        </message>
        <message>
            <source>Welcome to {app}</source>
            <translation>Te damos la bienvenida a {app}</translation>
        </message>
        <message>
            <source>You can change these, the reminder times and your magnesium dose any time under Settings… in the tray menu.</source>
            <translation>Puedes cambiar esto, las horas de los recordatorios y tu dosis de magnesio cuando quieras en Ajustes… del menú de la bandeja.</translation>
        </message>
    </context>
    <context>
        <name>Widgets</name>
        <message>
            <source>"{typed}" is not a time like {example}</source>
            <translation>«{typed}» no es una hora como {example}</translation>
        </message>
        <message>
            <source>At bedtime</source>
            <translation>Al acostarme</translation>
        </message>
        <message>
            <source>Clear</source>
            <comment>empties a time field</comment>
            <translation>Borrar</translation>
        </message>
        <message>
            <source>Clear {field}</source>
            <comment>{field}: the name of a time field</comment>
            <translation>Borrar {field}</translation>
        </message>
        <message>
            <source>In the afternoon</source>
            <translation>Por la tarde</translation>
        </message>
        <message>
            <source>In the evening</source>
            <translation>Por la noche</translation>
        </message>
        <message>
            <source>In the morning</source>
            <translation>Por la mañana</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Suave</translation>
        </message>
        <message>
            <source>Moderate</source>
            <translation>Moderado</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Ninguno</translation>
        </message>
        <message>
            <source>Not at all</source>
            <translation>En ningún momento</translation>
        </message>
        <message>
            <source>Vigorous</source>
            <translation>Intenso</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <source>h:mm am/pm</source>
            <comment>hours, minutes and am or pm to type</comment>
            <translation>h:mm a. m./p. m.</translation>
        </message>
        <message>
            <source>hh:mm</source>
            <comment>hours and minutes to type</comment>
            <translation>hh:mm</translation>
        </message>
        <message>
            <source>the time zone is unknown</source>
            <translation>la zona horaria es desconocida</translation>
        </message>
    </context>
</TS>
