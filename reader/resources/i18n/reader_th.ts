<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th" sourcelanguage="en">
<context>
    <name>reader</name>
    <message>
        <source>No automatic backup of {path}: the disk has less than {mb} MB free. Free some space, or move the library (File → Move library…).</source>
        <translation>ไม่ได้สำรองข้อมูล {path} อัตโนมัติ: ดิสก์มีพื้นที่ว่างน้อยกว่า {mb} MB โปรดเพิ่มพื้นที่ว่าง หรือย้ายคลัง (ไฟล์ → ย้ายคลัง…)</translation>
    </message>
    <message>
        <source>The library {db} is already open in another window of {app}. Switch to that window, or close it first.</source>
        <translation>คลัง {db} เปิดอยู่แล้วในหน้าต่างอื่นของ {app} โปรดสลับไปที่หน้าต่างนั้น หรือปิดก่อน</translation>
    </message>
    <message>
        <source>The library {db} was not found (was it moved, or is its drive not connected?). Create a new, empty library there?</source>
        <translation>ไม่พบคลัง {db} (ถูกย้ายไปหรือไม่ หรือไดรฟ์ไม่ได้เชื่อมต่อ?) จะสร้างคลังใหม่ที่ว่างเปล่าที่ตำแหน่งนั้นหรือไม่</translation>
    </message>
    <message>
        <source>Image not available offline</source>
        <translation>ไม่สามารถดูรูปภาพแบบออฟไลน์ได้</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>รูปภาพ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <source>Sample content written for this app</source>
        <translation>เนื้อหาตัวอย่างที่เขียนขึ้นสำหรับแอปนี้</translation>
    </message>
    <message>
        <source>It is not an article of the source site: its contributors are fictional, and its statements of law should be checked against the primary sources before they are relied on.</source>
        <translation>นี่ไม่ใช่บทความจากเว็บไซต์ต้นทาง ผู้เขียนเป็นบุคคลสมมติ และข้อความทางกฎหมายควรตรวจสอบกับแหล่งข้อมูลปฐมภูมิก่อนนำไปใช้อ้างอิง</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>วันที่เผยแพร่</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>หมวดหมู่</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>หัวข้อ</translation>
    </message>
    <message>
        <source>Contributors</source>
        <translation>ผู้เขียน</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>บรรณาธิการ</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>แหล่งที่มา</translation>
    </message>
    <message>
        <source>Retrieved on</source>
        <translation>ดึงข้อมูลเมื่อ</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>ฉบับแก้ไข</translation>
    </message>
    <message>
        <source>Removed from the source on</source>
        <translation>ถูกลบจากแหล่งที่มาเมื่อ</translation>
    </message>
    <message>
        <source>No English paragraph is aligned with this one.</source>
        <translation>ไม่มีย่อหน้าภาษาอังกฤษที่จับคู่กับย่อหน้านี้</translation>
    </message>
    <message>
        <source>{title} — side by side</source>
        <translation>{title} — แสดงคู่กัน</translation>
    </message>
    <message>
        <source>The machine translation damaged {spots} numbers or dates in {blocks} paragraphs (XNUMX stands for lost digits). Point at a marked spot, or click it, to read the English paragraph with the real numbers.</source>
        <translation>การแปลด้วยเครื่องทำให้ตัวเลขหรือวันที่เสียหาย {spots} แห่งใน {blocks} ย่อหน้า (XNUMX หมายถึงตัวเลขที่หายไป) ชี้หรือคลิกที่จุดที่ทำเครื่องหมายไว้เพื่ออ่านย่อหน้าภาษาอังกฤษที่มีตัวเลขจริง</translation>
    </message>
    <message>
        <source>Numbers in the English original:</source>
        <translation>ตัวเลขในต้นฉบับภาษาอังกฤษ:</translation>
    </message>
    <message>
        <source>Dates in the English original:</source>
        <translation>วันที่ในต้นฉบับภาษาอังกฤษ:</translation>
    </message>
    <message>
        <source>English:</source>
        <translation>ภาษาอังกฤษ:</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>เวอร์ชัน</translation>
    </message>
    <message>
        <source>An offline reader for legal news about China.</source>
        <translation>โปรแกรมอ่านข่าวกฎหมายเกี่ยวกับจีนแบบออฟไลน์</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>คลัง</translation>
    </message>
    <message>
        <source>is free software under the MIT licence.</source>
        <translation>เป็นซอฟต์แวร์เสรีภายใต้สัญญาอนุญาต MIT</translation>
    </message>
    <message>
        <source>Built with</source>
        <translation>สร้างด้วย</translation>
    </message>
    <message>
        <source>and Qt for Python (PySide6)</source>
        <translation>และ Qt for Python (PySide6)</translation>
    </message>
    <message>
        <source>Qt WebEngine contains Chromium, under BSD-style and other open-source licences.</source>
        <translation>Qt WebEngine มี Chromium อยู่ภายใน ภายใต้สัญญาอนุญาตแบบ BSD และสัญญาอนุญาตโอเพนซอร์สอื่น ๆ</translation>
    </message>
    <message>
        <source>You may replace the Qt libraries in the program's folder with your own build.</source>
        <translation>คุณสามารถแทนที่ไลบรารี Qt ในโฟลเดอร์ของโปรแกรมด้วยรุ่นที่คุณสร้างเองได้</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>แพ็กเกจ</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>สัญญาอนุญาต</translation>
    </message>
    <message>
        <source>Fonts</source>
        <translation>แบบอักษร</translation>
    </message>
    <message>
        <source>The fonts are the system's; they are not part of the program.</source>
        <translation>แบบอักษรเป็นของระบบ ไม่ได้เป็นส่วนหนึ่งของโปรแกรม</translation>
    </message>
    <message>
        <source>Portable mode: settings and library in {folder}</source>
        <translation>โหมดพกพา: การตั้งค่าและคลังอยู่ที่ {folder}</translation>
    </message>
    <message>
        <source>Settings: {file}</source>
        <translation>การตั้งค่า: {file}</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>เกี่ยวกับ {app}</translation>
    </message>
    <message>
        <source>Undo note change</source>
        <translation>เลิกทำการเปลี่ยนแปลงบันทึก</translation>
    </message>
    <message>
        <source>Export notes…</source>
        <translation>ส่งออกบันทึก…</translation>
    </message>
    <message>
        <source>Import notes…</source>
        <translation>นำเข้าบันทึก…</translation>
    </message>
    <message>
        <source>Highlight selection</source>
        <translation>ไฮไลต์ข้อความที่เลือก</translation>
    </message>
    <message>
        <source>Highlight with note…</source>
        <translation>ไฮไลต์พร้อมบันทึก…</translation>
    </message>
    <message>
        <source>Notebook…</source>
        <translation>สมุดบันทึก…</translation>
    </message>
    <message>
        <source>Export notes</source>
        <translation>ส่งออกบันทึก</translation>
    </message>
    <message>
        <source>Notes of</source>
        <translation>บันทึกของ</translation>
    </message>
    <message>
        <source>Markdown (to read, print or paste)</source>
        <translation>Markdown (สำหรับอ่าน พิมพ์ หรือวาง)</translation>
    </message>
    <message>
        <source>W3C Web Annotation JSON-LD (to import again)</source>
        <translation>W3C Web Annotation JSON-LD (สำหรับนำเข้าอีกครั้ง)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>รูปแบบ</translation>
    </message>
    <message>
        <source>Import notes</source>
        <translation>นำเข้าบันทึก</translation>
    </message>
    <message>
        <source>Web Annotation JSON-LD (*.jsonld *.json);;All files (*)</source>
        <translation>Web Annotation JSON-LD (*.jsonld *.json);;ไฟล์ทั้งหมด (*)</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>ไม่มีสิ่งที่จะเลิกทำ</translation>
    </message>
    <message>
        <source>All notes in the library</source>
        <translation>บันทึกทั้งหมดในคลัง</translation>
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
        <translation>โปรดเลือกข้อความในบทความก่อน</translation>
    </message>
    <message>
        <source>Select the passage this note belongs to, then re-attach.</source>
        <translation>เลือกข้อความที่บันทึกนี้เป็นของ แล้วผูกใหม่</translation>
    </message>
    <message>
        <source>This article</source>
        <translation>บทความนี้</translation>
    </message>
    <message>
        <source>The collection “{name}”</source>
        <translation>ชุดรวบรวม “{name}”</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln note(s) to {path}.</source>
        <translation>
            <numerusform>ส่งออกบันทึก %Ln รายการไปยัง {path} แล้ว</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write {path}: {error}.</source>
        <translation>เขียน {path} ไม่ได้: {error}</translation>
    </message>
    <message>
        <source>moved: the text changed around it</source>
        <translation>ย้ายตำแหน่ง: ข้อความรอบ ๆ เปลี่ยนไป</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Your note, in Markdown: **bold**, *italic*, lists, links</source>
        <translation>บันทึกของคุณในรูปแบบ Markdown: **ตัวหนา**, *ตัวเอียง*, รายการ, ลิงก์</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>ข้อความบันทึก</translation>
    </message>
    <message>
        <source>Note preview</source>
        <translation>ตัวอย่างบันทึก</translation>
    </message>
    <message>
        <source>comma-separated, e.g. reciprocity, service</source>
        <translation>คั่นด้วยจุลภาค เช่น หลักต่างตอบแทน, การส่งหมาย</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>แท็ก</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>สี</translation>
    </message>
    <message>
        <source>Highlights and notes</source>
        <translation>ไฮไลต์และบันทึก</translation>
    </message>
    <message>
        <source>No highlights yet. Select text in the article and choose Highlight (right-click, or Ctrl+Shift+H).</source>
        <translation>ยังไม่มีไฮไลต์ เลือกข้อความในบทความแล้วเลือก ไฮไลต์ (คลิกขวา หรือ Ctrl+Shift+H)</translation>
    </message>
    <message>
        <source>Edit note…</source>
        <translation>แก้ไขบันทึก…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Re-attach to selection</source>
        <translation>ผูกใหม่กับข้อความที่เลือก</translation>
    </message>
    <message>
        <source>Select the passage in the article where this note belongs, then click here</source>
        <translation>เลือกข้อความในบทความที่บันทึกนี้เป็นของ แล้วคลิกที่นี่</translation>
    </message>
    <message>
        <source>not found in the current version (last found in revision {n})</source>
        <translation>ไม่พบในเวอร์ชันปัจจุบัน (พบครั้งล่าสุดในฉบับแก้ไขที่ {n})</translation>
    </message>
    <message>
        <source>Note edit undone</source>
        <translation>เลิกทำการแก้ไขบันทึกแล้ว</translation>
    </message>
    <message>
        <source>Colour change undone</source>
        <translation>เลิกทำการเปลี่ยนสีแล้ว</translation>
    </message>
    <message>
        <source>Note restored</source>
        <translation>กู้คืนบันทึกแล้ว</translation>
    </message>
    <message>
        <source>Highlight removed</source>
        <translation>นำไฮไลต์ออกแล้ว</translation>
    </message>
    <message>
        <source>made on revision {n}</source>
        <translation>สร้างบนฉบับแก้ไขที่ {n}</translation>
    </message>
    <message>
        <source>tags: {t}</source>
        <translation>แท็ก: {t}</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ชื่อเรื่อง</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>หมวดหมู่</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <source>Damaged translation (numbers or dates lost): {languages}</source>
        <translation>คำแปลเสียหาย (ตัวเลขหรือวันที่สูญหาย): {languages}</translation>
    </message>
    <message>
        <source>Bookmarked</source>
        <translation>คั่นหน้าแล้ว</translation>
    </message>
    <message>
        <source>Has notes</source>
        <translation>มีบันทึก</translation>
    </message>
    <message>
        <source>Updated since you annotated or bookmarked it</source>
        <translation>อัปเดตหลังจากที่คุณเขียนบันทึกหรือคั่นหน้าไว้</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>อัตโนมัติ</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>สร้างด้วยตนเอง</translation>
    </message>
    <message>
        <source>Replaced by a restore</source>
        <translation>ถูกแทนที่ด้วยการกู้คืน</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>สำเนา</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>ข้อมูลสำรอง</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>ยังไม่มีข้อมูลสำรอง</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>สำรองข้อมูลทันที</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>กู้คืน…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>ลบ…</translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation>แสดงโฟลเดอร์</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> ชั่วโมง</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ไม่เลย</translation>
    </message>
    <message>
        <source>Back up automatically every</source>
        <translation>สำรองข้อมูลอัตโนมัติทุก</translation>
    </message>
    <message>
        <source>Automatic backups to keep</source>
        <translation>จำนวนข้อมูลสำรองอัตโนมัติที่เก็บไว้</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>กำลังสำรองข้อมูล…</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>กู้คืนข้อมูลสำรอง</translation>
    </message>
    <message>
        <source>Delete a backup</source>
        <translation>ลบข้อมูลสำรอง</translation>
    </message>
    <message>
        <source>Before an upgrade (from schema {v})</source>
        <translation>ก่อนการอัปเกรด (จากสคีมา {v})</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ชนิด</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>ขนาด</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ไฟล์</translation>
    </message>
    <message>
        <source>Backups of {library}. Restoring one replaces the library; the current file is kept in the backups folder first, so a restore can be undone.</source>
        <translation>ข้อมูลสำรองของ {library} การกู้คืนจะแทนที่คลัง โดยไฟล์ปัจจุบันจะถูกเก็บไว้ในโฟลเดอร์ข้อมูลสำรองก่อน จึงเลิกทำการกู้คืนได้</translation>
    </message>
    <message>
        <source>No backup was made: {e}</source>
        <translation>ไม่ได้สร้างข้อมูลสำรอง: {e}</translation>
    </message>
    <message>
        <source>Replace the library with the backup of {when}?

