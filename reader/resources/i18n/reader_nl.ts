<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>reader</name>
    <message>
        <source>No automatic backup of {path}: the disk has less than {mb} MB free. Free some space, or move the library (File → Move library…).</source>
        <translation>Geen automatische back-up van {path}: de schijf heeft minder dan {mb} MB vrij. Maak ruimte vrij, of verplaats de bibliotheek (Bestand → Bibliotheek verplaatsen…).</translation>
    </message>
    <message>
        <source>The library {db} is already open in another window of {app}. Switch to that window, or close it first.</source>
        <translation>De bibliotheek {db} is al geopend in een ander venster van {app}. Ga naar dat venster, of sluit het eerst.</translation>
    </message>
    <message>
        <source>The library {db} was not found (was it moved, or is its drive not connected?). Create a new, empty library there?</source>
        <translation>De bibliotheek {db} is niet gevonden (is ze verplaatst, of is de schijf niet aangesloten?). Daar een nieuwe, lege bibliotheek maken?</translation>
    </message>
    <message>
        <source>Image not available offline</source>
        <translation>Afbeelding offline niet beschikbaar</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Afbeelding</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Sample content written for this app</source>
        <translation>Voorbeeldinhoud, geschreven voor deze app</translation>
    </message>
    <message>
        <source>It is not an article of the source site: its contributors are fictional, and its statements of law should be checked against the primary sources before they are relied on.</source>
        <translation>Dit is geen artikel van de bronsite: de auteurs zijn fictief en de juridische uitspraken moeten aan de primaire bronnen worden getoetst voordat u erop vertrouwt.</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Gepubliceerd</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorieën</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Onderwerpen</translation>
    </message>
    <message>
        <source>Contributors</source>
        <translation>Auteurs</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Redactie</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Retrieved on</source>
        <translation>Opgehaald op</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revisie</translation>
    </message>
    <message>
        <source>Removed from the source on</source>
        <translation>Van de bron verwijderd op</translation>
    </message>
    <message>
        <source>No English paragraph is aligned with this one.</source>
        <translation>Er is geen Engelse alinea aan deze alinea gekoppeld.</translation>
    </message>
    <message>
        <source>{title} — side by side</source>
        <translation>{title} — naast elkaar</translation>
    </message>
    <message>
        <source>The machine translation damaged {spots} numbers or dates in {blocks} paragraphs (XNUMX stands for lost digits). Point at a marked spot, or click it, to read the English paragraph with the real numbers.</source>
        <translation>De machinevertaling heeft {spots} getallen of datums in {blocks} alinea’s beschadigd (XNUMX staat voor verloren cijfers). Wijs een gemarkeerde plek aan, of klik erop, om de Engelse alinea met de echte getallen te lezen.</translation>
    </message>
    <message>
        <source>Numbers in the English original:</source>
        <translation>Getallen in het Engelse origineel:</translation>
    </message>
    <message>
        <source>Dates in the English original:</source>
        <translation>Datums in het Engelse origineel:</translation>
    </message>
    <message>
        <source>English:</source>
        <translation>Engels:</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>An offline reader for legal news about China.</source>
        <translation>Een offline lezer voor juridisch nieuws over China.</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliotheek</translation>
    </message>
    <message>
        <source>is free software under the MIT licence.</source>
        <translation>is vrije software onder de MIT-licentie.</translation>
    </message>
    <message>
        <source>Built with</source>
        <translation>Gemaakt met</translation>
    </message>
    <message>
        <source>and Qt for Python (PySide6)</source>
        <translation>en Qt for Python (PySide6)</translation>
    </message>
    <message>
        <source>Qt WebEngine contains Chromium, under BSD-style and other open-source licences.</source>
        <translation>Qt WebEngine bevat Chromium, onder BSD-achtige en andere opensourcelicenties.</translation>
    </message>
    <message>
        <source>You may replace the Qt libraries in the program's folder with your own build.</source>
        <translation>U mag de Qt-bibliotheken in de programmamap vervangen door een eigen build.</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Pakket</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licentie</translation>
    </message>
    <message>
        <source>Fonts</source>
        <translation>Lettertypen</translation>
    </message>
    <message>
        <source>The fonts are the system's; they are not part of the program.</source>
        <translation>De lettertypen zijn die van het systeem; ze maken geen deel uit van het programma.</translation>
    </message>
    <message>
        <source>Portable mode: settings and library in {folder}</source>
        <translation>Draagbare modus: instellingen en bibliotheek in {folder}</translation>
    </message>
    <message>
        <source>Settings: {file}</source>
        <translation>Instellingen: {file}</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Over {app}</translation>
    </message>
    <message>
        <source>Undo note change</source>
        <translation>Notitiewijziging ongedaan maken</translation>
    </message>
    <message>
        <source>Export notes…</source>
        <translation>Notities exporteren…</translation>
    </message>
    <message>
        <source>Import notes…</source>
        <translation>Notities importeren…</translation>
    </message>
    <message>
        <source>Highlight selection</source>
        <translation>Selectie markeren</translation>
    </message>
    <message>
        <source>Highlight with note…</source>
        <translation>Markeren met notitie…</translation>
    </message>
    <message>
        <source>Notebook…</source>
        <translation>Notitieboek…</translation>
    </message>
    <message>
        <source>Export notes</source>
        <translation>Notities exporteren</translation>
    </message>
    <message>
        <source>Notes of</source>
        <translation>Notities van</translation>
    </message>
    <message>
        <source>Markdown (to read, print or paste)</source>
        <translation>Markdown (om te lezen, af te drukken of te plakken)</translation>
    </message>
    <message>
        <source>W3C Web Annotation JSON-LD (to import again)</source>
        <translation>W3C Web Annotation JSON-LD (om opnieuw te importeren)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Indeling</translation>
    </message>
    <message>
        <source>Import notes</source>
        <translation>Notities importeren</translation>
    </message>
    <message>
        <source>Web Annotation JSON-LD (*.jsonld *.json);;All files (*)</source>
        <translation>Web Annotation JSON-LD (*.jsonld *.json);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Niets om ongedaan te maken.</translation>
    </message>
    <message>
        <source>All notes in the library</source>
        <translation>Alle notities in de bibliotheek</translation>
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
        <translation>Selecteer eerst tekst in het artikel.</translation>
    </message>
    <message>
        <source>Select the passage this note belongs to, then re-attach.</source>
        <translation>Selecteer de passage waar deze notitie bij hoort en koppel haar dan opnieuw.</translation>
    </message>
    <message>
        <source>This article</source>
        <translation>Dit artikel</translation>
    </message>
    <message>
        <source>The collection “{name}”</source>
        <translation>De verzameling ‘{name}’</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln note(s) to {path}.</source>
        <translation>
            <numerusform>%Ln notitie geëxporteerd naar {path}.</numerusform>
            <numerusform>%Ln notities geëxporteerd naar {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write {path}: {error}.</source>
        <translation>Kan {path} niet schrijven: {error}.</translation>
    </message>
    <message>
        <source>moved: the text changed around it</source>
        <translation>verschoven: de tekst eromheen is gewijzigd</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Your note, in Markdown: **bold**, *italic*, lists, links</source>
        <translation>Uw notitie, in Markdown: **vet**, *cursief*, lijsten, links</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Notitietekst</translation>
    </message>
    <message>
        <source>Note preview</source>
        <translation>Voorbeeld van de notitie</translation>
    </message>
    <message>
        <source>comma-separated, e.g. reciprocity, service</source>
        <translation>gescheiden door komma’s, bijv. wederkerigheid, betekening</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Kleur</translation>
    </message>
    <message>
        <source>Highlights and notes</source>
        <translation>Markeringen en notities</translation>
    </message>
    <message>
        <source>No highlights yet. Select text in the article and choose Highlight (right-click, or Ctrl+Shift+H).</source>
        <translation>Nog geen markeringen. Selecteer tekst in het artikel en kies Markeren (rechtsklik, of Ctrl+Shift+H).</translation>
    </message>
    <message>
        <source>Edit note…</source>
        <translation>Notitie bewerken…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Re-attach to selection</source>
        <translation>Opnieuw koppelen aan selectie</translation>
    </message>
    <message>
        <source>Select the passage in the article where this note belongs, then click here</source>
        <translation>Selecteer in het artikel de passage waar deze notitie bij hoort en klik dan hier</translation>
    </message>
    <message>
        <source>not found in the current version (last found in revision {n})</source>
        <translation>niet gevonden in de huidige versie (laatst gevonden in revisie {n})</translation>
    </message>
    <message>
        <source>Note edit undone</source>
        <translation>Notitiewijziging ongedaan gemaakt</translation>
    </message>
    <message>
        <source>Colour change undone</source>
        <translation>Kleurwijziging ongedaan gemaakt</translation>
    </message>
    <message>
        <source>Note restored</source>
        <translation>Notitie hersteld</translation>
    </message>
    <message>
        <source>Highlight removed</source>
        <translation>Markering verwijderd</translation>
    </message>
    <message>
        <source>made on revision {n}</source>
        <translation>gemaakt bij revisie {n}</translation>
    </message>
    <message>
        <source>tags: {t}</source>
        <translation>labels: {t}</translation>
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
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Talen</translation>
    </message>
    <message>
        <source>Damaged translation (numbers or dates lost): {languages}</source>
        <translation>Beschadigde vertaling (getallen of datums verloren): {languages}</translation>
    </message>
    <message>
        <source>Bookmarked</source>
        <translation>Met bladwijzer</translation>
    </message>
    <message>
        <source>Has notes</source>
        <translation>Heeft notities</translation>
    </message>
    <message>
        <source>Updated since you annotated or bookmarked it</source>
        <translation>Bijgewerkt sinds u het annoteerde of een bladwijzer gaf</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Handmatig gemaakt</translation>
    </message>
    <message>
        <source>Replaced by a restore</source>
        <translation>Vervangen door een herstel</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopie</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Back-ups</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Nog geen back-ups.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Nu back-up maken</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Herstellen…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation>Map tonen</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> uur</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <source>Back up automatically every</source>
        <translation>Automatisch back-up maken elke</translation>
    </message>
    <message>
        <source>Automatic backups to keep</source>
        <translation>Te bewaren automatische back-ups</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Back-up wordt gemaakt…</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Een back-up herstellen</translation>
    </message>
    <message>
        <source>Delete a backup</source>
        <translation>Een back-up verwijderen</translation>
    </message>
    <message>
        <source>Before an upgrade (from schema {v})</source>
        <translation>Vóór een upgrade (van schema {v})</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Backups of {library}. Restoring one replaces the library; the current file is kept in the backups folder first, so a restore can be undone.</source>
        <translation>Back-ups van {library}. Herstellen vervangt de bibliotheek; het huidige bestand wordt eerst in de back-upmap bewaard, zodat een herstel ongedaan kan worden gemaakt.</translation>
    </message>
    <message>
        <source>No backup was made: {e}</source>
        <translation>Er is geen back-up gemaakt: {e}</translation>
    </message>
    <message>
        <source>Replace the library with the backup of {when}?

Everything changed since then is replaced. The current library is kept in the backups folder first, so you can restore it again.</source>
        <translation>De bibliotheek vervangen door de back-up van {when}?

Alles wat sindsdien is gewijzigd, wordt vervangen. De huidige bibliotheek wordt eerst in de back-upmap bewaard, zodat u haar kunt terugzetten.</translation>
    </message>
    <message>
        <source>Delete the backup of {when} ({kind}, {size})? This cannot be undone.</source>
        <translation>De back-up van {when} ({kind}, {size}) verwijderen? Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Not deleted: {e}</source>
        <translation>Niet verwijderd: {e}</translation>
    </message>
    <message>
        <source>Laws</source>
        <translation>Wetten</translation>
    </message>
    <message>
        <source>Judicial interpretations and rules</source>
        <translation>Gerechtelijke interpretaties en regels</translation>
    </message>
    <message>
        <source>Regulations</source>
        <translation>Verordeningen</translation>
    </message>
    <message>
        <source>Treaties</source>
        <translation>Verdragen</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Zaken</translation>
    </message>
    <message>
        <source>Other documents</source>
        <translation>Overige documenten</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) cite {name}</source>
        <translation>
            <numerusform>%Ln artikel citeert {name}</numerusform>
            <numerusform>%Ln artikelen citeren {name}</numerusform>
        </translation>
    </message>
    <message>
        <source>Add to collection</source>
        <translation>Aan verzameling toevoegen</translation>
    </message>
    <message>
        <source>An &amp;existing collection</source>
        <translation>Een &amp;bestaande verzameling</translation>
    </message>
    <message>
        <source>Existing collection</source>
        <translation>Bestaande verzameling</translation>
    </message>
    <message>
        <source>A &amp;new collection</source>
        <translation>Een &amp;nieuwe verzameling</translation>
    </message>
    <message>
        <source>Name of the new collection</source>
        <translation>Naam van de nieuwe verzameling</translation>
    </message>
    <message>
        <source>e.g. the matter or client</source>
        <translation>bijv. het dossier of de cliënt</translation>
    </message>
    <message>
        <source>Description of the new collection</source>
        <translation>Beschrijving van de nieuwe verzameling</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschrijving:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>A collection needs a name.</source>
        <translation>Een verzameling heeft een naam nodig.</translation>
    </message>
    <message>
        <source>Add to collection…</source>
        <translation>Aan verzameling toevoegen…</translation>
    </message>
    <message>
        <source>Remove from collection</source>
        <translation>Uit verzameling verwijderen</translation>
    </message>
    <message>
        <source>Move up in collection</source>
        <translation>Omhoog in verzameling</translation>
    </message>
    <message>
        <source>Move down in collection</source>
        <translation>Omlaag in verzameling</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>Nieuwe verzameling</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Openen in browser</translation>
    </message>
    <message>
        <source>New collection…</source>
        <translation>Nieuwe verzameling…</translation>
    </message>
    <message>
        <source>Edit name and description…</source>
        <translation>Naam en beschrijving bewerken…</translation>
    </message>
    <message>
        <source>Delete collection…</source>
        <translation>Verzameling verwijderen…</translation>
    </message>
    <message numerus="yes">
        <source>Add %Ln article(s) to:</source>
        <translation>
            <numerusform>%Ln artikel toevoegen aan:</numerusform>
            <numerusform>%Ln artikelen toevoegen aan:</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit collection</source>
        <translation>Verzameling bewerken</translation>
    </message>
    <message>
        <source>Remove bookmark</source>
        <translation>Bladwijzer verwijderen</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>Bladwijzer</translation>
    </message>
    <message>
        <source>A collection named “{name}” already exists.</source>
        <translation>Er bestaat al een verzameling met de naam ‘{name}’.</translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln article(s) to “{name}”.</source>
        <translation>
            <numerusform>%Ln artikel toegevoegd aan ‘{name}’.</numerusform>
            <numerusform>%Ln artikelen toegevoegd aan ‘{name}’.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already in it.</source>
        <translation>
            <numerusform>%Ln zat er al in.</numerusform>
            <numerusform>%Ln zaten er al in.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the collection “{name}”?

