<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>reader</name>
    <message>
        <source>No automatic backup of {path}: the disk has less than {mb} MB free. Free some space, or move the library (File → Move library…).</source>
        <translation>لم يُنشأ نسخ احتياطي تلقائي لـ {path}: المساحة الحرة على القرص أقل من {mb} م.ب. أفرغ بعض المساحة أو انقل المكتبة (ملف ← نقل المكتبة…).</translation>
    </message>
    <message>
        <source>The library {db} is already open in another window of {app}. Switch to that window, or close it first.</source>
        <translation>المكتبة {db} مفتوحة بالفعل في نافذة أخرى من {app}. انتقل إلى تلك النافذة أو أغلقها أولًا.</translation>
    </message>
    <message>
        <source>The library {db} was not found (was it moved, or is its drive not connected?). Create a new, empty library there?</source>
        <translation>لم يُعثر على المكتبة {db} (هل نُقلت، أم أن قرصها غير موصول؟). هل تريد إنشاء مكتبة جديدة فارغة هناك؟</translation>
    </message>
    <message>
        <source>Image not available offline</source>
        <translation>الصورة غير متاحة دون اتصال</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>صورة</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Sample content written for this app</source>
        <translation>محتوى تجريبي كُتب لهذا التطبيق</translation>
    </message>
    <message>
        <source>It is not an article of the source site: its contributors are fictional, and its statements of law should be checked against the primary sources before they are relied on.</source>
        <translation>هذه ليست مقالة من الموقع المصدر: كُتّابها متخيَّلون، وينبغي التحقق من أقوالها القانونية في المصادر الأصلية قبل الاعتماد عليها.</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>تاريخ النشر</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>الفئات</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>الموضوعات</translation>
    </message>
    <message>
        <source>Contributors</source>
        <translation>الكُتّاب</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>المحرر</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Retrieved on</source>
        <translation>تاريخ الجلب</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>النسخة المعدّلة</translation>
    </message>
    <message>
        <source>Removed from the source on</source>
        <translation>حُذفت من المصدر في</translation>
    </message>
    <message>
        <source>No English paragraph is aligned with this one.</source>
        <translation>لا توجد فقرة إنجليزية مقابلة لهذه الفقرة.</translation>
    </message>
    <message>
        <source>{title} — side by side</source>
        <translation>{title} — جنبًا إلى جنب</translation>
    </message>
    <message>
        <source>The machine translation damaged {spots} numbers or dates in {blocks} paragraphs (XNUMX stands for lost digits). Point at a marked spot, or click it, to read the English paragraph with the real numbers.</source>
        <translation>أتلفت الترجمة الآلية {spots} من الأرقام أو التواريخ في {blocks} من الفقرات (تشير XNUMX إلى أرقام مفقودة). أشِر إلى موضع مُعلَّم أو انقر عليه لقراءة الفقرة الإنجليزية بأرقامها الصحيحة.</translation>
    </message>
    <message>
        <source>Numbers in the English original:</source>
        <translation>الأرقام في الأصل الإنجليزي:</translation>
    </message>
    <message>
        <source>Dates in the English original:</source>
        <translation>التواريخ في الأصل الإنجليزي:</translation>
    </message>
    <message>
        <source>English:</source>
        <translation>الإنجليزية:</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>An offline reader for legal news about China.</source>
        <translation>قارئ دون اتصال للأخبار القانونية عن الصين.</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>المكتبة</translation>
    </message>
    <message>
        <source>is free software under the MIT licence.</source>
        <translation>برنامج حر بموجب رخصة MIT.</translation>
    </message>
    <message>
        <source>Built with</source>
        <translation>بُني باستخدام</translation>
    </message>
    <message>
        <source>and Qt for Python (PySide6)</source>
        <translation>و Qt for Python (PySide6)</translation>
    </message>
    <message>
        <source>Qt WebEngine contains Chromium, under BSD-style and other open-source licences.</source>
        <translation>يتضمن Qt WebEngine متصفح Chromium، بموجب رخص من نوع BSD ورخص مفتوحة المصدر أخرى.</translation>
    </message>
    <message>
        <source>You may replace the Qt libraries in the program's folder with your own build.</source>
        <translation>يمكنك استبدال مكتبات Qt في مجلد البرنامج بنسخة من بنائك.</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>الحزمة</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>الرخصة</translation>
    </message>
    <message>
        <source>Fonts</source>
        <translation>الخطوط</translation>
    </message>
    <message>
        <source>The fonts are the system's; they are not part of the program.</source>
        <translation>الخطوط هي خطوط النظام؛ وليست جزءًا من البرنامج.</translation>
    </message>
    <message>
        <source>Portable mode: settings and library in {folder}</source>
        <translation>الوضع المحمول: الإعدادات والمكتبة في {folder}</translation>
    </message>
    <message>
        <source>Settings: {file}</source>
        <translation>الإعدادات: {file}</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>حول {app}</translation>
    </message>
    <message>
        <source>Undo note change</source>
        <translation>التراجع عن تغيير الملاحظة</translation>
    </message>
    <message>
        <source>Export notes…</source>
        <translation>تصدير الملاحظات…</translation>
    </message>
    <message>
        <source>Import notes…</source>
        <translation>استيراد ملاحظات…</translation>
    </message>
    <message>
        <source>Highlight selection</source>
        <translation>تظليل التحديد</translation>
    </message>
    <message>
        <source>Highlight with note…</source>
        <translation>تظليل مع ملاحظة…</translation>
    </message>
    <message>
        <source>Notebook…</source>
        <translation>دفتر الملاحظات…</translation>
    </message>
    <message>
        <source>Export notes</source>
        <translation>تصدير الملاحظات</translation>
    </message>
    <message>
        <source>Notes of</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Markdown (to read, print or paste)</source>
        <translation>Markdown (للقراءة أو الطباعة أو اللصق)</translation>
    </message>
    <message>
        <source>W3C Web Annotation JSON-LD (to import again)</source>
        <translation>W3C Web Annotation JSON-LD (لإعادة الاستيراد)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <source>Import notes</source>
        <translation>استيراد ملاحظات</translation>
    </message>
    <message>
        <source>Web Annotation JSON-LD (*.jsonld *.json);;All files (*)</source>
        <translation>Web Annotation JSON-LD (*.jsonld *.json);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>لا شيء للتراجع عنه.</translation>
    </message>
    <message>
        <source>All notes in the library</source>
        <translation>كل الملاحظات في المكتبة</translation>
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
        <translation>حدّد نصًا في المقالة أولًا.</translation>
    </message>
    <message>
        <source>Select the passage this note belongs to, then re-attach.</source>
        <translation>حدّد المقطع الذي تخصه هذه الملاحظة، ثم أعِد ربطها.</translation>
    </message>
    <message>
        <source>This article</source>
        <translation>هذه المقالة</translation>
    </message>
    <message>
        <source>The collection “{name}”</source>
        <translation>المجموعة «{name}»</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln note(s) to {path}.</source>
        <translation>
            <numerusform>لم تُصدَّر أي ملاحظة (%Ln) إلى {path}.</numerusform>
            <numerusform>صُدِّرت ملاحظة واحدة (%Ln) إلى {path}.</numerusform>
            <numerusform>صُدِّرت ملاحظتان (%Ln) إلى {path}.</numerusform>
            <numerusform>صُدِّرت %Ln ملاحظات إلى {path}.</numerusform>
            <numerusform>صُدِّرت %Ln ملاحظة إلى {path}.</numerusform>
            <numerusform>صُدِّرت %Ln ملاحظة إلى {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write {path}: {error}.</source>
        <translation>تعذّرت الكتابة في {path}: {error}.</translation>
    </message>
    <message>
        <source>moved: the text changed around it</source>
        <translation>منقولة: تغيّر النص من حولها</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Your note, in Markdown: **bold**, *italic*, lists, links</source>
        <translation>ملاحظتك بصيغة Markdown: **غامق**، *مائل*، قوائم، روابط</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>نص الملاحظة</translation>
    </message>
    <message>
        <source>Note preview</source>
        <translation>معاينة الملاحظة</translation>
    </message>
    <message>
        <source>comma-separated, e.g. reciprocity, service</source>
        <translation>مفصولة بفواصل، مثل: المعاملة بالمثل، التبليغ</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>اللون</translation>
    </message>
    <message>
        <source>Highlights and notes</source>
        <translation>التظليلات والملاحظات</translation>
    </message>
    <message>
        <source>No highlights yet. Select text in the article and choose Highlight (right-click, or Ctrl+Shift+H).</source>
        <translation>لا تظليلات بعد. حدّد نصًا في المقالة واختر «تظليل» (بالنقر الأيمن، أو Ctrl+Shift+H).</translation>
    </message>
    <message>
        <source>Edit note…</source>
        <translation>تحرير الملاحظة…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Re-attach to selection</source>
        <translation>إعادة الربط بالتحديد</translation>
    </message>
    <message>
        <source>Select the passage in the article where this note belongs, then click here</source>
        <translation>حدّد في المقالة المقطع الذي تخصه هذه الملاحظة، ثم انقر هنا</translation>
    </message>
    <message>
        <source>not found in the current version (last found in revision {n})</source>
        <translation>غير موجودة في النسخة الحالية (آخر ظهور لها في النسخة المعدّلة {n})</translation>
    </message>
    <message>
        <source>Note edit undone</source>
        <translation>تم التراجع عن تعديل الملاحظة</translation>
    </message>
    <message>
        <source>Colour change undone</source>
        <translation>تم التراجع عن تغيير اللون</translation>
    </message>
    <message>
        <source>Note restored</source>
        <translation>استُعيدت الملاحظة</translation>
    </message>
    <message>
        <source>Highlight removed</source>
        <translation>أُزيل التظليل</translation>
    </message>
    <message>
        <source>made on revision {n}</source>
        <translation>أُنشئت على النسخة المعدّلة {n}</translation>
    </message>
    <message>
        <source>tags: {t}</source>
        <translation>الوسوم: {t}</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>Damaged translation (numbers or dates lost): {languages}</source>
        <translation>ترجمة تالفة (أرقام أو تواريخ مفقودة): {languages}</translation>
    </message>
    <message>
        <source>Bookmarked</source>
        <translation>في الإشارات المرجعية</translation>
    </message>
    <message>
        <source>Has notes</source>
        <translation>لها ملاحظات</translation>
    </message>
    <message>
        <source>Updated since you annotated or bookmarked it</source>
        <translation>حُدّثت منذ أن علّقت عليها أو وضعت لها إشارة مرجعية</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>تلقائية</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>يدوية</translation>
    </message>
    <message>
        <source>Replaced by a restore</source>
        <translation>استُبدلت بعملية استعادة</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>نسخة</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>لا نسخ احتياطية بعد.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>نسخ احتياطي الآن</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>استعادة…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation>إظهار المجلد</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> ساعة</translation>
    </message>
    <message>
        <source>never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source>Back up automatically every</source>
        <translation>نسخ احتياطي تلقائي كل</translation>
    </message>
    <message>
        <source>Automatic backups to keep</source>
        <translation>عدد النسخ التلقائية المحفوظة</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>جارٍ النسخ الاحتياطي…</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>استعادة نسخة احتياطية</translation>
    </message>
    <message>
        <source>Delete a backup</source>
        <translation>حذف نسخة احتياطية</translation>
    </message>
    <message>
        <source>Before an upgrade (from schema {v})</source>
        <translation>قبل ترقية (من المخطط {v})</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Backups of {library}. Restoring one replaces the library; the current file is kept in the backups folder first, so a restore can be undone.</source>
        <translation>النسخ الاحتياطية لـ {library}. استعادة إحداها تستبدل المكتبة؛ ويُحفظ الملف الحالي أولًا في مجلد النسخ الاحتياطية، فيمكن التراجع عن الاستعادة.</translation>
    </message>
    <message>
        <source>No backup was made: {e}</source>
        <translation>لم تُنشأ نسخة احتياطية: {e}</translation>
    </message>
    <message>
        <source>Replace the library with the backup of {when}?

Everything changed since then is replaced. The current library is kept in the backups folder first, so you can restore it again.</source>
        <translation>هل تريد استبدال المكتبة بالنسخة الاحتياطية المؤرخة {when}؟

سيُستبدل كل ما تغيّر منذ ذلك الحين. تُحفظ المكتبة الحالية أولًا في مجلد النسخ الاحتياطية، لتتمكن من استعادتها مجددًا.</translation>
    </message>
    <message>
        <source>Delete the backup of {when} ({kind}, {size})? This cannot be undone.</source>
        <translation>هل تريد حذف النسخة الاحتياطية المؤرخة {when} ({kind}، {size})؟ لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>Not deleted: {e}</source>
        <translation>لم تُحذف: {e}</translation>
    </message>
    <message>
        <source>Laws</source>
        <translation>القوانين</translation>
    </message>
    <message>
        <source>Judicial interpretations and rules</source>
        <translation>التفسيرات القضائية والقواعد</translation>
    </message>
    <message>
        <source>Regulations</source>
        <translation>اللوائح</translation>
    </message>
    <message>
        <source>Treaties</source>
        <translation>المعاهدات</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>القضايا</translation>
    </message>
    <message>
        <source>Other documents</source>
        <translation>وثائق أخرى</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) cite {name}</source>
        <translation>
            <numerusform>لا تستشهد أي مقالة (%Ln) بـ {name}</numerusform>
            <numerusform>مقالة واحدة (%Ln) تستشهد بـ {name}</numerusform>
            <numerusform>مقالتان (%Ln) تستشهدان بـ {name}</numerusform>
            <numerusform>%Ln مقالات تستشهد بـ {name}</numerusform>
            <numerusform>%Ln مقالة تستشهد بـ {name}</numerusform>
            <numerusform>%Ln مقالة تستشهد بـ {name}</numerusform>
        </translation>
    </message>
    <message>
        <source>Add to collection</source>
        <translation>إضافة إلى مجموعة</translation>
    </message>
    <message>
        <source>An &amp;existing collection</source>
        <translation>مجموعة &amp;موجودة</translation>
    </message>
    <message>
        <source>Existing collection</source>
        <translation>مجموعة موجودة</translation>
    </message>
    <message>
        <source>A &amp;new collection</source>
        <translation>مجموعة &amp;جديدة</translation>
    </message>
    <message>
        <source>Name of the new collection</source>
        <translation>اسم المجموعة الجديدة</translation>
    </message>
    <message>
        <source>e.g. the matter or client</source>
        <translation>مثلًا: القضية أو الموكّل</translation>
    </message>
    <message>
        <source>Description of the new collection</source>
        <translation>وصف المجموعة الجديدة</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>الوصف:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>A collection needs a name.</source>
        <translation>المجموعة تحتاج إلى اسم.</translation>
    </message>
    <message>
        <source>Add to collection…</source>
        <translation>إضافة إلى مجموعة…</translation>
    </message>
    <message>
        <source>Remove from collection</source>
        <translation>إزالة من المجموعة</translation>
    </message>
    <message>
        <source>Move up in collection</source>
        <translation>تحريك لأعلى في المجموعة</translation>
    </message>
    <message>
        <source>Move down in collection</source>
        <translation>تحريك لأسفل في المجموعة</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>مجموعة جديدة</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>فتح في المتصفح</translation>
    </message>
    <message>
        <source>New collection…</source>
        <translation>مجموعة جديدة…</translation>
    </message>
    <message>
        <source>Edit name and description…</source>
        <translation>تحرير الاسم والوصف…</translation>
    </message>
    <message>
        <source>Delete collection…</source>
        <translation>حذف المجموعة…</translation>
    </message>
    <message numerus="yes">
        <source>Add %Ln article(s) to:</source>
        <translation>
            <numerusform>إضافة %Ln مقالة إلى:</numerusform>
            <numerusform>إضافة مقالة واحدة (%Ln) إلى:</numerusform>
            <numerusform>إضافة مقالتين (%Ln) إلى:</numerusform>
            <numerusform>إضافة %Ln مقالات إلى:</numerusform>
            <numerusform>إضافة %Ln مقالة إلى:</numerusform>
            <numerusform>إضافة %Ln مقالة إلى:</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit collection</source>
        <translation>تحرير المجموعة</translation>
    </message>
    <message>
        <source>Remove bookmark</source>
        <translation>إزالة الإشارة المرجعية</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>إشارة مرجعية</translation>
    </message>
    <message>
        <source>A collection named “{name}” already exists.</source>
        <translation>توجد مجموعة باسم «{name}» بالفعل.</translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln article(s) to “{name}”.</source>
        <translation>
            <numerusform>لم تُضف أي مقالة (%Ln) إلى «{name}».</numerusform>
            <numerusform>أُضيفت مقالة واحدة (%Ln) إلى «{name}».</numerusform>
            <numerusform>أُضيفت مقالتان (%Ln) إلى «{name}».</numerusform>
            <numerusform>أُضيفت %Ln مقالات إلى «{name}».</numerusform>
            <numerusform>أُضيفت %Ln مقالة إلى «{name}».</numerusform>
            <numerusform>أُضيفت %Ln مقالة إلى «{name}».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already in it.</source>
        <translation>
            <numerusform>%Ln موجودة فيها من قبل.</numerusform>
            <numerusform>مقالة واحدة (%Ln) موجودة فيها من قبل.</numerusform>
            <numerusform>مقالتان (%Ln) موجودتان فيها من قبل.</numerusform>
            <numerusform>%Ln مقالات موجودة فيها من قبل.</numerusform>
            <numerusform>%Ln مقالة موجودة فيها من قبل.</numerusform>
            <numerusform>%Ln مقالة موجودة فيها من قبل.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the collection “{name}”?

