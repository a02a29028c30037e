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
        <source>{team} works no shift in this hour: nothing to move</source>
        <translation>{team} no trabaja ningún turno en esta hora: nada que mover</translation>
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
    <name>ChartAccessible</name>
    <message>
        <source>Client and vendor pairs: {pairs}, days: {days}. Arrow keys move between pairs and days, Enter opens the day.</source>
        <translation>Pares cliente/proveedor: {pairs}, días: {days}. Las flechas se mueven entre pares y días; Intro abre el día.</translation>
    </message>
    <message>
        <source>Teams: {teams}, hours: {hours}, meetings: {meetings}. Arrow keys move between teams and hours, Tab between meetings, Enter edits, the Menu key opens the menu; Shift+Left and Shift+Right move the shift&apos;s start or the meeting 15 minutes, Ctrl+Shift+Left and Ctrl+Shift+Right the shift&apos;s end.</source>
        <translation>Equipos: {teams}, horas: {hours}, reuniones: {meetings}. Las flechas se mueven entre equipos y horas, Tab entre reuniones, Intro edita y la tecla Menú abre el menú; Mayús+Izquierda y Mayús+Derecha mueven 15 minutos el inicio del turno o la reunión, Ctrl+Mayús+Izquierda y Ctrl+Mayús+Derecha el final del turno.</translation>
    </message>
</context>
<context>
    <name>ChartCells</name>
    <message>
        <source> (night)</source>
        <translation> (noche)</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>vie</translation>
    </message>
    <message>
        <source>Meeting {title}, {when}, {state}</source>
        <translation>Reunión {title}, {when}, {state}</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>lun</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>sáb</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>dom</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>jue</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>mar</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>mié</translation>
    </message>
    <message>
        <source>client not working</source>
        <translation>el cliente no trabaja</translation>
    </message>
    <message>
        <source>day off: {reason}</source>
        <translation>día libre: {reason}</translation>
    </message>
    <message>
        <source>everyone working</source>
        <translation>todos trabajan</translation>
    </message>
    <message>
        <source>meeting {title}</source>
        <translation>reunión {title}</translation>
    </message>
    <message>
        <source>neither works</source>
        <translation>no trabaja ninguno</translation>
    </message>
    <message>
        <source>no overlap</source>
        <translation>sin solapamiento</translation>
    </message>
    <message>
        <source>not working</source>
        <translation>no trabaja</translation>
    </message>
    <message>
        <source>outside working hours of {teams}</source>
        <translation>fuera del horario de {teams}</translation>
    </message>
    <message>
        <source>overlap {duration}</source>
        <translation>solapamiento {duration}</translation>
    </message>
    <message>
        <source>overlaps {team} {hours}</source>
        <translation>se solapa con {team} {hours}</translation>
    </message>
    <message>
        <source>skipped: {reason}</source>
        <translation>omitida: {reason}</translation>
    </message>
    <message>
        <source>vendor not working</source>
        <translation>el proveedor no trabaja</translation>
    </message>
    <message>
        <source>working</source>
        <translation>trabajando</translation>
    </message>
    <message>
        <source>working {hours}</source>
        <translation>trabaja {hours}</translation>
    </message>
    <message>
        <source>{hours} local</source>
        <translation>{hours} hora local</translation>
    </message>
</context>
<context>
    <name>ChartTable</name>
    <message>
        <source>&amp;Copy Rows</source>
        <translation>&amp;Copiar filas</translation>
    </message>
    <message>
        <source>Chart as table</source>
        <translation>Gráfico como tabla</translation>
    </message>
    <message>
        <source>Enter or double-click a row to show its cell on the chart</source>
        <translation>Pulse Intro o haga doble clic en una fila para ver su celda en el gráfico</translation>
    </message>
</context>
<context>
    <name>ChartTableModel</name>
    <message>
        <source>Client and vendor</source>
        <translation>Cliente y proveedor</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>Hora local</translation>
    </message>
    <message>
        <source>Overlap</source>
        <translation>Solapamiento</translation>
    </message>
    <message>
        <source>Overlaps</source>
        <translation>Solapamientos</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Trabaja</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>, </source>
        <comment>between the parts of a sentence</comment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>DaysOffEditor</name>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Day off to add</source>
        <translation>Día libre que añadir</translation>
    </message>
    <message>
        <source>Days off</source>
        <translation>Días libres</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
</context>
<context>
    <name>DemandDialog</name>
    <message>
        <source> %</source>
        <comment>percent suffix</comment>
        <translation> %</translation>
    </message>
    <message>
        <source> at once</source>
        <translation> a la vez</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds suffix</comment>
        <translation> s</translation>
    </message>
    <message numerus="yes">
        <source>%n interval(s) cannot be covered by any allowed shift.</source>
        <translation>
            <numerusform>%n intervalo no se puede cubrir con ningún turno permitido.</numerusform>
            <numerusform>%n intervalos no se pueden cubrir con ningún turno permitido.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Apply Roster</source>
        <translation>&amp;Aplicar cuadrante</translation>
    </message>
    <message>
        <source>&amp;Concurrency (chat):</source>
        <translation>&amp;Concurrencia (chat):</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importar CSV…</translation>
    </message>
    <message>
        <source>&amp;Interval:</source>
        <translation>&amp;Intervalo:</translation>
    </message>
    <message>
        <source>&amp;Shrinkage (breaks, training):</source>
        <translation>&amp;Merma (pausas, formación):</translation>
    </message>
    <message>
        <source>&amp;Suggest Roster</source>
        <translation>&amp;Sugerir cuadrante</translation>
    </message>
    <message>
        <source>Apply suggested roster to {vendor}</source>
        <translation>Aplicar el cuadrante sugerido a {vendor}</translation>
    </message>
    <message>
        <source>Average &amp;handle time:</source>
        <translation>Tiempo medio de &amp;gestión:</translation>
    </message>
    <message>
        <source>Contact Demand and Roster: {role}</source>
        <translation>Demanda de contactos y cuadrante: {role}</translation>
    </message>
    <message>
        <source>Contact volume (*.csv *.txt);;All files (*)</source>
        <translation>Volumen de contactos (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Contacts as CSV: weekday,time,contacts</source>
        <translation>Contactos en CSV: día,hora,contactos</translation>
    </message>
    <message>
        <source>Contacts per interval ({zone} time)</source>
        <translation>Contactos por intervalo (hora de {zone})</translation>
    </message>
    <message>
        <source>Edit contact demand of &quot;{role}&quot;</source>
        <translation>Editar la demanda de contactos de «{role}»</translation>
    </message>
    <message>
        <source>Import Contact Volume</source>
        <translation>Importar volumen de contactos</translation>
    </message>
    <message>
        <source>Keep reading the file (link it instead of copying)</source>
        <translation>Seguir leyendo el archivo (vincularlo en lugar de copiarlo)</translation>
    </message>
    <message>
        <source>Maximum &amp;occupancy:</source>
        <translation>&amp;Ocupación máxima:</translation>
    </message>
    <message>
        <source>No contacts in the range: nothing to roster.</source>
        <translation>No hay contactos en el periodo: no hay nada que planificar.</translation>
    </message>
    <message>
        <source>Paste CSV rows: weekday,time,contacts (Mon,09:00,40) or date,time,contacts</source>
        <translation>Pegue filas CSV: día,hora,contactos (Mon,09:00,40) o fecha,hora,contactos</translation>
    </message>
    <message>
        <source>Roster of {vendor} ({zone} time), {start} to {end}</source>
        <translation>Cuadrante de {vendor} (hora de {zone}), del {start} al {end}</translation>
    </message>
    <message>
        <source>Service &amp;level:</source>
        <translation>&amp;Nivel de servicio:</translation>
    </message>
    <message>
        <source>Service target</source>
        <translation>Objetivo de servicio</translation>
    </message>
    <message>
        <source>Set {vendor}&apos;s hours and agents to the suggested roster (undoable)</source>
        <translation>Poner las horas y los agentes de {vendor} según el cuadrante sugerido (se puede deshacer)</translation>
    </message>
    <message>
        <source>Suggested roster</source>
        <translation>Cuadrante sugerido</translation>
    </message>
    <message>
        <source>The people to start at each shift start, on each weekday, that meet every interval&apos;s requirement over the range at the fewest agent-hours</source>
        <translation>Las personas que deben empezar en cada inicio de turno, cada día de la semana, para cubrir lo que exige cada intervalo del periodo con el menor número de horas-agente</translation>
    </message>
    <message>
        <source>answered within</source>
        <translation>atendidos en</translation>
    </message>
    <message>
        <source>best found in the time limit</source>
        <translation>el mejor hallado en el tiempo límite</translation>
    </message>
    <message>
        <source>optimal</source>
        <translation>óptimo</translation>
    </message>
    <message>
        <source>{hours} agent-hours a week ({proof}); the current roster has {current}.</source>
        <translation>{hours} horas-agente a la semana ({proof}); el cuadrante actual tiene {current}.</translation>
    </message>
    <message>
        <source>{path}: cannot be read: {reason}</source>
        <translation>{path}: no se puede leer: {reason}</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>A copy of your plan was saved to:
{path}

Please report this problem with the details below.</source>
        <translation>Se guardó una copia de su plan en:
{path}

Informe de este problema con los detalles de abajo.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Don&apos;t Save</source>
        <translation>No guardar</translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Overlap Planner did not close properly. Restore your unsaved changes to &quot;{name}&quot;?</source>
        <translation>Overlap Planner no se cerró correctamente. ¿Restaurar los cambios sin guardar de «{name}»?</translation>
    </message>
    <message>
        <source>Overlap Planner: unexpected error</source>
        <translation>Overlap Planner: error inesperado</translation>
    </message>
    <message>
        <source>Overlap plans (*.overlap.toml *.toml);;All files (*)</source>
        <translation>Planes de Overlap (*.overlap.toml *.toml);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Please report this problem with the details below.</source>
        <translation>Informe de este problema con los detalles de abajo.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Restore unsaved work</source>
        <translation>Restaurar el trabajo sin guardar</translation>
    </message>
    <message>
        <source>Save the changes to &quot;{name}&quot; before closing it?</source>
        <translation>¿Guardar los cambios de «{name}» antes de cerrarlo?</translation>
    </message>
    <message>
        <source>Something went wrong inside Overlap Planner: {summary}</source>
        <translation>Algo ha fallado dentro de Overlap Planner: {summary}</translation>
    </message>
    <message>
        <source>They were autosaved at {time}.</source>
        <translation>Se guardaron automáticamente a las {time}.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Your changes are lost if you don&apos;t save them.</source>
        <translation>Si no los guarda, los cambios se perderán.</translation>
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
    <name>DriftView</name>
    <message numerus="yes">
        <source>%n change(s): from these dates the team meets at the new local time.</source>
        <translation>
            <numerusform>%n cambio: desde estas fechas el equipo se reúne a la nueva hora local.</numerusform>
            <numerusform>%n cambios: desde estas fechas el equipo se reúne a la nueva hora local.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n occurrence(s) leave someone&apos;s working hours.</source>
        <translation>
            <numerusform>%n sesión queda fuera del horario laboral de alguien.</numerusform>
            <numerusform>%n sesiones quedan fuera del horario laboral de alguien.</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Every held occurrence is inside everyone&apos;s working hours.</source>
        <translation>Todas las sesiones celebradas caen dentro del horario laboral de todos.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>How it sits</source>
        <translation>Cómo queda</translation>
    </message>
    <message>
        <source>Local start</source>
        <translation>Inicio local</translation>
    </message>
    <message>
        <source>Local time changes</source>
        <translation>Cambios de hora local</translation>
    </message>
    <message>
        <source>No meeting selected.</source>
        <translation>No hay ninguna reunión seleccionada.</translation>
    </message>
    <message>
        <source>Nobody&apos;s local time changes in this range.</source>
        <translation>La hora local de nadie cambia en este periodo.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Occurrences outside someone&apos;s working hours</source>
        <translation>Sesiones fuera del horario laboral de alguien</translation>
    </message>
    <message>
        <source>Outside working hours</source>
        <translation>Fuera del horario laboral</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>{meeting} ({zone}): on the first occurrence {times}.</source>
        <translation>{meeting} ({zone}): en la primera sesión {times}.</translation>
    </message>
    <message>
        <source>{meeting}: no occurrence held in this range.</source>
        <translation>{meeting}: ninguna sesión se celebra en este periodo.</translation>
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
    <name>HolidayPicker</name>
    <message>
        <source>&quot;{text}&quot; is not in the list: pick a country from the list</source>
        <translation>«{text}» no está en la lista: elija un país de la lista</translation>
    </message>
    <message>
        <source>Holiday country</source>
        <translation>País de los festivos</translation>
    </message>
    <message>
        <source>Holiday subdivision</source>
        <translation>Subdivisión de los festivos</translation>
    </message>
    <message>
        <source>No public holidays</source>
        <translation>Sin festivos</translation>
    </message>
    <message>
        <source>Type part of a country&apos;s name or its code, e.g. Phil or PH</source>
        <translation>Escriba parte del nombre de un país o su código, p. ej. Phil o PH</translation>
    </message>
    <message>
        <source>Whole country</source>
        <translation>Todo el país</translation>
    </message>
</context>
<context>
    <name>HoursEditor</name>
    <message>
        <source>&amp;{day}:</source>
        <translation>&amp;{day}:</translation>
    </message>
    <message>
        <source>, ends {day} {time}</source>
        <translation>, hasta el {day} {time}</translation>
    </message>
    <message>
        <source>All Other Days</source>
        <translation>Todos los demás días</translation>
    </message>
    <message>
        <source>Clear All</source>
        <translation>Borrar todo</translation>
    </message>
    <message>
        <source>Copy to</source>
        <translation>Copiar a</translation>
    </message>
    <message>
        <source>Copy {day}&apos;s shifts to other days</source>
        <translation>Copiar los turnos del {day} a otros días</translation>
    </message>
    <message>
        <source>Monday to Friday</source>
        <translation>De lunes a viernes</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Predefinidos</translation>
    </message>
    <message>
        <source>Saturday and Sunday</source>
        <translation>Sábado y domingo</translation>
    </message>
    <message>
        <source>Shifts in the team&apos;s local time, separated by commas: 09:00-12:00, 13:00-17:00.
A shift that ends at or before its start runs past midnight: 21:00-06:00.</source>
        <translation>Turnos en la hora local del equipo, separados por comas: 09:00-12:00, 13:00-17:00.
Un turno que termina a su hora de inicio o antes pasa de la medianoche: 21:00-06:00.</translation>
    </message>
    <message>
        <source>Sunday to Thursday</source>
        <translation>De domingo a jueves</translation>
    </message>
    <message>
        <source>Times are the team&apos;s local wall time. 21:00-06:00 is a night shift that starts on the day of its row; 00:00-24:00 is the whole day.</source>
        <translation>Las horas son la hora local del equipo. 21:00-06:00 es un turno de noche que empieza el día de su fila; 00:00-24:00 es el día entero.</translation>
    </message>
    <message>
        <source>day off</source>
        <translation>día libre</translation>
    </message>
    <message>
        <source>{day} shifts</source>
        <translation>Turnos del {day}</translation>
    </message>
    <message>
        <source>{day}:</source>
        <translation>{day}:</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} h</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
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
        <source>&amp;High Contrast</source>
        <translation>&amp;Alto contraste</translation>
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
        <source>Chart as &amp;Table</source>
        <translation>Gráfico como &amp;tabla</translation>
    </message>
    <message>
        <source>Chart as Table</source>
        <translation>Gráfico como tabla</translation>
    </message>
    <message>
        <source>Chart colours for high contrast (on by itself when the system asks for it)</source>
        <translation>Colores del gráfico en alto contraste (se activa solo cuando el sistema lo pide)</translation>
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
        <source>Every team&apos;s hours as rows of text, for reading</source>
        <translation>Las horas de cada equipo como filas de texto, para leer</translation>
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
<context>
    <name>MeetingEditor</name>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source> min before</source>
        <translation> min antes</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Duración:</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Id:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <source>&amp;Reminder:</source>
        <translation>&amp;Recordatorio:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Inicio:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Web link:</source>
        <translation>Enlace &amp;web:</translation>
    </message>
    <message>
        <source>&amp;Zone:</source>
        <translation>&amp;Zona:</translation>
    </message>
    <message>
        <source>Add Meeting</source>
        <translation>Añadir reunión</translation>
    </message>
    <message>
        <source>Add meeting &quot;{title}&quot;</source>
        <translation>Añadir la reunión «{title}»</translation>
    </message>
    <message>
        <source>Add rotation &quot;{title}&quot;</source>
        <translation>Añadir la rotación «{title}»</translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation>Descri&amp;pción:</translation>
    </message>
    <message>
        <source>Edit Meeting {title}</source>
        <translation>Editar la reunión {title}</translation>
    </message>
    <message>
        <source>Edit meeting &quot;{title}&quot;</source>
        <translation>Editar la reunión «{title}»</translation>
    </message>
    <message>
        <source>Fair rotation: OK saves two meetings that take turns, starting {first_day} at {first_time} and {second_day} at {second_time} ({zone}).</source>
        <translation>Rotación equitativa: Aceptar guarda dos reuniones que se turnan, a partir del {first_day} a las {first_time} y del {second_day} a las {second_time} ({zone}).</translation>
    </message>
    <message>
        <source>Find a Slot…</source>
        <translation>Buscar franja…</translation>
    </message>
    <message>
        <source>First occurrence</source>
        <translation>Primera sesión</translation>
    </message>
    <message>
        <source>Fix the marked fields to see the first occurrence.</source>
        <translation>Corrija los campos marcados para ver la primera sesión.</translation>
    </message>
    <message>
        <source>Keep only the start time shown above, not the rotation</source>
        <translation>Conservar solo la hora de inicio mostrada arriba, no la rotación</translation>
    </message>
    <message>
        <source>Meeting time zone</source>
        <translation>Zona horaria de la reunión</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Nueva reunión</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>Sin recordatorio</translation>
    </message>
    <message>
        <source>Other zone…</source>
        <translation>Otra zona…</translation>
    </message>
    <message>
        <source>Participating teams</source>
        <translation>Equipos participantes</translation>
    </message>
    <message>
        <source>Plan&apos;s reference zone ({zone})</source>
        <translation>Zona de referencia del plan ({zone})</translation>
    </message>
    <message>
        <source>Rank start times by how comfortable they are for every team</source>
        <translation>Ordenar las horas de inicio según lo cómodas que sean para cada equipo</translation>
    </message>
    <message>
        <source>Skip occurrences on a participant&apos;s holiday or day off</source>
        <translation>Omitir las sesiones que caen en un festivo o día libre de un participante</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Hora de inicio</translation>
    </message>
    <message>
        <source>T&amp;eams:</source>
        <translation>&amp;Equipos:</translation>
    </message>
    <message>
        <source>The series has no occurrence.</source>
        <translation>La serie no tiene ninguna sesión.</translation>
    </message>
    <message>
        <source>Use One Slot</source>
        <translation>Usar una sola franja</translation>
    </message>
    <message>
        <source>client</source>
        <translation>cliente</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>reunión</translation>
    </message>
    <message>
        <source>tick two or more teams that take part</source>
        <translation>marque dos o más equipos participantes</translation>
    </message>
    <message>
        <source>vendor</source>
        <translation>proveedor</translation>
    </message>
    <message>
        <source>{name} ({id}, {side})</source>
        <translation>{name} ({id}, {side})</translation>
    </message>
    <message>
        <source>{title} (copy)</source>
        <translation>{title} (copia)</translation>
    </message>
