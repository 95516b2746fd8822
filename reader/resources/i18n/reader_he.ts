<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he" sourcelanguage="en">
<context>
    <name>reader</name>
    <message>
        <source>No automatic backup of {path}: the disk has less than {mb} MB free. Free some space, or move the library (File → Move library…).</source>
        <translation>לא נוצר גיבוי אוטומטי של {path}: בדיסק פנויים פחות מ־{mb} MB. פנו מקום, או העבירו את הספרייה (קובץ ← העברת הספרייה…).</translation>
    </message>
    <message>
        <source>The library {db} is already open in another window of {app}. Switch to that window, or close it first.</source>
        <translation>הספרייה {db} כבר פתוחה בחלון אחר של {app}. עברו לחלון ההוא, או סגרו אותו קודם.</translation>
    </message>
    <message>
        <source>The library {db} was not found (was it moved, or is its drive not connected?). Create a new, empty library there?</source>
        <translation>הספרייה {db} לא נמצאה (האם הועברה, או שהכונן שלה אינו מחובר?). ליצור שם ספרייה חדשה וריקה?</translation>
    </message>
    <message>
        <source>Image not available offline</source>
        <translation>התמונה אינה זמינה במצב לא מקוון</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>תמונה</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>שפה</translation>
    </message>
    <message>
        <source>Sample content written for this app</source>
        <translation>תוכן לדוגמה שנכתב עבור יישום זה</translation>
    </message>
    <message>
        <source>It is not an article of the source site: its contributors are fictional, and its statements of law should be checked against the primary sources before they are relied on.</source>
        <translation>זו אינה כתבה מאתר המקור: כותביה בדויים, ויש לבדוק את קביעותיה המשפטיות מול המקורות הראשוניים לפני שמסתמכים עליהן.</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>פורסם</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>קטגוריות</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>נושאים</translation>
    </message>
    <message>
        <source>Contributors</source>
        <translation>כותבים</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>עורך</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>מקור</translation>
    </message>
    <message>
        <source>Retrieved on</source>
        <translation>אוחזר בתאריך</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>גרסה</translation>
    </message>
    <message>
        <source>Removed from the source on</source>
        <translation>הוסר מהמקור בתאריך</translation>
    </message>
    <message>
        <source>No English paragraph is aligned with this one.</source>
        <translation>אין פסקה באנגלית המותאמת לפסקה זו.</translation>
    </message>
    <message>
        <source>{title} — side by side</source>
        <translation>{title} — זה לצד זה</translation>
    </message>
    <message>
        <source>The machine translation damaged {spots} numbers or dates in {blocks} paragraphs (XNUMX stands for lost digits). Point at a marked spot, or click it, to read the English paragraph with the real numbers.</source>
        <translation>התרגום המכונה פגע ב־{spots} מספרים או תאריכים ב־{blocks} פסקאות (XNUMX מציין ספרות שאבדו). הצביעו על מקום מסומן, או לחצו עליו, כדי לקרוא את הפסקה באנגלית עם המספרים האמיתיים.</translation>
    </message>
    <message>
        <source>Numbers in the English original:</source>
        <translation>מספרים במקור האנגלי:</translation>
    </message>
    <message>
        <source>Dates in the English original:</source>
        <translation>תאריכים במקור האנגלי:</translation>
    </message>
    <message>
        <source>English:</source>
        <translation>אנגלית:</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>גרסה</translation>
    </message>
    <message>
        <source>An offline reader for legal news about China.</source>
        <translation>קורא לא מקוון לחדשות משפטיות על סין.</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>ספרייה</translation>
    </message>
    <message>
        <source>is free software under the MIT licence.</source>
        <translation>היא תוכנה חופשית ברישיון MIT.</translation>
    </message>
    <message>
        <source>Built with</source>
        <translation>נבנה בעזרת</translation>
    </message>
    <message>
        <source>and Qt for Python (PySide6)</source>
        <translation>ו־Qt for Python (PySide6)</translation>
    </message>
    <message>
        <source>Qt WebEngine contains Chromium, under BSD-style and other open-source licences.</source>
        <translation>Qt WebEngine כולל את Chromium, ברישיונות מסוג BSD ורישיונות קוד פתוח אחרים.</translation>
    </message>
    <message>
        <source>You may replace the Qt libraries in the program's folder with your own build.</source>
        <translation>מותר להחליף את ספריות Qt בתיקיית התוכנה בגרסה שבניתם בעצמכם.</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>חבילה</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>רישיון</translation>
    </message>
    <message>
        <source>Fonts</source>
        <translation>גופנים</translation>
    </message>
    <message>
        <source>The fonts are the system's; they are not part of the program.</source>
        <translation>הגופנים הם של המערכת; הם אינם חלק מהתוכנה.</translation>
    </message>
    <message>
        <source>Portable mode: settings and library in {folder}</source>
        <translation>מצב נייד: ההגדרות והספרייה ב־{folder}</translation>
    </message>
    <message>
        <source>Settings: {file}</source>
        <translation>הגדרות: {file}</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>אודות {app}</translation>
    </message>
    <message>
        <source>Undo note change</source>
        <translation>ביטול שינוי ההערה</translation>
    </message>
    <message>
        <source>Export notes…</source>
        <translation>ייצוא הערות…</translation>
    </message>
    <message>
        <source>Import notes…</source>
        <translation>ייבוא הערות…</translation>
    </message>
    <message>
        <source>Highlight selection</source>
        <translation>הדגשת הבחירה</translation>
    </message>
    <message>
        <source>Highlight with note…</source>
        <translation>הדגשה עם הערה…</translation>
    </message>
    <message>
        <source>Notebook…</source>
        <translation>מחברת…</translation>
    </message>
    <message>
        <source>Export notes</source>
        <translation>ייצוא הערות</translation>
    </message>
    <message>
        <source>Notes of</source>
        <translation>הערות של</translation>
    </message>
    <message>
        <source>Markdown (to read, print or paste)</source>
        <translation>Markdown (לקריאה, להדפסה או להדבקה)</translation>
    </message>
    <message>
        <source>W3C Web Annotation JSON-LD (to import again)</source>
        <translation>W3C Web Annotation JSON-LD (לייבוא חוזר)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>תבנית</translation>
    </message>
    <message>
        <source>Import notes</source>
        <translation>ייבוא הערות</translation>
    </message>
    <message>
        <source>Web Annotation JSON-LD (*.jsonld *.json);;All files (*)</source>
        <translation>Web Annotation JSON-LD (*.jsonld *.json);;כל הקבצים (*)</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>אין מה לבטל.</translation>
    </message>
    <message>
        <source>All notes in the library</source>
        <translation>כל ההערות בספרייה</translation>
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
        <translation>בחרו קודם טקסט בכתבה.</translation>
    </message>
    <message>
        <source>Select the passage this note belongs to, then re-attach.</source>
        <translation>בחרו את הקטע שאליו שייכת ההערה, ואז צרפו אותה מחדש.</translation>
    </message>
    <message>
        <source>This article</source>
        <translation>כתבה זו</translation>
    </message>
    <message>
        <source>The collection “{name}”</source>
        <translation>האוסף ״{name}״</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln note(s) to {path}.</source>
        <translation>
            <numerusform>יוצאה הערה %Ln אל {path}.</numerusform>
            <numerusform>יוצאו %Ln הערות אל {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write {path}: {error}.</source>
        <translation>לא ניתן לכתוב את {path}: {error}.</translation>
    </message>
    <message>
        <source>moved: the text changed around it</source>
        <translation>הוזזה: הטקסט סביבה השתנה</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>הערה</translation>
    </message>
    <message>
        <source>Your note, in Markdown: **bold**, *italic*, lists, links</source>
        <translation>ההערה שלכם ב־Markdown: ‏**מודגש**, *נטוי*, רשימות, קישורים</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>טקסט ההערה</translation>
    </message>
    <message>
        <source>Note preview</source>
        <translation>תצוגה מקדימה של ההערה</translation>
    </message>
    <message>
        <source>comma-separated, e.g. reciprocity, service</source>
        <translation>מופרדים בפסיקים, למשל: הדדיות, המצאה</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>תגיות</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>צבע</translation>
    </message>
    <message>
        <source>Highlights and notes</source>
        <translation>הדגשות והערות</translation>
    </message>
    <message>
        <source>No highlights yet. Select text in the article and choose Highlight (right-click, or Ctrl+Shift+H).</source>
        <translation>אין עדיין הדגשות. בחרו טקסט בכתבה ובחרו ״הדגשה״ (לחיצה ימנית, או Ctrl+Shift+H).</translation>
    </message>
    <message>
        <source>Edit note…</source>
        <translation>עריכת הערה…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>מחיקה</translation>
    </message>
    <message>
        <source>Re-attach to selection</source>
        <translation>צירוף מחדש לבחירה</translation>
    </message>
    <message>
        <source>Select the passage in the article where this note belongs, then click here</source>
        <translation>בחרו בכתבה את הקטע שאליו שייכת ההערה, ואז לחצו כאן</translation>
    </message>
    <message>
        <source>not found in the current version (last found in revision {n})</source>
        <translation>לא נמצאה בגרסה הנוכחית (נמצאה לאחרונה בגרסה {n})</translation>
    </message>
    <message>
        <source>Note edit undone</source>
        <translation>שינוי ההערה בוטל</translation>
    </message>
    <message>
        <source>Colour change undone</source>
        <translation>שינוי הצבע בוטל</translation>
    </message>
    <message>
        <source>Note restored</source>
        <translation>ההערה שוחזרה</translation>
    </message>
    <message>
        <source>Highlight removed</source>
        <translation>ההדגשה הוסרה</translation>
    </message>
    <message>
        <source>made on revision {n}</source>
        <translation>נוצרה בגרסה {n}</translation>
    </message>
    <message>
        <source>tags: {t}</source>
        <translation>תגיות: {t}</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>כותרת</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>תאריך</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>קטגוריה</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>שפות</translation>
    </message>
    <message>
        <source>Damaged translation (numbers or dates lost): {languages}</source>
        <translation>תרגום פגום (מספרים או תאריכים אבדו): {languages}</translation>
    </message>
    <message>
        <source>Bookmarked</source>
        <translation>בסימניות</translation>
    </message>
    <message>
        <source>Has notes</source>
        <translation>יש הערות</translation>
    </message>
    <message>
        <source>Updated since you annotated or bookmarked it</source>
        <translation>עודכנה מאז שהוספתם לה הערה או סימנייה</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>אוטומטי</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>ידני</translation>
    </message>
    <message>
        <source>Replaced by a restore</source>
        <translation>הוחלף בשחזור</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>עותק</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>גיבויים</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>אין עדיין גיבויים.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>גיבוי עכשיו</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>שחזור…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>מחיקה…</translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation>הצגת התיקייה</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> שעות</translation>
    </message>
    <message>
        <source>never</source>
        <translation>אף פעם</translation>
    </message>
    <message>
        <source>Back up automatically every</source>
        <translation>גיבוי אוטומטי כל</translation>
    </message>
    <message>
        <source>Automatic backups to keep</source>
        <translation>מספר גיבויים אוטומטיים לשמירה</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>מגבה…</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>שחזור גיבוי</translation>
    </message>
    <message>
        <source>Delete a backup</source>
        <translation>מחיקת גיבוי</translation>
    </message>
    <message>
        <source>Before an upgrade (from schema {v})</source>
        <translation>לפני שדרוג (מסכמה {v})</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>סוג</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>גודל</translation>
    </message>
    <message>
        <source>File</source>
        <translation>קובץ</translation>
    </message>
    <message>
        <source>Backups of {library}. Restoring one replaces the library; the current file is kept in the backups folder first, so a restore can be undone.</source>
        <translation>גיבויים של {library}. שחזור גיבוי מחליף את הספרייה; הקובץ הנוכחי נשמר קודם בתיקיית הגיבויים, כך שאפשר לבטל שחזור.</translation>
    </message>
    <message>
        <source>No backup was made: {e}</source>
        <translation>לא נוצר גיבוי: {e}</translation>
    </message>
    <message>
        <source>Replace the library with the backup of {when}?

Everything changed since then is replaced. The current library is kept in the backups folder first, so you can restore it again.</source>
        <translation>להחליף את הספרייה בגיבוי מ־{when}?

כל מה שהשתנה מאז יוחלף. הספרייה הנוכחית נשמרת קודם בתיקיית הגיבויים, כך שתוכלו לשחזר אותה שוב.</translation>
    </message>
    <message>
        <source>Delete the backup of {when} ({kind}, {size})? This cannot be undone.</source>
        <translation>למחוק את הגיבוי מ־{when} ({kind}, {size})? לא ניתן לבטל פעולה זו.</translation>
    </message>
    <message>
        <source>Not deleted: {e}</source>
        <translation>לא נמחק: {e}</translation>
    </message>
    <message>
        <source>Laws</source>
        <translation>חוקים</translation>
    </message>
    <message>
        <source>Judicial interpretations and rules</source>
        <translation>פרשנויות שיפוטיות וכללים</translation>
    </message>
    <message>
        <source>Regulations</source>
        <translation>תקנות</translation>
    </message>
    <message>
        <source>Treaties</source>
        <translation>אמנות</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>תיקים</translation>
    </message>
    <message>
        <source>Other documents</source>
        <translation>מסמכים אחרים</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) cite {name}</source>
        <translation>
            <numerusform>כתבה %Ln מצטטת את {name}</numerusform>
            <numerusform>%Ln כתבות מצטטות את {name}</numerusform>
        </translation>
    </message>
    <message>
        <source>Add to collection</source>
        <translation>הוספה לאוסף</translation>
    </message>
    <message>
        <source>An &amp;existing collection</source>
        <translation>אוסף &amp;קיים</translation>
    </message>
    <message>
        <source>Existing collection</source>
        <translation>אוסף קיים</translation>
    </message>
    <message>
        <source>A &amp;new collection</source>
        <translation>אוסף &amp;חדש</translation>
    </message>
    <message>
        <source>Name of the new collection</source>
        <translation>שם האוסף החדש</translation>
    </message>
    <message>
        <source>e.g. the matter or client</source>
        <translation>למשל התיק או הלקוח</translation>
    </message>
    <message>
        <source>Description of the new collection</source>
        <translation>תיאור האוסף החדש</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>שם:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>תיאור:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>הוספה</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>תיאור</translation>
    </message>
    <message>
        <source>A collection needs a name.</source>
        <translation>לאוסף נדרש שם.</translation>
    </message>
    <message>
        <source>Add to collection…</source>
        <translation>הוספה לאוסף…</translation>
    </message>
    <message>
        <source>Remove from collection</source>
        <translation>הסרה מהאוסף</translation>
    </message>
    <message>
        <source>Move up in collection</source>
        <translation>העברה למעלה באוסף</translation>
    </message>
    <message>
        <source>Move down in collection</source>
        <translation>העברה למטה באוסף</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>אוסף חדש</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>פתיחה בדפדפן</translation>
    </message>
    <message>
        <source>New collection…</source>
        <translation>אוסף חדש…</translation>
    </message>
    <message>
        <source>Edit name and description…</source>
        <translation>עריכת השם והתיאור…</translation>
    </message>
    <message>
        <source>Delete collection…</source>
        <translation>מחיקת האוסף…</translation>
    </message>
    <message numerus="yes">
        <source>Add %Ln article(s) to:</source>
        <translation>
            <numerusform>הוספת כתבה %Ln אל:</numerusform>
            <numerusform>הוספת %Ln כתבות אל:</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit collection</source>
        <translation>עריכת אוסף</translation>
    </message>
    <message>
        <source>Remove bookmark</source>
        <translation>הסרת הסימנייה</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>סימנייה</translation>
    </message>
    <message>
        <source>A collection named “{name}” already exists.</source>
        <translation>כבר קיים אוסף בשם ״{name}״.</translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln article(s) to “{name}”.</source>
        <translation>
            <numerusform>כתבה %Ln נוספה אל ״{name}״.</numerusform>
            <numerusform>%Ln כתבות נוספו אל ״{name}״.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already in it.</source>
        <translation>
            <numerusform>%Ln כבר נמצאת בו.</numerusform>
            <numerusform>%Ln כבר נמצאות בו.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the collection “{name}”?

