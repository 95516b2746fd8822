<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>reader</name>
    <message>
        <source>No automatic backup of {path}: the disk has less than {mb} MB free. Free some space, or move the library (File → Move library…).</source>
        <translation>Keine automatische Sicherung von {path}: Auf dem Datenträger sind weniger als {mb} MB frei. Schaffen Sie Platz oder verschieben Sie die Bibliothek (Datei → Bibliothek verschieben…).</translation>
    </message>
    <message>
        <source>The library {db} is already open in another window of {app}. Switch to that window, or close it first.</source>
        <translation>Die Bibliothek {db} ist bereits in einem anderen Fenster von {app} geöffnet. Wechseln Sie zu diesem Fenster oder schließen Sie es zuerst.</translation>
    </message>
    <message>
        <source>The library {db} was not found (was it moved, or is its drive not connected?). Create a new, empty library there?</source>
        <translation>Die Bibliothek {db} wurde nicht gefunden (wurde sie verschoben oder ist ihr Laufwerk nicht verbunden?). Dort eine neue, leere Bibliothek anlegen?</translation>
    </message>
    <message>
        <source>Image not available offline</source>
        <translation>Bild offline nicht verfügbar</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Sample content written for this app</source>
        <translation>Beispielinhalt, für diese App geschrieben</translation>
    </message>
    <message>
        <source>It is not an article of the source site: its contributors are fictional, and its statements of law should be checked against the primary sources before they are relied on.</source>
        <translation>Dies ist kein Artikel der Quellwebsite: Die Autoren sind fiktiv, und die rechtlichen Aussagen sollten anhand der Primärquellen geprüft werden, bevor man sich auf sie stützt.</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>Contributors</source>
        <translation>Autoren</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Redaktion</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Retrieved on</source>
        <translation>Abgerufen am</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Fassung</translation>
    </message>
    <message>
        <source>Removed from the source on</source>
        <translation>Von der Quelle entfernt am</translation>
    </message>
    <message>
        <source>No English paragraph is aligned with this one.</source>
        <translation>Diesem Absatz ist kein englischer Absatz zugeordnet.</translation>
    </message>
    <message>
        <source>{title} — side by side</source>
        <translation>{title} — nebeneinander</translation>
    </message>
    <message>
        <source>The machine translation damaged {spots} numbers or dates in {blocks} paragraphs (XNUMX stands for lost digits). Point at a marked spot, or click it, to read the English paragraph with the real numbers.</source>
        <translation>Die maschinelle Übersetzung hat {spots} Zahlen oder Daten in {blocks} Absätzen beschädigt (XNUMX steht für verlorene Ziffern). Zeigen Sie auf eine markierte Stelle oder klicken Sie darauf, um den englischen Absatz mit den richtigen Zahlen zu lesen.</translation>
    </message>
    <message>
        <source>Numbers in the English original:</source>
        <translation>Zahlen im englischen Original:</translation>
    </message>
    <message>
        <source>Dates in the English original:</source>
        <translation>Daten im englischen Original:</translation>
    </message>
    <message>
        <source>English:</source>
        <translation>Englisch:</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>An offline reader for legal news about China.</source>
        <translation>Ein Offline-Reader für Rechtsnachrichten über China.</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>is free software under the MIT licence.</source>
        <translation>ist freie Software unter der MIT-Lizenz.</translation>
    </message>
    <message>
        <source>Built with</source>
        <translation>Erstellt mit</translation>
    </message>
    <message>
        <source>and Qt for Python (PySide6)</source>
        <translation>und Qt for Python (PySide6)</translation>
    </message>
    <message>
        <source>Qt WebEngine contains Chromium, under BSD-style and other open-source licences.</source>
        <translation>Qt WebEngine enthält Chromium, unter BSD-artigen und anderen Open-Source-Lizenzen.</translation>
    </message>
    <message>
        <source>You may replace the Qt libraries in the program's folder with your own build.</source>
        <translation>Sie dürfen die Qt-Bibliotheken im Programmordner durch eine eigene Version ersetzen.</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Fonts</source>
        <translation>Schriften</translation>
    </message>
    <message>
        <source>The fonts are the system's; they are not part of the program.</source>
        <translation>Die Schriften sind die des Systems; sie gehören nicht zum Programm.</translation>
    </message>
    <message>
        <source>Portable mode: settings and library in {folder}</source>
        <translation>Portabler Modus: Einstellungen und Bibliothek in {folder}</translation>
    </message>
    <message>
        <source>Settings: {file}</source>
        <translation>Einstellungen: {file}</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Über {app}</translation>
    </message>
    <message>
        <source>Undo note change</source>
        <translation>Notizänderung rückgängig machen</translation>
    </message>
    <message>
        <source>Export notes…</source>
        <translation>Notizen exportieren…</translation>
    </message>
    <message>
        <source>Import notes…</source>
        <translation>Notizen importieren…</translation>
    </message>
    <message>
        <source>Highlight selection</source>
        <translation>Auswahl markieren</translation>
    </message>
    <message>
        <source>Highlight with note…</source>
        <translation>Markieren mit Notiz…</translation>
    </message>
    <message>
        <source>Notebook…</source>
        <translation>Notizbuch…</translation>
    </message>
    <message>
        <source>Export notes</source>
        <translation>Notizen exportieren</translation>
    </message>
    <message>
        <source>Notes of</source>
        <translation>Notizen von</translation>
    </message>
    <message>
        <source>Markdown (to read, print or paste)</source>
        <translation>Markdown (zum Lesen, Drucken oder Einfügen)</translation>
    </message>
    <message>
        <source>W3C Web Annotation JSON-LD (to import again)</source>
        <translation>W3C Web Annotation JSON-LD (zum erneuten Import)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Import notes</source>
        <translation>Notizen importieren</translation>
    </message>
    <message>
        <source>Web Annotation JSON-LD (*.jsonld *.json);;All files (*)</source>
        <translation>Web Annotation JSON-LD (*.jsonld *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <source>All notes in the library</source>
        <translation>Alle Notizen der Bibliothek</translation>
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
        <translation>Markieren Sie zuerst Text im Artikel.</translation>
    </message>
    <message>
        <source>Select the passage this note belongs to, then re-attach.</source>
        <translation>Markieren Sie die Textstelle, zu der diese Notiz gehört, und ordnen Sie sie dann neu zu.</translation>
    </message>
    <message>
        <source>This article</source>
        <translation>Dieser Artikel</translation>
    </message>
    <message>
        <source>The collection “{name}”</source>
        <translation>Die Sammlung „{name}“</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln note(s) to {path}.</source>
        <translation>
            <numerusform>%Ln Notiz nach {path} exportiert.</numerusform>
            <numerusform>%Ln Notizen nach {path} exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write {path}: {error}.</source>
        <translation>{path} kann nicht geschrieben werden: {error}.</translation>
    </message>
    <message>
        <source>moved: the text changed around it</source>
        <translation>verschoben: Der Text um sie herum hat sich geändert</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Your note, in Markdown: **bold**, *italic*, lists, links</source>
        <translation>Ihre Notiz in Markdown: **fett**, *kursiv*, Listen, Links</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Notiztext</translation>
    </message>
    <message>
        <source>Note preview</source>
        <translation>Notizvorschau</translation>
    </message>
    <message>
        <source>comma-separated, e.g. reciprocity, service</source>
        <translation>kommagetrennt, z. B. Gegenseitigkeit, Zustellung</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Highlights and notes</source>
        <translation>Markierungen und Notizen</translation>
    </message>
    <message>
        <source>No highlights yet. Select text in the article and choose Highlight (right-click, or Ctrl+Shift+H).</source>
        <translation>Noch keine Markierungen. Markieren Sie Text im Artikel und wählen Sie „Markieren“ (Rechtsklick oder Strg+Umschalt+H).</translation>
    </message>
    <message>
        <source>Edit note…</source>
        <translation>Notiz bearbeiten…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Re-attach to selection</source>
        <translation>Der Auswahl neu zuordnen</translation>
    </message>
    <message>
        <source>Select the passage in the article where this note belongs, then click here</source>
        <translation>Markieren Sie im Artikel die Stelle, zu der diese Notiz gehört, und klicken Sie dann hier</translation>
    </message>
    <message>
        <source>not found in the current version (last found in revision {n})</source>
        <translation>in der aktuellen Fassung nicht gefunden (zuletzt gefunden in Fassung {n})</translation>
    </message>
    <message>
        <source>Note edit undone</source>
        <translation>Notizänderung rückgängig gemacht</translation>
    </message>
    <message>
        <source>Colour change undone</source>
        <translation>Farbänderung rückgängig gemacht</translation>
    </message>
    <message>
        <source>Note restored</source>
        <translation>Notiz wiederhergestellt</translation>
    </message>
    <message>
        <source>Highlight removed</source>
        <translation>Markierung entfernt</translation>
    </message>
    <message>
        <source>made on revision {n}</source>
        <translation>angelegt in Fassung {n}</translation>
    </message>
    <message>
        <source>tags: {t}</source>
        <translation>Schlagwörter: {t}</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>Damaged translation (numbers or dates lost): {languages}</source>
        <translation>Beschädigte Übersetzung (Zahlen oder Daten verloren): {languages}</translation>
    </message>
    <message>
        <source>Bookmarked</source>
        <translation>Mit Lesezeichen</translation>
    </message>
    <message>
        <source>Has notes</source>
        <translation>Hat Notizen</translation>
    </message>
    <message>
        <source>Updated since you annotated or bookmarked it</source>
        <translation>Aktualisiert, seit Sie ihn kommentiert oder mit einem Lesezeichen versehen haben</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Von Hand erstellt</translation>
    </message>
    <message>
        <source>Replaced by a restore</source>
        <translation>Durch eine Wiederherstellung ersetzt</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopie</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Noch keine Sicherungen.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Wiederherstellen…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation>Ordner anzeigen</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> Stunden</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Back up automatically every</source>
        <translation>Automatisch sichern alle</translation>
    </message>
    <message>
        <source>Automatic backups to keep</source>
        <translation>Aufzubewahrende automatische Sicherungen</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Sicherung läuft…</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Delete a backup</source>
        <translation>Sicherung löschen</translation>
    </message>
    <message>
        <source>Before an upgrade (from schema {v})</source>
        <translation>Vor einem Upgrade (von Schema {v})</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Backups of {library}. Restoring one replaces the library; the current file is kept in the backups folder first, so a restore can be undone.</source>
        <translation>Sicherungen von {library}. Eine Wiederherstellung ersetzt die Bibliothek; die aktuelle Datei wird vorher im Sicherungsordner abgelegt, sodass sich eine Wiederherstellung rückgängig machen lässt.</translation>
    </message>
    <message>
        <source>No backup was made: {e}</source>
        <translation>Es wurde keine Sicherung erstellt: {e}</translation>
    </message>
    <message>
        <source>Replace the library with the backup of {when}?

Everything changed since then is replaced. The current library is kept in the backups folder first, so you can restore it again.</source>
        <translation>Die Bibliothek durch die Sicherung vom {when} ersetzen?

Alles, was seitdem geändert wurde, wird ersetzt. Die aktuelle Bibliothek wird vorher im Sicherungsordner abgelegt, sodass Sie sie wiederherstellen können.</translation>
    </message>
    <message>
        <source>Delete the backup of {when} ({kind}, {size})? This cannot be undone.</source>
        <translation>Die Sicherung vom {when} ({kind}, {size}) löschen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Not deleted: {e}</source>
        <translation>Nicht gelöscht: {e}</translation>
    </message>
    <message>
        <source>Laws</source>
        <translation>Gesetze</translation>
    </message>
    <message>
        <source>Judicial interpretations and rules</source>
        <translation>Justizielle Interpretationen und Bestimmungen</translation>
    </message>
    <message>
        <source>Regulations</source>
        <translation>Verordnungen</translation>
    </message>
    <message>
        <source>Treaties</source>
        <translation>Staatsverträge</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>Other documents</source>
        <translation>Sonstige Dokumente</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) cite {name}</source>
        <translation>
            <numerusform>%Ln Artikel zitiert {name}</numerusform>
            <numerusform>%Ln Artikel zitieren {name}</numerusform>
        </translation>
    </message>
    <message>
        <source>Add to collection</source>
        <translation>Zur Sammlung hinzufügen</translation>
    </message>
    <message>
        <source>An &amp;existing collection</source>
        <translation>Eine &amp;bestehende Sammlung</translation>
    </message>
    <message>
        <source>Existing collection</source>
        <translation>Bestehende Sammlung</translation>
    </message>
    <message>
        <source>A &amp;new collection</source>
        <translation>Eine &amp;neue Sammlung</translation>
    </message>
    <message>
        <source>Name of the new collection</source>
        <translation>Name der neuen Sammlung</translation>
    </message>
    <message>
        <source>e.g. the matter or client</source>
        <translation>z. B. das Mandat oder der Mandant</translation>
    </message>
    <message>
        <source>Description of the new collection</source>
        <translation>Beschreibung der neuen Sammlung</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>A collection needs a name.</source>
        <translation>Eine Sammlung braucht einen Namen.</translation>
    </message>
    <message>
        <source>Add to collection…</source>
        <translation>Zur Sammlung hinzufügen…</translation>
    </message>
    <message>
        <source>Remove from collection</source>
        <translation>Aus der Sammlung entfernen</translation>
    </message>
    <message>
        <source>Move up in collection</source>
        <translation>In der Sammlung nach oben</translation>
    </message>
    <message>
        <source>Move down in collection</source>
        <translation>In der Sammlung nach unten</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>Neue Sammlung</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Im Browser öffnen</translation>
    </message>
    <message>
        <source>New collection…</source>
        <translation>Neue Sammlung…</translation>
    </message>
    <message>
        <source>Edit name and description…</source>
        <translation>Name und Beschreibung bearbeiten…</translation>
    </message>
    <message>
        <source>Delete collection…</source>
        <translation>Sammlung löschen…</translation>
    </message>
    <message numerus="yes">
        <source>Add %Ln article(s) to:</source>
        <translation>
            <numerusform>%Ln Artikel hinzufügen zu:</numerusform>
            <numerusform>%Ln Artikel hinzufügen zu:</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit collection</source>
        <translation>Sammlung bearbeiten</translation>
    </message>
    <message>
        <source>Remove bookmark</source>
        <translation>Lesezeichen entfernen</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>Lesezeichen</translation>
    </message>
    <message>
        <source>A collection named “{name}” already exists.</source>
        <translation>Eine Sammlung namens „{name}“ gibt es bereits.</translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln article(s) to “{name}”.</source>
        <translation>
            <numerusform>%Ln Artikel zu „{name}“ hinzugefügt.</numerusform>
            <numerusform>%Ln Artikel zu „{name}“ hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already in it.</source>
        <translation>
            <numerusform>%Ln war bereits darin.</numerusform>
            <numerusform>%Ln waren bereits darin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the collection “{name}”?

