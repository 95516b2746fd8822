<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr" sourcelanguage="en">
<context>
    <name>reader</name>
    <message>
        <source>No automatic backup of {path}: the disk has less than {mb} MB free. Free some space, or move the library (File → Move library…).</source>
        <translation>{path} için otomatik yedek alınamadı: diskte {mb} MB'tan az boş alan var. Biraz yer açın veya kitaplığı taşıyın (Dosya → Kitaplığı taşı…).</translation>
    </message>
    <message>
        <source>The library {db} is already open in another window of {app}. Switch to that window, or close it first.</source>
        <translation>{db} kitaplığı {app} uygulamasının başka bir penceresinde zaten açık. O pencereye geçin veya önce kapatın.</translation>
    </message>
    <message>
        <source>The library {db} was not found (was it moved, or is its drive not connected?). Create a new, empty library there?</source>
        <translation>{db} kitaplığı bulunamadı (taşındı mı, yoksa sürücüsü bağlı değil mi?). Orada yeni, boş bir kitaplık oluşturulsun mu?</translation>
    </message>
    <message>
        <source>Image not available offline</source>
        <translation>Görsel çevrimdışı kullanılamıyor</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Görsel</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>Sample content written for this app</source>
        <translation>Bu uygulama için yazılmış örnek içerik</translation>
    </message>
    <message>
        <source>It is not an article of the source site: its contributors are fictional, and its statements of law should be checked against the primary sources before they are relied on.</source>
        <translation>Bu, kaynak sitenin bir makalesi değildir: yazarları kurgusaldır ve hukuki ifadeleri, bunlara dayanmadan önce birincil kaynaklarla karşılaştırılmalıdır.</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Yayımlanma</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategoriler</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Konular</translation>
    </message>
    <message>
        <source>Contributors</source>
        <translation>Yazarlar</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Editör</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kaynak</translation>
    </message>
    <message>
        <source>Retrieved on</source>
        <translation>Alınma tarihi</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revizyon</translation>
    </message>
    <message>
        <source>Removed from the source on</source>
        <translation>Kaynaktan kaldırılma tarihi</translation>
    </message>
    <message>
        <source>No English paragraph is aligned with this one.</source>
        <translation>Bu paragrafla eşleşen İngilizce paragraf yok.</translation>
    </message>
    <message>
        <source>{title} — side by side</source>
        <translation>{title} — yan yana</translation>
    </message>
    <message>
        <source>The machine translation damaged {spots} numbers or dates in {blocks} paragraphs (XNUMX stands for lost digits). Point at a marked spot, or click it, to read the English paragraph with the real numbers.</source>
        <translation>Makine çevirisi {blocks} paragrafta {spots} sayı veya tarihi bozdu (XNUMX kaybolan rakamların yerini tutar). Gerçek sayılarla İngilizce paragrafı okumak için işaretli bir yerin üzerine gelin veya tıklayın.</translation>
    </message>
    <message>
        <source>Numbers in the English original:</source>
        <translation>İngilizce asıldaki sayılar:</translation>
    </message>
    <message>
        <source>Dates in the English original:</source>
        <translation>İngilizce asıldaki tarihler:</translation>
    </message>
    <message>
        <source>English:</source>
        <translation>İngilizce:</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Sürüm</translation>
    </message>
    <message>
        <source>An offline reader for legal news about China.</source>
        <translation>Çin ile ilgili hukuk haberleri için çevrimdışı okuyucu.</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Kitaplık</translation>
    </message>
    <message>
        <source>is free software under the MIT licence.</source>
        <translation>MIT lisansı altında özgür yazılımdır.</translation>
    </message>
    <message>
        <source>Built with</source>
        <translation>Şunlarla yapıldı:</translation>
    </message>
    <message>
        <source>and Qt for Python (PySide6)</source>
        <translation>ve Qt for Python (PySide6)</translation>
    </message>
    <message>
        <source>Qt WebEngine contains Chromium, under BSD-style and other open-source licences.</source>
        <translation>Qt WebEngine, BSD tarzı ve diğer açık kaynak lisansları altında Chromium içerir.</translation>
    </message>
    <message>
        <source>You may replace the Qt libraries in the program's folder with your own build.</source>
        <translation>Program klasöründeki Qt kitaplıklarını kendi derlemenizle değiştirebilirsiniz.</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lisans</translation>
    </message>
    <message>
        <source>Fonts</source>
        <translation>Yazı tipleri</translation>
    </message>
    <message>
        <source>The fonts are the system's; they are not part of the program.</source>
        <translation>Yazı tipleri sistemindir; programın parçası değildir.</translation>
    </message>
    <message>
        <source>Portable mode: settings and library in {folder}</source>
        <translation>Taşınabilir kip: ayarlar ve kitaplık {folder} içinde</translation>
    </message>
    <message>
        <source>Settings: {file}</source>
        <translation>Ayarlar: {file}</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>{app} hakkında</translation>
    </message>
    <message>
        <source>Undo note change</source>
        <translation>Not değişikliğini geri al</translation>
    </message>
    <message>
        <source>Export notes…</source>
        <translation>Notları dışa aktar…</translation>
    </message>
    <message>
        <source>Import notes…</source>
        <translation>Not içe aktar…</translation>
    </message>
    <message>
        <source>Highlight selection</source>
        <translation>Seçimi vurgula</translation>
    </message>
    <message>
        <source>Highlight with note…</source>
        <translation>Notla vurgula…</translation>
    </message>
    <message>
        <source>Notebook…</source>
        <translation>Defter…</translation>
    </message>
    <message>
        <source>Export notes</source>
        <translation>Notları dışa aktar</translation>
    </message>
    <message>
        <source>Notes of</source>
        <translation>Notların kapsamı</translation>
    </message>
    <message>
        <source>Markdown (to read, print or paste)</source>
        <translation>Markdown (okumak, yazdırmak veya yapıştırmak için)</translation>
    </message>
    <message>
        <source>W3C Web Annotation JSON-LD (to import again)</source>
        <translation>W3C Web Annotation JSON-LD (yeniden içe aktarmak için)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Biçim</translation>
    </message>
    <message>
        <source>Import notes</source>
        <translation>Not içe aktar</translation>
    </message>
    <message>
        <source>Web Annotation JSON-LD (*.jsonld *.json);;All files (*)</source>
        <translation>Web Annotation JSON-LD (*.jsonld *.json);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Geri alınacak bir şey yok.</translation>
    </message>
    <message>
        <source>All notes in the library</source>
        <translation>Kitaplıktaki tüm notlar</translation>
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
        <translation>Önce makalede bir metin seçin.</translation>
    </message>
    <message>
        <source>Select the passage this note belongs to, then re-attach.</source>
        <translation>Bu notun ait olduğu pasajı seçin, ardından yeniden bağlayın.</translation>
    </message>
    <message>
        <source>This article</source>
        <translation>Bu makale</translation>
    </message>
    <message>
        <source>The collection “{name}”</source>
        <translation>“{name}” derlemesi</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln note(s) to {path}.</source>
        <translation>
            <numerusform>%Ln not {path} konumuna aktarıldı.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write {path}: {error}.</source>
        <translation>{path} yazılamıyor: {error}.</translation>
    </message>
    <message>
        <source>moved: the text changed around it</source>
        <translation>kaydı: çevresindeki metin değişti</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Not</translation>
    </message>
    <message>
        <source>Your note, in Markdown: **bold**, *italic*, lists, links</source>
        <translation>Notunuz, Markdown ile: **kalın**, *italik*, listeler, bağlantılar</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Not metni</translation>
    </message>
    <message>
        <source>Note preview</source>
        <translation>Not önizlemesi</translation>
    </message>
    <message>
        <source>comma-separated, e.g. reciprocity, service</source>
        <translation>virgülle ayrılmış, ör. karşılıklılık, tebligat</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiketler</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Renk</translation>
    </message>
    <message>
        <source>Highlights and notes</source>
        <translation>Vurgular ve notlar</translation>
    </message>
    <message>
        <source>No highlights yet. Select text in the article and choose Highlight (right-click, or Ctrl+Shift+H).</source>
        <translation>Henüz vurgu yok. Makalede bir metin seçip Vurgula'yı seçin (sağ tık veya Ctrl+Shift+H).</translation>
    </message>
    <message>
        <source>Edit note…</source>
        <translation>Notu düzenle…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <source>Re-attach to selection</source>
        <translation>Seçime yeniden bağla</translation>
    </message>
    <message>
        <source>Select the passage in the article where this note belongs, then click here</source>
        <translation>Makalede bu notun ait olduğu pasajı seçin, ardından buraya tıklayın</translation>
    </message>
    <message>
        <source>not found in the current version (last found in revision {n})</source>
        <translation>geçerli sürümde bulunamadı (en son {n}. revizyonda bulundu)</translation>
    </message>
    <message>
        <source>Note edit undone</source>
        <translation>Not düzenlemesi geri alındı</translation>
    </message>
    <message>
        <source>Colour change undone</source>
        <translation>Renk değişikliği geri alındı</translation>
    </message>
    <message>
        <source>Note restored</source>
        <translation>Not geri getirildi</translation>
    </message>
    <message>
        <source>Highlight removed</source>
        <translation>Vurgu kaldırıldı</translation>
    </message>
    <message>
        <source>made on revision {n}</source>
        <translation>{n}. revizyonda oluşturuldu</translation>
    </message>
    <message>
        <source>tags: {t}</source>
        <translation>etiketler: {t}</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Başlık</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Diller</translation>
    </message>
    <message>
        <source>Damaged translation (numbers or dates lost): {languages}</source>
        <translation>Bozuk çeviri (sayılar veya tarihler kayıp): {languages}</translation>
    </message>
    <message>
        <source>Bookmarked</source>
        <translation>Yer imlerinde</translation>
    </message>
    <message>
        <source>Has notes</source>
        <translation>Notları var</translation>
    </message>
    <message>
        <source>Updated since you annotated or bookmarked it</source>
        <translation>Not veya yer imi eklediğinizden beri güncellendi</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Otomatik</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Elle yapıldı</translation>
    </message>
    <message>
        <source>Replaced by a restore</source>
        <translation>Bir geri yüklemeyle değiştirildi</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopya</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Yedekler</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Henüz yedek yok.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Şimdi yedekle</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Geri yükle…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Sil…</translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation>Klasörü göster</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> saat</translation>
    </message>
    <message>
        <source>never</source>
        <translation>asla</translation>
    </message>
    <message>
        <source>Back up automatically every</source>
        <translation>Otomatik yedekleme aralığı</translation>
    </message>
    <message>
        <source>Automatic backups to keep</source>
        <translation>Saklanacak otomatik yedek sayısı</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Yedekleniyor…</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Yedeği geri yükle</translation>
    </message>
    <message>
        <source>Delete a backup</source>
        <translation>Yedeği sil</translation>
    </message>
    <message>
        <source>Before an upgrade (from schema {v})</source>
        <translation>Yükseltmeden önce ({v} şemasından)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Boyut</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Dosya</translation>
    </message>
    <message>
        <source>Backups of {library}. Restoring one replaces the library; the current file is kept in the backups folder first, so a restore can be undone.</source>
        <translation>{library} yedekleri. Birini geri yüklemek kitaplığın yerini alır; geçerli dosya önce yedek klasörüne konur, böylece geri yükleme geri alınabilir.</translation>
    </message>
    <message>
        <source>No backup was made: {e}</source>
        <translation>Yedek alınamadı: {e}</translation>
    </message>
    <message>
        <source>Replace the library with the backup of {when}?