Its %Ln article(s) stay in the library; only the collection, its description and its order are removed.</source>
        <translation>
            <numerusform>למחוק את האוסף ״{name}״?

הכתבה שבו (%Ln) נשארת בספרייה; רק האוסף, תיאורו וסדרו נמחקים.</numerusform>
            <numerusform>למחוק את האוסף ״{name}״?

%Ln הכתבות שבו נשארות בספרייה; רק האוסף, תיאורו וסדרו נמחקים.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %Ln article(s) from “{name}”; they stay in the library.</source>
        <translation>
            <numerusform>כתבה %Ln הוסרה מ־״{name}״; היא נשארת בספרייה.</numerusform>
            <numerusform>%Ln כתבות הוסרו מ־״{name}״; הן נשארות בספרייה.</numerusform>
        </translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>כל הכתבות</translation>
    </message>
    <message>
        <source>Deleted the collection “{name}”.</source>
        <translation>האוסף ״{name}״ נמחק.</translation>
    </message>
    <message>
        <source>China Justice Observer</source>
        <translation>China Justice Observer</translation>
    </message>
    <message>
        <source>RSS or Atom feed</source>
        <translation>הזנת RSS או Atom</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>כתובת</translation>
    </message>
    <message>
        <source>Translations at</source>
        <translation>תרגומים בכתובת</translation>
    </message>
    <message>
        <source>Pause between requests (s)</source>
        <translation>השהיה בין בקשות (שנ׳)</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>מקורות</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>הוספה…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>עריכה…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>הסרה</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>סגירה</translation>
    </message>
    <message>
        <source>Remove source</source>
        <translation>הסרת מקור</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>העדפות</translation>
    </message>
    <message>
        <source> min (0 = manual)</source>
        <translation> דק׳ (0 = ידני)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>בחירה…</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Letter אמריקאי</translation>
    </message>
    <message>
        <source>Content languages (in order)</source>
        <translation>שפות התוכן (לפי סדר)</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>ערכת נושא</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>גודל גופן</translation>
    </message>
    <message>
        <source>Sync automatically every</source>
        <translation>סנכרון אוטומטי כל</translation>
    </message>
    <message>
        <source>Library file (applies at next start)</source>
        <translation>קובץ הספרייה (בתוקף מההפעלה הבאה)</translation>
    </message>
    <message>
        <source>Paper size for PDF</source>
        <translation>גודל נייר ל־PDF</translation>
    </message>
    <message>
        <source>Library file</source>
        <translation>קובץ הספרייה</translation>
    </message>
    <message>
        <source>Libraries (*.sqlite)</source>
        <translation>ספריות (*.sqlite)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>קיצורי מקלדת</translation>
    </message>
    <message>
        <source>Sync failures</source>
        <translation>כשלי סנכרון</translation>
    </message>
    <message>
        <source>The address must start with http:// or https://.</source>
        <translation>הכתובת חייבת להתחיל ב־http://‎ או ב־https://‎.</translation>
    </message>
    <message>
        <source>The address needs a valid host name, as in https://example.org/feed/.</source>
        <translation>הכתובת צריכה לכלול שם מארח תקין, כמו ב־https://example.org/feed/.</translation>
    </message>
    <message>
        <source>The translations address must contain {lang}.</source>
        <translation>כתובת התרגומים חייבת לכלול {lang}.</translation>
    </message>
    <message>
        <source>Open the selected article</source>
        <translation>פתיחת הכתבה הנבחרת</translation>
    </message>
    <message>
        <source>Move in the list</source>
        <translation>תנועה ברשימה</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>פעולה</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>מקשים</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>כתבה</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>בעיה</translation>
    </message>
    <message>
        <source>Remove {name} and its articles from the library? Bookmarks, collections and notes are kept and come back if you add the source again.</source>
        <translation>להסיר את {name} ואת כתבותיו מהספרייה? הסימניות, האוספים וההערות נשמרים וחוזרים אם תוסיפו את המקור שוב.</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>תצוגה לפני הדפסה</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>ייצוא כ־PDF</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>נייר</translation>
    </message>
    <message>
        <source>Number paragraphs for pinpoint citation</source>
        <translation>מספור פסקאות לציטוט מדויק</translation>
    </message>
    <message>
        <source>Include highlights and notes</source>
        <translation>כולל הדגשות והערות</translation>
    </message>
    <message>
        <source>Preparing the binder…</source>
        <translation>מכין את הקובץ המאוגד…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>קובצי PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>הדפסה</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln selected article(s)</source>
        <translation>
            <numerusform>הכתבה הנבחרת (%Ln)</numerusform>
            <numerusform>%Ln הכתבות הנבחרות</numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation>ייצוא</translation>
    </message>
    <message>
        <source>Annotations are not available in this version.</source>
        <translation>הערות שוליים אינן זמינות בגרסה זו.</translation>
    </message>
    <message>
        <source>Choose an article, select articles or open a collection.</source>
        <translation>בחרו כתבה, סמנו כתבות או פתחו אוסף.</translation>
    </message>
    <message>
        <source>Selected articles</source>
        <translation>כתבות נבחרות</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>הייצוא בוטל; דבר לא נכתב.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln page(s) to {path}</source>
        <translation>
            <numerusform>יוצא עמוד %Ln אל {path}</numerusform>
            <numerusform>יוצאו %Ln עמודים אל {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Printed {done} of {total}: {title}</source>
        <translation>הודפסו {done} מתוך {total}: {title}</translation>
    </message>
    <message>
        <source>{name} already exists. Replace it?</source>
        <translation>{name} כבר קיים. להחליף אותו?</translation>
    </message>
    <message>
        <source>Export as PDF…</source>
        <translation>ייצוא כ־PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>הדפסה…</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>צהוב</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>ירוק</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>כחול</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>ורוד</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>סגול</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>בהירה</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>כהה</translation>
    </message>
    <message>
        <source>Sepia</source>
        <translation>ספיה</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>שפת הממשק</translation>
    </message>
    <message>
        <source>Wait for the sync to finish, or cancel it, then choose the language again.</source>
        <translation>המתינו לסיום הסנכרון, או בטלו אותו, ואז בחרו שוב את השפה.</translation>
    </message>
    <message>
        <source>The interface language changes the next time the app starts.</source>
        <translation>שפת הממשק תשתנה בהפעלה הבאה של היישום.</translation>
    </message>
    <message>
        <source>cites {what}</source>
        <translation>מצטטת את {what}</translation>
    </message>
    <message>
        <source>same topic: {name}</source>
        <translation>אותו נושא: {name}</translation>
    </message>
    <message>
        <source>same category: {name}</source>
        <translation>אותה קטגוריה: {name}</translation>
    </message>
    <message>
        <source>published around the same time</source>
        <translation>פורסמה בערך באותו זמן</translation>
    </message>
    <message>
        <source>similar wording: {words}</source>
        <translation>ניסוח דומה: {words}</translation>
    </message>
    <message>
        <source>Side by side…</source>
        <translation>זה לצד זה…</translation>
    </message>
    <message>
        <source>Read two languages of this article in two columns</source>
        <translation>קריאת שתי שפות של כתבה זו בשני טורים</translation>
    </message>
    <message>
        <source>Languages of this article</source>
        <translation>השפות של כתבה זו</translation>
    </message>
    <message>
        <source>Not synced yet:</source>
        <translation>עדיין לא סונכרנו:</translation>
    </message>
    <message>
        <source>Not in the library yet. Click to sync this language ({code}).</source>
        <translation>עדיין לא בספרייה. לחצו כדי לסנכרן שפה זו ({code}).</translation>
    </message>
    <message>
        <source>Sync this language: {name}</source>
        <translation>סנכרון שפה זו: {name}</translation>
    </message>
    <message>
        <source>{code}: the machine translation lost {spots} numbers or dates; they are marked in the text</source>
        <translation>{code}: התרגום המכונה איבד {spots} מספרים או תאריכים; הם מסומנים בטקסט</translation>
    </message>
    <message>
        <source>{name} (syncing…)</source>
        <translation>{name} (מסנכרן…)</translation>
    </message>
    <message>
        <source>No library is open.</source>
        <translation>אין ספרייה פתוחה.</translation>
    </message>
    <message>
        <source>That is where the library is already.</source>
        <translation>הספרייה כבר נמצאת שם.</translation>
    </message>
    <message>
        <source>Open library…</source>
        <translation>פתיחת ספרייה…</translation>
    </message>
    <message>
        <source>Move library…</source>
        <translation>העברת הספרייה…</translation>
    </message>
    <message>
        <source>Backups…</source>
        <translation>גיבויים…</translation>
    </message>
    <message>
        <source>Open library</source>
        <translation>פתיחת ספרייה</translation>
    </message>
    <message>
        <source>Move library to</source>
        <translation>העברת הספרייה אל</translation>
    </message>
    <message>
        <source>This window cannot switch libraries.</source>
        <translation>חלון זה אינו יכול להחליף ספרייה.</translation>
    </message>
    <message>
        <source>Wait for the sync to finish, or cancel it, then move.</source>
        <translation>המתינו לסיום הסנכרון, או בטלו אותו, ואז העבירו.</translation>
    </message>
    <message>
        <source>{dest} exists already; choose a new file name.</source>
        <translation>{dest} כבר קיים; בחרו שם קובץ חדש.</translation>
    </message>
    <message>
        <source>Copying the library to {dest}…</source>
        <translation>מעתיק את הספרייה אל {dest}…</translation>
    </message>
    <message>
        <source>A sync started; move again after it.</source>
        <translation>התחיל סנכרון; העבירו שוב לאחר שיסתיים.</translation>
    </message>
    <message>
        <source>The library moved to {dest}, but the old file could not be removed: {e}</source>
        <translation>הספרייה הועברה אל {dest}, אך לא ניתן היה להסיר את הקובץ הישן: {e}</translation>
    </message>
    <message>
        <source>The library is now at {dest}.</source>
        <translation>הספרייה נמצאת כעת ב־{dest}.</translation>
    </message>
    <message>
        <source>The library was restored from {name}.</source>
        <translation>הספרייה שוחזרה מ־{name}.</translation>
    </message>
    <message>
        <source>Cannot create the folder {folder}: {error}</source>
        <translation>לא ניתן ליצור את התיקייה {folder}: {error}</translation>
    </message>
    <message>
        <source>Light theme</source>
        <translation>ערכת נושא בהירה</translation>
    </message>
    <message>
        <source>Dark theme</source>
        <translation>ערכת נושא כהה</translation>
    </message>
    <message>
        <source>Sepia theme</source>
        <translation>ערכת נושא ספיה</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>סנכרון עכשיו</translation>
    </message>
    <message>
        <source>Cancel sync</source>
        <translation>ביטול הסנכרון</translation>
    </message>
    <message>
        <source>Sync failures…</source>
        <translation>כשלי סנכרון…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>חיפוש</translation>
    </message>
    <message>
        <source>Search (find)</source>
        <translation>חיפוש (איתור)</translation>
    </message>
    <message>
        <source>Focus list</source>
        <translation>מעבר לרשימה</translation>
    </message>
    <message>
        <source>Page down in article</source>
        <translation>עמוד למטה בכתבה</translation>
    </message>
    <message>
        <source>Page up in article</source>
        <translation>עמוד למעלה בכתבה</translation>
    </message>
    <message>
        <source>Your library is empty. Open the sample library to look around, or add a source and sync.</source>
        <translation>הספרייה שלכם ריקה. פתחו את ספריית הדוגמה כדי להתרשם, או הוסיפו מקור וסנכרנו.</translation>
    </message>
    <message>
        <source>Open the sample library</source>
        <translation>פתיחת ספריית הדוגמה</translation>
    </message>
    <message>
        <source>Add a source…</source>
        <translation>הוספת מקור…</translation>
    </message>
    <message>
        <source>Search all articles (Ctrl+K)</source>
        <translation>חיפוש בכל הכתבות (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search in language</source>
        <translation>שפת החיפוש</translation>
    </message>
    <message>
        <source>Search in one language, or in all</source>
        <translation>חיפוש בשפה אחת, או בכולן</translation>
    </message>
    <message>
        <source>Filter titles</source>
        <translation>סינון כותרות</translation>
    </message>
    <message>
        <source>Filter the list by title</source>
        <translation>סינון הרשימה לפי כותרת</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>קשורות</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>הערות</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>כתבות</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>ראשי</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;קובץ</translation>
    </message>
    <message>
        <source>Sources…</source>
        <translation>מקורות…</translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation>העדפות…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>יציאה</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;תצוגה</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>הגדלה</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>הקטנה</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>גודל אמיתי</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>&amp;כתבה</translation>
    </message>
    <message>
        <source>Next article</source>
        <translation>הכתבה הבאה</translation>
    </message>
    <message>
        <source>Previous article</source>
        <translation>הכתבה הקודמת</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;עזרה</translation>
    </message>
    <message>
        <source>About</source>
        <translation>אודות</translation>
    </message>
    <message>
        <source>Opening the library…</source>
        <translation>פותח את הספרייה…</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>כל השפות</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>לא נקראו</translation>
    </message>
    <message>
        <source>Importing the sample library…</source>
        <translation>מייבא את ספריית הדוגמה…</translation>
    </message>
    <message>
        <source>The sample library is ready.</source>
        <translation>ספריית הדוגמה מוכנה.</translation>
    </message>
    <message>
        <source>Sync cancelled</source>
        <translation>הסנכרון בוטל</translation>
    </message>
    <message>
        <source>Sync finished</source>
        <translation>הסנכרון הסתיים</translation>
    </message>
    <message>
        <source>This article was updated since you annotated or bookmarked it. Highlights were placed again; see the Notes tab for any not found. &lt;a href="compare"&gt;Compare revisions…&lt;/a&gt;</source>
        <translation>כתבה זו עודכנה מאז שהוספתם לה הערה או סימנייה. ההדגשות מוקמו מחדש; ראו את הכרטיסייה ״הערות״ עבור אלה שלא נמצאו. &lt;a href="compare"&gt;השוואת גרסאות…&lt;/a&gt;</translation>
    </message>
    <message>
        <source>No sources to sync yet: add one under File › Sources…</source>
        <translation>אין עדיין מקורות לסנכרון: הוסיפו מקור בתפריט קובץ › מקורות…</translation>
    </message>
    <message>
        <source>Offline: the sources cannot be reached. Everything in the library is available.</source>
        <translation>לא מקוון: אין גישה למקורות. כל מה שבספרייה זמין.</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>עדיין לא סונכרן</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>כתבה %Ln</numerusform>
            <numerusform>%Ln כתבות</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing: {new} new, {updated} updated, {failed} failed — {current}</source>
        <translation>מסנכרן: {new} חדשות, {updated} עודכנו, {failed} נכשלו — {current}</translation>
    </message>
    <message>
        <source>{word}: {new} new, {updated} updated, {failed} failed.</source>
        <translation>{word}: {new} חדשות, {updated} עודכנו, {failed} נכשלו.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Search&lt;/b&gt; “{q}” in {where} — {n}</source>
        <translation>&lt;b&gt;חיפוש&lt;/b&gt; ״{q}״ ב־{where} — {n}</translation>
    </message>
    <message>
        <source>Last synced {when}</source>
        <translation>סונכרן לאחרונה {when}</translation>
    </message>
    <message>
        <source>Notebook</source>
        <translation>מחברת</translation>
    </message>
    <message>
        <source>Search quotes, notes and tags</source>
        <translation>חיפוש בציטוטים, בהערות ובתגיות</translation>
    </message>
    <message>
        <source>Search annotations</source>
        <translation>חיפוש בהערות שוליים</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>הערות שוליים</translation>
    </message>
    <message>
        <source>All collections</source>
        <translation>כל האוספים</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>כל התגיות</translation>
    </message>
    <message>
        <source>All colours</source>
        <translation>כל הצבעים</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>כל מצב</translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s)</source>
        <translation>
            <numerusform>הערת שוליים %Ln</numerusform>
            <numerusform>%Ln הערות שוליים</numerusform>
        </translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>אוסף</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>תגית</translation>
    </message>
    <message>
        <source>State</source>
        <translation>מצב</translation>
    </message>
    <message>
        <source>Lang.</source>
        <translation>שפה</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>ציטוט</translation>
    </message>
    <message>
        <source>In place</source>
        <translation>במקומה</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>הוזזה</translation>
    </message>
    <message>
        <source>Not found (orphaned)</source>
        <translation>לא נמצאה (יתומה)</translation>
    </message>
    <message>
        <source>Bookmark article</source>
        <translation>סימנייה לכתבה</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>הדגשה</translation>
    </message>
    <message>
        <source>No differences in the text.</source>
        <translation>אין הבדלים בטקסט.</translation>
    </message>
    <message>
        <source>Compare revisions…</source>
        <translation>השוואת גרסאות…</translation>
    </message>
    <message>
        <source>{insertions}, {deletions} ({paragraphs})</source>
        <translation>{insertions}, {deletions} ({paragraphs})</translation>
    </message>
    <message numerus="yes">
        <source>%Ln insertion(s)</source>
        <translation>
            <numerusform>הוספה %Ln</numerusform>
            <numerusform>%Ln הוספות</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deletion(s)</source>
        <translation>
            <numerusform>מחיקה %Ln</numerusform>
            <numerusform>%Ln מחיקות</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln paragraph(s) changed</source>
        <translation>
            <numerusform>פסקה %Ln השתנתה</numerusform>
            <numerusform>%Ln פסקאות השתנו</numerusform>
        </translation>
    </message>
    <message>
        <source>Revision {n} — fetched {when}</source>
        <translation>גרסה {n} — אוחזרה ב־{when}</translation>
    </message>
    <message>
        <source>Older revision</source>
        <translation>גרסה ישנה יותר</translation>
    </message>
    <message>
        <source>Newer revision</source>
        <translation>גרסה חדשה יותר</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;מ:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;עד:</translation>
    </message>
    <message>
        <source>Summary of the changes</source>
        <translation>סיכום השינויים</translation>
    </message>
    <message>
        <source>Changes between the two revisions</source>
        <translation>השינויים בין שתי הגרסאות</translation>
    </message>
    <message>
        <source>&amp;Previous change</source>
        <translation>השינוי ה&amp;קודם</translation>
    </message>
    <message>
        <source>&amp;Next change</source>
        <translation>השינוי ה&amp;בא</translation>
    </message>
    <message>
        <source>Open an article to compare its revisions.</source>
        <translation>פתחו כתבה כדי להשוות את גרסאותיה.</translation>
    </message>
    <message>
        <source>(newest)</source>
        <translation>(החדשה ביותר)</translation>
    </message>
    <message>
        <source>This article has only one revision: nothing to compare.</source>
        <translation>לכתבה זו יש גרסה אחת בלבד: אין מה להשוות.</translation>
    </message>
    <message>
        <source>Choose two different revisions.</source>
        <translation>בחרו שתי גרסאות שונות.</translation>
    </message>
    <message>
        <source>(the older revision is on the right: read insertions as removals)</source>
        <translation>(הגרסה הישנה יותר משמאל: קראו הוספות כמחיקות)</translation>
    </message>
    <message>
        <source>Compare revisions — {title}</source>
        <translation>השוואת גרסאות — {title}</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>תקציר</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>טקסט</translation>
    </message>
    <message>
        <source>Revision {n} is missing from the library.</source>
        <translation>גרסה {n} חסרה בספרייה.</translation>
    </message>
    <message>
        <source>Related articles from the site</source>
        <translation>כתבות קשורות מהאתר</translation>
    </message>
    <message>
        <source>Related articles found in the library</source>
        <translation>כתבות קשורות שנמצאו בספרייה</translation>
    </message>
    <message>
        <source>&lt;b&gt;You might also like&lt;/b&gt; (from the site)</source>
        <translation>&lt;b&gt;אולי יעניין אתכם גם&lt;/b&gt; (מהאתר)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Related in your library&lt;/b&gt;</source>
        <translation>&lt;b&gt;קשורות בספרייה שלכם&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Related articles</source>
        <translation>כתבות קשורות</translation>
    </message>
    <message>
        <source>The site lists no related articles.</source>
        <translation>האתר אינו מציין כתבות קשורות.</translation>
    </message>
    <message>
        <source>Working out related articles…</source>
        <translation>מאתר כתבות קשורות…</translation>
    </message>
    <message>
        <source>No related articles found in the library.</source>
        <translation>לא נמצאו כתבות קשורות בספרייה.</translation>
    </message>
    <message>
        <source>not synced — click to fetch it</source>
        <translation>לא סונכרנה — לחצו כדי לאחזר אותה</translation>
    </message>
    <message>
        <source>Fetching “{title}”…</source>
        <translation>מאחזר את ״{title}״…</translation>
    </message>
    <message>
        <source>fetching…</source>
        <translation>מאחזר…</translation>
    </message>
    <message>
        <source>Shown in {lang}: not held in this language</source>
        <translation>מוצגת ב{lang}: אינה זמינה בשפה זו</translation>
    </message>
    <message>
        <source>Could not fetch “{title}”: {error}</source>
        <translation>לא ניתן היה לאחזר את ״{title}״: {error}</translation>
    </message>
    <message>
        <source>Fetched “{title}”.</source>
        <translation>״{title}״ אוחזרה.</translation>
    </message>
    <message>
        <source>Library sections</source>
        <translation>אזורי הספרייה</translation>
    </message>
    <message>
        <source>Recently read</source>
        <translation>נקראו לאחרונה</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>סימניות</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>אוספים</translation>
    </message>
    <message>
        <source>Laws and cases</source>
        <translation>חוקים ותיקים</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>דוגמה</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>זה לצד זה</translation>
    </message>
    <message>
        <source>Left column language</source>
        <translation>שפת הטור השמאלי</translation>
    </message>
    <message>
        <source>Right column language</source>
        <translation>שפת הטור הימני</translation>
    </message>
    <message>
        <source>Paragraphs are paired by the article's structure.</source>
        <translation>הפסקאות מותאמות לפי מבנה הכתבה.</translation>
    </message>
    <message>
        <source>Open an article first.</source>
        <translation>פתחו קודם כתבה.</translation>
    </message>
    <message>
        <source>The library holds this article in one language only.</source>
        <translation>בספרייה יש כתבה זו בשפה אחת בלבד.</translation>
    </message>
    <message>
        <source>Left:</source>
        <translation>שמאל:</translation>
    </message>
    <message>
        <source>Right:</source>
        <translation>ימין:</translation>
    </message>
    <message>
        <source>Syncing the {language} translation…</source>
        <translation>מסנכרן את התרגום ({language})…</translation>
    </message>
    <message>
        <source>The {language} translation was not fetched: {reason}</source>
        <translation>התרגום ({language}) לא אוחזר: {reason}</translation>
    </message>
    <message>
        <source>The {language} translation is now in the library.</source>
        <translation>התרגום ({language}) נמצא כעת בספרייה.</translation>
    </message>
    <message>
        <source>Offline: the source cannot be reached, so the {language} translation was not fetched. Everything in the library is still available.</source>
        <translation>לא מקוון: אין גישה למקור, ולכן התרגום ({language}) לא אוחזר. כל מה שבספרייה עדיין זמין.</translation>
    </message>
    <message>
        <source>Undo note edit</source>
        <translation type="vanished">ביטול עריכת ההערה</translation>
    </message>
    <message>
        <source>Undo colour change</source>
        <translation type="vanished">ביטול שינוי הצבע</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation type="vanished">ביטול המחיקה</translation>
    </message>
    <message>
        <source>Undo highlight</source>
        <translation type="vanished">ביטול ההדגשה</translation>
    </message>
    <message>
        <source>1 article</source>
        <translation type="vanished">כתבה אחת</translation>
    </message>
    <message>
        <source>{n} articles</source>
        <translation type="vanished">{n} כתבות</translation>
    </message>
    <message>
        <source>Added {what} to “{name}”.</source>
        <translation type="vanished">{what} נוספו אל ״{name}״.</translation>
    </message>
    <message>
        <source>Delete the collection “{name}”?

Its {what} stay in the library; only the collection, its description and its order are removed.</source>
        <translation type="vanished">למחוק את האוסף ״{name}״?

ה־{what} שבו נשארים בספרייה; רק האוסף, תיאורו וסדרו נמחקים.</translation>
    </message>
    <message>
        <source>Add {what} to:</source>
        <translation type="vanished">הוספת {what} אל:</translation>
    </message>
    <message>
        <source>Removed {what} from “{name}”; they stay in the library.</source>
        <translation type="vanished">{what} הוסרו מ־״{name}״; הם נשארים בספרייה.</translation>
    </message>
    <message>
        <source>{n} already in it.</source>
        <translation type="vanished">{n} כבר נמצאים בו.</translation>
    </message>
    <message>
        <source>1 insertion</source>
        <translation type="vanished">הוספה אחת</translation>
    </message>
    <message>
        <source>1 deletion</source>
        <translation type="vanished">מחיקה אחת</translation>
    </message>
    <message>
        <source>1 paragraph changed</source>
        <translation type="vanished">פסקה אחת השתנתה</translation>
    </message>
    <message>
        <source>{n} insertions</source>
        <translation type="vanished">{n} הוספות</translation>
    </message>
    <message>
        <source>{n} deletions</source>
        <translation type="vanished">{n} מחיקות</translation>
    </message>
    <message>
        <source>{n} paragraphs changed</source>
        <translation type="vanished">{n} פסקאות השתנו</translation>
    </message>
</context>
</TS>
