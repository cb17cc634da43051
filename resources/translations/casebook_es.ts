<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AddDialog</name>
    <message>
        <location filename="../../casebook/gui/team/dialogs.py" line="+38"/>
        <source>Add a team library</source>
        <translation>Añadir una biblioteca de equipo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A team library is a case library that several people read and add to. Paste the address you were given: a web address (https://…), an SSH address, or a folder on a shared drive.</source>
        <translation>Una biblioteca de equipo es una biblioteca de casos que varias personas consultan y amplían. Pegue la dirección que le dieron: una dirección web (https://…), una dirección SSH o una carpeta en una unidad compartida.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>https://git.example.org/unit/cases.git</source>
        <translation>https://git.example.org/unidad/casos.git</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address of the team library</source>
        <translation>Dirección de la biblioteca de equipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from the address</source>
        <translation>según la dirección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only if the library is private</source>
        <translation>solo si la biblioteca es privada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access token</source>
        <translation>Token de acceso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is kept in this computer&apos;s keyring.</source>
        <translation>Se guarda en el llavero de este equipo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer has no keyring Casebook can use, so the token is not kept: Casebook asks for it again each time it starts.</source>
        <translation>Este equipo no tiene un llavero que Casebook pueda usar, así que el token no se guarda: Casebook lo pedirá de nuevo cada vez que se inicie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access token:</source>
        <translation>Token de acceso:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
</context>
<context>
    <name>AuthoringFeature</name>
    <message>
        <location filename="../../casebook/gui/authoring/feature.py" line="+93"/>
        <source>Taxonomy problem</source>
        <translation>Problema en la taxonomía</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit tags…</source>
        <translation>Editar etiquetas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add or remove challenges, strategies and outcomes (Ctrl+T)</source>
        <translation>Añadir o quitar desafíos, estrategias y resultados (Ctrl+T)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;New case…</source>
        <translation>&amp;Nuevo caso…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit &amp;tags…</source>
        <translation>Editar e&amp;tiquetas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open case file in &amp;editor</source>
        <translation>Abrir el archivo del caso en el &amp;editor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ta&amp;xonomy</source>
        <translation>&amp;Taxonomía</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Open a case first, then edit its tags</source>
        <translation>Abra primero un caso y luego edite sus etiquetas</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Open a case first</source>
        <translation>Abra primero un caso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No application opens {0}</source>
        <translation>Ninguna aplicación abre {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>⚠ Taxonomy not updated</source>
        <translation>⚠ Taxonomía sin actualizar</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Taxonomy not updated</source>
        <translation>Taxonomía sin actualizar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}

Casebook keeps using the last taxonomy that loaded. Fix the file and save it: the change is picked up at once.</source>
        <translation>{0}

Casebook sigue usando la última taxonomía que se cargó. Corrija el archivo y guárdelo: el cambio se aplica de inmediato.</translation>
    </message>
</context>
<context>
    <name>BackupFeature</name>
    <message>
        <location filename="../../casebook/gui/backup/feature.py" line="+69"/>
        <source>&amp;Back up my work…</source>
        <translation>&amp;Hacer una copia de seguridad de mi trabajo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore my &amp;work…</source>
        <translation>Restaurar &amp;mi trabajo…</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+15"/>
        <source>Back up my work</source>
        <translation>Copia de seguridad de mi trabajo</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+48"/>
        <source>Casebook backup (*.zip)</source>
        <translation>Copia de seguridad de Casebook (*.zip)</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Nothing was backed up: {0}</source>
        <translation>No se guardó nada: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backed up to {0}: {1}</source>
        <translation>Copia de seguridad guardada en {0}: {1}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{0} and {1}</source>
        <translation>{0} y {1}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n caso</numerusform>
            <numerusform>%n casos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n nota</numerusform>
            <numerusform>%n notas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n pregunta</numerusform>
            <numerusform>%n preguntas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n collection(s)</source>
        <translation>
            <numerusform>%n colección</numerusform>
            <numerusform>%n colecciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n saved search(es)</source>
        <translation>
            <numerusform>%n búsqueda guardada</numerusform>
            <numerusform>%n búsquedas guardadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n setting(s)</source>
        <translation>
            <numerusform>%n ajuste</numerusform>
            <numerusform>%n ajustes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The backup, made on {0}, holds: {1}.</source>
        <translation>La copia de seguridad, hecha el {0}, contiene: {1}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup (its date is unknown) holds: {0}.</source>
        <translation>La copia de seguridad (de fecha desconocida) contiene: {0}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your collections, notes, tags, saved searches and settings are replaced by its own; your work as it is now is first saved as a backup of its own in the data folder.</source>
        <translation>Sus colecciones, notas, etiquetas, búsquedas guardadas y ajustes se reemplazan por los de la copia; antes, su trabajo tal como está ahora se guarda como otra copia de seguridad en la carpeta de datos.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Restored from the backup: {0}. Your work as it was is kept in {1}</source>
        <translation>Trabajo restaurado: {0}. Su trabajo tal como estaba se conserva en {1}</translation>
    </message>
    <message>
        <location line="-50"/>
        <location line="+13"/>
        <location line="+2"/>
        <location line="+25"/>
        <source>Restore my work</source>
        <translation>Restaurar mi trabajo</translation>
    </message>
    <message numerus="yes">
        <location line="-48"/>
        <source>%n tag(s) of your own</source>
        <translation>
            <numerusform>%n etiqueta propia</numerusform>
            <numerusform>%n etiquetas propias</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no collections, tags, saved searches or settings</source>
        <translation>ninguna colección, etiqueta, búsqueda guardada ni ajuste</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Replace your own work with the backup {0}?</source>
        <translation>¿Reemplazar su trabajo por la copia de seguridad {0}?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Replace</source>
        <translation>Reemplazar</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing was restored: {0}</source>
        <translation>No se restauró nada: {0}</translation>
    </message>
</context>
<context>
    <name>Browser</name>
    <message>
        <location filename="../../casebook/gui/browse/browser.py" line="+171"/>
        <source>No results</source>
        <translation>Sin resultados</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>{0} — Casebook</source>
        <translation>{0} — Casebook</translation>
    </message>
</context>
<context>
    <name>BugReporter</name>
    <message>
        <location filename="../../casebook/gui/bugs.py" line="+46"/>
        <source>Something went wrong ({0}). The details could not be written to a log file.</source>
        <translation>Algo salió mal ({0}). No se pudieron escribir los detalles en un archivo de registro.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something went wrong ({0}). The details are in {1}</source>
        <translation>Algo salió mal ({0}). Los detalles están en {1}</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <location filename="../../casebook/render/casepage.py" line="+128"/>
        <source>free tag</source>
        <translation>etiqueta libre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verdict:</source>
        <translation>Veredicto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file has problems: {0}</source>
        <translation>Este archivo tiene problemas: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>line {0}: {1}: {2}</source>
        <translation>línea {0}: {1}: {2}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;a href=&quot;casebook:edit&quot;&gt;open the file in your editor&lt;/a&gt;; Casebook checks it again each time you save.</source>
        <translation>&lt;a href=&quot;casebook:edit&quot;&gt;abra el archivo en su editor&lt;/a&gt;; Casebook lo vuelve a revisar cada vez que lo guarda.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contents:</source>
        <translation>Contenido:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written in:</source>
        <translation>Escrito en:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Results and evidence</source>
        <translation>Resultados y evidencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metrics</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Related cases</source>
        <translation>Casos relacionados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[source {0}]</source>
        <translation>[fuente {0}]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>result: {0}</source>
        <translation>estado: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>evidence: {0}</source>
        <translation>evidencia: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attribution:</source>
        <translation>Atribución:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence:</source>
        <translation>Licencia:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported from:</source>
        <translation>Importado de:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
</context>
<context>
    <name>ChipBar</name>
    <message>
        <location filename="../../casebook/gui/browse/chips.py" line="+26"/>
        <source>Active filters</source>
        <translation>Filtros activos</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+24"/>
        <source>All cases</source>
        <translation>Todos los casos</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Filters:</source>
        <translation>Filtros:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Results for “{0}”</source>
        <translation>Resultados para “{0}”</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove the filter {0}</source>
        <translation>Quitar el filtro {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove filter {0}</source>
        <translation>Quitar el filtro {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Clear all</source>
        <translation>Quitar todos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear all filters</source>
        <translation>Quitar todos los filtros</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>From {0}</source>
        <translation>Desde {0}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Until {0}</source>
        <translation>Hasta {0}</translation>
    </message>
</context>
<context>
    <name>CollectionDialog</name>
    <message>
        <location filename="../../casebook/gui/collections/dialogs.py" line="+123"/>
        <source>Collection name</source>
        <translation>Nombre de la colección</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Purpose</source>
        <translation>Propósito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the course is for (optional)</source>
        <translation>Para qué es el curso (opcional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audience</source>
        <translation>Público</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who takes part (optional)</source>
        <translation>Quiénes participan (opcional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learning objectives</source>
        <translation>Objetivos de aprendizaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One objective per line (optional)</source>
        <translation>Un objetivo por línea (opcional)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Purpose:</source>
        <translation>&amp;Propósito:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Audience:</source>
        <translation>P&amp;úblico:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learning &amp;objectives:</source>
        <translation>&amp;Objetivos de aprendizaje:</translation>
    </message>
</context>
<context>
    <name>CollectionList</name>
    <message>
        <location filename="../../casebook/gui/collections/listing.py" line="+204"/>
        <source>Cases in the collection</source>
        <translation>Casos de la colección</translation>
    </message>
</context>
<context>
    <name>CollectionModel</name>
    <message>
        <location line="-125"/>
        <source>No longer in the library (id {0})</source>
        <translation>Ya no está en la biblioteca (id {0})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter opens it · Ctrl+Up/Down moves it · Delete removes it</source>
        <translation>Intro lo abre · Ctrl+Arriba/Abajo lo mueve · Supr lo quita</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, missing from the library</source>
        <translation>, ya no está en la biblioteca</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>. Note: {0}</source>
        <translation>. Nota: {0}</translation>
    </message>
</context>
<context>
    <name>CollectionPage</name>
    <message>
        <location filename="../../casebook/gui/collections/page.py" line="+25"/>
        <source>No cases yet. Add cases from the search results with Ctrl+D or the right-click menu, with the reader&apos;s “Add to collection…” button, or drag them here or onto the collection in the sidebar.</source>
        <translation>Todavía no hay casos. Añada casos desde los resultados de búsqueda con Ctrl+D o el menú contextual, con el botón “Añadir a una colección…” del lector, o arrástrelos aquí o sobre la colección en la barra lateral.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>‹ Results</source>
        <translation>‹ Resultados</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back to the search results</source>
        <translation>Volver a los resultados de búsqueda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to results</source>
        <translation>Volver a los resultados</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Collection name</source>
        <translation>Nombre de la colección</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Describe…</source>
        <translation>Describir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name, purpose, audience and learning objectives</source>
        <translation>Nombre, propósito, público y objetivos de aprendizaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Describe collection</source>
        <translation>Describir la colección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export as a course pack, HTML or PDF handout, or Markdown folder (Ctrl+Shift+E)</source>
        <translation>Exportar como paquete de curso, material en HTML o PDF, o carpeta Markdown (Ctrl+Mayús+E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export collection</source>
        <translation>Exportar la colección</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Compare these cases</source>
        <translation>Comparar estos casos</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>These cases side by side (pick five when there are more)</source>
        <translation>Estos casos lado a lado (elija cinco si hay más)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Map these cases</source>
        <translation>Ver el mapa de estos casos</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The evidence map of this collection&apos;s cases</source>
        <translation>El mapa de evidencia de los casos de esta colección</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Collection description</source>
        <translation>Descripción de la colección</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+1"/>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Move the case up (Ctrl+Up)</source>
        <translation>Subir el caso (Ctrl+Arriba)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Move the case down (Ctrl+Down)</source>
        <translation>Bajar el caso (Ctrl+Abajo)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the case from the collection (Delete)</source>
        <translation>Quitar el caso de la colección (Supr)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove from collection</source>
        <translation>Quitar de la colección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read the case (Enter)</source>
        <translation>Leer el caso (Intro)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open case</source>
        <translation>Abrir el caso</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Trainer&apos;s note</source>
        <translation>Nota del formador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to draw out of this case, timing, hand-outs…</source>
        <translation>Qué destacar de este caso, tiempos, materiales…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discussion questions, one per line</source>
        <translation>Preguntas para el debate, una por línea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One question per line</source>
        <translation>Una pregunta por línea</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save state</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Trainer&apos;s &amp;note:</source>
        <translation>&amp;Nota del formador:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discussion &amp;questions (one per line):</source>
        <translation>&amp;Preguntas para el debate (una por línea):</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No description yet: Describe… adds the purpose, audience and objectives.</source>
        <translation>Todavía sin descripción: Describir… añade el propósito, el público y los objetivos.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Notes for {0}</source>
        <translation>Notas de {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a case to write its note and questions.</source>
        <translation>Elija un caso para escribir su nota y sus preguntas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Editing…</source>
        <translation>Editando…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
</context>
<context>
    <name>CollectionsFeature</name>
    <message>
        <location filename="../../casebook/gui/collections/feature.py" line="+84"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+137"/>
        <source>&amp;Add to collection</source>
        <translation>&amp;Añadir a la colección</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>Add to c&amp;ollection…</source>
        <translation>Añadir a una c&amp;olección…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Collections</source>
        <translation>&amp;Colecciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New collection…</source>
        <translation>&amp;Nueva colección…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+189"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location line="-189"/>
        <source>O&amp;pen collection…</source>
        <translation>A&amp;brir colección…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Rename…</source>
        <translation>Cambia&amp;r nombre…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Describe…</source>
        <translation>&amp;Describir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import course pack…</source>
        <translation>&amp;Importar paquete de curso…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sa&amp;ve search…</source>
        <translation>&amp;Guardar búsqueda…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go to the &amp;sidebar</source>
        <translation>Ir a la barra &amp;lateral</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add to collection…</source>
        <translation>Añadir a una colección…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Collection:</source>
        <translation>Colección:</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>&amp;Add to “{0}”</source>
        <translation>&amp;Añadir a “{0}”</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Show folder</source>
        <translation>Mostrar la carpeta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export failed</source>
        <translation>No se pudo exportar</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+1"/>
        <source>New collection</source>
        <translation>Nueva colección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Rename collection</source>
        <translation>Cambiar el nombre de la colección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;name:</source>
        <translation>Nuevo &amp;nombre:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rename</source>
        <translation>Cambiar nombre</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Describe “{0}”</source>
        <translation>Describir “{0}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Duplicated “{0}”</source>
        <translation>Se duplicó “{0}”</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Restored “{0}”</source>
        <translation>Se restauró “{0}”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted collection “{0}”.</source>
        <translation>Se eliminó la colección “{0}”.</translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <location filename="../../casebook/gui/evidence/compare_view.py" line="+55"/>
        <source>Wide view</source>
        <translation>Vista amplia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the comparison the list&apos;s room too</source>
        <translation>Dar a la comparación también el espacio de la lista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the evidence map</source>
        <translation>Volver al mapa de evidencia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Comparison</source>
        <translation>Comparación</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>&lt;b&gt;Comparison&lt;/b&gt; · %n case(s)</source>
        <translation>
            <numerusform>&lt;b&gt;Comparación&lt;/b&gt; · %n caso</numerusform>
            <numerusform>&lt;b&gt;Comparación&lt;/b&gt; · %n casos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Show this row</source>
        <translation>Mostrar esta fila</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collapse this row</source>
        <translation>Contraer esta fila</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Credits:</source>
        <translation>Créditos:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>★ shared by two cases or more</source>
        <translation>★ compartido por dos casos o más</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>less</source>
        <translation>menos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>more</source>
        <translation>más</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <location filename="../../casebook/gui/words.py" line="+91"/>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Years</source>
        <translation>Años</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metrics</source>
        <translation>Indicadores</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../casebook/gui/team/conflict.py" line="+81"/>
        <source>Changed by someone else too — {0}</source>
        <translation>También lo cambió otra persona — {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You and someone else both changed this case since your last update. Your version is the one in your library now; nothing is lost. Choose which one to keep, or edit yours to combine them, then share.</source>
        <translation>Usted y otra persona cambiaron este caso desde su última actualización. Su versión es la que está ahora en su biblioteca; no se pierde nada. Elija cuál conservar, o edite la suya para combinarlas, y luego compártala.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your version</source>
        <translation>Su versión</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Their version (from the team library)</source>
        <translation>La otra versión (de la biblioteca de equipo)</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+101"/>
        <source>Your version (in your library now)</source>
        <translation>Su versión (ahora en su biblioteca)</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Keep mine</source>
        <translation>Conservar la mía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep your version; theirs is set aside</source>
        <translation>Conservar su versión; la otra queda aparte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take theirs</source>
        <translation>Usar la otra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use their version; a copy of yours is kept in the data folder</source>
        <translation>Usar la otra versión; se guarda una copia de la suya en la carpeta de datos</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+83"/>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Change your version by hand (copy from theirs), then save it</source>
        <translation>Cambie su versión a mano (copiando de la otra) y luego guárdela</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decide later</source>
        <translation>Decidir después</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; — {1} ({2} of {3})</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; — {1} ({2} de {3})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(you deleted this case)</source>
        <translation>(usted eliminó este caso)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(they deleted this case)</source>
        <translation>(la otra persona eliminó este caso)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The two versions differ in: {0} (highlighted)</source>
        <translation>Las dos versiones difieren en: {0} (resaltado)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The two versions hold the same text.</source>
        <translation>Las dos versiones tienen el mismo texto.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Your version — editing</source>
        <translation>Su versión — en edición</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save my edit</source>
        <translation>Guardar mi edición</translation>
    </message>
</context>
<context>
    <name>DatasetDialog</name>
    <message>
        <location filename="../../casebook/gui/exchange/dataset_dialog.py" line="+55"/>
        <source>Import a dataset</source>
        <translation>Importar un conjunto de datos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dataset file</source>
        <translation>Archivo del conjunto de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A CSV, JSON or YAML file of cases</source>
        <translation>Un archivo CSV, JSON o YAML de casos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Importer</source>
        <translation>Importador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The GovLab&apos;s Open Data&apos;s Impact case studies (YAML, CC BY-SA 4.0)</source>
        <translation>Los estudios de caso Open Data&apos;s Impact, de GovLab (YAML, CC BY-SA 4.0)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Participedia&apos;s CSV export of cases (CC BY-SA 4.0)</source>
        <translation>La exportación CSV de casos de Participedia (CC BY-SA 4.0)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any table, with a mapping file</source>
        <translation>Cualquier tabla, con un archivo de correspondencias</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mapping file</source>
        <translation>Archivo de correspondencias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A .toml file; optional for a built-in importer</source>
        <translation>Un archivo .toml; opcional con un importador incluido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Br&amp;owse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Start a mapping…</source>
        <translation>&amp;Generar correspondencias…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a mapping file guessed from the dataset&apos;s columns, to edit and choose</source>
        <translation>Guardar un archivo de correspondencias deducido de las columnas del conjunto de datos, para editarlo y elegirlo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Target folder</source>
        <translation>Carpeta de destino</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose &amp;folder…</source>
        <translation>Elegir car&amp;peta…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preview of the first records</source>
        <translation>Vista previa de los primeros registros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case id</source>
        <translation>Id del caso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags mapped</source>
        <translation>Etiquetas asignadas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Free tags</source>
        <translation>Etiquetas libres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happens</source>
        <translation>Qué ocurre</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The selected record as it will be written</source>
        <translation>El registro seleccionado tal como se escribirá</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Dataset file:</source>
        <translation>Archivo del &amp;conjunto de datos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&amp;mporter:</source>
        <translation>I&amp;mportador:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ma&amp;pping file:</source>
        <translation>Archivo de co&amp;rrespondencias:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Target folder:</source>
        <translation>Carpeta de &amp;destino:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Choose a dataset</source>
        <translation>Elegir un conjunto de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datasets (*.csv *.tsv *.txt *.json *.yaml *.yml);;All files (*)</source>
        <translation>Conjuntos de datos (*.csv *.tsv *.txt *.json *.yaml *.yml);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a mapping file</source>
        <translation>Elegir un archivo de correspondencias</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mapping files (*.toml);;All files (*)</source>
        <translation>Archivos de correspondencias (*.toml);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder for the imported cases</source>
        <translation>Carpeta para los casos importados</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose the dataset file first.</source>
        <translation>Elija primero el archivo del conjunto de datos.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the starting mapping</source>
        <translation>Guardar las correspondencias iniciales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mapping files (*.toml)</source>
        <translation>Archivos de correspondencias (*.toml)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose a dataset file.</source>
        <translation>Elija un archivo de conjunto de datos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a mapping file, or start one from the dataset&apos;s columns.</source>
        <translation>Elija un archivo de correspondencias o genere uno a partir de las columnas del conjunto de datos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the folder the cases go to.</source>
        <translation>Elija la carpeta a la que van los casos.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>new</source>
        <translation>nuevo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>updated</source>
        <translation>actualizado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>overwritten</source>
        <translation>sobrescrito</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>kept: edited here</source>
        <translation>conservado: editado aquí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>needs review: {0}</source>
        <translation>requiere revisión: {0}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The first record:</source>
        <translation>El primer registro:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first {0} records:</source>
        <translation>Los primeros {0} registros:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} need review,</source>
        <translation>{0} requieren revisión,</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 needs review,</source>
        <translation>1 requiere revisión,</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tags: {0} mapped to the taxonomy, {1} free.</source>
        <translation>etiquetas asignadas a la taxonomía: {0}; libres: {1}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The dataset holds no records.</source>
        <translation>El conjunto de datos no contiene registros.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The folder will be made.</source>
        <translation>La carpeta se creará.</translation>
    </message>
</context>
<context>
    <name>DatasetImportFeature</name>
    <message>
        <location filename="../../casebook/gui/exchange/dataset_import.py" line="+104"/>
        <source>Import &amp;dataset…</source>
        <translation>&amp;Importar un conjunto de datos…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Importing {0}…</source>
        <translation>Importando {0}…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import progress</source>
        <translation>Progreso de la importación</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancelling after this record…</source>
        <translation>Cancelando después de este registro…</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>Imported {0}: %n case(s) written or updated</source>
        <translation>
            <numerusform>Se importó {0}: %n caso escrito o actualizado</numerusform>
            <numerusform>Se importó {0}: %n casos escritos o actualizados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>, %n unchanged</source>
        <translation>
            <numerusform>, %n sin cambios</numerusform>
            <numerusform>, %n sin cambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n record(s) need review</source>
        <translation>
            <numerusform>, %n registro requiere revisión</numerusform>
            <numerusform>, %n registros requieren revisión</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, {0} kept (edited here)</source>
        <translation>, conservados (editados aquí): {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (cancelled: import again to finish)</source>
        <translation> (cancelado: vuelva a importar para terminar)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; the folder was added to your case folders</source>
        <translation>; la carpeta se añadió a sus carpetas de casos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The dataset cannot be imported</source>
        <translation>El conjunto de datos no se puede importar</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Records that need review</source>
        <translation>Registros que requieren revisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} record(s) were written to {1} with what is missing named at the top of each file. Fix them there and move them into the case folder, or fix the dataset or the mapping and import again.</source>
        <translation>Se escribieron {0} registro(s) en {1}, con lo que falta indicado al principio de cada archivo. Corríjalos allí y muévalos a la carpeta de casos, o corrija el conjunto de datos o las correspondencias y vuelva a importar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open the folder</source>
        <translation>Abrir la carpeta</translation>
    </message>
</context>
<context>
    <name>DiffDialog</name>
    <message>
        <location filename="../../casebook/gui/authoring/tag_dialog.py" line="+69"/>
        <source>Write tags into the file</source>
        <translation>Escribir las etiquetas en el archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only these lines of {0} change; every other byte stays as it is. Lines starting with - go, lines with + come.</source>
        <translation>Solo cambian estas líneas de {0}; todo lo demás queda igual. Las líneas que empiezan con - se quitan y las que empiezan con + se añaden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Changes to the file</source>
        <translation>Cambios en el archivo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write to file</source>
        <translation>Escribir en el archivo</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <location filename="../../casebook/gui/exchange/document_import.py" line="+40"/>
        <source>Draft cases from documents</source>
        <translation>Borradores de casos a partir de documentos</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Casebook makes a draft case from each of these %n document(s): it reads the text, turns the headings into sections and fills in the title and a year. You then check each draft and fill in the rest.</source>
        <translation>
            <numerusform>Casebook hace un borrador de caso a partir de este documento: lee el texto, convierte los títulos en secciones y rellena el título y un año. Después usted revisa el borrador y completa el resto.</numerusform>
            <numerusform>Casebook hace un borrador de caso a partir de cada uno de estos %n documentos: lee el texto, convierte los títulos en secciones y rellena el título y un año. Después usted revisa cada borrador y completa el resto.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+29"/>
        <source>Case folder for the drafts</source>
        <translation>Carpeta de casos para los borradores</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Choose another folder…</source>
        <translation>Elegir otra carpeta…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the drafts in this &amp;case folder:</source>
        <translation>Poner los borradores en esta &amp;carpeta de casos:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Make drafts</source>
        <translation>Hacer borradores</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>They go to its {0} folder, which the library leaves out: move a draft up into the case folder once it is complete.</source>
        <translation>Van a su carpeta {0}, que la biblioteca deja fuera: suba un borrador a la carpeta de casos cuando esté completo.</translation>
    </message>
</context>
<context>
    <name>DocumentImporter</name>
    <message>
        <location line="+58"/>
        <source>Still drafting the documents dropped before; drop these again when it is done</source>
        <translation>Todavía se están haciendo los borradores de los documentos anteriores; vuelva a soltar estos cuando termine</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Reading %n document(s)…</source>
        <translation>
            <numerusform>Leyendo %n documento…</numerusform>
            <numerusform>Leyendo %n documentos…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft cases</source>
        <translation>Borradores de casos</translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>%n draft case(s) written to {0}</source>
        <translation>
            <numerusform>%n borrador de caso escrito en {0}</numerusform>
            <numerusform>%n borradores de casos escritos en {0}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>; the folder was added to your case folders</source>
        <translation>; la carpeta se añadió a sus carpetas de casos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (cancelled: drop the rest again)</source>
        <translation> (cancelado: vuelva a soltar el resto)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show drafts</source>
        <translation>Mostrar borradores</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some documents cannot be read</source>
        <translation>Algunos documentos no se pueden leer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The documents cannot be drafted</source>
        <translation>No se pueden hacer borradores de los documentos</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <location filename="../../casebook/gui/words.py" line="-42"/>
        <source>experimental</source>
        <translation>experimental</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>evaluation</source>
        <translation>evaluación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>statistics</source>
        <translation>estadísticas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>self-reported</source>
        <translation>autodeclarada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>anecdotal</source>
        <translation>anecdótica</translation>
    </message>
</context>
<context>
    <name>EvidenceFeature</name>
    <message>
        <location filename="../../casebook/gui/evidence/feature.py" line="+40"/>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The evidence map of the current search (Ctrl+M)</source>
        <translation>El mapa de evidencia de la búsqueda actual (Ctrl+M)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+240"/>
        <location line="+9"/>
        <source>Comparison</source>
        <translation>Comparación</translation>
    </message>
    <message>
        <location line="-248"/>
        <source>The cases compared last (Ctrl+Shift+B)</source>
        <translation>Los últimos casos comparados (Ctrl+Mayús+B)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Evidence &amp;map</source>
        <translation>&amp;Mapa de evidencia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Compare selected cases</source>
        <translation>&amp;Comparar los casos seleccionados</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Back to the list</source>
        <translation>Volver a la lista</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wide view</source>
        <translation>Vista amplia</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>%Ln case(s) (the collection {0})</source>
        <translation>
            <numerusform>%Ln caso (la colección {0})</numerusform>
            <numerusform>%Ln casos (la colección {0})</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No cases (the collection {0})</source>
        <translation>Ningún caso (colección {0})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No cases (the current search and filters)</source>
        <translation>Ningún caso (búsqueda y filtros actuales)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No cases (the whole library)</source>
        <translation>Ningún caso (toda la biblioteca)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln case(s) (the current search and filters)</source>
        <translation>
            <numerusform>%Ln caso (la búsqueda y los filtros actuales)</numerusform>
            <numerusform>%Ln casos (la búsqueda y los filtros actuales)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln case(s) (the whole library)</source>
        <translation>
            <numerusform>%Ln caso (toda la biblioteca)</numerusform>
            <numerusform>%Ln casos (toda la biblioteca)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>The list shows the whole library&apos;s cases of this cell; the %n of the collection {0} are selected</source>
        <translation>
            <numerusform>La lista muestra los casos de toda la biblioteca en esta celda; está seleccionado el de la colección {0}</numerusform>
            <numerusform>La lista muestra los casos de toda la biblioteca en esta celda; están seleccionados los %n de la colección {0}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+11"/>
        <source>Export the evidence map</source>
        <translation>Exportar el mapa de evidencia</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+85"/>
        <source>{0} (*.{1})</source>
        <translation>{0} (*.{1})</translation>
    </message>
    <message>
        <location line="-75"/>
        <location line="+108"/>
        <source>Cannot write {0}: {1}</source>
        <translation>No se puede escribir {0}: {1}</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Saved the evidence map to {0}</source>
        <translation>Mapa de evidencia guardado en {0}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Select two to five cases to compare (Ctrl+click or Shift+click in the list); {0} selected</source>
        <translation>Seleccione de dos a cinco casos para comparar (Ctrl+clic o Mayús+clic en la lista); seleccionados: {0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A comparison needs two to five cases; this collection has {0}</source>
        <translation>Una comparación necesita de dos a cinco casos; esta colección tiene {0}</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+34"/>
        <source>Export the comparison</source>
        <translation>Exportar la comparación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved the comparison to {0}</source>
        <translation>Comparación guardada en {0}</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../casebook/gui/evidence/compare_view.py" line="-138"/>
        <source>PDF document</source>
        <translation>Documento PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTML page</source>
        <translation>Página HTML</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../casebook/gui/evidence/map_view.py" line="+40"/>
        <source>Markdown table</source>
        <translation>Tabla Markdown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word document</source>
        <translation>Documento de Word</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenDocument text</source>
        <translation>Texto OpenDocument</translation>
    </message>
    <message>
        <location filename="../../casebook/gui/evidence/map_view.py" line="-3"/>
        <source>PNG image</source>
        <translation>Imagen PNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG image</source>
        <translation>Imagen SVG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTML table</source>
        <translation>Tabla HTML</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Word table</source>
        <translation>Tabla de Word</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenDocument table</source>
        <translation>Tabla OpenDocument</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <location filename="../../casebook/gui/exchange/export.py" line="+212"/>
        <source>Exporting “{0}”…</source>
        <translation>Exportando “{0}”…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export progress</source>
        <translation>Progreso de la exportación</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Exporting case {0} of {1}…</source>
        <translation>Exportando el caso {0} de {1}…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{0} for participants</source>
        <translation>{0} para los participantes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} for the trainer</source>
        <translation>{0} para el formador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} saved: {1}</source>
        <translation>{0} guardado: {1}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> (%n missing case(s) shown by title only)</source>
        <translation>
            <numerusform> (%n caso que falta, mostrado solo por su título)</numerusform>
            <numerusform> (%n casos que faltan, mostrados solo por su título)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export cancelled; nothing was written</source>
        <translation>Exportación cancelada; no se escribió nada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export failed: {0}</source>
        <translation>No se pudo exportar: {0}</translation>
    </message>
</context>
<context>
    <name>Facets</name>
    <message>
        <location filename="../../casebook/gui/words.py" line="-35"/>
        <source>Challenges</source>
        <translation>Desafíos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Strategies</source>
        <translation>Estrategias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcomes</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Estado del resultado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Years</source>
        <translation>Años</translation>
    </message>
</context>
<context>
    <name>ForeignFolderFeature</name>
    <message>
        <location filename="../../casebook/gui/exchange/foreign_folders.py" line="+81"/>
        <source>Not case files?</source>
        <translation>¿No son archivos de casos?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This folder looks like a website&apos;s content, not case files: read it as a reference folder, or map its fields…</source>
        <translation>Esta carpeta parece el contenido de un sitio web, no archivos de casos: léala como carpeta de referencia o asigne sus campos…</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Most of the %Ln file(s) in {0} have no {1}. In a reference folder the pages can be searched and read, and a missing case field is not a problem. Mapping its fields (in a casebook.toml file in the folder) reads the pages as cases. Nothing in the pages is changed either way.</source>
        <translation>
            <numerusform>El archivo de {0} (%Ln) no tiene {1}. En una carpeta de referencia las páginas se pueden buscar y leer, y un campo de caso que falta no es un problema. Asignar sus campos (en un archivo casebook.toml de la carpeta) lee las páginas como casos. En ningún caso se cambia nada en las páginas.</numerusform>
            <numerusform>La mayoría de los %Ln archivos de {0} no tienen {1}. En una carpeta de referencia las páginas se pueden buscar y leer, y un campo de caso que falta no es un problema. Asignar sus campos (en un archivo casebook.toml de la carpeta) lee las páginas como casos. En ningún caso se cambia nada en las páginas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read as a reference folder</source>
        <translation>Leer como carpeta de referencia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Map its fields…</source>
        <translation>Asignar sus campos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep as case files</source>
        <translation>Mantener como archivos de casos</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{0} is read as a reference folder (File &gt; Case folders changes it)</source>
        <translation>{0} se lee como carpeta de referencia (se cambia en Archivo &gt; Carpetas de casos y ajustes…)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot write to the folder</source>
        <translation>No se puede escribir en la carpeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} cannot be written in {1}: {2}</source>
        <translation>No se puede escribir {0} en {1}: {2}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit {0}: Casebook reads the folder again each time it is saved</source>
        <translation>Edite {0}: Casebook vuelve a leer la carpeta cada vez que se guarda</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../casebook/gui/exchange/pack_import.py" line="+36"/>
        <source>&amp;Skip them: keep the cases I have</source>
        <translation>&amp;Omitirlos: conservar los casos que tengo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Replace mine with the pack&apos;s (a copy of mine goes to the backups folder)</source>
        <translation>&amp;Reemplazar los míos por los del paquete (una copia de los míos va a la carpeta de copias de seguridad)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keep both: the pack&apos;s cases get new ids</source>
        <translation>Conservar &amp;ambos: los casos del paquete reciben ids nuevos</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Import a course pack</source>
        <translation>Importar un paquete de curso</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n caso</numerusform>
            <numerusform>%n casos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}: {1}, {2} with their case file.</source>
        <translation>{0}: {1}, {2} con su archivo de caso.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+36"/>
        <source>Case folder for the imported cases</source>
        <translation>Carpeta de casos para los casos importados</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Choose another folder…</source>
        <translation>Elegir otra carpeta…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the cases in this &amp;case folder:</source>
        <translation>Poner los casos en esta &amp;carpeta de casos:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>%n case(s) in the pack already exist ({0}). Choose:</source>
        <translation>
            <numerusform>%n caso del paquete ya existe ({0}). Elija:</numerusform>
            <numerusform>%n casos del paquete ya existen ({0}). Elija:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Some of these cases are read-only (the bundled cases)</source>
        <translation>Algunos de estos casos son de solo lectura (los casos incluidos)</translation>
    </message>
</context>
<context>
    <name>Imported</name>
    <message numerus="yes">
        <location line="+49"/>
        <source>Imported “{0}”: %n case file(s) written to {1}</source>
        <translation>
            <numerusform>Se importó “{0}”: %n archivo de caso escrito en {1}</numerusform>
            <numerusform>Se importó “{0}”: %n archivos de caso escritos en {1}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, {0} skipped</source>
        <translation>, omitidos: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported “{0}”: no case file written</source>
        <translation>Se importó “{0}”: no se escribió ningún archivo de caso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> ({0} already in your library, skipped)</source>
        <translation> (ya en su biblioteca, omitidos: {0})</translation>
    </message>
</context>
<context>
    <name>IndexWorker</name>
    <message>
        <location filename="../../casebook/gui/workers.py" line="+97"/>
        <source>indexing stopped: {0}</source>
        <translation>la indexación se detuvo: {0}</translation>
    </message>
</context>
<context>
    <name>ItemActions</name>
    <message>
        <location filename="../../casebook/gui/collections/items.py" line="+42"/>
        <source>Not saved: see the message below</source>
        <translation>Sin guardar: vea el mensaje de abajo</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose a case in the results first</source>
        <translation>Elija primero un caso en los resultados</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add “{0}” to:</source>
        <translation>Añadir “{0}” a:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add {0} cases to:</source>
        <translation>Añadir {0} casos a:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Already in “{0}”</source>
        <translation>Ya está en “{0}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All {0} cases already in “{1}”</source>
        <translation>Los {0} casos ya están en “{1}”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Added “{0}” to “{1}”.</source>
        <translation>Se añadió “{0}” a “{1}”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Added {0} cases to “{1}”.</source>
        <translation>Se añadieron {0} casos a “{1}”.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add undone: the case is no longer in “{0}”</source>
        <translation>Se deshizo la adición: el caso ya no está en “{0}”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add undone: {0} cases are no longer in “{1}”</source>
        <translation>Se deshizo la adición: {0} casos ya no están en “{1}”</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Removed “{0}” from “{1}”.</source>
        <translation>Se quitó “{0}” de “{1}”.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This case is no longer in the library; only its title and your notes remain</source>
        <translation>Este caso ya no está en la biblioteca; solo quedan su título y sus notas</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../casebook/gui/words.py" line="+48"/>
        <source>Arabic</source>
        <translation>árabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Danish</source>
        <translation>danés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>German</source>
        <translation>alemán</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>inglés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spanish</source>
        <translation>español</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finnish</source>
        <translation>finés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French</source>
        <translation>francés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hungarian</source>
        <translation>húngaro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Italian</source>
        <translation>italiano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dutch</source>
        <translation>neerlandés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Norwegian</source>
        <translation>noruego</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portuguese</source>
        <translation>portugués</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Romanian</source>
        <translation>rumano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian</source>
        <translation>ruso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swedish</source>
        <translation>sueco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turkish</source>
        <translation>turco</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../casebook/gui/language.py" line="+25"/>
        <source>&amp;Language</source>
        <translation>Idi&amp;oma</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;System language ({0})</source>
        <translation>Idioma del &amp;sistema ({0})</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Casebook will be in {0} the next time it starts. Restart it now? The window comes back with the same search.</source>
        <translation>Casebook se mostrará en “{0}” la próxima vez que se inicie. ¿Reiniciarlo ahora? La ventana vuelve con la misma búsqueda.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restart now</source>
        <translation>Reiniciar ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
</context>
<context>
    <name>Level</name>
    <message>
        <location filename="../../casebook/gui/words.py" line="-58"/>
        <source>local</source>
        <translation>local</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>municipal</source>
        <translation>municipal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>regional</source>
        <translation>regional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>national</source>
        <translation>nacional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>supranational</source>
        <translation>supranacional</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../casebook/gui/window.py" line="+78"/>
        <source>Casebook</source>
        <translation>Casebook</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Back (Alt+Left)</source>
        <translation>Atrás (Alt+Izquierda)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward (Alt+Right)</source>
        <translation>Adelante (Alt+Derecha)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translation>Adelante</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search cases: words, &quot;phrases&quot;, country:Brazil …</source>
        <translation>Buscar casos: palabras, &quot;frases&quot;, country:Brazil …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search cases</source>
        <translation>Buscar casos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Query syntax</source>
        <translation>Sintaxis de búsqueda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Query syntax help</source>
        <translation>Ayuda sobre la sintaxis de búsqueda</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Result count</source>
        <translation>Número de resultados</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The case opened last</source>
        <translation>El último caso abierto</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Case &amp;folders and settings…</source>
        <translation>&amp;Carpetas de casos y ajustes…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rebuild index</source>
        <translation>&amp;Reconstruir el índice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find in case</source>
        <translation>Buscar en el &amp;caso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy &amp;citation</source>
        <translation>Copiar la c&amp;ita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Forward</source>
        <translation>A&amp;delante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom &amp;in</source>
        <translation>Ampl&amp;iar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;out</source>
        <translation>&amp;Reducir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reset zoom</source>
        <translation>Tamaño &amp;normal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Theme</source>
        <translation>T&amp;ema</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;System</source>
        <translation>&amp;Sistema</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Files with &amp;problems</source>
        <translation>Archivos con &amp;problemas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Query syntax</source>
        <translation>&amp;Sintaxis de búsqueda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;log folder</source>
        <translation>Mostrar la carpeta de &amp;registros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Casebook</source>
        <translation>&amp;Acerca de Casebook</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Copied the citation ({0})</source>
        <translation>Cita copiada ({0})</translation>
    </message>
</context>
<context>
    <name>MapModel</name>
    <message>
        <location filename="../../casebook/gui/evidence/map_model.py" line="+105"/>
        <source>no case yet, though the taxonomy says this strategy addresses this challenge</source>
        <translation>todavía ningún caso, aunque la taxonomía dice que esta estrategia responde a este desafío</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no case</source>
        <translation>ningún caso</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n without a verdict</source>
        <translation>
            <numerusform>%n sin veredicto</numerusform>
            <numerusform>%n sin veredicto</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not stated</source>
        <translation>no indicada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>strongest evidence: </source>
        <translation>evidencia más sólida: </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>&lt;li&gt;… and %n more&lt;/li&gt;</source>
        <translation>
            <numerusform>&lt;li&gt;… y %n más&lt;/li&gt;</numerusform>
            <numerusform>&lt;li&gt;… y %n más&lt;/li&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n caso</numerusform>
            <numerusform>%n casos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <location filename="../../casebook/gui/evidence/map_view.py" line="-8"/>
        <source>◇ the taxonomy says this strategy addresses this challenge, and no case shows it</source>
        <translation>◇ la taxonomía dice que esta estrategia responde a este desafío, y ningún caso lo muestra</translation>
    </message>
    <message>
        <location line="+53"/>
        <location line="+34"/>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+33"/>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Evidence at least</source>
        <translation>Evidencia mínima</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any evidence</source>
        <translation>Cualquier evidencia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At least: %1</source>
        <translation>Como mínimo: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wide view</source>
        <translation>Vista amplia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the map the list&apos;s room too</source>
        <translation>Dar al mapa también el espacio de la lista</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+103"/>
        <source>Evidence map</source>
        <translation>Mapa de evidencia</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>&lt;b&gt;Evidence map&lt;/b&gt; · %1 × %2 · %3</source>
        <translation>&lt;b&gt;Mapa de evidencia&lt;/b&gt; · %1 × %2 · %3</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../casebook/gui/menus.py" line="+34"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../casebook/gui/authoring/newcase_dialog.py" line="+74"/>
        <source>New case</source>
        <translation>Nuevo caso</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>e.g. Participatory budgeting in Porto Alegre</source>
        <translation>p. ej. Presupuesto participativo en Porto Alegre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Brazil</source>
        <translation>p. ej. Brazil (en inglés)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The year the initiative started</source>
        <translation>El año en que empezó la iniciativa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case folder</source>
        <translation>Carpeta de casos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder for the file. In a library sorted into sub-folders, it follows the country: the sub-folder most of its cases are in.</source>
        <translation>La carpeta del archivo. En una biblioteca ordenada en subcarpetas, sigue al país: la subcarpeta donde están la mayoría de sus casos.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bundled cases ({0})</source>
        <translation>Casos incluidos ({0})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another folder…</source>
        <translation>Otra carpeta…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start year</source>
        <translation>Año de inicio</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Country</source>
        <translation>&amp;País</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Level</source>
        <translation>&amp;Nivel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start &amp;year</source>
        <translation>&amp;Año de inicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case &amp;folder</source>
        <translation>&amp;Carpeta de casos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Casebook starts the file from the case template; you then write the case in your text editor.</source>
        <translation>Casebook crea el archivo a partir de la plantilla de casos; después usted escribe el caso en su editor de texto.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>You have no case folder of your own yet: choose one under Case folder (Another folder…).</source>
        <translation>Todavía no tiene una carpeta de casos propia: elija una en Carpeta de casos (Otra carpeta…).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open in editor</source>
        <translation>Abrir en el editor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Choose a folder for your cases</source>
        <translation>Elija una carpeta para sus casos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot write to {0}; choose another folder.</source>
        <translation>No se puede escribir en {0}; elija otra carpeta.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(named after the title)</source>
        <translation>(con el nombre del título)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;p&gt;Created {0} in {1}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Se creó {0} en {1}.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;Open it in your text editor and replace the template&apos;s hints with the case. Casebook shows it now and checks it again each time you save; problems appear at the top of the case.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ábralo en su editor de texto y reemplace las indicaciones de la plantilla por el caso. Casebook ya lo muestra y lo vuelve a revisar cada vez que lo guarda; los problemas aparecen al principio del caso.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;Until its summary is written, the case is not counted beside the tags, countries and levels in the sidebar.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Mientras no tenga resumen, el caso no se cuenta junto a las etiquetas, los países y los niveles de la barra lateral.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;p&gt;&lt;b&gt;No application is set up to open .md files.&lt;/b&gt; Open {0} in any text editor.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;No hay ninguna aplicación configurada para abrir archivos .md.&lt;/b&gt; Abra {0} en cualquier editor de texto.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>OfferBar</name>
    <message>
        <location filename="../../casebook/gui/backup/feature.py" line="-136"/>
        <source>A month since your work was last backed up.</source>
        <translation>Hace un mes de la última copia de seguridad de su trabajo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up now…</source>
        <translation>Hacer la copia ahora…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask again in a month</source>
        <translation>Volver a preguntar dentro de un mes</translation>
    </message>
</context>
<context>
    <name>OpeningFeature</name>
    <message>
        <location filename="../../casebook/gui/exchange/opening.py" line="+117"/>
        <source>Casebook opens course packs (.casebook), folders of case files and documents (.docx, .odt, .pdf), not {0}</source>
        <translation>Casebook abre paquetes de curso (.casebook), carpetas de archivos de casos y documentos (.docx, .odt, .pdf), no {0}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{0} is already one of your case folders</source>
        <translation>{0} ya es una de sus carpetas de casos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No case files in this folder</source>
        <translation>No hay archivos de casos en esta carpeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} holds no Markdown (.md) files, so it was not added to your case folders.</source>
        <translation>{0} no contiene archivos Markdown (.md), así que no se añadió a sus carpetas de casos.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Added the case folder {0}</source>
        <translation>Se añadió la carpeta de casos {0}</translation>
    </message>
</context>
<context>
    <name>PickCases</name>
    <message>
        <location filename="../../casebook/gui/evidence/compare_view.py" line="+156"/>
        <source>Compare which cases?</source>
        <translation>¿Qué casos comparar?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This collection has {0} cases; tick two to five to compare.</source>
        <translation>Esta colección tiene {0} casos; marque de dos a cinco para compararlos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cases to compare</source>
        <translation>Casos para comparar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
</context>
<context>
    <name>PickDialog</name>
    <message>
        <location filename="../../casebook/gui/collections/dialogs.py" line="+30"/>
        <source>Choose a collection</source>
        <translation>Elegir una colección</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Collections</source>
        <translation>Colecciones</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;New collection…</source>
        <translation>&amp;Nueva colección…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New collection</source>
        <translation>Nueva colección</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No collections yet: make one with New collection…</source>
        <translation>Todavía no hay colecciones: cree una con Nueva colección…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>  — already there</source>
        <translation>  — ya está ahí</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <location filename="../../casebook/gui/browse/models.py" line="+121"/>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning</source>
        <translation>advertencia</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message numerus="yes">
        <location line="+71"/>
        <source>{0} in %Ln file(s): {1}</source>
        <translation>
            <numerusform>{0} en %Ln archivo: {1}</numerusform>
            <numerusform>{0} en %Ln archivos: {1}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Line {0}, column {1}</source>
        <translation>Línea {0}, columna {1}</translation>
    </message>
</context>
<context>
    <name>ProblemsPage</name>
    <message>
        <location filename="../../casebook/gui/browse/problems.py" line="+62"/>
        <source>Files with problems</source>
        <translation>Archivos con problemas</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Show files with problems</source>
        <translation>Mostrar los archivos con problemas</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%Ln file(s) with problems ▸</source>
        <translation>
            <numerusform>%Ln archivo con problemas ▸</numerusform>
            <numerusform>%Ln archivos con problemas ▸</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No problems</source>
        <translation>Sin problemas</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <location filename="../../casebook/gui/read/reader.py" line="+87"/>
        <source>Case text</source>
        <translation>Texto del caso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a case from the list to read it here.</source>
        <translation>Abra un caso de la lista para leerlo aquí.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Find in case</source>
        <translation>Buscar en el caso</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Previous match (Shift+Enter)</source>
        <translation>Coincidencia anterior (Mayús+Intro)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous match</source>
        <translation>Coincidencia anterior</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close find (Esc)</source>
        <translation>Cerrar la búsqueda (Esc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close find</source>
        <translation>Cerrar la búsqueda</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+1"/>
        <source>Copy citation</source>
        <translation>Copiar la cita</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Citation styles</source>
        <translation>Estilos de cita</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy as {0}</source>
        <translation>Copiar como {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add to collection…</source>
        <translation>Añadir a una colección…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a collection for this case (Ctrl+Shift+D)</source>
        <translation>Elegir una colección para este caso (Ctrl+Mayús+D)</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copy a citation in {0} style (Ctrl+Shift+C); the arrow offers APA, Chicago, BibTeX and RIS</source>
        <translation>Copiar una cita en estilo {0} (Ctrl+Mayús+C); la flecha ofrece APA, Chicago, BibTeX y RIS</translation>
    </message>
</context>
<context>
    <name>Region</name>
    <message>
        <location filename="../../casebook/gui/words.py" line="+24"/>
        <source>Africa</source>
        <translation>África</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asia</source>
        <translation>Asia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Europe</source>
        <translation>Europa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latin America and the Caribbean</source>
        <translation>América Latina y el Caribe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Middle East and North Africa</source>
        <translation>Oriente Medio y Norte de África</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>North America</source>
        <translation>América del Norte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oceania</source>
        <translation>Oceanía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>International</source>
        <translation>Internacional</translation>
    </message>
</context>
<context>
    <name>Result</name>
    <message>
        <location line="-23"/>
        <source>achieved</source>
        <translation>logrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mixed</source>
        <translation>parcial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not achieved</source>
        <translation>no logrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reversed</source>
        <translation>revertido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>too early</source>
        <translation>aún es pronto</translation>
    </message>
</context>
<context>
    <name>ResultBar</name>
    <message>
        <location filename="../../casebook/gui/exchange/dataset_import.py" line="-164"/>
        <source>Show folder</source>
        <translation>Mostrar la carpeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show problems</source>
        <translation>Mostrar los problemas</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <location filename="../../casebook/gui/browse/models.py" line="-151"/>
        <source>Also matching some of your words</source>
        <translation>También coinciden con algunas de sus palabras</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>. This file has problems</source>
        <translation>. Este archivo tiene problemas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verdict: {0}. </source>
        <translation>Veredicto: {0}. </translation>
    </message>
</context>
<context>
    <name>ResultsPane</name>
    <message>
        <location filename="../../casebook/gui/browse/pane.py" line="+25"/>
        <source>Relevance</source>
        <translation>Relevancia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newest first</source>
        <translation>Más recientes primero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title A–Z</source>
        <translation>Título A–Z</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sort results</source>
        <translation>Ordenar los resultados</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Try: {0}</source>
        <translation>Pruebe: {0}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Sort:</source>
        <translation>Ordenar:</translation>
    </message>
    <message numerus="yes">
        <location line="+53"/>
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln caso</numerusform>
            <numerusform>%Ln casos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No cases</source>
        <translation>Ningún caso</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> (first %Ln)</source>
        <translation>
            <numerusform> (primero: %Ln)</numerusform>
            <numerusform> (primeros %Ln)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>showing cases that match most of your words</source>
        <translation>se muestran los casos que coinciden con la mayoría de sus palabras</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>showing cases that match some of your words</source>
        <translation>se muestran los casos que coinciden con algunas de sus palabras</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Did you mean {0}?</source>
        <translation>¿Quiso decir {0}?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No cases match these filters.</source>
        <translation>Ningún caso coincide con estos filtros.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No cases match “{0}”.</source>
        <translation>Ningún caso coincide con “{0}”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No cases match “{0}” with these filters.</source>
        <translation>Ningún caso coincide con “{0}” con estos filtros.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nearest taxonomy terms: {0}.</source>
        <translation>Términos más cercanos de la taxonomía: {0}.</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <location filename="../../casebook/gui/browse/results.py" line="+225"/>
        <source>Search results</source>
        <translation>Resultados de búsqueda</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open file in editor</source>
        <translation>Abrir el archivo en el editor</translation>
    </message>
</context>
<context>
    <name>RightPane</name>
    <message>
        <location filename="../../casebook/gui/pages.py" line="+19"/>
        <source>Right pane pages</source>
        <translation>Páginas del panel derecho</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <location filename="../../casebook/gui/team/dialogs.py" line="+18"/>
        <source>Share my changes — {0}</source>
        <translation>Compartir mis cambios — {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>new</source>
        <translation>nuevo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>changed</source>
        <translation>cambiado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deleted</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Files to share</source>
        <translation>Archivos para compartir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 saved change not sent yet</source>
        <translation>1 cambio guardado sin enviar todavía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} saved changes not sent yet</source>
        <translation>{0} cambios guardados sin enviar todavía</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What did you change? (for example: added the Kenya Huduma case)</source>
        <translation>¿Qué cambió? (por ejemplo: añadí el caso Huduma de Kenia)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What you changed</source>
        <translation>Lo que cambió</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These will be sent to the team library:</source>
        <translation>Esto se enviará a la biblioteca de equipo:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What you changed:</source>
        <translation>Lo que cambió:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share</source>
        <translation>Compartir</translation>
    </message>
</context>
<context>
    <name>SharedCollectionDialog</name>
    <message>
        <location line="+27"/>
        <source>{0} (shared in {1})</source>
        <translation>{0} (compartida en {1})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Shared collection</source>
        <translation>Colección compartida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared by the team library: it changes when the team changes it. Make your own copy to change it.</source>
        <translation>Compartida por la biblioteca de equipo: cambia cuando el equipo la cambia. Haga su propia copia para modificarla.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make my own copy</source>
        <translation>Hacer mi propia copia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../casebook/gui/authoring/feature.py" line="-213"/>
        <source>Start a new case file</source>
        <translation>Crear un nuevo archivo de caso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the case&apos;s tags</source>
        <translation>Editar las etiquetas del caso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the case file in your editor</source>
        <translation>Abrir el archivo del caso en su editor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or hide the taxonomy browser</source>
        <translation>Mostrar u ocultar el explorador de la taxonomía</translation>
    </message>
    <message>
        <location filename="../../casebook/gui/collections/feature.py" line="-340"/>
        <source>Add the selected cases to the last used collection (Undo in the status bar)</source>
        <translation>Añadir los casos seleccionados a la última colección usada (Deshacer en la barra de estado)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the collection to add the selected cases to</source>
        <translation>Elegir la colección a la que añadir los casos seleccionados</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New collection / open a collection</source>
        <translation>Nueva colección / abrir una colección</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move or remove the case in a collection</source>
        <translation>Mover o quitar el caso en una colección</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export a collection / import a course pack</source>
        <translation>Exportar una colección / importar un paquete de curso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the search</source>
        <translation>Guardar la búsqueda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename the collection</source>
        <translation>Cambiar el nombre de la colección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the sidebar (Enter opens a collection or saved search)</source>
        <translation>Ir a la barra lateral (Intro abre una colección o una búsqueda guardada)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo a deletion</source>
        <translation>Deshacer una eliminación</translation>
    </message>
    <message>
        <location filename="../../casebook/gui/dialogs.py" line="+44"/>
        <source>Go to the search field</source>
        <translation>Ir al campo de búsqueda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search now / open the selected case</source>
        <translation>Buscar ahora / abrir el caso seleccionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the search field into the results</source>
        <translation>Del campo de búsqueda a los resultados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back / Forward</source>
        <translation>Atrás / Adelante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find in the case</source>
        <translation>Buscar en el caso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom the case text in, out, back to normal</source>
        <translation>Ampliar, reducir o devolver a su tamaño normal el texto del caso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl/Shift+click</source>
        <translation>Ctrl/Mayús+clic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select several cases in the results</source>
        <translation>Seleccionar varios casos en los resultados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy a citation of the case in the style used last (the arrow beside Copy citation offers APA, Chicago, BibTeX and RIS)</source>
        <translation>Copiar una cita del caso en el último estilo usado (la flecha junto a Copiar la cita ofrece APA, Chicago, BibTeX y RIS)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Case folders and settings</source>
        <translation>Carpetas de casos y ajustes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This list</source>
        <translation>Esta lista</translation>
    </message>
    <message>
        <location filename="../../casebook/gui/evidence/feature.py" line="-278"/>
        <source>Show the evidence map (a cell filters the list by its row and column)</source>
        <translation>Mostrar el mapa de evidencia (una celda filtra la lista por su fila y su columna)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare the selected cases side by side (2 to 5)</source>
        <translation>Comparar lado a lado los casos seleccionados (de 2 a 5)</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../casebook/gui/browse/sidebar.py" line="+186"/>
        <source>Library and filters</source>
        <translation>Biblioteca y filtros</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>From year</source>
        <translation>Desde el año</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To year</source>
        <translation>Hasta el año</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>any</source>
        <translation>cualquiera</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}: cases active in this span</source>
        <translation>{0}: casos activos en este periodo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Years</source>
        <translation>Años</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All cases</source>
        <translation>Todos los casos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the search and every filter</source>
        <translation>Borrar la búsqueda y todos los filtros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files with problems</source>
        <translation>Archivos con problemas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case files that casebook check reports</source>
        <translation>Archivos de casos sobre los que casebook check informa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Collections</source>
        <translation>Colecciones</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New collection…</source>
        <translation>Nueva colección…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gather cases into an ordered course with notes</source>
        <translation>Reunir casos en un curso ordenado, con notas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved searches</source>
        <translation>Búsquedas guardadas</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>free tag</source>
        <translation>etiqueta libre</translation>
    </message>
</context>
<context>
    <name>SidebarEntries</name>
    <message>
        <location filename="../../casebook/gui/collections/sidebar_entries.py" line="+90"/>
        <source>Collection actions</source>
        <translation>Acciones de la colección</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Rename…</source>
        <translation>Cambiar nombre…</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Describe…</source>
        <translation>Describir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Run</source>
        <translation>Ejecutar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New collection…</source>
        <translation>Nueva colección…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import course pack…</source>
        <translation>Importar paquete de curso…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save search…</source>
        <translation>Guardar búsqueda…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Drop to add to “{0}”</source>
        <translation>Suelte para añadir a “{0}”</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A saved search named “{0}” exists. Press Save again to replace it.</source>
        <translation>Ya existe una búsqueda guardada llamada “{0}”. Pulse Guardar otra vez para reemplazarla.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+16"/>
        <source>Saved search “{0}”</source>
        <translation>Búsqueda guardada “{0}”</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Save search</source>
        <translation>Guardar búsqueda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name of the search:</source>
        <translation>&amp;Nombre de la búsqueda:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My search</source>
        <translation>Mi búsqueda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Rename saved search</source>
        <translation>Cambiar el nombre de la búsqueda guardada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;name:</source>
        <translation>Nuevo &amp;nombre:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rename</source>
        <translation>Cambiar nombre</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Deleted saved search “{0}”.</source>
        <translation>Se eliminó la búsqueda guardada “{0}”.</translation>
    </message>
</context>
<context>
    <name>SidebarModel</name>
    <message numerus="yes">
        <location filename="../../casebook/gui/browse/models.py" line="+234"/>
        <source>, %n case(s)</source>
        <translation>
            <numerusform>, %n caso</numerusform>
            <numerusform>, %n casos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../casebook/gui/sync.py" line="+37"/>
        <source>Indexing progress</source>
        <translation>Progreso de la indexación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel indexing</source>
        <translation>Cancelar la indexación</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Checking case folders…</source>
        <translation>Revisando las carpetas de casos…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Indexing {0} of {1} files</source>
        <translation>Indexando {0} de {1} archivos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Case folder not available: {0} (showing what was indexed)</source>
        <translation>Carpeta de casos no disponible: {0} (se muestra lo que se había indexado)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Taxonomy not updated: {0}</source>
        <translation>Taxonomía sin actualizar: {0}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No case files indexed: {0} removed ({1} s)</source>
        <translation>Ningún archivo de caso indexado; quitados: {0} ({1} s)</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%Ln case file(s) indexed (one per language version): {0} added, {1} changed, {2} removed, {3} with problems ({4} s)</source>
        <translation>
            <numerusform>%Ln archivo de caso indexado (uno por versión de idioma); añadidos: {0}, cambiados: {1}, quitados: {2}, con problemas: {3} ({4} s)</numerusform>
            <numerusform>%Ln archivos de caso indexados (uno por versión de idioma); añadidos: {0}, cambiados: {1}, quitados: {2}, con problemas: {3} ({4} s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln case file(s) indexed: {0} added, {1} changed, {2} removed, {3} with problems ({4} s)</source>
        <translation>
            <numerusform>%Ln archivo de caso indexado; añadidos: {0}, cambiados: {1}, quitados: {2}, con problemas: {3} ({4} s)</numerusform>
            <numerusform>%Ln archivos de caso indexados; añadidos: {0}, cambiados: {1}, quitados: {2}, con problemas: {3} ({4} s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Syntax</name>
    <message>
        <location filename="../../casebook/gui/dialogs.py" line="-27"/>
        <source>both words (stems match: budgets, budgeting)</source>
        <translation>ambas palabras (valen las variantes: budgets, budgeting)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the exact phrase</source>
        <translation>la frase exacta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>either word</source>
        <translation>cualquiera de las dos palabras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>leave out a word</source>
        <translation>excluir una palabra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a field: title, summary, body, country, place, region, level, sectors, challenges, strategies, outcomes</source>
        <translation>un campo: title, summary, body, country, place, region, level, sectors, challenges, strategies, outcomes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a tag, by id or label</source>
        <translation>una etiqueta, por id o por nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>words starting with…</source>
        <translation>palabras que empiezan por…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>close spellings</source>
        <translation>grafías parecidas</translation>
    </message>
</context>
<context>
    <name>TagDialog</name>
    <message>
        <location filename="../../casebook/gui/authoring/tag_dialog.py" line="-35"/>
        <source>Tags from the file are plain. ✎ marks tags you changed here: they are kept in your library (search and filters use them at once) until you write them into the file.</source>
        <translation>Las etiquetas del archivo aparecen sin marca. ✎ señala las que cambió aquí: se guardan en su biblioteca (la búsqueda y los filtros las usan de inmediato) hasta que las escriba en el archivo.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Tags — {0}</source>
        <translation>Etiquetas — {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where it comes from</source>
        <translation>De dónde viene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags of this case</source>
        <translation>Etiquetas de este caso</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+117"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>Remove the selected tag (Delete); restore a removed one</source>
        <translation>Quitar la etiqueta seleccionada (Supr); restaurar una quitada</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Facet to add to</source>
        <translation>Faceta a la que añadir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type to find a term: label, alias or description words</source>
        <translation>Escriba para encontrar un término: nombre, alias o palabras de la descripción</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find a term to add</source>
        <translation>Buscar un término para añadir</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Matching terms</source>
        <translation>Términos que coinciden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tag editing status</source>
        <translation>Estado de la edición de etiquetas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write tags into the file…</source>
        <translation>Escribir las etiquetas en el archivo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview the change to the case file, then write it</source>
        <translation>Ver el cambio en el archivo del caso y luego escribirlo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add to</source>
        <translation>Añadir a</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>in the file</source>
        <translation>en el archivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>✎ added by you</source>
        <translation>✎ añadida por usted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✎ removed by you (Remove again to restore)</source>
        <translation>✎ quitada por usted (Quitar otra vez para restaurarla)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · free tag, not in the taxonomy</source>
        <translation> · etiqueta libre, no está en la taxonomía</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>   ✓ already tagged</source>
        <translation>   ✓ ya etiquetado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add “{0}” as a free tag (not in the taxonomy)</source>
        <translation>Añadir “{0}” como etiqueta libre (no está en la taxonomía)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A free tag is kept as you typed it; prefer a taxonomy term so others find the case.</source>
        <translation>Una etiqueta libre se guarda tal como la escribió; es preferible un término de la taxonomía para que otros encuentren el caso.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Also called: {0}</source>
        <translation>También llamado: {0}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Saved in your library; the case is re-indexed.</source>
        <translation>Guardado en su biblioteca; el caso se vuelve a indexar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written into the file.</source>
        <translation>Escrito en el archivo.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The file already has these tags.</source>
        <translation>El archivo ya tiene estas etiquetas.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Writing…</source>
        <translation>Escribiendo…</translation>
    </message>
</context>
<context>
    <name>TaxonomyDock</name>
    <message>
        <location filename="../../casebook/gui/authoring/taxonomy_dock.py" line="+175"/>
        <source>no case yet</source>
        <translation>todavía ningún caso</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>Taxonomy</source>
        <translation>Taxonomía</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Find a term</source>
        <translation>Buscar un término</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a taxonomy term</source>
        <translation>Buscar un término de la taxonomía</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only gaps</source>
        <translation>Solo vacíos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only terms no case uses yet: what to write next</source>
        <translation>Mostrar solo los términos que ningún caso usa todavía: lo que conviene escribir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Term</source>
        <translation>Término</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taxonomy terms</source>
        <translation>Términos de la taxonomía</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Term description</source>
        <translation>Descripción del término</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>%n term(s) · {0} with no case yet</source>
        <translation>
            <numerusform>%n término · {0} todavía sin casos</numerusform>
            <numerusform>%n términos · {0} todavía sin casos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n term(s)</source>
        <translation>
            <numerusform>%n término</numerusform>
            <numerusform>%n términos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no terms</source>
        <translation>ningún término</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0} addresses {1}</source>
        <translation>{0} responde a {1}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> (free tag)</source>
        <translation> (etiqueta libre)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A free tag: not in the taxonomy</source>
        <translation>Una etiqueta libre: no está en la taxonomía</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n caso</numerusform>
            <numerusform>%n casos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Click a term to show its cases. Terms with no case yet are what contributors could write next.</source>
        <translation>Haga clic en un término para ver sus casos. Los términos todavía sin casos son lo que los autores podrían escribir a continuación.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A free tag: not in the taxonomy.</source>
        <translation>Una etiqueta libre: no está en la taxonomía.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also called: {0}</source>
        <translation>También llamado: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Strategies that address it: {0}</source>
        <translation>Estrategias que responden a él: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Addresses: {0}</source>
        <translation>Responde a: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;a href=&apos;new&apos;&gt;write one (New case…)&lt;/a&gt;</source>
        <translation>&lt;a href=&apos;new&apos;&gt;escriba uno (Nuevo caso…)&lt;/a&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>click the term to show them</source>
        <translation>haga clic en el término para verlos</translation>
    </message>
</context>
<context>
    <name>TeamEntries</name>
    <message>
        <location filename="../../casebook/gui/team/sidebar.py" line="+18"/>
        <source>⚠ {0}: 1 case to check</source>
        <translation>⚠ {0}: 1 caso por revisar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>⚠ {0}: {1} cases to check</source>
        <translation>⚠ {0}: {1} casos por revisar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}: changes not shared</source>
        <translation>{0}: cambios sin compartir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}: 1 new case</source>
        <translation>{0}: 1 caso nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}: {1} new cases</source>
        <translation>{0}: {1} casos nuevos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}: folder missing</source>
        <translation>{0}: falta la carpeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}: up to date</source>
        <translation>{0}: al día</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You and someone else changed the same case: click to compare the two versions and choose</source>
        <translation>Usted y otra persona cambiaron el mismo caso: haga clic para comparar las dos versiones y elegir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You changed or added cases that the team does not have yet: Library &gt; Share my changes…</source>
        <translation>Cambió o añadió casos que el equipo todavía no tiene: Biblioteca &gt; Compartir mis cambios…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The last update brought new cases</source>
        <translation>La última actualización trajo casos nuevos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The library&apos;s folder is not there any more</source>
        <translation>La carpeta de la biblioteca ya no existe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have everything the team shared at the last update</source>
        <translation>Tiene todo lo que el equipo compartió en la última actualización</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Team libraries</source>
        <translation>Bibliotecas de equipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}
{1}
Last update: {2}
Click for Update, Share and more</source>
        <translation>{0}
{1}
Última actualización: {2}
Haga clic para Actualizar, Compartir y más</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} (shared)</source>
        <translation>{0} (compartida)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A collection shared in {0}: read-only; open it to make your own copy</source>
        <translation>Una colección compartida en {0}: de solo lectura; ábrala para hacer su propia copia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a team library…</source>
        <translation>Añadir una biblioteca de equipo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read and add to a case library with your team</source>
        <translation>Consultar y ampliar una biblioteca de casos con su equipo</translation>
    </message>
