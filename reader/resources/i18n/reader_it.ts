<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
<context>
    <name>reader</name>
    <message>
        <source>No automatic backup of {path}: the disk has less than {mb} MB free. Free some space, or move the library (File → Move library…).</source>
        <translation>Nessun backup automatico di {path}: sul disco ci sono meno di {mb} MB liberi. Libera spazio, oppure sposta la biblioteca (File → Sposta biblioteca…).</translation>
    </message>
    <message>
        <source>The library {db} is already open in another window of {app}. Switch to that window, or close it first.</source>
        <translation>La biblioteca {db} è già aperta in un’altra finestra di {app}. Passa a quella finestra, oppure chiudila prima.</translation>
    </message>
    <message>
        <source>The library {db} was not found (was it moved, or is its drive not connected?). Create a new, empty library there?</source>
        <translation>La biblioteca {db} non è stata trovata (è stata spostata, o la sua unità non è collegata?). Creare lì una nuova biblioteca vuota?</translation>
    </message>
    <message>
        <source>Image not available offline</source>
        <translation>Immagine non disponibile offline</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Immagine</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Sample content written for this app</source>
        <translation>Contenuto di esempio scritto per questa app</translation>
    </message>
    <message>
        <source>It is not an article of the source site: its contributors are fictional, and its statements of law should be checked against the primary sources before they are relied on.</source>
        <translation>Non è un articolo del sito di origine: gli autori sono fittizi e le affermazioni giuridiche vanno verificate sulle fonti primarie prima di farvi affidamento.</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Pubblicato</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Argomenti</translation>
    </message>
    <message>
        <source>Contributors</source>
        <translation>Autori</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Redazione</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>Retrieved on</source>
        <translation>Recuperato il</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revisione</translation>
    </message>
    <message>
        <source>Removed from the source on</source>
        <translation>Rimosso dalla fonte il</translation>
    </message>
    <message>
        <source>No English paragraph is aligned with this one.</source>
        <translation>Nessun paragrafo inglese è allineato a questo.</translation>
    </message>
    <message>
        <source>{title} — side by side</source>
        <translation>{title} — affiancati</translation>
    </message>
    <message>
        <source>The machine translation damaged {spots} numbers or dates in {blocks} paragraphs (XNUMX stands for lost digits). Point at a marked spot, or click it, to read the English paragraph with the real numbers.</source>
        <translation>La traduzione automatica ha danneggiato {spots} numeri o date in {blocks} paragrafi (XNUMX sta per cifre perse). Punta a un punto segnalato, o fai clic, per leggere il paragrafo inglese con i numeri reali.</translation>
    </message>
    <message>
        <source>Numbers in the English original:</source>
        <translation>Numeri nell’originale inglese:</translation>
    </message>
    <message>
        <source>Dates in the English original:</source>
        <translation>Date nell’originale inglese:</translation>
    </message>
    <message>
        <source>English:</source>
        <translation>Inglese:</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versione</translation>
    </message>
    <message>
        <source>An offline reader for legal news about China.</source>
        <translation>Un lettore offline di notizie giuridiche sulla Cina.</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>is free software under the MIT licence.</source>
        <translation>è software libero con licenza MIT.</translation>
    </message>
    <message>
        <source>Built with</source>
        <translation>Realizzato con</translation>
    </message>
    <message>
        <source>and Qt for Python (PySide6)</source>
        <translation>e Qt for Python (PySide6)</translation>
    </message>
    <message>
        <source>Qt WebEngine contains Chromium, under BSD-style and other open-source licences.</source>
        <translation>Qt WebEngine contiene Chromium, con licenze di tipo BSD e altre licenze open source.</translation>
    </message>
    <message>
        <source>You may replace the Qt libraries in the program's folder with your own build.</source>
        <translation>Puoi sostituire le librerie Qt nella cartella del programma con una tua compilazione.</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Pacchetto</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licenza</translation>
    </message>
    <message>
        <source>Fonts</source>
        <translation>Caratteri</translation>
    </message>
    <message>
        <source>The fonts are the system's; they are not part of the program.</source>
        <translation>I caratteri sono quelli del sistema; non fanno parte del programma.</translation>
    </message>
    <message>
        <source>Portable mode: settings and library in {folder}</source>
        <translation>Modalità portatile: impostazioni e biblioteca in {folder}</translation>
    </message>
    <message>
        <source>Settings: {file}</source>
        <translation>Impostazioni: {file}</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Informazioni su {app}</translation>
    </message>
    <message>
        <source>Undo note change</source>
        <translation>Annulla modifica della nota</translation>
    </message>
    <message>
        <source>Export notes…</source>
        <translation>Esporta note…</translation>
    </message>
    <message>
        <source>Import notes…</source>
        <translation>Importa note…</translation>
    </message>
    <message>
        <source>Highlight selection</source>
        <translation>Evidenzia la selezione</translation>
    </message>
    <message>
        <source>Highlight with note…</source>
        <translation>Evidenzia con nota…</translation>
    </message>
    <message>
        <source>Notebook…</source>
        <translation>Quaderno…</translation>
    </message>
    <message>
        <source>Export notes</source>
        <translation>Esporta note</translation>
    </message>
    <message>
        <source>Notes of</source>
        <translation>Note di</translation>
    </message>
    <message>
        <source>Markdown (to read, print or paste)</source>
        <translation>Markdown (da leggere, stampare o incollare)</translation>
    </message>
    <message>
        <source>W3C Web Annotation JSON-LD (to import again)</source>
        <translation>W3C Web Annotation JSON-LD (da reimportare)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Import notes</source>
        <translation>Importa note</translation>
    </message>
    <message>
        <source>Web Annotation JSON-LD (*.jsonld *.json);;All files (*)</source>
        <translation>Web Annotation JSON-LD (*.jsonld *.json);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Niente da annullare.</translation>
    </message>
    <message>
        <source>All notes in the library</source>
        <translation>Tutte le note della biblioteca</translation>
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
        <translation>Seleziona prima del testo nell’articolo.</translation>
    </message>
    <message>
        <source>Select the passage this note belongs to, then re-attach.</source>
        <translation>Seleziona il passo a cui appartiene questa nota, poi ricollegala.</translation>
    </message>
    <message>
        <source>This article</source>
        <translation>Questo articolo</translation>
    </message>
    <message>
        <source>The collection “{name}”</source>
        <translation>La raccolta «{name}»</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln note(s) to {path}.</source>
        <translation>
            <numerusform>%Ln nota esportata in {path}.</numerusform>
            <numerusform>%Ln note esportate in {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write {path}: {error}.</source>
        <translation>Impossibile scrivere {path}: {error}.</translation>
    </message>
    <message>
        <source>moved: the text changed around it</source>
        <translation>spostata: il testo intorno è cambiato</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Your note, in Markdown: **bold**, *italic*, lists, links</source>
        <translation>La tua nota, in Markdown: **grassetto**, *corsivo*, elenchi, link</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Testo della nota</translation>
    </message>
    <message>
        <source>Note preview</source>
        <translation>Anteprima della nota</translation>
    </message>
    <message>
        <source>comma-separated, e.g. reciprocity, service</source>
        <translation>separati da virgole, ad es. reciprocità, notificazione</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Colore</translation>
    </message>
    <message>
        <source>Highlights and notes</source>
        <translation>Evidenziazioni e note</translation>
    </message>
    <message>
        <source>No highlights yet. Select text in the article and choose Highlight (right-click, or Ctrl+Shift+H).</source>
        <translation>Nessuna evidenziazione. Seleziona del testo nell’articolo e scegli Evidenzia (clic destro, o Ctrl+Maiusc+H).</translation>
    </message>
    <message>
        <source>Edit note…</source>
        <translation>Modifica nota…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Re-attach to selection</source>
        <translation>Ricollega alla selezione</translation>
    </message>
    <message>
        <source>Select the passage in the article where this note belongs, then click here</source>
        <translation>Seleziona nell’articolo il passo a cui appartiene questa nota, poi fai clic qui</translation>
    </message>
    <message>
        <source>not found in the current version (last found in revision {n})</source>
        <translation>non trovata nella versione attuale (trovata l’ultima volta nella revisione {n})</translation>
    </message>
    <message>
        <source>Note edit undone</source>
        <translation>Modifica della nota annullata</translation>
    </message>
    <message>
        <source>Colour change undone</source>
        <translation>Cambio di colore annullato</translation>
    </message>
    <message>
        <source>Note restored</source>
        <translation>Nota ripristinata</translation>
    </message>
    <message>
        <source>Highlight removed</source>
        <translation>Evidenziazione rimossa</translation>
    </message>
    <message>
        <source>made on revision {n}</source>
        <translation>creata sulla revisione {n}</translation>
    </message>
    <message>
        <source>tags: {t}</source>
        <translation>tag: {t}</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Lingue</translation>
    </message>
    <message>
        <source>Damaged translation (numbers or dates lost): {languages}</source>
        <translation>Traduzione danneggiata (numeri o date persi): {languages}</translation>
    </message>
    <message>
        <source>Bookmarked</source>
        <translation>Nei segnalibri</translation>
    </message>
    <message>
        <source>Has notes</source>
        <translation>Ha note</translation>
    </message>
    <message>
        <source>Updated since you annotated or bookmarked it</source>
        <translation>Aggiornato da quando l’hai annotato o aggiunto ai segnalibri</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatico</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Manuale</translation>
    </message>
    <message>
        <source>Replaced by a restore</source>
        <translation>Sostituito da un ripristino</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Ancora nessun backup.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Esegui backup ora</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Ripristina…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Elimina…</translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation>Mostra cartella</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> ore</translation>
    </message>
    <message>
        <source>never</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>Back up automatically every</source>
        <translation>Backup automatico ogni</translation>
    </message>
    <message>
        <source>Automatic backups to keep</source>
        <translation>Backup automatici da conservare</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Backup in corso…</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Ripristina un backup</translation>
    </message>
    <message>
        <source>Delete a backup</source>
        <translation>Elimina un backup</translation>
    </message>
    <message>
        <source>Before an upgrade (from schema {v})</source>
        <translation>Prima di un aggiornamento (dallo schema {v})</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dimensione</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Backups of {library}. Restoring one replaces the library; the current file is kept in the backups folder first, so a restore can be undone.</source>
        <translation>Backup di {library}. Ripristinarne uno sostituisce la biblioteca; prima il file attuale viene conservato nella cartella dei backup, così il ripristino si può annullare.</translation>
    </message>
    <message>
        <source>No backup was made: {e}</source>
        <translation>Nessun backup eseguito: {e}</translation>
    </message>
    <message>
        <source>Replace the library with the backup of {when}?

Everything changed since then is replaced. The current library is kept in the backups folder first, so you can restore it again.</source>
        <translation>Sostituire la biblioteca con il backup del {when}?

Tutto ciò che è cambiato da allora viene sostituito. Prima la biblioteca attuale viene conservata nella cartella dei backup, così potrai ripristinarla.</translation>
    </message>
    <message>
        <source>Delete the backup of {when} ({kind}, {size})? This cannot be undone.</source>
        <translation>Eliminare il backup del {when} ({kind}, {size})? L’operazione non si può annullare.</translation>
    </message>
    <message>
        <source>Not deleted: {e}</source>
        <translation>Non eliminato: {e}</translation>
    </message>
    <message>
        <source>Laws</source>
        <translation>Leggi</translation>
    </message>
    <message>
        <source>Judicial interpretations and rules</source>
        <translation>Interpretazioni giudiziarie e norme</translation>
    </message>
    <message>
        <source>Regulations</source>
        <translation>Regolamenti</translation>
    </message>
    <message>
        <source>Treaties</source>
        <translation>Trattati</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casi</translation>
    </message>
    <message>
        <source>Other documents</source>
        <translation>Altri documenti</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) cite {name}</source>
        <translation>
            <numerusform>%Ln articolo cita {name}</numerusform>
            <numerusform>%Ln articoli citano {name}</numerusform>
        </translation>
    </message>
    <message>
        <source>Add to collection</source>
        <translation>Aggiungi a una raccolta</translation>
    </message>
    <message>
        <source>An &amp;existing collection</source>
        <translation>Una raccolta &amp;esistente</translation>
    </message>
    <message>
        <source>Existing collection</source>
        <translation>Raccolta esistente</translation>
    </message>
    <message>
        <source>A &amp;new collection</source>
        <translation>Una &amp;nuova raccolta</translation>
    </message>
    <message>
        <source>Name of the new collection</source>
        <translation>Nome della nuova raccolta</translation>
    </message>
    <message>
        <source>e.g. the matter or client</source>
        <translation>ad es. la pratica o il cliente</translation>
    </message>
    <message>
        <source>Description of the new collection</source>
        <translation>Descrizione della nuova raccolta</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Descrizione:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Aggiungi</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>A collection needs a name.</source>
        <translation>Una raccolta deve avere un nome.</translation>
    </message>
    <message>
        <source>Add to collection…</source>
        <translation>Aggiungi a una raccolta…</translation>
    </message>
    <message>
        <source>Remove from collection</source>
        <translation>Rimuovi dalla raccolta</translation>
    </message>
    <message>
        <source>Move up in collection</source>
        <translation>Sposta su nella raccolta</translation>
    </message>
    <message>
        <source>Move down in collection</source>
        <translation>Sposta giù nella raccolta</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>Nuova raccolta</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Apri nel browser</translation>
    </message>
    <message>
        <source>New collection…</source>
        <translation>Nuova raccolta…</translation>
    </message>
    <message>
        <source>Edit name and description…</source>
        <translation>Modifica nome e descrizione…</translation>
    </message>
    <message>
        <source>Delete collection…</source>
        <translation>Elimina raccolta…</translation>
    </message>
    <message numerus="yes">
        <source>Add %Ln article(s) to:</source>
        <translation>
            <numerusform>Aggiungi %Ln articolo a:</numerusform>
            <numerusform>Aggiungi %Ln articoli a:</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit collection</source>
        <translation>Modifica raccolta</translation>
    </message>
    <message>
        <source>Remove bookmark</source>
        <translation>Rimuovi segnalibro</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>Segnalibro</translation>
    </message>
    <message>
        <source>A collection named “{name}” already exists.</source>
        <translation>Esiste già una raccolta di nome «{name}».</translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln article(s) to “{name}”.</source>
        <translation>
            <numerusform>%Ln articolo aggiunto a «{name}».</numerusform>
            <numerusform>%Ln articoli aggiunti a «{name}».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already in it.</source>
        <translation>
            <numerusform>%Ln era già presente.</numerusform>
            <numerusform>%Ln erano già presenti.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the collection “{name}”?

