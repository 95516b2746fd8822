<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
<context>
    <name>reader</name>
    <message>
        <source>No automatic backup of {path}: the disk has less than {mb} MB free. Free some space, or move the library (File → Move library…).</source>
        <translation>Ingen automatisk säkerhetskopia av {path}: disken har mindre än {mb} MB ledigt. Frigör utrymme eller flytta biblioteket (Arkiv → Flytta biblioteket…).</translation>
    </message>
    <message>
        <source>The library {db} is already open in another window of {app}. Switch to that window, or close it first.</source>
        <translation>Biblioteket {db} är redan öppet i ett annat fönster i {app}. Byt till det fönstret eller stäng det först.</translation>
    </message>
    <message>
        <source>The library {db} was not found (was it moved, or is its drive not connected?). Create a new, empty library there?</source>
        <translation>Biblioteket {db} hittades inte (har det flyttats, eller är enheten inte ansluten?). Skapa ett nytt, tomt bibliotek där?</translation>
    </message>
    <message>
        <source>Image not available offline</source>
        <translation>Bilden är inte tillgänglig offline</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Sample content written for this app</source>
        <translation>Exempelinnehåll skrivet för den här appen</translation>
    </message>
    <message>
        <source>It is not an article of the source site: its contributors are fictional, and its statements of law should be checked against the primary sources before they are relied on.</source>
        <translation>Det här är ingen artikel från källwebbplatsen: författarna är fiktiva, och de rättsliga påståendena bör kontrolleras mot primärkällorna innan man förlitar sig på dem.</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicerad</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorier</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Ämnen</translation>
    </message>
    <message>
        <source>Contributors</source>
        <translation>Skribenter</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Redaktör</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <source>Retrieved on</source>
        <translation>Hämtad</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Removed from the source on</source>
        <translation>Borttagen från källan</translation>
    </message>
    <message>
        <source>No English paragraph is aligned with this one.</source>
        <translation>Inget engelskt stycke är parat med det här.</translation>
    </message>
    <message>
        <source>{title} — side by side</source>
        <translation>{title} — sida vid sida</translation>
    </message>
    <message>
        <source>The machine translation damaged {spots} numbers or dates in {blocks} paragraphs (XNUMX stands for lost digits). Point at a marked spot, or click it, to read the English paragraph with the real numbers.</source>
        <translation>Maskinöversättningen har skadat {spots} tal eller datum i {blocks} stycken (XNUMX står för förlorade siffror). Peka på ett markerat ställe, eller klicka på det, för att läsa det engelska stycket med de riktiga talen.</translation>
    </message>
    <message>
        <source>Numbers in the English original:</source>
        <translation>Tal i det engelska originalet:</translation>
    </message>
    <message>
        <source>Dates in the English original:</source>
        <translation>Datum i det engelska originalet:</translation>
    </message>
    <message>
        <source>English:</source>
        <translation>Engelska:</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>An offline reader for legal news about China.</source>
        <translation>En offlineläsare för juridiska nyheter om Kina.</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliotek</translation>
    </message>
    <message>
        <source>is free software under the MIT licence.</source>
        <translation>är fri programvara under MIT-licensen.</translation>
    </message>
    <message>
        <source>Built with</source>
        <translation>Byggd med</translation>
    </message>
    <message>
        <source>and Qt for Python (PySide6)</source>
        <translation>och Qt for Python (PySide6)</translation>
    </message>
    <message>
        <source>Qt WebEngine contains Chromium, under BSD-style and other open-source licences.</source>
        <translation>Qt WebEngine innehåller Chromium, under BSD-liknande och andra öppen källkod-licenser.</translation>
    </message>
    <message>
        <source>You may replace the Qt libraries in the program's folder with your own build.</source>
        <translation>Du får ersätta Qt-biblioteken i programmets mapp med en egen version.</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licens</translation>
    </message>
    <message>
        <source>Fonts</source>
        <translation>Typsnitt</translation>
    </message>
    <message>
        <source>The fonts are the system's; they are not part of the program.</source>
        <translation>Typsnitten är systemets; de ingår inte i programmet.</translation>
    </message>
    <message>
        <source>Portable mode: settings and library in {folder}</source>
        <translation>Portabelt läge: inställningar och bibliotek i {folder}</translation>
    </message>
    <message>
        <source>Settings: {file}</source>
        <translation>Inställningar: {file}</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Om {app}</translation>
    </message>
    <message>
        <source>Undo note change</source>
        <translation>Ångra ändring av anteckning</translation>
    </message>
    <message>
        <source>Export notes…</source>
        <translation>Exportera anteckningar…</translation>
    </message>
    <message>
        <source>Import notes…</source>
        <translation>Importera anteckningar…</translation>
    </message>
    <message>
        <source>Highlight selection</source>
        <translation>Stryk över markeringen</translation>
    </message>
    <message>
        <source>Highlight with note…</source>
        <translation>Stryk över med anteckning…</translation>
    </message>
    <message>
        <source>Notebook…</source>
        <translation>Anteckningsbok…</translation>
    </message>
    <message>
        <source>Export notes</source>
        <translation>Exportera anteckningar</translation>
    </message>
    <message>
        <source>Notes of</source>
        <translation>Anteckningar för</translation>
    </message>
    <message>
        <source>Markdown (to read, print or paste)</source>
        <translation>Markdown (att läsa, skriva ut eller klistra in)</translation>
    </message>
    <message>
        <source>W3C Web Annotation JSON-LD (to import again)</source>
        <translation>W3C Web Annotation JSON-LD (att importera igen)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Import notes</source>
        <translation>Importera anteckningar</translation>
    </message>
    <message>
        <source>Web Annotation JSON-LD (*.jsonld *.json);;All files (*)</source>
        <translation>Web Annotation JSON-LD (*.jsonld *.json);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Inget att ångra.</translation>
    </message>
    <message>
        <source>All notes in the library</source>
        <translation>Alla anteckningar i biblioteket</translation>
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
        <translation>Markera först text i artikeln.</translation>
    </message>
    <message>
        <source>Select the passage this note belongs to, then re-attach.</source>
        <translation>Markera det avsnitt som anteckningen hör till och koppla sedan om den.</translation>
    </message>
    <message>
        <source>This article</source>
        <translation>Den här artikeln</translation>
    </message>
    <message>
        <source>The collection “{name}”</source>
        <translation>Samlingen ”{name}”</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln note(s) to {path}.</source>
        <translation>
            <numerusform>Exporterade %Ln anteckning till {path}.</numerusform>
            <numerusform>Exporterade %Ln anteckningar till {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write {path}: {error}.</source>
        <translation>Det går inte att skriva {path}: {error}.</translation>
    </message>
    <message>
        <source>moved: the text changed around it</source>
        <translation>flyttad: texten runt den har ändrats</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Your note, in Markdown: **bold**, *italic*, lists, links</source>
        <translation>Din anteckning i Markdown: **fet**, *kursiv*, listor, länkar</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Anteckningstext</translation>
    </message>
    <message>
        <source>Note preview</source>
        <translation>Förhandsvisning av anteckningen</translation>
    </message>
    <message>
        <source>comma-separated, e.g. reciprocity, service</source>
        <translation>kommaseparerade, t.ex. ömsesidighet, delgivning</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Taggar</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Färg</translation>
    </message>
    <message>
        <source>Highlights and notes</source>
        <translation>Överstrykningar och anteckningar</translation>
    </message>
    <message>
        <source>No highlights yet. Select text in the article and choose Highlight (right-click, or Ctrl+Shift+H).</source>
        <translation>Inga överstrykningar ännu. Markera text i artikeln och välj Stryk över (högerklick, eller Ctrl+Skift+H).</translation>
    </message>
    <message>
        <source>Edit note…</source>
        <translation>Redigera anteckning…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Re-attach to selection</source>
        <translation>Koppla om till markeringen</translation>
    </message>
    <message>
        <source>Select the passage in the article where this note belongs, then click here</source>
        <translation>Markera i artikeln det avsnitt som anteckningen hör till och klicka sedan här</translation>
    </message>
    <message>
        <source>not found in the current version (last found in revision {n})</source>
        <translation>hittades inte i den aktuella versionen (senast hittad i version {n})</translation>
    </message>
    <message>
        <source>Note edit undone</source>
        <translation>Ändringen av anteckningen ångrades</translation>
    </message>
    <message>
        <source>Colour change undone</source>
        <translation>Färgbytet ångrades</translation>
    </message>
    <message>
        <source>Note restored</source>
        <translation>Anteckningen återställd</translation>
    </message>
    <message>
        <source>Highlight removed</source>
        <translation>Överstrykningen borttagen</translation>
    </message>
    <message>
        <source>made on revision {n}</source>
        <translation>gjord på version {n}</translation>
    </message>
    <message>
        <source>tags: {t}</source>
        <translation>taggar: {t}</translation>
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
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Damaged translation (numbers or dates lost): {languages}</source>
        <translation>Skadad översättning (tal eller datum förlorade): {languages}</translation>
    </message>
    <message>
        <source>Bookmarked</source>
        <translation>Bokmärkt</translation>
    </message>
    <message>
        <source>Has notes</source>
        <translation>Har anteckningar</translation>
    </message>
    <message>
        <source>Updated since you annotated or bookmarked it</source>
        <translation>Uppdaterad sedan du kommenterade eller bokmärkte den</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisk</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Gjord för hand</translation>
    </message>
    <message>
        <source>Replaced by a restore</source>
        <translation>Ersatt vid en återställning</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopia</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Säkerhetskopior</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Inga säkerhetskopior ännu.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Säkerhetskopiera nu</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Återställ…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Ta bort…</translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation>Visa mapp</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> timmar</translation>
    </message>
    <message>
        <source>never</source>
        <translation>aldrig</translation>
    </message>
    <message>
        <source>Back up automatically every</source>
        <translation>Säkerhetskopiera automatiskt var</translation>
    </message>
    <message>
        <source>Automatic backups to keep</source>
        <translation>Automatiska säkerhetskopior att behålla</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Säkerhetskopierar…</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Återställ en säkerhetskopia</translation>
    </message>
    <message>
        <source>Delete a backup</source>
        <translation>Ta bort en säkerhetskopia</translation>
    </message>
    <message>
        <source>Before an upgrade (from schema {v})</source>
        <translation>Före en uppgradering (från schema {v})</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Backups of {library}. Restoring one replaces the library; the current file is kept in the backups folder first, so a restore can be undone.</source>
        <translation>Säkerhetskopior av {library}. En återställning ersätter biblioteket; den aktuella filen sparas först i mappen för säkerhetskopior, så att återställningen kan ångras.</translation>
    </message>
    <message>
        <source>No backup was made: {e}</source>
        <translation>Ingen säkerhetskopia gjordes: {e}</translation>
    </message>
    <message>
        <source>Replace the library with the backup of {when}?

Everything changed since then is replaced. The current library is kept in the backups folder first, so you can restore it again.</source>
        <translation>Ersätta biblioteket med säkerhetskopian från {when}?

Allt som ändrats sedan dess ersätts. Det aktuella biblioteket sparas först i mappen för säkerhetskopior, så att du kan återställa det igen.</translation>
    </message>
    <message>
        <source>Delete the backup of {when} ({kind}, {size})? This cannot be undone.</source>
        <translation>Ta bort säkerhetskopian från {when} ({kind}, {size})? Det går inte att ångra.</translation>
    </message>
    <message>
        <source>Not deleted: {e}</source>
        <translation>Inte borttagen: {e}</translation>
    </message>
    <message>
        <source>Laws</source>
        <translation>Lagar</translation>
    </message>
    <message>
        <source>Judicial interpretations and rules</source>
        <translation>Rättsliga tolkningar och regler</translation>
    </message>
    <message>
        <source>Regulations</source>
        <translation>Förordningar</translation>
    </message>
    <message>
        <source>Treaties</source>
        <translation>Traktater</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Other documents</source>
        <translation>Övriga dokument</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) cite {name}</source>
        <translation>
            <numerusform>%Ln artikel citerar {name}</numerusform>
            <numerusform>%Ln artiklar citerar {name}</numerusform>
        </translation>
    </message>
    <message>
        <source>Add to collection</source>
        <translation>Lägg till i samling</translation>
    </message>
    <message>
        <source>An &amp;existing collection</source>
        <translation>En &amp;befintlig samling</translation>
    </message>
    <message>
        <source>Existing collection</source>
        <translation>Befintlig samling</translation>
    </message>
    <message>
        <source>A &amp;new collection</source>
        <translation>En &amp;ny samling</translation>
    </message>
    <message>
        <source>Name of the new collection</source>
        <translation>Namn på den nya samlingen</translation>
    </message>
    <message>
        <source>e.g. the matter or client</source>
        <translation>t.ex. ärendet eller klienten</translation>
    </message>
    <message>
        <source>Description of the new collection</source>
        <translation>Beskrivning av den nya samlingen</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Namn:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beskrivning:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>A collection needs a name.</source>
        <translation>En samling behöver ett namn.</translation>
    </message>
    <message>
        <source>Add to collection…</source>
        <translation>Lägg till i samling…</translation>
    </message>
    <message>
        <source>Remove from collection</source>
        <translation>Ta bort från samlingen</translation>
    </message>
    <message>
        <source>Move up in collection</source>
        <translation>Flytta upp i samlingen</translation>
    </message>
    <message>
        <source>Move down in collection</source>
        <translation>Flytta ned i samlingen</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>Ny samling</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Öppna i webbläsaren</translation>
    </message>
    <message>
        <source>New collection…</source>
        <translation>Ny samling…</translation>
    </message>
    <message>
        <source>Edit name and description…</source>
        <translation>Redigera namn och beskrivning…</translation>
    </message>
    <message>
        <source>Delete collection…</source>
        <translation>Ta bort samlingen…</translation>
    </message>
    <message numerus="yes">
        <source>Add %Ln article(s) to:</source>
        <translation>
            <numerusform>Lägg till %Ln artikel i:</numerusform>
            <numerusform>Lägg till %Ln artiklar i:</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit collection</source>
        <translation>Redigera samling</translation>
    </message>
    <message>
        <source>Remove bookmark</source>
        <translation>Ta bort bokmärke</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>Bokmärk</translation>
    </message>
    <message>
        <source>A collection named “{name}” already exists.</source>
        <translation>Det finns redan en samling som heter ”{name}”.</translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln article(s) to “{name}”.</source>
        <translation>
            <numerusform>Lade till %Ln artikel i ”{name}”.</numerusform>
            <numerusform>Lade till %Ln artiklar i ”{name}”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already in it.</source>
        <translation>
            <numerusform>%Ln fanns redan i den.</numerusform>
            <numerusform>%Ln fanns redan i den.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the collection “{name}”?

