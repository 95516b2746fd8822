<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>reader</name>
    <message>
        <source>No automatic backup of {path}: the disk has less than {mb} MB free. Free some space, or move the library (File → Move library…).</source>
        <translation>Автоматическая резервная копия {path} не создана: на диске свободно меньше {mb} МБ. Освободите место или переместите библиотеку (Файл → Переместить библиотеку…).</translation>
    </message>
    <message>
        <source>The library {db} is already open in another window of {app}. Switch to that window, or close it first.</source>
        <translation>Библиотека {db} уже открыта в другом окне {app}. Перейдите в то окно или сначала закройте его.</translation>
    </message>
    <message>
        <source>The library {db} was not found (was it moved, or is its drive not connected?). Create a new, empty library there?</source>
        <translation>Библиотека {db} не найдена (её переместили или диск не подключён?). Создать там новую пустую библиотеку?</translation>
    </message>
    <message>
        <source>Image not available offline</source>
        <translation>Изображение недоступно офлайн</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Изображение</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Sample content written for this app</source>
        <translation>Демонстрационный материал, написанный для этого приложения</translation>
    </message>
    <message>
        <source>It is not an article of the source site: its contributors are fictional, and its statements of law should be checked against the primary sources before they are relied on.</source>
        <translation>Это не статья исходного сайта: её авторы вымышлены, а правовые утверждения следует сверить с первоисточниками, прежде чем на них полагаться.</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Опубликовано</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Рубрики</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Темы</translation>
    </message>
    <message>
        <source>Contributors</source>
        <translation>Авторы</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Редактор</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Retrieved on</source>
        <translation>Получено</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Редакция</translation>
    </message>
    <message>
        <source>Removed from the source on</source>
        <translation>Удалено из источника</translation>
    </message>
    <message>
        <source>No English paragraph is aligned with this one.</source>
        <translation>С этим абзацем не сопоставлен ни один английский абзац.</translation>
    </message>
    <message>
        <source>{title} — side by side</source>
        <translation>{title} — рядом</translation>
    </message>
    <message>
        <source>The machine translation damaged {spots} numbers or dates in {blocks} paragraphs (XNUMX stands for lost digits). Point at a marked spot, or click it, to read the English paragraph with the real numbers.</source>
        <translation>Машинный перевод повредил {spots} чисел или дат в {blocks} абзацах (XNUMX означает потерянные цифры). Наведите указатель на отмеченное место или щёлкните по нему, чтобы прочитать английский абзац с настоящими числами.</translation>
    </message>
    <message>
        <source>Numbers in the English original:</source>
        <translation>Числа в английском оригинале:</translation>
    </message>
    <message>
        <source>Dates in the English original:</source>
        <translation>Даты в английском оригинале:</translation>
    </message>
    <message>
        <source>English:</source>
        <translation>По-английски:</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>An offline reader for legal news about China.</source>
        <translation>Офлайн-читалка правовых новостей о Китае.</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Библиотека</translation>
    </message>
    <message>
        <source>is free software under the MIT licence.</source>
        <translation>— свободное ПО под лицензией MIT.</translation>
    </message>
    <message>
        <source>Built with</source>
        <translation>Создано с помощью</translation>
    </message>
    <message>
        <source>and Qt for Python (PySide6)</source>
        <translation>и Qt for Python (PySide6)</translation>
    </message>
    <message>
        <source>Qt WebEngine contains Chromium, under BSD-style and other open-source licences.</source>
        <translation>Qt WebEngine содержит Chromium под лицензиями типа BSD и другими открытыми лицензиями.</translation>
    </message>
    <message>
        <source>You may replace the Qt libraries in the program's folder with your own build.</source>
        <translation>Вы можете заменить библиотеки Qt в папке программы собственной сборкой.</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Пакет</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Лицензия</translation>
    </message>
    <message>
        <source>Fonts</source>
        <translation>Шрифты</translation>
    </message>
    <message>
        <source>The fonts are the system's; they are not part of the program.</source>
        <translation>Шрифты — системные; они не входят в программу.</translation>
    </message>
    <message>
        <source>Portable mode: settings and library in {folder}</source>
        <translation>Переносной режим: настройки и библиотека в {folder}</translation>
    </message>
    <message>
        <source>Settings: {file}</source>
        <translation>Настройки: {file}</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>О программе {app}</translation>
    </message>
    <message>
        <source>Undo note change</source>
        <translation>Отменить изменение заметки</translation>
    </message>
    <message>
        <source>Export notes…</source>
        <translation>Экспорт заметок…</translation>
    </message>
    <message>
        <source>Import notes…</source>
        <translation>Импорт заметок…</translation>
    </message>
    <message>
        <source>Highlight selection</source>
        <translation>Выделить выбранное</translation>
    </message>
    <message>
        <source>Highlight with note…</source>
        <translation>Выделить с заметкой…</translation>
    </message>
    <message>
        <source>Notebook…</source>
        <translation>Блокнот…</translation>
    </message>
    <message>
        <source>Export notes</source>
        <translation>Экспорт заметок</translation>
    </message>
    <message>
        <source>Notes of</source>
        <translation>Заметки к</translation>
    </message>
    <message>
        <source>Markdown (to read, print or paste)</source>
        <translation>Markdown (для чтения, печати или вставки)</translation>
    </message>
    <message>
        <source>W3C Web Annotation JSON-LD (to import again)</source>
        <translation>W3C Web Annotation JSON-LD (для повторного импорта)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Import notes</source>
        <translation>Импорт заметок</translation>
    </message>
    <message>
        <source>Web Annotation JSON-LD (*.jsonld *.json);;All files (*)</source>
        <translation>Web Annotation JSON-LD (*.jsonld *.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Нечего отменять.</translation>
    </message>
    <message>
        <source>All notes in the library</source>
        <translation>Все заметки библиотеки</translation>
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
        <translation>Сначала выделите текст в статье.</translation>
    </message>
    <message>
        <source>Select the passage this note belongs to, then re-attach.</source>
        <translation>Выделите фрагмент, к которому относится эта заметка, затем привяжите её заново.</translation>
    </message>
    <message>
        <source>This article</source>
        <translation>Эта статья</translation>
    </message>
    <message>
        <source>The collection “{name}”</source>
        <translation>Подборка «{name}»</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln note(s) to {path}.</source>
        <translation>
            <numerusform>Экспортирована %Ln заметка в {path}.</numerusform>
            <numerusform>Экспортировано %Ln заметки в {path}.</numerusform>
            <numerusform>Экспортировано %Ln заметок в {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write {path}: {error}.</source>
        <translation>Не удаётся записать {path}: {error}.</translation>
    </message>
    <message>
        <source>moved: the text changed around it</source>
        <translation>смещена: текст вокруг изменился</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Your note, in Markdown: **bold**, *italic*, lists, links</source>
        <translation>Ваша заметка в Markdown: **жирный**, *курсив*, списки, ссылки</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Текст заметки</translation>
    </message>
    <message>
        <source>Note preview</source>
        <translation>Просмотр заметки</translation>
    </message>
    <message>
        <source>comma-separated, e.g. reciprocity, service</source>
        <translation>через запятую, например: взаимность, вручение документов</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Цвет</translation>
    </message>
    <message>
        <source>Highlights and notes</source>
        <translation>Выделения и заметки</translation>
    </message>
    <message>
        <source>No highlights yet. Select text in the article and choose Highlight (right-click, or Ctrl+Shift+H).</source>
        <translation>Выделений пока нет. Выделите текст в статье и выберите «Выделить» (правый щелчок или Ctrl+Shift+H).</translation>
    </message>
    <message>
        <source>Edit note…</source>
        <translation>Изменить заметку…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Re-attach to selection</source>
        <translation>Привязать к выделению</translation>
    </message>
    <message>
        <source>Select the passage in the article where this note belongs, then click here</source>
        <translation>Выделите в статье фрагмент, к которому относится эта заметка, затем нажмите здесь</translation>
    </message>
    <message>
        <source>not found in the current version (last found in revision {n})</source>
        <translation>не найдена в текущей версии (последний раз найдена в редакции {n})</translation>
    </message>
    <message>
        <source>Note edit undone</source>
        <translation>Изменение заметки отменено</translation>
    </message>
    <message>
        <source>Colour change undone</source>
        <translation>Смена цвета отменена</translation>
    </message>
    <message>
        <source>Note restored</source>
        <translation>Заметка восстановлена</translation>
    </message>
    <message>
        <source>Highlight removed</source>
        <translation>Выделение удалено</translation>
    </message>
    <message>
        <source>made on revision {n}</source>
        <translation>создана в редакции {n}</translation>
    </message>
    <message>
        <source>tags: {t}</source>
        <translation>метки: {t}</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Рубрика</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <source>Damaged translation (numbers or dates lost): {languages}</source>
        <translation>Повреждённый перевод (утрачены числа или даты): {languages}</translation>
    </message>
    <message>
        <source>Bookmarked</source>
        <translation>В закладках</translation>
    </message>
    <message>
        <source>Has notes</source>
        <translation>Есть заметки</translation>
    </message>
    <message>
        <source>Updated since you annotated or bookmarked it</source>
        <translation>Обновлено после того, как вы сделали заметку или закладку</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Автоматическая</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Сделана вручную</translation>
    </message>
    <message>
        <source>Replaced by a restore</source>
        <translation>Заменена при восстановлении</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копия</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Резервных копий пока нет.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Создать копию сейчас</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Восстановить…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation>Показать папку</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> ч</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>Back up automatically every</source>
        <translation>Автоматическое копирование каждые</translation>
    </message>
    <message>
        <source>Automatic backups to keep</source>
        <translation>Сколько автоматических копий хранить</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Резервное копирование…</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Восстановить из резервной копии</translation>
    </message>
    <message>
        <source>Delete a backup</source>
        <translation>Удалить резервную копию</translation>
    </message>
    <message>
        <source>Before an upgrade (from schema {v})</source>
        <translation>Перед обновлением (со схемы {v})</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Backups of {library}. Restoring one replaces the library; the current file is kept in the backups folder first, so a restore can be undone.</source>
        <translation>Резервные копии {library}. Восстановление заменяет библиотеку; текущий файл сначала сохраняется в папке резервных копий, поэтому восстановление можно отменить.</translation>
    </message>
    <message>
        <source>No backup was made: {e}</source>
        <translation>Резервная копия не создана: {e}</translation>
    </message>
    <message>
        <source>Replace the library with the backup of {when}?

Everything changed since then is replaced. The current library is kept in the backups folder first, so you can restore it again.</source>
        <translation>Заменить библиотеку резервной копией от {when}?

Всё, что изменилось с тех пор, будет заменено. Текущая библиотека сначала сохраняется в папке резервных копий, чтобы её можно было восстановить.</translation>
    </message>
    <message>
        <source>Delete the backup of {when} ({kind}, {size})? This cannot be undone.</source>
        <translation>Удалить резервную копию от {when} ({kind}, {size})? Это действие необратимо.</translation>
    </message>
    <message>
        <source>Not deleted: {e}</source>
        <translation>Не удалено: {e}</translation>
    </message>
    <message>
        <source>Laws</source>
        <translation>Законы</translation>
    </message>
    <message>
        <source>Judicial interpretations and rules</source>
        <translation>Судебные толкования и правила</translation>
    </message>
    <message>
        <source>Regulations</source>
        <translation>Подзаконные акты</translation>
    </message>
    <message>
        <source>Treaties</source>
        <translation>Международные договоры</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <source>Other documents</source>
        <translation>Прочие документы</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) cite {name}</source>
        <translation>
            <numerusform>%Ln статья цитирует {name}</numerusform>
            <numerusform>%Ln статьи цитируют {name}</numerusform>
            <numerusform>%Ln статей цитируют {name}</numerusform>
        </translation>
    </message>
    <message>
        <source>Add to collection</source>
        <translation>Добавить в подборку</translation>
    </message>
    <message>
        <source>An &amp;existing collection</source>
        <translation>&amp;Существующая подборка</translation>
    </message>
    <message>
        <source>Existing collection</source>
        <translation>Существующая подборка</translation>
    </message>
    <message>
        <source>A &amp;new collection</source>
        <translation>&amp;Новая подборка</translation>
    </message>
    <message>
        <source>Name of the new collection</source>
        <translation>Название новой подборки</translation>
    </message>
    <message>
        <source>e.g. the matter or client</source>
        <translation>например, дело или клиент</translation>
    </message>
    <message>
        <source>Description of the new collection</source>
        <translation>Описание новой подборки</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Описание:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>A collection needs a name.</source>
        <translation>У подборки должно быть название.</translation>
    </message>
    <message>
        <source>Add to collection…</source>
        <translation>Добавить в подборку…</translation>
    </message>
    <message>
        <source>Remove from collection</source>
        <translation>Убрать из подборки</translation>
    </message>
    <message>
        <source>Move up in collection</source>
        <translation>Выше в подборке</translation>
    </message>
    <message>
        <source>Move down in collection</source>
        <translation>Ниже в подборке</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>Новая подборка</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Открыть в браузере</translation>
    </message>
    <message>
        <source>New collection…</source>
        <translation>Новая подборка…</translation>
    </message>
    <message>
        <source>Edit name and description…</source>
        <translation>Изменить название и описание…</translation>
    </message>
    <message>
        <source>Delete collection…</source>
        <translation>Удалить подборку…</translation>
    </message>
    <message numerus="yes">
        <source>Add %Ln article(s) to:</source>
        <translation>
            <numerusform>Добавить %Ln статью в:</numerusform>
            <numerusform>Добавить %Ln статьи в:</numerusform>
            <numerusform>Добавить %Ln статей в:</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit collection</source>
        <translation>Изменить подборку</translation>
    </message>
    <message>
        <source>Remove bookmark</source>
        <translation>Убрать закладку</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>В закладки</translation>
    </message>
    <message>
        <source>A collection named “{name}” already exists.</source>
        <translation>Подборка «{name}» уже существует.</translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln article(s) to “{name}”.</source>
        <translation>
            <numerusform>%Ln статья добавлена в «{name}».</numerusform>
            <numerusform>%Ln статьи добавлены в «{name}».</numerusform>
            <numerusform>%Ln статей добавлено в «{name}».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already in it.</source>
        <translation>
            <numerusform>%Ln уже была в ней.</numerusform>
            <numerusform>%Ln уже были в ней.</numerusform>
            <numerusform>%Ln уже были в ней.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the collection “{name}”?

Its %Ln article(s) stay in the library; only the collection, its description and its order are removed.</source>
        <translation>
            <numerusform>Удалить подборку «{name}»?

Её %Ln статья остаётся в библиотеке; удаляются только подборка, её описание и порядок.</numerusform>
            <numerusform>Удалить подборку «{name}»?

Её %Ln статьи остаются в библиотеке; удаляются только подборка, её описание и порядок.</numerusform>
            <numerusform>Удалить подборку «{name}»?

Её %Ln статей остаются в библиотеке; удаляются только подборка, её описание и порядок.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %Ln article(s) from “{name}”; they stay in the library.</source>
        <translation>
            <numerusform>%Ln статья убрана из «{name}»; она остаётся в библиотеке.</numerusform>
            <numerusform>%Ln статьи убраны из «{name}»; они остаются в библиотеке.</numerusform>
            <numerusform>%Ln статей убрано из «{name}»; они остаются в библиотеке.</numerusform>
        </translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>Все статьи</translation>
    </message>
    <message>
        <source>Deleted the collection “{name}”.</source>
        <translation>Подборка «{name}» удалена.</translation>
    </message>
    <message>
        <source>China Justice Observer</source>
        <translation>China Justice Observer</translation>
    </message>
    <message>
        <source>RSS or Atom feed</source>
        <translation>Лента RSS или Atom</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Translations at</source>
        <translation>Переводы по адресу</translation>
    </message>
    <message>
        <source>Pause between requests (s)</source>
        <translation>Пауза между запросами (с)</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Remove source</source>
        <translation>Удалить источник</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source> min (0 = manual)</source>
        <translation> мин (0 = вручную)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
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
        <translation>Языки материалов (по порядку)</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>Размер шрифта</translation>
    </message>
    <message>
        <source>Sync automatically every</source>
        <translation>Синхронизировать автоматически каждые</translation>
    </message>
    <message>
        <source>Library file (applies at next start)</source>
        <translation>Файл библиотеки (со следующего запуска)</translation>
    </message>
    <message>
        <source>Paper size for PDF</source>
        <translation>Формат бумаги для PDF</translation>
    </message>
    <message>
        <source>Library file</source>
        <translation>Файл библиотеки</translation>
    </message>
    <message>
        <source>Libraries (*.sqlite)</source>
        <translation>Библиотеки (*.sqlite)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Sync failures</source>
        <translation>Ошибки синхронизации</translation>
    </message>
    <message>
        <source>The address must start with http:// or https://.</source>
        <translation>Адрес должен начинаться с http:// или https://.</translation>
    </message>
    <message>
        <source>The address needs a valid host name, as in https://example.org/feed/.</source>
        <translation>В адресе должно быть допустимое имя хоста, например https://example.org/feed/.</translation>
    </message>
    <message>
        <source>The translations address must contain {lang}.</source>
        <translation>Адрес переводов должен содержать {lang}.</translation>
    </message>
    <message>
        <source>Open the selected article</source>
        <translation>Открыть выбранную статью</translation>
    </message>
    <message>
        <source>Move in the list</source>
        <translation>Перемещение по списку</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Remove {name} and its articles from the library? Bookmarks, collections and notes are kept and come back if you add the source again.</source>
        <translation>Удалить {name} и его статьи из библиотеки? Закладки, подборки и заметки сохранятся и вернутся, если снова добавить источник.</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Предварительный просмотр</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Экспорт в PDF</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Бумага</translation>
    </message>
    <message>
        <source>Number paragraphs for pinpoint citation</source>
        <translation>Нумеровать абзацы для точных ссылок</translation>
    </message>
    <message>
        <source>Include highlights and notes</source>
        <translation>Включить выделения и заметки</translation>
    </message>
    <message>
        <source>Preparing the binder…</source>
        <translation>Подготовка сборника…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln selected article(s)</source>
        <translation>
            <numerusform>%Ln выбранная статья</numerusform>
            <numerusform>%Ln выбранные статьи</numerusform>
            <numerusform>%Ln выбранных статей</numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Annotations are not available in this version.</source>
        <translation>Аннотации недоступны в этой версии.</translation>
    </message>
    <message>
        <source>Choose an article, select articles or open a collection.</source>
        <translation>Выберите статью, выделите статьи или откройте подборку.</translation>
    </message>
    <message>
        <source>Selected articles</source>
        <translation>Выбранные статьи</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Экспорт отменён; ничего не записано.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln page(s) to {path}</source>
        <translation>
            <numerusform>Экспортирована %Ln страница в {path}</numerusform>
            <numerusform>Экспортировано %Ln страницы в {path}</numerusform>
            <numerusform>Экспортировано %Ln страниц в {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Printed {done} of {total}: {title}</source>
        <translation>Напечатано {done} из {total}: {title}</translation>
    </message>
    <message>
        <source>{name} already exists. Replace it?</source>
        <translation>{name} уже существует. Заменить?</translation>
    </message>
    <message>
        <source>Export as PDF…</source>
        <translation>Экспорт в PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Жёлтый</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Зелёный</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Синий</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Розовый</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Фиолетовый</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <source>Sepia</source>
        <translation>Сепия</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <source>Wait for the sync to finish, or cancel it, then choose the language again.</source>
        <translation>Дождитесь окончания синхронизации или отмените её, затем снова выберите язык.</translation>
    </message>
    <message>
        <source>The interface language changes the next time the app starts.</source>
        <translation>Язык интерфейса изменится при следующем запуске приложения.</translation>
    </message>
    <message>
        <source>cites {what}</source>
        <translation>цитирует {what}</translation>
    </message>
    <message>
        <source>same topic: {name}</source>
        <translation>та же тема: {name}</translation>
    </message>
    <message>
        <source>same category: {name}</source>
        <translation>та же рубрика: {name}</translation>
    </message>
    <message>
        <source>published around the same time</source>
        <translation>опубликовано примерно в то же время</translation>
    </message>
    <message>
        <source>similar wording: {words}</source>
        <translation>похожие формулировки: {words}</translation>
    </message>
    <message>
        <source>Side by side…</source>
        <translation>Рядом…</translation>
    </message>
    <message>
        <source>Read two languages of this article in two columns</source>
        <translation>Читать статью на двух языках в двух колонках</translation>
    </message>
    <message>
        <source>Languages of this article</source>
        <translation>Языки этой статьи</translation>
    </message>
    <message>
        <source>Not synced yet:</source>
        <translation>Ещё не синхронизированы:</translation>
    </message>
    <message>
        <source>Not in the library yet. Click to sync this language ({code}).</source>
        <translation>Ещё нет в библиотеке. Нажмите, чтобы синхронизировать этот язык ({code}).</translation>
    </message>
    <message>
        <source>Sync this language: {name}</source>
        <translation>Синхронизировать язык: {name}</translation>
    </message>
    <message>
        <source>{code}: the machine translation lost {spots} numbers or dates; they are marked in the text</source>
        <translation>{code}: машинный перевод потерял чисел или дат: {spots}; они отмечены в тексте</translation>
    </message>
    <message>
        <source>{name} (syncing…)</source>
        <translation>{name} (синхронизация…)</translation>
    </message>
    <message>
        <source>No library is open.</source>
        <translation>Библиотека не открыта.</translation>
    </message>
    <message>
        <source>That is where the library is already.</source>
        <translation>Библиотека уже находится там.</translation>
    </message>
    <message>
        <source>Open library…</source>
        <translation>Открыть библиотеку…</translation>
    </message>
    <message>
        <source>Move library…</source>
        <translation>Переместить библиотеку…</translation>
    </message>
    <message>
        <source>Backups…</source>
        <translation>Резервные копии…</translation>
    </message>
    <message>
        <source>Open library</source>
        <translation>Открыть библиотеку</translation>
    </message>
    <message>
        <source>Move library to</source>
        <translation>Переместить библиотеку в</translation>
    </message>
    <message>
        <source>This window cannot switch libraries.</source>
        <translation>В этом окне нельзя сменить библиотеку.</translation>
    </message>
    <message>
        <source>Wait for the sync to finish, or cancel it, then move.</source>
        <translation>Дождитесь окончания синхронизации или отмените её, затем перемещайте.</translation>
    </message>
    <message>
        <source>{dest} exists already; choose a new file name.</source>
        <translation>{dest} уже существует; выберите другое имя файла.</translation>
    </message>
    <message>
        <source>Copying the library to {dest}…</source>
        <translation>Копирование библиотеки в {dest}…</translation>
    </message>
    <message>
        <source>A sync started; move again after it.</source>
        <translation>Началась синхронизация; переместите ещё раз после неё.</translation>
    </message>
    <message>
        <source>The library moved to {dest}, but the old file could not be removed: {e}</source>
        <translation>Библиотека перемещена в {dest}, но старый файл удалить не удалось: {e}</translation>
    </message>
    <message>
        <source>The library is now at {dest}.</source>
        <translation>Библиотека теперь находится в {dest}.</translation>
    </message>
    <message>
        <source>The library was restored from {name}.</source>
        <translation>Библиотека восстановлена из {name}.</translation>
    </message>
    <message>
        <source>Cannot create the folder {folder}: {error}</source>
        <translation>Не удаётся создать папку {folder}: {error}</translation>
    </message>
    <message>
        <source>Light theme</source>
        <translation>Светлая тема</translation>
    </message>
    <message>
        <source>Dark theme</source>
        <translation>Тёмная тема</translation>
    </message>
    <message>
        <source>Sepia theme</source>
        <translation>Тема «сепия»</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Синхронизировать</translation>
    </message>
    <message>
        <source>Cancel sync</source>
        <translation>Отменить синхронизацию</translation>
    </message>
    <message>
        <source>Sync failures…</source>
        <translation>Ошибки синхронизации…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Search (find)</source>
        <translation>Поиск (найти)</translation>
    </message>
    <message>
        <source>Focus list</source>
        <translation>Перейти к списку</translation>
    </message>
    <message>
        <source>Page down in article</source>
        <translation>Страница вниз в статье</translation>
    </message>
    <message>
        <source>Page up in article</source>
        <translation>Страница вверх в статье</translation>
    </message>
    <message>
        <source>Your library is empty. Open the sample library to look around, or add a source and sync.</source>
        <translation>Ваша библиотека пуста. Откройте демонстрационную библиотеку, чтобы осмотреться, или добавьте источник и синхронизируйте.</translation>
    </message>
    <message>
        <source>Open the sample library</source>
        <translation>Открыть демонстрационную библиотеку</translation>
    </message>
    <message>
        <source>Add a source…</source>
        <translation>Добавить источник…</translation>
    </message>
    <message>
        <source>Search all articles (Ctrl+K)</source>
        <translation>Поиск по всем статьям (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search in language</source>
        <translation>Язык поиска</translation>
    </message>
    <message>
        <source>Search in one language, or in all</source>
        <translation>Искать на одном языке или на всех</translation>
    </message>
    <message>
        <source>Filter titles</source>
        <translation>Фильтр заголовков</translation>
    </message>
    <message>
        <source>Filter the list by title</source>
        <translation>Фильтровать список по заголовку</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Связанные</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Статьи</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Основная</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Sources…</source>
        <translation>Источники…</translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation>Настройки…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Исходный размер</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>&amp;Статья</translation>
    </message>
    <message>
        <source>Next article</source>
        <translation>Следующая статья</translation>
    </message>
    <message>
        <source>Previous article</source>
        <translation>Предыдущая статья</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Спр&amp;авка</translation>
    </message>
    <message>
        <source>About</source>
        <translation>О программе</translation>
    </message>
    <message>
        <source>Opening the library…</source>
        <translation>Открытие библиотеки…</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Все языки</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Непрочитанные</translation>
    </message>
    <message>
        <source>Importing the sample library…</source>
        <translation>Импорт демонстрационной библиотеки…</translation>
    </message>
    <message>
        <source>The sample library is ready.</source>
        <translation>Демонстрационная библиотека готова.</translation>
    </message>
    <message>
        <source>Sync cancelled</source>
        <translation>Синхронизация отменена</translation>
    </message>
    <message>
        <source>Sync finished</source>
        <translation>Синхронизация завершена</translation>
    </message>
    <message>
        <source>This article was updated since you annotated or bookmarked it. Highlights were placed again; see the Notes tab for any not found. &lt;a href="compare"&gt;Compare revisions…&lt;/a&gt;</source>
        <translation>Эта статья обновилась после того, как вы сделали заметку или закладку. Выделения расставлены заново; ненайденные — на вкладке «Заметки». &lt;a href="compare"&gt;Сравнить редакции…&lt;/a&gt;</translation>
    </message>
    <message>
        <source>No sources to sync yet: add one under File › Sources…</source>
        <translation>Источников для синхронизации пока нет: добавьте их в меню Файл › Источники…</translation>
    </message>
    <message>
        <source>Offline: the sources cannot be reached. Everything in the library is available.</source>
        <translation>Нет связи: источники недоступны. Всё, что есть в библиотеке, доступно.</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Ещё не синхронизировано</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln статья</numerusform>
            <numerusform>%Ln статьи</numerusform>
            <numerusform>%Ln статей</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing: {new} new, {updated} updated, {failed} failed — {current}</source>
        <translation>Синхронизация: новых {new}, обновлено {updated}, ошибок {failed} — {current}</translation>
    </message>
    <message>
        <source>{word}: {new} new, {updated} updated, {failed} failed.</source>
        <translation>{word}: новых {new}, обновлено {updated}, ошибок {failed}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Search&lt;/b&gt; “{q}” in {where} — {n}</source>
        <translation>&lt;b&gt;Поиск&lt;/b&gt; «{q}» в разделе {where} — {n}</translation>
    </message>
    <message>
        <source>Last synced {when}</source>
        <translation>Последняя синхронизация: {when}</translation>
    </message>
    <message>
        <source>Notebook</source>
        <translation>Блокнот</translation>
    </message>
    <message>
        <source>Search quotes, notes and tags</source>
        <translation>Поиск по цитатам, заметкам и меткам</translation>
    </message>
    <message>
        <source>Search annotations</source>
        <translation>Поиск аннотаций</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Аннотации</translation>
    </message>
    <message>
        <source>All collections</source>
        <translation>Все подборки</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Все метки</translation>
    </message>
    <message>
        <source>All colours</source>
        <translation>Все цвета</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Любое состояние</translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s)</source>
        <translation>
            <numerusform>%Ln аннотация</numerusform>
            <numerusform>%Ln аннотации</numerusform>
            <numerusform>%Ln аннотаций</numerusform>
        </translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Подборка</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Метка</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Lang.</source>
        <translation>Яз.</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Цитата</translation>
    </message>
    <message>
        <source>In place</source>
        <translation>На месте</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Смещена</translation>
    </message>
    <message>
        <source>Not found (orphaned)</source>
        <translation>Не найдена (потеряна привязка)</translation>
    </message>
    <message>
        <source>Bookmark article</source>
        <translation>Добавить статью в закладки</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Выделить</translation>
    </message>
    <message>
        <source>No differences in the text.</source>
        <translation>Различий в тексте нет.</translation>
    </message>
    <message>
        <source>Compare revisions…</source>
        <translation>Сравнить редакции…</translation>
    </message>
    <message>
        <source>{insertions}, {deletions} ({paragraphs})</source>
        <translation>{insertions}, {deletions} ({paragraphs})</translation>
    </message>
    <message numerus="yes">
        <source>%Ln insertion(s)</source>
        <translation>
            <numerusform>%Ln вставка</numerusform>
            <numerusform>%Ln вставки</numerusform>
            <numerusform>%Ln вставок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deletion(s)</source>
        <translation>
            <numerusform>%Ln удаление</numerusform>
            <numerusform>%Ln удаления</numerusform>
            <numerusform>%Ln удалений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln paragraph(s) changed</source>
        <translation>
            <numerusform>изменён %Ln абзац</numerusform>
            <numerusform>изменено %Ln абзаца</numerusform>
            <numerusform>изменено %Ln абзацев</numerusform>
        </translation>
    </message>
    <message>
        <source>Revision {n} — fetched {when}</source>
        <translation>Редакция {n} — получена {when}</translation>
    </message>
    <message>
        <source>Older revision</source>
        <translation>Более ранняя редакция</translation>
    </message>
    <message>
        <source>Newer revision</source>
        <translation>Более поздняя редакция</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;По:</translation>
    </message>
    <message>
        <source>Summary of the changes</source>
        <translation>Сводка изменений</translation>
    </message>
    <message>
        <source>Changes between the two revisions</source>
        <translation>Изменения между двумя редакциями</translation>
    </message>
    <message>
        <source>&amp;Previous change</source>
        <translation>&amp;Предыдущее изменение</translation>
    </message>
    <message>
        <source>&amp;Next change</source>
        <translation>С&amp;ледующее изменение</translation>
    </message>
    <message>
        <source>Open an article to compare its revisions.</source>
        <translation>Откройте статью, чтобы сравнить её редакции.</translation>
    </message>
    <message>
        <source>(newest)</source>
        <translation>(последняя)</translation>
    </message>
    <message>
        <source>This article has only one revision: nothing to compare.</source>
        <translation>У этой статьи только одна редакция: сравнивать нечего.</translation>
    </message>
    <message>
        <source>Choose two different revisions.</source>
        <translation>Выберите две разные редакции.</translation>
    </message>
    <message>
        <source>(the older revision is on the right: read insertions as removals)</source>
        <translation>(более ранняя редакция справа: читайте вставки как удаления)</translation>
    </message>
    <message>
        <source>Compare revisions — {title}</source>
        <translation>Сравнение редакций — {title}</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Аннотация</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Revision {n} is missing from the library.</source>
        <translation>Редакции {n} нет в библиотеке.</translation>
    </message>
    <message>
        <source>Related articles from the site</source>
        <translation>Связанные статьи с сайта</translation>
    </message>
    <message>
        <source>Related articles found in the library</source>
        <translation>Связанные статьи в библиотеке</translation>
    </message>
    <message>
        <source>&lt;b&gt;You might also like&lt;/b&gt; (from the site)</source>
        <translation>&lt;b&gt;Вам также может понравиться&lt;/b&gt; (с сайта)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Related in your library&lt;/b&gt;</source>
        <translation>&lt;b&gt;Связанное в вашей библиотеке&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Related articles</source>
        <translation>Связанные статьи</translation>
    </message>
    <message>
        <source>The site lists no related articles.</source>
        <translation>Сайт не указывает связанных статей.</translation>
    </message>
    <message>
        <source>Working out related articles…</source>
        <translation>Поиск связанных статей…</translation>
    </message>
    <message>
        <source>No related articles found in the library.</source>
        <translation>В библиотеке не найдено связанных статей.</translation>
    </message>
    <message>
        <source>not synced — click to fetch it</source>
        <translation>не синхронизирована — нажмите, чтобы загрузить</translation>
    </message>
    <message>
        <source>Fetching “{title}”…</source>
        <translation>Загрузка «{title}»…</translation>
    </message>
    <message>
        <source>fetching…</source>
        <translation>загрузка…</translation>
    </message>
    <message>
        <source>Shown in {lang}: not held in this language</source>
        <translation>Показано на языке: {lang}; на этом языке нет</translation>
    </message>
    <message>
        <source>Could not fetch “{title}”: {error}</source>
        <translation>Не удалось загрузить «{title}»: {error}</translation>
    </message>
    <message>
        <source>Fetched “{title}”.</source>
        <translation>«{title}» загружена.</translation>
    </message>
    <message>
        <source>Library sections</source>
        <translation>Разделы библиотеки</translation>
    </message>
    <message>
        <source>Recently read</source>
        <translation>Недавно прочитанные</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Закладки</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Подборки</translation>
    </message>
    <message>
        <source>Laws and cases</source>
        <translation>Законы и дела</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>демо</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Рядом</translation>
    </message>
    <message>
        <source>Left column language</source>
        <translation>Язык левой колонки</translation>
    </message>
    <message>
        <source>Right column language</source>
        <translation>Язык правой колонки</translation>
    </message>
    <message>
        <source>Paragraphs are paired by the article's structure.</source>
        <translation>Абзацы сопоставляются по структуре статьи.</translation>
    </message>
    <message>
        <source>Open an article first.</source>
        <translation>Сначала откройте статью.</translation>
    </message>
    <message>
        <source>The library holds this article in one language only.</source>
        <translation>В библиотеке эта статья есть только на одном языке.</translation>
    </message>
    <message>
        <source>Left:</source>
        <translation>Слева:</translation>
    </message>
    <message>
        <source>Right:</source>
        <translation>Справа:</translation>
    </message>
    <message>
        <source>Syncing the {language} translation…</source>
        <translation>Синхронизация перевода ({language})…</translation>
    </message>
    <message>
        <source>The {language} translation was not fetched: {reason}</source>
        <translation>Перевод ({language}) не загружен: {reason}</translation>
    </message>
    <message>
        <source>The {language} translation is now in the library.</source>
        <translation>Перевод ({language}) теперь в библиотеке.</translation>
    </message>
    <message>
        <source>Offline: the source cannot be reached, so the {language} translation was not fetched. Everything in the library is still available.</source>
        <translation>Нет связи: источник недоступен, поэтому перевод ({language}) не загружен. Всё, что есть в библиотеке, по-прежнему доступно.</translation>
    </message>
    <message>
        <source>Undo note edit</source>
        <translation type="vanished">Отменить правку заметки</translation>
    </message>
    <message>
        <source>Undo colour change</source>
        <translation type="vanished">Отменить смену цвета</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation type="vanished">Отменить удаление</translation>
    </message>
    <message>
        <source>Undo highlight</source>
        <translation type="vanished">Отменить выделение</translation>
    </message>
    <message>
        <source>1 article</source>
        <translation type="vanished">1 статья</translation>
    </message>
    <message>
        <source>{n} articles</source>
        <translation type="vanished">Статей: {n}</translation>
    </message>
    <message>
        <source>Added {what} to “{name}”.</source>
        <translation type="vanished">Добавлено в «{name}»: {what}.</translation>
    </message>
    <message>
        <source>Delete the collection “{name}”?

Its {what} stay in the library; only the collection, its description and its order are removed.</source>
        <translation type="vanished">Удалить подборку «{name}»?

Её материалы ({what}) остаются в библиотеке; удаляются только подборка, её описание и порядок.</translation>
    </message>
    <message>
        <source>Add {what} to:</source>
        <translation type="vanished">Добавить ({what}) в:</translation>
    </message>
    <message>
        <source>Removed {what} from “{name}”; they stay in the library.</source>
        <translation type="vanished">Убрано из «{name}»: {what}; материалы остаются в библиотеке.</translation>
    </message>
    <message>
        <source>{n} already in it.</source>
        <translation type="vanished">Уже были в ней: {n}.</translation>
    </message>
    <message>
        <source>1 insertion</source>
        <translation type="vanished">1 вставка</translation>
    </message>
    <message>
        <source>1 deletion</source>
        <translation type="vanished">1 удаление</translation>
    </message>
    <message>
        <source>1 paragraph changed</source>
        <translation type="vanished">Изменён 1 абзац</translation>
    </message>
    <message>
        <source>{n} insertions</source>
        <translation type="vanished">Вставок: {n}</translation>
    </message>
    <message>
        <source>{n} deletions</source>
        <translation type="vanished">Удалений: {n}</translation>
    </message>
    <message>
        <source>{n} paragraphs changed</source>
        <translation type="vanished">Изменено абзацев: {n}</translation>
    </message>
</context>
</TS>