</context>
<context>
    <name>TeamFeature</name>
    <message>
        <location filename="../../casebook/gui/team/feature.py" line="+51"/>
        <source>Team library progress</source>
        <translation>Progreso de la biblioteca de equipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the team library download</source>
        <translation>Cancelar la descarga de la biblioteca de equipo</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Add &amp;team library…</source>
        <translation>Añadir una biblioteca de &amp;equipo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Library</source>
        <translation>&amp;Biblioteca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Update</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Share my changes…</source>
        <translation>&amp;Compartir mis cambios…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Conflicts…</source>
        <translation>C&amp;onflictos…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Open the library&apos;s folder</source>
        <translation>Abrir la carpeta de la &amp;biblioteca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove team library…</source>
        <translation>&amp;Quitar la biblioteca de equipo…</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+76"/>
        <source>Updating team libraries…</source>
        <translation>Actualizando las bibliotecas de equipo…</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Update</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share my changes…</source>
        <translation>Compartir mis cambios…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the library&apos;s folder</source>
        <translation>Abrir la carpeta de la biblioteca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove…</source>
        <translation>Quitar…</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+187"/>
        <source>Downloading the team library…</source>
        <translation>Descargando la biblioteca de equipo…</translation>
    </message>
    <message>
        <location line="-182"/>
        <source>Updating {0}…</source>
        <translation>Actualizando {0}…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{0}: choose Keep mine or Take theirs for the cases changed by someone else too before sharing</source>
        <translation>{0}: antes de compartir, elija Conservar la mía o Usar la otra en los casos que también cambió otra persona</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0}: nothing to share</source>
        <translation>{0}: nada que compartir</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+153"/>
        <source>Sharing your changes with {0}…</source>
        <translation>Compartiendo sus cambios con {0}…</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>Made your own copy: {0}</source>
        <translation>Se hizo su propia copia: {0}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Remove team library</source>
        <translation>Quitar la biblioteca de equipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop using the team library {0}?</source>
        <translation>¿Dejar de usar la biblioteca de equipo {0}?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not shared yet: {0}</source>
        <translation>Todavía sin compartir: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove, keep its folder</source>
        <translation>Quitar y conservar su carpeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove and delete its folder</source>
        <translation>Quitar y eliminar su carpeta</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Added the team library {0}</source>
        <translation>Se añadió la biblioteca de equipo {0}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Shared with {0}: 1 file</source>
        <translation>Compartido con {0}: 1 archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared with {0}: {1} files</source>
        <translation>Compartido con {0}: {1} archivos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0}: up to date</source>
        <translation>{0}: al día</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n new case file(s)</source>
        <translation>
            <numerusform>%n archivo de caso nuevo</numerusform>
            <numerusform>%n archivos de caso nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n other file(s) updated</source>
        <translation>
            <numerusform>%n otro archivo actualizado</numerusform>
            <numerusform>%n otros archivos actualizados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n file(s) also changed by someone else (your version is kept; see Library &gt; Conflicts…)</source>
        <translation>
            <numerusform>%n archivo cambiado también por otra persona (se conserva su versión; vea Biblioteca &gt; Conflictos…)</numerusform>
            <numerusform>%n archivos cambiados también por otra persona (se conservan sus versiones; vea Biblioteca &gt; Conflictos…)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Saved 1 case to {1}</source>
        <translation>Se guardó 1 caso en {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved {0} cases to {1}</source>
        <translation>Se guardaron {0} casos en {1}</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>The server asks for an access token.</source>
        <translation>El servidor pide un token de acceso.</translation>
    </message>
    <message>
        <location line="-266"/>
        <source>Update &amp;when Casebook starts</source>
        <translation>Actualizar al &amp;iniciar Casebook</translation>
    </message>
    <message>
        <location line="+294"/>
        <source>Not shared yet</source>
        <translation>Todavía sin compartir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your changes are kept. You can update first and share again, or save them as a .casebook pack to send.</source>
        <translation>Sus cambios se conservan. Puede actualizar primero y volver a compartir, o guardarlos como un paquete .casebook para enviarlo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Update first</source>
        <translation>Actualizar primero</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as a pack…</source>
        <translation>Guardar como paquete…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save as a pack</source>
        <translation>Guardar como paquete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}-not-shared.casebook</source>
        <translation>{0}-sin-compartir.casebook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Casebook pack (*.casebook)</source>
        <translation>Paquete de Casebook (*.casebook)</translation>
    </message>
