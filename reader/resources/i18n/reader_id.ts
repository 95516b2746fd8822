<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>reader</name>
    <message>
        <source>No automatic backup of {path}: the disk has less than {mb} MB free. Free some space, or move the library (File → Move library…).</source>
        <translation>Tidak ada cadangan otomatis untuk {path}: ruang kosong di disk kurang dari {mb} MB. Kosongkan sebagian ruang, atau pindahkan pustaka (Berkas → Pindahkan pustaka…).</translation>
    </message>
    <message>
        <source>The library {db} is already open in another window of {app}. Switch to that window, or close it first.</source>
        <translation>Pustaka {db} sudah terbuka di jendela lain {app}. Beralihlah ke jendela itu, atau tutup terlebih dahulu.</translation>
    </message>
    <message>
        <source>The library {db} was not found (was it moved, or is its drive not connected?). Create a new, empty library there?</source>
        <translation>Pustaka {db} tidak ditemukan (apakah dipindahkan, atau drive-nya tidak tersambung?). Buat pustaka baru yang kosong di sana?</translation>
    </message>
    <message>
        <source>Image not available offline</source>
        <translation>Gambar tidak tersedia secara luring</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Gambar</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Sample content written for this app</source>
        <translation>Konten contoh yang ditulis untuk aplikasi ini</translation>
    </message>
    <message>
        <source>It is not an article of the source site: its contributors are fictional, and its statements of law should be checked against the primary sources before they are relied on.</source>
        <translation>Ini bukan artikel dari situs sumber: penulisnya fiktif, dan pernyataan hukumnya harus diperiksa terhadap sumber primer sebelum dijadikan pegangan.</translation>
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
        <translation>Revisi</translation>
    </message>
    <message>
        <source>Removed from the source on</source>
        <translation>Dihapus dari sumber pada</translation>
    </message>
    <message>
        <source>No English paragraph is aligned with this one.</source>
        <translation>Tidak ada paragraf bahasa Inggris yang sejajar dengan paragraf ini.</translation>
    </message>
    <message>
        <source>{title} — side by side</source>
        <translation>{title} — berdampingan</translation>
    </message>
    <message>
        <source>The machine translation damaged {spots} numbers or dates in {blocks} paragraphs (XNUMX stands for lost digits). Point at a marked spot, or click it, to read the English paragraph with the real numbers.</source>
        <translation>Terjemahan mesin merusak {spots} angka atau tanggal di {blocks} paragraf (XNUMX menggantikan digit yang hilang). Arahkan penunjuk ke bagian yang ditandai, atau klik, untuk membaca paragraf bahasa Inggris dengan angka sebenarnya.</translation>
    </message>
    <message>
        <source>Numbers in the English original:</source>
        <translation>Angka dalam naskah asli bahasa Inggris:</translation>
    </message>
    <message>
        <source>Dates in the English original:</source>
        <translation>Tanggal dalam naskah asli bahasa Inggris:</translation>
    </message>
    <message>
        <source>English:</source>
        <translation>Bahasa Inggris:</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versi</translation>
    </message>
    <message>
        <source>An offline reader for legal news about China.</source>
        <translation>Pembaca luring untuk berita hukum tentang Tiongkok.</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Pustaka</translation>
    </message>
    <message>
        <source>is free software under the MIT licence.</source>
        <translation>adalah perangkat lunak bebas dengan lisensi MIT.</translation>
    </message>
    <message>
        <source>Built with</source>
        <translation>Dibuat dengan</translation>
    </message>
    <message>
        <source>and Qt for Python (PySide6)</source>
        <translation>dan Qt for Python (PySide6)</translation>
    </message>
    <message>
        <source>Qt WebEngine contains Chromium, under BSD-style and other open-source licences.</source>
        <translation>Qt WebEngine berisi Chromium, dengan lisensi bergaya BSD dan lisensi sumber terbuka lainnya.</translation>
    </message>
    <message>
        <source>You may replace the Qt libraries in the program's folder with your own build.</source>
        <translation>Anda boleh mengganti pustaka Qt di folder program dengan hasil build Anda sendiri.</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lisensi</translation>
    </message>
    <message>
        <source>Fonts</source>
        <translation>Fon</translation>
    </message>
    <message>
        <source>The fonts are the system's; they are not part of the program.</source>
        <translation>Fon yang dipakai adalah fon sistem; fon tersebut bukan bagian dari program.</translation>
    </message>
    <message>
        <source>Portable mode: settings and library in {folder}</source>
        <translation>Mode portabel: pengaturan dan pustaka di {folder}</translation>
    </message>
    <message>
        <source>Settings: {file}</source>
        <translation>Pengaturan: {file}</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Tentang {app}</translation>
    </message>
    <message>
        <source>Undo note change</source>
        <translation>Batalkan perubahan catatan</translation>
    </message>
    <message>
        <source>Export notes…</source>
        <translation>Ekspor catatan…</translation>
    </message>
    <message>
        <source>Import notes…</source>
        <translation>Impor catatan…</translation>
    </message>
    <message>
        <source>Highlight selection</source>
        <translation>Sorot pilihan</translation>
    </message>
    <message>
        <source>Highlight with note…</source>
        <translation>Sorot dengan catatan…</translation>
    </message>
    <message>
        <source>Notebook…</source>
        <translation>Buku catatan…</translation>
    </message>
    <message>
        <source>Export notes</source>
        <translation>Ekspor catatan</translation>
    </message>
    <message>
        <source>Notes of</source>
        <translation>Catatan dari</translation>
    </message>
    <message>
        <source>Markdown (to read, print or paste)</source>
        <translation>Markdown (untuk dibaca, dicetak, atau ditempel)</translation>
    </message>
    <message>
        <source>W3C Web Annotation JSON-LD (to import again)</source>
        <translation>W3C Web Annotation JSON-LD (untuk diimpor lagi)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Import notes</source>
        <translation>Impor catatan</translation>
    </message>
    <message>
        <source>Web Annotation JSON-LD (*.jsonld *.json);;All files (*)</source>
        <translation>Web Annotation JSON-LD (*.jsonld *.json);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Tidak ada yang bisa dibatalkan.</translation>
    </message>
    <message>
        <source>All notes in the library</source>
        <translation>Semua catatan di pustaka</translation>
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
        <translation>Pilih teks di artikel terlebih dahulu.</translation>
    </message>
    <message>
        <source>Select the passage this note belongs to, then re-attach.</source>
        <translation>Pilih bagian tempat catatan ini berada, lalu tautkan ulang.</translation>
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
            <numerusform>%Ln catatan diekspor ke {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write {path}: {error}.</source>
        <translation>Tidak dapat menulis {path}: {error}.</translation>
    </message>
    <message>
        <source>moved: the text changed around it</source>
        <translation>bergeser: teks di sekitarnya berubah</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Your note, in Markdown: **bold**, *italic*, lists, links</source>
        <translation>Catatan Anda, dalam Markdown: **tebal**, *miring*, daftar, tautan</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Teks catatan</translation>
    </message>
    <message>
        <source>Note preview</source>
        <translation>Pratinjau catatan</translation>
    </message>
    <message>
        <source>comma-separated, e.g. reciprocity, service</source>
        <translation>dipisahkan koma, mis. resiprositas, pemberitahuan</translation>
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
        <translation>Sorotan dan catatan</translation>
    </message>
    <message>
        <source>No highlights yet. Select text in the article and choose Highlight (right-click, or Ctrl+Shift+H).</source>
        <translation>Belum ada sorotan. Pilih teks di artikel lalu pilih Sorot (klik kanan, atau Ctrl+Shift+H).</translation>
    </message>
    <message>
        <source>Edit note…</source>
        <translation>Sunting catatan…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Re-attach to selection</source>
        <translation>Tautkan ulang ke pilihan</translation>
    </message>
    <message>
        <source>Select the passage in the article where this note belongs, then click here</source>
        <translation>Pilih di artikel bagian tempat catatan ini berada, lalu klik di sini</translation>
    </message>
    <message>
        <source>not found in the current version (last found in revision {n})</source>
        <translation>tidak ditemukan di versi saat ini (terakhir ditemukan di revisi {n})</translation>
    </message>
    <message>
        <source>Note edit undone</source>
        <translation>Suntingan catatan dibatalkan</translation>
    </message>
    <message>
        <source>Colour change undone</source>
        <translation>Perubahan warna dibatalkan</translation>
    </message>
    <message>
        <source>Note restored</source>
        <translation>Catatan dipulihkan</translation>
    </message>
    <message>
        <source>Highlight removed</source>
        <translation>Sorotan dihapus</translation>
    </message>
    <message>
        <source>made on revision {n}</source>
        <translation>dibuat pada revisi {n}</translation>
    </message>
    <message>
        <source>tags: {t}</source>
        <translation>tag: {t}</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
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
        <translation>Terjemahan rusak (angka atau tanggal hilang): {languages}</translation>
    </message>
    <message>
        <source>Bookmarked</source>
        <translation>Ditandai</translation>
    </message>
    <message>
        <source>Has notes</source>
        <translation>Ada catatan</translation>
    </message>
    <message>
        <source>Updated since you annotated or bookmarked it</source>
        <translation>Diperbarui sejak Anda memberi anotasi atau penanda</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Otomatis</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Dibuat manual</translation>
    </message>
    <message>
        <source>Replaced by a restore</source>
        <translation>Diganti oleh pemulihan</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Salinan</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Belum ada cadangan.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Cadangkan sekarang</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Pulihkan…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Hapus…</translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation>Tampilkan folder</translation>
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
        <translation>Cadangkan otomatis setiap</translation>
    </message>
    <message>
        <source>Automatic backups to keep</source>
        <translation>Cadangan otomatis yang disimpan</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Mencadangkan…</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Pulihkan cadangan</translation>
    </message>
    <message>
        <source>Delete a backup</source>
        <translation>Hapus cadangan</translation>
    </message>
    <message>
        <source>Before an upgrade (from schema {v})</source>
        <translation>Sebelum peningkatan (dari skema {v})</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Backups of {library}. Restoring one replaces the library; the current file is kept in the backups folder first, so a restore can be undone.</source>
        <translation>Cadangan {library}. Memulihkan salah satunya mengganti pustaka; berkas saat ini lebih dulu disimpan di folder cadangan, sehingga pemulihan dapat dibatalkan.</translation>
    </message>
    <message>
        <source>No backup was made: {e}</source>
        <translation>Tidak ada cadangan yang dibuat: {e}</translation>
    </message>
    <message>
        <source>Replace the library with the backup of {when}?

Everything changed since then is replaced. The current library is kept in the backups folder first, so you can restore it again.</source>
        <translation>Ganti pustaka dengan cadangan {when}?

Semua yang berubah sejak itu akan diganti. Pustaka saat ini lebih dulu disimpan di folder cadangan, sehingga Anda dapat memulihkannya lagi.</translation>
    </message>
    <message>
        <source>Delete the backup of {when} ({kind}, {size})? This cannot be undone.</source>
        <translation>Hapus cadangan {when} ({kind}, {size})? Tindakan ini tidak dapat dibatalkan.</translation>
    </message>
    <message>
        <source>Not deleted: {e}</source>
        <translation>Tidak dihapus: {e}</translation>
    </message>
    <message>
        <source>Laws</source>
        <translation>Undang-undang</translation>
    </message>
    <message>
        <source>Judicial interpretations and rules</source>
        <translation>Interpretasi yudisial dan peraturan</translation>
    </message>
    <message>
        <source>Regulations</source>
        <translation>Peraturan</translation>
    </message>
    <message>
        <source>Treaties</source>
        <translation>Perjanjian internasional</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Perkara</translation>
    </message>
    <message>
        <source>Other documents</source>
        <translation>Dokumen lain</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) cite {name}</source>
        <translation>
            <numerusform>%Ln artikel mengutip {name}</numerusform>
        </translation>
    </message>
    <message>
        <source>Add to collection</source>
        <translation>Tambahkan ke koleksi</translation>
    </message>
    <message>
        <source>An &amp;existing collection</source>
        <translation>Koleksi yang &amp;ada</translation>
    </message>
    <message>
        <source>Existing collection</source>
        <translation>Koleksi yang ada</translation>
    </message>
    <message>
        <source>A &amp;new collection</source>
        <translation>Koleksi &amp;baru</translation>
    </message>
    <message>
        <source>Name of the new collection</source>
        <translation>Nama koleksi baru</translation>
    </message>
    <message>
        <source>e.g. the matter or client</source>
        <translation>mis. perkara atau klien</translation>
    </message>
    <message>
        <source>Description of the new collection</source>
        <translation>Deskripsi koleksi baru</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nama:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Deskripsi:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tambahkan</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Deskripsi</translation>
    </message>
    <message>
        <source>A collection needs a name.</source>
        <translation>Koleksi harus memiliki nama.</translation>
    </message>
    <message>
        <source>Add to collection…</source>
        <translation>Tambahkan ke koleksi…</translation>
    </message>
    <message>
        <source>Remove from collection</source>
        <translation>Keluarkan dari koleksi</translation>
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
        <translation>Koleksi baru</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Buka di peramban</translation>
    </message>
    <message>
        <source>New collection…</source>
        <translation>Koleksi baru…</translation>
    </message>
    <message>
        <source>Edit name and description…</source>
        <translation>Sunting nama dan deskripsi…</translation>
    </message>
    <message>
        <source>Delete collection…</source>
        <translation>Hapus koleksi…</translation>
    </message>
    <message numerus="yes">
        <source>Add %Ln article(s) to:</source>
        <translation>
            <numerusform>Tambahkan %Ln artikel ke:</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit collection</source>
        <translation>Sunting koleksi</translation>
    </message>
    <message>
        <source>Remove bookmark</source>
        <translation>Hapus penanda</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>Penanda</translation>
    </message>
    <message>
        <source>A collection named “{name}” already exists.</source>
        <translation>Koleksi bernama “{name}” sudah ada.</translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln article(s) to “{name}”.</source>
        <translation>
            <numerusform>%Ln artikel ditambahkan ke “{name}”.</numerusform>
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
            <numerusform>Hapus koleksi “{name}”?