</context>
<context>
    <name>MeetingsPanel</name>
    <message>
        <source>Add a meeting</source>
        <translation>Añadir una reunión</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <source>Clock Changes</source>
        <translation>Cambios de hora</translation>
    </message>
    <message>
        <source>Copy the selected meeting</source>
        <translation>Copiar la reunión seleccionada</translation>
    </message>
    <message>
        <source>Double-click an occurrence to show its day on the chart</source>
        <translation>Haga doble clic en una sesión para ver su día en el gráfico</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Edit the selected meeting (Enter)</source>
        <translation>Editar la reunión seleccionada (Intro)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>First year</source>
        <translation>Primer año</translation>
    </message>
    <message>
        <source>How daylight-saving changes move the meeting for each team</source>
        <translation>Cómo mueven la reunión los cambios de horario de verano para cada equipo</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <source>Occurrences</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Occurrences and clock changes</source>
        <translation>Sesiones y cambios de hora</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the selected meeting (Delete)</source>
        <translation>Quitar la reunión seleccionada (Supr)</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Select a meeting to see its occurrences.</source>
        <translation>Seleccione una reunión para ver sus sesiones.</translation>
    </message>
    <message>
        <source>Start ({zone})</source>
        <translation>Inicio ({zone})</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>{meeting}: occurrences in the first year of the series ({summary}); start times in {zone}.</source>
        <translation>{meeting}: sesiones del primer año de la serie ({summary}); horas de inicio en {zone}.</translation>
    </message>
    <message>
        <source>{repeat} from {date}, {start} {zone}, {minutes} min</source>
        <translation>{repeat} desde el {date}, {start} {zone}, {minutes} min</translation>
    </message>
</context>
<context>
    <name>OccurrenceRows</name>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflicto</numerusform>
            <numerusform>%n conflictos</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflict: {teams} not working</source>
        <translation>Conflicto: {teams} fuera del horario laboral</translation>
    </message>
    <message>
        <source>OK: inside everyone&apos;s hours</source>
        <translation>Correcta: dentro del horario de todos</translation>
    </message>
    <message>
        <source>Skipped: {reason}</source>
        <translation>Omitida: {reason}</translation>
    </message>
    <message>
        <source>{count} OK</source>
        <translation>{count} correctas</translation>
    </message>
    <message>
        <source>{count} skipped</source>
        <translation>{count} omitidas</translation>
    </message>
    <message>
        <source>{total}: {parts}</source>
        <translation>{total}: {parts}</translation>
    </message>