</context>
<context>
    <name>TeamWorker</name>
    <message>
        <location filename="../../casebook/gui/team/worker.py" line="+73"/>
        <source>Cancelled; nothing was kept</source>
        <translation>Cancelado; no se conservó nada</translation>
    </message>
</context>
<context>
    <name>TokenDialog</name>
    <message>
        <location filename="../../casebook/gui/team/dialogs.py" line="-38"/>
        <location line="+5"/>
        <source>Access token</source>
        <translation>Token de acceso</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>{0}

The access token for {1}:</source>
        <translation>{0}

El token de acceso para {1}:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <location filename="../../casebook/gui/collections/undo_bar.py" line="+19"/>
        <location line="+17"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undo (Ctrl+Z)</source>
        <translation>Deshacer (Ctrl+Z)</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <location filename="../../casebook/gui/words.py" line="-11"/>
        <source>success</source>
        <translation>éxito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mixed</source>
        <translation>mixto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failure</source>
        <translation>fracaso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>too early</source>
        <translation>aún es pronto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no verdict</source>
        <translation>sin veredicto</translation>
    </message>
</context>
<context>
    <name>WelcomeFeature</name>
    <message>
        <location filename="../../casebook/gui/welcome/feature.py" line="+19"/>
        <source>Handouts in Word and OpenDocument: Collections &gt; Export, and the Export… menus of the evidence map and of a comparison.</source>
        <translation>Materiales en Word y OpenDocument: Colecciones &gt; Exportar, y los menús Exportar… del mapa de evidencia y de una comparación.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File &gt; Back up my work… writes your collections, notes, tags and saved searches to one file; File &gt; Restore my work… brings them back on any computer.</source>
        <translation>Archivo &gt; Hacer una copia de seguridad de mi trabajo… guarda sus colecciones, notas, etiquetas y búsquedas guardadas en un solo archivo; Archivo &gt; Restaurar mi trabajo… las recupera en cualquier equipo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Course packs (.casebook) open with a double-click, in the window already open.</source>
        <translation>Los paquetes de curso (.casebook) se abren con doble clic, en la ventana que ya está abierta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Help &gt; Welcome to Casebook: where to start.</source>
        <translation>Ayuda &gt; Bienvenida a Casebook: por dónde empezar.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What Casebook is and where to start</source>
        <translation>Qué es Casebook y por dónde empezar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What&apos;s &amp;new</source>
        <translation>&amp;Novedades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Welcome to Casebook</source>
        <translation>&amp;Bienvenida a Casebook</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>What&apos;s new</source>
        <translation>Novedades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What&apos;s new in Casebook {0}</source>
        <translation>Novedades de Casebook {0}</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../casebook/gui/welcome/page.py" line="+30"/>
        <location line="+27"/>
        <source>Welcome to Casebook</source>
        <translation>Bienvenida a Casebook</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help &gt; Welcome to Casebook shows this page again</source>
        <translation>Ayuda &gt; Bienvenida a Casebook vuelve a mostrar esta página</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Casebook is a library of case studies of innovation in the public sector: what governments tried, how it turned out and how we know. It works offline, and what you add stays on this computer.</source>
        <translation>Casebook es una biblioteca de estudios de caso sobre innovación en el sector público: lo que intentaron los gobiernos, cómo resultó y cómo lo sabemos. Funciona sin conexión, y lo que usted añade se queda en este equipo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start with a search</source>
        <translation>Empiece con una búsqueda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type in the search field at the top, or try one of these:</source>
        <translation>Escriba en el campo de búsqueda de arriba o pruebe una de estas:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The evidence map</source>
        <translation>El mapa de evidencia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Map tab of this pane shows, for the current search, how many cases face each challenge with each strategy and how they turned out. Click a cell to list those cases. Ctrl+M brings the map back from a case.</source>
        <translation>La pestaña Mapa de este panel muestra, para la búsqueda actual, cuántos casos enfrentan cada desafío con cada estrategia y cómo resultaron. Haga clic en una celda para ver esos casos. Ctrl+M vuelve al mapa desde un caso.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the evidence map</source>
        <translation>Mostrar el mapa de evidencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your own cases</source>
        <translation>Sus propios casos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any folder of Markdown files can join the library: Casebook watches it and picks up each file as soon as it is saved. File &gt; New case… starts one from the template.</source>
        <translation>Cualquier carpeta de archivos Markdown puede sumarse a la biblioteca: Casebook la vigila y recoge cada archivo en cuanto se guarda. Archivo &gt; Nuevo caso… crea uno a partir de la plantilla.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a folder of cases…</source>
        <translation>Añadir una carpeta de casos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A team library</source>
        <translation>Una biblioteca de equipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If your team shares its cases in a Git repository, File &gt; Add team library… brings them in with the address your team gives you; Library &gt; Update fetches their changes and Library &gt; Share my changes sends yours.</source>
        <translation>Si su equipo comparte sus casos en un repositorio Git, Archivo &gt; Añadir una biblioteca de equipo… los trae con la dirección que le dé su equipo; Biblioteca &gt; Actualizar descarga sus cambios y Biblioteca &gt; Compartir mis cambios envía los suyos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep your work safe</source>
        <translation>Proteja su trabajo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Collections, notes and your own tags live in the data folder. File &gt; Back up my work… writes them to one file you can keep elsewhere.</source>
        <translation>Las colecciones, las notas y sus propias etiquetas están en la carpeta de datos. Archivo &gt; Hacer una copia de seguridad de mi trabajo… las guarda en un solo archivo que puede conservar en otro lugar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Help &gt; Welcome to Casebook shows this page again.</source>
        <translation>Ayuda &gt; Bienvenida a Casebook vuelve a mostrar esta página.</translation>
    </message>