Its %Ln article(s) stay in the library; only the collection, its description and its order are removed.</source>
        <translation>
            <numerusform>Eliminare la raccolta «{name}»?

Il suo articolo (%Ln) resta nella biblioteca; vengono rimossi solo la raccolta, la sua descrizione e il suo ordine.</numerusform>
            <numerusform>Eliminare la raccolta «{name}»?

I suoi %Ln articoli restano nella biblioteca; vengono rimossi solo la raccolta, la sua descrizione e il suo ordine.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %Ln article(s) from “{name}”; they stay in the library.</source>
        <translation>
            <numerusform>%Ln articolo rimosso da «{name}»; resta nella biblioteca.</numerusform>
            <numerusform>%Ln articoli rimossi da «{name}»; restano nella biblioteca.</numerusform>
        </translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>Tutti gli articoli</translation>
    </message>
    <message>
        <source>Deleted the collection “{name}”.</source>
        <translation>Raccolta «{name}» eliminata.</translation>
    </message>
    <message>
        <source>China Justice Observer</source>
        <translation>China Justice Observer</translation>
    </message>
    <message>
        <source>RSS or Atom feed</source>
        <translation>Feed RSS o Atom</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Translations at</source>
        <translation>Traduzioni in</translation>
    </message>
    <message>
        <source>Pause between requests (s)</source>
        <translation>Pausa tra le richieste (s)</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fonti</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Aggiungi…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifica…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Remove source</source>
        <translation>Rimuovi fonte</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferenze</translation>
    </message>
    <message>
        <source> min (0 = manual)</source>
        <translation> min (0 = manuale)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Lettera USA</translation>
    </message>
    <message>
        <source>Content languages (in order)</source>
        <translation>Lingue dei contenuti (in ordine)</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>Dimensione del carattere</translation>
    </message>
    <message>
        <source>Sync automatically every</source>
        <translation>Sincronizza automaticamente ogni</translation>
    </message>
    <message>
        <source>Library file (applies at next start)</source>
        <translation>File della biblioteca (al prossimo avvio)</translation>
    </message>
    <message>
        <source>Paper size for PDF</source>
        <translation>Formato carta per PDF</translation>
    </message>
    <message>
        <source>Library file</source>
        <translation>File della biblioteca</translation>
    </message>
    <message>
        <source>Libraries (*.sqlite)</source>
        <translation>Biblioteche (*.sqlite)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>Sync failures</source>
        <translation>Errori di sincronizzazione</translation>
    </message>
    <message>
        <source>The address must start with http:// or https://.</source>
        <translation>L’indirizzo deve iniziare con http:// o https://.</translation>
    </message>
    <message>
        <source>The address needs a valid host name, as in https://example.org/feed/.</source>
        <translation>L’indirizzo deve contenere un nome host valido, come in https://example.org/feed/.</translation>
    </message>
    <message>
        <source>The translations address must contain {lang}.</source>
        <translation>L’indirizzo delle traduzioni deve contenere {lang}.</translation>
    </message>
    <message>
        <source>Open the selected article</source>
        <translation>Apri l’articolo selezionato</translation>
    </message>
    <message>
        <source>Move in the list</source>
        <translation>Spostati nell’elenco</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasti</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Articolo</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Remove {name} and its articles from the library? Bookmarks, collections and notes are kept and come back if you add the source again.</source>
        <translation>Rimuovere {name} e i suoi articoli dalla biblioteca? Segnalibri, raccolte e note vengono conservati e ritornano se aggiungi di nuovo la fonte.</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Anteprima di stampa</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Esporta come PDF</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Number paragraphs for pinpoint citation</source>
        <translation>Numera i paragrafi per la citazione puntuale</translation>
    </message>
    <message>
        <source>Include highlights and notes</source>
        <translation>Includi evidenziazioni e note</translation>
    </message>
    <message>
        <source>Preparing the binder…</source>
        <translation>Preparazione della raccolta in volume…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>File PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Stampa</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln selected article(s)</source>
        <translation>
            <numerusform>L’articolo selezionato (%Ln)</numerusform>
            <numerusform>I %Ln articoli selezionati</numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Esporta</translation>
    </message>
    <message>
        <source>Annotations are not available in this version.</source>
        <translation>Le annotazioni non sono disponibili in questa versione.</translation>
    </message>
    <message>
        <source>Choose an article, select articles or open a collection.</source>
        <translation>Scegli un articolo, seleziona degli articoli o apri una raccolta.</translation>
    </message>
    <message>
        <source>Selected articles</source>
        <translation>Articoli selezionati</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Esportazione annullata; non è stato scritto nulla.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln page(s) to {path}</source>
        <translation>
            <numerusform>%Ln pagina esportata in {path}</numerusform>
            <numerusform>%Ln pagine esportate in {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Printed {done} of {total}: {title}</source>
        <translation>Stampati {done} di {total}: {title}</translation>
    </message>
    <message>
        <source>{name} already exists. Replace it?</source>
        <translation>{name} esiste già. Sostituirlo?</translation>
    </message>
    <message>
        <source>Export as PDF…</source>
        <translation>Esporta come PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Stampa…</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Giallo</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Verde</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blu</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Rosa</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Viola</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Chiaro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Scuro</translation>
    </message>
    <message>
        <source>Sepia</source>
        <translation>Seppia</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Lingua dell’interfaccia</translation>
    </message>
    <message>
        <source>Wait for the sync to finish, or cancel it, then choose the language again.</source>
        <translation>Attendi la fine della sincronizzazione, o annullala, poi scegli di nuovo la lingua.</translation>
    </message>
    <message>
        <source>The interface language changes the next time the app starts.</source>
        <translation>La lingua dell’interfaccia cambierà al prossimo avvio dell’app.</translation>
    </message>
    <message>
        <source>cites {what}</source>
        <translation>cita {what}</translation>
    </message>
    <message>
        <source>same topic: {name}</source>
        <translation>stesso argomento: {name}</translation>
    </message>
    <message>
        <source>same category: {name}</source>
        <translation>stessa categoria: {name}</translation>
    </message>
    <message>
        <source>published around the same time</source>
        <translation>pubblicato nello stesso periodo</translation>
    </message>
    <message>
        <source>similar wording: {words}</source>
        <translation>formulazione simile: {words}</translation>
    </message>
    <message>
        <source>Side by side…</source>
        <translation>Affiancati…</translation>
    </message>
    <message>
        <source>Read two languages of this article in two columns</source>
        <translation>Leggi due lingue di questo articolo in due colonne</translation>
    </message>
    <message>
        <source>Languages of this article</source>
        <translation>Lingue di questo articolo</translation>
    </message>
    <message>
        <source>Not synced yet:</source>
        <translation>Non ancora sincronizzate:</translation>
    </message>
    <message>
        <source>Not in the library yet. Click to sync this language ({code}).</source>
        <translation>Non ancora nella biblioteca. Fai clic per sincronizzare questa lingua ({code}).</translation>
    </message>
    <message>
        <source>Sync this language: {name}</source>
        <translation>Sincronizza questa lingua: {name}</translation>
    </message>
    <message>
        <source>{code}: the machine translation lost {spots} numbers or dates; they are marked in the text</source>
        <translation>{code}: la traduzione automatica ha perso {spots} numeri o date; sono segnalati nel testo</translation>
    </message>
    <message>
        <source>{name} (syncing…)</source>
        <translation>{name} (sincronizzazione…)</translation>
    </message>
    <message>
        <source>No library is open.</source>
        <translation>Nessuna biblioteca aperta.</translation>
    </message>
    <message>
        <source>That is where the library is already.</source>
        <translation>La biblioteca si trova già lì.</translation>
    </message>
    <message>
        <source>Open library…</source>
        <translation>Apri biblioteca…</translation>
    </message>
    <message>
        <source>Move library…</source>
        <translation>Sposta biblioteca…</translation>
    </message>
    <message>
        <source>Backups…</source>
        <translation>Backup…</translation>
    </message>
    <message>
        <source>Open library</source>
        <translation>Apri biblioteca</translation>
    </message>
    <message>
        <source>Move library to</source>
        <translation>Sposta la biblioteca in</translation>
    </message>
    <message>
        <source>This window cannot switch libraries.</source>
        <translation>Questa finestra non può cambiare biblioteca.</translation>
    </message>
    <message>
        <source>Wait for the sync to finish, or cancel it, then move.</source>
        <translation>Attendi la fine della sincronizzazione, o annullala, poi sposta.</translation>
    </message>
    <message>
        <source>{dest} exists already; choose a new file name.</source>
        <translation>{dest} esiste già; scegli un nuovo nome di file.</translation>
    </message>
    <message>
        <source>Copying the library to {dest}…</source>
        <translation>Copia della biblioteca in {dest}…</translation>
    </message>
    <message>
        <source>A sync started; move again after it.</source>
        <translation>È iniziata una sincronizzazione; sposta di nuovo al termine.</translation>
    </message>
    <message>
        <source>The library moved to {dest}, but the old file could not be removed: {e}</source>
        <translation>La biblioteca è stata spostata in {dest}, ma non è stato possibile rimuovere il vecchio file: {e}</translation>
    </message>
    <message>
        <source>The library is now at {dest}.</source>
        <translation>La biblioteca ora si trova in {dest}.</translation>
    </message>
    <message>
        <source>The library was restored from {name}.</source>
        <translation>La biblioteca è stata ripristinata da {name}.</translation>
    </message>
    <message>
        <source>Cannot create the folder {folder}: {error}</source>
        <translation>Impossibile creare la cartella {folder}: {error}</translation>
    </message>
    <message>
        <source>Light theme</source>
        <translation>Tema chiaro</translation>
    </message>
    <message>
        <source>Dark theme</source>
        <translation>Tema scuro</translation>
    </message>
    <message>
        <source>Sepia theme</source>
        <translation>Tema seppia</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizza ora</translation>
    </message>
    <message>
        <source>Cancel sync</source>
        <translation>Annulla sincronizzazione</translation>
    </message>
    <message>
        <source>Sync failures…</source>
        <translation>Errori di sincronizzazione…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Cerca</translation>
    </message>
    <message>
        <source>Search (find)</source>
        <translation>Cerca (trova)</translation>
    </message>
    <message>
        <source>Focus list</source>
        <translation>Vai all’elenco</translation>
    </message>
    <message>
        <source>Page down in article</source>
        <translation>Pagina giù nell’articolo</translation>
    </message>
    <message>
        <source>Page up in article</source>
        <translation>Pagina su nell’articolo</translation>
    </message>
    <message>
        <source>Your library is empty. Open the sample library to look around, or add a source and sync.</source>
        <translation>La biblioteca è vuota. Apri la biblioteca di esempio per dare un’occhiata, oppure aggiungi una fonte e sincronizza.</translation>
    </message>
    <message>
        <source>Open the sample library</source>
        <translation>Apri la biblioteca di esempio</translation>
    </message>
    <message>
        <source>Add a source…</source>
        <translation>Aggiungi una fonte…</translation>
    </message>
    <message>
        <source>Search all articles (Ctrl+K)</source>
        <translation>Cerca in tutti gli articoli (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search in language</source>
        <translation>Cerca nella lingua</translation>
    </message>
    <message>
        <source>Search in one language, or in all</source>
        <translation>Cerca in una lingua o in tutte</translation>
    </message>
    <message>
        <source>Filter titles</source>
        <translation>Filtra i titoli</translation>
    </message>
    <message>
        <source>Filter the list by title</source>
        <translation>Filtra l’elenco per titolo</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Correlati</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articoli</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Sources…</source>
        <translation>Fonti…</translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation>Preferenze…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Ingrandisci</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Riduci</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Dimensione reale</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>&amp;Articolo</translation>
    </message>
    <message>
        <source>Next article</source>
        <translation>Articolo successivo</translation>
    </message>
    <message>
        <source>Previous article</source>
        <translation>Articolo precedente</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Guida</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Informazioni</translation>
    </message>
    <message>
        <source>Opening the library…</source>
        <translation>Apertura della biblioteca…</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Tutte le lingue</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Non letti</translation>
    </message>
    <message>
        <source>Importing the sample library…</source>
        <translation>Importazione della biblioteca di esempio…</translation>
    </message>
    <message>
        <source>The sample library is ready.</source>
        <translation>La biblioteca di esempio è pronta.</translation>
    </message>
    <message>
        <source>Sync cancelled</source>
        <translation>Sincronizzazione annullata</translation>
    </message>
    <message>
        <source>Sync finished</source>
        <translation>Sincronizzazione completata</translation>
    </message>
    <message>
        <source>This article was updated since you annotated or bookmarked it. Highlights were placed again; see the Notes tab for any not found. &lt;a href="compare"&gt;Compare revisions…&lt;/a&gt;</source>
        <translation>Questo articolo è stato aggiornato da quando l’hai annotato o aggiunto ai segnalibri. Le evidenziazioni sono state ricollocate; vedi la scheda Note per quelle non trovate. &lt;a href="compare"&gt;Confronta revisioni…&lt;/a&gt;</translation>
    </message>
    <message>
        <source>No sources to sync yet: add one under File › Sources…</source>
        <translation>Ancora nessuna fonte da sincronizzare: aggiungine una in File › Fonti…</translation>
    </message>
    <message>
        <source>Offline: the sources cannot be reached. Everything in the library is available.</source>
        <translation>Offline: le fonti non sono raggiungibili. Tutto ciò che è nella biblioteca è disponibile.</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Non ancora sincronizzato</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln articolo</numerusform>
            <numerusform>%Ln articoli</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing: {new} new, {updated} updated, {failed} failed — {current}</source>
        <translation>Sincronizzazione: {new} nuovi, {updated} aggiornati, {failed} non riusciti — {current}</translation>
    </message>
    <message>
        <source>{word}: {new} new, {updated} updated, {failed} failed.</source>
        <translation>{word}: {new} nuovi, {updated} aggiornati, {failed} non riusciti.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Search&lt;/b&gt; “{q}” in {where} — {n}</source>
        <translation>&lt;b&gt;Ricerca&lt;/b&gt; «{q}» in {where} — {n}</translation>
    </message>
    <message>
        <source>Last synced {when}</source>
        <translation>Ultima sincronizzazione: {when}</translation>
    </message>
    <message>
        <source>Notebook</source>
        <translation>Quaderno</translation>
    </message>
    <message>
        <source>Search quotes, notes and tags</source>
        <translation>Cerca in citazioni, note e tag</translation>
    </message>
    <message>
        <source>Search annotations</source>
        <translation>Cerca nelle annotazioni</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotazioni</translation>
    </message>
    <message>
        <source>All collections</source>
        <translation>Tutte le raccolte</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Tutti i tag</translation>
    </message>
    <message>
        <source>All colours</source>
        <translation>Tutti i colori</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Qualsiasi stato</translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s)</source>
        <translation>
            <numerusform>%Ln annotazione</numerusform>
            <numerusform>%Ln annotazioni</numerusform>
        </translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Raccolta</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Lang.</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citazione</translation>
    </message>
    <message>
        <source>In place</source>
        <translation>Al suo posto</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Spostata</translation>
    </message>
    <message>
        <source>Not found (orphaned)</source>
        <translation>Non trovata (orfana)</translation>
    </message>
    <message>
        <source>Bookmark article</source>
        <translation>Aggiungi l’articolo ai segnalibri</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Evidenzia</translation>
    </message>
    <message>
        <source>No differences in the text.</source>
        <translation>Nessuna differenza nel testo.</translation>
    </message>
    <message>
        <source>Compare revisions…</source>
        <translation>Confronta revisioni…</translation>
    </message>
    <message>
        <source>{insertions}, {deletions} ({paragraphs})</source>
        <translation>{insertions}, {deletions} ({paragraphs})</translation>
    </message>
    <message numerus="yes">
        <source>%Ln insertion(s)</source>
        <translation>
            <numerusform>%Ln inserimento</numerusform>
            <numerusform>%Ln inserimenti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deletion(s)</source>
        <translation>
            <numerusform>%Ln soppressione</numerusform>
            <numerusform>%Ln soppressioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln paragraph(s) changed</source>
        <translation>
            <numerusform>%Ln paragrafo modificato</numerusform>
            <numerusform>%Ln paragrafi modificati</numerusform>
        </translation>
    </message>
    <message>
        <source>Revision {n} — fetched {when}</source>
        <translation>Revisione {n} — recuperata il {when}</translation>
    </message>
    <message>
        <source>Older revision</source>
        <translation>Revisione precedente</translation>
    </message>
    <message>
        <source>Newer revision</source>
        <translation>Revisione successiva</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Da:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;A:</translation>
    </message>
    <message>
        <source>Summary of the changes</source>
        <translation>Riepilogo delle modifiche</translation>
    </message>
    <message>
        <source>Changes between the two revisions</source>
        <translation>Modifiche tra le due revisioni</translation>
    </message>
    <message>
        <source>&amp;Previous change</source>
        <translation>Modifica &amp;precedente</translation>
    </message>
    <message>
        <source>&amp;Next change</source>
        <translation>Modifica &amp;successiva</translation>
    </message>
    <message>
        <source>Open an article to compare its revisions.</source>
        <translation>Apri un articolo per confrontarne le revisioni.</translation>
    </message>
    <message>
        <source>(newest)</source>
        <translation>(la più recente)</translation>
    </message>
    <message>
        <source>This article has only one revision: nothing to compare.</source>
        <translation>Questo articolo ha una sola revisione: niente da confrontare.</translation>
    </message>
    <message>
        <source>Choose two different revisions.</source>
        <translation>Scegli due revisioni diverse.</translation>
    </message>
    <message>
        <source>(the older revision is on the right: read insertions as removals)</source>
        <translation>(la revisione precedente è a destra: leggi gli inserimenti come soppressioni)</translation>
    </message>
    <message>
        <source>Compare revisions — {title}</source>
        <translation>Confronta revisioni — {title}</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Riassunto</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Testo</translation>
    </message>
    <message>
        <source>Revision {n} is missing from the library.</source>
        <translation>La revisione {n} manca dalla biblioteca.</translation>
    </message>
    <message>
        <source>Related articles from the site</source>
        <translation>Articoli correlati dal sito</translation>
    </message>
    <message>
        <source>Related articles found in the library</source>
        <translation>Articoli correlati trovati nella biblioteca</translation>
    </message>
    <message>
        <source>&lt;b&gt;You might also like&lt;/b&gt; (from the site)</source>
        <translation>&lt;b&gt;Potrebbe interessarti anche&lt;/b&gt; (dal sito)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Related in your library&lt;/b&gt;</source>
        <translation>&lt;b&gt;Correlati nella tua biblioteca&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Related articles</source>
        <translation>Articoli correlati</translation>
    </message>
    <message>
        <source>The site lists no related articles.</source>
        <translation>Il sito non elenca articoli correlati.</translation>
    </message>
    <message>
        <source>Working out related articles…</source>
        <translation>Ricerca degli articoli correlati…</translation>
    </message>
    <message>
        <source>No related articles found in the library.</source>
        <translation>Nessun articolo correlato trovato nella biblioteca.</translation>
    </message>
    <message>
        <source>not synced — click to fetch it</source>
        <translation>non sincronizzato — fai clic per recuperarlo</translation>
    </message>
    <message>
        <source>Fetching “{title}”…</source>
        <translation>Recupero di «{title}»…</translation>
    </message>
    <message>
        <source>fetching…</source>
        <translation>recupero…</translation>
    </message>
    <message>
        <source>Shown in {lang}: not held in this language</source>
        <translation>Mostrato in {lang}: non presente in questa lingua</translation>
    </message>
    <message>
        <source>Could not fetch “{title}”: {error}</source>
        <translation>Impossibile recuperare «{title}»: {error}</translation>
    </message>
    <message>
        <source>Fetched “{title}”.</source>
        <translation>«{title}» recuperato.</translation>
    </message>
    <message>
        <source>Library sections</source>
        <translation>Sezioni della biblioteca</translation>
    </message>
    <message>
        <source>Recently read</source>
        <translation>Letti di recente</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Segnalibri</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Raccolte</translation>
    </message>
    <message>
        <source>Laws and cases</source>
        <translation>Leggi e casi</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>esempio</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Affiancati</translation>
    </message>
    <message>
        <source>Left column language</source>
        <translation>Lingua della colonna sinistra</translation>
    </message>
    <message>
        <source>Right column language</source>
        <translation>Lingua della colonna destra</translation>
    </message>
    <message>
        <source>Paragraphs are paired by the article's structure.</source>
        <translation>I paragrafi sono abbinati secondo la struttura dell’articolo.</translation>
    </message>
    <message>
        <source>Open an article first.</source>
        <translation>Apri prima un articolo.</translation>
    </message>
    <message>
        <source>The library holds this article in one language only.</source>
        <translation>La biblioteca contiene questo articolo in una sola lingua.</translation>
    </message>
    <message>
        <source>Left:</source>
        <translation>Sinistra:</translation>
    </message>
    <message>
        <source>Right:</source>
        <translation>Destra:</translation>
    </message>
    <message>
        <source>Syncing the {language} translation…</source>
        <translation>Sincronizzazione della traduzione ({language})…</translation>
    </message>
    <message>
        <source>The {language} translation was not fetched: {reason}</source>
        <translation>La traduzione ({language}) non è stata recuperata: {reason}</translation>
    </message>
    <message>
        <source>The {language} translation is now in the library.</source>
        <translation>La traduzione ({language}) è ora nella biblioteca.</translation>
    </message>
    <message>
        <source>Offline: the source cannot be reached, so the {language} translation was not fetched. Everything in the library is still available.</source>
        <translation>Offline: la fonte non è raggiungibile, quindi la traduzione ({language}) non è stata recuperata. Tutto ciò che è nella biblioteca resta disponibile.</translation>
    </message>
    <message>
        <source>Undo note edit</source>
        <translation type="vanished">Annulla modifica della nota</translation>
    </message>
    <message>
        <source>Undo colour change</source>
        <translation type="vanished">Annulla cambio di colore</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation type="vanished">Annulla eliminazione</translation>
    </message>
    <message>
        <source>Undo highlight</source>
        <translation type="vanished">Annulla evidenziazione</translation>
    </message>
    <message>
        <source>1 article</source>
        <translation type="vanished">1 articolo</translation>
    </message>
    <message>
        <source>{n} articles</source>
        <translation type="vanished">{n} articoli</translation>
    </message>
    <message>
        <source>Added {what} to “{name}”.</source>
        <translation type="vanished">Aggiunto {what} a «{name}».</translation>
    </message>
    <message>
        <source>Delete the collection “{name}”?

Its {what} stay in the library; only the collection, its description and its order are removed.</source>
        <translation type="vanished">Eliminare la raccolta «{name}»?

I suoi {what} restano nella biblioteca; vengono rimossi solo la raccolta, la sua descrizione e il suo ordine.</translation>
    </message>
    <message>
        <source>Add {what} to:</source>
        <translation type="vanished">Aggiungi {what} a:</translation>
    </message>
    <message>
        <source>Removed {what} from “{name}”; they stay in the library.</source>
        <translation type="vanished">Rimosso {what} da «{name}»; restano nella biblioteca.</translation>
    </message>
    <message>
        <source>{n} already in it.</source>
        <translation type="vanished">{n} erano già presenti.</translation>
    </message>
    <message>
        <source>1 insertion</source>
        <translation type="vanished">1 inserimento</translation>
    </message>
    <message>
        <source>1 deletion</source>
        <translation type="vanished">1 soppressione</translation>
    </message>
    <message>
        <source>1 paragraph changed</source>
        <translation type="vanished">1 paragrafo modificato</translation>
    </message>
    <message>
        <source>{n} insertions</source>
        <translation type="vanished">{n} inserimenti</translation>
    </message>
    <message>
        <source>{n} deletions</source>
        <translation type="vanished">{n} soppressioni</translation>
    </message>
    <message>
        <source>{n} paragraphs changed</source>
        <translation type="vanished">{n} paragrafi modificati</translation>
    </message>
</context>
</TS>
