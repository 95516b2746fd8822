<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>reader</name>
    <message>
        <source>No automatic backup of {path}: the disk has less than {mb} MB free. Free some space, or move the library (File → Move library…).</source>
        <translation>No automatic backup of {path}: the disk has less than {mb} MB free. Free some space, or move the library (File → Move library…).</translation>
    </message>
    <message>
        <source>The library {db} is already open in another window of {app}. Switch to that window, or close it first.</source>
        <translation>The library {db} is already open in another window of {app}. Switch to that window, or close it first.</translation>
    </message>
    <message>
        <source>The library {db} was not found (was it moved, or is its drive not connected?). Create a new, empty library there?</source>
        <translation>The library {db} was not found (was it moved, or is its drive not connected?). Create a new, empty library there?</translation>
    </message>
    <message>
        <source>Image not available offline</source>
        <translation>Image not available offline</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Sample content written for this app</source>
        <translation>Sample content written for this app</translation>
    </message>
    <message>
        <source>It is not an article of the source site: its contributors are fictional, and its statements of law should be checked against the primary sources before they are relied on.</source>
        <translation>It is not an article of the source site: its contributors are fictional, and its statements of law should be checked against the primary sources before they are relied on.</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categories</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <source>Contributors</source>
        <translation>Contributors</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Retrieved on</source>
        <translation>Retrieved on</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Removed from the source on</source>
        <translation>Removed from the source on</translation>
    </message>
    <message>
        <source>No English paragraph is aligned with this one.</source>
        <translation>No English paragraph is aligned with this one.</translation>
    </message>
    <message>
        <source>{title} — side by side</source>
        <translation>{title} — side by side</translation>
    </message>
    <message>
        <source>The machine translation damaged {spots} numbers or dates in {blocks} paragraphs (XNUMX stands for lost digits). Point at a marked spot, or click it, to read the English paragraph with the real numbers.</source>
        <translation>The machine translation damaged {spots} numbers or dates in {blocks} paragraphs (XNUMX stands for lost digits). Point at a marked spot, or click it, to read the English paragraph with the real numbers.</translation>
    </message>
    <message>
        <source>Numbers in the English original:</source>
        <translation>Numbers in the English original:</translation>
    </message>
    <message>
        <source>Dates in the English original:</source>
        <translation>Dates in the English original:</translation>
    </message>
    <message>
        <source>English:</source>
        <translation>English:</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>An offline reader for legal news about China.</source>
        <translation>An offline reader for legal news about China.</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Library</translation>
    </message>
    <message>
        <source>is free software under the MIT licence.</source>
        <translation>is free software under the MIT licence.</translation>
    </message>
    <message>
        <source>Built with</source>
        <translation>Built with</translation>
    </message>
    <message>
        <source>and Qt for Python (PySide6)</source>
        <translation>and Qt for Python (PySide6)</translation>
    </message>
    <message>
        <source>Qt WebEngine contains Chromium, under BSD-style and other open-source licences.</source>
        <translation>Qt WebEngine contains Chromium, under BSD-style and other open-source licences.</translation>
    </message>
    <message>
        <source>You may replace the Qt libraries in the program's folder with your own build.</source>
        <translation>You may replace the Qt libraries in the program's folder with your own build.</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Package</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Fonts</source>
        <translation>Fonts</translation>
    </message>
    <message>
        <source>The fonts are the system's; they are not part of the program.</source>
        <translation>The fonts are the system's; they are not part of the program.</translation>
    </message>
    <message>
        <source>Portable mode: settings and library in {folder}</source>
        <translation>Portable mode: settings and library in {folder}</translation>
    </message>
    <message>
        <source>Settings: {file}</source>
        <translation>Settings: {file}</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>About {app}</translation>
    </message>
    <message>
        <source>Undo note change</source>
        <translation>Undo note change</translation>
    </message>
    <message>
        <source>Export notes…</source>
        <translation>Export notes…</translation>
    </message>
    <message>
        <source>Import notes…</source>
        <translation>Import notes…</translation>
    </message>
    <message>
        <source>Highlight selection</source>
        <translation>Highlight selection</translation>
    </message>
    <message>
        <source>Highlight with note…</source>
        <translation>Highlight with note…</translation>
    </message>
    <message>
        <source>Notebook…</source>
        <translation>Notebook…</translation>
    </message>
    <message>
        <source>Export notes</source>
        <translation>Export notes</translation>
    </message>
    <message>
        <source>Notes of</source>
        <translation>Notes of</translation>
    </message>
    <message>
        <source>Markdown (to read, print or paste)</source>
        <translation>Markdown (to read, print or paste)</translation>
    </message>
    <message>
        <source>W3C Web Annotation JSON-LD (to import again)</source>
        <translation>W3C Web Annotation JSON-LD (to import again)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Import notes</source>
        <translation>Import notes</translation>
    </message>
    <message>
        <source>Web Annotation JSON-LD (*.jsonld *.json);;All files (*)</source>
        <translation>Web Annotation JSON-LD (*.jsonld *.json);;All files (*)</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Nothing to undo.</translation>
    </message>
    <message>
        <source>All notes in the library</source>
        <translation>All notes in the library</translation>
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
        <translation>Select some text in the article first.</translation>
    </message>
    <message>
        <source>Select the passage this note belongs to, then re-attach.</source>
        <translation>Select the passage this note belongs to, then re-attach.</translation>
    </message>
    <message>
        <source>This article</source>
        <translation>This article</translation>
    </message>
    <message>
        <source>The collection “{name}”</source>
        <translation>The collection “{name}”</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln note(s) to {path}.</source>
        <translation>
            <numerusform>Exported %Ln note to {path}.</numerusform>
            <numerusform>Exported %Ln notes to {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write {path}: {error}.</source>
        <translation>Cannot write {path}: {error}.</translation>
    </message>
    <message>
        <source>moved: the text changed around it</source>
        <translation>moved: the text changed around it</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Your note, in Markdown: **bold**, *italic*, lists, links</source>
        <translation>Your note, in Markdown: **bold**, *italic*, lists, links</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Note text</translation>
    </message>
    <message>
        <source>Note preview</source>
        <translation>Note preview</translation>
    </message>
    <message>
        <source>comma-separated, e.g. reciprocity, service</source>
        <translation>comma-separated, e.g. reciprocity, service</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>Highlights and notes</source>
        <translation>Highlights and notes</translation>
    </message>
    <message>
        <source>No highlights yet. Select text in the article and choose Highlight (right-click, or Ctrl+Shift+H).</source>
        <translation>No highlights yet. Select text in the article and choose Highlight (right-click, or Ctrl+Shift+H).</translation>
    </message>
    <message>
        <source>Edit note…</source>
        <translation>Edit note…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Re-attach to selection</source>
        <translation>Re-attach to selection</translation>
    </message>
    <message>
        <source>Select the passage in the article where this note belongs, then click here</source>
        <translation>Select the passage in the article where this note belongs, then click here</translation>
    </message>
    <message>
        <source>not found in the current version (last found in revision {n})</source>
        <translation>not found in the current version (last found in revision {n})</translation>
    </message>
    <message>
        <source>Note edit undone</source>
        <translation>Note edit undone</translation>
    </message>
    <message>
        <source>Colour change undone</source>
        <translation>Colour change undone</translation>
    </message>
    <message>
        <source>Note restored</source>
        <translation>Note restored</translation>
    </message>
    <message>
        <source>Highlight removed</source>
        <translation>Highlight removed</translation>
    </message>
    <message>
        <source>made on revision {n}</source>
        <translation>made on revision {n}</translation>
    </message>
    <message>
        <source>tags: {t}</source>
        <translation>tags: {t}</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <source>Damaged translation (numbers or dates lost): {languages}</source>
        <translation>Damaged translation (numbers or dates lost): {languages}</translation>
    </message>
    <message>
        <source>Bookmarked</source>
        <translation>Bookmarked</translation>
    </message>
    <message>
        <source>Has notes</source>
        <translation>Has notes</translation>
    </message>
    <message>
        <source>Updated since you annotated or bookmarked it</source>
        <translation>Updated since you annotated or bookmarked it</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Made by hand</translation>
    </message>
    <message>
        <source>Replaced by a restore</source>
        <translation>Replaced by a restore</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>No backups yet.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation>Show folder</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> hours</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Back up automatically every</source>
        <translation>Back up automatically every</translation>
    </message>
    <message>
        <source>Automatic backups to keep</source>
        <translation>Automatic backups to keep</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Delete a backup</source>
        <translation>Delete a backup</translation>
    </message>
    <message>
        <source>Before an upgrade (from schema {v})</source>
        <translation>Before an upgrade (from schema {v})</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Backups of {library}. Restoring one replaces the library; the current file is kept in the backups folder first, so a restore can be undone.</source>
        <translation>Backups of {library}. Restoring one replaces the library; the current file is kept in the backups folder first, so a restore can be undone.</translation>
    </message>
    <message>
        <source>No backup was made: {e}</source>
        <translation>No backup was made: {e}</translation>
    </message>
    <message>
        <source>Replace the library with the backup of {when}?

Everything changed since then is replaced. The current library is kept in the backups folder first, so you can restore it again.</source>
        <translation>Replace the library with the backup of {when}?

Everything changed since then is replaced. The current library is kept in the backups folder first, so you can restore it again.</translation>
    </message>
    <message>
        <source>Delete the backup of {when} ({kind}, {size})? This cannot be undone.</source>
        <translation>Delete the backup of {when} ({kind}, {size})? This cannot be undone.</translation>
    </message>
    <message>
        <source>Not deleted: {e}</source>
        <translation>Not deleted: {e}</translation>
    </message>
    <message>
        <source>Laws</source>
        <translation>Laws</translation>
    </message>
    <message>
        <source>Judicial interpretations and rules</source>
        <translation>Judicial interpretations and rules</translation>
    </message>
    <message>
        <source>Regulations</source>
        <translation>Regulations</translation>
    </message>
    <message>
        <source>Treaties</source>
        <translation>Treaties</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Other documents</source>
        <translation>Other documents</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) cite {name}</source>
        <translation>
            <numerusform>%Ln article cites {name}</numerusform>
            <numerusform>%Ln articles cite {name}</numerusform>
        </translation>
    </message>
    <message>
        <source>Add to collection</source>
        <translation>Add to collection</translation>
    </message>
    <message>
        <source>An &amp;existing collection</source>
        <translation>An &amp;existing collection</translation>
    </message>
    <message>
        <source>Existing collection</source>
        <translation>Existing collection</translation>
    </message>
    <message>
        <source>A &amp;new collection</source>
        <translation>A &amp;new collection</translation>
    </message>
    <message>
        <source>Name of the new collection</source>
        <translation>Name of the new collection</translation>
    </message>
    <message>
        <source>e.g. the matter or client</source>
        <translation>e.g. the matter or client</translation>
    </message>
    <message>
        <source>Description of the new collection</source>
        <translation>Description of the new collection</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>A collection needs a name.</source>
        <translation>A collection needs a name.</translation>
    </message>
    <message>
        <source>Add to collection…</source>
        <translation>Add to collection…</translation>
    </message>
    <message>
        <source>Remove from collection</source>
        <translation>Remove from collection</translation>
    </message>
    <message>
        <source>Move up in collection</source>
        <translation>Move up in collection</translation>
    </message>
    <message>
        <source>Move down in collection</source>
        <translation>Move down in collection</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>New collection</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Open in browser</translation>
    </message>
    <message>
        <source>New collection…</source>
        <translation>New collection…</translation>
    </message>
    <message>
        <source>Edit name and description…</source>
        <translation>Edit name and description…</translation>
    </message>
    <message>
        <source>Delete collection…</source>
        <translation>Delete collection…</translation>
    </message>
    <message numerus="yes">
        <source>Add %Ln article(s) to:</source>
        <translation>
            <numerusform>Add %Ln article to:</numerusform>
            <numerusform>Add %Ln articles to:</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit collection</source>
        <translation>Edit collection</translation>
    </message>
    <message>
        <source>Remove bookmark</source>
        <translation>Remove bookmark</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>Bookmark</translation>
    </message>
    <message>
        <source>A collection named “{name}” already exists.</source>
        <translation>A collection named “{name}” already exists.</translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln article(s) to “{name}”.</source>
        <translation>
            <numerusform>Added %Ln article to “{name}”.</numerusform>
            <numerusform>Added %Ln articles to “{name}”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already in it.</source>
        <translation>
            <numerusform>%Ln already in it.</numerusform>
            <numerusform>%Ln already in it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the collection “{name}”?