</context>
<context>
    <name>_Delegate</name>
    <message>
        <location filename="../../casebook/gui/collections/listing.py" line="+89"/>
        <source>Missing from the library (its last known title is shown)</source>
        <translation>Ya no está en la biblioteca (se muestra su último título conocido)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No trainer&apos;s note yet</source>
        <translation>Todavía sin nota del formador</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n pregunta</numerusform>
            <numerusform>%n preguntas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_Form</name>
    <message>
        <location filename="../../casebook/gui/collections/dialogs.py" line="-122"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../casebook/gui/app.py" line="+153"/>
        <source>Casebook cannot start</source>
        <translation>Casebook no puede iniciarse</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Casebook is already open</source>
        <translation>Casebook ya está abierto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another Casebook window is using the same library. Both can search and read; indexing takes turns, so nothing is corrupted. Changes to collections made in one window appear in the other after a refresh.</source>
        <translation>Otra ventana de Casebook está usando la misma biblioteca. Ambas pueden buscar y leer; la indexación se hace por turnos, así que nada se daña. Los cambios en las colecciones hechos en una ventana aparecen en la otra al actualizarla.</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../casebook/gui/dialogs.py" line="+46"/>
        <location line="+1"/>
        <source>Search syntax</source>
        <translation>Sintaxis de búsqueda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filters in the sidebar combine with the query: OR within one facet, AND across facets.</source>
        <translation>Los filtros de la barra lateral se combinan con la búsqueda: O dentro de una faceta, Y entre facetas.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About Casebook</source>
        <translation>Acerca de Casebook</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An offline library of public-sector innovation case studies: search, filter, read and build course packs.</source>
        <translation>Una biblioteca sin conexión de estudios de caso de innovación en el sector público: busque, filtre, lea y arme paquetes de curso.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Works without a network. Cases are Markdown files you can edit.</source>
        <translation>Funciona sin red. Los casos son archivos Markdown que usted puede editar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Case folders and settings</source>
        <translation>Carpetas de casos y ajustes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case folders</source>
        <translation>Carpetas de casos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read as a &amp;reference folder: its pages can be searched, and missing case fields are no problem</source>
        <translation>Leer como carpeta de &amp;referencia: sus páginas se pueden buscar y los campos de caso que faltan no son problemas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Its casebook.toml says kind = &quot;reference&quot;</source>
        <translation>Su casebook.toml dice kind = &quot;reference&quot;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Add folder…</source>
        <translation>Añadir carpeta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add bundled cases</source>
        <translation>Añadir los casos incluidos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a case folder</source>
        <translation>Elegir una carpeta de casos</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Data folder (index, collections, notes): {0}</source>
        <translation>Carpeta de datos (índice, colecciones, notas): {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open data folder</source>
        <translation>Abrir la carpeta de datos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Case folders (several libraries can be open at once):</source>
        <translation>Carpetas de casos (puede haber varias bibliotecas abiertas a la vez):</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <location filename="../../casebook/gui/exchange/export.py" line="-241"/>
        <source>PDF handout for participants (*.pdf)</source>
        <translation>Material en PDF para los participantes (*.pdf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF handout for the trainer, with your notes (*.pdf)</source>
        <translation>Material en PDF para el formador, con sus notas (*.pdf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Word handout for participants (*.docx)</source>
        <translation>Material en Word para los participantes (*.docx)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Word handout for the trainer, with your notes (*.docx)</source>
        <translation>Material en Word para el formador, con sus notas (*.docx)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OpenDocument handout for participants (*.odt)</source>
        <translation>Material en OpenDocument para los participantes (*.odt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OpenDocument handout for the trainer, with your notes (*.odt)</source>
        <translation>Material en OpenDocument para el formador, con sus notas (*.odt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HTML handout for participants (*.html)</source>
        <translation>Material en HTML para los participantes (*.html)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTML handout for the trainer, with your notes (*.html)</source>
        <translation>Material en HTML para el formador, con sus notas (*.html)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Casebook course pack, with your notes (*.casebook)</source>
        <translation>Paquete de curso de Casebook, con sus notas (*.casebook)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder of Markdown files for participants (type a new folder name) (*)</source>
        <translation>Carpeta de archivos Markdown para los participantes (escriba el nombre de una carpeta nueva) (*)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder of Markdown files for the trainer, with your notes (type a new folder name) (*)</source>
        <translation>Carpeta de archivos Markdown para el formador, con sus notas (escriba el nombre de una carpeta nueva) (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PDF handout</source>
        <translation>Material en PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTML handout</source>
        <translation>Material en HTML</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Course pack</source>
        <translation>Paquete de curso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown folder</source>
        <translation>Carpeta Markdown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word handout</source>
        <translation>Material en Word</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenDocument handout</source>
        <translation>Material en OpenDocument</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Export “{0}”</source>
        <translation>Exportar “{0}”</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Laying out the pages…</source>
        <translation>Componiendo las páginas…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot export: {0}</source>
        <translation>no se puede exportar: {0}</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>An export is already running</source>
        <translation>Ya hay una exportación en curso</translation>
    </message>
</context>
<context>
    <name>pack_import</name>
    <message>
        <location filename="../../casebook/gui/exchange/pack_import.py" line="-149"/>
        <source>Import a course pack</source>
        <translation>Importar un paquete de curso</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Casebook course pack (*.casebook)</source>
        <translation>Paquete de curso de Casebook (*.casebook)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+117"/>
        <location line="+38"/>
        <source>This pack cannot be imported</source>
        <translation>Este paquete no se puede importar</translation>
    </message>
    <message>
        <location line="-37"/>
        <location line="+38"/>
        <source>{0}

Nothing was written.</source>
        <translation>{0}

No se escribió nada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>; the folder was added to your case folders</source>
        <translation>; la carpeta se añadió a sus carpetas de casos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show folder</source>
        <translation>Mostrar la carpeta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open collection</source>
        <translation>Abrir la colección</translation>
    </message>
</context>
</TS>