Everything changed since then is replaced. The current library is kept in the backups folder first, so you can restore it again.</source>
        <translation>Kitaplık {when} tarihli yedekle değiştirilsin mi?

O zamandan beri değişen her şey değiştirilir. Geçerli kitaplık önce yedek klasörüne konur, böylece onu yeniden geri yükleyebilirsiniz.</translation>
    </message>
    <message>
        <source>Delete the backup of {when} ({kind}, {size})? This cannot be undone.</source>
        <translation>{when} tarihli yedek ({kind}, {size}) silinsin mi? Bu işlem geri alınamaz.</translation>
    </message>
    <message>
        <source>Not deleted: {e}</source>
        <translation>Silinmedi: {e}</translation>
    </message>
    <message>
        <source>Laws</source>
        <translation>Kanunlar</translation>
    </message>
    <message>
        <source>Judicial interpretations and rules</source>
        <translation>Yargısal yorumlar ve kurallar</translation>
    </message>
    <message>
        <source>Regulations</source>
        <translation>Yönetmelikler</translation>
    </message>
    <message>
        <source>Treaties</source>
        <translation>Antlaşmalar</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Davalar</translation>
    </message>
    <message>
        <source>Other documents</source>
        <translation>Diğer belgeler</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) cite {name}</source>
        <translation>
            <numerusform>%Ln makale {name} kaynağına atıf yapıyor</numerusform>
        </translation>
    </message>
    <message>
        <source>Add to collection</source>
        <translation>Derlemeye ekle</translation>
    </message>
    <message>
        <source>An &amp;existing collection</source>
        <translation>&amp;Mevcut bir derleme</translation>
    </message>
    <message>
        <source>Existing collection</source>
        <translation>Mevcut derleme</translation>
    </message>
    <message>
        <source>A &amp;new collection</source>
        <translation>&amp;Yeni bir derleme</translation>
    </message>
    <message>
        <source>Name of the new collection</source>
        <translation>Yeni derlemenin adı</translation>
    </message>
    <message>
        <source>e.g. the matter or client</source>
        <translation>ör. dosya veya müvekkil</translation>
    </message>
    <message>
        <source>Description of the new collection</source>
        <translation>Yeni derlemenin açıklaması</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Ad:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Açıklama:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ekle</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Açıklama</translation>
    </message>
    <message>
        <source>A collection needs a name.</source>
        <translation>Bir derlemenin adı olmalı.</translation>
    </message>
    <message>
        <source>Add to collection…</source>
        <translation>Derlemeye ekle…</translation>
    </message>
    <message>
        <source>Remove from collection</source>
        <translation>Derlemeden çıkar</translation>
    </message>
    <message>
        <source>Move up in collection</source>
        <translation>Derlemede yukarı taşı</translation>
    </message>
    <message>
        <source>Move down in collection</source>
        <translation>Derlemede aşağı taşı</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>Yeni derleme</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Tarayıcıda aç</translation>
    </message>
    <message>
        <source>New collection…</source>
        <translation>Yeni derleme…</translation>
    </message>
    <message>
        <source>Edit name and description…</source>
        <translation>Adı ve açıklamayı düzenle…</translation>
    </message>
    <message>
        <source>Delete collection…</source>
        <translation>Derlemeyi sil…</translation>
    </message>
    <message numerus="yes">
        <source>Add %Ln article(s) to:</source>
        <translation>
            <numerusform>%Ln makaleyi şuraya ekle:</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit collection</source>
        <translation>Derlemeyi düzenle</translation>
    </message>
    <message>
        <source>Remove bookmark</source>
        <translation>Yer imini kaldır</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>Yer imi</translation>
    </message>
    <message>
        <source>A collection named “{name}” already exists.</source>
        <translation>“{name}” adlı bir derleme zaten var.</translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln article(s) to “{name}”.</source>
        <translation>
            <numerusform>%Ln makale “{name}” derlemesine eklendi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already in it.</source>
        <translation>
            <numerusform>%Ln tanesi zaten içindeydi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the collection “{name}”?