Everything changed since then is replaced. The current library is kept in the backups folder first, so you can restore it again.</source>
        <translation>แทนที่คลังด้วยข้อมูลสำรองเมื่อ {when} หรือไม่

ทุกสิ่งที่เปลี่ยนแปลงหลังจากนั้นจะถูกแทนที่ คลังปัจจุบันจะถูกเก็บไว้ในโฟลเดอร์ข้อมูลสำรองก่อน เพื่อให้คุณกู้คืนได้อีก</translation>
    </message>
    <message>
        <source>Delete the backup of {when} ({kind}, {size})? This cannot be undone.</source>
        <translation>ลบข้อมูลสำรองเมื่อ {when} ({kind}, {size}) หรือไม่ การกระทำนี้เลิกทำไม่ได้</translation>
    </message>
    <message>
        <source>Not deleted: {e}</source>
        <translation>ไม่ได้ลบ: {e}</translation>
    </message>
    <message>
        <source>Laws</source>
        <translation>กฎหมาย</translation>
    </message>
    <message>
        <source>Judicial interpretations and rules</source>
        <translation>การตีความของศาลและระเบียบ</translation>
    </message>
    <message>
        <source>Regulations</source>
        <translation>กฎข้อบังคับ</translation>
    </message>
    <message>
        <source>Treaties</source>
        <translation>สนธิสัญญา</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>คดี</translation>
    </message>
    <message>
        <source>Other documents</source>
        <translation>เอกสารอื่น ๆ</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) cite {name}</source>
        <translation>
            <numerusform>บทความ %Ln เรื่องอ้างถึง {name}</numerusform>
        </translation>
    </message>
    <message>
        <source>Add to collection</source>
        <translation>เพิ่มลงในชุดรวบรวม</translation>
    </message>
    <message>
        <source>An &amp;existing collection</source>
        <translation>ชุดรวบรวมที่มีอยู่(&amp;E)</translation>
    </message>
    <message>
        <source>Existing collection</source>
        <translation>ชุดรวบรวมที่มีอยู่</translation>
    </message>
    <message>
        <source>A &amp;new collection</source>
        <translation>ชุดรวบรวมใหม่(&amp;N)</translation>
    </message>
    <message>
        <source>Name of the new collection</source>
        <translation>ชื่อชุดรวบรวมใหม่</translation>
    </message>
    <message>
        <source>e.g. the matter or client</source>
        <translation>เช่น คดีหรือลูกความ</translation>
    </message>
    <message>
        <source>Description of the new collection</source>
        <translation>คำอธิบายชุดรวบรวมใหม่</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>ชื่อ:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>คำอธิบาย:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>เพิ่ม</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>คำอธิบาย</translation>
    </message>
    <message>
        <source>A collection needs a name.</source>
        <translation>ชุดรวบรวมต้องมีชื่อ</translation>
    </message>
    <message>
        <source>Add to collection…</source>
        <translation>เพิ่มลงในชุดรวบรวม…</translation>
    </message>
    <message>
        <source>Remove from collection</source>
        <translation>นำออกจากชุดรวบรวม</translation>
    </message>
    <message>
        <source>Move up in collection</source>
        <translation>เลื่อนขึ้นในชุดรวบรวม</translation>
    </message>
    <message>
        <source>Move down in collection</source>
        <translation>เลื่อนลงในชุดรวบรวม</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>ชุดรวบรวมใหม่</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>เปิดในเบราว์เซอร์</translation>
    </message>
    <message>
        <source>New collection…</source>
        <translation>ชุดรวบรวมใหม่…</translation>
    </message>
    <message>
        <source>Edit name and description…</source>
        <translation>แก้ไขชื่อและคำอธิบาย…</translation>
    </message>
    <message>
        <source>Delete collection…</source>
        <translation>ลบชุดรวบรวม…</translation>
    </message>
    <message numerus="yes">
        <source>Add %Ln article(s) to:</source>
        <translation>
            <numerusform>เพิ่มบทความ %Ln เรื่องลงใน:</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit collection</source>
        <translation>แก้ไขชุดรวบรวม</translation>
    </message>
    <message>
        <source>Remove bookmark</source>
        <translation>เอาที่คั่นหน้าออก</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>คั่นหน้า</translation>
    </message>
    <message>
        <source>A collection named “{name}” already exists.</source>
        <translation>มีชุดรวบรวมชื่อ “{name}” อยู่แล้ว</translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln article(s) to “{name}”.</source>
        <translation>
            <numerusform>เพิ่มบทความ %Ln เรื่องลงใน “{name}” แล้ว</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already in it.</source>
        <translation>
            <numerusform>มีอยู่ในชุดแล้ว %Ln เรื่อง</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the collection “{name}”?