</context>
<context>
    <name>Planner</name>
    <message>
        <source> (column {column})</source>
        <translation> (columna {column})</translation>
    </message>
    <message>
        <source> (did you mean &quot;{close}&quot;?)</source>
        <translation> (¿quería decir &quot;{close}&quot;?)</translation>
    </message>
    <message>
        <source> (did you mean &quot;{hint}&quot;?)</source>
        <translation> (¿quería decir &quot;{hint}&quot;?)</translation>
    </message>
    <message>
        <source> (use an IANA name such as &quot;America/New_York&quot;; `overlap-planner zones` lists them)</source>
        <translation> (use un nombre IANA como &quot;America/New_York&quot;; `overlap-planner zones` los enumera)</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; is not a day key: use mon ... sun, a range such as &quot;mon-fri&quot; or &quot;sun-thu&quot;, or &quot;daily&quot;</source>
        <translation>&quot;{key}&quot; no es una clave de día: use mon ... sun, un intervalo como &quot;mon-fri&quot; o &quot;sun-thu&quot;, o &quot;daily&quot;</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a time of day (00:00 to 23:59, or 24:00 as an end)</source>
        <translation>&quot;{text}&quot; no es una hora del día (00:00 a 23:59, o 24:00 como final)</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a time: write HH:MM, e.g. &quot;09:00&quot;</source>
        <translation>&quot;{text}&quot; no es una hora: escriba HH:MM, p. ej. &quot;09:00&quot;</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a weekday (Mon ... Sun, Monday ... Sunday) or a date (YYYY-MM-DD)</source>
        <translation>&quot;{text}&quot; no es un día de la semana (Mon ... Sun, Monday ... Sunday) ni una fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>&quot;{url}&quot; is not a server address: write it as https://host/path</source>
        <translation>&quot;{url}&quot; no es una dirección de servidor: escríbala como https://host/ruta</translation>
    </message>
    <message>
        <source>&quot;{written}&quot; is a Windows path ({drive}), which does not exist on this computer: write the path relative to the plan&apos;s folder, e.g. contacts.csv</source>
        <translation>&quot;{written}&quot; es una ruta de Windows ({drive}), que no existe en este equipo: escriba la ruta relativa a la carpeta del plan, p. ej. contacts.csv</translation>
    </message>
    <message>
        <source>&quot;{written}&quot; names a drive without a folder: write &quot;{drive}\folder\file&quot; or a path relative to the plan</source>
        <translation>&quot;{written}&quot; nombra una unidad sin carpeta: escriba &quot;{drive}\folder\file&quot; o una ruta relativa al plan</translation>
    </message>
    <message>
        <source>--repeat &quot;{text}&quot; is not a repeat rule: use {forms}</source>
        <translation>--repeat &quot;{text}&quot; no es una regla de repetición: use {forms}</translation>
    </message>
    <message>
        <source>--repeat &quot;{text}&quot;: &quot;{match}&quot; is not daily, weekly or monthly; use {forms}</source>
        <translation>--repeat &quot;{text}&quot;: &quot;{match}&quot; no es daily, weekly ni monthly; use {forms}</translation>
    </message>
    <message>
        <source>--repeat &quot;{text}&quot;: daily takes no days; for some days use weekly:MO,TH</source>
        <translation>--repeat &quot;{text}&quot;: daily no admite días; para algunos días use weekly:MO,TH</translation>
    </message>
    <message>
        <source>--repeat &quot;{text}&quot;: say which days, e.g. weekly:TU or weekly:MO,TH</source>
        <translation>--repeat &quot;{text}&quot;: indique qué días, p. ej. weekly:TU o weekly:MO,TH</translation>
    </message>
    <message>
        <source>--repeat &quot;{text}&quot;: say which weekday of the month, e.g. monthly:1TU (first Tuesday) or monthly:-1FR (last Friday)</source>
        <translation>--repeat &quot;{text}&quot;: indique qué día de la semana del mes, p. ej. monthly:1TU (primer martes) o monthly:-1FR (último viernes)</translation>
    </message>
    <message>
        <source>--repeat &quot;{text}&quot;: the number after / must be 1 or more</source>
        <translation>--repeat &quot;{text}&quot;: el número después de / debe ser 1 o más</translation>
    </message>
    <message>
        <source>... and {more} more problems</source>
        <translation>... y {more} problemas más</translation>
    </message>
    <message>
        <source>; the first occurrence is {occurrence:%Y-%m-%dT%H:%M}</source>
        <translation>; la primera repetición es el {occurrence:%Y-%m-%dT%H:%M}</translation>
    </message>
    <message>
        <source>Mon-Fri 09:00-17:00</source>
        <translation>Lun-Vie 09:00-17:00</translation>
    </message>
    <message>
        <source>Mon-Fri night 21:00-06:00</source>
        <translation>Lun-Vie noche 21:00-06:00</translation>
    </message>
    <message>
        <source>Mon-Sat 09:00-17:00</source>
        <translation>Lun-Sáb 09:00-17:00</translation>
    </message>
    <message>
        <source>Sun-Thu 09:00-17:00</source>
        <translation>Dom-Jue 09:00-17:00</translation>
    </message>
    <message>
        <source>[{name}] is declared twice: write each {name} as [[{name}]] (two brackets), one per table</source>
        <translation>[{name}] está declarada dos veces: escriba cada {name} como [[{name}]] (dos corchetes), una por tabla</translation>
    </message>
    <message>
        <source>a backslash in a string must be doubled (\\), or use &apos;single quotes&apos;</source>
        <translation>una barra invertida en un texto debe duplicarse (\\), o use &apos;comillas simples&apos;</translation>
    </message>
    <message>
        <source>a date or time does not exist: check the month, day and hour</source>
        <translation>una fecha u hora no existe: compruebe el mes, el día y la hora</translation>
    </message>
    <message>
        <source>a key has no value: write key = value, e.g. zone = &quot;Asia/Manila&quot;</source>
        <translation>una clave no tiene valor: escriba clave = valor, p. ej. zone = &quot;Asia/Manila&quot;</translation>
    </message>
    <message>
        <source>a key is missing or not valid: write key = value, e.g. id = &quot;hq&quot;</source>
        <translation>falta una clave o no es válida: escriba clave = valor, p. ej. id = &quot;hq&quot;</translation>
    </message>
    <message>
        <source>a list is not closed: end it with ]</source>
        <translation>una lista no está cerrada: termínela con ]</translation>
    </message>
    <message>
        <source>a meeting lists a team twice</source>
        <translation>una reunión nombra un equipo dos veces</translation>
    </message>
    <message>
        <source>a meeting needs two or more teams</source>
        <translation>una reunión necesita dos o más equipos</translation>
    </message>
    <message>
        <source>a meeting needs two or more teams: give them as --teams A,B</source>
        <translation>una reunión necesita dos o más equipos: indíquelos con --teams A,B</translation>
    </message>
    <message>
        <source>a moved occurrence is named by its date, not {original!r}</source>
        <translation>una repetición movida se nombra por su fecha, no {original!r}</translation>
    </message>
    <message>
        <source>a moved occurrence&apos;s start is wall time in the meeting&apos;s zone, without offset</source>
        <translation>el inicio de una repetición movida es la hora local en la zona de la reunión, sin desfase</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>a one-off meeting has no occurrence to move on its own: move it</source>
        <translation>una reunión única no tiene repeticiones que mover por separado: mueva la reunión</translation>
    </message>
    <message>
        <source>a plan without a title must be saved to a file before it is exported</source>
        <translation>un plan sin título debe guardarse en un archivo antes de exportarlo</translation>
    </message>
    <message>
        <source>a shift must end between 00:00 and 24:00, not {end} min</source>
        <translation>un turno debe terminar entre 00:00 y 24:00, no {end} min</translation>
    </message>
    <message>
        <source>a shift must start between 00:00 and 23:59, not {start} min</source>
        <translation>un turno debe empezar entre 00:00 y 23:59, no {start} min</translation>
    </message>
    <message>
        <source>a string is not closed: end it with a quote on the same line</source>
        <translation>un texto no está cerrado: termínelo con comillas en la misma línea</translation>
    </message>
    <message>
        <source>a table header is not closed: end it with ]</source>
        <translation>un encabezado de tabla no está cerrado: termínelo con ]</translation>
    </message>
    <message>
        <source>a table header is not closed: end it with ]], as in [[team]]</source>
        <translation>un encabezado de tabla no está cerrado: termínelo con ]], como en [[team]]</translation>
    </message>
    <message>
        <source>a time zone is required (an IANA name such as &quot;Europe/Kyiv&quot;)</source>
        <translation>se necesita una zona horaria (un nombre IANA como &quot;Europe/Kyiv&quot;)</translation>
    </message>
    <message>
        <source>a time zone must be a string such as &quot;Asia/Manila&quot;</source>
        <translation>una zona horaria debe ser un texto como &quot;Asia/Manila&quot;</translation>
    </message>
    <message>
        <source>a value is missing or not valid: put text in quotes, e.g. zone = &quot;Asia/Manila&quot;</source>
        <translation>falta un valor o no es válido: ponga el texto entre comillas, p. ej. zone = &quot;Asia/Manila&quot;</translation>
    </message>
    <message>
        <source>a week profile needs 7 days of {slots} intervals</source>
        <translation>un perfil semanal necesita 7 días de {slots} intervalos</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <source>added: {ids}</source>
        <translation>añadidas: {ids}</translation>
    </message>
    <message>
        <source>agents day key &quot;{key}&quot; names {items} again: name each day once</source>
        <translation>la clave de día de agents &quot;{key}&quot; vuelve a nombrar {items}: nombre cada día una vez</translation>
    </message>
    <message>
        <source>agents mixes shifts and day keys: write either {{ &quot;09:00-17:00&quot; = 8 }} or {{ &quot;mon-fri&quot; = {{ &quot;09:00-17:00&quot; = 8 }} }}</source>
        <translation>agents mezcla turnos y claves de día: escriba {{ &quot;09:00-17:00&quot; = 8 }} o {{ &quot;mon-fri&quot; = {{ &quot;09:00-17:00&quot; = 8 }} }}</translation>
    </message>
    <message>
        <source>agents must be a number or a table such as {{ &quot;09:00-17:00&quot; = 8 }}</source>
        <translation>agents debe ser un número o una tabla como {{ &quot;09:00-17:00&quot; = 8 }}</translation>
    </message>
    <message>
        <source>agents names &quot;{text}&quot; on {WEEKDAYS}, but hours has no such shift that day: name the shifts as written in hours</source>
        <translation>agents nombra &quot;{text}&quot; el {WEEKDAYS}, pero hours no tiene ese turno ese día: nombre los turnos como están escritos en hours</translation>
    </message>
    <message>
        <source>agents names &quot;{text}&quot;, which is not a shift in hours: name the shifts as written in hours</source>
        <translation>agents nombra &quot;{text}&quot;, que no es un turno de hours: nombre los turnos como están escritos en hours</translation>
    </message>
    <message>
        <source>agents names the same shift twice on one day</source>
        <translation>agents nombra el mismo turno dos veces en un día</translation>
    </message>
    <message>
        <source>an escape names no character</source>
        <translation>un escape no nombra ningún carácter</translation>
    </message>
    <message>
        <source>an escape such as \u00e9 needs hexadecimal digits</source>
        <translation>un escape como \u00e9 necesita dígitos hexadecimales</translation>
    </message>
    <message>
        <source>an exception&apos;s date must be a date, not {day!r}</source>
        <translation>la fecha de una excepción debe ser una fecha, no {day!r}</translation>
    </message>
    <message>
        <source>an inline table is not closed: end it with }} on the same line</source>
        <translation>una tabla en línea no está cerrada: termínela con }} en la misma línea</translation>
    </message>
    <message>
        <source>an ordinal weekday such as &quot;1TU&quot; needs freq = &quot;monthly&quot;</source>
        <translation>un día de la semana ordinal como &quot;1TU&quot; necesita freq = &quot;monthly&quot;</translation>
    </message>
    <message>
        <source>byday {text!r} is not a weekday: use MO TU WE TH FR SA SU, or &quot;1TU&quot;</source>
        <translation>byday {text!r} no es un día de la semana: use MO TU WE TH FR SA SU, o &quot;1TU&quot;</translation>
    </message>
    <message>
        <source>calendar &quot;{name}&quot; (created): {url}</source>
        <translation>calendario &quot;{name}&quot; (creado): {url}</translation>
    </message>
    <message>
        <source>calendar &quot;{name}&quot; (existing): {url}</source>
        <translation>calendario &quot;{name}&quot; (existente): {url}</translation>
    </message>
    <message>
        <source>cannot be read: {value}</source>
        <translation>no se puede leer: {value}</translation>
    </message>
    <message>
        <source>cannot read the rules of time zone &quot;{key}&quot; ({exc}): reinstall tzdata</source>
        <translation>no se pueden leer las reglas de la zona horaria &quot;{key}&quot; ({exc}): reinstale tzdata</translation>
    </message>
    <message>
        <source>city must be a place name of 1 to 100 characters, e.g. &quot;Cebu City&quot;</source>
        <translation>city debe ser un nombre de lugar de 1 a 100 caracteres, p. ej. &quot;Cebu City&quot;</translation>
    </message>
    <message>
        <source>city must be one line, without tabs</source>
        <translation>city debe ser una sola línea, sin tabulaciones</translation>
    </message>
    <message>
        <source>concurrency must be 1 to {MAX_CONCURRENCY:g} (contacts one agent handles at once)</source>
        <translation>concurrency debe ser de 1 a {MAX_CONCURRENCY:g} (contactos que un agente atiende a la vez)</translation>
    </message>
    <message>
        <source>contacts &quot;{key}&quot; &quot;{text}&quot; gives {WEEKDAYS} {clock} a second time: give each interval once</source>
        <translation>contacts &quot;{key}&quot; &quot;{text}&quot; da {WEEKDAYS} {clock} por segunda vez: indique cada intervalo una vez</translation>
    </message>
    <message>
        <source>contacts &quot;{key}&quot; &quot;{text}&quot; must be a number, not {number!r}</source>
        <translation>contacts &quot;{key}&quot; &quot;{text}&quot; debe ser un número, no {number!r}</translation>
    </message>
    <message>
        <source>contacts &quot;{key}&quot; must be a table of time ranges: {{ &quot;09:00-17:00&quot; = 100 }}</source>
        <translation>contacts &quot;{key}&quot; debe ser una tabla de intervalos horarios: {{ &quot;09:00-17:00&quot; = 100 }}</translation>
    </message>
    <message>
        <source>contacts &quot;{text}&quot; is not a number</source>
        <translation>contacts &quot;{text}&quot; no es un número</translation>
    </message>
    <message>
        <source>contacts are missing: add contacts = {{ &quot;mon-fri&quot; = {{ &quot;09:00-17:00&quot; = 100 }} }} or contacts_file = &quot;volume.csv&quot;</source>
        <translation>faltan los contactos: añada contacts = {{ &quot;mon-fri&quot; = {{ &quot;09:00-17:00&quot; = 100 }} }} o contacts_file = &quot;volume.csv&quot;</translation>
    </message>
    <message>
        <source>contacts day key &quot;{key}&quot; names {items} again: name each day once</source>
        <translation>la clave de día de contacts &quot;{key}&quot; vuelve a nombrar {items}: nombre cada día una vez</translation>
    </message>
    <message>
        <source>contacts must be 0 to {MAX_CONTACTS:,.0f} per interval, not {value:g}</source>
        <translation>contacts debe ser de 0 a {MAX_CONTACTS:,.0f} por intervalo, no {value:g}</translation>
    </message>
    <message>
        <source>contacts must be a table such as {{ &quot;mon-fri&quot; = {{ &quot;09:00-17:00&quot; = 100 }} }}</source>
        <translation>contacts debe ser una tabla como {{ &quot;mon-fri&quot; = {{ &quot;09:00-17:00&quot; = 100 }} }}</translation>
    </message>
    <message>
        <source>contacts range &quot;{text}&quot; is not of the form &quot;HH:MM-HH:MM&quot; (e.g. &quot;09:00-09:30&quot;)</source>
        <translation>el intervalo de contacts &quot;{text}&quot; no tiene la forma &quot;HH:MM-HH:MM&quot; (p. ej. &quot;09:00-09:30&quot;)</translation>
    </message>
    <message>
        <source>contacts range &quot;{text}&quot; is not on the {interval_minutes}-minute grid of interval_minutes: start and end it on a multiple of the interval</source>
        <translation>el intervalo de contacts &quot;{text}&quot; no está en la cuadrícula de {interval_minutes} minutos de interval_minutes: empiécelo y termínelo en un múltiplo del intervalo</translation>
    </message>
    <message>
        <source>contacts_file &quot;{shown}&quot; cannot be read: {strerror}</source>
        <translation>no se puede leer contacts_file &quot;{shown}&quot;: {strerror}</translation>
    </message>
    <message>
        <source>contacts_file &quot;{shown}&quot; is not a regular file: name a CSV file</source>
        <translation>contacts_file &quot;{shown}&quot; no es un archivo normal: nombre un archivo CSV</translation>
    </message>
    <message>
        <source>contacts_file &quot;{shown}&quot; is {size:.1f} MB: the limit is {MAX_BYTES} MB (export a few weeks of history by interval)</source>
        <translation>contacts_file &quot;{shown}&quot; ocupa {size:.1f} MB: el límite es {MAX_BYTES} MB (exporte unas semanas de historial por intervalo)</translation>
    </message>
    <message>
        <source>contacts_file &quot;{shown}&quot;: no such file (looked for {path})</source>
        <translation>contacts_file &quot;{shown}&quot;: no existe el archivo (se buscó {path})</translation>
    </message>
    <message>
        <source>contacts_file must name a CSV file in quotes: &quot;volume.csv&quot;</source>
        <translation>contacts_file debe nombrar un archivo CSV entre comillas: &quot;volume.csv&quot;</translation>
    </message>
    <message>
        <source>contacts_file must name a CSV file, e.g. &quot;volume.csv&quot;</source>
        <translation>contacts_file debe nombrar un archivo CSV, p. ej. &quot;volume.csv&quot;</translation>
    </message>
    <message>
        <source>date &quot;{text}&quot; does not exist</source>
        <translation>la fecha &quot;{text}&quot; no existe</translation>
    </message>
    <message>
        <source>date &quot;{text}&quot; is outside the years {FIRST_YEAR} to {LAST_YEAR}</source>
        <translation>la fecha &quot;{text}&quot; está fuera de los años {FIRST_YEAR} a {LAST_YEAR}</translation>
    </message>
    <message>
        <source>day key &quot;{key}&quot; names {items} again: name each day once</source>
        <translation>la clave de día &quot;{key}&quot; vuelve a nombrar {items}: nombre cada día una vez</translation>
    </message>
    <message>
        <source>day off</source>
        <translation>día libre</translation>
    </message>
    <message>
        <source>days_off must be a list of dates: [&quot;2027-07-05&quot;]</source>
        <translation>days_off debe ser una lista de fechas: [&quot;2027-07-05&quot;]</translation>
    </message>
    <message>
        <source>demand is for real-time roles: set kind = &quot;realtime&quot; or remove it</source>
        <translation>demand es para roles en tiempo real: ponga kind = &quot;realtime&quot; o quítelo</translation>
    </message>
    <message>
        <source>demand must be a table: write it as [role.demand] under the role</source>
        <translation>demand debe ser una tabla: escríbala como [role.demand] bajo el rol</translation>
    </message>
    <message>
        <source>duration_minutes is missing: add duration_minutes = 30</source>
        <translation>falta duration_minutes: añada duration_minutes = 30</translation>
    </message>
    <message>
        <source>duration_minutes must be a whole number from 1 to {MAX_DURATION_MINUTES}</source>
        <translation>duration_minutes debe ser un número entero de 1 a {MAX_DURATION_MINUTES}</translation>
    </message>
    <message>
        <source>each {section} must be a [[{section}]] table</source>
        <translation>cada {section} debe ser una tabla [[{section}]]</translation>
    </message>
    <message>
        <source>environment variable {env_var} is not set or empty: set it to the password of {key}</source>
        <translation>la variable de entorno {env_var} no está definida o está vacía: póngale la contraseña de {key}</translation>
    </message>
    <message>
        <source>exception &quot;{key}&quot; is not a date: write &quot;YYYY-MM-DD&quot;, e.g. &quot;2027-12-24&quot;</source>
        <translation>la excepción &quot;{key}&quot; no es una fecha: escriba &quot;AAAA-MM-DD&quot;, p. ej. &quot;2027-12-24&quot;</translation>
    </message>
    <message>
        <source>exception &quot;{key}&quot; must be a list of shifts such as [&quot;09:00-13:00&quot;] ([] for a day off)</source>
        <translation>la excepción &quot;{key}&quot; debe ser una lista de turnos como [&quot;09:00-13:00&quot;] ([] para un día libre)</translation>
    </message>
    <message>
        <source>exceptions must be DayExceptions</source>
        <translation>exceptions debe ser DayExceptions</translation>
    </message>
    <message>
        <source>exceptions must be a table such as {{ &quot;2027-12-24&quot; = [&quot;09:00-13:00&quot;] }}</source>
        <translation>exceptions debe ser una tabla como {{ &quot;2027-12-24&quot; = [&quot;09:00-13:00&quot;] }}</translation>
    </message>
    <message>
        <source>exceptions name {isoformat} twice: name each date once</source>
        <translation>exceptions nombra {isoformat} dos veces: nombre cada fecha una vez</translation>
    </message>
    <message>
        <source>expected three columns weekday,time,contacts (or date,time,contacts) separated by , or ;</source>
        <translation>se esperaban tres columnas weekday,time,contacts (o date,time,contacts) separadas por , o ;</translation>
    </message>
    <message>
        <source>format is missing: add `format = {FORMAT}` at the top</source>
        <translation>falta format: añada `format = {FORMAT}` al principio</translation>
    </message>
    <message>
        <source>format must be a whole number (`format = {FORMAT}`)</source>
        <translation>format debe ser un número entero (`format = {FORMAT}`)</translation>
    </message>
    <message>
        <source>format {version} is newer than this Overlap Planner reads (format {FORMAT}): update Overlap Planner to open this plan</source>
        <translation>el formato {version} es más reciente que el que lee esta versión de Overlap Planner (formato {FORMAT}): actualice Overlap Planner para abrir este plan</translation>
    </message>
    <message>
        <source>format {version} is not valid: use `format = {FORMAT}`</source>
        <translation>el formato {version} no es válido: use `format = {FORMAT}`</translation>
    </message>
    <message>
        <source>give contacts or contacts_file, not both</source>
        <translation>indique contacts o contacts_file, no ambos</translation>
    </message>
    <message>
        <source>handle_seconds is missing: add handle_seconds = 180 (average handle time)</source>
        <translation>falta handle_seconds: añada handle_seconds = 180 (tiempo medio de atención)</translation>
    </message>
    <message>
        <source>handle_seconds must be more than 0 and at most 86400 (a day)</source>
        <translation>handle_seconds debe ser mayor que 0 y como máximo 86400 (un día)</translation>
    </message>
    <message>
        <source>has no rows: expected weekday,time,contacts</source>
        <translation>no tiene filas: se esperaba weekday,time,contacts</translation>
    </message>
    <message>
        <source>has {count} columns: expected weekday{separator}time{separator}contacts</source>
        <translation>tiene {count} columnas: se esperaba weekday{separator}time{separator}contacts</translation>
    </message>
    <message>
        <source>holds a control character ({illegal}) that TOML does not allow here: remove it, or write it as an escape such as \t</source>
        <translation>contiene un carácter de control ({illegal}) que TOML no permite aquí: quítelo o escríbalo como un escape como \t</translation>
    </message>
    <message>
        <source>holidays must be a country code such as &quot;US&quot; or &quot;US-NY&quot;</source>
        <translation>holidays debe ser un código de país como &quot;US&quot; o &quot;US-NY&quot;</translation>
    </message>
    <message>
        <source>holidays must be a country code such as &quot;US-NY&quot;</source>
        <translation>holidays debe ser un código de país como &quot;US-NY&quot;</translation>
    </message>
    <message>
        <source>hours &quot;{key}&quot; must be a list of shifts such as [&quot;09:00-17:00&quot;]</source>
        <translation>hours &quot;{key}&quot; debe ser una lista de turnos como [&quot;09:00-17:00&quot;]</translation>
    </message>
    <message>
        <source>hours must be a table such as {{ &quot;mon-fri&quot; = [&quot;09:00-17:00&quot;] }}</source>
        <translation>hours debe ser una tabla como {{ &quot;mon-fri&quot; = [&quot;09:00-17:00&quot;] }}</translation>
    </message>
    <message>
        <source>id is missing: add id = &quot;...&quot; (lower case)</source>
        <translation>falta id: añada id = &quot;...&quot; (en minúsculas)</translation>
    </message>
    <message>
        <source>interval_minutes must be 15, 30 or 60, not {interval_minutes!r}</source>
        <translation>interval_minutes debe ser 15, 30 o 60, no {interval_minutes!r}</translation>
    </message>
    <message>
        <source>interval_minutes must be 15, 30 or 60, not {minutes}</source>
        <translation>interval_minutes debe ser 15, 30 o 60, no {minutes}</translation>
    </message>
    <message>
        <source>is UTF-16 text: export or save the file as CSV in UTF-8</source>
        <translation>es texto UTF-16: exporte o guarde el archivo como CSV en UTF-8</translation>
    </message>
    <message>
        <source>is a folder, not a plan file</source>
        <translation>es una carpeta, no un archivo de plan</translation>
    </message>
    <message>
        <source>is a {row_kind} row, but line {kind_line} starts {kind} rows: use weekdays or dates throughout</source>
        <translation>es una fila de tipo {row_kind}, pero la línea {kind_line} empieza filas de tipo {kind}: use días de la semana o fechas en todo el archivo</translation>
    </message>
    <message>
        <source>is not UTF-8 text: export or save the file as CSV in UTF-8</source>
        <translation>no es texto UTF-8: exporte o guarde el archivo como CSV en UTF-8</translation>
    </message>
    <message>
        <source>is not UTF-8 text: save the file as UTF-8</source>
        <translation>no es texto UTF-8: guarde el archivo como UTF-8</translation>
    </message>
    <message>
        <source>is not a regular file (a device, FIFO or socket): give a plan&apos;s .toml file</source>
        <translation>no es un archivo normal (un dispositivo, FIFO o socket): indique el archivo .toml de un plan</translation>
    </message>
    <message>
        <source>is not a text file (it holds binary data, such as an image or an archive): open the plan&apos;s .toml file</source>
        <translation>no es un archivo de texto (contiene datos binarios, como una imagen o un archivo comprimido): abra el archivo .toml del plan</translation>
    </message>
    <message>
        <source>is not valid TOML: {message}</source>
        <translation>no es TOML válido: {message}</translation>
    </message>
    <message>
        <source>is {size:.1f} MB: a plan file may be at most {MAX_PLAN_BYTES} MB; is this the right file?</source>
        <translation>ocupa {size:.1f} MB: un archivo de plan puede ocupar como máximo {MAX_PLAN_BYTES} MB; ¿es el archivo correcto?</translation>
    </message>
    <message>
        <source>it has {found}</source>
        <translation>tiene {found}</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <source>kept {count} event of meetings no longer in the plan ({ids}): publish with --prune to remove them</source>
        <translation>se conserva {count} evento de reuniones que ya no están en el plan ({ids}): publique con --prune para eliminarlo</translation>
    </message>
    <message>
        <source>kept {count} events of meetings no longer in the plan ({ids}): publish with --prune to remove them</source>
        <translation>se conservan {count} eventos de reuniones que ya no están en el plan ({ids}): publique con --prune para eliminarlos</translation>
    </message>
    <message>
        <source>kind is missing: add kind = &quot;realtime&quot; or kind = &quot;async&quot;</source>
        <translation>falta kind: añada kind = &quot;realtime&quot; o kind = &quot;async&quot;</translation>
    </message>
    <message>
        <source>kind must be &quot;realtime&quot; or &quot;async&quot;, not {kind!r}</source>
        <translation>kind debe ser &quot;realtime&quot; o &quot;async&quot;, no {kind!r}</translation>
    </message>
    <message>
        <source>left out {count} one-off meeting that a holiday or day off skips: {listed}</source>
        <translation>se deja fuera {count} reunión única que omite un festivo o día libre: {listed}</translation>
    </message>
    <message>
        <source>left out {count} one-off meetings that a holiday or day off skips: {listed}</source>
        <translation>se dejan fuera {count} reuniones únicas que omite un festivo o día libre: {listed}</translation>
    </message>
    <message>
        <source>max_occupancy_percent must be more than 0 and at most 100</source>
        <translation>max_occupancy_percent debe ser mayor que 0 y como máximo 100</translation>
    </message>
    <message>
        <source>max_reply_hours must be more than 0</source>
        <translation>max_reply_hours debe ser mayor que 0</translation>
    </message>
    <message>
        <source>meeting &quot;{id}&quot; is skipped ({reason}): nothing to export; move it, or set skip_holidays = false to hold it anyway</source>
        <translation>la reunión &quot;{id}&quot; se omite ({reason}): no hay nada que exportar; muévala o ponga skip_holidays = false para celebrarla de todos modos</translation>
    </message>
    <message>
        <source>meeting &quot;{value}&quot;</source>
        <translation>reunión &quot;{value}&quot;</translation>
    </message>
    <message>
        <source>min_coverage_percent must be between 0 and 100</source>
        <translation>min_coverage_percent debe estar entre 0 y 100</translation>
    </message>
    <message>
        <source>min_overlap_minutes must be 0 or more</source>
        <translation>min_overlap_minutes debe ser 0 o más</translation>
    </message>
    <message>
        <source>moved &quot;{key}&quot; = {start!r} is not a local date and time: write &quot;YYYY-MM-DDTHH:MM&quot;</source>
        <translation>moved &quot;{key}&quot; = {start!r} no es una fecha y hora locales: escriba &quot;AAAA-MM-DDTHH:MM&quot;</translation>
    </message>
    <message>
        <source>moved applies to a repeating meeting: change the start of a one-off instead</source>
        <translation>moved se aplica a una reunión que se repite: cambie el inicio de una reunión única</translation>
    </message>
    <message>
        <source>moved must be a table such as {{ &quot;2027-03-09&quot; = &quot;2027-03-10T11:00&quot; }}</source>
        <translation>moved debe ser una tabla como {{ &quot;2027-03-09&quot; = &quot;2027-03-10T11:00&quot; }}</translation>
    </message>
    <message>
        <source>moved names an occurrence twice: name each date once</source>
        <translation>moved nombra una repetición dos veces: nombre cada fecha una vez</translation>
    </message>
    <message>
        <source>moved {original} is not a date of the series ({shown}, ...): name the date the occurrence had before it was moved</source>
        <translation>moved {original} no es una fecha de la serie ({shown}, ...): nombre la fecha que tenía la repetición antes de moverla</translation>
    </message>
    <message>
        <source>no [[team]] table and no `format = {FORMAT}`: is this a plan? ({has}; a plan starts with `format = {FORMAT}` and lists its teams as [[team]] tables)</source>
        <translation>no hay tabla [[team]] ni `format = {FORMAT}`: ¿es esto un plan? ({has}; un plan empieza con `format = {FORMAT}` y enumera sus equipos como tablas [[team]])</translation>
    </message>
    <message>
        <source>no password for {key} ({missing}): pass --password-env VAR with the password in that variable, or run in a terminal to be asked</source>
        <translation>no hay contraseña para {key} ({missing}): pase --password-env VAR con la contraseña en esa variable, o ejecútelo en un terminal para que se le pida</translation>
    </message>
    <message>
        <source>no password for {key}: pass --password-env VAR with the password in that variable, store it in the system keyring (keyring set {KEYRING_SERVICE} &quot;{key}&quot;), or run in a terminal to be asked</source>
        <translation>no hay contraseña para {key}: pase --password-env VAR con la contraseña en esa variable, guárdela en el llavero del sistema (keyring set {KEYRING_SERVICE} &quot;{key}&quot;) o ejecútelo en un terminal para que se le pida</translation>
    </message>
    <message>
        <source>no password given for {key}</source>
        <translation>no se dio ninguna contraseña para {key}</translation>
    </message>
    <message>
        <source>no roster found within {time_limit:g} seconds: shorten the range</source>
        <translation>no se encontró ningún cuadrante en {time_limit:g} segundos: acorte el periodo</translation>
    </message>
    <message>
        <source>no such file: check the path</source>
        <translation>no existe el archivo: compruebe la ruta</translation>
    </message>
    <message>
        <source>nothing to publish: the plan has no meetings</source>
        <translation>nada que publicar: el plan no tiene reuniones</translation>
    </message>
    <message>
        <source>off this date (one-day change)</source>
        <translation>libre esta fecha (cambio de un día)</translation>
    </message>
    <message>
        <source>ordinal {ordinal} must be 1 to 5 or -1 to -5</source>
        <translation>el ordinal {ordinal} debe ser de 1 a 5 o de -1 a -5</translation>
    </message>
    <message>
        <source>put the user name in --user and the password in --password-env, not in the URL</source>
        <translation>ponga el nombre de usuario en --user y la contraseña en --password-env, no en la URL</translation>
    </message>
    <message>
        <source>reminder_minutes must be between 0 and 10080 (a week)</source>
        <translation>reminder_minutes debe estar entre 0 y 10080 (una semana)</translation>
    </message>
    <message>
        <source>removed: {ids}</source>
        <translation>eliminadas: {ids}</translation>
    </message>
    <message>
        <source>repeat byday must be a list such as [&quot;TU&quot;]</source>
        <translation>repeat byday debe ser una lista como [&quot;TU&quot;]</translation>
    </message>
    <message>
        <source>repeat byday names a day twice</source>
        <translation>repeat byday nombra un día dos veces</translation>
    </message>
    <message>
        <source>repeat count must be from 1 to {MAX_COUNT}</source>
        <translation>repeat count debe ser de 1 a {MAX_COUNT}</translation>
    </message>
    <message>
        <source>repeat count {count} runs past {LAST_YEAR}: occurrence {number} would be on {occurrence:%Y-%m-%d}, and the planner handles dates up to {LAST_YEAR}; use a smaller count or interval</source>
        <translation>repeat count {count} pasa de {LAST_YEAR}: la repetición {number} caería el {occurrence:%Y-%m-%d}, y el planificador maneja fechas hasta {LAST_YEAR}; use un count o un interval menor</translation>
    </message>
    <message>
        <source>repeat freq must be &quot;daily&quot;, &quot;weekly&quot; or &quot;monthly&quot; in quotes</source>
        <translation>repeat freq debe ser &quot;daily&quot;, &quot;weekly&quot; o &quot;monthly&quot; entre comillas</translation>
    </message>
    <message>
        <source>repeat freq must be &quot;daily&quot;, &quot;weekly&quot; or &quot;monthly&quot;, not {freq!r}</source>
        <translation>repeat freq debe ser &quot;daily&quot;, &quot;weekly&quot; o &quot;monthly&quot;, no {freq!r}</translation>
    </message>
    <message>
        <source>repeat interval must be a whole number from 1 to {MAX_INTERVAL}</source>
        <translation>repeat interval debe ser un número entero de 1 a {MAX_INTERVAL}</translation>
    </message>
    <message>
        <source>repeat must be a table such as {{ freq = &quot;weekly&quot;, byday = [&quot;TU&quot;] }}</source>
        <translation>repeat debe ser una tabla como {{ freq = &quot;weekly&quot;, byday = [&quot;TU&quot;] }}</translation>
    </message>
    <message>
        <source>repeat needs freq = &quot;daily&quot;, &quot;weekly&quot; or &quot;monthly&quot;</source>
        <translation>repeat necesita freq = &quot;daily&quot;, &quot;weekly&quot; o &quot;monthly&quot;</translation>
    </message>
    <message>
        <source>repeat takes either until or count, not both</source>
        <translation>repeat admite until o count, no ambos</translation>
    </message>
    <message>
        <source>repeat until {until} is before the start {start_date}</source>
        <translation>repeat until {until} es anterior al inicio {start_date}</translation>
    </message>
    <message>
        <source>repeats {what} {format_clock}, first given on line {seen}: give each interval once</source>
        <translation>repite {what} {format_clock}, dado por primera vez en la línea {seen}: indique cada intervalo una vez</translation>
    </message>
    <message>
        <source>reply_within_hours is for async roles: remove it</source>
        <translation>reply_within_hours es para roles asíncronos: quítelo</translation>
    </message>
    <message>
        <source>reply_within_hours must be more than 0 (vendor working hours)</source>
        <translation>reply_within_hours debe ser mayor que 0 (horas de trabajo del proveedor)</translation>
    </message>
    <message>
        <source>role &quot;{value}&quot;</source>
        <translation>rol &quot;{value}&quot;</translation>
    </message>
    <message>
        <source>service_level {self}: the percent must be more than 0 and less than 100</source>
        <translation>service_level {self}: el porcentaje debe ser mayor que 0 y menor que 100</translation>
    </message>
    <message>
        <source>service_level {self}: the seconds must be 0 to 3600</source>
        <translation>service_level {self}: los segundos deben ser de 0 a 3600</translation>
    </message>
    <message>
        <source>service_level {text!r} is not of the form &quot;PERCENT/SECONDS&quot; (e.g. &quot;80/20&quot;: 80% of contacts answered within 20 seconds)</source>
        <translation>service_level {text!r} no tiene la forma &quot;PORCENTAJE/SEGUNDOS&quot; (p. ej. &quot;80/20&quot;: el 80% de los contactos atendidos en 20 segundos)</translation>
    </message>
    <message>
        <source>shift &quot;{self}&quot; starts and ends at the same time: for a whole day write &quot;00:00-24:00&quot;</source>
        <translation>el turno &quot;{self}&quot; empieza y termina a la misma hora: para un día entero escriba &quot;00:00-24:00&quot;</translation>
    </message>
    <message>
        <source>shift lengths must be at least one interval and less than 24 hours</source>
        <translation>los turnos deben durar al menos un intervalo y menos de 24 horas</translation>
    </message>
    <message>
        <source>shift {text!r} is not of the form &quot;HH:MM-HH:MM&quot; (e.g. &quot;09:00-17:00&quot;)</source>
        <translation>el turno {text!r} no tiene la forma &quot;HH:MM-HH:MM&quot; (p. ej. &quot;09:00-17:00&quot;)</translation>
    </message>
    <message>
        <source>shrinkage_percent must be 0 or more and less than 100</source>
        <translation>shrinkage_percent debe ser 0 o más y menor que 100</translation>
    </message>
    <message>
        <source>side must be &quot;client&quot; or &quot;vendor&quot;, not {side!r}</source>
        <translation>side debe ser &quot;client&quot; o &quot;vendor&quot;, no {side!r}</translation>
    </message>
    <message>
        <source>skip_holidays must be true or false</source>
        <translation>skip_holidays debe ser true o false</translation>
    </message>
    <message>
        <source>start is a local wall time in the meeting&apos;s zone, without offset</source>
        <translation>start es una hora local en la zona de la reunión, sin desfase</translation>
    </message>
    <message>
        <source>start is missing: add start = &quot;2027-01-05T10:00&quot;</source>
        <translation>falta start: añada start = &quot;2027-01-05T10:00&quot;</translation>
    </message>
    <message>
        <source>start is wall time in the meeting&apos;s zone: write it without an offset</source>
        <translation>start es la hora local en la zona de la reunión: escríbala sin desfase</translation>
    </message>
    <message>
        <source>start {first:%Y-%m-%dT%H:%M} ({ICAL_WEEKDAYS}) is not an occurrence of repeat {freq} on {days}: set start to the first occurrence{advice}</source>
        <translation>start {first:%Y-%m-%dT%H:%M} ({ICAL_WEEKDAYS}) no es una repetición de repeat {freq} en {days}: ponga en start la primera repetición{advice}</translation>
    </message>
    <message>
        <source>start {value!r} is not a local date and time: write &quot;YYYY-MM-DDTHH:MM&quot;</source>
        <translation>start {value!r} no es una fecha y hora locales: escriba &quot;AAAA-MM-DDTHH:MM&quot;</translation>
    </message>
    <message>
        <source>team &quot;{host_id}&quot; has no working day within a year of {first}</source>
        <translation>el equipo &quot;{host_id}&quot; no tiene ningún día laborable en el año siguiente a {first}</translation>
    </message>
    <message>
        <source>team &quot;{name}&quot; is a {found}, but {key} needs a {side} team</source>
        <translation>el equipo &quot;{name}&quot; es {found}, pero {key} necesita un equipo {side}</translation>
    </message>
    <message>
        <source>team &quot;{team_id}&quot; has no working hours: give it hours before planning a kickoff</source>
        <translation>el equipo &quot;{team_id}&quot; no tiene horario de trabajo: dele un horario antes de planificar un arranque</translation>
    </message>
    <message>
        <source>team &quot;{twice}&quot; is named twice: name each team once</source>
        <translation>el equipo &quot;{twice}&quot; aparece dos veces: nombre cada equipo una vez</translation>
    </message>
    <message>
        <source>team &quot;{value}&quot;</source>
        <translation>equipo &quot;{value}&quot;</translation>
    </message>
    <message>
        <source>teams is missing: add teams = [&quot;hq&quot;, &quot;mnl&quot;]</source>
        <translation>falta teams: añada teams = [&quot;hq&quot;, &quot;mnl&quot;]</translation>
    </message>
    <message>
        <source>teams must be a list of team ids: [&quot;hq&quot;, &quot;mnl&quot;]</source>
        <translation>teams debe ser una lista de ids de equipo: [&quot;hq&quot;, &quot;mnl&quot;]</translation>
    </message>
    <message>
        <source>the calendar name is empty: give one with --calendar</source>
        <translation>el nombre del calendario está vacío: indíquelo con --calendar</translation>
    </message>
    <message>
        <source>the duration must be 1 to 1440 minutes, not {duration_minutes}</source>
        <translation>la duración debe ser de 1 a 1440 minutos, no {duration_minutes}</translation>
    </message>
    <message>
        <source>the holidays package has no public holidays of {code} for {shown} ({detail}): they count as working days; add the ones that matter as days_off</source>
        <translation>el paquete holidays no tiene festivos de {code} para {shown} ({detail}): cuentan como días laborables; añada los que importen como days_off</translation>
    </message>
    <message>
        <source>the holidays package has only some public holidays of {code} for {shown} ({detail}): add the missing ones as days_off</source>
        <translation>el paquete holidays solo tiene algunos festivos de {code} para {shown} ({detail}): añada los que faltan como days_off</translation>
    </message>
    <message>
        <source>the key &quot;{duplicate}&quot; is set twice in the same table: keep one of them</source>
        <translation>la clave &quot;{duplicate}&quot; se define dos veces en la misma tabla: conserve una</translation>
    </message>
    <message>
        <source>the key {named}is set twice in the same table: keep one of them</source>
        <translation>la clave {named}se define dos veces en la misma tabla: conserve una</translation>
    </message>
    <message>
        <source>the kickoff looks 1 to {MAX_WORKING_DAYS} working days ahead, not {count}</source>
        <translation>el arranque mira de 1 a {MAX_WORKING_DAYS} días laborables por delante, no {count}</translation>
    </message>
    <message>
        <source>the path is empty: name a file, e.g. contacts.csv beside the plan</source>
        <translation>la ruta está vacía: nombre un archivo, p. ej. contacts.csv junto al plan</translation>
    </message>
    <message>
        <source>the place index {path} cannot be read ({reason}): reinstall Overlap Planner</source>
        <translation>no se puede leer el índice de lugares {path} ({reason}): reinstale Overlap Planner</translation>
    </message>
    <message>
        <source>the place names {path} cannot be read ({reason}): reinstall Overlap Planner</source>
        <translation>no se pueden leer los nombres de lugares {path} ({reason}): reinstale Overlap Planner</translation>
    </message>
    <message>
        <source>the plan has no meetings to export: add a [[meeting]] first</source>
        <translation>el plan no tiene reuniones que exportar: añada primero un [[meeting]]</translation>
    </message>
    <message>
        <source>the series has no occurrence on {series_day}</source>
        <translation>la serie no tiene ninguna repetición el {series_day}</translation>
    </message>
    <message>
        <source>the step must divide a day into whole steps, not {step_minutes} minutes</source>
        <translation>el paso debe dividir un día en pasos enteros, no {step_minutes} minutos</translation>
    </message>
    <message>
        <source>the table [{name}] is declared twice: merge them into one</source>
        <translation>la tabla [{name}] está declarada dos veces: únalas en una</translation>
    </message>
    <message>
        <source>the user name is empty: give it with --user</source>
        <translation>el nombre de usuario está vacío: indíquelo con --user</translation>
    </message>
    <message>
        <source>there is no shift to work overtime on: give the hours instead</source>
        <translation>no hay ningún turno en el que hacer horas extra: indique el horario</translation>
    </message>
    <message>
        <source>there is no shift {old} on that day to change</source>
        <translation>no hay ningún turno {old} ese día que cambiar</translation>
    </message>
    <message>
        <source>this line holds more than one value, or a value TOML does not know: write one key = value per line, with text in quotes (e.g. start = &quot;2027-01-05T10:00&quot;)</source>
        <translation>esta línea contiene más de un valor, o un valor que TOML no conoce: escriba una clave = valor por línea, con el texto entre comillas (p. ej. start = &quot;2027-01-05T10:00&quot;)</translation>
    </message>
    <message>
        <source>this line is not TOML: write key = value, or a table header such as [[team]]</source>
        <translation>esta línea no es TOML: escriba clave = valor, o un encabezado de tabla como [[team]]</translation>
    </message>
    <message>
        <source>time &quot;{text}&quot; has seconds: intervals start on whole minutes</source>
        <translation>la hora &quot;{text}&quot; tiene segundos: los intervalos empiezan en minutos enteros</translation>
    </message>
    <message>
        <source>time &quot;{text}&quot; is not a time of day (00:00 to 23:59)</source>
        <translation>la hora &quot;{text}&quot; no es una hora del día (00:00 a 23:59)</translation>
    </message>
    <message>
        <source>time &quot;{text}&quot; is not a time of day (1:00 to 12:59 with AM/PM)</source>
        <translation>la hora &quot;{text}&quot; no es una hora del día (1:00 a 12:59 con AM/PM)</translation>
    </message>
    <message>
        <source>time &quot;{text}&quot; is not a time of day: write HH:MM, e.g. &quot;09:30&quot;</source>
        <translation>la hora &quot;{text}&quot; no es una hora del día: escriba HH:MM, p. ej. &quot;09:30&quot;</translation>
    </message>
    <message>
        <source>time {format_clock} is not on the {interval_minutes}-minute grid of interval_minutes: give the start of each interval ({format_clock2}, {format_clock3}, ...)</source>
        <translation>la hora {format_clock} no está en la cuadrícula de {interval_minutes} minutos de interval_minutes: indique el inicio de cada intervalo ({format_clock2}, {format_clock3}, ...)</translation>
    </message>
    <message>
        <source>unknown holiday country &quot;{code}&quot;{hint}: use an ISO 3166 country code such as &quot;US&quot;, &quot;PH&quot; or &quot;IN&quot;, optionally with a subdivision: &quot;US-NY&quot;</source>
        <translation>país de festivos desconocido &quot;{code}&quot;{hint}: use un código de país ISO 3166 como &quot;US&quot;, &quot;PH&quot; o &quot;IN&quot;, opcionalmente con una subdivisión: &quot;US-NY&quot;</translation>
    </message>
    <message>
        <source>unknown key &quot;{key}&quot;{hint} in repeat</source>
        <translation>clave desconocida &quot;{key}&quot;{hint} en repeat</translation>
    </message>
    <message>
        <source>unknown key &quot;{key}&quot;{hint}: it is kept when the plan is saved, but not used</source>
        <translation>clave desconocida &quot;{key}&quot;{hint}: se conserva al guardar el plan, pero no se usa</translation>
    </message>
    <message>
        <source>unknown meeting &quot;{meeting_id}&quot;</source>
        <translation>reunión desconocida &quot;{meeting_id}&quot;</translation>
    </message>
    <message>
        <source>unknown meeting &quot;{unknown}&quot;: the plan&apos;s meetings are {listed}</source>
        <translation>reunión desconocida &quot;{unknown}&quot;: las reuniones del plan son {listed}</translation>
    </message>
    <message>
        <source>unknown preset &quot;{label}&quot;: use one of {items}</source>
        <translation>predefinido desconocido &quot;{label}&quot;: use uno de {items}</translation>
    </message>
    <message>
        <source>unknown role &quot;{role_id}&quot;</source>
        <translation>rol desconocido &quot;{role_id}&quot;</translation>
    </message>
    <message>
        <source>unknown team &quot;{item_id}&quot;</source>
        <translation>equipo desconocido &quot;{item_id}&quot;</translation>
    </message>
    <message>
        <source>unknown team &quot;{name}&quot;{hint}</source>
        <translation>equipo desconocido &quot;{name}&quot;{hint}</translation>
    </message>
    <message>
        <source>unknown team &quot;{name}&quot;{hint}: the plan has {value}</source>
        <translation>equipo desconocido &quot;{name}&quot;{hint}: el plan tiene {value}</translation>
    </message>
    <message>
        <source>unknown team &quot;{team_id}&quot;</source>
        <translation>equipo desconocido &quot;{team_id}&quot;</translation>
    </message>
    <message>
        <source>unknown time zone &quot;{name}&quot;{advice}</source>
        <translation>zona horaria desconocida &quot;{name}&quot;{advice}</translation>
    </message>
    <message>
        <source>updated: {ids}</source>
        <translation>actualizadas: {ids}</translation>
    </message>
    <message>
        <source>url holds a line break or control character ({shown}): write the address on one line</source>
        <translation>url contiene un salto de línea o un carácter de control ({shown}): escriba la dirección en una línea</translation>
    </message>
    <message>
        <source>weekday index {weekday} is not 0 (MO) to 6 (SU)</source>
        <translation>el índice de día {weekday} no está entre 0 (MO) y 6 (SU)</translation>
    </message>
    <message>
        <source>weekday {weekday} is not 0 (Monday) to 6 (Sunday)</source>
        <translation>el día {weekday} no está entre 0 (lunes) y 6 (domingo)</translation>
    </message>
    <message>
        <source>weekly hours need exactly seven days</source>
        <translation>el horario semanal necesita exactamente siete días</translation>
    </message>
    <message>
        <source>write each {section} as [[{section}]], not [{section}]</source>
        <translation>escriba cada {section} como [[{section}]], no [{section}]</translation>
    </message>
    <message>
        <source>{count} meeting</source>
        <translation>{count} reunión</translation>
    </message>
    <message>
        <source>{count} meetings</source>
        <translation>{count} reuniones</translation>
    </message>
    <message>
        <source>{host} is addressed with http://, which would send the password unencrypted, readable by anyone on the network: use https://, or pass --allow-insecure-http if you trust every network in between</source>
        <translation>{host} se direcciona con http://, que enviaría la contraseña sin cifrar, legible por cualquiera en la red: use https://, o pase --allow-insecure-http si confía en todas las redes intermedias</translation>
    </message>
    <message>
        <source>{hours} h {minutes:02d} min</source>
        <translation>{hours} h {minutes:02d} min</translation>
    </message>
    <message>
        <source>{key} is missing: add {key} = &quot;&lt;team id&gt;&quot;</source>
        <translation>falta {key}: añada {key} = &quot;&lt;id de equipo&gt;&quot;</translation>
    </message>
    <message>
        <source>{key} is missing: {hint}</source>
        <translation>falta {key}: {hint}</translation>
    </message>
    <message>
        <source>{key} must be a date (YYYY-MM-DD), not a date and time</source>
        <translation>{key} debe ser una fecha (AAAA-MM-DD), no una fecha y hora</translation>
    </message>
    <message>
        <source>{key} must be a finite number, not {value!r}</source>
        <translation>{key} debe ser un número finito, no {value!r}</translation>
    </message>
    <message>
        <source>{key} must be a number such as 24, not {value}</source>
        <translation>{key} debe ser un número como 24, no {value}</translation>
    </message>
    <message>
        <source>{key} must be a number, not {value}</source>
        <translation>{key} debe ser un número, no {value}</translation>
    </message>
    <message>
        <source>{key} must be a string in quotes</source>
        <translation>{key} debe ser un texto entre comillas</translation>
    </message>
    <message>
        <source>{key} must be a team id in quotes</source>
        <translation>{key} debe ser un id de equipo entre comillas</translation>
    </message>
    <message>
        <source>{key} must be a whole number, not {value}</source>
        <translation>{key} debe ser un número entero, no {value}</translation>
    </message>
    <message>
        <source>{key} must be more than {above}, not {value}</source>
        <translation>{key} debe ser mayor que {above}, no {value}</translation>
    </message>
    <message>
        <source>{key} must be {high} or less, not {shown}</source>
        <translation>{key} debe ser {high} o menos, no {shown}</translation>
    </message>
    <message>
        <source>{key} must be {kind} from {low} to {high}, not {shown}</source>
        <translation>{key} debe ser {kind} de {low} a {high}, no {shown}</translation>
    </message>
    <message>
        <source>{key} must be {low} or more, not {shown}</source>
        <translation>{key} debe ser {low} o más, no {shown}</translation>
    </message>
    <message>
        <source>{key} {value!r} is not a date: write &quot;YYYY-MM-DD&quot;, e.g. &quot;2027-07-05&quot;</source>
        <translation>{key} {value!r} no es una fecha: escriba &quot;AAAA-MM-DD&quot;, p. ej. &quot;2027-07-05&quot;</translation>
    </message>
    <message>
        <source>{kind} id &quot;{item_id}&quot; is already used: choose another id</source>
        <translation>el id de {kind} &quot;{item_id}&quot; ya está en uso: elija otro id</translation>
    </message>
    <message>
        <source>{message} (in demand)</source>
        <translation>{message} (en demand)</translation>
    </message>
    <message>
        <source>{section} must be a list of [[{section}]] tables</source>
        <translation>{section} debe ser una lista de tablas [[{section}]]</translation>
    </message>
    <message>
        <source>{vendor} is {hours} ahead of {client} (usually {usual}): a clock-change week</source>
        <translation>{vendor} va {hours} por delante de {client} (normalmente {usual}): una semana de cambio de hora</translation>
    </message>
    <message>
        <source>{vendor} is {hours} behind {client} (usually {usual}): a clock-change week</source>
        <translation>{vendor} va {hours} por detrás de {client} (normalmente {usual}): una semana de cambio de hora</translation>
    </message>
    <message>
        <source>{what} id {value!r} is not valid: use lower-case letters, digits, &apos;-&apos; and &apos;_&apos;, starting with a letter or digit (e.g. &quot;mnl&quot;)</source>
        <translation>el id de {what} {value!r} no es válido: use minúsculas, dígitos, &apos;-&apos; y &apos;_&apos;, empezando por una letra o un dígito (p. ej. &quot;mnl&quot;)</translation>
    </message>
    <message>
        <source>{what} {isoformat} is outside the years {FIRST_YEAR} to {LAST_YEAR} that the planner handles</source>
        <translation>{what} {isoformat} está fuera de los años {FIRST_YEAR} a {LAST_YEAR} que maneja el planificador</translation>
    </message>
    <message>
        <source>{where} must be a whole number of people, not {value!r}</source>
        <translation>{where} debe ser un número entero de personas, no {value!r}</translation>
    </message>
    <message>
        <source>{where} must be between 1 and {MAX_AGENTS:,} (remove the shift instead of 0)</source>
        <translation>{where} debe estar entre 1 y {MAX_AGENTS:,} (quite el turno en lugar de poner 0)</translation>
    </message>
    <message>
        <source>{zone} went back to {name} ({offset})</source>
        <translation>{zone} retrasó la hora a {name} ({offset})</translation>
    </message>
    <message>
        <source>{zone} went forward to {name} ({offset})</source>
        <translation>{zone} adelantó la hora a {name} ({offset})</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