Its %Ln article(s) stay in the library; only the collection, its description and its order are removed.</source>
        <translation>
            <numerusform>Delete the collection “{name}”?

Its %Ln article stays in the library; only the collection, its description and its order are removed.</numerusform>
            <numerusform>Delete the collection “{name}”?

Its %Ln articles stay in the library; only the collection, its description and its order are removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %Ln article(s) from “{name}”; they stay in the library.</source>
        <translation>
            <numerusform>Removed %Ln article from “{name}”; it stays in the library.</numerusform>
            <numerusform>Removed %Ln articles from “{name}”; they stay in the library.</numerusform>
        </translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>All articles</translation>
    </message>
    <message>
        <source>Deleted the collection “{name}”.</source>
        <translation>Deleted the collection “{name}”.</translation>
    </message>
    <message>
        <source>China Justice Observer</source>
        <translation>China Justice Observer</translation>
    </message>
    <message>
        <source>RSS or Atom feed</source>
        <translation>RSS or Atom feed</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Translations at</source>
        <translation>Translations at</translation>
    </message>
    <message>
        <source>Pause between requests (s)</source>
        <translation>Pause between requests (s)</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Remove source</source>
        <translation>Remove source</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source> min (0 = manual)</source>
        <translation> min (0 = manual)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
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
        <translation>Content languages (in order)</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>Font size</translation>
    </message>
    <message>
        <source>Sync automatically every</source>
        <translation>Sync automatically every</translation>
    </message>
    <message>
        <source>Library file (applies at next start)</source>
        <translation>Library file (applies at next start)</translation>
    </message>
    <message>
        <source>Paper size for PDF</source>
        <translation>Paper size for PDF</translation>
    </message>
    <message>
        <source>Library file</source>
        <translation>Library file</translation>
    </message>
    <message>
        <source>Libraries (*.sqlite)</source>
        <translation>Libraries (*.sqlite)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Sync failures</source>
        <translation>Sync failures</translation>
    </message>
    <message>
        <source>The address must start with http:// or https://.</source>
        <translation>The address must start with http:// or https://.</translation>
    </message>
    <message>
        <source>The address needs a valid host name, as in https://example.org/feed/.</source>
        <translation>The address needs a valid host name, as in https://example.org/feed/.</translation>
    </message>
    <message>
        <source>The translations address must contain {lang}.</source>
        <translation>The translations address must contain {lang}.</translation>
    </message>
    <message>
        <source>Open the selected article</source>
        <translation>Open the selected article</translation>
    </message>
    <message>
        <source>Move in the list</source>
        <translation>Move in the list</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Remove {name} and its articles from the library? Bookmarks, collections and notes are kept and come back if you add the source again.</source>
        <translation>Remove {name} and its articles from the library? Bookmarks, collections and notes are kept and come back if you add the source again.</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Export as PDF</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source>Number paragraphs for pinpoint citation</source>
        <translation>Number paragraphs for pinpoint citation</translation>
    </message>
    <message>
        <source>Include highlights and notes</source>
        <translation>Include highlights and notes</translation>
    </message>
    <message>
        <source>Preparing the binder…</source>
        <translation>Preparing the binder…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln selected article(s)</source>
        <translation>
            <numerusform>The %Ln selected article</numerusform>
            <numerusform>The %Ln selected articles</numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Annotations are not available in this version.</source>
        <translation>Annotations are not available in this version.</translation>
    </message>
    <message>
        <source>Choose an article, select articles or open a collection.</source>
        <translation>Choose an article, select articles or open a collection.</translation>
    </message>
    <message>
        <source>Selected articles</source>
        <translation>Selected articles</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export cancelled; nothing was written.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln page(s) to {path}</source>
        <translation>
            <numerusform>Exported %Ln page to {path}</numerusform>
            <numerusform>Exported %Ln pages to {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Printed {done} of {total}: {title}</source>
        <translation>Printed {done} of {total}: {title}</translation>
    </message>
    <message>
        <source>{name} already exists. Replace it?</source>
        <translation>{name} already exists. Replace it?</translation>
    </message>
    <message>
        <source>Export as PDF…</source>
        <translation>Export as PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Yellow</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Green</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blue</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Pink</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Purple</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>Sepia</source>
        <translation>Sepia</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <source>Wait for the sync to finish, or cancel it, then choose the language again.</source>
        <translation>Wait for the sync to finish, or cancel it, then choose the language again.</translation>
    </message>
    <message>
        <source>The interface language changes the next time the app starts.</source>
        <translation>The interface language changes the next time the app starts.</translation>
    </message>
    <message>
        <source>cites {what}</source>
        <translation>cites {what}</translation>
    </message>
    <message>
        <source>same topic: {name}</source>
        <translation>same topic: {name}</translation>
    </message>
    <message>
        <source>same category: {name}</source>
        <translation>same category: {name}</translation>
    </message>
    <message>
        <source>published around the same time</source>
        <translation>published around the same time</translation>
    </message>
    <message>
        <source>similar wording: {words}</source>
        <translation>similar wording: {words}</translation>
    </message>
    <message>
        <source>Side by side…</source>
        <translation>Side by side…</translation>
    </message>
    <message>
        <source>Read two languages of this article in two columns</source>
        <translation>Read two languages of this article in two columns</translation>
    </message>
    <message>
        <source>Languages of this article</source>
        <translation>Languages of this article</translation>
    </message>
    <message>
        <source>Not synced yet:</source>
        <translation>Not synced yet:</translation>
    </message>
    <message>
        <source>Not in the library yet. Click to sync this language ({code}).</source>
        <translation>Not in the library yet. Click to sync this language ({code}).</translation>
    </message>
    <message>
        <source>Sync this language: {name}</source>
        <translation>Sync this language: {name}</translation>
    </message>
    <message>
        <source>{code}: the machine translation lost {spots} numbers or dates; they are marked in the text</source>
        <translation>{code}: the machine translation lost {spots} numbers or dates; they are marked in the text</translation>
    </message>
    <message>
        <source>{name} (syncing…)</source>
        <translation>{name} (syncing…)</translation>
    </message>
    <message>
        <source>No library is open.</source>
        <translation>No library is open.</translation>
    </message>
    <message>
        <source>That is where the library is already.</source>
        <translation>That is where the library is already.</translation>
    </message>
    <message>
        <source>Open library…</source>
        <translation>Open library…</translation>
    </message>
    <message>
        <source>Move library…</source>
        <translation>Move library…</translation>
    </message>
    <message>
        <source>Backups…</source>
        <translation>Backups…</translation>
    </message>
    <message>
        <source>Open library</source>
        <translation>Open library</translation>
    </message>
    <message>
        <source>Move library to</source>
        <translation>Move library to</translation>
    </message>
    <message>
        <source>This window cannot switch libraries.</source>
        <translation>This window cannot switch libraries.</translation>
    </message>
    <message>
        <source>Wait for the sync to finish, or cancel it, then move.</source>
        <translation>Wait for the sync to finish, or cancel it, then move.</translation>
    </message>
    <message>
        <source>{dest} exists already; choose a new file name.</source>
        <translation>{dest} exists already; choose a new file name.</translation>
    </message>
    <message>
        <source>Copying the library to {dest}…</source>
        <translation>Copying the library to {dest}…</translation>
    </message>
    <message>
        <source>A sync started; move again after it.</source>
        <translation>A sync started; move again after it.</translation>
    </message>
    <message>
        <source>The library moved to {dest}, but the old file could not be removed: {e}</source>
        <translation>The library moved to {dest}, but the old file could not be removed: {e}</translation>
    </message>
    <message>
        <source>The library is now at {dest}.</source>
        <translation>The library is now at {dest}.</translation>
    </message>
    <message>
        <source>The library was restored from {name}.</source>
        <translation>The library was restored from {name}.</translation>
    </message>
    <message>
        <source>Cannot create the folder {folder}: {error}</source>
        <translation>Cannot create the folder {folder}: {error}</translation>
    </message>
    <message>
        <source>Light theme</source>
        <translation>Light theme</translation>
    </message>
    <message>
        <source>Dark theme</source>
        <translation>Dark theme</translation>
    </message>
    <message>
        <source>Sepia theme</source>
        <translation>Sepia theme</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Cancel sync</source>
        <translation>Cancel sync</translation>
    </message>
    <message>
        <source>Sync failures…</source>
        <translation>Sync failures…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Search (find)</source>
        <translation>Search (find)</translation>
    </message>
    <message>
        <source>Focus list</source>
        <translation>Focus list</translation>
    </message>
    <message>
        <source>Page down in article</source>
        <translation>Page down in article</translation>
    </message>
    <message>
        <source>Page up in article</source>
        <translation>Page up in article</translation>
    </message>
    <message>
        <source>Your library is empty. Open the sample library to look around, or add a source and sync.</source>
        <translation>Your library is empty. Open the sample library to look around, or add a source and sync.</translation>
    </message>
    <message>
        <source>Open the sample library</source>
        <translation>Open the sample library</translation>
    </message>
    <message>
        <source>Add a source…</source>
        <translation>Add a source…</translation>
    </message>
    <message>
        <source>Search all articles (Ctrl+K)</source>
        <translation>Search all articles (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search in language</source>
        <translation>Search in language</translation>
    </message>
    <message>
        <source>Search in one language, or in all</source>
        <translation>Search in one language, or in all</translation>
    </message>
    <message>
        <source>Filter titles</source>
        <translation>Filter titles</translation>
    </message>
    <message>
        <source>Filter the list by title</source>
        <translation>Filter the list by title</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Related</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Sources…</source>
        <translation>Sources…</translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation>Preferences…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Actual size</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>&amp;Article</translation>
    </message>
    <message>
        <source>Next article</source>
        <translation>Next article</translation>
    </message>
    <message>
        <source>Previous article</source>
        <translation>Previous article</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Opening the library…</source>
        <translation>Opening the library…</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>All languages</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Unread</translation>
    </message>
    <message>
        <source>Importing the sample library…</source>
        <translation>Importing the sample library…</translation>
    </message>
    <message>
        <source>The sample library is ready.</source>
        <translation>The sample library is ready.</translation>
    </message>
    <message>
        <source>Sync cancelled</source>
        <translation>Sync cancelled</translation>
    </message>
    <message>
        <source>Sync finished</source>
        <translation>Sync finished</translation>
    </message>
    <message>
        <source>This article was updated since you annotated or bookmarked it. Highlights were placed again; see the Notes tab for any not found. &lt;a href="compare"&gt;Compare revisions…&lt;/a&gt;</source>
        <translation>This article was updated since you annotated or bookmarked it. Highlights were placed again; see the Notes tab for any not found. &lt;a href="compare"&gt;Compare revisions…&lt;/a&gt;</translation>
    </message>
    <message>
        <source>No sources to sync yet: add one under File › Sources…</source>
        <translation>No sources to sync yet: add one under File › Sources…</translation>
    </message>
    <message>
        <source>Offline: the sources cannot be reached. Everything in the library is available.</source>
        <translation>Offline: the sources cannot be reached. Everything in the library is available.</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Not synced yet</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln article</numerusform>
            <numerusform>%Ln articles</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing: {new} new, {updated} updated, {failed} failed — {current}</source>
        <translation>Syncing: {new} new, {updated} updated, {failed} failed — {current}</translation>
    </message>
    <message>
        <source>{word}: {new} new, {updated} updated, {failed} failed.</source>
        <translation>{word}: {new} new, {updated} updated, {failed} failed.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Search&lt;/b&gt; “{q}” in {where} — {n}</source>
        <translation>&lt;b&gt;Search&lt;/b&gt; “{q}” in {where} — {n}</translation>
    </message>
    <message>
        <source>Last synced {when}</source>
        <translation>Last synced {when}</translation>
    </message>
    <message>
        <source>Notebook</source>
        <translation>Notebook</translation>
    </message>
    <message>
        <source>Search quotes, notes and tags</source>
        <translation>Search quotes, notes and tags</translation>
    </message>
    <message>
        <source>Search annotations</source>
        <translation>Search annotations</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <source>All collections</source>
        <translation>All collections</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>All tags</translation>
    </message>
    <message>
        <source>All colours</source>
        <translation>All colours</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Any state</translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s)</source>
        <translation>
            <numerusform>%Ln annotation</numerusform>
            <numerusform>%Ln annotations</numerusform>
        </translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Collection</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Lang.</source>
        <translation>Lang.</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Quote</translation>
    </message>
    <message>
        <source>In place</source>
        <translation>In place</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Moved</translation>
    </message>
    <message>
        <source>Not found (orphaned)</source>
        <translation>Not found (orphaned)</translation>
    </message>
    <message>
        <source>Bookmark article</source>
        <translation>Bookmark article</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Highlight</translation>
    </message>
    <message>
        <source>No differences in the text.</source>
        <translation>No differences in the text.</translation>
    </message>
    <message>
        <source>Compare revisions…</source>
        <translation>Compare revisions…</translation>
    </message>
    <message>
        <source>{insertions}, {deletions} ({paragraphs})</source>
        <translation>{insertions}, {deletions} ({paragraphs})</translation>
    </message>
    <message numerus="yes">
        <source>%Ln insertion(s)</source>
        <translation>
            <numerusform>%Ln insertion</numerusform>
            <numerusform>%Ln insertions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deletion(s)</source>
        <translation>
            <numerusform>%Ln deletion</numerusform>
            <numerusform>%Ln deletions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln paragraph(s) changed</source>
        <translation>
            <numerusform>%Ln paragraph changed</numerusform>
            <numerusform>%Ln paragraphs changed</numerusform>
        </translation>
    </message>
    <message>
        <source>Revision {n} — fetched {when}</source>
        <translation>Revision {n} — fetched {when}</translation>
    </message>
    <message>
        <source>Older revision</source>
        <translation>Older revision</translation>
    </message>
    <message>
        <source>Newer revision</source>
        <translation>Newer revision</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>Summary of the changes</source>
        <translation>Summary of the changes</translation>
    </message>
    <message>
        <source>Changes between the two revisions</source>
        <translation>Changes between the two revisions</translation>
    </message>
    <message>
        <source>&amp;Previous change</source>
        <translation>&amp;Previous change</translation>
    </message>
    <message>
        <source>&amp;Next change</source>
        <translation>&amp;Next change</translation>
    </message>
    <message>
        <source>Open an article to compare its revisions.</source>
        <translation>Open an article to compare its revisions.</translation>
    </message>
    <message>
        <source>(newest)</source>
        <translation>(newest)</translation>
    </message>
    <message>
        <source>This article has only one revision: nothing to compare.</source>
        <translation>This article has only one revision: nothing to compare.</translation>
    </message>
    <message>
        <source>Choose two different revisions.</source>
        <translation>Choose two different revisions.</translation>
    </message>
    <message>
        <source>(the older revision is on the right: read insertions as removals)</source>
        <translation>(the older revision is on the right: read insertions as removals)</translation>
    </message>
    <message>
        <source>Compare revisions — {title}</source>
        <translation>Compare revisions — {title}</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Revision {n} is missing from the library.</source>
        <translation>Revision {n} is missing from the library.</translation>
    </message>
    <message>
        <source>Related articles from the site</source>
        <translation>Related articles from the site</translation>
    </message>
    <message>
        <source>Related articles found in the library</source>
        <translation>Related articles found in the library</translation>
    </message>
    <message>
        <source>&lt;b&gt;You might also like&lt;/b&gt; (from the site)</source>
        <translation>&lt;b&gt;You might also like&lt;/b&gt; (from the site)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Related in your library&lt;/b&gt;</source>
        <translation>&lt;b&gt;Related in your library&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Related articles</source>
        <translation>Related articles</translation>
    </message>
    <message>
        <source>The site lists no related articles.</source>
        <translation>The site lists no related articles.</translation>
    </message>
    <message>
        <source>Working out related articles…</source>
        <translation>Working out related articles…</translation>
    </message>
    <message>
        <source>No related articles found in the library.</source>
        <translation>No related articles found in the library.</translation>
    </message>
    <message>
        <source>not synced — click to fetch it</source>
        <translation>not synced — click to fetch it</translation>
    </message>
    <message>
        <source>Fetching “{title}”…</source>
        <translation>Fetching “{title}”…</translation>
    </message>
    <message>
        <source>fetching…</source>
        <translation>fetching…</translation>
    </message>
    <message>
        <source>Shown in {lang}: not held in this language</source>
        <translation>Shown in {lang}: not held in this language</translation>
    </message>
    <message>
        <source>Could not fetch “{title}”: {error}</source>
        <translation>Could not fetch “{title}”: {error}</translation>
    </message>
    <message>
        <source>Fetched “{title}”.</source>
        <translation>Fetched “{title}”.</translation>
    </message>
    <message>
        <source>Library sections</source>
        <translation>Library sections</translation>
    </message>
    <message>
        <source>Recently read</source>
        <translation>Recently read</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Bookmarks</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Collections</translation>
    </message>
    <message>
        <source>Laws and cases</source>
        <translation>Laws and cases</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>sample</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Side by side</translation>
    </message>
    <message>
        <source>Left column language</source>
        <translation>Left column language</translation>
    </message>
    <message>
        <source>Right column language</source>
        <translation>Right column language</translation>
    </message>
    <message>
        <source>Paragraphs are paired by the article's structure.</source>
        <translation>Paragraphs are paired by the article's structure.</translation>
    </message>
    <message>
        <source>Open an article first.</source>
        <translation>Open an article first.</translation>
    </message>
    <message>
        <source>The library holds this article in one language only.</source>
        <translation>The library holds this article in one language only.</translation>
    </message>
    <message>
        <source>Left:</source>
        <translation>Left:</translation>
    </message>
    <message>
        <source>Right:</source>
        <translation>Right:</translation>
    </message>
    <message>
        <source>Syncing the {language} translation…</source>
        <translation>Syncing the {language} translation…</translation>
    </message>
    <message>
        <source>The {language} translation was not fetched: {reason}</source>
        <translation>The {language} translation was not fetched: {reason}</translation>
    </message>
    <message>
        <source>The {language} translation is now in the library.</source>
        <translation>The {language} translation is now in the library.</translation>
    </message>
    <message>
        <source>Offline: the source cannot be reached, so the {language} translation was not fetched. Everything in the library is still available.</source>
        <translation>Offline: the source cannot be reached, so the {language} translation was not fetched. Everything in the library is still available.</translation>
    </message>
</context>
</TS>
