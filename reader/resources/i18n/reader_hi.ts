<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi" sourcelanguage="en">
<context>
    <name>reader</name>
    <message>
        <source>No automatic backup of {path}: the disk has less than {mb} MB free. Free some space, or move the library (File → Move library…).</source>
        <translation>{path} का स्वचालित बैकअप नहीं बना: डिस्क पर {mb} MB से कम जगह ख़ाली है। कुछ जगह ख़ाली करें, या लाइब्रेरी स्थानांतरित करें (फ़ाइल → लाइब्रेरी स्थानांतरित करें…)।</translation>
    </message>
    <message>
        <source>The library {db} is already open in another window of {app}. Switch to that window, or close it first.</source>
        <translation>लाइब्रेरी {db} पहले से {app} की किसी दूसरी विंडो में खुली है। उस विंडो पर जाएँ, या पहले उसे बंद करें।</translation>
    </message>
    <message>
        <source>The library {db} was not found (was it moved, or is its drive not connected?). Create a new, empty library there?</source>
        <translation>लाइब्रेरी {db} नहीं मिली (क्या इसे हटाया गया है, या इसकी ड्राइव जुड़ी नहीं है?)। क्या वहाँ एक नई, खाली लाइब्रेरी बनाएँ?</translation>
    </message>
    <message>
        <source>Image not available offline</source>
        <translation>छवि ऑफ़लाइन उपलब्ध नहीं है</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>छवि</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <source>Sample content written for this app</source>
        <translation>इस ऐप के लिए लिखी गई नमूना सामग्री</translation>
    </message>
    <message>
        <source>It is not an article of the source site: its contributors are fictional, and its statements of law should be checked against the primary sources before they are relied on.</source>
        <translation>यह स्रोत साइट का लेख नहीं है: इसके लेखक काल्पनिक हैं, और इसके कानूनी कथनों पर भरोसा करने से पहले उन्हें प्राथमिक स्रोतों से जाँच लेना चाहिए।</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>प्रकाशित</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>श्रेणियाँ</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>विषय</translation>
    </message>
    <message>
        <source>Contributors</source>
        <translation>लेखक</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>संपादक</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>स्रोत</translation>
    </message>
    <message>
        <source>Retrieved on</source>
        <translation>प्राप्ति की तिथि</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>संशोधन</translation>
    </message>
    <message>
        <source>Removed from the source on</source>
        <translation>स्रोत से हटाया गया</translation>
    </message>
    <message>
        <source>No English paragraph is aligned with this one.</source>
        <translation>इस अनुच्छेद से कोई अंग्रेज़ी अनुच्छेद मेल नहीं खाता।</translation>
    </message>
    <message>
        <source>{title} — side by side</source>
        <translation>{title} — साथ-साथ</translation>
    </message>
    <message>
        <source>The machine translation damaged {spots} numbers or dates in {blocks} paragraphs (XNUMX stands for lost digits). Point at a marked spot, or click it, to read the English paragraph with the real numbers.</source>
        <translation>मशीनी अनुवाद ने {blocks} अनुच्छेदों में {spots} संख्याएँ या तिथियाँ बिगाड़ दी हैं (XNUMX खोए हुए अंकों को दर्शाता है)। असली संख्याओं वाला अंग्रेज़ी अनुच्छेद पढ़ने के लिए चिह्नित स्थान पर पॉइंटर ले जाएँ या क्लिक करें।</translation>
    </message>
    <message>
        <source>Numbers in the English original:</source>
        <translation>अंग्रेज़ी मूल में संख्याएँ:</translation>
    </message>
    <message>
        <source>Dates in the English original:</source>
        <translation>अंग्रेज़ी मूल में तिथियाँ:</translation>
    </message>
    <message>
        <source>English:</source>
        <translation>अंग्रेज़ी:</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>संस्करण</translation>
    </message>
    <message>
        <source>An offline reader for legal news about China.</source>
        <translation>चीन से जुड़ी कानूनी ख़बरों के लिए एक ऑफ़लाइन रीडर।</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>लाइब्रेरी</translation>
    </message>
    <message>
        <source>is free software under the MIT licence.</source>
        <translation>MIT लाइसेंस के अंतर्गत मुक्त सॉफ़्टवेयर है।</translation>
    </message>
    <message>
        <source>Built with</source>
        <translation>इनसे बना</translation>
    </message>
    <message>
        <source>and Qt for Python (PySide6)</source>
        <translation>और Qt for Python (PySide6)</translation>
    </message>
    <message>
        <source>Qt WebEngine contains Chromium, under BSD-style and other open-source licences.</source>
        <translation>Qt WebEngine में Chromium शामिल है, जो BSD-शैली और अन्य ओपन-सोर्स लाइसेंसों के अंतर्गत है।</translation>
    </message>
    <message>
        <source>You may replace the Qt libraries in the program's folder with your own build.</source>
        <translation>आप प्रोग्राम के फ़ोल्डर में मौजूद Qt लाइब्रेरियों को अपने बनाए संस्करण से बदल सकते हैं।</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>पैकेज</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>लाइसेंस</translation>
    </message>
    <message>
        <source>Fonts</source>
        <translation>फ़ॉन्ट</translation>
    </message>
    <message>
        <source>The fonts are the system's; they are not part of the program.</source>
        <translation>फ़ॉन्ट सिस्टम के हैं; वे प्रोग्राम का हिस्सा नहीं हैं।</translation>
    </message>
    <message>
        <source>Portable mode: settings and library in {folder}</source>
        <translation>पोर्टेबल मोड: सेटिंग्स और लाइब्रेरी {folder} में</translation>
    </message>
    <message>
        <source>Settings: {file}</source>
        <translation>सेटिंग्स: {file}</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>{app} के बारे में</translation>
    </message>
    <message>
        <source>Undo note change</source>
        <translation>नोट का परिवर्तन पूर्ववत करें</translation>
    </message>
    <message>
        <source>Export notes…</source>
        <translation>नोट्स निर्यात करें…</translation>
    </message>
    <message>
        <source>Import notes…</source>
        <translation>नोट्स आयात करें…</translation>
    </message>
    <message>
        <source>Highlight selection</source>
        <translation>चयन को हाइलाइट करें</translation>
    </message>
    <message>
        <source>Highlight with note…</source>
        <translation>नोट के साथ हाइलाइट करें…</translation>
    </message>
    <message>
        <source>Notebook…</source>
        <translation>नोटबुक…</translation>
    </message>
    <message>
        <source>Export notes</source>
        <translation>नोट्स निर्यात करें</translation>
    </message>
    <message>
        <source>Notes of</source>
        <translation>किसके नोट्स</translation>
    </message>
    <message>
        <source>Markdown (to read, print or paste)</source>
        <translation>Markdown (पढ़ने, छापने या चिपकाने के लिए)</translation>
    </message>
    <message>
        <source>W3C Web Annotation JSON-LD (to import again)</source>
        <translation>W3C Web Annotation JSON-LD (फिर से आयात करने के लिए)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>प्रारूप</translation>
    </message>
    <message>
        <source>Import notes</source>
        <translation>नोट्स आयात करें</translation>
    </message>
    <message>
        <source>Web Annotation JSON-LD (*.jsonld *.json);;All files (*)</source>
        <translation>Web Annotation JSON-LD (*.jsonld *.json);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>पूर्ववत करने को कुछ नहीं।</translation>
    </message>
    <message>
        <source>All notes in the library</source>
        <translation>लाइब्रेरी के सभी नोट्स</translation>
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
        <translation>पहले लेख में कुछ पाठ चुनें।</translation>
    </message>
    <message>
        <source>Select the passage this note belongs to, then re-attach.</source>
        <translation>वह अंश चुनें जिससे यह नोट जुड़ा है, फिर इसे दोबारा जोड़ें।</translation>
    </message>
    <message>
        <source>This article</source>
        <translation>यह लेख</translation>
    </message>
    <message>
        <source>The collection “{name}”</source>
        <translation>संग्रह “{name}”</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln note(s) to {path}.</source>
        <translation>
            <numerusform>%Ln नोट {path} में निर्यात किया गया।</numerusform>
            <numerusform>%Ln नोट्स {path} में निर्यात किए गए।</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write {path}: {error}.</source>
        <translation>{path} में लिखा नहीं जा सकता: {error}।</translation>
    </message>
    <message>
        <source>moved: the text changed around it</source>
        <translation>खिसका: इसके आसपास का पाठ बदल गया</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>नोट</translation>
    </message>
    <message>
        <source>Your note, in Markdown: **bold**, *italic*, lists, links</source>
        <translation>आपका नोट, Markdown में: **बोल्ड**, *इटैलिक*, सूचियाँ, लिंक</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>नोट का पाठ</translation>
    </message>
    <message>
        <source>Note preview</source>
        <translation>नोट का पूर्वावलोकन</translation>
    </message>
    <message>
        <source>comma-separated, e.g. reciprocity, service</source>
        <translation>अल्पविराम से अलग, जैसे पारस्परिकता, तामील</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>टैग</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>रंग</translation>
    </message>
    <message>
        <source>Highlights and notes</source>
        <translation>हाइलाइट और नोट्स</translation>
    </message>
    <message>
        <source>No highlights yet. Select text in the article and choose Highlight (right-click, or Ctrl+Shift+H).</source>
        <translation>अभी कोई हाइलाइट नहीं। लेख में पाठ चुनें और हाइलाइट चुनें (राइट-क्लिक, या Ctrl+Shift+H)।</translation>
    </message>
    <message>
        <source>Edit note…</source>
        <translation>नोट संपादित करें…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <source>Re-attach to selection</source>
        <translation>चयन से दोबारा जोड़ें</translation>
    </message>
    <message>
        <source>Select the passage in the article where this note belongs, then click here</source>
        <translation>लेख में वह अंश चुनें जिससे यह नोट जुड़ा है, फिर यहाँ क्लिक करें</translation>
    </message>
    <message>
        <source>not found in the current version (last found in revision {n})</source>
        <translation>वर्तमान संस्करण में नहीं मिला (अंतिम बार संशोधन {n} में मिला)</translation>
    </message>
    <message>
        <source>Note edit undone</source>
        <translation>नोट का संपादन पूर्ववत किया गया</translation>
    </message>
    <message>
        <source>Colour change undone</source>
        <translation>रंग परिवर्तन पूर्ववत किया गया</translation>
    </message>
    <message>
        <source>Note restored</source>
        <translation>नोट पुनर्स्थापित किया गया</translation>
    </message>
    <message>
        <source>Highlight removed</source>
        <translation>हाइलाइट हटाया गया</translation>
    </message>
    <message>
        <source>made on revision {n}</source>
        <translation>संशोधन {n} पर बनाया गया</translation>
    </message>
    <message>
        <source>tags: {t}</source>
        <translation>टैग: {t}</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>शीर्षक</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>तिथि</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>श्रेणी</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>भाषाएँ</translation>
    </message>
    <message>
        <source>Damaged translation (numbers or dates lost): {languages}</source>
        <translation>क्षतिग्रस्त अनुवाद (संख्याएँ या तिथियाँ खोईं): {languages}</translation>
    </message>
    <message>
        <source>Bookmarked</source>
        <translation>बुकमार्क किया गया</translation>
    </message>
    <message>
        <source>Has notes</source>
        <translation>नोट्स हैं</translation>
    </message>
    <message>
        <source>Updated since you annotated or bookmarked it</source>
        <translation>आपके टिप्पणी या बुकमार्क करने के बाद अद्यतन हुआ</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>स्वचालित</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>हाथ से बनाया</translation>
    </message>
    <message>
        <source>Replaced by a restore</source>
        <translation>पुनर्स्थापन से बदला गया</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>प्रतिलिपि</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>बैकअप</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>अभी कोई बैकअप नहीं।</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>अभी बैकअप लें</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>पुनर्स्थापित करें…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>हटाएँ…</translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation>फ़ोल्डर दिखाएँ</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> घंटे</translation>
    </message>
    <message>
        <source>never</source>
        <translation>कभी नहीं</translation>
    </message>
    <message>
        <source>Back up automatically every</source>
        <translation>स्वचालित बैकअप हर</translation>
    </message>
    <message>
        <source>Automatic backups to keep</source>
        <translation>रखे जाने वाले स्वचालित बैकअप</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>बैकअप हो रहा है…</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>बैकअप पुनर्स्थापित करें</translation>
    </message>
    <message>
        <source>Delete a backup</source>
        <translation>बैकअप हटाएँ</translation>
    </message>
    <message>
        <source>Before an upgrade (from schema {v})</source>
        <translation>अपग्रेड से पहले (स्कीमा {v} से)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>आकार</translation>
    </message>
    <message>
        <source>File</source>
        <translation>फ़ाइल</translation>
    </message>
    <message>
        <source>Backups of {library}. Restoring one replaces the library; the current file is kept in the backups folder first, so a restore can be undone.</source>
        <translation>{library} के बैकअप। किसी को पुनर्स्थापित करने से लाइब्रेरी बदल जाती है; वर्तमान फ़ाइल पहले बैकअप फ़ोल्डर में रखी जाती है, इसलिए पुनर्स्थापन पूर्ववत किया जा सकता है।</translation>
    </message>
    <message>
        <source>No backup was made: {e}</source>
        <translation>कोई बैकअप नहीं बना: {e}</translation>
    </message>
    <message>
        <source>Replace the library with the backup of {when}?