</context>
<context>
    <name>ProfileView</name>
    <message>
        <source>No contacts</source>
        <translation>Sin contactos</translation>
    </message>
    <message>
        <source>Week profile of contacts and agents required</source>
        <translation>Perfil semanal de contactos y agentes necesarios</translation>
    </message>
    <message>
        <source>agents required (line), max {agents}</source>
        <translation>agentes necesarios (línea), máx. {agents}</translation>
    </message>
    <message>
        <source>contacts (bars), max {most}</source>
        <translation>contactos (barras), máx. {most}</translation>
    </message>
    <message>
        <source>{total} contacts a week; busiest interval {most} contacts; at most {agents} agents required</source>
        <translation>{total} contactos a la semana; intervalo con más carga: {most} contactos; como máximo {agents} agentes necesarios</translation>
    </message>
</context>
<context>
    <name>PropertiesDialog</name>
    <message>
        <source>Display zone</source>
        <translation>Zona de visualización</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message numerus="yes">
        <source>%n meeting(s) will be sent; publishing again updates them.</source>
        <translation>
            <numerusform>Se enviará %n reunión; al publicar de nuevo se actualiza.</numerusform>
            <numerusform>Se enviarán %n reuniones; al publicar de nuevo se actualizan.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Calendar:</source>
        <translation>C&amp;alendario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publicar</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>Enter the password ({reason}).</source>
        <translation>Escriba la contraseña ({reason}).</translation>
    </message>
    <message>
        <source>Enter the password: the system keyring has none for {user} on this server.</source>
        <translation>Escriba la contraseña: el llavero del sistema no tiene ninguna para {user} en este servidor.</translation>
    </message>
    <message>
        <source>Enter the server address (https://...).</source>
        <translation>Escriba la dirección del servidor (https://...).</translation>
    </message>
    <message>
        <source>Enter the user name.</source>
        <translation>Escriba el nombre de usuario.</translation>
    </message>
    <message>
        <source>Not published</source>
        <translation>No publicado</translation>
    </message>
    <message>
        <source>Not sent: the address uses http://, which would send the password unencrypted. Use https://, or confirm that you trust the network.</source>
        <translation>No enviado: la dirección usa http://, que enviaría la contraseña sin cifrar. Use https:// o confirme que confía en la red.</translation>
    </message>
    <message>
        <source>Publish to a CalDAV calendar</source>
        <translation>Publicar en un calendario CalDAV</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <source>Publishing progress</source>
        <translation>Progreso de la publicación</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>Publicando…</translation>
    </message>
    <message>
        <source>Remove the events of meetings no longer in the plan</source>
        <translation>Quitar los eventos de reuniones que ya no están en el plan</translation>
    </message>
    <message>
        <source>Send the password unencrypted?</source>
        <translation>¿Enviar la contraseña sin cifrar?</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Dirección del servidor:</translation>
    </message>
    <message>
        <source>The address uses http://, so the password for {host} would travel unencrypted: anyone on the network could read it.

Send it anyway?</source>
        <translation>La dirección usa http://, así que la contraseña de {host} viajaría sin cifrar: cualquiera en la red podría leerla.

¿Enviarla de todos modos?</translation>
    </message>
    <message>
        <source>The password is used for this publish only and is never saved.</source>
        <translation>La contraseña solo se usa para esta publicación y nunca se guarda.</translation>
    </message>
    <message>
        <source>Warning: http:// sends the password unencrypted to {host}; anyone on the network could read it. Use https:// if the server offers it.</source>
        <translation>Atención: http:// envía la contraseña sin cifrar a {host}; cualquiera en la red podría leerla. Use https:// si el servidor lo ofrece.</translation>
    </message>
    <message>
        <source>empty: use the system keyring</source>
        <translation>vacía: usar el llavero del sistema</translation>
    </message>
    <message>
        <source>required ({reason})</source>
        <translation>obligatoria ({reason})</translation>
    </message>
</context>
<context>
    <name>RepeatEditor</name>
    <message>
        <source> day(s)</source>
        <translation> día(s)</translation>
    </message>
    <message>
        <source> month(s)</source>
        <translation> mes(es)</translation>
    </message>
    <message>
        <source> times</source>
        <translation> veces</translation>
    </message>
    <message>
        <source> week(s)</source>
        <translation> semana(s)</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;Termina:</translation>
    </message>
    <message>
        <source>&amp;Frequency:</source>
        <translation>&amp;Frecuencia:</translation>
    </message>
    <message>
        <source>&amp;Interval:</source>
        <translation>&amp;Intervalo:</translation>
    </message>
    <message>
        <source>&amp;Monthly:</source>
        <translation>&amp;Mensual:</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Tras</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Cada día</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>No se repite</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Termina</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Cada mes</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Number of occurrences</source>
        <translation>Número de sesiones</translation>
    </message>
    <message>
        <source>On &amp;days:</source>
        <translation>Los &amp;días:</translation>
    </message>
    <message>
        <source>On date</source>
        <translation>En una fecha</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Repetición</translation>
    </message>
    <message>
        <source>Repeat frequency</source>
        <translation>Frecuencia de repetición</translation>
    </message>
    <message>
        <source>Repeat until</source>
        <translation>Repetir hasta</translation>
    </message>
    <message>
        <source>Week of the month</source>
        <translation>Semana del mes</translation>
    </message>
    <message>
        <source>Weekday of the month</source>
        <translation>Día de la semana del mes</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Cada semana</translation>
    </message>
    <message>
        <source>every </source>
        <translation>cada </translation>
    </message>
    <message>
        <source>first</source>
        <translation>primer</translation>
    </message>
    <message>
        <source>fourth</source>
        <translation>cuarto</translation>
    </message>
    <message>
        <source>last</source>
        <translation>último</translation>
    </message>
    <message>
        <source>on the</source>
        <translation>el</translation>
    </message>
    <message>
        <source>second</source>
        <translation>segundo</translation>
    </message>
    <message>
        <source>third</source>
        <translation>tercer</translation>
    </message>
</context>
<context>
    <name>RepeatWords</name>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>daily</source>
        <translation>a diario</translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>cada %n día</numerusform>
            <numerusform>cada %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n month(s)</source>
        <translation>
            <numerusform>cada %n mes</numerusform>
            <numerusform>cada %n meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n week(s)</source>
        <translation>
            <numerusform>cada %n semana</numerusform>
            <numerusform>cada %n semanas</numerusform>
        </translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>mensual</translation>
    </message>
    <message>
        <source>one-off</source>
        <translation>puntual</translation>
    </message>
    <message>
        <source>the fifth {day}</source>
        <translation>el quinto {day}</translation>
    </message>
    <message>
        <source>the first {day}</source>
        <translation>el primer {day}</translation>
    </message>
    <message>
        <source>the fourth {day}</source>
        <translation>el cuarto {day}</translation>
    </message>
    <message>
        <source>the last {day}</source>
        <translation>el último {day}</translation>
    </message>
    <message>
        <source>the second last {day}</source>
        <translation>el penúltimo {day}</translation>
    </message>
    <message>
        <source>the second {day}</source>
        <translation>el segundo {day}</translation>
    </message>
    <message>
        <source>the third {day}</source>
        <translation>el tercer {day}</translation>
    </message>
    <message>
        <source>the {ordinal} {day}</source>
        <translation>el {day} número {ordinal}</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>semanal</translation>
    </message>
    <message>
        <source>{head} on weekdays</source>
        <translation>{head}, de lunes a viernes</translation>
    </message>
    <message>
        <source>{head} on {days}</source>
        <translation>{head}: {days}</translation>
    </message>
    <message>
        <source>{items} and {last}</source>
        <translation>{items} y {last}</translation>
    </message>
</context>
<context>
    <name>RoleDetails</name>
    <message>
        <source>&lt;b&gt;No shift closes these: plan holiday cover&lt;/b&gt; (right-click the vendor&apos;s row on that date, Change Only This Date): {days}.</source>
        <translation>&lt;b&gt;Ningún turno los cierra: planifique una cobertura de festivos&lt;/b&gt; (clic derecho en la fila del proveedor en esa fecha, Cambiar solo esta fecha): {days}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Suggested {vendor} hours&lt;/b&gt; ({zone} local time): {hours}.&lt;br&gt;{checked}: coverage {before} → {after}%, closes {closed} of {gaps} gaps, never lowers coverage.</source>
        <translation>&lt;b&gt;Horario sugerido para {vendor}&lt;/b&gt; (hora local de {zone}): {hours}.&lt;br&gt;{checked}: cobertura {before} → {after}%, cierra {closed} de {gaps} huecos, nunca baja la cobertura.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Uncovered client time&lt;/b&gt; ({zone}), by cause:</source>
        <translation>&lt;b&gt;Tiempo del cliente sin cubrir&lt;/b&gt; ({zone}), por causa:</translation>
    </message>
    <message>
        <source>No suggested hours: every gap falls on a day off of {vendor}, which no weekly shift closes ({checked}, coverage {coverage}).</source>
        <translation>Sin horario sugerido: todos los huecos caen en días libres de {vendor}, que ningún turno semanal cierra ({checked}, cobertura {coverage}).</translation>
    </message>
    <message>
        <source>No suggested hours: nothing is uncovered ({checked}).</source>
        <translation>Sin horario sugerido: no hay nada sin cubrir ({checked}).</translation>
    </message>
    <message>
        <source>No suggested hours: the current hours are already the best this shape allows ({checked}, coverage {coverage}).</source>
        <translation>Sin horario sugerido: el horario actual ya es el mejor que permite esta forma ({checked}, cobertura {coverage}).</translation>
    </message>
    <message>
        <source>On {vendor}&apos;s working days (leaving out its holidays and days off): &lt;b&gt;{percent}%&lt;/b&gt;. The gaps are holidays, not hours.</source>
        <translation>En los días laborables de {vendor} (sin sus festivos ni días libres): &lt;b&gt;{percent}%&lt;/b&gt;. Los huecos son festivos, no horas.</translation>
    </message>
    <message>
        <source>On {vendor}&apos;s working days (leaving out its holidays and days off): &lt;b&gt;{percent}%&lt;/b&gt;. The gaps are partly hours.</source>
        <translation>En los días laborables de {vendor} (sin sus festivos ni días libres): &lt;b&gt;{percent}%&lt;/b&gt;. Los huecos se deben en parte a las horas.</translation>
    </message>
    <message>
        <source>Suggested hours are checked over a year once the drag ends.</source>
        <translation>Las horas sugeridas se comprueban sobre un año cuando termina el arrastre.</translation>
    </message>
    <message numerus="yes">
        <source>That is %n shifts a day: %n people each working day.</source>
        <translation>
            <numerusform>Es decir, %n turno al día: %n persona cada día laborable.</numerusform>
            <numerusform>Es decir, %n turnos al día: %n personas cada día laborable.</numerusform>
        </translation>
    </message>
    <message>
        <source>a day the vendor never works</source>
        <translation>un día que el proveedor nunca trabaja</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>checked over {start} to {end}</source>
        <translation>comprobado del {start} al {end}</translation>
    </message>
    <message>
        <source>clock-change week</source>
        <translation>semana de cambio de hora</translation>
    </message>
    <message>
        <source>outside the vendor&apos;s hours</source>
        <translation>fuera del horario del proveedor</translation>
    </message>
    <message>
        <source>vendor holiday or day off</source>
        <translation>festivo o día libre del proveedor</translation>
    </message>
    <message>
        <source>{cause}: {reason}</source>
        <translation>{cause}: {reason}</translation>
    </message>
    <message>
        <source>{cause}: {reason} ({vendor}, {day})</source>
        <translation>{cause}: {reason} ({vendor}, {day})</translation>
    </message>
    <message>
        <source>{count} {cause}</source>
        <translation>{count} {cause}</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} a {end}</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… y %n más</numerusform>
            <numerusform>… y %n más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoleEditor</name>
    <message>
        <source> %</source>
        <comment>percent suffix</comment>
        <translation> %</translation>
    </message>
    <message>
        <source> h</source>
        <comment>hours suffix</comment>
        <translation> h</translation>
    </message>
    <message>
        <source> min per day</source>
        <translation> min al día</translation>
    </message>
    <message>
        <source> working h</source>
        <translation> h laborables</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Cliente:</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Id:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Vendor:</source>
        <translation>&amp;Proveedor:</translation>
    </message>
    <message>
        <source>A role needs a client team and a vendor team: add them first.</source>
        <translation>Un rol necesita un equipo cliente y un equipo proveedor: añádalos primero.</translation>
    </message>
    <message>
        <source>Add Role</source>
        <translation>Añadir rol</translation>
    </message>
    <message>
        <source>Add role &quot;{name}&quot;</source>
        <translation>Añadir el rol «{name}»</translation>
    </message>
    <message>
        <source>Answer each message within this much of the vendor&apos;s working time (holidays applied); the backlog view reports the share answered in time</source>
        <translation>Responder cada mensaje dentro de este tiempo laborable del proveedor (con festivos); la vista de pendientes indica la proporción respondida a tiempo</translation>
    </message>
    <message>
        <source>Async: some overlap for updates and a bounded reply wait (SEO, development)</source>
        <translation>Asíncrono: algo de solapamiento para novedades y una espera de respuesta acotada (SEO, desarrollo)</translation>
    </message>
    <message>
        <source>Edit Role {name}</source>
        <translation>Editar el rol {name}</translation>
    </message>
    <message>
        <source>Edit role &quot;{name}&quot;</source>
        <translation>Editar el rol «{name}»</translation>
    </message>
    <message>
        <source>Longest &amp;reply wait:</source>
        <translation>&amp;Espera de respuesta máxima:</translation>
    </message>
    <message>
        <source>Minimum &amp;coverage:</source>
        <translation>C&amp;obertura mínima:</translation>
    </message>
    <message>
        <source>Minimum daily &amp;overlap:</source>
        <translation>&amp;Solapamiento diario mínimo:</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>Nuevo rol</translation>
    </message>
    <message>
        <source>Real-time: the vendor works whenever the client works (support, live chat)</source>
        <translation>En tiempo real: el proveedor trabaja siempre que trabaja el cliente (soporte, chat en vivo)</translation>
    </message>
    <message>
        <source>Reply &amp;within:</source>
        <translation>Responder &amp;en:</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>sin objetivo</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rol</translation>
    </message>
    <message>
        <source>the plan has no client team: add one first</source>
        <translation>el plan no tiene ningún equipo cliente: añada uno primero</translation>
    </message>
    <message>
        <source>the plan has no vendor team: add one first</source>
        <translation>el plan no tiene ningún equipo proveedor: añada uno primero</translation>
    </message>
</context>
<context>
    <name>RoleVerdicts</name>
    <message numerus="yes">
        <source>%n gap(s)</source>
        <translation>
            <numerusform>%n hueco</numerusform>
            <numerusform>%n huecos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RolesPanel</name>
    <message>
        <source>, {percent}% answered within {hours} working h</source>
        <translation>, {percent}% respondido en {hours} h laborables</translation>
    </message>
    <message>
        <source>, {percent}% on the vendor&apos;s working days</source>
        <translation>, {percent}% en los días laborables del proveedor</translation>
    </message>
    <message>
        <source>; no contacts in this range</source>
        <translation>; sin contactos en este periodo</translation>
    </message>
    <message>
        <source>; service level {level}% (target {target}), {short} of {total} intervals understaffed</source>
        <translation>; nivel de servicio {level}% (objetivo {target}), {short} de {total} intervalos con falta de personal</translation>
    </message>
    <message>
        <source>&lt;b&gt;Days below {minimum}&lt;/b&gt;:</source>
        <translation>&lt;b&gt;Días por debajo de {minimum}&lt;/b&gt;:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Staffing&lt;/b&gt; ({minutes}-minute intervals, target {target}, {handle} s handle time, {shrinkage}% shrinkage): service level &lt;b&gt;{level}&lt;/b&gt;; agent-hours required {required}, scheduled {scheduled}</source>
        <translation>&lt;b&gt;Dotación&lt;/b&gt; (intervalos de {minutes} minutos, objetivo {target}, {handle} s de tiempo de gestión, {shrinkage}% de merma): nivel de servicio &lt;b&gt;{level}&lt;/b&gt;; horas-agente necesarias {required}, programadas {scheduled}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Understaffed&lt;/b&gt; ({zone}):</source>
        <translation>&lt;b&gt;Falta de personal&lt;/b&gt; ({zone}):</translation>
    </message>
    <message>
        <source>&lt;b&gt;{role}&lt;/b&gt;: {vendor} for {client}</source>
        <translation>&lt;b&gt;{role}&lt;/b&gt;: {vendor} para {client}</translation>
    </message>
    <message>
        <source>Add Contact Demand…</source>
        <translation>Añadir demanda de contactos…</translation>
    </message>
    <message>
        <source>Add a role</source>
        <translation>Añadir un rol</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <source>Analysed range</source>
        <translation>Periodo analizado</translation>
    </message>
    <message>
        <source>Apply Suggested Hours</source>
        <translation>Aplicar horario sugerido</translation>
    </message>
    <message>
        <source>Apply Suggested Hours to {vendor}</source>
        <translation>Aplicar horario sugerido a {vendor}</translation>
    </message>
    <message>
        <source>Contact Demand and Roster…</source>
        <translation>Demanda de contactos y cuadrante…</translation>
    </message>
    <message>
        <source>Contacts per interval and the service level target of this real-time role; the agents it needs and a roster that has them</source>
        <translation>Contactos por intervalo y objetivo de nivel de servicio de este rol en tiempo real; los agentes que necesita y un cuadrante que los tenga</translation>
    </message>
    <message>
        <source>Edit the selected role (Enter)</source>
        <translation>Editar el rol seleccionado (Intro)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Month shown</source>
        <translation>Mes mostrado</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>N/D</translation>
    </message>
    <message>
        <source>No roles yet. A &lt;b&gt;real-time&lt;/b&gt; role checks that a vendor covers every hour the client works; an &lt;b&gt;async&lt;/b&gt; role checks daily overlap and reply wait.</source>
        <translation>Aún no hay roles. Un rol &lt;b&gt;en tiempo real&lt;/b&gt; comprueba que un proveedor cubre cada hora que trabaja el cliente; un rol &lt;b&gt;asíncrono&lt;/b&gt; comprueba el solapamiento diario y la espera de respuesta.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the selected role (Delete)</source>
        <translation>Quitar el rol seleccionado (Supr)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Role details</source>
        <translation>Detalles del rol</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Select a role to see its gaps on the chart.</source>
        <translation>Seleccione un rol para ver sus huecos en el gráfico.</translation>
    </message>
    <message>
        <source>Set the vendor&apos;s weekly hours to the suggested shift (undoable)</source>
        <translation>Poner el horario semanal del proveedor según el turno sugerido (se puede deshacer)</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Verdicts for the</source>
        <translation>Veredictos para:</translation>
    </message>
    <message>
        <source>Week shown</source>
        <translation>Semana mostrada</translation>
    </message>
    <message>
        <source>Year shown</source>
        <translation>Año mostrado</translation>
    </message>
    <message>
        <source>async</source>
        <translation>asíncrono</translation>
    </message>
    <message>
        <source>coverage {coverage}% (needs {needed}%)</source>
        <translation>cobertura {coverage}% (requiere {needed}%)</translation>
    </message>
    <message>
        <source>daily overlap at least {low} (needs {needed}), {wait}{within}</source>
        <translation>solapamiento diario de al menos {low} (requiere {needed}), {wait}{within}</translation>
    </message>
    <message>
        <source>longest wait {wait} (max {hours} h)</source>
        <translation>espera máxima {wait} (máx. {hours} h)</translation>
    </message>
    <message>
        <source>no client working days in this range, {wait}{within}</source>
        <translation>el cliente no tiene días laborables en este periodo, {wait}{within}</translation>
    </message>
    <message>
        <source>no client working time in this range</source>
        <translation>el cliente no trabaja en este periodo</translation>
    </message>
    <message>
        <source>no gaps</source>
        <translation>sin huecos</translation>
    </message>
    <message>
        <source>real-time</source>
        <translation>tiempo real</translation>
    </message>
    <message>
        <source>vendor not reachable within 14 days</source>
        <translation>proveedor no localizable en 14 días</translation>
    </message>
    <message>
        <source>{role} ({vendor} for {client}): {figures}</source>
        <translation>{role} ({vendor} para {client}): {figures}</translation>
    </message>
    <message>
        <source>{span}: needs {required}, has {scheduled}</source>
        <translation>{span}: necesita {required}, tiene {scheduled}</translation>
    </message>
    <message>
        <source>{start} to {end} ({zone})</source>
        <translation>{start} a {end} ({zone})</translation>
    </message>
    <message>
        <source>✔ PASS</source>
        <translation>✔ CUMPLE</translation>
    </message>
    <message>
        <source>✖ FAIL</source>
        <translation>✖ NO CUMPLE</translation>
    </message>
</context>
<context>
    <name>SlotFinderDialog</name>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> días laborables</translation>
    </message>
    <message numerus="yes">
        <source>%n start time(s) keep everyone inside working hours on every occurrence ({repeat}).</source>
        <translation>
            <numerusform>%n hora de inicio mantiene a todos dentro del horario laboral en cada sesión ({repeat}).</numerusform>
            <numerusform>%n horas de inicio mantienen a todos dentro del horario laboral en cada sesión ({repeat}).</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Copy Times</source>
        <translation>&amp;Copiar horas</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Duración:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Modo:</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>&amp;Use Slot</source>
        <translation>&amp;Usar franja</translation>
    </message>
    <message>
        <source>&amp;Within:</source>
        <translation>Dent&amp;ro de:</translation>
    </message>
    <message>
        <source>Awkward meetings (rotation)</source>
        <translation>Reuniones incómodas (rotación)</translation>
    </message>
    <message>
        <source>Breaks on</source>
        <translation>Falla el</translation>
    </message>
    <message>
        <source>Comfort in each team&apos;s local time: core, then edge (first or last hour of the working day), early/late (within 2 h of working hours, or 07:00-21:00), night or day off. Score: the least comfortable team&apos;s points (core 100, edge 75, early/late 35, night 0), averaged over the occurrences.</source>
        <translation>Comodidad en la hora local de cada equipo: núcleo, luego borde (primera o última hora de la jornada), temprano/tarde (a menos de 2 h del horario laboral, o 07:00-21:00), noche o día libre. Puntuación: los puntos del equipo menos cómodo (núcleo 100, borde 75, temprano/tarde 35, noche 0), promediados sobre las sesiones.</translation>
    </message>
    <message>
        <source>Every occurrence falls on someone&apos;s holiday: widen the range.</source>
        <translation>Todas las sesiones caen en un festivo de alguien: amplíe el periodo.</translation>
    </message>
    <message>
        <source>Every team&apos;s local time of the selected slot&apos;s first occurrence, for an email</source>
        <translation>La hora local de cada equipo en la primera sesión de la franja seleccionada, para un correo</translation>
    </message>
    <message>
        <source>Fair rotation</source>
        <translation>Rotación equitativa</translation>
    </message>
    <message>
        <source>Find a Meeting Slot</source>
        <translation>Buscar una franja para la reunión</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>First good slot: {day} {time} ({span}).</source>
        <translation>Primera franja buena: {day} {time} ({span}).</translation>
    </message>
    <message>
        <source>Fits</source>
        <translation>Encaja</translation>
    </message>
    <message>
        <source>Kickoff: first good slot in the next working days</source>
        <translation>Reunión inicial: primera franja buena en los próximos días laborables</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>No slot from {span} keeps everyone inside working hours. The least bad are listed.</source>
        <translation>Ninguna franja de {span} mantiene a todos dentro del horario laboral. Se listan las menos malas.</translation>
    </message>
    <message>
        <source>No start time keeps everyone inside working hours on every occurrence ({repeat}). The least bad are listed; the teams outside their hours pay the cost.</source>
        <translation>Ninguna hora de inicio mantiene a todos dentro del horario laboral en cada sesión ({repeat}). Se listan las menos malas; los equipos fuera de su horario pagan el coste.</translation>
    </message>
    <message>
        <source>Participating teams</source>
        <translation>Equipos participantes</translation>
    </message>
    <message>
        <source>Propose a fair rotation even when a slot fits everyone</source>
        <translation>Proponer una rotación equitativa aunque una franja convenga a todos</translation>
    </message>
    <message>
        <source>Rank start times over a date range</source>
        <translation>Ordenar horas de inicio en un periodo de fechas</translation>
    </message>
    <message>
        <source>Ranked slots</source>
        <translation>Franjas ordenadas</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Search mode</source>
        <translation>Modo de búsqueda</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitidas</translation>
    </message>
    <message>
        <source>Start ({zone})</source>
        <translation>Inicio ({zone})</translation>
    </message>
    <message>
        <source>T&amp;eams:</source>
        <translation>&amp;Equipos:</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>The meeting ({repeat}) has no occurrence in this range: widen the range.</source>
        <translation>La reunión ({repeat}) no tiene ninguna sesión en este periodo: amplíe el periodo.</translation>
    </message>
    <message>
        <source>Use the rotation: two meetings, taken in turn</source>
        <translation>Usar la rotación: dos reuniones, por turnos</translation>
    </message>
    <message>
        <source>With the best single slot</source>
        <translation>Con la mejor franja única</translation>
    </message>
    <message>
        <source>the range ends before it starts: pick an earlier From date</source>
        <translation>el periodo termina antes de empezar: elija una fecha Desde anterior</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>{count} of {total}</source>
        <translation>{count} de {total}</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} a {end}</translation>
    </message>