%Ln artikel di dalamnya tetap ada di pustaka; hanya koleksi, deskripsi, dan urutannya yang dihapus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %Ln article(s) from “{name}”; they stay in the library.</source>
        <translation>
            <numerusform>%Ln artikel dikeluarkan dari “{name}”; tetap ada di pustaka.</numerusform>
        </translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>Semua artikel</translation>
    </message>
    <message>
        <source>Deleted the collection “{name}”.</source>
        <translation>Koleksi “{name}” telah dihapus.</translation>
    </message>
    <message>
        <source>China Justice Observer</source>
        <translation>China Justice Observer</translation>
    </message>
    <message>
        <source>RSS or Atom feed</source>
        <translation>Umpan RSS atau Atom</translation>
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
        <translation>Jeda antarpermintaan (detik)</translation>
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
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Remove source</source>
        <translation>Hapus sumber</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferensi</translation>
    </message>
    <message>
        <source> min (0 = manual)</source>
        <translation> menit (0 = manual)</translation>
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
        <translation>Bahasa konten (berurutan)</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>Ukuran fon</translation>
    </message>
    <message>
        <source>Sync automatically every</source>
        <translation>Sinkronkan otomatis setiap</translation>
    </message>
    <message>
        <source>Library file (applies at next start)</source>
        <translation>Berkas pustaka (berlaku saat mulai berikutnya)</translation>
    </message>
    <message>
        <source>Paper size for PDF</source>
        <translation>Ukuran kertas untuk PDF</translation>
    </message>
    <message>
        <source>Library file</source>
        <translation>Berkas pustaka</translation>
    </message>
    <message>
        <source>Libraries (*.sqlite)</source>
        <translation>Pustaka (*.sqlite)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Pintasan papan ketik</translation>
    </message>
    <message>
        <source>Sync failures</source>
        <translation>Kegagalan sinkronisasi</translation>
    </message>
    <message>
        <source>The address must start with http:// or https://.</source>
        <translation>Alamat harus diawali http:// atau https://.</translation>
    </message>
    <message>
        <source>The address needs a valid host name, as in https://example.org/feed/.</source>
        <translation>Alamat memerlukan nama host yang valid, seperti pada https://example.org/feed/.</translation>
    </message>
    <message>
        <source>The translations address must contain {lang}.</source>
        <translation>Alamat terjemahan harus memuat {lang}.</translation>
    </message>
    <message>
        <source>Open the selected article</source>
        <translation>Buka artikel yang dipilih</translation>
    </message>
    <message>
        <source>Move in the list</source>
        <translation>Bergerak di daftar</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tombol</translation>
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
        <translation>Hapus {name} beserta artikelnya dari pustaka? Penanda, koleksi, dan catatan tetap disimpan dan kembali jika Anda menambahkan sumber itu lagi.</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Pratinjau cetak</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Ekspor sebagai PDF</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Kertas</translation>
    </message>
    <message>
        <source>Number paragraphs for pinpoint citation</source>
        <translation>Beri nomor paragraf untuk kutipan yang tepat</translation>
    </message>
    <message>
        <source>Include highlights and notes</source>
        <translation>Sertakan sorotan dan catatan</translation>
    </message>
    <message>
        <source>Preparing the binder…</source>
        <translation>Menyiapkan bundel…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
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
        <translation>Ekspor</translation>
    </message>
    <message>
        <source>Annotations are not available in this version.</source>
        <translation>Anotasi tidak tersedia di versi ini.</translation>
    </message>
    <message>
        <source>Choose an article, select articles or open a collection.</source>
        <translation>Pilih sebuah artikel, pilih beberapa artikel, atau buka koleksi.</translation>
    </message>
    <message>
        <source>Selected articles</source>
        <translation>Artikel yang dipilih</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Ekspor dibatalkan; tidak ada yang ditulis.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln page(s) to {path}</source>
        <translation>
            <numerusform>%Ln halaman diekspor ke {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Printed {done} of {total}: {title}</source>
        <translation>Dicetak {done} dari {total}: {title}</translation>
    </message>
    <message>
        <source>{name} already exists. Replace it?</source>
        <translation>{name} sudah ada. Ganti?</translation>
    </message>
    <message>
        <source>Export as PDF…</source>
        <translation>Ekspor sebagai PDF…</translation>
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
        <translation>Merah muda</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Ungu</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Terang</translation>
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
        <translation>Bahasa antarmuka</translation>
    </message>
    <message>
        <source>Wait for the sync to finish, or cancel it, then choose the language again.</source>
        <translation>Tunggu hingga sinkronisasi selesai, atau batalkan, lalu pilih bahasa lagi.</translation>
    </message>
    <message>
        <source>The interface language changes the next time the app starts.</source>
        <translation>Bahasa antarmuka akan berubah saat aplikasi dijalankan berikutnya.</translation>
    </message>
    <message>
        <source>cites {what}</source>
        <translation>mengutip {what}</translation>
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
        <translation>diterbitkan sekitar waktu yang sama</translation>
    </message>
    <message>
        <source>similar wording: {words}</source>
        <translation>rumusan serupa: {words}</translation>
    </message>
    <message>
        <source>Side by side…</source>
        <translation>Berdampingan…</translation>
    </message>
    <message>
        <source>Read two languages of this article in two columns</source>
        <translation>Baca dua bahasa artikel ini dalam dua kolom</translation>
    </message>
    <message>
        <source>Languages of this article</source>
        <translation>Bahasa artikel ini</translation>
    </message>
    <message>
        <source>Not synced yet:</source>
        <translation>Belum disinkronkan:</translation>
    </message>
    <message>
        <source>Not in the library yet. Click to sync this language ({code}).</source>
        <translation>Belum ada di pustaka. Klik untuk menyinkronkan bahasa ini ({code}).</translation>
    </message>
    <message>
        <source>Sync this language: {name}</source>
        <translation>Sinkronkan bahasa ini: {name}</translation>
    </message>
    <message>
        <source>{code}: the machine translation lost {spots} numbers or dates; they are marked in the text</source>
        <translation>{code}: terjemahan mesin kehilangan {spots} angka atau tanggal; semuanya ditandai di teks</translation>
    </message>
    <message>
        <source>{name} (syncing…)</source>
        <translation>{name} (menyinkronkan…)</translation>
    </message>
    <message>
        <source>No library is open.</source>
        <translation>Tidak ada pustaka yang terbuka.</translation>
    </message>
    <message>
        <source>That is where the library is already.</source>
        <translation>Pustaka sudah berada di sana.</translation>
    </message>
    <message>
        <source>Open library…</source>
        <translation>Buka pustaka…</translation>
    </message>
    <message>
        <source>Move library…</source>
        <translation>Pindahkan pustaka…</translation>
    </message>
    <message>
        <source>Backups…</source>
        <translation>Cadangan…</translation>
    </message>
    <message>
        <source>Open library</source>
        <translation>Buka pustaka</translation>
    </message>
    <message>
        <source>Move library to</source>
        <translation>Pindahkan pustaka ke</translation>
    </message>
    <message>
        <source>This window cannot switch libraries.</source>
        <translation>Jendela ini tidak dapat berganti pustaka.</translation>
    </message>
    <message>
        <source>Wait for the sync to finish, or cancel it, then move.</source>
        <translation>Tunggu hingga sinkronisasi selesai, atau batalkan, lalu pindahkan.</translation>
    </message>
    <message>
        <source>{dest} exists already; choose a new file name.</source>
        <translation>{dest} sudah ada; pilih nama berkas baru.</translation>
    </message>
    <message>
        <source>Copying the library to {dest}…</source>
        <translation>Menyalin pustaka ke {dest}…</translation>
    </message>
    <message>
        <source>A sync started; move again after it.</source>
        <translation>Sinkronisasi dimulai; pindahkan lagi setelah selesai.</translation>
    </message>
    <message>
        <source>The library moved to {dest}, but the old file could not be removed: {e}</source>
        <translation>Pustaka dipindahkan ke {dest}, tetapi berkas lama tidak dapat dihapus: {e}</translation>
    </message>
    <message>
        <source>The library is now at {dest}.</source>
        <translation>Pustaka sekarang ada di {dest}.</translation>
    </message>
    <message>
        <source>The library was restored from {name}.</source>
        <translation>Pustaka dipulihkan dari {name}.</translation>
    </message>
    <message>
        <source>Cannot create the folder {folder}: {error}</source>
        <translation>Tidak dapat membuat folder {folder}: {error}</translation>
    </message>
    <message>
        <source>Light theme</source>
        <translation>Tema terang</translation>
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
        <translation>Sinkronkan sekarang</translation>
    </message>
    <message>
        <source>Cancel sync</source>
        <translation>Batalkan sinkronisasi</translation>
    </message>
    <message>
        <source>Sync failures…</source>
        <translation>Kegagalan sinkronisasi…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Cari</translation>
    </message>
    <message>
        <source>Search (find)</source>
        <translation>Cari (temukan)</translation>
    </message>
    <message>
        <source>Focus list</source>
        <translation>Fokus ke daftar</translation>
    </message>
    <message>
        <source>Page down in article</source>
        <translation>Halaman berikutnya di artikel</translation>
    </message>
    <message>
        <source>Page up in article</source>
        <translation>Halaman sebelumnya di artikel</translation>
    </message>
    <message>
        <source>Your library is empty. Open the sample library to look around, or add a source and sync.</source>
        <translation>Pustaka Anda kosong. Buka pustaka contoh untuk melihat-lihat, atau tambahkan sumber lalu sinkronkan.</translation>
    </message>
    <message>
        <source>Open the sample library</source>
        <translation>Buka pustaka contoh</translation>
    </message>
    <message>
        <source>Add a source…</source>
        <translation>Tambahkan sumber…</translation>
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
        <translation>Saring judul</translation>
    </message>
    <message>
        <source>Filter the list by title</source>
        <translation>Saring daftar menurut judul</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Terkait</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
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
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>Sources…</source>
        <translation>Sumber…</translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation>Preferensi…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Perbesar</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Perkecil</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Ukuran sebenarnya</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>&amp;Artikel</translation>
    </message>
    <message>
        <source>Next article</source>
        <translation>Artikel berikutnya</translation>
    </message>
    <message>
        <source>Previous article</source>
        <translation>Artikel sebelumnya</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ba&amp;ntuan</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Tentang</translation>
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
        <translation>Mengimpor pustaka contoh…</translation>
    </message>
    <message>
        <source>The sample library is ready.</source>
        <translation>Pustaka contoh sudah siap.</translation>
    </message>
    <message>
        <source>Sync cancelled</source>
        <translation>Sinkronisasi dibatalkan</translation>
    </message>
    <message>
        <source>Sync finished</source>
        <translation>Sinkronisasi selesai</translation>
    </message>
    <message>
        <source>This article was updated since you annotated or bookmarked it. Highlights were placed again; see the Notes tab for any not found. &lt;a href="compare"&gt;Compare revisions…&lt;/a&gt;</source>
        <translation>Artikel ini diperbarui sejak Anda memberi anotasi atau penanda. Sorotan telah ditempatkan ulang; lihat tab Catatan untuk yang tidak ditemukan. &lt;a href="compare"&gt;Bandingkan revisi…&lt;/a&gt;</translation>
    </message>
    <message>
        <source>No sources to sync yet: add one under File › Sources…</source>
        <translation>Belum ada sumber untuk disinkronkan: tambahkan di Berkas › Sumber…</translation>
    </message>
    <message>
        <source>Offline: the sources cannot be reached. Everything in the library is available.</source>
        <translation>Luring: sumber tidak dapat dijangkau. Semua yang ada di pustaka tetap tersedia.</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Belum disinkronkan</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln artikel</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing: {new} new, {updated} updated, {failed} failed — {current}</source>
        <translation>Menyinkronkan: {new} baru, {updated} diperbarui, {failed} gagal — {current}</translation>
    </message>
    <message>
        <source>{word}: {new} new, {updated} updated, {failed} failed.</source>
        <translation>{word}: {new} baru, {updated} diperbarui, {failed} gagal.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Search&lt;/b&gt; “{q}” in {where} — {n}</source>
        <translation>&lt;b&gt;Pencarian&lt;/b&gt; “{q}” di {where} — {n}</translation>
    </message>
    <message>
        <source>Last synced {when}</source>
        <translation>Terakhir disinkronkan {when}</translation>
    </message>
    <message>
        <source>Notebook</source>
        <translation>Buku catatan</translation>
    </message>
    <message>
        <source>Search quotes, notes and tags</source>
        <translation>Cari kutipan, catatan, dan tag</translation>
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
        <translation>Status apa pun</translation>
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
        <translation>Status</translation>
    </message>
    <message>
        <source>Lang.</source>
        <translation>Bhs.</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Kutipan</translation>
    </message>
    <message>
        <source>In place</source>
        <translation>Di tempatnya</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Bergeser</translation>
    </message>
    <message>
        <source>Not found (orphaned)</source>
        <translation>Tidak ditemukan (yatim)</translation>
    </message>
    <message>
        <source>Bookmark article</source>
        <translation>Tandai artikel</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Sorot</translation>
    </message>
    <message>
        <source>No differences in the text.</source>
        <translation>Tidak ada perbedaan dalam teks.</translation>
    </message>
    <message>
        <source>Compare revisions…</source>
        <translation>Bandingkan revisi…</translation>
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
            <numerusform>%Ln penghapusan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln paragraph(s) changed</source>
        <translation>
            <numerusform>%Ln paragraf berubah</numerusform>
        </translation>
    </message>
    <message>
        <source>Revision {n} — fetched {when}</source>
        <translation>Revisi {n} — diambil {when}</translation>
    </message>
    <message>
        <source>Older revision</source>
        <translation>Revisi lama</translation>
    </message>
    <message>
        <source>Newer revision</source>
        <translation>Revisi baru</translation>
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
        <translation>Perubahan antara kedua revisi</translation>
    </message>
    <message>
        <source>&amp;Previous change</source>
        <translation>Perubahan &amp;sebelumnya</translation>
    </message>
    <message>
        <source>&amp;Next change</source>
        <translation>Perubahan &amp;berikutnya</translation>
    </message>
    <message>
        <source>Open an article to compare its revisions.</source>
        <translation>Buka artikel untuk membandingkan revisinya.</translation>
    </message>
    <message>
        <source>(newest)</source>
        <translation>(terbaru)</translation>
    </message>
    <message>
        <source>This article has only one revision: nothing to compare.</source>
        <translation>Artikel ini hanya punya satu revisi: tidak ada yang dibandingkan.</translation>
    </message>
    <message>
        <source>Choose two different revisions.</source>
        <translation>Pilih dua revisi yang berbeda.</translation>
    </message>
    <message>
        <source>(the older revision is on the right: read insertions as removals)</source>
        <translation>(revisi lama ada di kanan: baca sisipan sebagai penghapusan)</translation>
    </message>
    <message>
        <source>Compare revisions — {title}</source>
        <translation>Bandingkan revisi — {title}</translation>
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
        <translation>Revisi {n} tidak ada di pustaka.</translation>
    </message>
    <message>
        <source>Related articles from the site</source>
        <translation>Artikel terkait dari situs</translation>
    </message>
    <message>
        <source>Related articles found in the library</source>
        <translation>Artikel terkait yang ditemukan di pustaka</translation>
    </message>
    <message>
        <source>&lt;b&gt;You might also like&lt;/b&gt; (from the site)</source>
        <translation>&lt;b&gt;Anda mungkin juga suka&lt;/b&gt; (dari situs)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Related in your library&lt;/b&gt;</source>
        <translation>&lt;b&gt;Terkait di pustaka Anda&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Related articles</source>
        <translation>Artikel terkait</translation>
    </message>
    <message>
        <source>The site lists no related articles.</source>
        <translation>Situs tidak mencantumkan artikel terkait.</translation>
    </message>
    <message>
        <source>Working out related articles…</source>
        <translation>Mencari artikel terkait…</translation>
    </message>
    <message>
        <source>No related articles found in the library.</source>
        <translation>Tidak ditemukan artikel terkait di pustaka.</translation>
    </message>
    <message>
        <source>not synced — click to fetch it</source>
        <translation>belum disinkronkan — klik untuk mengambilnya</translation>
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
        <translation>Ditampilkan dalam {lang}: tidak tersedia dalam bahasa ini</translation>
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
        <translation>Bagian pustaka</translation>
    </message>
    <message>
        <source>Recently read</source>
        <translation>Baru dibaca</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Penanda</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Koleksi</translation>
    </message>
    <message>
        <source>Laws and cases</source>
        <translation>Undang-undang dan perkara</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>contoh</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Berdampingan</translation>
    </message>
    <message>
        <source>Left column language</source>
        <translation>Bahasa kolom kiri</translation>
    </message>
    <message>
        <source>Right column language</source>
        <translation>Bahasa kolom kanan</translation>
    </message>
    <message>
        <source>Paragraphs are paired by the article's structure.</source>
        <translation>Paragraf dipasangkan menurut struktur artikel.</translation>
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
        <translation>Menyinkronkan terjemahan ({language})…</translation>
    </message>
    <message>
        <source>The {language} translation was not fetched: {reason}</source>
        <translation>Terjemahan ({language}) tidak diambil: {reason}</translation>
    </message>
    <message>
        <source>The {language} translation is now in the library.</source>
        <translation>Terjemahan ({language}) sekarang ada di pustaka.</translation>
    </message>
    <message>
        <source>Offline: the source cannot be reached, so the {language} translation was not fetched. Everything in the library is still available.</source>
        <translation>Luring: sumber tidak dapat dijangkau, jadi terjemahan ({language}) tidak diambil. Semua yang ada di pustaka tetap tersedia.</translation>
    </message>
    <message>
        <source>Undo note edit</source>
        <translation type="vanished">Batalkan suntingan catatan</translation>
    </message>
    <message>
        <source>Undo colour change</source>
        <translation type="vanished">Batalkan perubahan warna</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation type="vanished">Batalkan penghapusan</translation>
    </message>
    <message>
        <source>Undo highlight</source>
        <translation type="vanished">Batalkan sorotan</translation>
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
        <translation type="vanished">{what} ditambahkan ke “{name}”.</translation>
    </message>
    <message>
        <source>Delete the collection “{name}”?

Its {what} stay in the library; only the collection, its description and its order are removed.</source>
        <translation type="vanished">Hapus koleksi “{name}”?

{what} di dalamnya tetap ada di pustaka; hanya koleksi, deskripsi, dan urutannya yang dihapus.</translation>
    </message>
    <message>
        <source>Add {what} to:</source>
        <translation type="vanished">Tambahkan {what} ke:</translation>
    </message>
    <message>
        <source>Removed {what} from “{name}”; they stay in the library.</source>
        <translation type="vanished">{what} dikeluarkan dari “{name}”; tetap ada di pustaka.</translation>
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
        <translation type="vanished">1 penghapusan</translation>
    </message>
    <message>
        <source>1 paragraph changed</source>
        <translation type="vanished">1 paragraf berubah</translation>
    </message>
    <message>
        <source>{n} insertions</source>
        <translation type="vanished">{n} sisipan</translation>
    </message>
    <message>
        <source>{n} deletions</source>
        <translation type="vanished">{n} penghapusan</translation>
    </message>
    <message>
        <source>{n} paragraphs changed</source>
        <translation type="vanished">{n} paragraf berubah</translation>
    </message>
</context>
</TS>