Its %Ln article(s) stay in the library; only the collection, its description and its order are removed.</source>
        <translation>
            <numerusform>Ta bort samlingen ”{name}”?

Dess %Ln artikel finns kvar i biblioteket; bara samlingen, dess beskrivning och dess ordning tas bort.</numerusform>
            <numerusform>Ta bort samlingen ”{name}”?

Dess %Ln artiklar finns kvar i biblioteket; bara samlingen, dess beskrivning och dess ordning tas bort.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %Ln article(s) from “{name}”; they stay in the library.</source>
        <translation>
            <numerusform>Tog bort %Ln artikel från ”{name}”; den finns kvar i biblioteket.</numerusform>
            <numerusform>Tog bort %Ln artiklar från ”{name}”; de finns kvar i biblioteket.</numerusform>
        </translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>Alla artiklar</translation>
    </message>
    <message>
        <source>Deleted the collection “{name}”.</source>
        <translation>Samlingen ”{name}” togs bort.</translation>
    </message>
    <message>
        <source>China Justice Observer</source>
        <translation>China Justice Observer</translation>
    </message>
    <message>
        <source>RSS or Atom feed</source>
        <translation>RSS- eller Atom-flöde</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>Translations at</source>
        <translation>Översättningar på</translation>
    </message>
    <message>
        <source>Pause between requests (s)</source>
        <translation>Paus mellan förfrågningar (s)</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Källor</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Lägg till…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Redigera…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Remove source</source>
        <translation>Ta bort källa</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source> min (0 = manual)</source>
        <translation> min (0 = manuellt)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Välj…</translation>
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
        <translation>Innehållsspråk (i ordning)</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>Teckenstorlek</translation>
    </message>
    <message>
        <source>Sync automatically every</source>
        <translation>Synkronisera automatiskt var</translation>
    </message>
    <message>
        <source>Library file (applies at next start)</source>
        <translation>Biblioteksfil (gäller vid nästa start)</translation>
    </message>
    <message>
        <source>Paper size for PDF</source>
        <translation>Pappersstorlek för PDF</translation>
    </message>
    <message>
        <source>Library file</source>
        <translation>Biblioteksfil</translation>
    </message>
    <message>
        <source>Libraries (*.sqlite)</source>
        <translation>Bibliotek (*.sqlite)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <source>Sync failures</source>
        <translation>Synkroniseringsfel</translation>
    </message>
    <message>
        <source>The address must start with http:// or https://.</source>
        <translation>Adressen måste börja med http:// eller https://.</translation>
    </message>
    <message>
        <source>The address needs a valid host name, as in https://example.org/feed/.</source>
        <translation>Adressen behöver ett giltigt värdnamn, som i https://example.org/feed/.</translation>
    </message>
    <message>
        <source>The translations address must contain {lang}.</source>
        <translation>Adressen till översättningarna måste innehålla {lang}.</translation>
    </message>
    <message>
        <source>Open the selected article</source>
        <translation>Öppna den markerade artikeln</translation>
    </message>
    <message>
        <source>Move in the list</source>
        <translation>Flytta i listan</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tangenter</translation>
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
        <translation>Ta bort {name} och dess artiklar från biblioteket? Bokmärken, samlingar och anteckningar behålls och kommer tillbaka om du lägger till källan igen.</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Förhandsgranska utskrift</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Exportera som PDF</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papper</translation>
    </message>
    <message>
        <source>Number paragraphs for pinpoint citation</source>
        <translation>Numrera stycken för exakt hänvisning</translation>
    </message>
    <message>
        <source>Include highlights and notes</source>
        <translation>Ta med överstrykningar och anteckningar</translation>
    </message>
    <message>
        <source>Preparing the binder…</source>
        <translation>Förbereder samlingsvolymen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Skriv ut</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln selected article(s)</source>
        <translation>
            <numerusform>Den %Ln markerade artikeln</numerusform>
            <numerusform>De %Ln markerade artiklarna</numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
    <message>
        <source>Annotations are not available in this version.</source>
        <translation>Anteckningar är inte tillgängliga i den här versionen.</translation>
    </message>
    <message>
        <source>Choose an article, select articles or open a collection.</source>
        <translation>Välj en artikel, markera artiklar eller öppna en samling.</translation>
    </message>
    <message>
        <source>Selected articles</source>
        <translation>Markerade artiklar</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Exporten avbröts; inget skrevs.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln page(s) to {path}</source>
        <translation>
            <numerusform>Exporterade %Ln sida till {path}</numerusform>
            <numerusform>Exporterade %Ln sidor till {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Printed {done} of {total}: {title}</source>
        <translation>Skrev ut {done} av {total}: {title}</translation>
    </message>
    <message>
        <source>{name} already exists. Replace it?</source>
        <translation>{name} finns redan. Ersätta den?</translation>
    </message>
    <message>
        <source>Export as PDF…</source>
        <translation>Exportera som PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Skriv ut…</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Gul</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Grön</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blå</translation>
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
        <translation>Ljust</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Mörkt</translation>
    </message>
    <message>
        <source>Sepia</source>
        <translation>Sepia</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Gränssnittsspråk</translation>
    </message>
    <message>
        <source>Wait for the sync to finish, or cancel it, then choose the language again.</source>
        <translation>Vänta tills synkroniseringen är klar, eller avbryt den, och välj sedan språket igen.</translation>
    </message>
    <message>
        <source>The interface language changes the next time the app starts.</source>
        <translation>Gränssnittsspråket ändras nästa gång appen startar.</translation>
    </message>
    <message>
        <source>cites {what}</source>
        <translation>citerar {what}</translation>
    </message>
    <message>
        <source>same topic: {name}</source>
        <translation>samma ämne: {name}</translation>
    </message>
    <message>
        <source>same category: {name}</source>
        <translation>samma kategori: {name}</translation>
    </message>
    <message>
        <source>published around the same time</source>
        <translation>publicerad vid ungefär samma tid</translation>
    </message>
    <message>
        <source>similar wording: {words}</source>
        <translation>liknande formuleringar: {words}</translation>
    </message>
    <message>
        <source>Side by side…</source>
        <translation>Sida vid sida…</translation>
    </message>
    <message>
        <source>Read two languages of this article in two columns</source>
        <translation>Läs två språk av den här artikeln i två kolumner</translation>
    </message>
    <message>
        <source>Languages of this article</source>
        <translation>Den här artikelns språk</translation>
    </message>
    <message>
        <source>Not synced yet:</source>
        <translation>Inte synkroniserade ännu:</translation>
    </message>
    <message>
        <source>Not in the library yet. Click to sync this language ({code}).</source>
        <translation>Inte i biblioteket ännu. Klicka för att synkronisera det här språket ({code}).</translation>
    </message>
    <message>
        <source>Sync this language: {name}</source>
        <translation>Synkronisera det här språket: {name}</translation>
    </message>
    <message>
        <source>{code}: the machine translation lost {spots} numbers or dates; they are marked in the text</source>
        <translation>{code}: maskinöversättningen har tappat {spots} tal eller datum; de är markerade i texten</translation>
    </message>
    <message>
        <source>{name} (syncing…)</source>
        <translation>{name} (synkroniseras…)</translation>
    </message>
    <message>
        <source>No library is open.</source>
        <translation>Inget bibliotek är öppet.</translation>
    </message>
    <message>
        <source>That is where the library is already.</source>
        <translation>Där finns biblioteket redan.</translation>
    </message>
    <message>
        <source>Open library…</source>
        <translation>Öppna bibliotek…</translation>
    </message>
    <message>
        <source>Move library…</source>
        <translation>Flytta biblioteket…</translation>
    </message>
    <message>
        <source>Backups…</source>
        <translation>Säkerhetskopior…</translation>
    </message>
    <message>
        <source>Open library</source>
        <translation>Öppna bibliotek</translation>
    </message>
    <message>
        <source>Move library to</source>
        <translation>Flytta biblioteket till</translation>
    </message>
    <message>
        <source>This window cannot switch libraries.</source>
        <translation>Det här fönstret kan inte byta bibliotek.</translation>
    </message>
    <message>
        <source>Wait for the sync to finish, or cancel it, then move.</source>
        <translation>Vänta tills synkroniseringen är klar, eller avbryt den, och flytta sedan.</translation>
    </message>
    <message>
        <source>{dest} exists already; choose a new file name.</source>
        <translation>{dest} finns redan; välj ett nytt filnamn.</translation>
    </message>
    <message>
        <source>Copying the library to {dest}…</source>
        <translation>Kopierar biblioteket till {dest}…</translation>
    </message>
    <message>
        <source>A sync started; move again after it.</source>
        <translation>En synkronisering startade; flytta igen när den är klar.</translation>
    </message>
    <message>
        <source>The library moved to {dest}, but the old file could not be removed: {e}</source>
        <translation>Biblioteket flyttades till {dest}, men den gamla filen kunde inte tas bort: {e}</translation>
    </message>
    <message>
        <source>The library is now at {dest}.</source>
        <translation>Biblioteket finns nu på {dest}.</translation>
    </message>
    <message>
        <source>The library was restored from {name}.</source>
        <translation>Biblioteket återställdes från {name}.</translation>
    </message>
    <message>
        <source>Cannot create the folder {folder}: {error}</source>
        <translation>Det går inte att skapa mappen {folder}: {error}</translation>
    </message>
    <message>
        <source>Light theme</source>
        <translation>Ljust tema</translation>
    </message>
    <message>
        <source>Dark theme</source>
        <translation>Mörkt tema</translation>
    </message>
    <message>
        <source>Sepia theme</source>
        <translation>Sepiatema</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synkronisera nu</translation>
    </message>
    <message>
        <source>Cancel sync</source>
        <translation>Avbryt synkroniseringen</translation>
    </message>
    <message>
        <source>Sync failures…</source>
        <translation>Synkroniseringsfel…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Sök</translation>
    </message>
    <message>
        <source>Search (find)</source>
        <translation>Sök (hitta)</translation>
    </message>
    <message>
        <source>Focus list</source>
        <translation>Gå till listan</translation>
    </message>
    <message>
        <source>Page down in article</source>
        <translation>Sida ned i artikeln</translation>
    </message>
    <message>
        <source>Page up in article</source>
        <translation>Sida upp i artikeln</translation>
    </message>
    <message>
        <source>Your library is empty. Open the sample library to look around, or add a source and sync.</source>
        <translation>Ditt bibliotek är tomt. Öppna exempelbiblioteket för att se dig omkring, eller lägg till en källa och synkronisera.</translation>
    </message>
    <message>
        <source>Open the sample library</source>
        <translation>Öppna exempelbiblioteket</translation>
    </message>
    <message>
        <source>Add a source…</source>
        <translation>Lägg till en källa…</translation>
    </message>
    <message>
        <source>Search all articles (Ctrl+K)</source>
        <translation>Sök i alla artiklar (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search in language</source>
        <translation>Sök på språk</translation>
    </message>
    <message>
        <source>Search in one language, or in all</source>
        <translation>Sök på ett språk, eller på alla</translation>
    </message>
    <message>
        <source>Filter titles</source>
        <translation>Filtrera titlar</translation>
    </message>
    <message>
        <source>Filter the list by title</source>
        <translation>Filtrera listan efter titel</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Relaterat</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artiklar</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Huvud</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>Sources…</source>
        <translation>Källor…</translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation>Inställningar…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Avsluta</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zooma in</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zooma ut</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Verklig storlek</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>A&amp;rtikel</translation>
    </message>
    <message>
        <source>Next article</source>
        <translation>Nästa artikel</translation>
    </message>
    <message>
        <source>Previous article</source>
        <translation>Föregående artikel</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Om</translation>
    </message>
    <message>
        <source>Opening the library…</source>
        <translation>Öppnar biblioteket…</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Alla språk</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Olästa</translation>
    </message>
    <message>
        <source>Importing the sample library…</source>
        <translation>Importerar exempelbiblioteket…</translation>
    </message>
    <message>
        <source>The sample library is ready.</source>
        <translation>Exempelbiblioteket är klart.</translation>
    </message>
    <message>
        <source>Sync cancelled</source>
        <translation>Synkroniseringen avbröts</translation>
    </message>
    <message>
        <source>Sync finished</source>
        <translation>Synkroniseringen är klar</translation>
    </message>
    <message>
        <source>This article was updated since you annotated or bookmarked it. Highlights were placed again; see the Notes tab for any not found. &lt;a href="compare"&gt;Compare revisions…&lt;/a&gt;</source>
        <translation>Artikeln har uppdaterats sedan du kommenterade eller bokmärkte den. Överstrykningarna har placerats om; se fliken Anteckningar för dem som inte hittades. &lt;a href="compare"&gt;Jämför versioner…&lt;/a&gt;</translation>
    </message>
    <message>
        <source>No sources to sync yet: add one under File › Sources…</source>
        <translation>Inga källor att synkronisera ännu: lägg till en under Arkiv › Källor…</translation>
    </message>
    <message>
        <source>Offline: the sources cannot be reached. Everything in the library is available.</source>
        <translation>Offline: källorna kan inte nås. Allt i biblioteket är tillgängligt.</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Inte synkroniserat ännu</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln artikel</numerusform>
            <numerusform>%Ln artiklar</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing: {new} new, {updated} updated, {failed} failed — {current}</source>
        <translation>Synkroniserar: {new} nya, {updated} uppdaterade, {failed} misslyckade — {current}</translation>
    </message>
    <message>
        <source>{word}: {new} new, {updated} updated, {failed} failed.</source>
        <translation>{word}: {new} nya, {updated} uppdaterade, {failed} misslyckade.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Search&lt;/b&gt; “{q}” in {where} — {n}</source>
        <translation>&lt;b&gt;Sökning&lt;/b&gt; ”{q}” i {where} — {n}</translation>
    </message>
    <message>
        <source>Last synced {when}</source>
        <translation>Senast synkroniserat {when}</translation>
    </message>
    <message>
        <source>Notebook</source>
        <translation>Anteckningsbok</translation>
    </message>
    <message>
        <source>Search quotes, notes and tags</source>
        <translation>Sök i citat, anteckningar och taggar</translation>
    </message>
    <message>
        <source>Search annotations</source>
        <translation>Sök i anteckningar</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>All collections</source>
        <translation>Alla samlingar</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alla taggar</translation>
    </message>
    <message>
        <source>All colours</source>
        <translation>Alla färger</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Alla lägen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s)</source>
        <translation>
            <numerusform>%Ln anteckning</numerusform>
            <numerusform>%Ln anteckningar</numerusform>
        </translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Samling</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tagg</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Läge</translation>
    </message>
    <message>
        <source>Lang.</source>
        <translation>Spr.</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citat</translation>
    </message>
    <message>
        <source>In place</source>
        <translation>På plats</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Flyttad</translation>
    </message>
    <message>
        <source>Not found (orphaned)</source>
        <translation>Hittades inte (föräldralös)</translation>
    </message>
    <message>
        <source>Bookmark article</source>
        <translation>Bokmärk artikeln</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Stryk över</translation>
    </message>
    <message>
        <source>No differences in the text.</source>
        <translation>Inga skillnader i texten.</translation>
    </message>
    <message>
        <source>Compare revisions…</source>
        <translation>Jämför versioner…</translation>
    </message>
    <message>
        <source>{insertions}, {deletions} ({paragraphs})</source>
        <translation>{insertions}, {deletions} ({paragraphs})</translation>
    </message>
    <message numerus="yes">
        <source>%Ln insertion(s)</source>
        <translation>
            <numerusform>%Ln tillägg</numerusform>
            <numerusform>%Ln tillägg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deletion(s)</source>
        <translation>
            <numerusform>%Ln strykning</numerusform>
            <numerusform>%Ln strykningar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln paragraph(s) changed</source>
        <translation>
            <numerusform>%Ln stycke ändrat</numerusform>
            <numerusform>%Ln stycken ändrade</numerusform>
        </translation>
    </message>
    <message>
        <source>Revision {n} — fetched {when}</source>
        <translation>Version {n} — hämtad {when}</translation>
    </message>
    <message>
        <source>Older revision</source>
        <translation>Äldre version</translation>
    </message>
    <message>
        <source>Newer revision</source>
        <translation>Nyare version</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Från:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Till:</translation>
    </message>
    <message>
        <source>Summary of the changes</source>
        <translation>Sammanfattning av ändringarna</translation>
    </message>
    <message>
        <source>Changes between the two revisions</source>
        <translation>Ändringar mellan de två versionerna</translation>
    </message>
    <message>
        <source>&amp;Previous change</source>
        <translation>Fö&amp;regående ändring</translation>
    </message>
    <message>
        <source>&amp;Next change</source>
        <translation>&amp;Nästa ändring</translation>
    </message>
    <message>
        <source>Open an article to compare its revisions.</source>
        <translation>Öppna en artikel för att jämföra dess versioner.</translation>
    </message>
    <message>
        <source>(newest)</source>
        <translation>(nyaste)</translation>
    </message>
    <message>
        <source>This article has only one revision: nothing to compare.</source>
        <translation>Artikeln har bara en version: inget att jämföra.</translation>
    </message>
    <message>
        <source>Choose two different revisions.</source>
        <translation>Välj två olika versioner.</translation>
    </message>
    <message>
        <source>(the older revision is on the right: read insertions as removals)</source>
        <translation>(den äldre versionen står till höger: läs tillägg som strykningar)</translation>
    </message>
    <message>
        <source>Compare revisions — {title}</source>
        <translation>Jämför versioner — {title}</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Revision {n} is missing from the library.</source>
        <translation>Version {n} saknas i biblioteket.</translation>
    </message>
    <message>
        <source>Related articles from the site</source>
        <translation>Relaterade artiklar från webbplatsen</translation>
    </message>
    <message>
        <source>Related articles found in the library</source>
        <translation>Relaterade artiklar i biblioteket</translation>
    </message>
    <message>
        <source>&lt;b&gt;You might also like&lt;/b&gt; (from the site)</source>
        <translation>&lt;b&gt;Du kanske också gillar&lt;/b&gt; (från webbplatsen)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Related in your library&lt;/b&gt;</source>
        <translation>&lt;b&gt;Relaterat i ditt bibliotek&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Related articles</source>
        <translation>Relaterade artiklar</translation>
    </message>
    <message>
        <source>The site lists no related articles.</source>
        <translation>Webbplatsen anger inga relaterade artiklar.</translation>
    </message>
    <message>
        <source>Working out related articles…</source>
        <translation>Tar fram relaterade artiklar…</translation>
    </message>
    <message>
        <source>No related articles found in the library.</source>
        <translation>Inga relaterade artiklar hittades i biblioteket.</translation>
    </message>
    <message>
        <source>not synced — click to fetch it</source>
        <translation>inte synkroniserad — klicka för att hämta den</translation>
    </message>
    <message>
        <source>Fetching “{title}”…</source>
        <translation>Hämtar ”{title}”…</translation>
    </message>
    <message>
        <source>fetching…</source>
        <translation>hämtar…</translation>
    </message>
    <message>
        <source>Shown in {lang}: not held in this language</source>
        <translation>Visas på {lang}: finns inte på det här språket</translation>
    </message>
    <message>
        <source>Could not fetch “{title}”: {error}</source>
        <translation>Kunde inte hämta ”{title}”: {error}</translation>
    </message>
    <message>
        <source>Fetched “{title}”.</source>
        <translation>Hämtade ”{title}”.</translation>
    </message>
    <message>
        <source>Library sections</source>
        <translation>Bibliotekets delar</translation>
    </message>
    <message>
        <source>Recently read</source>
        <translation>Nyligen lästa</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Bokmärken</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Samlingar</translation>
    </message>
    <message>
        <source>Laws and cases</source>
        <translation>Lagar och mål</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>exempel</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Sida vid sida</translation>
    </message>
    <message>
        <source>Left column language</source>
        <translation>Vänster kolumns språk</translation>
    </message>
    <message>
        <source>Right column language</source>
        <translation>Höger kolumns språk</translation>
    </message>
    <message>
        <source>Paragraphs are paired by the article's structure.</source>
        <translation>Styckena paras ihop efter artikelns struktur.</translation>
    </message>
    <message>
        <source>Open an article first.</source>
        <translation>Öppna en artikel först.</translation>
    </message>
    <message>
        <source>The library holds this article in one language only.</source>
        <translation>Biblioteket har den här artikeln på ett enda språk.</translation>
    </message>
    <message>
        <source>Left:</source>
        <translation>Vänster:</translation>
    </message>
    <message>
        <source>Right:</source>
        <translation>Höger:</translation>
    </message>
    <message>
        <source>Syncing the {language} translation…</source>
        <translation>Synkroniserar översättningen ({language})…</translation>
    </message>
    <message>
        <source>The {language} translation was not fetched: {reason}</source>
        <translation>Översättningen ({language}) hämtades inte: {reason}</translation>
    </message>
    <message>
        <source>The {language} translation is now in the library.</source>
        <translation>Översättningen ({language}) finns nu i biblioteket.</translation>
    </message>
    <message>
        <source>Offline: the source cannot be reached, so the {language} translation was not fetched. Everything in the library is still available.</source>
        <translation>Offline: källan kan inte nås, så översättningen ({language}) hämtades inte. Allt i biblioteket är fortfarande tillgängligt.</translation>
    </message>
    <message>
        <source>Undo note edit</source>
        <translation type="vanished">Ångra redigering av anteckning</translation>
    </message>
    <message>
        <source>Undo colour change</source>
        <translation type="vanished">Ångra färgbyte</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation type="vanished">Ångra borttagning</translation>
    </message>
    <message>
        <source>Undo highlight</source>
        <translation type="vanished">Ångra överstrykning</translation>
    </message>
    <message>
        <source>1 article</source>
        <translation type="vanished">1 artikel</translation>
    </message>
    <message>
        <source>{n} articles</source>
        <translation type="vanished">{n} artiklar</translation>
    </message>
    <message>
        <source>Added {what} to “{name}”.</source>
        <translation type="vanished">Lade till {what} i ”{name}”.</translation>
    </message>
    <message>
        <source>Delete the collection “{name}”?

Its {what} stay in the library; only the collection, its description and its order are removed.</source>
        <translation type="vanished">Ta bort samlingen ”{name}”?

Dess {what} finns kvar i biblioteket; bara samlingen, dess beskrivning och dess ordning tas bort.</translation>
    </message>
    <message>
        <source>Add {what} to:</source>
        <translation type="vanished">Lägg till {what} i:</translation>
    </message>
    <message>
        <source>Removed {what} from “{name}”; they stay in the library.</source>
        <translation type="vanished">Tog bort {what} från ”{name}”; de finns kvar i biblioteket.</translation>
    </message>
    <message>
        <source>{n} already in it.</source>
        <translation type="vanished">{n} fanns redan i den.</translation>
    </message>
    <message>
        <source>1 insertion</source>
        <translation type="vanished">1 tillägg</translation>
    </message>
    <message>
        <source>1 deletion</source>
        <translation type="vanished">1 strykning</translation>
    </message>
    <message>
        <source>1 paragraph changed</source>
        <translation type="vanished">1 stycke ändrat</translation>
    </message>
    <message>
        <source>{n} insertions</source>
        <translation type="vanished">{n} tillägg</translation>
    </message>
    <message>
        <source>{n} deletions</source>
        <translation type="vanished">{n} strykningar</translation>
    </message>
    <message>
        <source>{n} paragraphs changed</source>
        <translation type="vanished">{n} stycken ändrade</translation>
    </message>
</context>
</TS>