</context>
<context>
    <name>SlotResults</name>
    <message>
        <source>Alternate day by day: {slots}.</source>
        <translation>Alternar día a día: {slots}.</translation>
    </message>
    <message>
        <source>Alternate month by month: {slots}.</source>
        <translation>Alternar mes a mes: {slots}.</translation>
    </message>
    <message>
        <source>Alternate week by week: {slots}.</source>
        <translation>Alternar semana a semana: {slots}.</translation>
    </message>
    <message>
        <source>Alternating does not lower anyone&apos;s worst tally here: keep a single start time.</source>
        <translation>Alternar no reduce aquí el peor recuento de nadie: mantenga una sola hora de inicio.</translation>
    </message>
    <message>
        <source>Inside everyone&apos;s working hours on every occurrence.</source>
        <translation>Dentro del horario laboral de todos en cada sesión.</translation>
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
        <source>{day}: skipped ({reason})</source>
        <translation>{day}: omitida ({reason})</translation>
    </message>
    <message>
        <source>{label}: {time} {zone} from {day}</source>
        <translation>{label}: {time} {zone} desde el {day}</translation>
    </message>
</context>
<context>
    <name>TeamEditor</name>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Id:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Side:</source>
        <translation>&amp;Lado:</translation>
    </message>
    <message>
        <source>Add Team</source>
        <translation>Añadir equipo</translation>
    </message>
    <message>
        <source>Add team &quot;{name}&quot;</source>
        <translation>Añadir el equipo «{name}»</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Days &amp;off:</source>
        <translation>Días &amp;libres:</translation>
    </message>
    <message>
        <source>Edit Team {name}</source>
        <translation>Editar el equipo {name}</translation>
    </message>
    <message>
        <source>Edit team &quot;{name}&quot;</source>
        <translation>Editar el equipo «{name}»</translation>
    </message>
    <message>
        <source>New team</source>
        <translation>Nuevo equipo</translation>
    </message>
    <message>
        <source>Public &amp;holidays:</source>
        <translation>&amp;Festivos:</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Team id</source>
        <translation>Id del equipo</translation>
    </message>
    <message>
        <source>Team name</source>
        <translation>Nombre del equipo</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <source>Used in the plan file and on the command line: lower case, e.g. mnl</source>
        <translation>Se usa en el archivo del plan y en la línea de órdenes: en minúsculas, p. ej. mnl</translation>
    </message>
    <message>
        <source>Vendor (works for the client)</source>
        <translation>Proveedor (trabaja para el cliente)</translation>
    </message>
    <message>
        <source>Weekly hours (local time)</source>
        <translation>Horario semanal (hora local)</translation>
    </message>
    <message>
        <source>a team needs a name, e.g. Manila support desk</source>
        <translation>un equipo necesita un nombre, p. ej. Soporte de Manila</translation>
    </message>
    <message>
        <source>search for the team&apos;s city or country and pick its time zone</source>
        <translation>busque la ciudad o el país del equipo y elija su zona horaria</translation>
    </message>
    <message>
        <source>team</source>
        <translation>equipo</translation>
    </message>
