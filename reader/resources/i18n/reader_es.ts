<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>reader</name>
    <message>
        <source>No automatic backup of {path}: the disk has less than {mb} MB free. Free some space, or move the library (File → Move library…).</source>
        <translation>No se hizo la copia automática de {path}: el disco tiene menos de {mb} MB libres. Libere espacio o mueva la biblioteca (Archivo → Mover biblioteca…).</translation>
    </message>
    <message>
        <source>The library {db} is already open in another window of {app}. Switch to that window, or close it first.</source>
        <translation>La biblioteca {db} ya está abierta en otra ventana de {app}. Cambie a esa ventana o ciérrela primero.</translation>
    </message>
    <message>
        <source>The library {db} was not found (was it moved, or is its drive not connected?). Create a new, empty library there?</source>
        <translation>No se encontró la biblioteca {db} (¿se movió, o su unidad no está conectada?). ¿Crear allí una biblioteca nueva y vacía?</translation>
    </message>
    <message>
        <source>Image not available offline</source>
        <translation>Imagen no disponible sin conexión</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Sample content written for this app</source>
        <translation>Contenido de ejemplo escrito para esta aplicación</translation>
    </message>
    <message>
        <source>It is not an article of the source site: its contributors are fictional, and its statements of law should be checked against the primary sources before they are relied on.</source>
        <translation>No es un artículo del sitio de origen: sus autores son ficticios, y sus afirmaciones jurídicas deben contrastarse con las fuentes primarias antes de confiar en ellas.</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorías</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Contributors</source>
        <translation>Autores</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Retrieved on</source>
        <translation>Obtenido el</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Removed from the source on</source>
        <translation>Retirado de la fuente el</translation>
    </message>
    <message>
        <source>No English paragraph is aligned with this one.</source>
        <translation>Ningún párrafo en inglés está alineado con este.</translation>
    </message>
    <message>
        <source>{title} — side by side</source>
        <translation>{title} — en paralelo</translation>
    </message>
    <message>
        <source>The machine translation damaged {spots} numbers or dates in {blocks} paragraphs (XNUMX stands for lost digits). Point at a marked spot, or click it, to read the English paragraph with the real numbers.</source>
        <translation>La traducción automática dañó {spots} números o fechas en {blocks} párrafos (XNUMX sustituye a dígitos perdidos). Señale un punto marcado, o haga clic en él, para leer el párrafo en inglés con los números reales.</translation>
    </message>
    <message>
        <source>Numbers in the English original:</source>
        <translation>Números en el original inglés:</translation>
    </message>
    <message>
        <source>Dates in the English original:</source>
        <translation>Fechas en el original inglés:</translation>
    </message>
    <message>
        <source>English:</source>
        <translation>Inglés:</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>An offline reader for legal news about China.</source>
        <translation>Un lector sin conexión de noticias jurídicas sobre China.</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>is free software under the MIT licence.</source>
        <translation>es software libre con licencia MIT.</translation>
    </message>
    <message>
        <source>Built with</source>
        <translation>Creado con</translation>
    </message>
    <message>
        <source>and Qt for Python (PySide6)</source>
        <translation>y Qt for Python (PySide6)</translation>
    </message>
    <message>
        <source>Qt WebEngine contains Chromium, under BSD-style and other open-source licences.</source>
        <translation>Qt WebEngine contiene Chromium, con licencias de tipo BSD y otras licencias de código abierto.</translation>
    </message>
    <message>
        <source>You may replace the Qt libraries in the program's folder with your own build.</source>
        <translation>Puede sustituir las bibliotecas Qt de la carpeta del programa por una compilación propia.</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paquete</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Fonts</source>
        <translation>Fuentes tipográficas</translation>
    </message>
    <message>
        <source>The fonts are the system's; they are not part of the program.</source>
        <translation>Las fuentes tipográficas son las del sistema; no forman parte del programa.</translation>
    </message>
    <message>
        <source>Portable mode: settings and library in {folder}</source>
        <translation>Modo portátil: configuración y biblioteca en {folder}</translation>
    </message>
    <message>
        <source>Settings: {file}</source>
        <translation>Configuración: {file}</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Acerca de {app}</translation>
    </message>
    <message>
        <source>Undo note change</source>
        <translation>Deshacer cambio de la nota</translation>
    </message>
    <message>
        <source>Export notes…</source>
        <translation>Exportar notas…</translation>
    </message>
    <message>
        <source>Import notes…</source>
        <translation>Importar notas…</translation>
    </message>
    <message>
        <source>Highlight selection</source>
        <translation>Resaltar la selección</translation>
    </message>
    <message>
        <source>Highlight with note…</source>
        <translation>Resaltar con nota…</translation>
    </message>
    <message>
        <source>Notebook…</source>
        <translation>Cuaderno…</translation>
    </message>
    <message>
        <source>Export notes</source>
        <translation>Exportar notas</translation>
    </message>
    <message>
        <source>Notes of</source>
        <translation>Notas de</translation>
    </message>
    <message>
        <source>Markdown (to read, print or paste)</source>
        <translation>Markdown (para leer, imprimir o pegar)</translation>
    </message>
    <message>
        <source>W3C Web Annotation JSON-LD (to import again)</source>
        <translation>W3C Web Annotation JSON-LD (para volver a importar)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Import notes</source>
        <translation>Importar notas</translation>
    </message>
    <message>
        <source>Web Annotation JSON-LD (*.jsonld *.json);;All files (*)</source>
        <translation>Web Annotation JSON-LD (*.jsonld *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Nada que deshacer.</translation>
    </message>
    <message>
        <source>All notes in the library</source>
        <translation>Todas las notas de la biblioteca</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Web Annotation JSON-LD (*.jsonld *.json)</source>
        <translation>Web Annotation JSON-LD (*.jsonld *.json)</translation>
    </message>
    <message>
        <source>Select some text in the article first.</source>
        <translation>Seleccione primero un texto del artículo.</translation>
    </message>
    <message>
        <source>Select the passage this note belongs to, then re-attach.</source>
        <translation>Seleccione el pasaje al que pertenece esta nota y luego vuelva a vincularla.</translation>
    </message>
    <message>
        <source>This article</source>
        <translation>Este artículo</translation>
    </message>
    <message>
        <source>The collection “{name}”</source>
        <translation>La colección «{name}»</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln note(s) to {path}.</source>
        <translation>
            <numerusform>%Ln nota exportada a {path}.</numerusform>
            <numerusform>%Ln notas exportadas a {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write {path}: {error}.</source>
        <translation>No se puede escribir {path}: {error}.</translation>
    </message>
    <message>
        <source>moved: the text changed around it</source>
        <translation>desplazada: el texto cambió a su alrededor</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Your note, in Markdown: **bold**, *italic*, lists, links</source>
        <translation>Su nota, en Markdown: **negrita**, *cursiva*, listas, enlaces</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Texto de la nota</translation>
    </message>
    <message>
        <source>Note preview</source>
        <translation>Vista previa de la nota</translation>
    </message>
    <message>
        <source>comma-separated, e.g. reciprocity, service</source>
        <translation>separadas por comas, p. ej., reciprocidad, notificación</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>Highlights and notes</source>
        <translation>Resaltados y notas</translation>
    </message>
    <message>
        <source>No highlights yet. Select text in the article and choose Highlight (right-click, or Ctrl+Shift+H).</source>
        <translation>Aún no hay resaltados. Seleccione texto del artículo y elija Resaltar (clic derecho, o Ctrl+Mayús+H).</translation>
    </message>
    <message>
        <source>Edit note…</source>
        <translation>Editar nota…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Re-attach to selection</source>
        <translation>Volver a vincular a la selección</translation>
    </message>
    <message>
        <source>Select the passage in the article where this note belongs, then click here</source>
        <translation>Seleccione en el artículo el pasaje al que pertenece esta nota y haga clic aquí</translation>
    </message>
    <message>
        <source>not found in the current version (last found in revision {n})</source>
        <translation>no encontrada en la versión actual (encontrada por última vez en la revisión {n})</translation>
    </message>
    <message>
        <source>Note edit undone</source>
        <translation>Cambio de la nota deshecho</translation>
    </message>
    <message>
        <source>Colour change undone</source>
        <translation>Cambio de color deshecho</translation>
    </message>
    <message>
        <source>Note restored</source>
        <translation>Nota restaurada</translation>
    </message>
    <message>
        <source>Highlight removed</source>
        <translation>Resaltado eliminado</translation>
    </message>
    <message>
        <source>made on revision {n}</source>
        <translation>creada en la revisión {n}</translation>
    </message>
    <message>
        <source>tags: {t}</source>
        <translation>etiquetas: {t}</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Damaged translation (numbers or dates lost): {languages}</source>
        <translation>Traducción dañada (números o fechas perdidos): {languages}</translation>
    </message>
    <message>
        <source>Bookmarked</source>
        <translation>En marcadores</translation>
    </message>
    <message>
        <source>Has notes</source>
        <translation>Tiene notas</translation>
    </message>
    <message>
        <source>Updated since you annotated or bookmarked it</source>
        <translation>Actualizado desde que lo anotó o lo marcó</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automática</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>Replaced by a restore</source>
        <translation>Sustituida por una restauración</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Aún no hay copias de seguridad.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Hacer copia ahora</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restaurar…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation>Mostrar carpeta</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> horas</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Back up automatically every</source>
        <translation>Hacer copia automática cada</translation>
    </message>
    <message>
        <source>Automatic backups to keep</source>
        <translation>Copias automáticas que conservar</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Haciendo copia de seguridad…</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>Delete a backup</source>
        <translation>Eliminar una copia de seguridad</translation>
    </message>
    <message>
        <source>Before an upgrade (from schema {v})</source>
        <translation>Antes de una actualización (desde el esquema {v})</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Backups of {library}. Restoring one replaces the library; the current file is kept in the backups folder first, so a restore can be undone.</source>
        <translation>Copias de seguridad de {library}. Restaurar una sustituye la biblioteca; antes, el archivo actual se guarda en la carpeta de copias, de modo que la restauración puede deshacerse.</translation>
    </message>
    <message>
        <source>No backup was made: {e}</source>
        <translation>No se hizo ninguna copia de seguridad: {e}</translation>
    </message>
    <message>
        <source>Replace the library with the backup of {when}?

Everything changed since then is replaced. The current library is kept in the backups folder first, so you can restore it again.</source>
        <translation>¿Sustituir la biblioteca por la copia del {when}?

Todo lo que haya cambiado desde entonces se sustituirá. Antes, la biblioteca actual se guarda en la carpeta de copias, para que pueda restaurarla.</translation>
    </message>
    <message>
        <source>Delete the backup of {when} ({kind}, {size})? This cannot be undone.</source>
        <translation>¿Eliminar la copia del {when} ({kind}, {size})? No se puede deshacer.</translation>
    </message>
    <message>
        <source>Not deleted: {e}</source>
        <translation>No se eliminó: {e}</translation>
    </message>
    <message>
        <source>Laws</source>
        <translation>Leyes</translation>
    </message>
    <message>
        <source>Judicial interpretations and rules</source>
        <translation>Interpretaciones judiciales y normas</translation>
    </message>
    <message>
        <source>Regulations</source>
        <translation>Reglamentos</translation>
    </message>
    <message>
        <source>Treaties</source>
        <translation>Tratados</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <source>Other documents</source>
        <translation>Otros documentos</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) cite {name}</source>
        <translation>
            <numerusform>%Ln artículo cita {name}</numerusform>
            <numerusform>%Ln artículos citan {name}</numerusform>
        </translation>
    </message>
    <message>
        <source>Add to collection</source>
        <translation>Añadir a una colección</translation>
    </message>
    <message>
        <source>An &amp;existing collection</source>
        <translation>Una colección &amp;existente</translation>
    </message>
    <message>
        <source>Existing collection</source>
        <translation>Colección existente</translation>
    </message>
    <message>
        <source>A &amp;new collection</source>
        <translation>Una colección &amp;nueva</translation>
    </message>
    <message>
        <source>Name of the new collection</source>
        <translation>Nombre de la nueva colección</translation>
    </message>
    <message>
        <source>e.g. the matter or client</source>
        <translation>p. ej., el asunto o el cliente</translation>
    </message>
    <message>
        <source>Description of the new collection</source>
        <translation>Descripción de la nueva colección</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Descripción:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>A collection needs a name.</source>
        <translation>Una colección necesita un nombre.</translation>
    </message>
    <message>
        <source>Add to collection…</source>
        <translation>Añadir a una colección…</translation>
    </message>
    <message>
        <source>Remove from collection</source>
        <translation>Quitar de la colección</translation>
    </message>
    <message>
        <source>Move up in collection</source>
        <translation>Subir en la colección</translation>
    </message>
    <message>
        <source>Move down in collection</source>
        <translation>Bajar en la colección</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>Nueva colección</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Abrir en el navegador</translation>
    </message>
    <message>
        <source>New collection…</source>
        <translation>Nueva colección…</translation>
    </message>
    <message>
        <source>Edit name and description…</source>
        <translation>Editar nombre y descripción…</translation>
    </message>
    <message>
        <source>Delete collection…</source>
        <translation>Eliminar colección…</translation>
    </message>
    <message numerus="yes">
        <source>Add %Ln article(s) to:</source>
        <translation>
            <numerusform>Añadir %Ln artículo a:</numerusform>
            <numerusform>Añadir %Ln artículos a:</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit collection</source>
        <translation>Editar colección</translation>
    </message>
    <message>
        <source>Remove bookmark</source>
        <translation>Quitar marcador</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>Marcador</translation>
    </message>
    <message>
        <source>A collection named “{name}” already exists.</source>
        <translation>Ya existe una colección llamada «{name}».</translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln article(s) to “{name}”.</source>
        <translation>
            <numerusform>Se añadió %Ln artículo a «{name}».</numerusform>
            <numerusform>Se añadieron %Ln artículos a «{name}».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already in it.</source>
        <translation>
            <numerusform>%Ln ya estaba en ella.</numerusform>
            <numerusform>%Ln ya estaban en ella.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the collection “{name}”?

Its %Ln article(s) stay in the library; only the collection, its description and its order are removed.</source>
        <translation>
            <numerusform>¿Eliminar la colección «{name}»?

Su %Ln artículo permanece en la biblioteca; solo se eliminan la colección, su descripción y su orden.</numerusform>
            <numerusform>¿Eliminar la colección «{name}»?

Sus %Ln artículos permanecen en la biblioteca; solo se eliminan la colección, su descripción y su orden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %Ln article(s) from “{name}”; they stay in the library.</source>
        <translation>
            <numerusform>Se quitó %Ln artículo de «{name}»; permanece en la biblioteca.</numerusform>
            <numerusform>Se quitaron %Ln artículos de «{name}»; permanecen en la biblioteca.</numerusform>
        </translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>Todos los artículos</translation>
    </message>
    <message>
        <source>Deleted the collection “{name}”.</source>
        <translation>Se eliminó la colección «{name}».</translation>
    </message>
    <message>
        <source>China Justice Observer</source>
        <translation>China Justice Observer</translation>
    </message>
    <message>
        <source>RSS or Atom feed</source>
        <translation>Canal RSS o Atom</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Translations at</source>
        <translation>Traducciones en</translation>
    </message>
    <message>
        <source>Pause between requests (s)</source>
        <translation>Pausa entre solicitudes (s)</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Remove source</source>
        <translation>Quitar fuente</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source> min (0 = manual)</source>
        <translation> min (0 = manual)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>Content languages (in order)</source>
        <translation>Idiomas del contenido (por orden)</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>Tamaño de letra</translation>
    </message>
    <message>
        <source>Sync automatically every</source>
        <translation>Sincronizar automáticamente cada</translation>
    </message>
    <message>
        <source>Library file (applies at next start)</source>
        <translation>Archivo de la biblioteca (se aplica en el próximo inicio)</translation>
    </message>
    <message>
        <source>Paper size for PDF</source>
        <translation>Tamaño de papel para PDF</translation>
    </message>
    <message>
        <source>Library file</source>
        <translation>Archivo de la biblioteca</translation>
    </message>
    <message>
        <source>Libraries (*.sqlite)</source>
        <translation>Bibliotecas (*.sqlite)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Sync failures</source>
        <translation>Errores de sincronización</translation>
    </message>
    <message>
        <source>The address must start with http:// or https://.</source>
        <translation>La dirección debe empezar por http:// o https://.</translation>
    </message>
    <message>
        <source>The address needs a valid host name, as in https://example.org/feed/.</source>
        <translation>La dirección necesita un nombre de host válido, como en https://example.org/feed/.</translation>
    </message>
    <message>
        <source>The translations address must contain {lang}.</source>
        <translation>La dirección de las traducciones debe contener {lang}.</translation>
    </message>
    <message>
        <source>Open the selected article</source>
        <translation>Abrir el artículo seleccionado</translation>
    </message>
    <message>
        <source>Move in the list</source>
        <translation>Moverse por la lista</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Remove {name} and its articles from the library? Bookmarks, collections and notes are kept and come back if you add the source again.</source>
        <translation>¿Quitar {name} y sus artículos de la biblioteca? Los marcadores, colecciones y notas se conservan y vuelven si añade de nuevo la fuente.</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Vista previa de impresión</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Exportar como PDF</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Number paragraphs for pinpoint citation</source>
        <translation>Numerar los párrafos para citas precisas</translation>
    </message>
    <message>
        <source>Include highlights and notes</source>
        <translation>Incluir resaltados y notas</translation>
    </message>
    <message>
        <source>Preparing the binder…</source>
        <translation>Preparando el compendio…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln selected article(s)</source>
        <translation>
            <numerusform>El %Ln artículo seleccionado</numerusform>
            <numerusform>Los %Ln artículos seleccionados</numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Annotations are not available in this version.</source>
        <translation>Las anotaciones no están disponibles en esta versión.</translation>
    </message>
    <message>
        <source>Choose an article, select articles or open a collection.</source>
        <translation>Elija un artículo, seleccione artículos o abra una colección.</translation>
    </message>
    <message>
        <source>Selected articles</source>
        <translation>Artículos seleccionados</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Exportación cancelada; no se escribió nada.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln page(s) to {path}</source>
        <translation>
            <numerusform>%Ln página exportada a {path}</numerusform>
            <numerusform>%Ln páginas exportadas a {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Printed {done} of {total}: {title}</source>
        <translation>Impresos {done} de {total}: {title}</translation>
    </message>
    <message>
        <source>{name} already exists. Replace it?</source>
        <translation>{name} ya existe. ¿Sustituirlo?</translation>
    </message>
    <message>
        <source>Export as PDF…</source>
        <translation>Exportar como PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Amarillo</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Verde</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Azul</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Rosa</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Morado</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Sepia</source>
        <translation>Sepia</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <source>Wait for the sync to finish, or cancel it, then choose the language again.</source>
        <translation>Espere a que termine la sincronización, o cancélela, y luego vuelva a elegir el idioma.</translation>
    </message>
    <message>
        <source>The interface language changes the next time the app starts.</source>
        <translation>El idioma de la interfaz cambiará la próxima vez que se inicie la aplicación.</translation>
    </message>
    <message>
        <source>cites {what}</source>
        <translation>cita {what}</translation>
    </message>
    <message>
        <source>same topic: {name}</source>
        <translation>mismo tema: {name}</translation>
    </message>
    <message>
        <source>same category: {name}</source>
        <translation>misma categoría: {name}</translation>
    </message>
    <message>
        <source>published around the same time</source>
        <translation>publicado por las mismas fechas</translation>
    </message>
    <message>
        <source>similar wording: {words}</source>
        <translation>redacción similar: {words}</translation>
    </message>
    <message>
        <source>Side by side…</source>
        <translation>En paralelo…</translation>
    </message>
    <message>
        <source>Read two languages of this article in two columns</source>
        <translation>Leer dos idiomas de este artículo en dos columnas</translation>
    </message>
    <message>
        <source>Languages of this article</source>
        <translation>Idiomas de este artículo</translation>
    </message>
    <message>
        <source>Not synced yet:</source>
        <translation>Aún no sincronizados:</translation>
    </message>
    <message>
        <source>Not in the library yet. Click to sync this language ({code}).</source>
        <translation>Aún no está en la biblioteca. Haga clic para sincronizar este idioma ({code}).</translation>
    </message>
    <message>
        <source>Sync this language: {name}</source>
        <translation>Sincronizar este idioma: {name}</translation>
    </message>
    <message>
        <source>{code}: the machine translation lost {spots} numbers or dates; they are marked in the text</source>
        <translation>{code}: la traducción automática perdió {spots} números o fechas; están marcados en el texto</translation>
    </message>
    <message>
        <source>{name} (syncing…)</source>
        <translation>{name} (sincronizando…)</translation>
    </message>
    <message>
        <source>No library is open.</source>
        <translation>No hay ninguna biblioteca abierta.</translation>
    </message>
    <message>
        <source>That is where the library is already.</source>
        <translation>La biblioteca ya está ahí.</translation>
    </message>
    <message>
        <source>Open library…</source>
        <translation>Abrir biblioteca…</translation>
    </message>
    <message>
        <source>Move library…</source>
        <translation>Mover biblioteca…</translation>
    </message>
    <message>
        <source>Backups…</source>
        <translation>Copias de seguridad…</translation>
    </message>
    <message>
        <source>Open library</source>
        <translation>Abrir biblioteca</translation>
    </message>
    <message>
        <source>Move library to</source>
        <translation>Mover biblioteca a</translation>
    </message>
    <message>
        <source>This window cannot switch libraries.</source>
        <translation>Esta ventana no puede cambiar de biblioteca.</translation>
    </message>
    <message>
        <source>Wait for the sync to finish, or cancel it, then move.</source>
        <translation>Espere a que termine la sincronización, o cancélela, y luego mueva.</translation>
    </message>
    <message>
        <source>{dest} exists already; choose a new file name.</source>
        <translation>{dest} ya existe; elija un nombre de archivo nuevo.</translation>
    </message>
    <message>
        <source>Copying the library to {dest}…</source>
        <translation>Copiando la biblioteca a {dest}…</translation>
    </message>
    <message>
        <source>A sync started; move again after it.</source>
        <translation>Comenzó una sincronización; vuelva a mover cuando termine.</translation>
    </message>
    <message>
        <source>The library moved to {dest}, but the old file could not be removed: {e}</source>
        <translation>La biblioteca se movió a {dest}, pero no se pudo eliminar el archivo anterior: {e}</translation>
    </message>
    <message>
        <source>The library is now at {dest}.</source>
        <translation>La biblioteca está ahora en {dest}.</translation>
    </message>
    <message>
        <source>The library was restored from {name}.</source>
        <translation>La biblioteca se restauró a partir de {name}.</translation>
    </message>
    <message>
        <source>Cannot create the folder {folder}: {error}</source>
        <translation>No se puede crear la carpeta {folder}: {error}</translation>
    </message>
    <message>
        <source>Light theme</source>
        <translation>Tema claro</translation>
    </message>
    <message>
        <source>Dark theme</source>
        <translation>Tema oscuro</translation>
    </message>
    <message>
        <source>Sepia theme</source>
        <translation>Tema sepia</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <source>Cancel sync</source>
        <translation>Cancelar sincronización</translation>
    </message>
    <message>
        <source>Sync failures…</source>
        <translation>Errores de sincronización…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Search (find)</source>
        <translation>Buscar (encontrar)</translation>
    </message>
    <message>
        <source>Focus list</source>
        <translation>Ir a la lista</translation>
    </message>
    <message>
        <source>Page down in article</source>
        <translation>Avanzar página en el artículo</translation>
    </message>
    <message>
        <source>Page up in article</source>
        <translation>Retroceder página en el artículo</translation>
    </message>
    <message>
        <source>Your library is empty. Open the sample library to look around, or add a source and sync.</source>
        <translation>Su biblioteca está vacía. Abra la biblioteca de ejemplo para echar un vistazo, o añada una fuente y sincronice.</translation>
    </message>
    <message>
        <source>Open the sample library</source>
        <translation>Abrir la biblioteca de ejemplo</translation>
    </message>
    <message>
        <source>Add a source…</source>
        <translation>Añadir una fuente…</translation>
    </message>
    <message>
        <source>Search all articles (Ctrl+K)</source>
        <translation>Buscar en todos los artículos (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search in language</source>
        <translation>Buscar en el idioma</translation>
    </message>
    <message>
        <source>Search in one language, or in all</source>
        <translation>Buscar en un idioma o en todos</translation>
    </message>
    <message>
        <source>Filter titles</source>
        <translation>Filtrar títulos</translation>
    </message>
    <message>
        <source>Filter the list by title</source>
        <translation>Filtrar la lista por título</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Relacionados</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Sources…</source>
        <translation>Fuentes…</translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation>Preferencias…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Ampliar</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Reducir</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Tamaño real</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>Artí&amp;culo</translation>
    </message>
    <message>
        <source>Next article</source>
        <translation>Artículo siguiente</translation>
    </message>
    <message>
        <source>Previous article</source>
        <translation>Artículo anterior</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <source>Opening the library…</source>
        <translation>Abriendo la biblioteca…</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Todos los idiomas</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>No leídos</translation>
    </message>
    <message>
        <source>Importing the sample library…</source>
        <translation>Importando la biblioteca de ejemplo…</translation>
    </message>
    <message>
        <source>The sample library is ready.</source>
        <translation>La biblioteca de ejemplo está lista.</translation>
    </message>
    <message>
        <source>Sync cancelled</source>
        <translation>Sincronización cancelada</translation>
    </message>
    <message>
        <source>Sync finished</source>
        <translation>Sincronización terminada</translation>
    </message>
    <message>
        <source>This article was updated since you annotated or bookmarked it. Highlights were placed again; see the Notes tab for any not found. &lt;a href="compare"&gt;Compare revisions…&lt;/a&gt;</source>
        <translation>Este artículo se actualizó desde que lo anotó o lo marcó. Los resaltados se volvieron a colocar; consulte la pestaña Notas para los que no se encontraron. &lt;a href="compare"&gt;Comparar revisiones…&lt;/a&gt;</translation>
    </message>
    <message>
        <source>No sources to sync yet: add one under File › Sources…</source>
        <translation>Aún no hay fuentes que sincronizar: añada una en Archivo › Fuentes…</translation>
    </message>
    <message>
        <source>Offline: the sources cannot be reached. Everything in the library is available.</source>
        <translation>Sin conexión: no se puede acceder a las fuentes. Todo lo que hay en la biblioteca está disponible.</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Aún no sincronizado</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln artículo</numerusform>
            <numerusform>%Ln artículos</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing: {new} new, {updated} updated, {failed} failed — {current}</source>
        <translation>Sincronizando: {new} nuevos, {updated} actualizados, {failed} con error — {current}</translation>
    </message>
    <message>
        <source>{word}: {new} new, {updated} updated, {failed} failed.</source>
        <translation>{word}: {new} nuevos, {updated} actualizados, {failed} con error.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Search&lt;/b&gt; “{q}” in {where} — {n}</source>
        <translation>&lt;b&gt;Búsqueda&lt;/b&gt; «{q}» en {where} — {n}</translation>
    </message>
    <message>
        <source>Last synced {when}</source>
        <translation>Última sincronización: {when}</translation>
    </message>
    <message>
        <source>Notebook</source>
        <translation>Cuaderno</translation>
    </message>
    <message>
        <source>Search quotes, notes and tags</source>
        <translation>Buscar en citas, notas y etiquetas</translation>
    </message>
    <message>
        <source>Search annotations</source>
        <translation>Buscar anotaciones</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Anotaciones</translation>
    </message>
    <message>
        <source>All collections</source>
        <translation>Todas las colecciones</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Todas las etiquetas</translation>
    </message>
    <message>
        <source>All colours</source>
        <translation>Todos los colores</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Cualquier estado</translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s)</source>
        <translation>
            <numerusform>%Ln anotación</numerusform>
            <numerusform>%Ln anotaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Colección</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Lang.</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>In place</source>
        <translation>En su sitio</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Desplazada</translation>
    </message>
    <message>
        <source>Not found (orphaned)</source>
        <translation>No encontrada (huérfana)</translation>
    </message>
    <message>
        <source>Bookmark article</source>
        <translation>Marcar el artículo</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Resaltar</translation>
    </message>
    <message>
        <source>No differences in the text.</source>
        <translation>No hay diferencias en el texto.</translation>
    </message>
    <message>
        <source>Compare revisions…</source>
        <translation>Comparar revisiones…</translation>
    </message>
    <message>
        <source>{insertions}, {deletions} ({paragraphs})</source>
        <translation>{insertions}, {deletions} ({paragraphs})</translation>
    </message>
    <message numerus="yes">
        <source>%Ln insertion(s)</source>
        <translation>
            <numerusform>%Ln inserción</numerusform>
            <numerusform>%Ln inserciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deletion(s)</source>
        <translation>
            <numerusform>%Ln supresión</numerusform>
            <numerusform>%Ln supresiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln paragraph(s) changed</source>
        <translation>
            <numerusform>%Ln párrafo modificado</numerusform>
            <numerusform>%Ln párrafos modificados</numerusform>
        </translation>
    </message>
    <message>
        <source>Revision {n} — fetched {when}</source>
        <translation>Revisión {n} — obtenida el {when}</translation>
    </message>
    <message>
        <source>Older revision</source>
        <translation>Revisión anterior</translation>
    </message>
    <message>
        <source>Newer revision</source>
        <translation>Revisión posterior</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>Summary of the changes</source>
        <translation>Resumen de los cambios</translation>
    </message>
    <message>
        <source>Changes between the two revisions</source>
        <translation>Cambios entre las dos revisiones</translation>
    </message>
    <message>
        <source>&amp;Previous change</source>
        <translation>Cambio &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Next change</source>
        <translation>Cambio &amp;siguiente</translation>
    </message>
    <message>
        <source>Open an article to compare its revisions.</source>
        <translation>Abra un artículo para comparar sus revisiones.</translation>
    </message>
    <message>
        <source>(newest)</source>
        <translation>(la más reciente)</translation>
    </message>
    <message>
        <source>This article has only one revision: nothing to compare.</source>
        <translation>Este artículo solo tiene una revisión: no hay nada que comparar.</translation>
    </message>
    <message>
        <source>Choose two different revisions.</source>
        <translation>Elija dos revisiones distintas.</translation>
    </message>
    <message>
        <source>(the older revision is on the right: read insertions as removals)</source>
        <translation>(la revisión anterior está a la derecha: lea las inserciones como supresiones)</translation>
    </message>
    <message>
        <source>Compare revisions — {title}</source>
        <translation>Comparar revisiones — {title}</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Revision {n} is missing from the library.</source>
        <translation>Falta la revisión {n} en la biblioteca.</translation>
    </message>
    <message>
        <source>Related articles from the site</source>
        <translation>Artículos relacionados del sitio</translation>
    </message>
    <message>
        <source>Related articles found in the library</source>
        <translation>Artículos relacionados encontrados en la biblioteca</translation>
    </message>
    <message>
        <source>&lt;b&gt;You might also like&lt;/b&gt; (from the site)</source>
        <translation>&lt;b&gt;También le puede interesar&lt;/b&gt; (del sitio)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Related in your library&lt;/b&gt;</source>
        <translation>&lt;b&gt;Relacionados en su biblioteca&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Related articles</source>
        <translation>Artículos relacionados</translation>
    </message>
    <message>
        <source>The site lists no related articles.</source>
        <translation>El sitio no indica artículos relacionados.</translation>
    </message>
    <message>
        <source>Working out related articles…</source>
        <translation>Buscando artículos relacionados…</translation>
    </message>
    <message>
        <source>No related articles found in the library.</source>
        <translation>No se encontraron artículos relacionados en la biblioteca.</translation>
    </message>
    <message>
        <source>not synced — click to fetch it</source>
        <translation>no sincronizado — haga clic para obtenerlo</translation>
    </message>
    <message>
        <source>Fetching “{title}”…</source>
        <translation>Obteniendo «{title}»…</translation>
    </message>
    <message>
        <source>fetching…</source>
        <translation>obteniendo…</translation>
    </message>
    <message>
        <source>Shown in {lang}: not held in this language</source>
        <translation>Mostrado en {lang}: no disponible en este idioma</translation>
    </message>
    <message>
        <source>Could not fetch “{title}”: {error}</source>
        <translation>No se pudo obtener «{title}»: {error}</translation>
    </message>
    <message>
        <source>Fetched “{title}”.</source>
        <translation>Se obtuvo «{title}».</translation>
    </message>
    <message>
        <source>Library sections</source>
        <translation>Secciones de la biblioteca</translation>
    </message>
    <message>
        <source>Recently read</source>
        <translation>Leídos recientemente</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Marcadores</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Colecciones</translation>
    </message>
    <message>
        <source>Laws and cases</source>
        <translation>Leyes y casos</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>ejemplo</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>En paralelo</translation>
    </message>
    <message>
        <source>Left column language</source>
        <translation>Idioma de la columna izquierda</translation>
    </message>
    <message>
        <source>Right column language</source>
        <translation>Idioma de la columna derecha</translation>
    </message>
    <message>
        <source>Paragraphs are paired by the article's structure.</source>
        <translation>Los párrafos se emparejan según la estructura del artículo.</translation>
    </message>
    <message>
        <source>Open an article first.</source>
        <translation>Abra primero un artículo.</translation>
    </message>
    <message>
        <source>The library holds this article in one language only.</source>
        <translation>La biblioteca tiene este artículo en un solo idioma.</translation>
    </message>
    <message>
        <source>Left:</source>
        <translation>Izquierda:</translation>
    </message>
    <message>
        <source>Right:</source>
        <translation>Derecha:</translation>
    </message>
    <message>
        <source>Syncing the {language} translation…</source>
        <translation>Sincronizando la traducción ({language})…</translation>
    </message>
    <message>
        <source>The {language} translation was not fetched: {reason}</source>
        <translation>No se obtuvo la traducción ({language}): {reason}</translation>
    </message>
    <message>
        <source>The {language} translation is now in the library.</source>
        <translation>La traducción ({language}) ya está en la biblioteca.</translation>
    </message>
    <message>
        <source>Offline: the source cannot be reached, so the {language} translation was not fetched. Everything in the library is still available.</source>
        <translation>Sin conexión: no se puede acceder a la fuente, por lo que no se obtuvo la traducción ({language}). Todo lo que hay en la biblioteca sigue disponible.</translation>
    </message>
    <message>
        <source>Undo note edit</source>
        <translation type="vanished">Deshacer edición de la nota</translation>
    </message>
    <message>
        <source>Undo colour change</source>
        <translation type="vanished">Deshacer cambio de color</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation type="vanished">Deshacer eliminación</translation>
    </message>
    <message>
        <source>Undo highlight</source>
        <translation type="vanished">Deshacer resaltado</translation>
    </message>
    <message>
        <source>1 article</source>
        <translation type="vanished">1 artículo</translation>
    </message>
    <message>
        <source>{n} articles</source>
        <translation type="vanished">{n} artículos</translation>
    </message>
    <message>
        <source>Added {what} to “{name}”.</source>
        <translation type="vanished">Se añadió {what} a «{name}».</translation>
    </message>
    <message>
        <source>Delete the collection “{name}”?

Its {what} stay in the library; only the collection, its description and its order are removed.</source>
        <translation type="vanished">¿Eliminar la colección «{name}»?

Sus {what} permanecen en la biblioteca; solo se eliminan la colección, su descripción y su orden.</translation>
    </message>
    <message>
        <source>Add {what} to:</source>
        <translation type="vanished">Añadir {what} a:</translation>
    </message>
    <message>
        <source>Removed {what} from “{name}”; they stay in the library.</source>
        <translation type="vanished">Se quitó {what} de «{name}»; permanecen en la biblioteca.</translation>
    </message>
    <message>
        <source>{n} already in it.</source>
        <translation type="vanished">{n} ya estaban en ella.</translation>
    </message>
    <message>
        <source>1 insertion</source>
        <translation type="vanished">1 inserción</translation>
    </message>
    <message>
        <source>1 deletion</source>
        <translation type="vanished">1 supresión</translation>
    </message>
    <message>
        <source>1 paragraph changed</source>
        <translation type="vanished">1 párrafo modificado</translation>
    </message>
    <message>
        <source>{n} insertions</source>
        <translation type="vanished">{n} inserciones</translation>
    </message>
    <message>
        <source>{n} deletions</source>
        <translation type="vanished">{n} supresiones</translation>
    </message>
    <message>
        <source>{n} paragraphs changed</source>
        <translation type="vanished">{n} párrafos modificados</translation>
    </message>
</context>
</TS>