Its %Ln article(s) stay in the library; only the collection, its description and its order are removed.</source>
        <translation>
            <numerusform>“{name}” derlemesi silinsin mi?

İçindeki %Ln makale kitaplıkta kalır; yalnızca derleme, açıklaması ve sıralaması kaldırılır.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %Ln article(s) from “{name}”; they stay in the library.</source>
        <translation>
            <numerusform>%Ln makale “{name}” derlemesinden çıkarıldı; kitaplıkta kalıyorlar.</numerusform>
        </translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>Tüm makaleler</translation>
    </message>
    <message>
        <source>Deleted the collection “{name}”.</source>
        <translation>“{name}” derlemesi silindi.</translation>
    </message>
    <message>
        <source>China Justice Observer</source>
        <translation>China Justice Observer</translation>
    </message>
    <message>
        <source>RSS or Atom feed</source>
        <translation>RSS veya Atom beslemesi</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Translations at</source>
        <translation>Çevirilerin adresi</translation>
    </message>
    <message>
        <source>Pause between requests (s)</source>
        <translation>İstekler arası bekleme (sn)</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Kaynaklar</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ekle…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Düzenle…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Kaldır</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>Remove source</source>
        <translation>Kaynağı kaldır</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Tercihler</translation>
    </message>
    <message>
        <source> min (0 = manual)</source>
        <translation> dk (0 = elle)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Seç…</translation>
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
        <translation>İçerik dilleri (sırayla)</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>Yazı boyutu</translation>
    </message>
    <message>
        <source>Sync automatically every</source>
        <translation>Otomatik eşitleme aralığı</translation>
    </message>
    <message>
        <source>Library file (applies at next start)</source>
        <translation>Kitaplık dosyası (bir sonraki başlatmada geçerli)</translation>
    </message>
    <message>
        <source>Paper size for PDF</source>
        <translation>PDF için kâğıt boyutu</translation>
    </message>
    <message>
        <source>Library file</source>
        <translation>Kitaplık dosyası</translation>
    </message>
    <message>
        <source>Libraries (*.sqlite)</source>
        <translation>Kitaplıklar (*.sqlite)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Klavye kısayolları</translation>
    </message>
    <message>
        <source>Sync failures</source>
        <translation>Eşitleme hataları</translation>
    </message>
    <message>
        <source>The address must start with http:// or https://.</source>
        <translation>Adres http:// veya https:// ile başlamalıdır.</translation>
    </message>
    <message>
        <source>The address needs a valid host name, as in https://example.org/feed/.</source>
        <translation>Adresin geçerli bir ana makine adı içermesi gerekir; örneğin https://example.org/feed/.</translation>
    </message>
    <message>
        <source>The translations address must contain {lang}.</source>
        <translation>Çevirilerin adresi {lang} içermelidir.</translation>
    </message>
    <message>
        <source>Open the selected article</source>
        <translation>Seçili makaleyi aç</translation>
    </message>
    <message>
        <source>Move in the list</source>
        <translation>Listede gezin</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Eylem</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tuşlar</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Makale</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Sorun</translation>
    </message>
    <message>
        <source>Remove {name} and its articles from the library? Bookmarks, collections and notes are kept and come back if you add the source again.</source>
        <translation>{name} ve makaleleri kitaplıktan kaldırılsın mı? Yer imleri, derlemeler ve notlar korunur ve kaynağı yeniden eklerseniz geri gelir.</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Baskı önizlemesi</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>PDF olarak dışa aktar</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Kâğıt</translation>
    </message>
    <message>
        <source>Number paragraphs for pinpoint citation</source>
        <translation>Kesin atıf için paragrafları numaralandır</translation>
    </message>
    <message>
        <source>Include highlights and notes</source>
        <translation>Vurguları ve notları dahil et</translation>
    </message>
    <message>
        <source>Preparing the binder…</source>
        <translation>Derleme cildi hazırlanıyor…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF dosyaları (*.pdf)</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Yazdır</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln selected article(s)</source>
        <translation>
            <numerusform>Seçili %Ln makale</numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Dışa aktar</translation>
    </message>
    <message>
        <source>Annotations are not available in this version.</source>
        <translation>Açıklamalar bu sürümde kullanılamıyor.</translation>
    </message>
    <message>
        <source>Choose an article, select articles or open a collection.</source>
        <translation>Bir makale seçin, makaleleri işaretleyin veya bir derleme açın.</translation>
    </message>
    <message>
        <source>Selected articles</source>
        <translation>Seçili makaleler</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Dışa aktarma iptal edildi; hiçbir şey yazılmadı.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln page(s) to {path}</source>
        <translation>
            <numerusform>%Ln sayfa {path} konumuna aktarıldı</numerusform>
        </translation>
    </message>
    <message>
        <source>Printed {done} of {total}: {title}</source>
        <translation>{total} içinden {done} yazdırıldı: {title}</translation>
    </message>
    <message>
        <source>{name} already exists. Replace it?</source>
        <translation>{name} zaten var. Değiştirilsin mi?</translation>
    </message>
    <message>
        <source>Export as PDF…</source>
        <translation>PDF olarak dışa aktar…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Yazdır…</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Sarı</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Yeşil</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Mavi</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Pembe</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Mor</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Açık</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Koyu</translation>
    </message>
    <message>
        <source>Sepia</source>
        <translation>Sepya</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Arayüz dili</translation>
    </message>
    <message>
        <source>Wait for the sync to finish, or cancel it, then choose the language again.</source>
        <translation>Eşitlemenin bitmesini bekleyin veya iptal edin, ardından dili yeniden seçin.</translation>
    </message>
    <message>
        <source>The interface language changes the next time the app starts.</source>
        <translation>Arayüz dili, uygulama bir sonraki açılışında değişecek.</translation>
    </message>
    <message>
        <source>cites {what}</source>
        <translation>{what} kaynağına atıf yapıyor</translation>
    </message>
    <message>
        <source>same topic: {name}</source>
        <translation>aynı konu: {name}</translation>
    </message>
    <message>
        <source>same category: {name}</source>
        <translation>aynı kategori: {name}</translation>
    </message>
    <message>
        <source>published around the same time</source>
        <translation>aşağı yukarı aynı dönemde yayımlandı</translation>
    </message>
    <message>
        <source>similar wording: {words}</source>
        <translation>benzer ifadeler: {words}</translation>
    </message>
    <message>
        <source>Side by side…</source>
        <translation>Yan yana…</translation>
    </message>
    <message>
        <source>Read two languages of this article in two columns</source>
        <translation>Bu makalenin iki dilini iki sütunda okuyun</translation>
    </message>
    <message>
        <source>Languages of this article</source>
        <translation>Bu makalenin dilleri</translation>
    </message>
    <message>
        <source>Not synced yet:</source>
        <translation>Henüz eşitlenmedi:</translation>
    </message>
    <message>
        <source>Not in the library yet. Click to sync this language ({code}).</source>
        <translation>Henüz kitaplıkta değil. Bu dili ({code}) eşitlemek için tıklayın.</translation>
    </message>
    <message>
        <source>Sync this language: {name}</source>
        <translation>Bu dili eşitle: {name}</translation>
    </message>
    <message>
        <source>{code}: the machine translation lost {spots} numbers or dates; they are marked in the text</source>
        <translation>{code}: makine çevirisi {spots} sayı veya tarihi kaybetti; metinde işaretlendiler</translation>
    </message>
    <message>
        <source>{name} (syncing…)</source>
        <translation>{name} (eşitleniyor…)</translation>
    </message>
    <message>
        <source>No library is open.</source>
        <translation>Açık bir kitaplık yok.</translation>
    </message>
    <message>
        <source>That is where the library is already.</source>
        <translation>Kitaplık zaten orada.</translation>
    </message>
    <message>
        <source>Open library…</source>
        <translation>Kitaplık aç…</translation>
    </message>
    <message>
        <source>Move library…</source>
        <translation>Kitaplığı taşı…</translation>
    </message>
    <message>
        <source>Backups…</source>
        <translation>Yedekler…</translation>
    </message>
    <message>
        <source>Open library</source>
        <translation>Kitaplık aç</translation>
    </message>
    <message>
        <source>Move library to</source>
        <translation>Kitaplığı şuraya taşı</translation>
    </message>
    <message>
        <source>This window cannot switch libraries.</source>
        <translation>Bu pencere kitaplık değiştiremez.</translation>
    </message>
    <message>
        <source>Wait for the sync to finish, or cancel it, then move.</source>
        <translation>Eşitlemenin bitmesini bekleyin veya iptal edin, ardından taşıyın.</translation>
    </message>
    <message>
        <source>{dest} exists already; choose a new file name.</source>
        <translation>{dest} zaten var; yeni bir dosya adı seçin.</translation>
    </message>
    <message>
        <source>Copying the library to {dest}…</source>
        <translation>Kitaplık {dest} konumuna kopyalanıyor…</translation>
    </message>
    <message>
        <source>A sync started; move again after it.</source>
        <translation>Bir eşitleme başladı; bittikten sonra yeniden taşıyın.</translation>
    </message>
    <message>
        <source>The library moved to {dest}, but the old file could not be removed: {e}</source>
        <translation>Kitaplık {dest} konumuna taşındı, ancak eski dosya kaldırılamadı: {e}</translation>
    </message>
    <message>
        <source>The library is now at {dest}.</source>
        <translation>Kitaplık artık {dest} konumunda.</translation>
    </message>
    <message>
        <source>The library was restored from {name}.</source>
        <translation>Kitaplık {name} yedeğinden geri yüklendi.</translation>
    </message>
    <message>
        <source>Cannot create the folder {folder}: {error}</source>
        <translation>{folder} klasörü oluşturulamıyor: {error}</translation>
    </message>
    <message>
        <source>Light theme</source>
        <translation>Açık tema</translation>
    </message>
    <message>
        <source>Dark theme</source>
        <translation>Koyu tema</translation>
    </message>
    <message>
        <source>Sepia theme</source>
        <translation>Sepya tema</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Şimdi eşitle</translation>
    </message>
    <message>
        <source>Cancel sync</source>
        <translation>Eşitlemeyi iptal et</translation>
    </message>
    <message>
        <source>Sync failures…</source>
        <translation>Eşitleme hataları…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Ara</translation>
    </message>
    <message>
        <source>Search (find)</source>
        <translation>Ara (bul)</translation>
    </message>
    <message>
        <source>Focus list</source>
        <translation>Listeye git</translation>
    </message>
    <message>
        <source>Page down in article</source>
        <translation>Makalede bir sayfa aşağı</translation>
    </message>
    <message>
        <source>Page up in article</source>
        <translation>Makalede bir sayfa yukarı</translation>
    </message>
    <message>
        <source>Your library is empty. Open the sample library to look around, or add a source and sync.</source>
        <translation>Kitaplığınız boş. Göz atmak için örnek kitaplığı açın veya bir kaynak ekleyip eşitleyin.</translation>
    </message>
    <message>
        <source>Open the sample library</source>
        <translation>Örnek kitaplığı aç</translation>
    </message>
    <message>
        <source>Add a source…</source>
        <translation>Kaynak ekle…</translation>
    </message>
    <message>
        <source>Search all articles (Ctrl+K)</source>
        <translation>Tüm makalelerde ara (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search in language</source>
        <translation>Arama dili</translation>
    </message>
    <message>
        <source>Search in one language, or in all</source>
        <translation>Tek bir dilde veya tümünde ara</translation>
    </message>
    <message>
        <source>Filter titles</source>
        <translation>Başlıkları süz</translation>
    </message>
    <message>
        <source>Filter the list by title</source>
        <translation>Listeyi başlığa göre süz</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>İlgili</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notlar</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Makaleler</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Ana</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Dosya</translation>
    </message>
    <message>
        <source>Sources…</source>
        <translation>Kaynaklar…</translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation>Tercihler…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Çık</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Görünüm</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Yakınlaştır</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Uzaklaştır</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Gerçek boyut</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>&amp;Makale</translation>
    </message>
    <message>
        <source>Next article</source>
        <translation>Sonraki makale</translation>
    </message>
    <message>
        <source>Previous article</source>
        <translation>Önceki makale</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Yardım</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Hakkında</translation>
    </message>
    <message>
        <source>Opening the library…</source>
        <translation>Kitaplık açılıyor…</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Tüm diller</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Okunmamış</translation>
    </message>
    <message>
        <source>Importing the sample library…</source>
        <translation>Örnek kitaplık içe aktarılıyor…</translation>
    </message>
    <message>
        <source>The sample library is ready.</source>
        <translation>Örnek kitaplık hazır.</translation>
    </message>
    <message>
        <source>Sync cancelled</source>
        <translation>Eşitleme iptal edildi</translation>
    </message>
    <message>
        <source>Sync finished</source>
        <translation>Eşitleme tamamlandı</translation>
    </message>
    <message>
        <source>This article was updated since you annotated or bookmarked it. Highlights were placed again; see the Notes tab for any not found. &lt;a href="compare"&gt;Compare revisions…&lt;/a&gt;</source>
        <translation>Bu makale, not veya yer imi eklediğinizden beri güncellendi. Vurgular yeniden yerleştirildi; bulunamayanlar için Notlar sekmesine bakın. &lt;a href="compare"&gt;Revizyonları karşılaştır…&lt;/a&gt;</translation>
    </message>
    <message>
        <source>No sources to sync yet: add one under File › Sources…</source>
        <translation>Henüz eşitlenecek kaynak yok: Dosya › Kaynaklar… altından ekleyin</translation>
    </message>
    <message>
        <source>Offline: the sources cannot be reached. Everything in the library is available.</source>
        <translation>Çevrimdışı: kaynaklara ulaşılamıyor. Kitaplıktaki her şey kullanılabilir.</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Henüz eşitlenmedi</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln makale</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing: {new} new, {updated} updated, {failed} failed — {current}</source>
        <translation>Eşitleniyor: {new} yeni, {updated} güncellendi, {failed} başarısız — {current}</translation>
    </message>
    <message>
        <source>{word}: {new} new, {updated} updated, {failed} failed.</source>
        <translation>{word}: {new} yeni, {updated} güncellendi, {failed} başarısız.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Search&lt;/b&gt; “{q}” in {where} — {n}</source>
        <translation>{where} içinde “{q}” &lt;b&gt;araması&lt;/b&gt; — {n}</translation>
    </message>
    <message>
        <source>Last synced {when}</source>
        <translation>Son eşitleme {when}</translation>
    </message>
    <message>
        <source>Notebook</source>
        <translation>Defter</translation>
    </message>
    <message>
        <source>Search quotes, notes and tags</source>
        <translation>Alıntılarda, notlarda ve etiketlerde ara</translation>
    </message>
    <message>
        <source>Search annotations</source>
        <translation>Açıklamalarda ara</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Açıklamalar</translation>
    </message>
    <message>
        <source>All collections</source>
        <translation>Tüm derlemeler</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Tüm etiketler</translation>
    </message>
    <message>
        <source>All colours</source>
        <translation>Tüm renkler</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Her durum</translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s)</source>
        <translation>
            <numerusform>%Ln açıklama</numerusform>
        </translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Derleme</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiket</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Lang.</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Alıntı</translation>
    </message>
    <message>
        <source>In place</source>
        <translation>Yerinde</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Kaydı</translation>
    </message>
    <message>
        <source>Not found (orphaned)</source>
        <translation>Bulunamadı (sahipsiz)</translation>
    </message>
    <message>
        <source>Bookmark article</source>
        <translation>Makaleye yer imi ekle</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Vurgula</translation>
    </message>
    <message>
        <source>No differences in the text.</source>
        <translation>Metinde fark yok.</translation>
    </message>
    <message>
        <source>Compare revisions…</source>
        <translation>Revizyonları karşılaştır…</translation>
    </message>
    <message>
        <source>{insertions}, {deletions} ({paragraphs})</source>
        <translation>{insertions}, {deletions} ({paragraphs})</translation>
    </message>
    <message numerus="yes">
        <source>%Ln insertion(s)</source>
        <translation>
            <numerusform>%Ln ekleme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deletion(s)</source>
        <translation>
            <numerusform>%Ln silme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln paragraph(s) changed</source>
        <translation>
            <numerusform>%Ln paragraf değişti</numerusform>
        </translation>
    </message>
    <message>
        <source>Revision {n} — fetched {when}</source>
        <translation>{n}. revizyon — {when} tarihinde alındı</translation>
    </message>
    <message>
        <source>Older revision</source>
        <translation>Eski revizyon</translation>
    </message>
    <message>
        <source>Newer revision</source>
        <translation>Yeni revizyon</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Başlangıç:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>Bi&amp;tiş:</translation>
    </message>
    <message>
        <source>Summary of the changes</source>
        <translation>Değişikliklerin özeti</translation>
    </message>
    <message>
        <source>Changes between the two revisions</source>
        <translation>İki revizyon arasındaki değişiklikler</translation>
    </message>
    <message>
        <source>&amp;Previous change</source>
        <translation>Ö&amp;nceki değişiklik</translation>
    </message>
    <message>
        <source>&amp;Next change</source>
        <translation>&amp;Sonraki değişiklik</translation>
    </message>
    <message>
        <source>Open an article to compare its revisions.</source>
        <translation>Revizyonlarını karşılaştırmak için bir makale açın.</translation>
    </message>
    <message>
        <source>(newest)</source>
        <translation>(en yeni)</translation>
    </message>
    <message>
        <source>This article has only one revision: nothing to compare.</source>
        <translation>Bu makalenin yalnızca bir revizyonu var: karşılaştırılacak bir şey yok.</translation>
    </message>
    <message>
        <source>Choose two different revisions.</source>
        <translation>İki farklı revizyon seçin.</translation>
    </message>
    <message>
        <source>(the older revision is on the right: read insertions as removals)</source>
        <translation>(eski revizyon sağda: eklemeleri silme olarak okuyun)</translation>
    </message>
    <message>
        <source>Compare revisions — {title}</source>
        <translation>Revizyonları karşılaştır — {title}</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Özet</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Metin</translation>
    </message>
    <message>
        <source>Revision {n} is missing from the library.</source>
        <translation>{n}. revizyon kitaplıkta yok.</translation>
    </message>
    <message>
        <source>Related articles from the site</source>
        <translation>Siteden ilgili makaleler</translation>
    </message>
    <message>
        <source>Related articles found in the library</source>
        <translation>Kitaplıkta bulunan ilgili makaleler</translation>
    </message>
    <message>
        <source>&lt;b&gt;You might also like&lt;/b&gt; (from the site)</source>
        <translation>&lt;b&gt;Şunlar da ilginizi çekebilir&lt;/b&gt; (siteden)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Related in your library&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kitaplığınızda ilgili&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Related articles</source>
        <translation>İlgili makaleler</translation>
    </message>
    <message>
        <source>The site lists no related articles.</source>
        <translation>Site ilgili makale listelemiyor.</translation>
    </message>
    <message>
        <source>Working out related articles…</source>
        <translation>İlgili makaleler belirleniyor…</translation>
    </message>
    <message>
        <source>No related articles found in the library.</source>
        <translation>Kitaplıkta ilgili makale bulunamadı.</translation>
    </message>
    <message>
        <source>not synced — click to fetch it</source>
        <translation>eşitlenmedi — getirmek için tıklayın</translation>
    </message>
    <message>
        <source>Fetching “{title}”…</source>
        <translation>“{title}” getiriliyor…</translation>
    </message>
    <message>
        <source>fetching…</source>
        <translation>getiriliyor…</translation>
    </message>
    <message>
        <source>Shown in {lang}: not held in this language</source>
        <translation>{lang} dilinde gösteriliyor: bu dilde yok</translation>
    </message>
    <message>
        <source>Could not fetch “{title}”: {error}</source>
        <translation>“{title}” getirilemedi: {error}</translation>
    </message>
    <message>
        <source>Fetched “{title}”.</source>
        <translation>“{title}” getirildi.</translation>
    </message>
    <message>
        <source>Library sections</source>
        <translation>Kitaplık bölümleri</translation>
    </message>
    <message>
        <source>Recently read</source>
        <translation>Son okunanlar</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Yer imleri</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Derlemeler</translation>
    </message>
    <message>
        <source>Laws and cases</source>
        <translation>Kanunlar ve davalar</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>örnek</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Yan yana</translation>
    </message>
    <message>
        <source>Left column language</source>
        <translation>Sol sütunun dili</translation>
    </message>
    <message>
        <source>Right column language</source>
        <translation>Sağ sütunun dili</translation>
    </message>
    <message>
        <source>Paragraphs are paired by the article's structure.</source>
        <translation>Paragraflar makalenin yapısına göre eşleştirilir.</translation>
    </message>
    <message>
        <source>Open an article first.</source>
        <translation>Önce bir makale açın.</translation>
    </message>
    <message>
        <source>The library holds this article in one language only.</source>
        <translation>Kitaplıkta bu makale yalnızca tek dilde var.</translation>
    </message>
    <message>
        <source>Left:</source>
        <translation>Sol:</translation>
    </message>
    <message>
        <source>Right:</source>
        <translation>Sağ:</translation>
    </message>
    <message>
        <source>Syncing the {language} translation…</source>
        <translation>Çeviri ({language}) eşitleniyor…</translation>
    </message>
    <message>
        <source>The {language} translation was not fetched: {reason}</source>
        <translation>Çeviri ({language}) getirilemedi: {reason}</translation>
    </message>
    <message>
        <source>The {language} translation is now in the library.</source>
        <translation>Çeviri ({language}) artık kitaplıkta.</translation>
    </message>
    <message>
        <source>Offline: the source cannot be reached, so the {language} translation was not fetched. Everything in the library is still available.</source>
        <translation>Çevrimdışı: kaynağa ulaşılamıyor, bu yüzden çeviri ({language}) getirilemedi. Kitaplıktaki her şey hâlâ kullanılabilir.</translation>
    </message>
    <message>
        <source>Undo note edit</source>
        <translation type="vanished">Not düzenlemesini geri al</translation>
    </message>
    <message>
        <source>Undo colour change</source>
        <translation type="vanished">Renk değişikliğini geri al</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation type="vanished">Silmeyi geri al</translation>
    </message>
    <message>
        <source>Undo highlight</source>
        <translation type="vanished">Vurguyu geri al</translation>
    </message>
    <message>
        <source>1 article</source>
        <translation type="vanished">1 makale</translation>
    </message>
    <message>
        <source>{n} articles</source>
        <translation type="vanished">{n} makale</translation>
    </message>
    <message>
        <source>Added {what} to “{name}”.</source>
        <translation type="vanished">{what} “{name}” derlemesine eklendi.</translation>
    </message>
    <message>
        <source>Delete the collection “{name}”?