Its %Ln article(s) stay in the library; only the collection, its description and its order are removed.</source>
        <translation>
            <numerusform>ลบชุดรวบรวม “{name}” หรือไม่

บทความ %Ln เรื่องในชุดนี้ยังคงอยู่ในคลัง จะลบเฉพาะชุดรวบรวม คำอธิบาย และลำดับเท่านั้น</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %Ln article(s) from “{name}”; they stay in the library.</source>
        <translation>
            <numerusform>นำบทความ %Ln เรื่องออกจาก “{name}” แล้ว แต่ยังคงอยู่ในคลัง</numerusform>
        </translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>บทความทั้งหมด</translation>
    </message>
    <message>
        <source>Deleted the collection “{name}”.</source>
        <translation>ลบชุดรวบรวม “{name}” แล้ว</translation>
    </message>
    <message>
        <source>China Justice Observer</source>
        <translation>China Justice Observer</translation>
    </message>
    <message>
        <source>RSS or Atom feed</source>
        <translation>ฟีด RSS หรือ Atom</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>ที่อยู่</translation>
    </message>
    <message>
        <source>Translations at</source>
        <translation>คำแปลที่</translation>
    </message>
    <message>
        <source>Pause between requests (s)</source>
        <translation>หยุดพักระหว่างคำขอ (วินาที)</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>แหล่งที่มา</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>เพิ่ม…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>แก้ไข…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>นำออก</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Remove source</source>
        <translation>นำแหล่งที่มาออก</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>การกำหนดลักษณะ</translation>
    </message>
    <message>
        <source> min (0 = manual)</source>
        <translation> นาที (0 = ด้วยตนเอง)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>เลือก…</translation>
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
        <translation>ภาษาของเนื้อหา (ตามลำดับ)</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>ธีม</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>ขนาดแบบอักษร</translation>
    </message>
    <message>
        <source>Sync automatically every</source>
        <translation>ซิงค์อัตโนมัติทุก</translation>
    </message>
    <message>
        <source>Library file (applies at next start)</source>
        <translation>ไฟล์คลัง (มีผลเมื่อเริ่มครั้งถัดไป)</translation>
    </message>
    <message>
        <source>Paper size for PDF</source>
        <translation>ขนาดกระดาษสำหรับ PDF</translation>
    </message>
    <message>
        <source>Library file</source>
        <translation>ไฟล์คลัง</translation>
    </message>
    <message>
        <source>Libraries (*.sqlite)</source>
        <translation>คลัง (*.sqlite)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>แป้นพิมพ์ลัด</translation>
    </message>
    <message>
        <source>Sync failures</source>
        <translation>การซิงค์ที่ล้มเหลว</translation>
    </message>
    <message>
        <source>The address must start with http:// or https://.</source>
        <translation>ที่อยู่ต้องขึ้นต้นด้วย http:// หรือ https://</translation>
    </message>
    <message>
        <source>The address needs a valid host name, as in https://example.org/feed/.</source>
        <translation>ที่อยู่ต้องมีชื่อโฮสต์ที่ถูกต้อง เช่น https://example.org/feed/</translation>
    </message>
    <message>
        <source>The translations address must contain {lang}.</source>
        <translation>ที่อยู่ของคำแปลต้องมี {lang}</translation>
    </message>
    <message>
        <source>Open the selected article</source>
        <translation>เปิดบทความที่เลือก</translation>
    </message>
    <message>
        <source>Move in the list</source>
        <translation>เลื่อนในรายการ</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>การกระทำ</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>แป้น</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>บทความ</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>ปัญหา</translation>
    </message>
    <message>
        <source>Remove {name} and its articles from the library? Bookmarks, collections and notes are kept and come back if you add the source again.</source>
        <translation>นำ {name} และบทความของแหล่งนี้ออกจากคลังหรือไม่ ที่คั่นหน้า ชุดรวบรวม และบันทึกจะยังเก็บไว้ และจะกลับมาหากคุณเพิ่มแหล่งที่มานี้อีกครั้ง</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>ตัวอย่างก่อนพิมพ์</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>ส่งออกเป็น PDF</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>กระดาษ</translation>
    </message>
    <message>
        <source>Number paragraphs for pinpoint citation</source>
        <translation>ใส่เลขย่อหน้าเพื่อการอ้างอิงที่แม่นยำ</translation>
    </message>
    <message>
        <source>Include highlights and notes</source>
        <translation>รวมไฮไลต์และบันทึก</translation>
    </message>
    <message>
        <source>Preparing the binder…</source>
        <translation>กำลังเตรียมเล่มรวม…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ไฟล์ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>พิมพ์</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln selected article(s)</source>
        <translation>
            <numerusform>บทความที่เลือก %Ln เรื่อง</numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation>ส่งออก</translation>
    </message>
    <message>
        <source>Annotations are not available in this version.</source>
        <translation>ฟีเจอร์คำอธิบายประกอบไม่มีในเวอร์ชันนี้</translation>
    </message>
    <message>
        <source>Choose an article, select articles or open a collection.</source>
        <translation>เลือกบทความ เลือกหลายบทความ หรือเปิดชุดรวบรวม</translation>
    </message>
    <message>
        <source>Selected articles</source>
        <translation>บทความที่เลือก</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>ยกเลิกการส่งออกแล้ว ไม่มีการเขียนข้อมูลใด</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln page(s) to {path}</source>
        <translation>
            <numerusform>ส่งออก %Ln หน้าไปยัง {path} แล้ว</numerusform>
        </translation>
    </message>
    <message>
        <source>Printed {done} of {total}: {title}</source>
        <translation>พิมพ์แล้ว {done} จาก {total}: {title}</translation>
    </message>
    <message>
        <source>{name} already exists. Replace it?</source>
        <translation>มี {name} อยู่แล้ว ต้องการแทนที่หรือไม่</translation>
    </message>
    <message>
        <source>Export as PDF…</source>
        <translation>ส่งออกเป็น PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>พิมพ์…</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>เหลือง</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>เขียว</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>น้ำเงิน</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>ชมพู</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>ม่วง</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>สว่าง</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>มืด</translation>
    </message>
    <message>
        <source>Sepia</source>
        <translation>ซีเปีย</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>ภาษาของส่วนติดต่อ</translation>
    </message>
    <message>
        <source>Wait for the sync to finish, or cancel it, then choose the language again.</source>
        <translation>รอให้การซิงค์เสร็จ หรือยกเลิก แล้วจึงเลือกภาษาอีกครั้ง</translation>
    </message>
    <message>
        <source>The interface language changes the next time the app starts.</source>
        <translation>ภาษาของส่วนติดต่อจะเปลี่ยนเมื่อเริ่มแอปครั้งถัดไป</translation>
    </message>
    <message>
        <source>cites {what}</source>
        <translation>อ้างถึง {what}</translation>
    </message>
    <message>
        <source>same topic: {name}</source>
        <translation>หัวข้อเดียวกัน: {name}</translation>
    </message>
    <message>
        <source>same category: {name}</source>
        <translation>หมวดหมู่เดียวกัน: {name}</translation>
    </message>
    <message>
        <source>published around the same time</source>
        <translation>เผยแพร่ในช่วงเวลาใกล้กัน</translation>
    </message>
    <message>
        <source>similar wording: {words}</source>
        <translation>ถ้อยคำคล้ายกัน: {words}</translation>
    </message>
    <message>
        <source>Side by side…</source>
        <translation>แสดงคู่กัน…</translation>
    </message>
    <message>
        <source>Read two languages of this article in two columns</source>
        <translation>อ่านบทความนี้สองภาษาในสองคอลัมน์</translation>
    </message>
    <message>
        <source>Languages of this article</source>
        <translation>ภาษาของบทความนี้</translation>
    </message>
    <message>
        <source>Not synced yet:</source>
        <translation>ยังไม่ได้ซิงค์:</translation>
    </message>
    <message>
        <source>Not in the library yet. Click to sync this language ({code}).</source>
        <translation>ยังไม่มีในคลัง คลิกเพื่อซิงค์ภาษานี้ ({code})</translation>
    </message>
    <message>
        <source>Sync this language: {name}</source>
        <translation>ซิงค์ภาษานี้: {name}</translation>
    </message>
    <message>
        <source>{code}: the machine translation lost {spots} numbers or dates; they are marked in the text</source>
        <translation>{code}: การแปลด้วยเครื่องทำตัวเลขหรือวันที่หายไป {spots} แห่ง ซึ่งทำเครื่องหมายไว้ในข้อความ</translation>
    </message>
    <message>
        <source>{name} (syncing…)</source>
        <translation>{name} (กำลังซิงค์…)</translation>
    </message>
    <message>
        <source>No library is open.</source>
        <translation>ไม่มีคลังที่เปิดอยู่</translation>
    </message>
    <message>
        <source>That is where the library is already.</source>
        <translation>คลังอยู่ที่ตำแหน่งนั้นแล้ว</translation>
    </message>
    <message>
        <source>Open library…</source>
        <translation>เปิดคลัง…</translation>
    </message>
    <message>
        <source>Move library…</source>
        <translation>ย้ายคลัง…</translation>
    </message>
    <message>
        <source>Backups…</source>
        <translation>ข้อมูลสำรอง…</translation>
    </message>
    <message>
        <source>Open library</source>
        <translation>เปิดคลัง</translation>
    </message>
    <message>
        <source>Move library to</source>
        <translation>ย้ายคลังไปที่</translation>
    </message>
    <message>
        <source>This window cannot switch libraries.</source>
        <translation>หน้าต่างนี้สลับคลังไม่ได้</translation>
    </message>
    <message>
        <source>Wait for the sync to finish, or cancel it, then move.</source>
        <translation>รอให้การซิงค์เสร็จ หรือยกเลิก แล้วจึงย้าย</translation>
    </message>
    <message>
        <source>{dest} exists already; choose a new file name.</source>
        <translation>มี {dest} อยู่แล้ว โปรดเลือกชื่อไฟล์ใหม่</translation>
    </message>
    <message>
        <source>Copying the library to {dest}…</source>
        <translation>กำลังคัดลอกคลังไปที่ {dest}…</translation>
    </message>
    <message>
        <source>A sync started; move again after it.</source>
        <translation>การซิงค์เริ่มขึ้นแล้ว โปรดย้ายอีกครั้งหลังจากเสร็จ</translation>
    </message>
    <message>
        <source>The library moved to {dest}, but the old file could not be removed: {e}</source>
        <translation>ย้ายคลังไปที่ {dest} แล้ว แต่ลบไฟล์เดิมไม่ได้: {e}</translation>
    </message>
    <message>
        <source>The library is now at {dest}.</source>
        <translation>ตอนนี้คลังอยู่ที่ {dest}</translation>
    </message>
    <message>
        <source>The library was restored from {name}.</source>
        <translation>กู้คืนคลังจาก {name} แล้ว</translation>
    </message>
    <message>
        <source>Cannot create the folder {folder}: {error}</source>
        <translation>สร้างโฟลเดอร์ {folder} ไม่ได้: {error}</translation>
    </message>
    <message>
        <source>Light theme</source>
        <translation>ธีมสว่าง</translation>
    </message>
    <message>
        <source>Dark theme</source>
        <translation>ธีมมืด</translation>
    </message>
    <message>
        <source>Sepia theme</source>
        <translation>ธีมซีเปีย</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>ซิงค์เดี๋ยวนี้</translation>
    </message>
    <message>
        <source>Cancel sync</source>
        <translation>ยกเลิกการซิงค์</translation>
    </message>
    <message>
        <source>Sync failures…</source>
        <translation>การซิงค์ที่ล้มเหลว…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>ค้นหา</translation>
    </message>
    <message>
        <source>Search (find)</source>
        <translation>ค้นหา (ค้นพบ)</translation>
    </message>
    <message>
        <source>Focus list</source>
        <translation>ไปที่รายการ</translation>
    </message>
    <message>
        <source>Page down in article</source>
        <translation>เลื่อนลงหนึ่งหน้าในบทความ</translation>
    </message>
    <message>
        <source>Page up in article</source>
        <translation>เลื่อนขึ้นหนึ่งหน้าในบทความ</translation>
    </message>
    <message>
        <source>Your library is empty. Open the sample library to look around, or add a source and sync.</source>
        <translation>คลังของคุณว่างเปล่า เปิดคลังตัวอย่างเพื่อดูรอบ ๆ หรือเพิ่มแหล่งที่มาแล้วซิงค์</translation>
    </message>
    <message>
        <source>Open the sample library</source>
        <translation>เปิดคลังตัวอย่าง</translation>
    </message>
    <message>
        <source>Add a source…</source>
        <translation>เพิ่มแหล่งที่มา…</translation>
    </message>
    <message>
        <source>Search all articles (Ctrl+K)</source>
        <translation>ค้นหาบทความทั้งหมด (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search in language</source>
        <translation>ภาษาที่ค้นหา</translation>
    </message>
    <message>
        <source>Search in one language, or in all</source>
        <translation>ค้นหาในภาษาเดียว หรือทุกภาษา</translation>
    </message>
    <message>
        <source>Filter titles</source>
        <translation>กรองชื่อเรื่อง</translation>
    </message>
    <message>
        <source>Filter the list by title</source>
        <translation>กรองรายการตามชื่อเรื่อง</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>ที่เกี่ยวข้อง</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>บทความ</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>หลัก</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ไฟล์(&amp;F)</translation>
    </message>
    <message>
        <source>Sources…</source>
        <translation>แหล่งที่มา…</translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation>การกำหนดลักษณะ…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>ออก</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>มุมมอง(&amp;V)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>ขยาย</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>ย่อ</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>ขนาดจริง</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>บทความ(&amp;A)</translation>
    </message>
    <message>
        <source>Next article</source>
        <translation>บทความถัดไป</translation>
    </message>
    <message>
        <source>Previous article</source>
        <translation>บทความก่อนหน้า</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>วิธีใช้(&amp;H)</translation>
    </message>
    <message>
        <source>About</source>
        <translation>เกี่ยวกับ</translation>
    </message>
    <message>
        <source>Opening the library…</source>
        <translation>กำลังเปิดคลัง…</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>ทุกภาษา</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>ยังไม่ได้อ่าน</translation>
    </message>
    <message>
        <source>Importing the sample library…</source>
        <translation>กำลังนำเข้าคลังตัวอย่าง…</translation>
    </message>
    <message>
        <source>The sample library is ready.</source>
        <translation>คลังตัวอย่างพร้อมแล้ว</translation>
    </message>
    <message>
        <source>Sync cancelled</source>
        <translation>ยกเลิกการซิงค์แล้ว</translation>
    </message>
    <message>
        <source>Sync finished</source>
        <translation>ซิงค์เสร็จแล้ว</translation>
    </message>
    <message>
        <source>This article was updated since you annotated or bookmarked it. Highlights were placed again; see the Notes tab for any not found. &lt;a href="compare"&gt;Compare revisions…&lt;/a&gt;</source>
        <translation>บทความนี้ได้รับการอัปเดตหลังจากที่คุณเขียนบันทึกหรือคั่นหน้าไว้ ไฮไลต์ถูกวางใหม่แล้ว ดูแท็บบันทึกสำหรับรายการที่ไม่พบ &lt;a href="compare"&gt;เปรียบเทียบฉบับแก้ไข…&lt;/a&gt;</translation>
    </message>
    <message>
        <source>No sources to sync yet: add one under File › Sources…</source>
        <translation>ยังไม่มีแหล่งที่มาให้ซิงค์: เพิ่มได้ที่ ไฟล์ › แหล่งที่มา…</translation>
    </message>
    <message>
        <source>Offline: the sources cannot be reached. Everything in the library is available.</source>
        <translation>ออฟไลน์: ไม่สามารถเข้าถึงแหล่งที่มาได้ ทุกอย่างในคลังยังใช้ได้</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>ยังไม่ได้ซิงค์</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>บทความ %Ln เรื่อง</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing: {new} new, {updated} updated, {failed} failed — {current}</source>
        <translation>กำลังซิงค์: ใหม่ {new}, อัปเดต {updated}, ล้มเหลว {failed} — {current}</translation>
    </message>
    <message>
        <source>{word}: {new} new, {updated} updated, {failed} failed.</source>
        <translation>{word}: ใหม่ {new}, อัปเดต {updated}, ล้มเหลว {failed}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Search&lt;/b&gt; “{q}” in {where} — {n}</source>
        <translation>&lt;b&gt;ค้นหา&lt;/b&gt; “{q}” ใน {where} — {n}</translation>
    </message>
    <message>
        <source>Last synced {when}</source>
        <translation>ซิงค์ล่าสุด {when}</translation>
    </message>
    <message>
        <source>Notebook</source>
        <translation>สมุดบันทึก</translation>
    </message>
    <message>
        <source>Search quotes, notes and tags</source>
        <translation>ค้นหาข้อความอ้างอิง บันทึก และแท็ก</translation>
    </message>
    <message>
        <source>Search annotations</source>
        <translation>ค้นหาคำอธิบายประกอบ</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>คำอธิบายประกอบ</translation>
    </message>
    <message>
        <source>All collections</source>
        <translation>ทุกชุดรวบรวม</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>ทุกแท็ก</translation>
    </message>
    <message>
        <source>All colours</source>
        <translation>ทุกสี</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>ทุกสถานะ</translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s)</source>
        <translation>
            <numerusform>คำอธิบายประกอบ %Ln รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>ชุดรวบรวม</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>แท็ก</translation>
    </message>
    <message>
        <source>State</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Lang.</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>ข้อความอ้างอิง</translation>
    </message>
    <message>
        <source>In place</source>
        <translation>อยู่ที่เดิม</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>ย้ายตำแหน่ง</translation>
    </message>
    <message>
        <source>Not found (orphaned)</source>
        <translation>ไม่พบ (กำพร้า)</translation>
    </message>
    <message>
        <source>Bookmark article</source>
        <translation>คั่นหน้าบทความ</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>ไฮไลต์</translation>
    </message>
    <message>
        <source>No differences in the text.</source>
        <translation>ข้อความไม่มีความแตกต่าง</translation>
    </message>
    <message>
        <source>Compare revisions…</source>
        <translation>เปรียบเทียบฉบับแก้ไข…</translation>
    </message>
    <message>
        <source>{insertions}, {deletions} ({paragraphs})</source>
        <translation>{insertions}, {deletions} ({paragraphs})</translation>
    </message>
    <message numerus="yes">
        <source>%Ln insertion(s)</source>
        <translation>
            <numerusform>เพิ่ม %Ln แห่ง</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deletion(s)</source>
        <translation>
            <numerusform>ลบ %Ln แห่ง</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln paragraph(s) changed</source>
        <translation>
            <numerusform>ย่อหน้าที่เปลี่ยน %Ln ย่อหน้า</numerusform>
        </translation>
    </message>
    <message>
        <source>Revision {n} — fetched {when}</source>
        <translation>ฉบับแก้ไขที่ {n} — ดึงข้อมูลเมื่อ {when}</translation>
    </message>
    <message>
        <source>Older revision</source>
        <translation>ฉบับที่เก่ากว่า</translation>
    </message>
    <message>
        <source>Newer revision</source>
        <translation>ฉบับที่ใหม่กว่า</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>จาก(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>ถึง(&amp;T):</translation>
    </message>
    <message>
        <source>Summary of the changes</source>
        <translation>สรุปการเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>Changes between the two revisions</source>
        <translation>การเปลี่ยนแปลงระหว่างสองฉบับ</translation>
    </message>
    <message>
        <source>&amp;Previous change</source>
        <translation>การเปลี่ยนแปลงก่อนหน้า(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next change</source>
        <translation>การเปลี่ยนแปลงถัดไป(&amp;N)</translation>
    </message>
    <message>
        <source>Open an article to compare its revisions.</source>
        <translation>เปิดบทความเพื่อเปรียบเทียบฉบับแก้ไข</translation>
    </message>
    <message>
        <source>(newest)</source>
        <translation>(ล่าสุด)</translation>
    </message>
    <message>
        <source>This article has only one revision: nothing to compare.</source>
        <translation>บทความนี้มีฉบับเดียว จึงไม่มีอะไรให้เปรียบเทียบ</translation>
    </message>
    <message>
        <source>Choose two different revisions.</source>
        <translation>เลือกสองฉบับที่ต่างกัน</translation>
    </message>
    <message>
        <source>(the older revision is on the right: read insertions as removals)</source>
        <translation>(ฉบับที่เก่ากว่าอยู่ด้านขวา: ให้อ่านส่วนที่เพิ่มเป็นส่วนที่ลบ)</translation>
    </message>
    <message>
        <source>Compare revisions — {title}</source>
        <translation>เปรียบเทียบฉบับแก้ไข — {title}</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>สรุป</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>เนื้อหา</translation>
    </message>
    <message>
        <source>Revision {n} is missing from the library.</source>
        <translation>ไม่มีฉบับแก้ไขที่ {n} ในคลัง</translation>
    </message>
    <message>
        <source>Related articles from the site</source>
        <translation>บทความที่เกี่ยวข้องจากเว็บไซต์</translation>
    </message>
    <message>
        <source>Related articles found in the library</source>
        <translation>บทความที่เกี่ยวข้องที่พบในคลัง</translation>
    </message>
    <message>
        <source>&lt;b&gt;You might also like&lt;/b&gt; (from the site)</source>
        <translation>&lt;b&gt;คุณอาจสนใจ&lt;/b&gt; (จากเว็บไซต์)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Related in your library&lt;/b&gt;</source>
        <translation>&lt;b&gt;ที่เกี่ยวข้องในคลังของคุณ&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Related articles</source>
        <translation>บทความที่เกี่ยวข้อง</translation>
    </message>
    <message>
        <source>The site lists no related articles.</source>
        <translation>เว็บไซต์ไม่ได้ระบุบทความที่เกี่ยวข้อง</translation>
    </message>
    <message>
        <source>Working out related articles…</source>
        <translation>กำลังหาบทความที่เกี่ยวข้อง…</translation>
    </message>
    <message>
        <source>No related articles found in the library.</source>
        <translation>ไม่พบบทความที่เกี่ยวข้องในคลัง</translation>
    </message>
    <message>
        <source>not synced — click to fetch it</source>
        <translation>ยังไม่ได้ซิงค์ — คลิกเพื่อดึงข้อมูล</translation>
    </message>
    <message>
        <source>Fetching “{title}”…</source>
        <translation>กำลังดึง “{title}”…</translation>
    </message>
    <message>
        <source>fetching…</source>
        <translation>กำลังดึงข้อมูล…</translation>
    </message>
    <message>
        <source>Shown in {lang}: not held in this language</source>
        <translation>แสดงเป็น{lang}: ไม่มีในภาษานี้</translation>
    </message>
    <message>
        <source>Could not fetch “{title}”: {error}</source>
        <translation>ดึง “{title}” ไม่ได้: {error}</translation>
    </message>
    <message>
        <source>Fetched “{title}”.</source>
        <translation>ดึง “{title}” แล้ว</translation>
    </message>
    <message>
        <source>Library sections</source>
        <translation>ส่วนต่าง ๆ ของคลัง</translation>
    </message>
    <message>
        <source>Recently read</source>
        <translation>อ่านล่าสุด</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>ที่คั่นหน้า</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>ชุดรวบรวม</translation>
    </message>
    <message>
        <source>Laws and cases</source>
        <translation>กฎหมายและคดี</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>ตัวอย่าง</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>แสดงคู่กัน</translation>
    </message>
    <message>
        <source>Left column language</source>
        <translation>ภาษาคอลัมน์ซ้าย</translation>
    </message>
    <message>
        <source>Right column language</source>
        <translation>ภาษาคอลัมน์ขวา</translation>
    </message>
    <message>
        <source>Paragraphs are paired by the article's structure.</source>
        <translation>ย่อหน้าจะจับคู่ตามโครงสร้างของบทความ</translation>
    </message>
    <message>
        <source>Open an article first.</source>
        <translation>โปรดเปิดบทความก่อน</translation>
    </message>
    <message>
        <source>The library holds this article in one language only.</source>
        <translation>คลังมีบทความนี้เพียงภาษาเดียว</translation>
    </message>
    <message>
        <source>Left:</source>
        <translation>ซ้าย:</translation>
    </message>
    <message>
        <source>Right:</source>
        <translation>ขวา:</translation>
    </message>
    <message>
        <source>Syncing the {language} translation…</source>
        <translation>กำลังซิงค์คำแปล ({language})…</translation>
    </message>
    <message>
        <source>The {language} translation was not fetched: {reason}</source>
        <translation>ไม่ได้ดึงคำแปล ({language}): {reason}</translation>
    </message>
    <message>
        <source>The {language} translation is now in the library.</source>
        <translation>คำแปล ({language}) อยู่ในคลังแล้ว</translation>
    </message>
    <message>
        <source>Offline: the source cannot be reached, so the {language} translation was not fetched. Everything in the library is still available.</source>
        <translation>ออฟไลน์: ไม่สามารถเข้าถึงแหล่งที่มา จึงไม่ได้ดึงคำแปล ({language}) ทุกอย่างในคลังยังใช้ได้</translation>
    </message>
    <message>
        <source>Undo note edit</source>
        <translation type="vanished">เลิกทำการแก้ไขบันทึก</translation>
    </message>
    <message>
        <source>Undo colour change</source>
        <translation type="vanished">เลิกทำการเปลี่ยนสี</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation type="vanished">เลิกทำการลบ</translation>
    </message>
    <message>
        <source>Undo highlight</source>
        <translation type="vanished">เลิกทำการไฮไลต์</translation>
    </message>
    <message>
        <source>1 article</source>
        <translation type="vanished">บทความ 1 เรื่อง</translation>
    </message>
    <message>
        <source>{n} articles</source>
        <translation type="vanished">บทความ {n} เรื่อง</translation>
    </message>
    <message>
        <source>Added {what} to “{name}”.</source>
        <translation type="vanished">เพิ่ม{what}ลงใน “{name}” แล้ว</translation>
    </message>
    <message>
        <source>Delete the collection “{name}”?

Its {what} stay in the library; only the collection, its description and its order are removed.</source>
        <translation type="vanished">ลบชุดรวบรวม “{name}” หรือไม่

{what}ในชุดนี้ยังคงอยู่ในคลัง จะลบเฉพาะชุดรวบรวม คำอธิบาย และลำดับเท่านั้น</translation>
    </message>
    <message>
        <source>Add {what} to:</source>
        <translation type="vanished">เพิ่ม{what}ลงใน:</translation>
    </message>
    <message>
        <source>Removed {what} from “{name}”; they stay in the library.</source>
        <translation type="vanished">นำ{what}ออกจาก “{name}” แล้ว แต่ยังคงอยู่ในคลัง</translation>
    </message>
    <message>
        <source>{n} already in it.</source>
        <translation type="vanished">มีอยู่ในชุดแล้ว {n} เรื่อง</translation>
    </message>
    <message>
        <source>1 insertion</source>
        <translation type="vanished">เพิ่ม 1 แห่ง</translation>
    </message>
    <message>
        <source>1 deletion</source>
        <translation type="vanished">ลบ 1 แห่ง</translation>
    </message>
    <message>
        <source>1 paragraph changed</source>
        <translation type="vanished">ย่อหน้าที่เปลี่ยน 1 ย่อหน้า</translation>
    </message>
    <message>
        <source>{n} insertions</source>
        <translation type="vanished">เพิ่ม {n} แห่ง</translation>
    </message>
    <message>
        <source>{n} deletions</source>
        <translation type="vanished">ลบ {n} แห่ง</translation>
    </message>
    <message>
        <source>{n} paragraphs changed</source>
        <translation type="vanished">ย่อหน้าที่เปลี่ยน {n} ย่อหน้า</translation>
    </message>
</context>
</TS>