</context>
<context>
    <name>TeamsPanel</name>
    <message numerus="yes">
        <source>, %n day(s) off</source>
        <translation>
            <numerusform>, %n día libre</numerusform>
            <numerusform>, %n días libres</numerusform>
        </translation>
    </message>
    <message>
        <source>, holidays {code}</source>
        <translation>, festivos {code}</translation>
    </message>
    <message>
        <source>Add a team (Ctrl+Shift+T)</source>
        <translation>Añadir un equipo (Ctrl+Mayús+T)</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Todos los días</translation>
    </message>
    <message>
        <source>Edit the selected team (Enter)</source>
        <translation>Editar el equipo seleccionado (Intro)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horario</translation>
    </message>
    <message>
        <source>Move the team down in the chart</source>
        <translation>Bajar el equipo en el gráfico</translation>
    </message>
    <message>
        <source>Move the team up in the chart</source>
        <translation>Subir el equipo en el gráfico</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the selected team (Delete)</source>
        <translation>Quitar el equipo seleccionado (Supr)</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Equipos</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>client</source>
        <translation>cliente</translation>
    </message>
    <message>
        <source>no working hours</source>
        <translation>sin horario laboral</translation>
    </message>
    <message>
        <source>vendor</source>
        <translation>proveedor</translation>
    </message>
    <message>
        <source>{name} ({id})</source>
        <translation>{name} ({id})</translation>
    </message>
