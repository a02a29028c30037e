<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en_US">
<context>
    <name>Autosave</name>
    <message>
        <source>Autosave cannot write to {folder}: {reason}. Your unsaved changes are not being saved automatically; Overlap Planner keeps trying.</source>
        <translation>El autoguardado no puede escribir en {folder}: {reason}. Los cambios sin guardar no se están guardando automáticamente; Overlap Planner lo sigue intentando.</translation>
    </message>
    <message>
        <source>a file is in the way of the folder</source>
        <translation>hay un archivo en lugar de la carpeta</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permiso denegado</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>error desconocido</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <source> Weeks: </source>
        <translation> Semanas: </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflicto</numerusform>
            <numerusform>%n conflictos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gap(s)</source>
        <translation>
            <numerusform>%n hueco</numerusform>
            <numerusform>%n huecos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n occurrence(s)</source>
        <translation>
            <numerusform>%n sesión</numerusform>
            <numerusform>%n sesiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n short</source>
        <comment>intervals understaffed</comment>
        <translation>
            <numerusform>falta %n</numerusform>
            <numerusform>faltan %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <comment>occurrences of a meeting</comment>
        <translation>
            <numerusform>%n omitida</numerusform>
            <numerusform>%n omitidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n short)</source>
        <comment>agents missing in the interval</comment>
        <translation>
            <numerusform>(falta %n)</numerusform>
            <numerusform>(faltan %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>({names} not working)</source>
        <translation>({names} no trabaja)</translation>
    </message>
    <message>
        <source>({vendor} for {client}, {kind})</source>
        <translation>({vendor} para {client}, {kind})</translation>
    </message>
    <message>
        <source>, </source>
        <comment>the separator of a list</comment>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>... and %n more</source>
        <translation>
            <numerusform>... y %n más</numerusform>
            <numerusform>... y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Agents: {role}</source>
        <translation>Agentes: {role}</translation>
    </message>
    <message>
        <source>Back to the Weekly Hours</source>
        <translation>Volver al horario semanal</translation>
    </message>
    <message>
        <source>CONFLICT: {names} not working</source>
        <translation>CONFLICTO: {names} no trabaja</translation>
    </message>
    <message>
        <source>Change Only {date}</source>
        <translation>Cambiar solo el {date}</translation>
    </message>
    <message>
        <source>Clock changes: {changes}</source>
        <translation>Cambios de hora: {changes}</translation>
    </message>
    <message>
        <source>Copy Times</source>
        <translation>Copiar horas</translation>
    </message>
    <message>
        <source>Copy Times at {when}</source>
        <translation>Copiar horas de {when}</translation>
    </message>
    <message>
        <source>DST change</source>
        <translation>cambio de horario de verano</translation>
    </message>
    <message>
        <source>Day Off</source>
        <translation>Día libre</translation>
    </message>
    <message>
        <source>Dots per inch:</source>
        <translation>Puntos por pulgada:</translation>
    </message>
    <message>
        <source>Edit Meeting “{title}”…</source>
        <translation>Editar la reunión «{title}»…</translation>
    </message>
    <message>
        <source>Edit {name}&apos;s Weekly Hours…</source>
        <translation>Editar el horario semanal de {name}…</translation>
    </message>
    <message>
        <source>Every team&apos;s local time here, as text for an email</source>
        <translation>La hora local de cada equipo en este punto, como texto para un correo</translation>
    </message>
    <message>
        <source>Every team&apos;s local time of this occurrence, as text for an email</source>
        <translation>La hora local de cada equipo en esta sesión, como texto para un correo</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Exportar gráfico</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>NO CUMPLE</translation>
    </message>
    <message>
        <source>Generated {stamp} by Overlap Planner {version} (tzdata {tzdata})</source>
        <translation>Generado el {stamp} con Overlap Planner {version} (tzdata {tzdata})</translation>
    </message>
    <message>
        <source>Half Day</source>
        <translation>Media jornada</translation>
    </message>
    <message>
        <source>How many weeks to print, from the week shown</source>
        <translation>Cuántas semanas imprimir, a partir de la semana mostrada</translation>
    </message>
    <message>
        <source>Meetings in these dates</source>
        <translation>Reuniones en estas fechas</translation>
    </message>
    <message>
        <source>Move Back to the Series Time</source>
        <translation>Volver a la hora de la serie</translation>
    </message>
    <message>
        <source>N/A</source>
        <comment>a verdict that cannot be given</comment>
        <translation>N/D</translation>
    </message>
    <message>
        <source>New Meeting at {when}…</source>
        <translation>Nueva reunión a las {when}…</translation>
    </message>
    <message>
        <source>No client/vendor pair to show: add a client and a vendor team.</source>
        <translation>No hay ningún par cliente/proveedor que mostrar: añada un equipo cliente y uno proveedor.</translation>
    </message>
    <message>
        <source>No teams in this plan yet: add a team to see the chart.</source>
        <translation>Este plan aún no tiene equipos: añada un equipo para ver el gráfico.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Other Hours…</source>
        <translation>Otro horario…</translation>
    </message>
    <message>
        <source>Overlap chart</source>
        <translation>Gráfico de solapamiento</translation>
    </message>
    <message>
        <source>Overlap {duration}</source>
        <translation>Solapamiento {duration}</translation>
    </message>
    <message>
        <source>Overtime: One Hour Longer</source>
        <translation>Horas extra: una hora más</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>CUMPLE</translation>
    </message>
    <message>
        <source>PDF document (*.pdf);;PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Documento PDF (*.pdf);;Imagen PNG (*.png);;Dibujo SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG resolution</source>
        <translation>Resolución PNG</translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translation>Página {page} de {count}</translation>
    </message>
    <message>
        <source>Print preview — {title}</source>
        <translation>Vista previa de impresión — {title}</translation>
    </message>
    <message>
        <source>Roles in these dates</source>
        <translation>Funciones en estas fechas</translation>
    </message>
    <message>
        <source>SL {level}</source>
        <comment>service level</comment>
        <translation>NS {level}</translation>
    </message>
    <message>
        <source>Teams, zones and UTC offsets</source>
        <translation>Equipos, zonas y desfases UTC</translation>
    </message>
    <message>
        <source>Year {year}</source>
        <translation>Año {year}</translation>
    </message>
    <message>
        <source>agents required</source>
        <translation>agentes necesarios</translation>
    </message>
    <message>
        <source>agents scheduled</source>
        <translation>agentes programados</translation>
    </message>
    <message>
        <source>async</source>
        <translation>asíncrona</translation>
    </message>
    <message>
        <source>client</source>
        <translation>cliente</translation>
    </message>
    <message>
        <source>client not working</source>
        <translation>el cliente no trabaja</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflicto</translation>
    </message>
    <message>
        <source>coverage {coverage}% (needs {needed}%)</source>
        <translation>cobertura {coverage} % (necesita {needed} %)</translation>
    </message>
    <message>
        <source>daily overlap at least {overlap} (needs {needed}), {wait}</source>
        <translation>solapamiento diario mínimo {overlap} (necesita {needed}), {wait}</translation>
    </message>
    <message>
        <source>early/late (06-08, 19-22 local)</source>
        <translation>temprano/tarde (06-08, 19-22 local)</translation>
    </message>
    <message>
        <source>holiday (client above, vendor below)</source>
        <translation>festivo (cliente arriba, proveedor abajo)</translation>
    </message>
    <message>
        <source>holiday / day off</source>
        <translation>festivo / día libre</translation>
    </message>
    <message>
        <source>holidays {holidays}</source>
        <translation>festivos {holidays}</translation>
    </message>
    <message>
        <source>in clock-change weeks</source>
        <translation>en semanas de cambio de hora</translation>
    </message>
    <message>
        <source>inside everyone&apos;s hours</source>
        <translation>dentro del horario de todos</translation>
    </message>
    <message>
        <source>least overlap</source>
        <translation>menor solapamiento</translation>
    </message>
    <message>
        <source>longest wait {wait} (max {hours} h)</source>
        <translation>espera máxima {wait} (máx. {hours} h)</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>reunión</translation>
    </message>
    <message>
        <source>meeting: conflict</source>
        <translation>reunión: conflicto</translation>
    </message>
    <message>
        <source>meeting: skipped</source>
        <translation>reunión: omitida</translation>
    </message>
    <message>
        <source>most overlap</source>
        <translation>mayor solapamiento</translation>
    </message>
    <message>
        <source>moved from {date}</source>
        <translation>movida desde el {date}</translation>
    </message>
    <message>
        <source>night (22-06 local)</source>
        <translation>noche (22-06 local)</translation>
    </message>
    <message>
        <source>no client working days, {wait}</source>
        <translation>sin días laborables del cliente, {wait}</translation>
    </message>
    <message>
        <source>no client working time in these dates</source>
        <translation>el cliente no trabaja en estas fechas</translation>
    </message>
    <message>
        <source>no contacts</source>
        <translation>sin contactos</translation>
    </message>
    <message>
        <source>no contacts in this day</source>
        <translation>sin contactos este día</translation>
    </message>
    <message>
        <source>no gaps</source>
        <translation>sin huecos</translation>
    </message>
    <message>
        <source>no hours</source>
        <translation>sin horario</translation>
    </message>
    <message>
        <source>no overlap</source>
        <translation>sin solapamiento</translation>
    </message>
    <message>
        <source>no overlap on a working day</source>
        <translation>sin solapamiento en un día laborable</translation>
    </message>
    <message>
        <source>not reachable within 14 days</source>
        <translation>no localizable en 14 días</translation>
    </message>
    <message>
        <source>off</source>
        <comment>a day without working hours</comment>
        <translation>libre</translation>
    </message>
    <message>
        <source>on days the vendor never works</source>
        <translation>en días en que el proveedor nunca trabaja</translation>
    </message>
    <message>
        <source>on the vendor&apos;s holidays or days off</source>
        <translation>en festivos o días libres del proveedor</translation>
    </message>
    <message>
        <source>only on {days}</source>
        <translation>solo el {days}</translation>
    </message>
    <message>
        <source>outside the vendor&apos;s hours</source>
        <translation>fuera del horario del proveedor</translation>
    </message>
    <message>
        <source>overlap</source>
        <translation>solapamiento</translation>
    </message>
    <message>
        <source>overlap of every client/vendor pair</source>
        <translation>solapamiento de cada par cliente/proveedor</translation>
    </message>
    <message>
        <source>overlap of {pairs}</source>
        <translation>solapamiento de {pairs}</translation>
    </message>
    <message>
        <source>real-time</source>
        <translation>tiempo real</translation>
    </message>
    <message>
        <source>role: {name} ({kind})</source>
        <translation>función: {name} ({kind})</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>omitida</translation>
    </message>
    <message>
        <source>skipped ({reason})</source>
        <translation>omitida ({reason})</translation>
    </message>
    <message>
        <source>staffed</source>
        <comment>every interval has its agents</comment>
        <translation>con personal</translation>
    </message>
    <message>
        <source>times across in {zone}</source>
        <translation>horas en horizontal en {zone}</translation>
    </message>
    <message>
        <source>uncovered (role gap)</source>
        <translation>sin cubrir (hueco de la función)</translation>
    </message>
    <message>
        <source>understaffed (scheduled/required)</source>
        <translation>falta personal (programados/necesarios)</translation>
    </message>
    <message>
        <source>vendor</source>
        <translation>proveedor</translation>
    </message>
    <message>
        <source>working</source>
        <translation>trabajando</translation>
    </message>
    <message>
        <source>{change} at {time}</source>
        <translation>{change} a las {time}</translation>
    </message>
    <message>
        <source>{contacts} contacts: {required} agents required, {scheduled} scheduled, service level {level}%</source>
        <translation>{contacts} contactos: {required} agentes necesarios, {scheduled} programados, nivel de servicio {level} %</translation>
    </message>
    <message>
        <source>{count} OK</source>
        <translation>{count} OK</translation>
    </message>
    <message>
        <source>{least} – {most} a working day</source>
        <translation>{least} – {most} por día laborable</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>{percent}% on {vendor}&apos;s working days</source>
        <translation>{percent} % en los días laborables de {vendor}</translation>
    </message>
    <message>
        <source>{team}: {start} to {end}</source>
        <translation>{team}: de {start} a {end}</translation>
    </message>
    <message>
        <source>{weekday} {day} {month} {year}</source>
        <translation>{weekday} {day} {month} {year}</translation>
    </message>
    <message>
        <source>⚠ Clocks change today (see below)</source>
        <translation>⚠ Hoy cambia la hora (ver abajo)</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <source>{hours} h</source>
        <translation>{hours} h</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
        <source>{hour}a</source>
        <comment>an hour before noon on the chart&apos;s axis, as short as possible</comment>
        <translation>{hour}a</translation>
    </message>
    <message>
        <source>{hour}p</source>
        <comment>an hour after noon on the chart&apos;s axis, as short as possible</comment>
        <translation>{hour}p</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>{value}%</source>
        <translation>{value} %</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&quot;{name}&quot; has problems and was not opened (the file was not changed). Fix these lines and open it again:</source>
        <translation>«{name}» tiene problemas y no se abrió (el archivo no se modificó). Corrija estas líneas y vuelva a abrirlo:</translation>
    </message>
    <message>
        <source>&quot;{path}&quot; could not be written: {reason}</source>
        <translation>No se pudo escribir «{path}»: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n reunión</numerusform>
            <numerusform>%n reuniones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n role(s)</source>
        <translation>
            <numerusform>%n función</numerusform>
            <numerusform>%n funciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n team(s)</source>
        <translation>
            <numerusform>%n equipo</numerusform>
            <numerusform>%n equipos</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;24-Hour Clock</source>
        <translation>Reloj de &amp;24 horas</translation>
    </message>
    <message>
        <source>&amp;About Overlap Planner</source>
        <translation>&amp;Acerca de Overlap Planner</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Vaciar el menú</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Día</translation>
    </message>
    <message>
        <source>&amp;Display zone:</source>
        <translation>&amp;Zona de visualización:</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Export Chart…</source>
        <translation>&amp;Exportar gráfico…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Go to Date…</source>
        <translation>&amp;Ir a la fecha…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>Sig&amp;uiente</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Paneles</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Anterior</translation>
    </message>
    <message>
        <source>&amp;Publish to CalDAV…</source>
        <translation>&amp;Publicar en CalDAV…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>Idioma del &amp;sistema</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Hoy</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Semana</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Año</translation>
    </message>
    <message>
        <source>(the first client&apos;s zone: {reference_zone})</source>
        <translation>(la zona del primer cliente: {reference_zone})</translation>
    </message>
    <message>
        <source>24 h</source>
        <translation>24 h</translation>
    </message>
    <message>
        <source>24-hour clock (off: 12-hour with am/pm)</source>
        <translation>Reloj de 24 horas (desactivado: 12 horas con a. m./p. m.)</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Acerca de {app}</translation>
    </message>
    <message>
        <source>Add &amp;Meeting…</source>
        <translation>Añadir &amp;reunión…</translation>
    </message>
    <message>
        <source>Add &amp;Role…</source>
        <translation>Añadir &amp;función…</translation>
    </message>
    <message>
        <source>Add &amp;Team…</source>
        <translation>Añadir &amp;equipo…</translation>
    </message>
    <message>
        <source>Apply suggested hours to {name}</source>
        <translation>Aplicar el horario sugerido a {name}</translation>
    </message>
    <message>
        <source>Ask Each Time</source>
        <translation>Preguntar cada vez</translation>
    </message>
    <message>
        <source>Autosave failing</source>
        <translation>El autoguardado falla</translation>
    </message>
    <message>
        <source>Autosaved {time}</source>
        <translation>Autoguardado a las {time}</translation>
    </message>
    <message>
        <source>Autosaves now go to {answer}</source>
        <translation>Los autoguardados van ahora a {answer}</translation>
    </message>
    <message>
        <source>Cannot change the hours</source>
        <translation>No se puede cambiar el horario</translation>
    </message>
    <message>
        <source>Cannot export iCalendar</source>
        <translation>No se puede exportar iCalendar</translation>
    </message>
    <message>
        <source>Cannot export the chart</source>
        <translation>No se puede exportar el gráfico</translation>
    </message>
    <message>
        <source>Cannot move the meeting</source>
        <translation>No se puede mover la reunión</translation>
    </message>
    <message>
        <source>Cannot open plan</source>
        <translation>No se puede abrir el plan</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>No se puede restaurar</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>No se puede guardar</translation>
    </message>
    <message>
        <source>Change the shift</source>
        <translation>Cambiar el turno</translation>
    </message>
    <message>
        <source>Change {name}&apos;s shift on every {weekday} (the weekly hours), or only on {date}?

The choice is remembered; change it in Edit &gt; Dragging a Shift Edge Changes.</source>
        <translation>¿Cambiar el turno de {name} todos los {weekday} (el horario semanal) o solo el {date}?

La elección se recuerda; puede cambiarla en Editar &gt; Arrastrar el borde de un turno cambia.</translation>
    </message>
    <message>
        <source>Change {name}&apos;s shift on every {weekday} to {shift}</source>
        <translation>Cambiar el turno de {name} de todos los {weekday} a {shift}</translation>
    </message>
    <message>
        <source>Change {name}&apos;s shift on {date} only to {shift}</source>
        <translation>Cambiar el turno de {name} solo el {date} a {shift}</translation>
    </message>
    <message>
        <source>Choose Another Folder…</source>
        <translation>Elegir otra carpeta…</translation>
    </message>
    <message>
        <source>Choose a Folder for Autosaves</source>
        <translation>Elegir una carpeta para los autoguardados</translation>
    </message>
    <message>
        <source>Date shown</source>
        <translation>Fecha mostrada</translation>
    </message>
    <message>
        <source>Dragging a Shift &amp;Edge Changes</source>
        <translation>Arrastrar el &amp;borde de un turno cambia</translation>
    </message>
    <message>
        <source>E&amp;xamples</source>
        <translation>E&amp;jemplos</translation>
    </message>
    <message>
        <source>Edit plan properties</source>
        <translation>Editar las propiedades del plan</translation>
    </message>
    <message>
        <source>Every Such Weekday</source>
        <translation>Todos esos días de la semana</translation>
    </message>
    <message>
        <source>Every {weekday}</source>
        <translation>Todos los {weekday}</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Exportar gráfico</translation>
    </message>
    <message>
        <source>Export i&amp;Calendar…</source>
        <translation>Exportar i&amp;Calendar…</translation>
    </message>
    <message>
        <source>Export iCalendar</source>
        <translation>Exportar iCalendar</translation>
    </message>
    <message>
        <source>Exported the chart to {path}</source>
        <translation>Gráfico exportado a {path}</translation>
    </message>
    <message>
        <source>Exported to {path}: {summary}</source>
        <translation>Exportado a {path}: {summary}</translation>
    </message>
    <message>
        <source>Give {name} {date} off</source>
        <translation>Dar a {name} el {date} libre</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Local times under the pointer</source>
        <translation>Horas locales bajo el puntero</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <source>Move meeting</source>
        <translation>Mover la reunión</translation>
    </message>
    <message>
        <source>Move only the occurrence of {date} of “{title}” to {time}, or the whole series?</source>
        <translation>¿Mover solo la sesión del {date} de «{title}» a {time} o toda la serie?</translation>
    </message>
    <message>
        <source>Move team &quot;{name}&quot;</source>
        <translation>Mover el equipo «{name}»</translation>
    </message>
    <message>
        <source>Move the {date} occurrence of “{title}” to {time}</source>
        <translation>Mover la sesión del {date} de «{title}» a {time}</translation>
    </message>
    <message>
        <source>Move the {date} “{title}” back</source>
        <translation>Devolver «{title}» del {date} a su hora</translation>
    </message>
    <message>
        <source>Move “{title}” to start {change}</source>
        <translation>Mover «{title}» para que empiece {change}</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navegación</translation>
    </message>
    <message>
        <source>New Plan</source>
        <translation>Nuevo plan</translation>
    </message>
    <message>
        <source>Next day, week or year (Alt+Right)</source>
        <translation>Día, semana o año siguiente (Alt+Derecha)</translation>
    </message>
    <message>
        <source>No recent plans</source>
        <translation>No hay planes recientes</translation>
    </message>
    <message>
        <source>Nothing to publish</source>
        <translation>Nada que publicar</translation>
    </message>
    <message>
        <source>Only That Date</source>
        <translation>Solo esa fecha</translation>
    </message>
    <message>
        <source>Only This Occurrence</source>
        <translation>Solo esta sesión</translation>
    </message>
    <message>
        <source>Only {date}</source>
        <translation>Solo el {date}</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>Open Plan</source>
        <translation>Abrir plan</translation>
    </message>
    <message>
        <source>Open a plan file</source>
        <translation>Abrir un archivo de plan</translation>
    </message>
    <message>
        <source>Opened plan</source>
        <translation>Plan abierto</translation>
    </message>
    <message>
        <source>Opening plan</source>
        <translation>Abriendo el plan</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>Abriendo {name}…</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Abriendo…</translation>
    </message>
    <message>
        <source>PDF document (*.pdf);;PNG image (*.png);;SVG image (*.svg)</source>
        <translation>Documento PDF (*.pdf);;Imagen PNG (*.png);;Imagen SVG (*.svg)</translation>
    </message>
    <message>
        <source>Plan &amp;Properties…</source>
        <translation>&amp;Propiedades del plan…</translation>
    </message>
    <message>
        <source>Plan Properties</source>
        <translation>Propiedades del plan</translation>
    </message>
    <message>
        <source>Plan opened with warnings</source>
        <translation>Plan abierto con advertencias</translation>
    </message>
    <message>
        <source>Plan&apos;s zone ({reference_zone})</source>
        <translation>Zona del plan ({reference_zone})</translation>
    </message>
    <message>
        <source>Previous day, week or year (Alt+Left)</source>
        <translation>Día, semana o año anterior (Alt+Izquierda)</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Vista previa de impresión…</translation>
    </message>
    <message>
        <source>Print the chart</source>
        <translation>Imprimir el gráfico</translation>
    </message>
    <message>
        <source>Put {name}&apos;s {date} back to the weekly hours</source>
        <translation>Devolver el {date} de {name} al horario semanal</translation>
    </message>
    <message>
        <source>Reference &amp;Zone…</source>
        <translation>&amp;Zona de referencia…</translation>
    </message>
    <message>
        <source>Reference zone</source>
        <translation>Zona de referencia</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove &quot;{name}&quot;? This also changes the plan:

{changes}</source>
        <translation>¿Quitar «{name}»? Esto también cambia el plan:

{changes}</translation>
    </message>
    <message>
        <source>Remove meeting &quot;{title}&quot;</source>
        <translation>Quitar la reunión «{title}»</translation>
    </message>
    <message>
        <source>Remove role &quot;{name}&quot;</source>
        <translation>Quitar la función «{name}»</translation>
    </message>
    <message>
        <source>Remove team</source>
        <translation>Quitar el equipo</translation>
    </message>
    <message>
        <source>Remove team &quot;{name}&quot;</source>
        <translation>Quitar el equipo «{name}»</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Funciones</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>Save Plan As</source>
        <translation>Guardar plan como</translation>
    </message>
    <message>
        <source>Save the chart as PDF, PNG or SVG</source>
        <translation>Guardar el gráfico como PDF, PNG o SVG</translation>
    </message>
    <message>
        <source>Save the meetings as an .ics file</source>
        <translation>Guardar las reuniones en un archivo .ics</translation>
    </message>
    <message>
        <source>Save the plan</source>
        <translation>Guardar el plan</translation>
    </message>
    <message>
        <source>Save the plan to another file</source>
        <translation>Guardar el plan en otro archivo</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Guardado {path}</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Buscar…</translation>
    </message>
    <message>
        <source>Send the meetings to a CalDAV calendar</source>
        <translation>Enviar las reuniones a un calendario CalDAV</translation>
    </message>
    <message>
        <source>Set {name}&apos;s hours on {date} only to {shifts}</source>
        <translation>Poner el horario de {name} solo el {date} a {shifts}</translation>
    </message>
    <message>
        <source>Shift not changed: {exc}</source>
        <translation>Turno sin cambios: {exc}</translation>
    </message>
    <message>
        <source>Shifts on {date} only, local time in {zone} (e.g. 09:00-13:00, 14:00-18:00; empty for a day off):</source>
        <translation>Turnos solo del {date}, hora local de {zone} (p. ej. 09:00-13:00, 14:00-18:00; vacío para un día libre):</translation>
    </message>
    <message>
        <source>Start an empty plan</source>
        <translation>Empezar un plan vacío</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Equipos</translation>
    </message>
    <message>
        <source>The Whole Series</source>
        <translation>Toda la serie</translation>
    </message>
    <message>
        <source>The autosaved copy of &quot;{name}&quot; cannot be read: {error}</source>
        <translation>No se puede leer la copia autoguardada de «{name}»: {error}</translation>
    </message>
    <message>
        <source>The autosaved copy of &quot;{name}&quot; has problems:</source>
        <translation>La copia autoguardada de «{name}» tiene problemas:</translation>
    </message>
    <message>
        <source>The chart&apos;s reference time zone ({shortcut})</source>
        <translation>La zona horaria de referencia del gráfico ({shortcut})</translation>
    </message>
    <message>
        <source>The chart&apos;s time zone</source>
        <translation>La zona horaria del gráfico</translation>
    </message>
    <message>
        <source>The date shown (Ctrl+G): pick it, or type it as 2027-03-09 or as you write dates</source>
        <translation>La fecha mostrada (Ctrl+G): elíjala o escríbala como 2027-03-09 o como suele escribir las fechas</translation>
    </message>
    <message>
        <source>The plan could not be saved to &quot;{path}&quot;: {reason}</source>
        <translation>No se pudo guardar el plan en «{path}»: {reason}</translation>
    </message>
    <message>
        <source>The plan has no meetings to export: add a meeting first.</source>
        <translation>El plan no tiene reuniones que exportar: añada primero una reunión.</translation>
    </message>
    <message>
        <source>The plan has no meetings: add a meeting first.</source>
        <translation>El plan no tiene reuniones: añada primero una reunión.</translation>
    </message>
    <message>
        <source>The plan opened with these warnings (keys this version does not use are kept when the plan is saved):</source>
        <translation>El plan se abrió con estas advertencias (las claves que esta versión no usa se conservan al guardar el plan):</translation>
    </message>
    <message>
        <source>Title and reference zone of the plan</source>
        <translation>Título y zona de referencia del plan</translation>
    </message>
    <message>
        <source>Title of the new plan (it names the calendar, the printed chart and the files):</source>
        <translation>Título del nuevo plan (da nombre al calendario, al gráfico impreso y a los archivos):</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Zone: {zone}</source>
        <translation>Zona: {zone}</translation>
    </message>
    <message>
        <source>Zone: —</source>
        <translation>Zona: —</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Archivos iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>meetings removed: {titles}</source>
        <translation>reuniones que se quitan: {titles}</translation>
    </message>
    <message>
        <source>meetings without this team: {titles}</source>
        <translation>reuniones sin este equipo: {titles}</translation>
    </message>
    <message>
        <source>roles removed: {names}</source>
        <translation>funciones que se quitan: {names}</translation>
    </message>
    <message>
        <source>{amount} earlier</source>
        <translation>{amount} antes</translation>
    </message>
    <message>
        <source>{amount} later</source>
        <translation>{amount} después</translation>
    </message>
    <message>
        <source>{app} will be in {language} the next time it starts. Save your work, quit and start it again to switch now.</source>
        <translation>{app} estará en {language} la próxima vez que se inicie. Guarde su trabajo, salga y vuelva a iniciarlo para cambiar ahora.</translation>
    </message>
    <message>
        <source>{app} will follow the system&apos;s language the next time it starts. Save your work, quit and start it again to switch now.</source>
        <translation>{app} usará el idioma del sistema la próxima vez que se inicie. Guarde su trabajo, salga y vuelva a iniciarlo para cambiar ahora.</translation>
    </message>
    <message>
        <source>{app} {version} (tzdata {tzdata})

Plan working-hour overlap, coverage and meetings between a client and vendor teams in other time zones.</source>
        <translation>{app} {version} (tzdata {tzdata})

Planifique el solapamiento de horarios, la cobertura y las reuniones entre un cliente y equipos proveedores en otras zonas horarias.</translation>
    </message>
    <message>
        <source>{name} (example)</source>
        <translation>{name} (ejemplo)</translation>
    </message>
    <message>
        <source>{name}: hours on {date}</source>
        <translation>{name}: horario del {date}</translation>
    </message>
    <message numerus="yes">
        <source>{roles} (%n failing)</source>
        <translation>
            <numerusform>{roles} (%n no cumple)</numerusform>
            <numerusform>{roles} (%n no cumplen)</numerusform>
        </translation>
    </message>
    <message>
        <source>{text} (Edit &gt; Undo takes it back)</source>
        <translation>{text} (Editar &gt; Deshacer lo revierte)</translation>
    </message>
</context>
</TS>
