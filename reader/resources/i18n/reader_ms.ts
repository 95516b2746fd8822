<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ms" sourcelanguage="en">
<context>
    <name>reader</name>
    <message>
        <source>No automatic backup of {path}: the disk has less than {mb} MB free. Free some space, or move the library (File → Move library…).</source>
        <translation>Tiada sandaran automatik bagi {path}: ruang kosong cakera kurang daripada {mb} MB. Kosongkan sedikit ruang, atau alihkan pustaka (Fail → Alihkan pustaka…).</translation>
    </message>
    <message>
        <source>The library {db} is already open in another window of {app}. Switch to that window, or close it first.</source>
        <translation>Pustaka {db} sudah dibuka dalam tetingkap lain {app}. Tukar ke tetingkap itu, atau tutupnya dahulu.</translation>
    </message>
    <message>
        <source>The library {db} was not found (was it moved, or is its drive not connected?). Create a new, empty library there?</source>
        <translation>Pustaka {db} tidak ditemui (adakah ia telah dialihkan, atau pemacunya tidak disambungkan?). Cipta pustaka baharu yang kosong di situ?</translation>
    </message>
    <message>
        <source>Image not available offline</source>
        <translation>Imej tidak tersedia di luar talian</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imej</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Sample content written for this app</source>
        <translation>Kandungan contoh yang ditulis untuk aplikasi ini</translation>
    </message>
    <message>
        <source>It is not an article of the source site: its contributors are fictional, and its statements of law should be checked against the primary sources before they are relied on.</source>
        <translation>Ini bukan artikel daripada laman sumber: penulisnya rekaan, dan kenyataan undang-undangnya perlu disemak dengan sumber primer sebelum disandarkan.</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Diterbitkan</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Topik</translation>
    </message>
    <message>
        <source>Contributors</source>
        <translation>Penulis</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Penyunting</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>Retrieved on</source>
        <translation>Diambil pada</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Semakan</translation>
    </message>
    <message>
        <source>Removed from the source on</source>
        <translation>Dikeluarkan daripada sumber pada</translation>
    </message>
    <message>
        <source>No English paragraph is aligned with this one.</source>
        <translation>Tiada perenggan bahasa Inggeris yang sejajar dengan perenggan ini.</translation>
    </message>
    <message>
        <source>{title} — side by side</source>
        <translation>{title} — sebelah-menyebelah</translation>
    </message>
    <message>
        <source>The machine translation damaged {spots} numbers or dates in {blocks} paragraphs (XNUMX stands for lost digits). Point at a marked spot, or click it, to read the English paragraph with the real numbers.</source>
        <translation>Terjemahan mesin merosakkan {spots} nombor atau tarikh dalam {blocks} perenggan (XNUMX menggantikan digit yang hilang). Tuding pada tempat bertanda, atau klik, untuk membaca perenggan bahasa Inggeris dengan nombor sebenar.</translation>
    </message>
    <message>
        <source>Numbers in the English original:</source>
        <translation>Nombor dalam teks asal bahasa Inggeris:</translation>
    </message>
    <message>
        <source>Dates in the English original:</source>
        <translation>Tarikh dalam teks asal bahasa Inggeris:</translation>
    </message>
    <message>
        <source>English:</source>
        <translation>Bahasa Inggeris:</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versi</translation>
    </message>
    <message>
        <source>An offline reader for legal news about China.</source>
        <translation>Pembaca luar talian untuk berita undang-undang tentang China.</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Pustaka</translation>
    </message>
    <message>
        <source>is free software under the MIT licence.</source>
        <translation>ialah perisian bebas di bawah lesen MIT.</translation>
    </message>
    <message>
        <source>Built with</source>
        <translation>Dibina dengan</translation>
    </message>
    <message>
        <source>and Qt for Python (PySide6)</source>
        <translation>dan Qt for Python (PySide6)</translation>
    </message>
    <message>
        <source>Qt WebEngine contains Chromium, under BSD-style and other open-source licences.</source>
        <translation>Qt WebEngine mengandungi Chromium, di bawah lesen gaya BSD dan lesen sumber terbuka lain.</translation>
    </message>
    <message>
        <source>You may replace the Qt libraries in the program's folder with your own build.</source>
        <translation>Anda boleh menggantikan pustaka Qt dalam folder program dengan binaan anda sendiri.</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Pakej</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>Fonts</source>
        <translation>Fon</translation>
    </message>
    <message>
        <source>The fonts are the system's; they are not part of the program.</source>
        <translation>Fon yang digunakan ialah fon sistem; ia bukan sebahagian daripada program.</translation>
    </message>
    <message>
        <source>Portable mode: settings and library in {folder}</source>
        <translation>Mod mudah alih: tetapan dan pustaka di {folder}</translation>
    </message>
    <message>
        <source>Settings: {file}</source>
        <translation>Tetapan: {file}</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Perihal {app}</translation>
    </message>
    <message>
        <source>Undo note change</source>
        <translation>Buat asal perubahan nota</translation>
    </message>
    <message>
        <source>Export notes…</source>
        <translation>Eksport nota…</translation>
    </message>
    <message>
        <source>Import notes…</source>
        <translation>Import nota…</translation>
    </message>
    <message>
        <source>Highlight selection</source>
        <translation>Serlahkan pilihan</translation>
    </message>
    <message>
        <source>Highlight with note…</source>
        <translation>Serlah dengan nota…</translation>
    </message>
    <message>
        <source>Notebook…</source>
        <translation>Buku nota…</translation>
    </message>
    <message>
        <source>Export notes</source>
        <translation>Eksport nota</translation>
    </message>
    <message>
        <source>Notes of</source>
        <translation>Nota bagi</translation>
    </message>
    <message>
        <source>Markdown (to read, print or paste)</source>
        <translation>Markdown (untuk dibaca, dicetak atau ditampal)</translation>
    </message>
    <message>
        <source>W3C Web Annotation JSON-LD (to import again)</source>
        <translation>W3C Web Annotation JSON-LD (untuk diimport semula)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Import notes</source>
        <translation>Import nota</translation>
    </message>
    <message>
        <source>Web Annotation JSON-LD (*.jsonld *.json);;All files (*)</source>
        <translation>Web Annotation JSON-LD (*.jsonld *.json);;Semua fail (*)</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Tiada apa untuk dibuat asal.</translation>
    </message>
    <message>
        <source>All notes in the library</source>
        <translation>Semua nota dalam pustaka</translation>
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
        <translation>Pilih teks dalam artikel terlebih dahulu.</translation>
    </message>
    <message>
        <source>Select the passage this note belongs to, then re-attach.</source>
        <translation>Pilih petikan yang berkaitan dengan nota ini, kemudian pautkan semula.</translation>
    </message>
    <message>
        <source>This article</source>
        <translation>Artikel ini</translation>
    </message>
    <message>
        <source>The collection “{name}”</source>
        <translation>Koleksi “{name}”</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln note(s) to {path}.</source>
        <translation>
            <numerusform>%Ln nota dieksport ke {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write {path}: {error}.</source>
        <translation>Tidak dapat menulis {path}: {error}.</translation>
    </message>
    <message>
        <source>moved: the text changed around it</source>
        <translation>beralih: teks di sekelilingnya berubah</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Your note, in Markdown: **bold**, *italic*, lists, links</source>
        <translation>Nota anda, dalam Markdown: **tebal**, *condong*, senarai, pautan</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Teks nota</translation>
    </message>
    <message>
        <source>Note preview</source>
        <translation>Pratonton nota</translation>
    </message>
    <message>
        <source>comma-separated, e.g. reciprocity, service</source>
        <translation>dipisahkan dengan koma, cth. timbal balik, penyampaian</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Warna</translation>
    </message>
    <message>
        <source>Highlights and notes</source>
        <translation>Serlahan dan nota</translation>
    </message>
    <message>
        <source>No highlights yet. Select text in the article and choose Highlight (right-click, or Ctrl+Shift+H).</source>
        <translation>Belum ada serlahan. Pilih teks dalam artikel dan pilih Serlah (klik kanan, atau Ctrl+Shift+H).</translation>
    </message>
    <message>
        <source>Edit note…</source>
        <translation>Sunting nota…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Padam</translation>
    </message>
    <message>
        <source>Re-attach to selection</source>
        <translation>Pautkan semula pada pilihan</translation>
    </message>
    <message>
        <source>Select the passage in the article where this note belongs, then click here</source>
        <translation>Pilih dalam artikel petikan yang berkaitan dengan nota ini, kemudian klik di sini</translation>
    </message>
    <message>
        <source>not found in the current version (last found in revision {n})</source>
        <translation>tidak ditemui dalam versi semasa (kali terakhir ditemui dalam semakan {n})</translation>
    </message>
    <message>
        <source>Note edit undone</source>
        <translation>Suntingan nota dibuat asal</translation>
    </message>
    <message>
        <source>Colour change undone</source>
        <translation>Perubahan warna dibuat asal</translation>
    </message>
    <message>
        <source>Note restored</source>
        <translation>Nota dipulihkan</translation>
    </message>
    <message>
        <source>Highlight removed</source>
        <translation>Serlahan dibuang</translation>
    </message>
    <message>
        <source>made on revision {n}</source>
        <translation>dibuat pada semakan {n}</translation>
    </message>
    <message>
        <source>tags: {t}</source>
        <translation>tag: {t}</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tajuk</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarikh</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Damaged translation (numbers or dates lost): {languages}</source>
        <translation>Terjemahan rosak (nombor atau tarikh hilang): {languages}</translation>
    </message>
    <message>
        <source>Bookmarked</source>
        <translation>Ditanda buku</translation>
    </message>
    <message>
        <source>Has notes</source>
        <translation>Ada nota</translation>
    </message>
    <message>
        <source>Updated since you annotated or bookmarked it</source>
        <translation>Dikemas kini sejak anda membuat anotasi atau penanda buku</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatik</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Dibuat secara manual</translation>
    </message>
    <message>
        <source>Replaced by a restore</source>
        <translation>Digantikan oleh pemulihan</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Salinan</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sandaran</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Belum ada sandaran.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sandarkan sekarang</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Pulihkan…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Padam…</translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation>Tunjukkan folder</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> jam</translation>
    </message>
    <message>
        <source>never</source>
        <translation>tidak pernah</translation>
    </message>
    <message>
        <source>Back up automatically every</source>
        <translation>Sandarkan secara automatik setiap</translation>
    </message>
    <message>
        <source>Automatic backups to keep</source>
        <translation>Sandaran automatik yang disimpan</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Menyandarkan…</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Pulihkan sandaran</translation>
    </message>
    <message>
        <source>Delete a backup</source>
        <translation>Padam sandaran</translation>
    </message>
    <message>
        <source>Before an upgrade (from schema {v})</source>
        <translation>Sebelum naik taraf (daripada skema {v})</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Saiz</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fail</translation>
    </message>
    <message>
        <source>Backups of {library}. Restoring one replaces the library; the current file is kept in the backups folder first, so a restore can be undone.</source>
        <translation>Sandaran {library}. Memulihkan satu sandaran menggantikan pustaka; fail semasa disimpan dahulu dalam folder sandaran, supaya pemulihan boleh dibuat asal.</translation>
    </message>
    <message>
        <source>No backup was made: {e}</source>
        <translation>Tiada sandaran dibuat: {e}</translation>
    </message>
    <message>
        <source>Replace the library with the backup of {when}?

Everything changed since then is replaced. The current library is kept in the backups folder first, so you can restore it again.</source>
        <translation>Gantikan pustaka dengan sandaran {when}?

Semua yang berubah sejak itu akan digantikan. Pustaka semasa disimpan dahulu dalam folder sandaran, supaya anda boleh memulihkannya semula.</translation>
    </message>
    <message>
        <source>Delete the backup of {when} ({kind}, {size})? This cannot be undone.</source>
        <translation>Padam sandaran {when} ({kind}, {size})? Tindakan ini tidak boleh dibuat asal.</translation>
    </message>
    <message>
        <source>Not deleted: {e}</source>
        <translation>Tidak dipadam: {e}</translation>
    </message>
    <message>
        <source>Laws</source>
        <translation>Undang-undang</translation>
    </message>
    <message>
        <source>Judicial interpretations and rules</source>
        <translation>Tafsiran kehakiman dan kaedah</translation>
    </message>
    <message>
        <source>Regulations</source>
        <translation>Peraturan</translation>
    </message>
    <message>
        <source>Treaties</source>
        <translation>Triti</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Kes</translation>
    </message>
    <message>
        <source>Other documents</source>
        <translation>Dokumen lain</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) cite {name}</source>
        <translation>
            <numerusform>%Ln artikel memetik {name}</numerusform>
        </translation>
    </message>
    <message>
        <source>Add to collection</source>
        <translation>Tambah pada koleksi</translation>
    </message>
    <message>
        <source>An &amp;existing collection</source>
        <translation>Koleksi sedia &amp;ada</translation>
    </message>
    <message>
        <source>Existing collection</source>
        <translation>Koleksi sedia ada</translation>
    </message>
    <message>
        <source>A &amp;new collection</source>
        <translation>Koleksi &amp;baharu</translation>
    </message>
    <message>
        <source>Name of the new collection</source>
        <translation>Nama koleksi baharu</translation>
    </message>
    <message>
        <source>e.g. the matter or client</source>
        <translation>cth. perkara atau anak guam</translation>
    </message>
    <message>
        <source>Description of the new collection</source>
        <translation>Keterangan koleksi baharu</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nama:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Keterangan:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tambah</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>A collection needs a name.</source>
        <translation>Koleksi memerlukan nama.</translation>
    </message>
    <message>
        <source>Add to collection…</source>
        <translation>Tambah pada koleksi…</translation>
    </message>
    <message>
        <source>Remove from collection</source>
        <translation>Keluarkan daripada koleksi</translation>
    </message>
    <message>
        <source>Move up in collection</source>
        <translation>Naikkan dalam koleksi</translation>
    </message>
    <message>
        <source>Move down in collection</source>
        <translation>Turunkan dalam koleksi</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>Koleksi baharu</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Buka dalam pelayar</translation>
    </message>
    <message>
        <source>New collection…</source>
        <translation>Koleksi baharu…</translation>
    </message>
    <message>
        <source>Edit name and description…</source>
        <translation>Sunting nama dan keterangan…</translation>
    </message>
    <message>
        <source>Delete collection…</source>
        <translation>Padam koleksi…</translation>
    </message>
    <message numerus="yes">
        <source>Add %Ln article(s) to:</source>
        <translation>
            <numerusform>Tambah %Ln artikel pada:</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit collection</source>
        <translation>Sunting koleksi</translation>
    </message>
    <message>
        <source>Remove bookmark</source>
        <translation>Buang penanda buku</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>Penanda buku</translation>
    </message>
    <message>
        <source>A collection named “{name}” already exists.</source>
        <translation>Koleksi bernama “{name}” sudah wujud.</translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln article(s) to “{name}”.</source>
        <translation>
            <numerusform>%Ln artikel ditambah pada “{name}”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already in it.</source>
        <translation>
            <numerusform>%Ln sudah ada di dalamnya.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the collection “{name}”?

