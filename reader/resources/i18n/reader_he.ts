<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he" sourcelanguage="en">
<context>
    <name>reader</name>
    <message>
        <source>The library {db} was not found (was it moved, or is its drive not connected?). Create a new, empty library there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image not available offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample content written for this app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not an article of the source site: its contributors are fictional, and its statements of law should be checked against the primary sources before they are relied on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrieved on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed from the source on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No English paragraph is aligned with this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} — side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The machine translation damaged {spots} numbers or dates in {blocks} paragraphs (XNUMX stands for lost digits). Point at a marked spot, or click it, to read the English paragraph with the real numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers in the English original:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates in the English original:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An offline reader for legal news about China.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is free software under the MIT licence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and Qt for Python (PySide6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt WebEngine contains Chromium, under BSD-style and other open-source licences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may replace the Qt libraries in the program's folder with your own build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fonts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fonts are the system's; they are not part of the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portable mode: settings and library in {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings: {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (to read, print or paste)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W3C Web Annotation JSON-LD (to import again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web Annotation JSON-LD (*.jsonld *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All notes in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web Annotation JSON-LD (*.jsonld *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select some text in the article first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the passage this note belongs to, then re-attach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The collection “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln note(s) to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved: the text changed around it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your note, in Markdown: **bold**, *italic*, lists, links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated, e.g. reciprocity, service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlights and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No highlights yet. Select text in the article and choose Highlight (right-click, or Ctrl+Shift+H).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-attach to selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the passage in the article where this note belongs, then click here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found in the current version (last found in revision {n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo note edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo colour change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made on revision {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags: {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged translation (numbers or dates lost): {languages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmarked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated since you annotated or bookmarked it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced by a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up automatically every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backups to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before an upgrade (from schema {v})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups of {library}. Restoring one replaces the library; the current file is kept in the backups folder first, so a restore can be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup was made: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the library with the backup of {when}?

Everything changed since then is replaced. The current library is kept in the backups folder first, so you can restore it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the backup of {when} ({kind}, {size})? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleted: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laws</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judicial interpretations and rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regulations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treaties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) cite {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An &amp;existing collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;new collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the matter or client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description of the new collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A collection needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to collection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up in collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down in collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit name and description…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete collection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A collection named “{name}” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added {what} to “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the collection “{name}”?

Its {what} stay in the library; only the collection, its description and its order are removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add {what} to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed {what} from “{name}”; they stay in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the collection “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} already in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China Justice Observer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSS or Atom feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translations at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause between requests (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min (0 = manual)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content languages (in order)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Font size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync automatically every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library file (applies at next start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper size for PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Libraries (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address must start with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The translations address must contain {lang}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {name} and its articles from the library? Bookmarks, collections and notes are kept and come back if you add the source again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number paragraphs for pinpoint citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include highlights and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the binder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %Ln selected article(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations are not available in this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an article, select articles or open a collection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln page(s) to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed {done} of {total}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} already exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sepia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interface language changes the next time the app starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side by side…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read two languages of this article in two columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages of this article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced yet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the library yet. Click to sync this language ({code}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync this language: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (syncing…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No library is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is where the library is already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move library to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This window cannot switch libraries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the sync to finish, or cancel it, then move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{dest} exists already; choose a new file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying the library to {dest}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sync started; move again after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library moved to {dest}, but the old file could not be removed: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library is now at {dest}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library was restored from {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sepia theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync failures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search (find)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page down in article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page up in article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your library is empty. Open the sample library to look around, or add a source and sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the sample library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search all articles (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search in language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search in one language, or in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter titles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the list by title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing the sample library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample library is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This article was updated since you annotated or bookmarked it. Highlights were placed again; see the Notes tab for any not found. &lt;a href="compare"&gt;Compare revisions…&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sources to sync yet: add one under File › Sources…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: the sources cannot be reached. Everything in the library is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing: {new} new, {updated} updated, {failed} failed — {current}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{word}: {new} new, {updated} updated, {failed} failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Search&lt;/b&gt; “{q}” in {where} — {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last synced {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search quotes, notes and tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All collections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any state</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found (orphaned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmark article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight with note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No differences in the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 insertion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 paragraph changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare revisions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision {n} — fetched {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newer revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary of the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes between the two revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an article to compare its revisions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} insertions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} deletions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} paragraphs changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(newest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This article has only one revision: nothing to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose two different revisions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the older revision is on the right: read insertions as removals)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare revisions — {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision {n} is missing from the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related articles from the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related articles found in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;You might also like&lt;/b&gt; (from the site)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Related in your library&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site lists no related articles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working out related articles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No related articles found in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not synced — click to fetch it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching “{title}”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fetching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown in {lang}: not held in this language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not fetch “{title}”: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetched “{title}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left column language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right column language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraphs are paired by the article's structure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an article first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library holds this article in one language only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing the {language} translation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {language} translation was not fetched: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {language} translation is now in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: the source cannot be reached, so the {language} translation was not fetched. Everything in the library is still available.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