Its {what} stay in the library; only the collection, its description and its order are removed.</source>
        <translation type="vanished">“{name}” derlemesi silinsin mi?

İçindeki {what} kitaplıkta kalır; yalnızca derleme, açıklaması ve sıralaması kaldırılır.</translation>
    </message>
    <message>
        <source>Add {what} to:</source>
        <translation type="vanished">{what} şuraya ekle:</translation>
    </message>
    <message>
        <source>Removed {what} from “{name}”; they stay in the library.</source>
        <translation type="vanished">{what} “{name}” derlemesinden çıkarıldı; kitaplıkta kalıyorlar.</translation>
    </message>
    <message>
        <source>{n} already in it.</source>
        <translation type="vanished">{n} zaten içindeydi.</translation>
    </message>
    <message>
        <source>1 insertion</source>
        <translation type="vanished">1 ekleme</translation>
    </message>
    <message>
        <source>1 deletion</source>
        <translation type="vanished">1 silme</translation>
    </message>
    <message>
        <source>1 paragraph changed</source>
        <translation type="vanished">1 paragraf değişti</translation>
    </message>
    <message>
        <source>{n} insertions</source>
        <translation type="vanished">{n} ekleme</translation>
    </message>
    <message>
        <source>{n} deletions</source>
        <translation type="vanished">{n} silme</translation>
    </message>
    <message>
        <source>{n} paragraphs changed</source>
        <translation type="vanished">{n} paragraf değişti</translation>
    </message>
</context>
</TS>