Its %Ln article(s) stay in the library; only the collection, its description and its order are removed.</source>
        <translation>
            <numerusform>Padam koleksi “{name}”?

%Ln artikel di dalamnya kekal dalam pustaka; hanya koleksi, keterangan dan susunannya yang dibuang.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %Ln article(s) from “{name}”; they stay in the library.</source>
        <translation>
            <numerusform>%Ln artikel dikeluarkan daripada “{name}”; ia kekal dalam pustaka.</numerusform>
        </translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>Semua artikel</translation>
    </message>
    <message>
        <source>Deleted the collection “{name}”.</source>
        <translation>Koleksi “{name}” telah dipadam.</translation>
    </message>
    <message>
        <source>China Justice Observer</source>
        <translation>China Justice Observer</translation>
    </message>
    <message>
        <source>RSS or Atom feed</source>
        <translation>Suapan RSS atau Atom</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Translations at</source>
        <translation>Terjemahan di</translation>
    </message>
    <message>
        <source>Pause between requests (s)</source>
        <translation>Jeda antara permintaan (s)</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Tambah…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Sunting…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Buang</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Remove source</source>
        <translation>Buang sumber</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Keutamaan</translation>
    </message>
    <message>
        <source> min (0 = manual)</source>
        <translation> min (0 = manual)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Pilih…</translation>
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
        <translation>Bahasa kandungan (mengikut susunan)</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>Saiz fon</translation>
    </message>
    <message>
        <source>Sync automatically every</source>
        <translation>Segerakkan secara automatik setiap</translation>
    </message>
    <message>
        <source>Library file (applies at next start)</source>
        <translation>Fail pustaka (berkuat kuasa pada permulaan seterusnya)</translation>
    </message>
    <message>
        <source>Paper size for PDF</source>
        <translation>Saiz kertas untuk PDF</translation>
    </message>
    <message>
        <source>Library file</source>
        <translation>Fail pustaka</translation>
    </message>
    <message>
        <source>Libraries (*.sqlite)</source>
        <translation>Pustaka (*.sqlite)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Pintasan papan kekunci</translation>
    </message>
    <message>
        <source>Sync failures</source>
        <translation>Kegagalan penyegerakan</translation>
    </message>
    <message>
        <source>The address must start with http:// or https://.</source>
        <translation>Alamat mesti bermula dengan http:// atau https://.</translation>
    </message>
    <message>
        <source>The address needs a valid host name, as in https://example.org/feed/.</source>
        <translation>Alamat memerlukan nama hos yang sah, seperti dalam https://example.org/feed/.</translation>
    </message>
    <message>
        <source>The translations address must contain {lang}.</source>
        <translation>Alamat terjemahan mesti mengandungi {lang}.</translation>
    </message>
    <message>
        <source>Open the selected article</source>
        <translation>Buka artikel yang dipilih</translation>
    </message>
    <message>
        <source>Move in the list</source>
        <translation>Bergerak dalam senarai</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Kekunci</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <source>Remove {name} and its articles from the library? Bookmarks, collections and notes are kept and come back if you add the source again.</source>
        <translation>Buang {name} dan artikelnya daripada pustaka? Penanda buku, koleksi dan nota disimpan dan kembali jika anda menambah sumber itu semula.</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Pratonton cetakan</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Eksport sebagai PDF</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Kertas</translation>
    </message>
    <message>
        <source>Number paragraphs for pinpoint citation</source>
        <translation>Nomborkan perenggan untuk petikan tepat</translation>
    </message>
    <message>
        <source>Include highlights and notes</source>
        <translation>Sertakan serlahan dan nota</translation>
    </message>
    <message>
        <source>Preparing the binder…</source>
        <translation>Menyediakan himpunan…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fail PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Cetak</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln selected article(s)</source>
        <translation>
            <numerusform>%Ln artikel yang dipilih</numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <source>Annotations are not available in this version.</source>
        <translation>Anotasi tidak tersedia dalam versi ini.</translation>
    </message>
    <message>
        <source>Choose an article, select articles or open a collection.</source>
        <translation>Pilih satu artikel, pilih beberapa artikel atau buka koleksi.</translation>
    </message>
    <message>
        <source>Selected articles</source>
        <translation>Artikel yang dipilih</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Eksport dibatalkan; tiada apa yang ditulis.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln page(s) to {path}</source>
        <translation>
            <numerusform>%Ln halaman dieksport ke {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Printed {done} of {total}: {title}</source>
        <translation>Dicetak {done} daripada {total}: {title}</translation>
    </message>
    <message>
        <source>{name} already exists. Replace it?</source>
        <translation>{name} sudah wujud. Gantikan?</translation>
    </message>
    <message>
        <source>Export as PDF…</source>
        <translation>Eksport sebagai PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Cetak…</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Kuning</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Hijau</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Biru</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Merah jambu</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Ungu</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Cerah</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Gelap</translation>
    </message>
    <message>
        <source>Sepia</source>
        <translation>Sepia</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Bahasa antara muka</translation>
    </message>
    <message>
        <source>Wait for the sync to finish, or cancel it, then choose the language again.</source>
        <translation>Tunggu penyegerakan selesai, atau batalkannya, kemudian pilih bahasa sekali lagi.</translation>
    </message>
    <message>
        <source>The interface language changes the next time the app starts.</source>
        <translation>Bahasa antara muka akan berubah apabila aplikasi dimulakan semula.</translation>
    </message>
    <message>
        <source>cites {what}</source>
        <translation>memetik {what}</translation>
    </message>
    <message>
        <source>same topic: {name}</source>
        <translation>topik yang sama: {name}</translation>
    </message>
    <message>
        <source>same category: {name}</source>
        <translation>kategori yang sama: {name}</translation>
    </message>
    <message>
        <source>published around the same time</source>
        <translation>diterbitkan sekitar masa yang sama</translation>
    </message>
    <message>
        <source>similar wording: {words}</source>
        <translation>perkataan yang serupa: {words}</translation>
    </message>
    <message>
        <source>Side by side…</source>
        <translation>Sebelah-menyebelah…</translation>
    </message>
    <message>
        <source>Read two languages of this article in two columns</source>
        <translation>Baca dua bahasa artikel ini dalam dua lajur</translation>
    </message>
    <message>
        <source>Languages of this article</source>
        <translation>Bahasa artikel ini</translation>
    </message>
    <message>
        <source>Not synced yet:</source>
        <translation>Belum disegerakkan:</translation>
    </message>
    <message>
        <source>Not in the library yet. Click to sync this language ({code}).</source>
        <translation>Belum ada dalam pustaka. Klik untuk menyegerakkan bahasa ini ({code}).</translation>
    </message>
    <message>
        <source>Sync this language: {name}</source>
        <translation>Segerakkan bahasa ini: {name}</translation>
    </message>
    <message>
        <source>{code}: the machine translation lost {spots} numbers or dates; they are marked in the text</source>
        <translation>{code}: terjemahan mesin kehilangan {spots} nombor atau tarikh; ia ditandakan dalam teks</translation>
    </message>
    <message>
        <source>{name} (syncing…)</source>
        <translation>{name} (sedang disegerakkan…)</translation>
    </message>
    <message>
        <source>No library is open.</source>
        <translation>Tiada pustaka dibuka.</translation>
    </message>
    <message>
        <source>That is where the library is already.</source>
        <translation>Pustaka sudah berada di situ.</translation>
    </message>
    <message>
        <source>Open library…</source>
        <translation>Buka pustaka…</translation>
    </message>
    <message>
        <source>Move library…</source>
        <translation>Alihkan pustaka…</translation>
    </message>
    <message>
        <source>Backups…</source>
        <translation>Sandaran…</translation>
    </message>
    <message>
        <source>Open library</source>
        <translation>Buka pustaka</translation>
    </message>
    <message>
        <source>Move library to</source>
        <translation>Alihkan pustaka ke</translation>
    </message>
    <message>
        <source>This window cannot switch libraries.</source>
        <translation>Tetingkap ini tidak boleh menukar pustaka.</translation>
    </message>
    <message>
        <source>Wait for the sync to finish, or cancel it, then move.</source>
        <translation>Tunggu penyegerakan selesai, atau batalkannya, kemudian alihkan.</translation>
    </message>
    <message>
        <source>{dest} exists already; choose a new file name.</source>
        <translation>{dest} sudah wujud; pilih nama fail baharu.</translation>
    </message>
    <message>
        <source>Copying the library to {dest}…</source>
        <translation>Menyalin pustaka ke {dest}…</translation>
    </message>
    <message>
        <source>A sync started; move again after it.</source>
        <translation>Penyegerakan telah bermula; alihkan semula selepas ia selesai.</translation>
    </message>
    <message>
        <source>The library moved to {dest}, but the old file could not be removed: {e}</source>
        <translation>Pustaka dialihkan ke {dest}, tetapi fail lama tidak dapat dibuang: {e}</translation>
    </message>
    <message>
        <source>The library is now at {dest}.</source>
        <translation>Pustaka kini berada di {dest}.</translation>
    </message>
    <message>
        <source>The library was restored from {name}.</source>
        <translation>Pustaka dipulihkan daripada {name}.</translation>
    </message>
    <message>
        <source>Cannot create the folder {folder}: {error}</source>
        <translation>Tidak dapat mencipta folder {folder}: {error}</translation>
    </message>
    <message>
        <source>Light theme</source>
        <translation>Tema cerah</translation>
    </message>
    <message>
        <source>Dark theme</source>
        <translation>Tema gelap</translation>
    </message>
    <message>
        <source>Sepia theme</source>
        <translation>Tema sepia</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Segerakkan sekarang</translation>
    </message>
    <message>
        <source>Cancel sync</source>
        <translation>Batalkan penyegerakan</translation>
    </message>
    <message>
        <source>Sync failures…</source>
        <translation>Kegagalan penyegerakan…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Cari</translation>
    </message>
    <message>
        <source>Search (find)</source>
        <translation>Cari (temui)</translation>
    </message>
    <message>
        <source>Focus list</source>
        <translation>Fokus pada senarai</translation>
    </message>
    <message>
        <source>Page down in article</source>
        <translation>Halaman ke bawah dalam artikel</translation>
    </message>
    <message>
        <source>Page up in article</source>
        <translation>Halaman ke atas dalam artikel</translation>
    </message>
    <message>
        <source>Your library is empty. Open the sample library to look around, or add a source and sync.</source>
        <translation>Pustaka anda kosong. Buka pustaka contoh untuk melihat-lihat, atau tambah sumber dan segerakkan.</translation>
    </message>
    <message>
        <source>Open the sample library</source>
        <translation>Buka pustaka contoh</translation>
    </message>
    <message>
        <source>Add a source…</source>
        <translation>Tambah sumber…</translation>
    </message>
    <message>
        <source>Search all articles (Ctrl+K)</source>
        <translation>Cari semua artikel (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search in language</source>
        <translation>Cari dalam bahasa</translation>
    </message>
    <message>
        <source>Search in one language, or in all</source>
        <translation>Cari dalam satu bahasa, atau semua</translation>
    </message>
    <message>
        <source>Filter titles</source>
        <translation>Tapis tajuk</translation>
    </message>
    <message>
        <source>Filter the list by title</source>
        <translation>Tapis senarai mengikut tajuk</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Berkaitan</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Utama</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fail</translation>
    </message>
    <message>
        <source>Sources…</source>
        <translation>Sumber…</translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation>Keutamaan…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Paparan</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zum masuk</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zum keluar</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Saiz sebenar</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>&amp;Artikel</translation>
    </message>
    <message>
        <source>Next article</source>
        <translation>Artikel seterusnya</translation>
    </message>
    <message>
        <source>Previous article</source>
        <translation>Artikel sebelumnya</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Bantuan</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Perihal</translation>
    </message>
    <message>
        <source>Opening the library…</source>
        <translation>Membuka pustaka…</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Semua bahasa</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Belum dibaca</translation>
    </message>
    <message>
        <source>Importing the sample library…</source>
        <translation>Mengimport pustaka contoh…</translation>
    </message>
    <message>
        <source>The sample library is ready.</source>
        <translation>Pustaka contoh sudah sedia.</translation>
    </message>
    <message>
        <source>Sync cancelled</source>
        <translation>Penyegerakan dibatalkan</translation>
    </message>
    <message>
        <source>Sync finished</source>
        <translation>Penyegerakan selesai</translation>
    </message>
    <message>
        <source>This article was updated since you annotated or bookmarked it. Highlights were placed again; see the Notes tab for any not found. &lt;a href="compare"&gt;Compare revisions…&lt;/a&gt;</source>
        <translation>Artikel ini telah dikemas kini sejak anda membuat anotasi atau penanda buku. Serlahan telah diletakkan semula; lihat tab Nota bagi yang tidak ditemui. &lt;a href="compare"&gt;Bandingkan semakan…&lt;/a&gt;</translation>
    </message>
    <message>
        <source>No sources to sync yet: add one under File › Sources…</source>
        <translation>Belum ada sumber untuk disegerakkan: tambah satu di Fail › Sumber…</translation>
    </message>
    <message>
        <source>Offline: the sources cannot be reached. Everything in the library is available.</source>
        <translation>Luar talian: sumber tidak dapat dicapai. Semua yang ada dalam pustaka tersedia.</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Belum disegerakkan</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln artikel</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing: {new} new, {updated} updated, {failed} failed — {current}</source>
        <translation>Menyegerakkan: {new} baharu, {updated} dikemas kini, {failed} gagal — {current}</translation>
    </message>
    <message>
        <source>{word}: {new} new, {updated} updated, {failed} failed.</source>
        <translation>{word}: {new} baharu, {updated} dikemas kini, {failed} gagal.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Search&lt;/b&gt; “{q}” in {where} — {n}</source>
        <translation>&lt;b&gt;Carian&lt;/b&gt; “{q}” dalam {where} — {n}</translation>
    </message>
    <message>
        <source>Last synced {when}</source>
        <translation>Kali terakhir disegerakkan {when}</translation>
    </message>
    <message>
        <source>Notebook</source>
        <translation>Buku nota</translation>
    </message>
    <message>
        <source>Search quotes, notes and tags</source>
        <translation>Cari petikan, nota dan tag</translation>
    </message>
    <message>
        <source>Search annotations</source>
        <translation>Cari anotasi</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Anotasi</translation>
    </message>
    <message>
        <source>All collections</source>
        <translation>Semua koleksi</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Semua tag</translation>
    </message>
    <message>
        <source>All colours</source>
        <translation>Semua warna</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Sebarang keadaan</translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s)</source>
        <translation>
            <numerusform>%Ln anotasi</numerusform>
        </translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Koleksi</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Keadaan</translation>
    </message>
    <message>
        <source>Lang.</source>
        <translation>Bhs.</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Petikan</translation>
    </message>
    <message>
        <source>In place</source>
        <translation>Di tempatnya</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Beralih</translation>
    </message>
    <message>
        <source>Not found (orphaned)</source>
        <translation>Tidak ditemui (yatim)</translation>
    </message>
    <message>
        <source>Bookmark article</source>
        <translation>Tanda buku artikel</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Serlah</translation>
    </message>
    <message>
        <source>No differences in the text.</source>
        <translation>Tiada perbezaan dalam teks.</translation>
    </message>
    <message>
        <source>Compare revisions…</source>
        <translation>Bandingkan semakan…</translation>
    </message>
    <message>
        <source>{insertions}, {deletions} ({paragraphs})</source>
        <translation>{insertions}, {deletions} ({paragraphs})</translation>
    </message>
    <message numerus="yes">
        <source>%Ln insertion(s)</source>
        <translation>
            <numerusform>%Ln sisipan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deletion(s)</source>
        <translation>
            <numerusform>%Ln pemadaman</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln paragraph(s) changed</source>
        <translation>
            <numerusform>%Ln perenggan berubah</numerusform>
        </translation>
    </message>
    <message>
        <source>Revision {n} — fetched {when}</source>
        <translation>Semakan {n} — diambil {when}</translation>
    </message>
    <message>
        <source>Older revision</source>
        <translation>Semakan lama</translation>
    </message>
    <message>
        <source>Newer revision</source>
        <translation>Semakan baharu</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Dari:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Ke:</translation>
    </message>
    <message>
        <source>Summary of the changes</source>
        <translation>Ringkasan perubahan</translation>
    </message>
    <message>
        <source>Changes between the two revisions</source>
        <translation>Perubahan antara dua semakan</translation>
    </message>
    <message>
        <source>&amp;Previous change</source>
        <translation>Perubahan &amp;sebelumnya</translation>
    </message>
    <message>
        <source>&amp;Next change</source>
        <translation>Perubahan se&amp;terusnya</translation>
    </message>
    <message>
        <source>Open an article to compare its revisions.</source>
        <translation>Buka artikel untuk membandingkan semakannya.</translation>
    </message>
    <message>
        <source>(newest)</source>
        <translation>(terbaharu)</translation>
    </message>
    <message>
        <source>This article has only one revision: nothing to compare.</source>
        <translation>Artikel ini hanya mempunyai satu semakan: tiada apa untuk dibandingkan.</translation>
    </message>
    <message>
        <source>Choose two different revisions.</source>
        <translation>Pilih dua semakan yang berbeza.</translation>
    </message>
    <message>
        <source>(the older revision is on the right: read insertions as removals)</source>
        <translation>(semakan lama berada di kanan: baca sisipan sebagai pemadaman)</translation>
    </message>
    <message>
        <source>Compare revisions — {title}</source>
        <translation>Bandingkan semakan — {title}</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Teks</translation>
    </message>
    <message>
        <source>Revision {n} is missing from the library.</source>
        <translation>Semakan {n} tiada dalam pustaka.</translation>
    </message>
    <message>
        <source>Related articles from the site</source>
        <translation>Artikel berkaitan daripada laman</translation>
    </message>
    <message>
        <source>Related articles found in the library</source>
        <translation>Artikel berkaitan yang ditemui dalam pustaka</translation>
    </message>
    <message>
        <source>&lt;b&gt;You might also like&lt;/b&gt; (from the site)</source>
        <translation>&lt;b&gt;Anda mungkin juga suka&lt;/b&gt; (daripada laman)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Related in your library&lt;/b&gt;</source>
        <translation>&lt;b&gt;Berkaitan dalam pustaka anda&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Related articles</source>
        <translation>Artikel berkaitan</translation>
    </message>
    <message>
        <source>The site lists no related articles.</source>
        <translation>Laman tidak menyenaraikan artikel berkaitan.</translation>
    </message>
    <message>
        <source>Working out related articles…</source>
        <translation>Mencari artikel berkaitan…</translation>
    </message>
    <message>
        <source>No related articles found in the library.</source>
        <translation>Tiada artikel berkaitan ditemui dalam pustaka.</translation>
    </message>
    <message>
        <source>not synced — click to fetch it</source>
        <translation>belum disegerakkan — klik untuk mengambilnya</translation>
    </message>
    <message>
        <source>Fetching “{title}”…</source>
        <translation>Mengambil “{title}”…</translation>
    </message>
    <message>
        <source>fetching…</source>
        <translation>mengambil…</translation>
    </message>
    <message>
        <source>Shown in {lang}: not held in this language</source>
        <translation>Dipaparkan dalam {lang}: tiada dalam bahasa ini</translation>
    </message>
    <message>
        <source>Could not fetch “{title}”: {error}</source>
        <translation>Tidak dapat mengambil “{title}”: {error}</translation>
    </message>
    <message>
        <source>Fetched “{title}”.</source>
        <translation>“{title}” telah diambil.</translation>
    </message>
    <message>
        <source>Library sections</source>
        <translation>Bahagian pustaka</translation>
    </message>
    <message>
        <source>Recently read</source>
        <translation>Dibaca baru-baru ini</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Penanda buku</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Koleksi</translation>
    </message>
    <message>
        <source>Laws and cases</source>
        <translation>Undang-undang dan kes</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>contoh</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Sebelah-menyebelah</translation>
    </message>
    <message>
        <source>Left column language</source>
        <translation>Bahasa lajur kiri</translation>
    </message>
    <message>
        <source>Right column language</source>
        <translation>Bahasa lajur kanan</translation>
    </message>
    <message>
        <source>Paragraphs are paired by the article's structure.</source>
        <translation>Perenggan dipadankan mengikut struktur artikel.</translation>
    </message>
    <message>
        <source>Open an article first.</source>
        <translation>Buka artikel terlebih dahulu.</translation>
    </message>
    <message>
        <source>The library holds this article in one language only.</source>
        <translation>Pustaka hanya menyimpan artikel ini dalam satu bahasa.</translation>
    </message>
    <message>
        <source>Left:</source>
        <translation>Kiri:</translation>
    </message>
    <message>
        <source>Right:</source>
        <translation>Kanan:</translation>
    </message>
    <message>
        <source>Syncing the {language} translation…</source>
        <translation>Menyegerakkan terjemahan ({language})…</translation>
    </message>
    <message>
        <source>The {language} translation was not fetched: {reason}</source>
        <translation>Terjemahan ({language}) tidak diambil: {reason}</translation>
    </message>
    <message>
        <source>The {language} translation is now in the library.</source>
        <translation>Terjemahan ({language}) kini ada dalam pustaka.</translation>
    </message>
    <message>
        <source>Offline: the source cannot be reached, so the {language} translation was not fetched. Everything in the library is still available.</source>
        <translation>Luar talian: sumber tidak dapat dicapai, jadi terjemahan ({language}) tidak diambil. Semua yang ada dalam pustaka masih tersedia.</translation>
    </message>
    <message>
        <source>Undo note edit</source>
        <translation type="vanished">Buat asal suntingan nota</translation>
    </message>
    <message>
        <source>Undo colour change</source>
        <translation type="vanished">Buat asal perubahan warna</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation type="vanished">Buat asal pemadaman</translation>
    </message>
    <message>
        <source>Undo highlight</source>
        <translation type="vanished">Buat asal serlahan</translation>
    </message>
    <message>
        <source>1 article</source>
        <translation type="vanished">1 artikel</translation>
    </message>
    <message>
        <source>{n} articles</source>
        <translation type="vanished">{n} artikel</translation>
    </message>
    <message>
        <source>Added {what} to “{name}”.</source>
        <translation type="vanished">{what} ditambah pada “{name}”.</translation>
    </message>
    <message>
        <source>Delete the collection “{name}”?

Its {what} stay in the library; only the collection, its description and its order are removed.</source>
        <translation type="vanished">Padam koleksi “{name}”?

{what} di dalamnya kekal dalam pustaka; hanya koleksi, keterangan dan susunannya yang dibuang.</translation>
    </message>
    <message>
        <source>Add {what} to:</source>
        <translation type="vanished">Tambah {what} pada:</translation>
    </message>
    <message>
        <source>Removed {what} from “{name}”; they stay in the library.</source>
        <translation type="vanished">{what} dikeluarkan daripada “{name}”; ia kekal dalam pustaka.</translation>
    </message>
    <message>
        <source>{n} already in it.</source>
        <translation type="vanished">{n} sudah ada di dalamnya.</translation>
    </message>
    <message>
        <source>1 insertion</source>
        <translation type="vanished">1 sisipan</translation>
    </message>
    <message>
        <source>1 deletion</source>
        <translation type="vanished">1 pemadaman</translation>
    </message>
    <message>
        <source>1 paragraph changed</source>
        <translation type="vanished">1 perenggan berubah</translation>
    </message>
    <message>
        <source>{n} insertions</source>
        <translation type="vanished">{n} sisipan</translation>
    </message>
    <message>
        <source>{n} deletions</source>
        <translation type="vanished">{n} pemadaman</translation>
    </message>
    <message>
        <source>{n} paragraphs changed</source>
        <translation type="vanished">{n} perenggan berubah</translation>
    </message>
</context>
</TS>