Its %Ln article(s) stay in the library; only the collection, its description and its order are removed.</source>
        <translation>
            <numerusform>Die Sammlung „{name}“ löschen?

Ihr %Ln Artikel bleibt in der Bibliothek; nur die Sammlung, ihre Beschreibung und ihre Reihenfolge werden entfernt.</numerusform>
            <numerusform>Die Sammlung „{name}“ löschen?

Ihre %Ln Artikel bleiben in der Bibliothek; nur die Sammlung, ihre Beschreibung und ihre Reihenfolge werden entfernt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %Ln article(s) from “{name}”; they stay in the library.</source>
        <translation>
            <numerusform>%Ln Artikel aus „{name}“ entfernt; er bleibt in der Bibliothek.</numerusform>
            <numerusform>%Ln Artikel aus „{name}“ entfernt; sie bleiben in der Bibliothek.</numerusform>
        </translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>Alle Artikel</translation>
    </message>
    <message>
        <source>Deleted the collection “{name}”.</source>
        <translation>Die Sammlung „{name}“ wurde gelöscht.</translation>
    </message>
    <message>
        <source>China Justice Observer</source>
        <translation>China Justice Observer</translation>
    </message>
    <message>
        <source>RSS or Atom feed</source>
        <translation>RSS- oder Atom-Feed</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Translations at</source>
        <translation>Übersetzungen unter</translation>
    </message>
    <message>
        <source>Pause between requests (s)</source>
        <translation>Pause zwischen Anfragen (s)</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Remove source</source>
        <translation>Quelle entfernen</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source> min (0 = manual)</source>
        <translation> Min. (0 = manuell)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Content languages (in order)</source>
        <translation>Inhaltssprachen (in Reihenfolge)</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>Schriftgröße</translation>
    </message>
    <message>
        <source>Sync automatically every</source>
        <translation>Automatisch synchronisieren alle</translation>
    </message>
    <message>
        <source>Library file (applies at next start)</source>
        <translation>Bibliotheksdatei (gilt ab dem nächsten Start)</translation>
    </message>
    <message>
        <source>Paper size for PDF</source>
        <translation>Papierformat für PDF</translation>
    </message>
    <message>
        <source>Library file</source>
        <translation>Bibliotheksdatei</translation>
    </message>
    <message>
        <source>Libraries (*.sqlite)</source>
        <translation>Bibliotheken (*.sqlite)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Sync failures</source>
        <translation>Synchronisierungsfehler</translation>
    </message>
    <message>
        <source>The address must start with http:// or https://.</source>
        <translation>Die Adresse muss mit http:// oder https:// beginnen.</translation>
    </message>
    <message>
        <source>The address needs a valid host name, as in https://example.org/feed/.</source>
        <translation>Die Adresse braucht einen gültigen Hostnamen, wie in https://example.org/feed/.</translation>
    </message>
    <message>
        <source>The translations address must contain {lang}.</source>
        <translation>Die Adresse der Übersetzungen muss {lang} enthalten.</translation>
    </message>
    <message>
        <source>Open the selected article</source>
        <translation>Den ausgewählten Artikel öffnen</translation>
    </message>
    <message>
        <source>Move in the list</source>
        <translation>In der Liste bewegen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Remove {name} and its articles from the library? Bookmarks, collections and notes are kept and come back if you add the source again.</source>
        <translation>{name} und seine Artikel aus der Bibliothek entfernen? Lesezeichen, Sammlungen und Notizen bleiben erhalten und kehren zurück, wenn Sie die Quelle erneut hinzufügen.</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Druckvorschau</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Als PDF exportieren</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Number paragraphs for pinpoint citation</source>
        <translation>Absätze für die genaue Zitierung nummerieren</translation>
    </message>
    <message>
        <source>Include highlights and notes</source>
        <translation>Markierungen und Notizen einschließen</translation>
    </message>
    <message>
        <source>Preparing the binder…</source>
        <translation>Sammelband wird vorbereitet…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln selected article(s)</source>
        <translation>
            <numerusform>Der %Ln ausgewählte Artikel</numerusform>
            <numerusform>Die %Ln ausgewählten Artikel</numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Annotations are not available in this version.</source>
        <translation>Anmerkungen sind in dieser Version nicht verfügbar.</translation>
    </message>
    <message>
        <source>Choose an article, select articles or open a collection.</source>
        <translation>Wählen Sie einen Artikel, markieren Sie Artikel oder öffnen Sie eine Sammlung.</translation>
    </message>
    <message>
        <source>Selected articles</source>
        <translation>Ausgewählte Artikel</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln page(s) to {path}</source>
        <translation>
            <numerusform>%Ln Seite nach {path} exportiert</numerusform>
            <numerusform>%Ln Seiten nach {path} exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Printed {done} of {total}: {title}</source>
        <translation>{done} von {total} gedruckt: {title}</translation>
    </message>
    <message>
        <source>{name} already exists. Replace it?</source>
        <translation>{name} existiert bereits. Ersetzen?</translation>
    </message>
    <message>
        <source>Export as PDF…</source>
        <translation>Als PDF exportieren…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Gelb</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blau</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Rosa</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Lila</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Sepia</source>
        <translation>Sepia</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Sprache der Oberfläche</translation>
    </message>
    <message>
        <source>Wait for the sync to finish, or cancel it, then choose the language again.</source>
        <translation>Warten Sie, bis die Synchronisierung fertig ist, oder brechen Sie sie ab, und wählen Sie die Sprache dann erneut.</translation>
    </message>
    <message>
        <source>The interface language changes the next time the app starts.</source>
        <translation>Die Sprache der Oberfläche ändert sich beim nächsten Start der App.</translation>
    </message>
    <message>
        <source>cites {what}</source>
        <translation>zitiert {what}</translation>
    </message>
    <message>
        <source>same topic: {name}</source>
        <translation>gleiches Thema: {name}</translation>
    </message>
    <message>
        <source>same category: {name}</source>
        <translation>gleiche Kategorie: {name}</translation>
    </message>
    <message>
        <source>published around the same time</source>
        <translation>um dieselbe Zeit veröffentlicht</translation>
    </message>
    <message>
        <source>similar wording: {words}</source>
        <translation>ähnlicher Wortlaut: {words}</translation>
    </message>
    <message>
        <source>Side by side…</source>
        <translation>Nebeneinander…</translation>
    </message>
    <message>
        <source>Read two languages of this article in two columns</source>
        <translation>Zwei Sprachen dieses Artikels in zwei Spalten lesen</translation>
    </message>
    <message>
        <source>Languages of this article</source>
        <translation>Sprachen dieses Artikels</translation>
    </message>
    <message>
        <source>Not synced yet:</source>
        <translation>Noch nicht synchronisiert:</translation>
    </message>
    <message>
        <source>Not in the library yet. Click to sync this language ({code}).</source>
        <translation>Noch nicht in der Bibliothek. Klicken, um diese Sprache zu synchronisieren ({code}).</translation>
    </message>
    <message>
        <source>Sync this language: {name}</source>
        <translation>Diese Sprache synchronisieren: {name}</translation>
    </message>
    <message>
        <source>{code}: the machine translation lost {spots} numbers or dates; they are marked in the text</source>
        <translation>{code}: Die maschinelle Übersetzung hat {spots} Zahlen oder Daten verloren; sie sind im Text markiert</translation>
    </message>
    <message>
        <source>{name} (syncing…)</source>
        <translation>{name} (wird synchronisiert…)</translation>
    </message>
    <message>
        <source>No library is open.</source>
        <translation>Es ist keine Bibliothek geöffnet.</translation>
    </message>
    <message>
        <source>That is where the library is already.</source>
        <translation>Dort befindet sich die Bibliothek bereits.</translation>
    </message>
    <message>
        <source>Open library…</source>
        <translation>Bibliothek öffnen…</translation>
    </message>
    <message>
        <source>Move library…</source>
        <translation>Bibliothek verschieben…</translation>
    </message>
    <message>
        <source>Backups…</source>
        <translation>Sicherungen…</translation>
    </message>
    <message>
        <source>Open library</source>
        <translation>Bibliothek öffnen</translation>
    </message>
    <message>
        <source>Move library to</source>
        <translation>Bibliothek verschieben nach</translation>
    </message>
    <message>
        <source>This window cannot switch libraries.</source>
        <translation>Dieses Fenster kann die Bibliothek nicht wechseln.</translation>
    </message>
    <message>
        <source>Wait for the sync to finish, or cancel it, then move.</source>
        <translation>Warten Sie, bis die Synchronisierung fertig ist, oder brechen Sie sie ab, und verschieben Sie dann.</translation>
    </message>
    <message>
        <source>{dest} exists already; choose a new file name.</source>
        <translation>{dest} existiert bereits; wählen Sie einen neuen Dateinamen.</translation>
    </message>
    <message>
        <source>Copying the library to {dest}…</source>
        <translation>Die Bibliothek wird nach {dest} kopiert…</translation>
    </message>
    <message>
        <source>A sync started; move again after it.</source>
        <translation>Eine Synchronisierung hat begonnen; verschieben Sie danach erneut.</translation>
    </message>
    <message>
        <source>The library moved to {dest}, but the old file could not be removed: {e}</source>
        <translation>Die Bibliothek wurde nach {dest} verschoben, aber die alte Datei konnte nicht entfernt werden: {e}</translation>
    </message>
    <message>
        <source>The library is now at {dest}.</source>
        <translation>Die Bibliothek befindet sich jetzt unter {dest}.</translation>
    </message>
    <message>
        <source>The library was restored from {name}.</source>
        <translation>Die Bibliothek wurde aus {name} wiederhergestellt.</translation>
    </message>
    <message>
        <source>Cannot create the folder {folder}: {error}</source>
        <translation>Der Ordner {folder} kann nicht angelegt werden: {error}</translation>
    </message>
    <message>
        <source>Light theme</source>
        <translation>Helles Design</translation>
    </message>
    <message>
        <source>Dark theme</source>
        <translation>Dunkles Design</translation>
    </message>
    <message>
        <source>Sepia theme</source>
        <translation>Sepia-Design</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Cancel sync</source>
        <translation>Synchronisierung abbrechen</translation>
    </message>
    <message>
        <source>Sync failures…</source>
        <translation>Synchronisierungsfehler…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Search (find)</source>
        <translation>Suchen (Finden)</translation>
    </message>
    <message>
        <source>Focus list</source>
        <translation>Liste fokussieren</translation>
    </message>
    <message>
        <source>Page down in article</source>
        <translation>Im Artikel eine Seite nach unten</translation>
    </message>
    <message>
        <source>Page up in article</source>
        <translation>Im Artikel eine Seite nach oben</translation>
    </message>
    <message>
        <source>Your library is empty. Open the sample library to look around, or add a source and sync.</source>
        <translation>Ihre Bibliothek ist leer. Öffnen Sie die Beispielbibliothek, um sich umzusehen, oder fügen Sie eine Quelle hinzu und synchronisieren Sie.</translation>
    </message>
    <message>
        <source>Open the sample library</source>
        <translation>Beispielbibliothek öffnen</translation>
    </message>
    <message>
        <source>Add a source…</source>
        <translation>Quelle hinzufügen…</translation>
    </message>
    <message>
        <source>Search all articles (Ctrl+K)</source>
        <translation>Alle Artikel durchsuchen (Strg+K)</translation>
    </message>
    <message>
        <source>Search in language</source>
        <translation>Suchen in Sprache</translation>
    </message>
    <message>
        <source>Search in one language, or in all</source>
        <translation>In einer Sprache oder in allen suchen</translation>
    </message>
    <message>
        <source>Filter titles</source>
        <translation>Titel filtern</translation>
    </message>
    <message>
        <source>Filter the list by title</source>
        <translation>Die Liste nach Titel filtern</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Verwandt</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Sources…</source>
        <translation>Quellen…</translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Originalgröße</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>A&amp;rtikel</translation>
    </message>
    <message>
        <source>Next article</source>
        <translation>Nächster Artikel</translation>
    </message>
    <message>
        <source>Previous article</source>
        <translation>Vorheriger Artikel</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Über</translation>
    </message>
    <message>
        <source>Opening the library…</source>
        <translation>Bibliothek wird geöffnet…</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Alle Sprachen</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Ungelesen</translation>
    </message>
    <message>
        <source>Importing the sample library…</source>
        <translation>Beispielbibliothek wird importiert…</translation>
    </message>
    <message>
        <source>The sample library is ready.</source>
        <translation>Die Beispielbibliothek ist bereit.</translation>
    </message>
    <message>
        <source>Sync cancelled</source>
        <translation>Synchronisierung abgebrochen</translation>
    </message>
    <message>
        <source>Sync finished</source>
        <translation>Synchronisierung abgeschlossen</translation>
    </message>
    <message>
        <source>This article was updated since you annotated or bookmarked it. Highlights were placed again; see the Notes tab for any not found. &lt;a href="compare"&gt;Compare revisions…&lt;/a&gt;</source>
        <translation>Dieser Artikel wurde aktualisiert, seit Sie ihn kommentiert oder mit einem Lesezeichen versehen haben. Die Markierungen wurden neu gesetzt; nicht gefundene stehen im Reiter Notizen. &lt;a href="compare"&gt;Fassungen vergleichen…&lt;/a&gt;</translation>
    </message>
    <message>
        <source>No sources to sync yet: add one under File › Sources…</source>
        <translation>Noch keine Quellen zum Synchronisieren: Fügen Sie eine unter Datei › Quellen… hinzu</translation>
    </message>
    <message>
        <source>Offline: the sources cannot be reached. Everything in the library is available.</source>
        <translation>Offline: Die Quellen sind nicht erreichbar. Alles in der Bibliothek ist verfügbar.</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Noch nicht synchronisiert</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln Artikel</numerusform>
            <numerusform>%Ln Artikel</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing: {new} new, {updated} updated, {failed} failed — {current}</source>
        <translation>Synchronisierung: {new} neu, {updated} aktualisiert, {failed} fehlgeschlagen — {current}</translation>
    </message>
    <message>
        <source>{word}: {new} new, {updated} updated, {failed} failed.</source>
        <translation>{word}: {new} neu, {updated} aktualisiert, {failed} fehlgeschlagen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Search&lt;/b&gt; “{q}” in {where} — {n}</source>
        <translation>&lt;b&gt;Suche&lt;/b&gt; „{q}“ in {where} — {n}</translation>
    </message>
    <message>
        <source>Last synced {when}</source>
        <translation>Zuletzt synchronisiert {when}</translation>
    </message>
    <message>
        <source>Notebook</source>
        <translation>Notizbuch</translation>
    </message>
    <message>
        <source>Search quotes, notes and tags</source>
        <translation>Zitate, Notizen und Schlagwörter durchsuchen</translation>
    </message>
    <message>
        <source>Search annotations</source>
        <translation>Anmerkungen durchsuchen</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Anmerkungen</translation>
    </message>
    <message>
        <source>All collections</source>
        <translation>Alle Sammlungen</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle Schlagwörter</translation>
    </message>
    <message>
        <source>All colours</source>
        <translation>Alle Farben</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Jeder Zustand</translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s)</source>
        <translation>
            <numerusform>%Ln Anmerkung</numerusform>
            <numerusform>%Ln Anmerkungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Sammlung</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Lang.</source>
        <translation>Spr.</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>In place</source>
        <translation>An Ort und Stelle</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Verschoben</translation>
    </message>
    <message>
        <source>Not found (orphaned)</source>
        <translation>Nicht gefunden (verwaist)</translation>
    </message>
    <message>
        <source>Bookmark article</source>
        <translation>Lesezeichen setzen</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Markieren</translation>
    </message>
    <message>
        <source>No differences in the text.</source>
        <translation>Keine Unterschiede im Text.</translation>
    </message>
    <message>
        <source>Compare revisions…</source>
        <translation>Fassungen vergleichen…</translation>
    </message>
    <message>
        <source>{insertions}, {deletions} ({paragraphs})</source>
        <translation>{insertions}, {deletions} ({paragraphs})</translation>
    </message>
    <message numerus="yes">
        <source>%Ln insertion(s)</source>
        <translation>
            <numerusform>%Ln Einfügung</numerusform>
            <numerusform>%Ln Einfügungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deletion(s)</source>
        <translation>
            <numerusform>%Ln Streichung</numerusform>
            <numerusform>%Ln Streichungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln paragraph(s) changed</source>
        <translation>
            <numerusform>%Ln Absatz geändert</numerusform>
            <numerusform>%Ln Absätze geändert</numerusform>
        </translation>
    </message>
    <message>
        <source>Revision {n} — fetched {when}</source>
        <translation>Fassung {n} — abgerufen am {when}</translation>
    </message>
    <message>
        <source>Older revision</source>
        <translation>Ältere Fassung</translation>
    </message>
    <message>
        <source>Newer revision</source>
        <translation>Neuere Fassung</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>Summary of the changes</source>
        <translation>Zusammenfassung der Änderungen</translation>
    </message>
    <message>
        <source>Changes between the two revisions</source>
        <translation>Änderungen zwischen den beiden Fassungen</translation>
    </message>
    <message>
        <source>&amp;Previous change</source>
        <translation>Vor&amp;herige Änderung</translation>
    </message>
    <message>
        <source>&amp;Next change</source>
        <translation>&amp;Nächste Änderung</translation>
    </message>
    <message>
        <source>Open an article to compare its revisions.</source>
        <translation>Öffnen Sie einen Artikel, um seine Fassungen zu vergleichen.</translation>
    </message>
    <message>
        <source>(newest)</source>
        <translation>(neueste)</translation>
    </message>
    <message>
        <source>This article has only one revision: nothing to compare.</source>
        <translation>Dieser Artikel hat nur eine Fassung: Es gibt nichts zu vergleichen.</translation>
    </message>
    <message>
        <source>Choose two different revisions.</source>
        <translation>Wählen Sie zwei verschiedene Fassungen.</translation>
    </message>
    <message>
        <source>(the older revision is on the right: read insertions as removals)</source>
        <translation>(die ältere Fassung steht rechts: Einfügungen als Streichungen lesen)</translation>
    </message>
    <message>
        <source>Compare revisions — {title}</source>
        <translation>Fassungen vergleichen — {title}</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Revision {n} is missing from the library.</source>
        <translation>Fassung {n} fehlt in der Bibliothek.</translation>
    </message>
    <message>
        <source>Related articles from the site</source>
        <translation>Verwandte Artikel von der Website</translation>
    </message>
    <message>
        <source>Related articles found in the library</source>
        <translation>In der Bibliothek gefundene verwandte Artikel</translation>
    </message>
    <message>
        <source>&lt;b&gt;You might also like&lt;/b&gt; (from the site)</source>
        <translation>&lt;b&gt;Das könnte Sie auch interessieren&lt;/b&gt; (von der Website)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Related in your library&lt;/b&gt;</source>
        <translation>&lt;b&gt;Verwandt in Ihrer Bibliothek&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Related articles</source>
        <translation>Verwandte Artikel</translation>
    </message>
    <message>
        <source>The site lists no related articles.</source>
        <translation>Die Website nennt keine verwandten Artikel.</translation>
    </message>
    <message>
        <source>Working out related articles…</source>
        <translation>Verwandte Artikel werden ermittelt…</translation>
    </message>
    <message>
        <source>No related articles found in the library.</source>
        <translation>Keine verwandten Artikel in der Bibliothek gefunden.</translation>
    </message>
    <message>
        <source>not synced — click to fetch it</source>
        <translation>nicht synchronisiert — zum Abrufen klicken</translation>
    </message>
    <message>
        <source>Fetching “{title}”…</source>
        <translation>„{title}“ wird abgerufen…</translation>
    </message>
    <message>
        <source>fetching…</source>
        <translation>wird abgerufen…</translation>
    </message>
    <message>
        <source>Shown in {lang}: not held in this language</source>
        <translation>Angezeigt auf {lang}: in dieser Sprache nicht vorhanden</translation>
    </message>
    <message>
        <source>Could not fetch “{title}”: {error}</source>
        <translation>„{title}“ konnte nicht abgerufen werden: {error}</translation>
    </message>
    <message>
        <source>Fetched “{title}”.</source>
        <translation>„{title}“ abgerufen.</translation>
    </message>
    <message>
        <source>Library sections</source>
        <translation>Bibliotheksbereiche</translation>
    </message>
    <message>
        <source>Recently read</source>
        <translation>Zuletzt gelesen</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Lesezeichen</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Sammlungen</translation>
    </message>
    <message>
        <source>Laws and cases</source>
        <translation>Gesetze und Fälle</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Nebeneinander</translation>
    </message>
    <message>
        <source>Left column language</source>
        <translation>Sprache der linken Spalte</translation>
    </message>
    <message>
        <source>Right column language</source>
        <translation>Sprache der rechten Spalte</translation>
    </message>
    <message>
        <source>Paragraphs are paired by the article's structure.</source>
        <translation>Die Absätze werden nach der Gliederung des Artikels gepaart.</translation>
    </message>
    <message>
        <source>Open an article first.</source>
        <translation>Öffnen Sie zuerst einen Artikel.</translation>
    </message>
    <message>
        <source>The library holds this article in one language only.</source>
        <translation>Die Bibliothek enthält diesen Artikel nur in einer Sprache.</translation>
    </message>
    <message>
        <source>Left:</source>
        <translation>Links:</translation>
    </message>
    <message>
        <source>Right:</source>
        <translation>Rechts:</translation>
    </message>
    <message>
        <source>Syncing the {language} translation…</source>
        <translation>Die Übersetzung ({language}) wird synchronisiert…</translation>
    </message>
    <message>
        <source>The {language} translation was not fetched: {reason}</source>
        <translation>Die Übersetzung ({language}) wurde nicht abgerufen: {reason}</translation>
    </message>
    <message>
        <source>The {language} translation is now in the library.</source>
        <translation>Die Übersetzung ({language}) ist jetzt in der Bibliothek.</translation>
    </message>
    <message>
        <source>Offline: the source cannot be reached, so the {language} translation was not fetched. Everything in the library is still available.</source>
        <translation>Offline: Die Quelle ist nicht erreichbar, daher wurde die Übersetzung ({language}) nicht abgerufen. Alles in der Bibliothek ist weiterhin verfügbar.</translation>
    </message>
    <message>
        <source>Undo note edit</source>
        <translation type="vanished">Notizänderung rückgängig</translation>
    </message>
    <message>
        <source>Undo colour change</source>
        <translation type="vanished">Farbänderung rückgängig</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation type="vanished">Löschen rückgängig</translation>
    </message>
    <message>
        <source>Undo highlight</source>
        <translation type="vanished">Markierung rückgängig</translation>
    </message>
    <message>
        <source>1 article</source>
        <translation type="vanished">1 Artikel</translation>
    </message>
    <message>
        <source>{n} articles</source>
        <translation type="vanished">{n} Artikel</translation>
    </message>
    <message>
        <source>Added {what} to “{name}”.</source>
        <translation type="vanished">{what} zu „{name}“ hinzugefügt.</translation>
    </message>
    <message>
        <source>Delete the collection “{name}”?