</context>
<context>
    <name>WeekPreview</name>
    <message>
        <source>Week preview</source>
        <translation>Vista previa de la semana</translation>
    </message>
</context>
<context>
    <name>ZoneDialog</name>
    <message>
        <source>Reference time zone</source>
        <translation>Zona horaria de referencia</translation>
    </message>
    <message>
        <source>The chart&apos;s 24-hour axis and the analysed dates are in this zone.</source>
        <translation>El eje de 24 horas del gráfico y las fechas analizadas están en esta zona.</translation>
    </message>
</context>
<context>
    <name>ZonePicker</name>
    <message>
        <source>, </source>
        <comment>between the parts of a place: city, state, country</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Chosen: &lt;b&gt;{zone}&lt;/b&gt;{place} (now {offset})</source>
        <translation>Elegida: &lt;b&gt;{zone}&lt;/b&gt;{place} (ahora {offset})</translation>
    </message>
    <message>
        <source>Matching places and time zones</source>
        <translation>Lugares y zonas horarias que coinciden</translation>
    </message>
    <message>
        <source>No time zone chosen: search and pick one from the list.</source>
        <translation>No se ha elegido ninguna zona horaria: busque y elija una de la lista.</translation>
    </message>
    <message>
        <source>Search any city, country, zone name or abbreviation: Cebu, UK, Pacific Time, IST…</source>
        <translation>Busque cualquier ciudad, país, nombre de zona o abreviatura: Cebu, UK, Pacific Time, IST…</translation>
    </message>
    <message>
        <source>Time zone search</source>
        <translation>Búsqueda de zona horaria</translation>
    </message>
    <message>
        <source>UTC{offset}</source>
        <translation>UTC{offset}</translation>
    </message>
    <message>
        <source>{abbreviation}, {clock}</source>
        <comment>IST, UTC+05:30</comment>
        <translation>{abbreviation}, {clock}</translation>
    </message>
    <message>
        <source>{city} ({alias})</source>
        <comment>a city and the other name typed</comment>
        <translation>{city} ({alias})</translation>
    </message>
    <message>
        <source>{place} — {zone} ({clock})</source>
        <comment>a hit of the zone search</comment>
        <translation>{place} — {zone} ({clock})</translation>
    </message>
    <message>
        <source>{utc} now, observes daylight saving</source>
        <translation>ahora {utc}, con horario de verano</translation>
    </message>
    <message>
        <source>{utc}, no daylight saving</source>
        <translation>{utc}, sin horario de verano</translation>
    </message>
    <message>
        <source>{zone} ({clock})</source>
        <translation>{zone} ({clock})</translation>
    </message>
    <message>
        <source>{zone}, {name}</source>
        <comment>a zone id and its CLDR name</comment>
        <translation>{zone}, {name}</translation>
    </message>
</context>
</TS>