Everything changed since then is replaced. The current library is kept in the backups folder first, so you can restore it again.</source>
        <translation>क्या लाइब्रेरी को {when} के बैकअप से बदलें?

तब से जो कुछ बदला है, वह बदल दिया जाएगा। वर्तमान लाइब्रेरी पहले बैकअप फ़ोल्डर में रखी जाती है, ताकि आप उसे फिर से पुनर्स्थापित कर सकें।</translation>
    </message>
    <message>
        <source>Delete the backup of {when} ({kind}, {size})? This cannot be undone.</source>
        <translation>क्या {when} का बैकअप ({kind}, {size}) हटाएँ? इसे पूर्ववत नहीं किया जा सकता।</translation>
    </message>
    <message>
        <source>Not deleted: {e}</source>
        <translation>नहीं हटाया गया: {e}</translation>
    </message>
    <message>
        <source>Laws</source>
        <translation>क़ानून</translation>
    </message>
    <message>
        <source>Judicial interpretations and rules</source>
        <translation>न्यायिक व्याख्याएँ और नियम</translation>
    </message>
    <message>
        <source>Regulations</source>
        <translation>विनियम</translation>
    </message>
    <message>
        <source>Treaties</source>
        <translation>संधियाँ</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>मामले</translation>
    </message>
    <message>
        <source>Other documents</source>
        <translation>अन्य दस्तावेज़</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) cite {name}</source>
        <translation>
            <numerusform>%Ln लेख {name} का उल्लेख करता है</numerusform>
            <numerusform>%Ln लेख {name} का उल्लेख करते हैं</numerusform>
        </translation>
    </message>
    <message>
        <source>Add to collection</source>
        <translation>संग्रह में जोड़ें</translation>
    </message>
    <message>
        <source>An &amp;existing collection</source>
        <translation>&amp;मौजूदा संग्रह</translation>
    </message>
    <message>
        <source>Existing collection</source>
        <translation>मौजूदा संग्रह</translation>
    </message>
    <message>
        <source>A &amp;new collection</source>
        <translation>&amp;नया संग्रह</translation>
    </message>
    <message>
        <source>Name of the new collection</source>
        <translation>नए संग्रह का नाम</translation>
    </message>
    <message>
        <source>e.g. the matter or client</source>
        <translation>जैसे मामला या मुवक्किल</translation>
    </message>
    <message>
        <source>Description of the new collection</source>
        <translation>नए संग्रह का विवरण</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>नाम:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>विवरण:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>जोड़ें</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <source>A collection needs a name.</source>
        <translation>संग्रह का नाम होना ज़रूरी है।</translation>
    </message>
    <message>
        <source>Add to collection…</source>
        <translation>संग्रह में जोड़ें…</translation>
    </message>
    <message>
        <source>Remove from collection</source>
        <translation>संग्रह से हटाएँ</translation>
    </message>
    <message>
        <source>Move up in collection</source>
        <translation>संग्रह में ऊपर ले जाएँ</translation>
    </message>
    <message>
        <source>Move down in collection</source>
        <translation>संग्रह में नीचे ले जाएँ</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>नया संग्रह</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>ब्राउज़र में खोलें</translation>
    </message>
    <message>
        <source>New collection…</source>
        <translation>नया संग्रह…</translation>
    </message>
    <message>
        <source>Edit name and description…</source>
        <translation>नाम और विवरण संपादित करें…</translation>
    </message>
    <message>
        <source>Delete collection…</source>
        <translation>संग्रह हटाएँ…</translation>
    </message>
    <message numerus="yes">
        <source>Add %Ln article(s) to:</source>
        <translation>
            <numerusform>%Ln लेख इसमें जोड़ें:</numerusform>
            <numerusform>%Ln लेख इसमें जोड़ें:</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit collection</source>
        <translation>संग्रह संपादित करें</translation>
    </message>
    <message>
        <source>Remove bookmark</source>
        <translation>बुकमार्क हटाएँ</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>बुकमार्क</translation>
    </message>
    <message>
        <source>A collection named “{name}” already exists.</source>
        <translation>“{name}” नाम का संग्रह पहले से मौजूद है।</translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln article(s) to “{name}”.</source>
        <translation>
            <numerusform>%Ln लेख “{name}” में जोड़ा गया।</numerusform>
            <numerusform>%Ln लेख “{name}” में जोड़े गए।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already in it.</source>
        <translation>
            <numerusform>%Ln पहले से इसमें है।</numerusform>
            <numerusform>%Ln पहले से इसमें हैं।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the collection “{name}”?