Its %Ln article(s) stay in the library; only the collection, its description and its order are removed.</source>
        <translation>
            <numerusform>De verzameling ‘{name}’ verwijderen?

Het %Ln artikel blijft in de bibliotheek; alleen de verzameling, de beschrijving en de volgorde worden verwijderd.</numerusform>
            <numerusform>De verzameling ‘{name}’ verwijderen?

De %Ln artikelen blijven in de bibliotheek; alleen de verzameling, de beschrijving en de volgorde worden verwijderd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %Ln article(s) from “{name}”; they stay in the library.</source>
        <translation>
            <numerusform>%Ln artikel verwijderd uit ‘{name}’; het blijft in de bibliotheek.</numerusform>
            <numerusform>%Ln artikelen verwijderd uit ‘{name}’; ze blijven in de bibliotheek.</numerusform>
        </translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>Alle artikelen</translation>
    </message>
    <message>
        <source>Deleted the collection “{name}”.</source>
        <translation>De verzameling ‘{name}’ is verwijderd.</translation>
    </message>
    <message>
        <source>China Justice Observer</source>
        <translation>China Justice Observer</translation>
    </message>
    <message>
        <source>RSS or Atom feed</source>
        <translation>RSS- of Atom-feed</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Translations at</source>
        <translation>Vertalingen op</translation>
    </message>
    <message>
        <source>Pause between requests (s)</source>
        <translation>Pauze tussen verzoeken (s)</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Bronnen</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Toevoegen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Remove source</source>
        <translation>Bron verwijderen</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Voorkeuren</translation>
    </message>
    <message>
        <source> min (0 = manual)</source>
        <translation> min (0 = handmatig)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
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
        <translation>Inhoudstalen (op volgorde)</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>Lettergrootte</translation>
    </message>
    <message>
        <source>Sync automatically every</source>
        <translation>Automatisch synchroniseren elke</translation>
    </message>
    <message>
        <source>Library file (applies at next start)</source>
        <translation>Bibliotheekbestand (bij de volgende start)</translation>
    </message>
    <message>
        <source>Paper size for PDF</source>
        <translation>Papierformaat voor pdf</translation>
    </message>
    <message>
        <source>Library file</source>
        <translation>Bibliotheekbestand</translation>
    </message>
    <message>
        <source>Libraries (*.sqlite)</source>
        <translation>Bibliotheken (*.sqlite)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>Sync failures</source>
        <translation>Synchronisatiefouten</translation>
    </message>
    <message>
        <source>The address must start with http:// or https://.</source>
        <translation>Het adres moet beginnen met http:// of https://.</translation>
    </message>
    <message>
        <source>The address needs a valid host name, as in https://example.org/feed/.</source>
        <translation>Het adres moet een geldige hostnaam bevatten, zoals in https://example.org/feed/.</translation>
    </message>
    <message>
        <source>The translations address must contain {lang}.</source>
        <translation>Het adres van de vertalingen moet {lang} bevatten.</translation>
    </message>
    <message>
        <source>Open the selected article</source>
        <translation>Het geselecteerde artikel openen</translation>
    </message>
    <message>
        <source>Move in the list</source>
        <translation>Door de lijst bewegen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>Remove {name} and its articles from the library? Bookmarks, collections and notes are kept and come back if you add the source again.</source>
        <translation>{name} en de artikelen ervan uit de bibliotheek verwijderen? Bladwijzers, verzamelingen en notities blijven bewaard en komen terug als u de bron opnieuw toevoegt.</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Afdrukvoorbeeld</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Exporteren als pdf</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Number paragraphs for pinpoint citation</source>
        <translation>Alinea’s nummeren voor nauwkeurige citatie</translation>
    </message>
    <message>
        <source>Include highlights and notes</source>
        <translation>Markeringen en notities opnemen</translation>
    </message>
    <message>
        <source>Preparing the binder…</source>
        <translation>Bundel wordt voorbereid…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pdf-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Afdrukken</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln selected article(s)</source>
        <translation>
            <numerusform>Het %Ln geselecteerde artikel</numerusform>
            <numerusform>De %Ln geselecteerde artikelen</numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>Annotations are not available in this version.</source>
        <translation>Annotaties zijn in deze versie niet beschikbaar.</translation>
    </message>
    <message>
        <source>Choose an article, select articles or open a collection.</source>
        <translation>Kies een artikel, selecteer artikelen of open een verzameling.</translation>
    </message>
    <message>
        <source>Selected articles</source>
        <translation>Geselecteerde artikelen</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export geannuleerd; er is niets geschreven.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln page(s) to {path}</source>
        <translation>
            <numerusform>%Ln pagina geëxporteerd naar {path}</numerusform>
            <numerusform>%Ln pagina’s geëxporteerd naar {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Printed {done} of {total}: {title}</source>
        <translation>{done} van {total} afgedrukt: {title}</translation>
    </message>
    <message>
        <source>{name} already exists. Replace it?</source>
        <translation>{name} bestaat al. Vervangen?</translation>
    </message>
    <message>
        <source>Export as PDF…</source>
        <translation>Exporteren als pdf…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Geel</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Groen</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blauw</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Roze</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Paars</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Donker</translation>
    </message>
    <message>
        <source>Sepia</source>
        <translation>Sepia</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Interfacetaal</translation>
    </message>
    <message>
        <source>Wait for the sync to finish, or cancel it, then choose the language again.</source>
        <translation>Wacht tot de synchronisatie klaar is, of annuleer haar, en kies dan opnieuw de taal.</translation>
    </message>
    <message>
        <source>The interface language changes the next time the app starts.</source>
        <translation>De interfacetaal verandert de volgende keer dat de app start.</translation>
    </message>
    <message>
        <source>cites {what}</source>
        <translation>citeert {what}</translation>
    </message>
    <message>
        <source>same topic: {name}</source>
        <translation>zelfde onderwerp: {name}</translation>
    </message>
    <message>
        <source>same category: {name}</source>
        <translation>zelfde categorie: {name}</translation>
    </message>
    <message>
        <source>published around the same time</source>
        <translation>rond dezelfde tijd gepubliceerd</translation>
    </message>
    <message>
        <source>similar wording: {words}</source>
        <translation>vergelijkbare bewoordingen: {words}</translation>
    </message>
    <message>
        <source>Side by side…</source>
        <translation>Naast elkaar…</translation>
    </message>
    <message>
        <source>Read two languages of this article in two columns</source>
        <translation>Twee talen van dit artikel in twee kolommen lezen</translation>
    </message>
    <message>
        <source>Languages of this article</source>
        <translation>Talen van dit artikel</translation>
    </message>
    <message>
        <source>Not synced yet:</source>
        <translation>Nog niet gesynchroniseerd:</translation>
    </message>
    <message>
        <source>Not in the library yet. Click to sync this language ({code}).</source>
        <translation>Nog niet in de bibliotheek. Klik om deze taal te synchroniseren ({code}).</translation>
    </message>
    <message>
        <source>Sync this language: {name}</source>
        <translation>Deze taal synchroniseren: {name}</translation>
    </message>
    <message>
        <source>{code}: the machine translation lost {spots} numbers or dates; they are marked in the text</source>
        <translation>{code}: de machinevertaling is {spots} getallen of datums kwijtgeraakt; ze zijn in de tekst gemarkeerd</translation>
    </message>
    <message>
        <source>{name} (syncing…)</source>
        <translation>{name} (wordt gesynchroniseerd…)</translation>
    </message>
    <message>
        <source>No library is open.</source>
        <translation>Er is geen bibliotheek geopend.</translation>
    </message>
    <message>
        <source>That is where the library is already.</source>
        <translation>Daar staat de bibliotheek al.</translation>
    </message>
    <message>
        <source>Open library…</source>
        <translation>Bibliotheek openen…</translation>
    </message>
    <message>
        <source>Move library…</source>
        <translation>Bibliotheek verplaatsen…</translation>
    </message>
    <message>
        <source>Backups…</source>
        <translation>Back-ups…</translation>
    </message>
    <message>
        <source>Open library</source>
        <translation>Bibliotheek openen</translation>
    </message>
    <message>
        <source>Move library to</source>
        <translation>Bibliotheek verplaatsen naar</translation>
    </message>
    <message>
        <source>This window cannot switch libraries.</source>
        <translation>Dit venster kan niet van bibliotheek wisselen.</translation>
    </message>
    <message>
        <source>Wait for the sync to finish, or cancel it, then move.</source>
        <translation>Wacht tot de synchronisatie klaar is, of annuleer haar, en verplaats dan.</translation>
    </message>
    <message>
        <source>{dest} exists already; choose a new file name.</source>
        <translation>{dest} bestaat al; kies een nieuwe bestandsnaam.</translation>
    </message>
    <message>
        <source>Copying the library to {dest}…</source>
        <translation>De bibliotheek wordt gekopieerd naar {dest}…</translation>
    </message>
    <message>
        <source>A sync started; move again after it.</source>
        <translation>Er is een synchronisatie gestart; verplaats opnieuw als die klaar is.</translation>
    </message>
    <message>
        <source>The library moved to {dest}, but the old file could not be removed: {e}</source>
        <translation>De bibliotheek is verplaatst naar {dest}, maar het oude bestand kon niet worden verwijderd: {e}</translation>
    </message>
    <message>
        <source>The library is now at {dest}.</source>
        <translation>De bibliotheek staat nu op {dest}.</translation>
    </message>
    <message>
        <source>The library was restored from {name}.</source>
        <translation>De bibliotheek is hersteld uit {name}.</translation>
    </message>
    <message>
        <source>Cannot create the folder {folder}: {error}</source>
        <translation>Kan de map {folder} niet maken: {error}</translation>
    </message>
    <message>
        <source>Light theme</source>
        <translation>Licht thema</translation>
    </message>
    <message>
        <source>Dark theme</source>
        <translation>Donker thema</translation>
    </message>
    <message>
        <source>Sepia theme</source>
        <translation>Sepiathema</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Nu synchroniseren</translation>
    </message>
    <message>
        <source>Cancel sync</source>
        <translation>Synchronisatie annuleren</translation>
    </message>
    <message>
        <source>Sync failures…</source>
        <translation>Synchronisatiefouten…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>Search (find)</source>
        <translation>Zoeken (vinden)</translation>
    </message>
    <message>
        <source>Focus list</source>
        <translation>Naar de lijst</translation>
    </message>
    <message>
        <source>Page down in article</source>
        <translation>Pagina omlaag in artikel</translation>
    </message>
    <message>
        <source>Page up in article</source>
        <translation>Pagina omhoog in artikel</translation>
    </message>
    <message>
        <source>Your library is empty. Open the sample library to look around, or add a source and sync.</source>
        <translation>Uw bibliotheek is leeg. Open de voorbeeldbibliotheek om rond te kijken, of voeg een bron toe en synchroniseer.</translation>
    </message>
    <message>
        <source>Open the sample library</source>
        <translation>De voorbeeldbibliotheek openen</translation>
    </message>
    <message>
        <source>Add a source…</source>
        <translation>Een bron toevoegen…</translation>
    </message>
    <message>
        <source>Search all articles (Ctrl+K)</source>
        <translation>Alle artikelen doorzoeken (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search in language</source>
        <translation>Zoeken in taal</translation>
    </message>
    <message>
        <source>Search in one language, or in all</source>
        <translation>Zoeken in één taal, of in alle</translation>
    </message>
    <message>
        <source>Filter titles</source>
        <translation>Titels filteren</translation>
    </message>
    <message>
        <source>Filter the list by title</source>
        <translation>De lijst op titel filteren</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Verwant</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikelen</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hoofd</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>Sources…</source>
        <translation>Bronnen…</translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation>Voorkeuren…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Bee&amp;ld</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Inzoomen</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Uitzoomen</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Werkelijke grootte</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>&amp;Artikel</translation>
    </message>
    <message>
        <source>Next article</source>
        <translation>Volgend artikel</translation>
    </message>
    <message>
        <source>Previous article</source>
        <translation>Vorig artikel</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Over</translation>
    </message>
    <message>
        <source>Opening the library…</source>
        <translation>Bibliotheek wordt geopend…</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Alle talen</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Ongelezen</translation>
    </message>
    <message>
        <source>Importing the sample library…</source>
        <translation>Voorbeeldbibliotheek wordt geïmporteerd…</translation>
    </message>
    <message>
        <source>The sample library is ready.</source>
        <translation>De voorbeeldbibliotheek is klaar.</translation>
    </message>
    <message>
        <source>Sync cancelled</source>
        <translation>Synchronisatie geannuleerd</translation>
    </message>
    <message>
        <source>Sync finished</source>
        <translation>Synchronisatie voltooid</translation>
    </message>
    <message>
        <source>This article was updated since you annotated or bookmarked it. Highlights were placed again; see the Notes tab for any not found. &lt;a href="compare"&gt;Compare revisions…&lt;/a&gt;</source>
        <translation>Dit artikel is bijgewerkt sinds u het annoteerde of een bladwijzer gaf. De markeringen zijn opnieuw geplaatst; zie het tabblad Notities voor wat niet is gevonden. &lt;a href="compare"&gt;Revisies vergelijken…&lt;/a&gt;</translation>
    </message>
    <message>
        <source>No sources to sync yet: add one under File › Sources…</source>
        <translation>Nog geen bronnen om te synchroniseren: voeg er een toe via Bestand › Bronnen…</translation>
    </message>
    <message>
        <source>Offline: the sources cannot be reached. Everything in the library is available.</source>
        <translation>Offline: de bronnen zijn niet bereikbaar. Alles in de bibliotheek is beschikbaar.</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Nog niet gesynchroniseerd</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln artikel</numerusform>
            <numerusform>%Ln artikelen</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing: {new} new, {updated} updated, {failed} failed — {current}</source>
        <translation>Synchroniseren: {new} nieuw, {updated} bijgewerkt, {failed} mislukt — {current}</translation>
    </message>
    <message>
        <source>{word}: {new} new, {updated} updated, {failed} failed.</source>
        <translation>{word}: {new} nieuw, {updated} bijgewerkt, {failed} mislukt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Search&lt;/b&gt; “{q}” in {where} — {n}</source>
        <translation>&lt;b&gt;Zoeken&lt;/b&gt; ‘{q}’ in {where} — {n}</translation>
    </message>
    <message>
        <source>Last synced {when}</source>
        <translation>Laatst gesynchroniseerd {when}</translation>
    </message>
    <message>
        <source>Notebook</source>
        <translation>Notitieboek</translation>
    </message>
    <message>
        <source>Search quotes, notes and tags</source>
        <translation>Citaten, notities en labels doorzoeken</translation>
    </message>
    <message>
        <source>Search annotations</source>
        <translation>Annotaties doorzoeken</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotaties</translation>
    </message>
    <message>
        <source>All collections</source>
        <translation>Alle verzamelingen</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle labels</translation>
    </message>
    <message>
        <source>All colours</source>
        <translation>Alle kleuren</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Elke status</translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s)</source>
        <translation>
            <numerusform>%Ln annotatie</numerusform>
            <numerusform>%Ln annotaties</numerusform>
        </translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Verzameling</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Lang.</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citaat</translation>
    </message>
    <message>
        <source>In place</source>
        <translation>Op zijn plaats</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Verschoven</translation>
    </message>
    <message>
        <source>Not found (orphaned)</source>
        <translation>Niet gevonden (verweesd)</translation>
    </message>
    <message>
        <source>Bookmark article</source>
        <translation>Artikel een bladwijzer geven</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Markeren</translation>
    </message>
    <message>
        <source>No differences in the text.</source>
        <translation>Geen verschillen in de tekst.</translation>
    </message>
    <message>
        <source>Compare revisions…</source>
        <translation>Revisies vergelijken…</translation>
    </message>
    <message>
        <source>{insertions}, {deletions} ({paragraphs})</source>
        <translation>{insertions}, {deletions} ({paragraphs})</translation>
    </message>
    <message numerus="yes">
        <source>%Ln insertion(s)</source>
        <translation>
            <numerusform>%Ln invoeging</numerusform>
            <numerusform>%Ln invoegingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deletion(s)</source>
        <translation>
            <numerusform>%Ln verwijdering</numerusform>
            <numerusform>%Ln verwijderingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln paragraph(s) changed</source>
        <translation>
            <numerusform>%Ln alinea gewijzigd</numerusform>
            <numerusform>%Ln alinea’s gewijzigd</numerusform>
        </translation>
    </message>
    <message>
        <source>Revision {n} — fetched {when}</source>
        <translation>Revisie {n} — opgehaald op {when}</translation>
    </message>
    <message>
        <source>Older revision</source>
        <translation>Oudere revisie</translation>
    </message>
    <message>
        <source>Newer revision</source>
        <translation>Nieuwere revisie</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Van:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Tot:</translation>
    </message>
    <message>
        <source>Summary of the changes</source>
        <translation>Samenvatting van de wijzigingen</translation>
    </message>
    <message>
        <source>Changes between the two revisions</source>
        <translation>Wijzigingen tussen de twee revisies</translation>
    </message>
    <message>
        <source>&amp;Previous change</source>
        <translation>Vo&amp;rige wijziging</translation>
    </message>
    <message>
        <source>&amp;Next change</source>
        <translation>V&amp;olgende wijziging</translation>
    </message>
    <message>
        <source>Open an article to compare its revisions.</source>
        <translation>Open een artikel om de revisies te vergelijken.</translation>
    </message>
    <message>
        <source>(newest)</source>
        <translation>(nieuwste)</translation>
    </message>
    <message>
        <source>This article has only one revision: nothing to compare.</source>
        <translation>Dit artikel heeft maar één revisie: niets te vergelijken.</translation>
    </message>
    <message>
        <source>Choose two different revisions.</source>
        <translation>Kies twee verschillende revisies.</translation>
    </message>
    <message>
        <source>(the older revision is on the right: read insertions as removals)</source>
        <translation>(de oudere revisie staat rechts: lees invoegingen als verwijderingen)</translation>
    </message>
    <message>
        <source>Compare revisions — {title}</source>
        <translation>Revisies vergelijken — {title}</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Revision {n} is missing from the library.</source>
        <translation>Revisie {n} ontbreekt in de bibliotheek.</translation>
    </message>
    <message>
        <source>Related articles from the site</source>
        <translation>Verwante artikelen van de site</translation>
    </message>
    <message>
        <source>Related articles found in the library</source>
        <translation>Verwante artikelen in de bibliotheek</translation>
    </message>
    <message>
        <source>&lt;b&gt;You might also like&lt;/b&gt; (from the site)</source>
        <translation>&lt;b&gt;Misschien ook interessant&lt;/b&gt; (van de site)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Related in your library&lt;/b&gt;</source>
        <translation>&lt;b&gt;Verwant in uw bibliotheek&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Related articles</source>
        <translation>Verwante artikelen</translation>
    </message>
    <message>
        <source>The site lists no related articles.</source>
        <translation>De site vermeldt geen verwante artikelen.</translation>
    </message>
    <message>
        <source>Working out related articles…</source>
        <translation>Verwante artikelen worden bepaald…</translation>
    </message>
    <message>
        <source>No related articles found in the library.</source>
        <translation>Geen verwante artikelen in de bibliotheek gevonden.</translation>
    </message>
    <message>
        <source>not synced — click to fetch it</source>
        <translation>niet gesynchroniseerd — klik om op te halen</translation>
    </message>
    <message>
        <source>Fetching “{title}”…</source>
        <translation>‘{title}’ wordt opgehaald…</translation>
    </message>
    <message>
        <source>fetching…</source>
        <translation>wordt opgehaald…</translation>
    </message>
    <message>
        <source>Shown in {lang}: not held in this language</source>
        <translation>Getoond in het {lang}: niet aanwezig in deze taal</translation>
    </message>
    <message>
        <source>Could not fetch “{title}”: {error}</source>
        <translation>‘{title}’ kon niet worden opgehaald: {error}</translation>
    </message>
    <message>
        <source>Fetched “{title}”.</source>
        <translation>‘{title}’ opgehaald.</translation>
    </message>
    <message>
        <source>Library sections</source>
        <translation>Bibliotheekonderdelen</translation>
    </message>
    <message>
        <source>Recently read</source>
        <translation>Onlangs gelezen</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Bladwijzers</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Verzamelingen</translation>
    </message>
    <message>
        <source>Laws and cases</source>
        <translation>Wetten en zaken</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>voorbeeld</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Naast elkaar</translation>
    </message>
    <message>
        <source>Left column language</source>
        <translation>Taal van de linkerkolom</translation>
    </message>
    <message>
        <source>Right column language</source>
        <translation>Taal van de rechterkolom</translation>
    </message>
    <message>
        <source>Paragraphs are paired by the article's structure.</source>
        <translation>Alinea’s worden gekoppeld volgens de opbouw van het artikel.</translation>
    </message>
    <message>
        <source>Open an article first.</source>
        <translation>Open eerst een artikel.</translation>
    </message>
    <message>
        <source>The library holds this article in one language only.</source>
        <translation>De bibliotheek heeft dit artikel maar in één taal.</translation>
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
        <translation>De vertaling ({language}) wordt gesynchroniseerd…</translation>
    </message>
    <message>
        <source>The {language} translation was not fetched: {reason}</source>
        <translation>De vertaling ({language}) is niet opgehaald: {reason}</translation>
    </message>
    <message>
        <source>The {language} translation is now in the library.</source>
        <translation>De vertaling ({language}) staat nu in de bibliotheek.</translation>
    </message>
    <message>
        <source>Offline: the source cannot be reached, so the {language} translation was not fetched. Everything in the library is still available.</source>
        <translation>Offline: de bron is niet bereikbaar, dus de vertaling ({language}) is niet opgehaald. Alles in de bibliotheek blijft beschikbaar.</translation>
    </message>
    <message>
        <source>Undo note edit</source>
        <translation type="vanished">Notitiebewerking ongedaan maken</translation>
    </message>
    <message>
        <source>Undo colour change</source>
        <translation type="vanished">Kleurwijziging ongedaan maken</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation type="vanished">Verwijderen ongedaan maken</translation>
    </message>
    <message>
        <source>Undo highlight</source>
        <translation type="vanished">Markering ongedaan maken</translation>
    </message>
    <message>
        <source>1 article</source>
        <translation type="vanished">1 artikel</translation>
    </message>
    <message>
        <source>{n} articles</source>
        <translation type="vanished">{n} artikelen</translation>
    </message>
    <message>
        <source>Added {what} to “{name}”.</source>
        <translation type="vanished">{what} toegevoegd aan ‘{name}’.</translation>
    </message>
    <message>
        <source>Delete the collection “{name}”?

Its {what} stay in the library; only the collection, its description and its order are removed.</source>
        <translation type="vanished">De verzameling ‘{name}’ verwijderen?

De {what} blijven in de bibliotheek; alleen de verzameling, de beschrijving en de volgorde worden verwijderd.</translation>
    </message>
    <message>
        <source>Add {what} to:</source>
        <translation type="vanished">{what} toevoegen aan:</translation>
    </message>
    <message>
        <source>Removed {what} from “{name}”; they stay in the library.</source>
        <translation type="vanished">{what} verwijderd uit ‘{name}’; ze blijven in de bibliotheek.</translation>
    </message>
    <message>
        <source>{n} already in it.</source>
        <translation type="vanished">{n} zaten er al in.</translation>
    </message>
    <message>
        <source>1 insertion</source>
        <translation type="vanished">1 invoeging</translation>
    </message>
    <message>
        <source>1 deletion</source>
        <translation type="vanished">1 verwijdering</translation>
    </message>
    <message>
        <source>1 paragraph changed</source>
        <translation type="vanished">1 alinea gewijzigd</translation>
    </message>
    <message>
        <source>{n} insertions</source>
        <translation type="vanished">{n} invoegingen</translation>
    </message>
    <message>
        <source>{n} deletions</source>
        <translation type="vanished">{n} verwijderingen</translation>
    </message>
    <message>
        <source>{n} paragraphs changed</source>
        <translation type="vanished">{n} alinea’s gewijzigd</translation>
    </message>
</context>
</TS>