Its %Ln article(s) stay in the library; only the collection, its description and its order are removed.</source>
        <translation>
            <numerusform>هل تريد حذف المجموعة «{name}»؟

لا مقالات فيها (%Ln)؛ ولا يُحذف إلا المجموعة ووصفها وترتيبها.</numerusform>
            <numerusform>هل تريد حذف المجموعة «{name}»؟

تبقى مقالتها الوحيدة (%Ln) في المكتبة؛ ولا يُحذف إلا المجموعة ووصفها وترتيبها.</numerusform>
            <numerusform>هل تريد حذف المجموعة «{name}»؟

تبقى مقالتاها (%Ln) في المكتبة؛ ولا يُحذف إلا المجموعة ووصفها وترتيبها.</numerusform>
            <numerusform>هل تريد حذف المجموعة «{name}»؟

تبقى مقالاتها الـ %Ln في المكتبة؛ ولا يُحذف إلا المجموعة ووصفها وترتيبها.</numerusform>
            <numerusform>هل تريد حذف المجموعة «{name}»؟

تبقى مقالاتها الـ %Ln في المكتبة؛ ولا يُحذف إلا المجموعة ووصفها وترتيبها.</numerusform>
            <numerusform>هل تريد حذف المجموعة «{name}»؟

تبقى مقالاتها الـ %Ln في المكتبة؛ ولا يُحذف إلا المجموعة ووصفها وترتيبها.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %Ln article(s) from “{name}”; they stay in the library.</source>
        <translation>
            <numerusform>لم تُزل أي مقالة (%Ln) من «{name}».</numerusform>
            <numerusform>أُزيلت مقالة واحدة (%Ln) من «{name}»؛ وتبقى في المكتبة.</numerusform>
            <numerusform>أُزيلت مقالتان (%Ln) من «{name}»؛ وتبقيان في المكتبة.</numerusform>
            <numerusform>أُزيلت %Ln مقالات من «{name}»؛ وتبقى في المكتبة.</numerusform>
            <numerusform>أُزيلت %Ln مقالة من «{name}»؛ وتبقى في المكتبة.</numerusform>
            <numerusform>أُزيلت %Ln مقالة من «{name}»؛ وتبقى في المكتبة.</numerusform>
        </translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>كل المقالات</translation>
    </message>
    <message>
        <source>Deleted the collection “{name}”.</source>
        <translation>حُذفت المجموعة «{name}».</translation>
    </message>
    <message>
        <source>China Justice Observer</source>
        <translation>China Justice Observer</translation>
    </message>
    <message>
        <source>RSS or Atom feed</source>
        <translation>موجز RSS أو Atom</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Translations at</source>
        <translation>الترجمات على</translation>
    </message>
    <message>
        <source>Pause between requests (s)</source>
        <translation>مهلة بين الطلبات (ث)</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>إضافة…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>تحرير…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Remove source</source>
        <translation>إزالة المصدر</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <source> min (0 = manual)</source>
        <translation> دقيقة (0 = يدوي)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Letter الأمريكي</translation>
    </message>
    <message>
        <source>Content languages (in order)</source>
        <translation>لغات المحتوى (بالترتيب)</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>السمة</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>حجم الخط</translation>
    </message>
    <message>
        <source>Sync automatically every</source>
        <translation>مزامنة تلقائية كل</translation>
    </message>
    <message>
        <source>Library file (applies at next start)</source>
        <translation>ملف المكتبة (يسري عند التشغيل التالي)</translation>
    </message>
    <message>
        <source>Paper size for PDF</source>
        <translation>حجم الورق لملفات PDF</translation>
    </message>
    <message>
        <source>Library file</source>
        <translation>ملف المكتبة</translation>
    </message>
    <message>
        <source>Libraries (*.sqlite)</source>
        <translation>المكتبات (*.sqlite)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Sync failures</source>
        <translation>إخفاقات المزامنة</translation>
    </message>
    <message>
        <source>The address must start with http:// or https://.</source>
        <translation>يجب أن يبدأ العنوان بـ http:// أو https://.</translation>
    </message>
    <message>
        <source>The address needs a valid host name, as in https://example.org/feed/.</source>
        <translation>يجب أن يتضمن العنوان اسم مضيف صالحًا، كما في https://example.org/feed/.</translation>
    </message>
    <message>
        <source>The translations address must contain {lang}.</source>
        <translation>يجب أن يتضمن عنوان الترجمات {lang}.</translation>
    </message>
    <message>
        <source>Open the selected article</source>
        <translation>فتح المقالة المحددة</translation>
    </message>
    <message>
        <source>Move in the list</source>
        <translation>التنقل في القائمة</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>المقالة</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <source>Remove {name} and its articles from the library? Bookmarks, collections and notes are kept and come back if you add the source again.</source>
        <translation>هل تريد إزالة {name} ومقالاته من المكتبة؟ تُحفظ الإشارات المرجعية والمجموعات والملاحظات، وتعود إذا أضفت المصدر مجددًا.</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>معاينة الطباعة</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>تصدير بصيغة PDF</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>الورق</translation>
    </message>
    <message>
        <source>Number paragraphs for pinpoint citation</source>
        <translation>ترقيم الفقرات للإحالة الدقيقة</translation>
    </message>
    <message>
        <source>Include highlights and notes</source>
        <translation>تضمين التظليلات والملاحظات</translation>
    </message>
    <message>
        <source>Preparing the binder…</source>
        <translation>جارٍ إعداد المجلّد…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>طباعة</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln selected article(s)</source>
        <translation>
            <numerusform>لا مقالات محددة (%Ln)</numerusform>
            <numerusform>المقالة المحددة (%Ln)</numerusform>
            <numerusform>المقالتان المحددتان (%Ln)</numerusform>
            <numerusform>المقالات المحددة الـ %Ln</numerusform>
            <numerusform>المقالات المحددة الـ %Ln</numerusform>
            <numerusform>المقالات المحددة الـ %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Annotations are not available in this version.</source>
        <translation>التعليقات التوضيحية غير متاحة في هذا الإصدار.</translation>
    </message>
    <message>
        <source>Choose an article, select articles or open a collection.</source>
        <translation>اختر مقالة، أو حدّد مقالات، أو افتح مجموعة.</translation>
    </message>
    <message>
        <source>Selected articles</source>
        <translation>المقالات المحددة</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>أُلغي التصدير؛ لم يُكتب شيء.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln page(s) to {path}</source>
        <translation>
            <numerusform>لم تُصدَّر أي صفحة (%Ln) إلى {path}</numerusform>
            <numerusform>صُدِّرت صفحة واحدة (%Ln) إلى {path}</numerusform>
            <numerusform>صُدِّرت صفحتان (%Ln) إلى {path}</numerusform>
            <numerusform>صُدِّرت %Ln صفحات إلى {path}</numerusform>
            <numerusform>صُدِّرت %Ln صفحة إلى {path}</numerusform>
            <numerusform>صُدِّرت %Ln صفحة إلى {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Printed {done} of {total}: {title}</source>
        <translation>طُبع {done} من {total}: {title}</translation>
    </message>
    <message>
        <source>{name} already exists. Replace it?</source>
        <translation>{name} موجود بالفعل. هل تريد استبداله؟</translation>
    </message>
    <message>
        <source>Export as PDF…</source>
        <translation>تصدير بصيغة PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>طباعة…</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>أصفر</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>أخضر</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>أزرق</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>وردي</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>بنفسجي</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>فاتح</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>داكن</translation>
    </message>
    <message>
        <source>Sepia</source>
        <translation>بني داكن</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>لغة الواجهة</translation>
    </message>
    <message>
        <source>Wait for the sync to finish, or cancel it, then choose the language again.</source>
        <translation>انتظر انتهاء المزامنة أو ألغِها، ثم اختر اللغة مجددًا.</translation>
    </message>
    <message>
        <source>The interface language changes the next time the app starts.</source>
        <translation>ستتغير لغة الواجهة عند تشغيل التطبيق في المرة القادمة.</translation>
    </message>
    <message>
        <source>cites {what}</source>
        <translation>يستشهد بـ {what}</translation>
    </message>
    <message>
        <source>same topic: {name}</source>
        <translation>الموضوع نفسه: {name}</translation>
    </message>
    <message>
        <source>same category: {name}</source>
        <translation>الفئة نفسها: {name}</translation>
    </message>
    <message>
        <source>published around the same time</source>
        <translation>نُشرت في الفترة نفسها تقريبًا</translation>
    </message>
    <message>
        <source>similar wording: {words}</source>
        <translation>صياغة متشابهة: {words}</translation>
    </message>
    <message>
        <source>Side by side…</source>
        <translation>جنبًا إلى جنب…</translation>
    </message>
    <message>
        <source>Read two languages of this article in two columns</source>
        <translation>قراءة لغتين من هذه المقالة في عمودين</translation>
    </message>
    <message>
        <source>Languages of this article</source>
        <translation>لغات هذه المقالة</translation>
    </message>
    <message>
        <source>Not synced yet:</source>
        <translation>لم تُزامَن بعد:</translation>
    </message>
    <message>
        <source>Not in the library yet. Click to sync this language ({code}).</source>
        <translation>ليست في المكتبة بعد. انقر لمزامنة هذه اللغة ({code}).</translation>
    </message>
    <message>
        <source>Sync this language: {name}</source>
        <translation>مزامنة هذه اللغة: {name}</translation>
    </message>
    <message>
        <source>{code}: the machine translation lost {spots} numbers or dates; they are marked in the text</source>
        <translation>{code}: فقدت الترجمة الآلية {spots} من الأرقام أو التواريخ؛ وهي مُعلَّمة في النص</translation>
    </message>
    <message>
        <source>{name} (syncing…)</source>
        <translation>{name} (جارٍ المزامنة…)</translation>
    </message>
    <message>
        <source>No library is open.</source>
        <translation>لا توجد مكتبة مفتوحة.</translation>
    </message>
    <message>
        <source>That is where the library is already.</source>
        <translation>المكتبة موجودة هناك بالفعل.</translation>
    </message>
    <message>
        <source>Open library…</source>
        <translation>فتح مكتبة…</translation>
    </message>
    <message>
        <source>Move library…</source>
        <translation>نقل المكتبة…</translation>
    </message>
    <message>
        <source>Backups…</source>
        <translation>النسخ الاحتياطية…</translation>
    </message>
    <message>
        <source>Open library</source>
        <translation>فتح مكتبة</translation>
    </message>
    <message>
        <source>Move library to</source>
        <translation>نقل المكتبة إلى</translation>
    </message>
    <message>
        <source>This window cannot switch libraries.</source>
        <translation>لا يمكن لهذه النافذة تبديل المكتبات.</translation>
    </message>
    <message>
        <source>Wait for the sync to finish, or cancel it, then move.</source>
        <translation>انتظر انتهاء المزامنة أو ألغِها، ثم انقل.</translation>
    </message>
    <message>
        <source>{dest} exists already; choose a new file name.</source>
        <translation>{dest} موجود بالفعل؛ اختر اسم ملف جديدًا.</translation>
    </message>
    <message>
        <source>Copying the library to {dest}…</source>
        <translation>جارٍ نسخ المكتبة إلى {dest}…</translation>
    </message>
    <message>
        <source>A sync started; move again after it.</source>
        <translation>بدأت مزامنة؛ انقل مجددًا بعد انتهائها.</translation>
    </message>
    <message>
        <source>The library moved to {dest}, but the old file could not be removed: {e}</source>
        <translation>نُقلت المكتبة إلى {dest}، لكن تعذّرت إزالة الملف القديم: {e}</translation>
    </message>
    <message>
        <source>The library is now at {dest}.</source>
        <translation>المكتبة الآن في {dest}.</translation>
    </message>
    <message>
        <source>The library was restored from {name}.</source>
        <translation>استُعيدت المكتبة من {name}.</translation>
    </message>
    <message>
        <source>Cannot create the folder {folder}: {error}</source>
        <translation>تعذّر إنشاء المجلد {folder}: {error}</translation>
    </message>
    <message>
        <source>Light theme</source>
        <translation>سمة فاتحة</translation>
    </message>
    <message>
        <source>Dark theme</source>
        <translation>سمة داكنة</translation>
    </message>
    <message>
        <source>Sepia theme</source>
        <translation>سمة بنية داكنة</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>مزامنة الآن</translation>
    </message>
    <message>
        <source>Cancel sync</source>
        <translation>إلغاء المزامنة</translation>
    </message>
    <message>
        <source>Sync failures…</source>
        <translation>إخفاقات المزامنة…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Search (find)</source>
        <translation>بحث (إيجاد)</translation>
    </message>
    <message>
        <source>Focus list</source>
        <translation>الانتقال إلى القائمة</translation>
    </message>
    <message>
        <source>Page down in article</source>
        <translation>صفحة لأسفل في المقالة</translation>
    </message>
    <message>
        <source>Page up in article</source>
        <translation>صفحة لأعلى في المقالة</translation>
    </message>
    <message>
        <source>Your library is empty. Open the sample library to look around, or add a source and sync.</source>
        <translation>مكتبتك فارغة. افتح المكتبة التجريبية لتستكشفها، أو أضف مصدرًا وزامِن.</translation>
    </message>
    <message>
        <source>Open the sample library</source>
        <translation>فتح المكتبة التجريبية</translation>
    </message>
    <message>
        <source>Add a source…</source>
        <translation>إضافة مصدر…</translation>
    </message>
    <message>
        <source>Search all articles (Ctrl+K)</source>
        <translation>البحث في كل المقالات (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search in language</source>
        <translation>لغة البحث</translation>
    </message>
    <message>
        <source>Search in one language, or in all</source>
        <translation>البحث في لغة واحدة أو في كل اللغات</translation>
    </message>
    <message>
        <source>Filter titles</source>
        <translation>تصفية العناوين</translation>
    </message>
    <message>
        <source>Filter the list by title</source>
        <translation>تصفية القائمة حسب العنوان</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>ذات صلة</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>المقالات</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>الرئيسي</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>Sources…</source>
        <translation>المصادر…</translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation>التفضيلات…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>تصغير</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>الحجم الفعلي</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>م&amp;قالة</translation>
    </message>
    <message>
        <source>Next article</source>
        <translation>المقالة التالية</translation>
    </message>
    <message>
        <source>Previous article</source>
        <translation>المقالة السابقة</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>About</source>
        <translation>حول</translation>
    </message>
    <message>
        <source>Opening the library…</source>
        <translation>جارٍ فتح المكتبة…</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>كل اللغات</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>غير مقروءة</translation>
    </message>
    <message>
        <source>Importing the sample library…</source>
        <translation>جارٍ استيراد المكتبة التجريبية…</translation>
    </message>
    <message>
        <source>The sample library is ready.</source>
        <translation>المكتبة التجريبية جاهزة.</translation>
    </message>
    <message>
        <source>Sync cancelled</source>
        <translation>أُلغيت المزامنة</translation>
    </message>
    <message>
        <source>Sync finished</source>
        <translation>اكتملت المزامنة</translation>
    </message>
    <message>
        <source>This article was updated since you annotated or bookmarked it. Highlights were placed again; see the Notes tab for any not found. &lt;a href="compare"&gt;Compare revisions…&lt;/a&gt;</source>
        <translation>حُدّثت هذه المقالة منذ أن علّقت عليها أو وضعت لها إشارة مرجعية. أُعيد وضع التظليلات؛ راجع تبويب الملاحظات لما لم يُعثر عليه. &lt;a href="compare"&gt;مقارنة النسخ المعدّلة…&lt;/a&gt;</translation>
    </message>
    <message>
        <source>No sources to sync yet: add one under File › Sources…</source>
        <translation>لا مصادر للمزامنة بعد: أضف مصدرًا من ملف › المصادر…</translation>
    </message>
    <message>
        <source>Offline: the sources cannot be reached. Everything in the library is available.</source>
        <translation>دون اتصال: تعذّر الوصول إلى المصادر. كل ما في المكتبة متاح.</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>لم تُزامَن بعد</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>لا مقالات (%Ln)</numerusform>
            <numerusform>مقالة واحدة (%Ln)</numerusform>
            <numerusform>مقالتان (%Ln)</numerusform>
            <numerusform>%Ln مقالات</numerusform>
            <numerusform>%Ln مقالة</numerusform>
            <numerusform>%Ln مقالة</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing: {new} new, {updated} updated, {failed} failed — {current}</source>
        <translation>جارٍ المزامنة: {new} جديدة، {updated} محدّثة، {failed} أخفقت — {current}</translation>
    </message>
    <message>
        <source>{word}: {new} new, {updated} updated, {failed} failed.</source>
        <translation>{word}: {new} جديدة، {updated} محدّثة، {failed} أخفقت.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Search&lt;/b&gt; “{q}” in {where} — {n}</source>
        <translation>&lt;b&gt;بحث&lt;/b&gt; عن «{q}» في {where} — {n}</translation>
    </message>
    <message>
        <source>Last synced {when}</source>
        <translation>آخر مزامنة {when}</translation>
    </message>
    <message>
        <source>Notebook</source>
        <translation>دفتر الملاحظات</translation>
    </message>
    <message>
        <source>Search quotes, notes and tags</source>
        <translation>البحث في الاقتباسات والملاحظات والوسوم</translation>
    </message>
    <message>
        <source>Search annotations</source>
        <translation>البحث في التعليقات التوضيحية</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>التعليقات التوضيحية</translation>
    </message>
    <message>
        <source>All collections</source>
        <translation>كل المجموعات</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>كل الوسوم</translation>
    </message>
    <message>
        <source>All colours</source>
        <translation>كل الألوان</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>أي حالة</translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s)</source>
        <translation>
            <numerusform>لا تعليقات (%Ln)</numerusform>
            <numerusform>تعليق واحد (%Ln)</numerusform>
            <numerusform>تعليقان (%Ln)</numerusform>
            <numerusform>%Ln تعليقات</numerusform>
            <numerusform>%Ln تعليقًا</numerusform>
            <numerusform>%Ln تعليق</numerusform>
        </translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>المجموعة</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>الوسم</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Lang.</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>الاقتباس</translation>
    </message>
    <message>
        <source>In place</source>
        <translation>في موضعه</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>منقول</translation>
    </message>
    <message>
        <source>Not found (orphaned)</source>
        <translation>غير موجود (يتيم)</translation>
    </message>
    <message>
        <source>Bookmark article</source>
        <translation>إشارة مرجعية للمقالة</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>تظليل</translation>
    </message>
    <message>
        <source>No differences in the text.</source>
        <translation>لا فروق في النص.</translation>
    </message>
    <message>
        <source>Compare revisions…</source>
        <translation>مقارنة النسخ المعدّلة…</translation>
    </message>
    <message>
        <source>{insertions}, {deletions} ({paragraphs})</source>
        <translation>{insertions}، {deletions} ({paragraphs})</translation>
    </message>
    <message numerus="yes">
        <source>%Ln insertion(s)</source>
        <translation>
            <numerusform>لا إضافات (%Ln)</numerusform>
            <numerusform>إضافة واحدة (%Ln)</numerusform>
            <numerusform>إضافتان (%Ln)</numerusform>
            <numerusform>%Ln إضافات</numerusform>
            <numerusform>%Ln إضافة</numerusform>
            <numerusform>%Ln إضافة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deletion(s)</source>
        <translation>
            <numerusform>لا حذوفات (%Ln)</numerusform>
            <numerusform>حذف واحد (%Ln)</numerusform>
            <numerusform>حذفان (%Ln)</numerusform>
            <numerusform>%Ln حذوفات</numerusform>
            <numerusform>%Ln حذفًا</numerusform>
            <numerusform>%Ln حذف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln paragraph(s) changed</source>
        <translation>
            <numerusform>لم تتغير أي فقرة (%Ln)</numerusform>
            <numerusform>فقرة واحدة (%Ln) تغيّرت</numerusform>
            <numerusform>فقرتان (%Ln) تغيّرتا</numerusform>
            <numerusform>%Ln فقرات تغيّرت</numerusform>
            <numerusform>%Ln فقرة تغيّرت</numerusform>
            <numerusform>%Ln فقرة تغيّرت</numerusform>
        </translation>
    </message>
    <message>
        <source>Revision {n} — fetched {when}</source>
        <translation>النسخة المعدّلة {n} — جُلبت في {when}</translation>
    </message>
    <message>
        <source>Older revision</source>
        <translation>النسخة الأقدم</translation>
    </message>
    <message>
        <source>Newer revision</source>
        <translation>النسخة الأحدث</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;من:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>إ&amp;لى:</translation>
    </message>
    <message>
        <source>Summary of the changes</source>
        <translation>ملخص التغييرات</translation>
    </message>
    <message>
        <source>Changes between the two revisions</source>
        <translation>التغييرات بين النسختين</translation>
    </message>
    <message>
        <source>&amp;Previous change</source>
        <translation>التغيير ال&amp;سابق</translation>
    </message>
    <message>
        <source>&amp;Next change</source>
        <translation>التغيير ال&amp;تالي</translation>
    </message>
    <message>
        <source>Open an article to compare its revisions.</source>
        <translation>افتح مقالة لمقارنة نسخها المعدّلة.</translation>
    </message>
    <message>
        <source>(newest)</source>
        <translation>(الأحدث)</translation>
    </message>
    <message>
        <source>This article has only one revision: nothing to compare.</source>
        <translation>لهذه المقالة نسخة واحدة فقط: لا شيء للمقارنة.</translation>
    </message>
    <message>
        <source>Choose two different revisions.</source>
        <translation>اختر نسختين مختلفتين.</translation>
    </message>
    <message>
        <source>(the older revision is on the right: read insertions as removals)</source>
        <translation>(النسخة الأقدم على اليمين: اقرأ الإضافات على أنها حذوفات)</translation>
    </message>
    <message>
        <source>Compare revisions — {title}</source>
        <translation>مقارنة النسخ المعدّلة — {title}</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>Revision {n} is missing from the library.</source>
        <translation>النسخة المعدّلة {n} مفقودة من المكتبة.</translation>
    </message>
    <message>
        <source>Related articles from the site</source>
        <translation>مقالات ذات صلة من الموقع</translation>
    </message>
    <message>
        <source>Related articles found in the library</source>
        <translation>مقالات ذات صلة وُجدت في المكتبة</translation>
    </message>
    <message>
        <source>&lt;b&gt;You might also like&lt;/b&gt; (from the site)</source>
        <translation>&lt;b&gt;قد يعجبك أيضًا&lt;/b&gt; (من الموقع)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Related in your library&lt;/b&gt;</source>
        <translation>&lt;b&gt;ذات صلة في مكتبتك&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Related articles</source>
        <translation>مقالات ذات صلة</translation>
    </message>
    <message>
        <source>The site lists no related articles.</source>
        <translation>لا يذكر الموقع مقالات ذات صلة.</translation>
    </message>
    <message>
        <source>Working out related articles…</source>
        <translation>جارٍ تحديد المقالات ذات الصلة…</translation>
    </message>
    <message>
        <source>No related articles found in the library.</source>
        <translation>لم يُعثر على مقالات ذات صلة في المكتبة.</translation>
    </message>
    <message>
        <source>not synced — click to fetch it</source>
        <translation>غير مُزامَنة — انقر لجلبها</translation>
    </message>
    <message>
        <source>Fetching “{title}”…</source>
        <translation>جارٍ جلب «{title}»…</translation>
    </message>
    <message>
        <source>fetching…</source>
        <translation>جارٍ الجلب…</translation>
    </message>
    <message>
        <source>Shown in {lang}: not held in this language</source>
        <translation>معروضة بـ{lang}: غير موجودة بهذه اللغة</translation>
    </message>
    <message>
        <source>Could not fetch “{title}”: {error}</source>
        <translation>تعذّر جلب «{title}»: {error}</translation>
    </message>
    <message>
        <source>Fetched “{title}”.</source>
        <translation>جُلبت «{title}».</translation>
    </message>
    <message>
        <source>Library sections</source>
        <translation>أقسام المكتبة</translation>
    </message>
    <message>
        <source>Recently read</source>
        <translation>قُرئت مؤخرًا</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>الإشارات المرجعية</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>المجموعات</translation>
    </message>
    <message>
        <source>Laws and cases</source>
        <translation>القوانين والقضايا</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>تجريبي</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>جنبًا إلى جنب</translation>
    </message>
    <message>
        <source>Left column language</source>
        <translation>لغة العمود الأيسر</translation>
    </message>
    <message>
        <source>Right column language</source>
        <translation>لغة العمود الأيمن</translation>
    </message>
    <message>
        <source>Paragraphs are paired by the article's structure.</source>
        <translation>تُقرن الفقرات حسب بنية المقالة.</translation>
    </message>
    <message>
        <source>Open an article first.</source>
        <translation>افتح مقالة أولًا.</translation>
    </message>
    <message>
        <source>The library holds this article in one language only.</source>
        <translation>تحتفظ المكتبة بهذه المقالة بلغة واحدة فقط.</translation>
    </message>
    <message>
        <source>Left:</source>
        <translation>اليسار:</translation>
    </message>
    <message>
        <source>Right:</source>
        <translation>اليمين:</translation>
    </message>
    <message>
        <source>Syncing the {language} translation…</source>
        <translation>جارٍ مزامنة الترجمة ({language})…</translation>
    </message>
    <message>
        <source>The {language} translation was not fetched: {reason}</source>
        <translation>لم تُجلب الترجمة ({language}): {reason}</translation>
    </message>
    <message>
        <source>The {language} translation is now in the library.</source>
        <translation>الترجمة ({language}) موجودة الآن في المكتبة.</translation>
    </message>
    <message>
        <source>Offline: the source cannot be reached, so the {language} translation was not fetched. Everything in the library is still available.</source>
        <translation>دون اتصال: تعذّر الوصول إلى المصدر، فلم تُجلب الترجمة ({language}). كل ما في المكتبة لا يزال متاحًا.</translation>
    </message>
    <message>
        <source>Undo note edit</source>
        <translation type="vanished">التراجع عن تحرير الملاحظة</translation>
    </message>
    <message>
        <source>Undo colour change</source>
        <translation type="vanished">التراجع عن تغيير اللون</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation type="vanished">التراجع عن الحذف</translation>
    </message>
    <message>
        <source>Undo highlight</source>
        <translation type="vanished">التراجع عن التظليل</translation>
    </message>
    <message>
        <source>1 article</source>
        <translation type="vanished">مقالة واحدة</translation>
    </message>
    <message>
        <source>{n} articles</source>
        <translation type="vanished">{n} مقالة</translation>
    </message>
    <message>
        <source>Added {what} to “{name}”.</source>
        <translation type="vanished">أُضيف {what} إلى «{name}».</translation>
    </message>
    <message>
        <source>Delete the collection “{name}”?

Its {what} stay in the library; only the collection, its description and its order are removed.</source>
        <translation type="vanished">هل تريد حذف المجموعة «{name}»؟

تبقى عناصرها ({what}) في المكتبة؛ ولا يُحذف إلا المجموعة ووصفها وترتيبها.</translation>
    </message>
    <message>
        <source>Add {what} to:</source>
        <translation type="vanished">إضافة {what} إلى:</translation>
    </message>
    <message>
        <source>Removed {what} from “{name}”; they stay in the library.</source>
        <translation type="vanished">أُزيل {what} من «{name}»؛ وتبقى في المكتبة.</translation>
    </message>
    <message>
        <source>{n} already in it.</source>
        <translation type="vanished">{n} موجودة فيها من قبل.</translation>
    </message>
    <message>
        <source>1 insertion</source>
        <translation type="vanished">إضافة واحدة</translation>
    </message>
    <message>
        <source>1 deletion</source>
        <translation type="vanished">حذف واحد</translation>
    </message>
    <message>
        <source>1 paragraph changed</source>
        <translation type="vanished">فقرة واحدة تغيّرت</translation>
    </message>
    <message>
        <source>{n} insertions</source>
        <translation type="vanished">{n} إضافات</translation>
    </message>
    <message>
        <source>{n} deletions</source>
        <translation type="vanished">{n} حذوفات</translation>
    </message>
    <message>
        <source>{n} paragraphs changed</source>
        <translation type="vanished">{n} فقرات تغيّرت</translation>
    </message>
</context>
</TS>