Its %Ln article(s) stay in the library; only the collection, its description and its order are removed.</source>
        <translation>
            <numerusform>क्या संग्रह “{name}” हटाएँ?

इसका %Ln लेख लाइब्रेरी में रहेगा; केवल संग्रह, उसका विवरण और उसका क्रम हटाया जाएगा।</numerusform>
            <numerusform>क्या संग्रह “{name}” हटाएँ?

इसके %Ln लेख लाइब्रेरी में रहेंगे; केवल संग्रह, उसका विवरण और उसका क्रम हटाया जाएगा।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %Ln article(s) from “{name}”; they stay in the library.</source>
        <translation>
            <numerusform>%Ln लेख “{name}” से हटाया गया; वह लाइब्रेरी में रहेगा।</numerusform>
            <numerusform>%Ln लेख “{name}” से हटाए गए; वे लाइब्रेरी में रहेंगे।</numerusform>
        </translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>सभी लेख</translation>
    </message>
    <message>
        <source>Deleted the collection “{name}”.</source>
        <translation>संग्रह “{name}” हटा दिया गया।</translation>
    </message>
    <message>
        <source>China Justice Observer</source>
        <translation>China Justice Observer</translation>
    </message>
    <message>
        <source>RSS or Atom feed</source>
        <translation>RSS या Atom फ़ीड</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>पता</translation>
    </message>
    <message>
        <source>Translations at</source>
        <translation>अनुवाद यहाँ</translation>
    </message>
    <message>
        <source>Pause between requests (s)</source>
        <translation>अनुरोधों के बीच विराम (सेकंड)</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>स्रोत</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>जोड़ें…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>संपादित करें…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>Remove source</source>
        <translation>स्रोत हटाएँ</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>प्राथमिकताएँ</translation>
    </message>
    <message>
        <source> min (0 = manual)</source>
        <translation> मिनट (0 = हाथ से)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>चुनें…</translation>
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
        <translation>सामग्री की भाषाएँ (क्रम में)</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>थीम</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>फ़ॉन्ट आकार</translation>
    </message>
    <message>
        <source>Sync automatically every</source>
        <translation>स्वचालित सिंक हर</translation>
    </message>
    <message>
        <source>Library file (applies at next start)</source>
        <translation>लाइब्रेरी फ़ाइल (अगली बार शुरू करने पर लागू)</translation>
    </message>
    <message>
        <source>Paper size for PDF</source>
        <translation>PDF के लिए काग़ज़ का आकार</translation>
    </message>
    <message>
        <source>Library file</source>
        <translation>लाइब्रेरी फ़ाइल</translation>
    </message>
    <message>
        <source>Libraries (*.sqlite)</source>
        <translation>लाइब्रेरियाँ (*.sqlite)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>कीबोर्ड शॉर्टकट</translation>
    </message>
    <message>
        <source>Sync failures</source>
        <translation>सिंक विफलताएँ</translation>
    </message>
    <message>
        <source>The address must start with http:// or https://.</source>
        <translation>पता http:// या https:// से शुरू होना चाहिए।</translation>
    </message>
    <message>
        <source>The address needs a valid host name, as in https://example.org/feed/.</source>
        <translation>पते में एक मान्य होस्ट नाम होना चाहिए, जैसे https://example.org/feed/ में।</translation>
    </message>
    <message>
        <source>The translations address must contain {lang}.</source>
        <translation>अनुवादों के पते में {lang} होना चाहिए।</translation>
    </message>
    <message>
        <source>Open the selected article</source>
        <translation>चुना गया लेख खोलें</translation>
    </message>
    <message>
        <source>Move in the list</source>
        <translation>सूची में आगे-पीछे जाएँ</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>क्रिया</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>कुंजियाँ</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>लेख</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>समस्या</translation>
    </message>
    <message>
        <source>Remove {name} and its articles from the library? Bookmarks, collections and notes are kept and come back if you add the source again.</source>
        <translation>क्या {name} और उसके लेख लाइब्रेरी से हटाएँ? बुकमार्क, संग्रह और नोट्स बने रहते हैं और स्रोत दोबारा जोड़ने पर लौट आते हैं।</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>प्रिंट पूर्वावलोकन</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>PDF के रूप में निर्यात करें</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>काग़ज़</translation>
    </message>
    <message>
        <source>Number paragraphs for pinpoint citation</source>
        <translation>सटीक उद्धरण के लिए अनुच्छेदों को क्रमांकित करें</translation>
    </message>
    <message>
        <source>Include highlights and notes</source>
        <translation>हाइलाइट और नोट्स शामिल करें</translation>
    </message>
    <message>
        <source>Preparing the binder…</source>
        <translation>संकलन तैयार हो रहा है…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF फ़ाइलें (*.pdf)</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>प्रिंट करें</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln selected article(s)</source>
        <translation>
            <numerusform>चुना गया %Ln लेख</numerusform>
            <numerusform>चुने गए %Ln लेख</numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation>निर्यात करें</translation>
    </message>
    <message>
        <source>Annotations are not available in this version.</source>
        <translation>इस संस्करण में टिप्पणियाँ उपलब्ध नहीं हैं।</translation>
    </message>
    <message>
        <source>Choose an article, select articles or open a collection.</source>
        <translation>कोई लेख चुनें, कई लेख चुनें या कोई संग्रह खोलें।</translation>
    </message>
    <message>
        <source>Selected articles</source>
        <translation>चुने गए लेख</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>निर्यात रद्द हुआ; कुछ नहीं लिखा गया।</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln page(s) to {path}</source>
        <translation>
            <numerusform>%Ln पृष्ठ {path} में निर्यात किया गया</numerusform>
            <numerusform>%Ln पृष्ठ {path} में निर्यात किए गए</numerusform>
        </translation>
    </message>
    <message>
        <source>Printed {done} of {total}: {title}</source>
        <translation>{total} में से {done} प्रिंट हुए: {title}</translation>
    </message>
    <message>
        <source>{name} already exists. Replace it?</source>
        <translation>{name} पहले से मौजूद है। क्या बदलें?</translation>
    </message>
    <message>
        <source>Export as PDF…</source>
        <translation>PDF के रूप में निर्यात करें…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>प्रिंट करें…</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>पीला</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>हरा</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>नीला</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>गुलाबी</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>बैंगनी</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>हल्की</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>गहरी</translation>
    </message>
    <message>
        <source>Sepia</source>
        <translation>सीपिया</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>इंटरफ़ेस की भाषा</translation>
    </message>
    <message>
        <source>Wait for the sync to finish, or cancel it, then choose the language again.</source>
        <translation>सिंक पूरा होने तक प्रतीक्षा करें, या उसे रद्द करें, फिर भाषा दोबारा चुनें।</translation>
    </message>
    <message>
        <source>The interface language changes the next time the app starts.</source>
        <translation>इंटरफ़ेस की भाषा ऐप के अगली बार शुरू होने पर बदलेगी।</translation>
    </message>
    <message>
        <source>cites {what}</source>
        <translation>{what} का उल्लेख करता है</translation>
    </message>
    <message>
        <source>same topic: {name}</source>
        <translation>वही विषय: {name}</translation>
    </message>
    <message>
        <source>same category: {name}</source>
        <translation>वही श्रेणी: {name}</translation>
    </message>
    <message>
        <source>published around the same time</source>
        <translation>लगभग उसी समय प्रकाशित</translation>
    </message>
    <message>
        <source>similar wording: {words}</source>
        <translation>मिलती-जुलती शब्दावली: {words}</translation>
    </message>
    <message>
        <source>Side by side…</source>
        <translation>साथ-साथ…</translation>
    </message>
    <message>
        <source>Read two languages of this article in two columns</source>
        <translation>इस लेख की दो भाषाएँ दो स्तंभों में पढ़ें</translation>
    </message>
    <message>
        <source>Languages of this article</source>
        <translation>इस लेख की भाषाएँ</translation>
    </message>
    <message>
        <source>Not synced yet:</source>
        <translation>अभी सिंक नहीं हुईं:</translation>
    </message>
    <message>
        <source>Not in the library yet. Click to sync this language ({code}).</source>
        <translation>अभी लाइब्रेरी में नहीं। इस भाषा ({code}) को सिंक करने के लिए क्लिक करें।</translation>
    </message>
    <message>
        <source>Sync this language: {name}</source>
        <translation>यह भाषा सिंक करें: {name}</translation>
    </message>
    <message>
        <source>{code}: the machine translation lost {spots} numbers or dates; they are marked in the text</source>
        <translation>{code}: मशीनी अनुवाद में {spots} संख्याएँ या तिथियाँ खो गईं; वे पाठ में चिह्नित हैं</translation>
    </message>
    <message>
        <source>{name} (syncing…)</source>
        <translation>{name} (सिंक हो रहा है…)</translation>
    </message>
    <message>
        <source>No library is open.</source>
        <translation>कोई लाइब्रेरी खुली नहीं है।</translation>
    </message>
    <message>
        <source>That is where the library is already.</source>
        <translation>लाइब्रेरी पहले से वहीं है।</translation>
    </message>
    <message>
        <source>Open library…</source>
        <translation>लाइब्रेरी खोलें…</translation>
    </message>
    <message>
        <source>Move library…</source>
        <translation>लाइब्रेरी स्थानांतरित करें…</translation>
    </message>
    <message>
        <source>Backups…</source>
        <translation>बैकअप…</translation>
    </message>
    <message>
        <source>Open library</source>
        <translation>लाइब्रेरी खोलें</translation>
    </message>
    <message>
        <source>Move library to</source>
        <translation>लाइब्रेरी यहाँ स्थानांतरित करें</translation>
    </message>
    <message>
        <source>This window cannot switch libraries.</source>
        <translation>यह विंडो लाइब्रेरी नहीं बदल सकती।</translation>
    </message>
    <message>
        <source>Wait for the sync to finish, or cancel it, then move.</source>
        <translation>सिंक पूरा होने तक प्रतीक्षा करें, या उसे रद्द करें, फिर स्थानांतरित करें।</translation>
    </message>
    <message>
        <source>{dest} exists already; choose a new file name.</source>
        <translation>{dest} पहले से मौजूद है; नया फ़ाइल नाम चुनें।</translation>
    </message>
    <message>
        <source>Copying the library to {dest}…</source>
        <translation>लाइब्रेरी {dest} में कॉपी हो रही है…</translation>
    </message>
    <message>
        <source>A sync started; move again after it.</source>
        <translation>एक सिंक शुरू हुआ; उसके बाद फिर से स्थानांतरित करें।</translation>
    </message>
    <message>
        <source>The library moved to {dest}, but the old file could not be removed: {e}</source>
        <translation>लाइब्रेरी {dest} में स्थानांतरित हो गई, पर पुरानी फ़ाइल हटाई नहीं जा सकी: {e}</translation>
    </message>
    <message>
        <source>The library is now at {dest}.</source>
        <translation>लाइब्रेरी अब {dest} में है।</translation>
    </message>
    <message>
        <source>The library was restored from {name}.</source>
        <translation>लाइब्रेरी {name} से पुनर्स्थापित की गई।</translation>
    </message>
    <message>
        <source>Cannot create the folder {folder}: {error}</source>
        <translation>फ़ोल्डर {folder} बनाया नहीं जा सकता: {error}</translation>
    </message>
    <message>
        <source>Light theme</source>
        <translation>हल्की थीम</translation>
    </message>
    <message>
        <source>Dark theme</source>
        <translation>गहरी थीम</translation>
    </message>
    <message>
        <source>Sepia theme</source>
        <translation>सीपिया थीम</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>अभी सिंक करें</translation>
    </message>
    <message>
        <source>Cancel sync</source>
        <translation>सिंक रद्द करें</translation>
    </message>
    <message>
        <source>Sync failures…</source>
        <translation>सिंक विफलताएँ…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>खोजें</translation>
    </message>
    <message>
        <source>Search (find)</source>
        <translation>खोजें (ढूँढें)</translation>
    </message>
    <message>
        <source>Focus list</source>
        <translation>सूची पर जाएँ</translation>
    </message>
    <message>
        <source>Page down in article</source>
        <translation>लेख में एक पृष्ठ नीचे</translation>
    </message>
    <message>
        <source>Page up in article</source>
        <translation>लेख में एक पृष्ठ ऊपर</translation>
    </message>
    <message>
        <source>Your library is empty. Open the sample library to look around, or add a source and sync.</source>
        <translation>आपकी लाइब्रेरी ख़ाली है। देखने के लिए नमूना लाइब्रेरी खोलें, या कोई स्रोत जोड़कर सिंक करें।</translation>
    </message>
    <message>
        <source>Open the sample library</source>
        <translation>नमूना लाइब्रेरी खोलें</translation>
    </message>
    <message>
        <source>Add a source…</source>
        <translation>स्रोत जोड़ें…</translation>
    </message>
    <message>
        <source>Search all articles (Ctrl+K)</source>
        <translation>सभी लेखों में खोजें (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search in language</source>
        <translation>खोज की भाषा</translation>
    </message>
    <message>
        <source>Search in one language, or in all</source>
        <translation>एक भाषा में, या सभी में खोजें</translation>
    </message>
    <message>
        <source>Filter titles</source>
        <translation>शीर्षक छाँटें</translation>
    </message>
    <message>
        <source>Filter the list by title</source>
        <translation>सूची को शीर्षक से छाँटें</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>संबंधित</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>नोट्स</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>लेख</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>मुख्य</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>फ़ाइल(&amp;F)</translation>
    </message>
    <message>
        <source>Sources…</source>
        <translation>स्रोत…</translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation>प्राथमिकताएँ…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>बाहर निकलें</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>दृश्य(&amp;V)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>ज़ूम इन</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>ज़ूम आउट</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>वास्तविक आकार</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>लेख(&amp;A)</translation>
    </message>
    <message>
        <source>Next article</source>
        <translation>अगला लेख</translation>
    </message>
    <message>
        <source>Previous article</source>
        <translation>पिछला लेख</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>सहायता(&amp;H)</translation>
    </message>
    <message>
        <source>About</source>
        <translation>परिचय</translation>
    </message>
    <message>
        <source>Opening the library…</source>
        <translation>लाइब्रेरी खुल रही है…</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>सभी भाषाएँ</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>अपठित</translation>
    </message>
    <message>
        <source>Importing the sample library…</source>
        <translation>नमूना लाइब्रेरी आयात हो रही है…</translation>
    </message>
    <message>
        <source>The sample library is ready.</source>
        <translation>नमूना लाइब्रेरी तैयार है।</translation>
    </message>
    <message>
        <source>Sync cancelled</source>
        <translation>सिंक रद्द हुआ</translation>
    </message>
    <message>
        <source>Sync finished</source>
        <translation>सिंक पूरा हुआ</translation>
    </message>
    <message>
        <source>This article was updated since you annotated or bookmarked it. Highlights were placed again; see the Notes tab for any not found. &lt;a href="compare"&gt;Compare revisions…&lt;/a&gt;</source>
        <translation>आपके टिप्पणी या बुकमार्क करने के बाद यह लेख अद्यतन हुआ है। हाइलाइट फिर से लगाए गए; जो नहीं मिले वे नोट्स टैब में देखें। &lt;a href="compare"&gt;संशोधनों की तुलना करें…&lt;/a&gt;</translation>
    </message>
    <message>
        <source>No sources to sync yet: add one under File › Sources…</source>
        <translation>अभी सिंक करने के लिए कोई स्रोत नहीं: फ़ाइल › स्रोत… में एक जोड़ें</translation>
    </message>
    <message>
        <source>Offline: the sources cannot be reached. Everything in the library is available.</source>
        <translation>ऑफ़लाइन: स्रोतों तक पहुँचा नहीं जा सकता। लाइब्रेरी में सब कुछ उपलब्ध है।</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>अभी सिंक नहीं हुआ</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln लेख</numerusform>
            <numerusform>%Ln लेख</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing: {new} new, {updated} updated, {failed} failed — {current}</source>
        <translation>सिंक हो रहा है: {new} नए, {updated} अद्यतन, {failed} विफल — {current}</translation>
    </message>
    <message>
        <source>{word}: {new} new, {updated} updated, {failed} failed.</source>
        <translation>{word}: {new} नए, {updated} अद्यतन, {failed} विफल।</translation>
    </message>
    <message>
        <source>&lt;b&gt;Search&lt;/b&gt; “{q}” in {where} — {n}</source>
        <translation>{where} में “{q}” की &lt;b&gt;खोज&lt;/b&gt; — {n}</translation>
    </message>
    <message>
        <source>Last synced {when}</source>
        <translation>अंतिम सिंक {when}</translation>
    </message>
    <message>
        <source>Notebook</source>
        <translation>नोटबुक</translation>
    </message>
    <message>
        <source>Search quotes, notes and tags</source>
        <translation>उद्धरण, नोट्स और टैग खोजें</translation>
    </message>
    <message>
        <source>Search annotations</source>
        <translation>टिप्पणियाँ खोजें</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>टिप्पणियाँ</translation>
    </message>
    <message>
        <source>All collections</source>
        <translation>सभी संग्रह</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>सभी टैग</translation>
    </message>
    <message>
        <source>All colours</source>
        <translation>सभी रंग</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>कोई भी स्थिति</translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s)</source>
        <translation>
            <numerusform>%Ln टिप्पणी</numerusform>
            <numerusform>%Ln टिप्पणियाँ</numerusform>
        </translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>संग्रह</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>टैग</translation>
    </message>
    <message>
        <source>State</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Lang.</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>उद्धरण</translation>
    </message>
    <message>
        <source>In place</source>
        <translation>अपनी जगह</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>खिसका</translation>
    </message>
    <message>
        <source>Not found (orphaned)</source>
        <translation>नहीं मिला (अनाथ)</translation>
    </message>
    <message>
        <source>Bookmark article</source>
        <translation>लेख बुकमार्क करें</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>हाइलाइट करें</translation>
    </message>
    <message>
        <source>No differences in the text.</source>
        <translation>पाठ में कोई अंतर नहीं।</translation>
    </message>
    <message>
        <source>Compare revisions…</source>
        <translation>संशोधनों की तुलना करें…</translation>
    </message>
    <message>
        <source>{insertions}, {deletions} ({paragraphs})</source>
        <translation>{insertions}, {deletions} ({paragraphs})</translation>
    </message>
    <message numerus="yes">
        <source>%Ln insertion(s)</source>
        <translation>
            <numerusform>%Ln जोड़</numerusform>
            <numerusform>%Ln जोड़</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deletion(s)</source>
        <translation>
            <numerusform>%Ln विलोपन</numerusform>
            <numerusform>%Ln विलोपन</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln paragraph(s) changed</source>
        <translation>
            <numerusform>%Ln अनुच्छेद बदला</numerusform>
            <numerusform>%Ln अनुच्छेद बदले</numerusform>
        </translation>
    </message>
    <message>
        <source>Revision {n} — fetched {when}</source>
        <translation>संशोधन {n} — {when} को प्राप्त</translation>
    </message>
    <message>
        <source>Older revision</source>
        <translation>पुराना संशोधन</translation>
    </message>
    <message>
        <source>Newer revision</source>
        <translation>नया संशोधन</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>से(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>तक(&amp;T):</translation>
    </message>
    <message>
        <source>Summary of the changes</source>
        <translation>परिवर्तनों का सारांश</translation>
    </message>
    <message>
        <source>Changes between the two revisions</source>
        <translation>दोनों संशोधनों के बीच परिवर्तन</translation>
    </message>
    <message>
        <source>&amp;Previous change</source>
        <translation>पिछला परिवर्तन(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next change</source>
        <translation>अगला परिवर्तन(&amp;N)</translation>
    </message>
    <message>
        <source>Open an article to compare its revisions.</source>
        <translation>संशोधनों की तुलना के लिए कोई लेख खोलें।</translation>
    </message>
    <message>
        <source>(newest)</source>
        <translation>(नवीनतम)</translation>
    </message>
    <message>
        <source>This article has only one revision: nothing to compare.</source>
        <translation>इस लेख का केवल एक संशोधन है: तुलना करने को कुछ नहीं।</translation>
    </message>
    <message>
        <source>Choose two different revisions.</source>
        <translation>दो अलग-अलग संशोधन चुनें।</translation>
    </message>
    <message>
        <source>(the older revision is on the right: read insertions as removals)</source>
        <translation>(पुराना संशोधन दाईं ओर है: जोड़ को विलोपन के रूप में पढ़ें)</translation>
    </message>
    <message>
        <source>Compare revisions — {title}</source>
        <translation>संशोधनों की तुलना — {title}</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>सारांश</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>पाठ</translation>
    </message>
    <message>
        <source>Revision {n} is missing from the library.</source>
        <translation>संशोधन {n} लाइब्रेरी में नहीं है।</translation>
    </message>
    <message>
        <source>Related articles from the site</source>
        <translation>साइट से संबंधित लेख</translation>
    </message>
    <message>
        <source>Related articles found in the library</source>
        <translation>लाइब्रेरी में मिले संबंधित लेख</translation>
    </message>
    <message>
        <source>&lt;b&gt;You might also like&lt;/b&gt; (from the site)</source>
        <translation>&lt;b&gt;आपको यह भी पसंद आ सकता है&lt;/b&gt; (साइट से)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Related in your library&lt;/b&gt;</source>
        <translation>&lt;b&gt;आपकी लाइब्रेरी में संबंधित&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Related articles</source>
        <translation>संबंधित लेख</translation>
    </message>
    <message>
        <source>The site lists no related articles.</source>
        <translation>साइट कोई संबंधित लेख नहीं बताती।</translation>
    </message>
    <message>
        <source>Working out related articles…</source>
        <translation>संबंधित लेख खोजे जा रहे हैं…</translation>
    </message>
    <message>
        <source>No related articles found in the library.</source>
        <translation>लाइब्रेरी में कोई संबंधित लेख नहीं मिला।</translation>
    </message>
    <message>
        <source>not synced — click to fetch it</source>
        <translation>सिंक नहीं — लाने के लिए क्लिक करें</translation>
    </message>
    <message>
        <source>Fetching “{title}”…</source>
        <translation>“{title}” लाया जा रहा है…</translation>
    </message>
    <message>
        <source>fetching…</source>
        <translation>लाया जा रहा है…</translation>
    </message>
    <message>
        <source>Shown in {lang}: not held in this language</source>
        <translation>{lang} में दिखाया गया: इस भाषा में उपलब्ध नहीं</translation>
    </message>
    <message>
        <source>Could not fetch “{title}”: {error}</source>
        <translation>“{title}” नहीं लाया जा सका: {error}</translation>
    </message>
    <message>
        <source>Fetched “{title}”.</source>
        <translation>“{title}” लाया गया।</translation>
    </message>
    <message>
        <source>Library sections</source>
        <translation>लाइब्रेरी के खंड</translation>
    </message>
    <message>
        <source>Recently read</source>
        <translation>हाल में पढ़े गए</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>बुकमार्क</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>संग्रह</translation>
    </message>
    <message>
        <source>Laws and cases</source>
        <translation>क़ानून और मामले</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>नमूना</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>साथ-साथ</translation>
    </message>
    <message>
        <source>Left column language</source>
        <translation>बाएँ स्तंभ की भाषा</translation>
    </message>
    <message>
        <source>Right column language</source>
        <translation>दाएँ स्तंभ की भाषा</translation>
    </message>
    <message>
        <source>Paragraphs are paired by the article's structure.</source>
        <translation>अनुच्छेदों का मिलान लेख की संरचना के अनुसार होता है।</translation>
    </message>
    <message>
        <source>Open an article first.</source>
        <translation>पहले कोई लेख खोलें।</translation>
    </message>
    <message>
        <source>The library holds this article in one language only.</source>
        <translation>लाइब्रेरी में यह लेख केवल एक भाषा में है।</translation>
    </message>
    <message>
        <source>Left:</source>
        <translation>बाएँ:</translation>
    </message>
    <message>
        <source>Right:</source>
        <translation>दाएँ:</translation>
    </message>
    <message>
        <source>Syncing the {language} translation…</source>
        <translation>अनुवाद ({language}) सिंक हो रहा है…</translation>
    </message>
    <message>
        <source>The {language} translation was not fetched: {reason}</source>
        <translation>अनुवाद ({language}) नहीं लाया गया: {reason}</translation>
    </message>
    <message>
        <source>The {language} translation is now in the library.</source>
        <translation>अनुवाद ({language}) अब लाइब्रेरी में है।</translation>
    </message>
    <message>
        <source>Offline: the source cannot be reached, so the {language} translation was not fetched. Everything in the library is still available.</source>
        <translation>ऑफ़लाइन: स्रोत तक पहुँचा नहीं जा सकता, इसलिए अनुवाद ({language}) नहीं लाया गया। लाइब्रेरी में सब कुछ अब भी उपलब्ध है।</translation>
    </message>
    <message>
        <source>Undo note edit</source>
        <translation type="vanished">नोट संपादन पूर्ववत करें</translation>
    </message>
    <message>
        <source>Undo colour change</source>
        <translation type="vanished">रंग परिवर्तन पूर्ववत करें</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation type="vanished">हटाना पूर्ववत करें</translation>
    </message>
    <message>
        <source>Undo highlight</source>
        <translation type="vanished">हाइलाइट पूर्ववत करें</translation>
    </message>
    <message>
        <source>1 article</source>
        <translation type="vanished">1 लेख</translation>
    </message>
    <message>
        <source>{n} articles</source>
        <translation type="vanished">{n} लेख</translation>
    </message>
    <message>
        <source>Added {what} to “{name}”.</source>
        <translation type="vanished">{what} को “{name}” में जोड़ा गया।</translation>
    </message>
    <message>
        <source>Delete the collection “{name}”?

Its {what} stay in the library; only the collection, its description and its order are removed.</source>
        <translation type="vanished">क्या संग्रह “{name}” हटाएँ?

इसके {what} लाइब्रेरी में रहेंगे; केवल संग्रह, उसका विवरण और उसका क्रम हटाया जाएगा।</translation>
    </message>
    <message>
        <source>Add {what} to:</source>
        <translation type="vanished">{what} को इसमें जोड़ें:</translation>
    </message>
    <message>
        <source>Removed {what} from “{name}”; they stay in the library.</source>
        <translation type="vanished">{what} को “{name}” से हटाया गया; वे लाइब्रेरी में रहेंगे।</translation>
    </message>
    <message>
        <source>{n} already in it.</source>
        <translation type="vanished">{n} पहले से इसमें हैं।</translation>
    </message>
    <message>
        <source>1 insertion</source>
        <translation type="vanished">1 जोड़</translation>
    </message>
    <message>
        <source>1 deletion</source>
        <translation type="vanished">1 विलोपन</translation>
    </message>
    <message>
        <source>1 paragraph changed</source>
        <translation type="vanished">1 अनुच्छेद बदला</translation>
    </message>
    <message>
        <source>{n} insertions</source>
        <translation type="vanished">{n} जोड़</translation>
    </message>
    <message>
        <source>{n} deletions</source>
        <translation type="vanished">{n} विलोपन</translation>
    </message>
    <message>
        <source>{n} paragraphs changed</source>
        <translation type="vanished">{n} अनुच्छेद बदले</translation>
    </message>
</context>
</TS>