Its {what} stay in the library; only the collection, its description and its order are removed.</source>
        <translation type="vanished">Die Sammlung „{name}“ löschen?

Ihre {what} bleiben in der Bibliothek; nur die Sammlung, ihre Beschreibung und ihre Reihenfolge werden entfernt.</translation>
    </message>
    <message>
        <source>Add {what} to:</source>
        <translation type="vanished">{what} hinzufügen zu:</translation>
    </message>
    <message>
        <source>Removed {what} from “{name}”; they stay in the library.</source>
        <translation type="vanished">{what} aus „{name}“ entfernt; sie bleiben in der Bibliothek.</translation>
    </message>
    <message>
        <source>{n} already in it.</source>
        <translation type="vanished">{n} bereits darin.</translation>
    </message>
    <message>
        <source>1 insertion</source>
        <translation type="vanished">1 Einfügung</translation>
    </message>
    <message>
        <source>1 deletion</source>
        <translation type="vanished">1 Löschung</translation>
    </message>
    <message>
        <source>1 paragraph changed</source>
        <translation type="vanished">1 Absatz geändert</translation>
    </message>
    <message>
        <source>{n} insertions</source>
        <translation type="vanished">{n} Einfügungen</translation>
    </message>
    <message>
        <source>{n} deletions</source>
        <translation type="vanished">{n} Löschungen</translation>
    </message>
    <message>
        <source>{n} paragraphs changed</source>
        <translation type="vanished">{n} Absätze geändert</translation>
    </message>
</context>
</TS>
