<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>reader</name>
    <message>
        <source>No automatic backup of {path}: the disk has less than {mb} MB free. Free some space, or move the library (File → Move library…).</source>
        <translation>未能自动备份 {path}：磁盘可用空间不足 {mb} MB。请释放空间，或移动资料库（文件 → 移动资料库…）。</translation>
    </message>
    <message>
        <source>The library {db} is already open in another window of {app}. Switch to that window, or close it first.</source>
        <translation>资料库 {db} 已在 {app} 的另一个窗口中打开。请切换到该窗口，或先将其关闭。</translation>
    </message>
    <message>
        <source>The library {db} was not found (was it moved, or is its drive not connected?). Create a new, empty library there?</source>
        <translation>未找到资料库 {db}（是否已被移动，或其所在磁盘未连接？）。要在该位置新建一个空资料库吗？</translation>
    </message>
    <message>
        <source>Image not available offline</source>
        <translation>图片无法离线查看</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Sample content written for this app</source>
        <translation>为本应用编写的示例内容</translation>
    </message>
    <message>
        <source>It is not an article of the source site: its contributors are fictional, and its statements of law should be checked against the primary sources before they are relied on.</source>
        <translation>这不是来源网站的文章：其作者是虚构的，其中的法律陈述在依赖之前应对照原始资料加以核实。</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Contributors</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Retrieved on</source>
        <translation>获取日期</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>修订版</translation>
    </message>
    <message>
        <source>Removed from the source on</source>
        <translation>从来源删除的日期</translation>
    </message>
    <message>
        <source>No English paragraph is aligned with this one.</source>
        <translation>没有与此段对齐的英文段落。</translation>
    </message>
    <message>
        <source>{title} — side by side</source>
        <translation>{title} — 对照阅读</translation>
    </message>
    <message>
        <source>The machine translation damaged {spots} numbers or dates in {blocks} paragraphs (XNUMX stands for lost digits). Point at a marked spot, or click it, to read the English paragraph with the real numbers.</source>
        <translation>机器翻译损坏了 {blocks} 个段落中的 {spots} 处数字或日期（XNUMX 表示丢失的数字）。将鼠标指向或点击标记处，即可阅读带有真实数字的英文段落。</translation>
    </message>
    <message>
        <source>Numbers in the English original:</source>
        <translation>英文原文中的数字：</translation>
    </message>
    <message>
        <source>Dates in the English original:</source>
        <translation>英文原文中的日期：</translation>
    </message>
    <message>
        <source>English:</source>
        <translation>英文：</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>An offline reader for legal news about China.</source>
        <translation>一款离线阅读中国法律资讯的应用。</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>资料库</translation>
    </message>
    <message>
        <source>is free software under the MIT licence.</source>
        <translation>是采用 MIT 许可证的自由软件。</translation>
    </message>
    <message>
        <source>Built with</source>
        <translation>构建工具</translation>
    </message>
    <message>
        <source>and Qt for Python (PySide6)</source>
        <translation>以及 Qt for Python (PySide6)</translation>
    </message>
    <message>
        <source>Qt WebEngine contains Chromium, under BSD-style and other open-source licences.</source>
        <translation>Qt WebEngine 包含 Chromium，采用 BSD 类及其他开源许可证。</translation>
    </message>
    <message>
        <source>You may replace the Qt libraries in the program's folder with your own build.</source>
        <translation>您可以用自己构建的版本替换程序文件夹中的 Qt 库。</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>软件包</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>Fonts</source>
        <translation>字体</translation>
    </message>
    <message>
        <source>The fonts are the system's; they are not part of the program.</source>
        <translation>字体来自系统，不属于本程序。</translation>
    </message>
    <message>
        <source>Portable mode: settings and library in {folder}</source>
        <translation>便携模式：设置和资料库位于 {folder}</translation>
    </message>
    <message>
        <source>Settings: {file}</source>
        <translation>设置：{file}</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>关于 {app}</translation>
    </message>
    <message>
        <source>Undo note change</source>
        <translation>撤销笔记更改</translation>
    </message>
    <message>
        <source>Export notes…</source>
        <translation>导出笔记…</translation>
    </message>
    <message>
        <source>Import notes…</source>
        <translation>导入笔记…</translation>
    </message>
    <message>
        <source>Highlight selection</source>
        <translation>高亮所选文字</translation>
    </message>
    <message>
        <source>Highlight with note…</source>
        <translation>高亮并添加笔记…</translation>
    </message>
    <message>
        <source>Notebook…</source>
        <translation>笔记本…</translation>
    </message>
    <message>
        <source>Export notes</source>
        <translation>导出笔记</translation>
    </message>
    <message>
        <source>Notes of</source>
        <translation>笔记范围</translation>
    </message>
    <message>
        <source>Markdown (to read, print or paste)</source>
        <translation>Markdown（用于阅读、打印或粘贴）</translation>
    </message>
    <message>
        <source>W3C Web Annotation JSON-LD (to import again)</source>
        <translation>W3C Web Annotation JSON-LD（用于再次导入）</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Import notes</source>
        <translation>导入笔记</translation>
    </message>
    <message>
        <source>Web Annotation JSON-LD (*.jsonld *.json);;All files (*)</source>
        <translation>Web Annotation JSON-LD (*.jsonld *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>没有可撤销的操作。</translation>
    </message>
    <message>
        <source>All notes in the library</source>
        <translation>资料库中的全部笔记</translation>
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
        <translation>请先在文章中选择文字。</translation>
    </message>
    <message>
        <source>Select the passage this note belongs to, then re-attach.</source>
        <translation>请选择这条笔记所属的段落，然后重新关联。</translation>
    </message>
    <message>
        <source>This article</source>
        <translation>本文</translation>
    </message>
    <message>
        <source>The collection “{name}”</source>
        <translation>文集“{name}”</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln note(s) to {path}.</source>
        <translation>
            <numerusform>已将 %Ln 条笔记导出到 {path}。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write {path}: {error}.</source>
        <translation>无法写入 {path}：{error}。</translation>
    </message>
    <message>
        <source>moved: the text changed around it</source>
        <translation>已移位：其周围的文字有改动</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>Your note, in Markdown: **bold**, *italic*, lists, links</source>
        <translation>您的笔记（Markdown）：**粗体**、*斜体*、列表、链接</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>笔记正文</translation>
    </message>
    <message>
        <source>Note preview</source>
        <translation>笔记预览</translation>
    </message>
    <message>
        <source>comma-separated, e.g. reciprocity, service</source>
        <translation>用逗号分隔，例如：互惠, 送达</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Highlights and notes</source>
        <translation>高亮与笔记</translation>
    </message>
    <message>
        <source>No highlights yet. Select text in the article and choose Highlight (right-click, or Ctrl+Shift+H).</source>
        <translation>尚无高亮。在文章中选择文字并选择“高亮”（右键，或 Ctrl+Shift+H）。</translation>
    </message>
    <message>
        <source>Edit note…</source>
        <translation>编辑笔记…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Re-attach to selection</source>
        <translation>重新关联到所选文字</translation>
    </message>
    <message>
        <source>Select the passage in the article where this note belongs, then click here</source>
        <translation>在文章中选择这条笔记所属的段落，然后点击此处</translation>
    </message>
    <message>
        <source>not found in the current version (last found in revision {n})</source>
        <translation>在当前版本中未找到（最后一次出现在修订版 {n}）</translation>
    </message>
    <message>
        <source>Note edit undone</source>
        <translation>已撤销笔记更改</translation>
    </message>
    <message>
        <source>Colour change undone</source>
        <translation>已撤销颜色更改</translation>
    </message>
    <message>
        <source>Note restored</source>
        <translation>已恢复笔记</translation>
    </message>
    <message>
        <source>Highlight removed</source>
        <translation>已移除高亮</translation>
    </message>
    <message>
        <source>made on revision {n}</source>
        <translation>创建于修订版 {n}</translation>
    </message>
    <message>
        <source>tags: {t}</source>
        <translation>标签：{t}</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Damaged translation (numbers or dates lost): {languages}</source>
        <translation>译文受损（数字或日期丢失）：{languages}</translation>
    </message>
    <message>
        <source>Bookmarked</source>
        <translation>已加书签</translation>
    </message>
    <message>
        <source>Has notes</source>
        <translation>有笔记</translation>
    </message>
    <message>
        <source>Updated since you annotated or bookmarked it</source>
        <translation>在您添加笔记或书签之后已更新</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>手动创建</translation>
    </message>
    <message>
        <source>Replaced by a restore</source>
        <translation>被恢复操作替换</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>副本</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>尚无备份。</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>恢复…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation>显示文件夹</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>Back up automatically every</source>
        <translation>自动备份间隔</translation>
    </message>
    <message>
        <source>Automatic backups to keep</source>
        <translation>保留的自动备份数</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Delete a backup</source>
        <translation>删除备份</translation>
    </message>
    <message>
        <source>Before an upgrade (from schema {v})</source>
        <translation>升级之前（自架构版本 {v}）</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Backups of {library}. Restoring one replaces the library; the current file is kept in the backups folder first, so a restore can be undone.</source>
        <translation>{library} 的备份。恢复备份会替换资料库；当前文件会先保存到备份文件夹中，因此恢复可以撤销。</translation>
    </message>
    <message>
        <source>No backup was made: {e}</source>
        <translation>未能创建备份：{e}</translation>
    </message>
    <message>
        <source>Replace the library with the backup of {when}?

Everything changed since then is replaced. The current library is kept in the backups folder first, so you can restore it again.</source>
        <translation>要用 {when} 的备份替换资料库吗？

此后的所有更改都将被替换。当前资料库会先保存到备份文件夹中，以便您再次恢复。</translation>
    </message>
    <message>
        <source>Delete the backup of {when} ({kind}, {size})? This cannot be undone.</source>
        <translation>要删除 {when} 的备份（{kind}，{size}）吗？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Not deleted: {e}</source>
        <translation>未删除：{e}</translation>
    </message>
    <message>
        <source>Laws</source>
        <translation>法律</translation>
    </message>
    <message>
        <source>Judicial interpretations and rules</source>
        <translation>司法解释和规则</translation>
    </message>
    <message>
        <source>Regulations</source>
        <translation>法规</translation>
    </message>
    <message>
        <source>Treaties</source>
        <translation>条约</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案例</translation>
    </message>
    <message>
        <source>Other documents</source>
        <translation>其他文件</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) cite {name}</source>
        <translation>
            <numerusform>%Ln 篇文章引用了 {name}</numerusform>
        </translation>
    </message>
    <message>
        <source>Add to collection</source>
        <translation>添加到文集</translation>
    </message>
    <message>
        <source>An &amp;existing collection</source>
        <translation>现有文集(&amp;E)</translation>
    </message>
    <message>
        <source>Existing collection</source>
        <translation>现有文集</translation>
    </message>
    <message>
        <source>A &amp;new collection</source>
        <translation>新文集(&amp;N)</translation>
    </message>
    <message>
        <source>Name of the new collection</source>
        <translation>新文集的名称</translation>
    </message>
    <message>
        <source>e.g. the matter or client</source>
        <translation>例如案件或客户</translation>
    </message>
    <message>
        <source>Description of the new collection</source>
        <translation>新文集的说明</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>说明：</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>A collection needs a name.</source>
        <translation>文集需要一个名称。</translation>
    </message>
    <message>
        <source>Add to collection…</source>
        <translation>添加到文集…</translation>
    </message>
    <message>
        <source>Remove from collection</source>
        <translation>从文集中移除</translation>
    </message>
    <message>
        <source>Move up in collection</source>
        <translation>在文集中上移</translation>
    </message>
    <message>
        <source>Move down in collection</source>
        <translation>在文集中下移</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>新建文集</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>在浏览器中打开</translation>
    </message>
    <message>
        <source>New collection…</source>
        <translation>新建文集…</translation>
    </message>
    <message>
        <source>Edit name and description…</source>
        <translation>编辑名称和说明…</translation>
    </message>
    <message>
        <source>Delete collection…</source>
        <translation>删除文集…</translation>
    </message>
    <message numerus="yes">
        <source>Add %Ln article(s) to:</source>
        <translation>
            <numerusform>将 %Ln 篇文章添加到：</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit collection</source>
        <translation>编辑文集</translation>
    </message>
    <message>
        <source>Remove bookmark</source>
        <translation>删除书签</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>添加书签</translation>
    </message>
    <message>
        <source>A collection named “{name}” already exists.</source>
        <translation>名为“{name}”的文集已存在。</translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln article(s) to “{name}”.</source>
        <translation>
            <numerusform>已将 %Ln 篇文章添加到“{name}”。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already in it.</source>
        <translation>
            <numerusform>其中 %Ln 篇已在文集中。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the collection “{name}”?

Its %Ln article(s) stay in the library; only the collection, its description and its order are removed.</source>
        <translation>
            <numerusform>要删除文集“{name}”吗？

其中的 %Ln 篇文章仍保留在资料库中；只删除文集本身、其说明和排列顺序。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %Ln article(s) from “{name}”; they stay in the library.</source>
        <translation>
            <numerusform>已从“{name}”中移除 %Ln 篇文章；它们仍保留在资料库中。</numerusform>
        </translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>全部文章</translation>
    </message>
    <message>
        <source>Deleted the collection “{name}”.</source>
        <translation>已删除文集“{name}”。</translation>
    </message>
    <message>
        <source>China Justice Observer</source>
        <translation>China Justice Observer（中国司法观察）</translation>
    </message>
    <message>
        <source>RSS or Atom feed</source>
        <translation>RSS 或 Atom 订阅源</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Translations at</source>
        <translation>译文地址</translation>
    </message>
    <message>
        <source>Pause between requests (s)</source>
        <translation>请求间隔（秒）</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Remove source</source>
        <translation>移除来源</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source> min (0 = manual)</source>
        <translation> 分钟（0 = 手动）</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>美国信纸 (Letter)</translation>
    </message>
    <message>
        <source>Content languages (in order)</source>
        <translation>内容语言（按顺序）</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>字号</translation>
    </message>
    <message>
        <source>Sync automatically every</source>
        <translation>自动同步间隔</translation>
    </message>
    <message>
        <source>Library file (applies at next start)</source>
        <translation>资料库文件（下次启动时生效）</translation>
    </message>
    <message>
        <source>Paper size for PDF</source>
        <translation>PDF 纸张大小</translation>
    </message>
    <message>
        <source>Library file</source>
        <translation>资料库文件</translation>
    </message>
    <message>
        <source>Libraries (*.sqlite)</source>
        <translation>资料库 (*.sqlite)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Sync failures</source>
        <translation>同步失败</translation>
    </message>
    <message>
        <source>The address must start with http:// or https://.</source>
        <translation>地址必须以 http:// 或 https:// 开头。</translation>
    </message>
    <message>
        <source>The address needs a valid host name, as in https://example.org/feed/.</source>
        <translation>地址需要包含有效的主机名，例如 https://example.org/feed/。</translation>
    </message>
    <message>
        <source>The translations address must contain {lang}.</source>
        <translation>译文地址必须包含 {lang}。</translation>
    </message>
    <message>
        <source>Open the selected article</source>
        <translation>打开所选文章</translation>
    </message>
    <message>
        <source>Move in the list</source>
        <translation>在列表中移动</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Remove {name} and its articles from the library? Bookmarks, collections and notes are kept and come back if you add the source again.</source>
        <translation>要从资料库中移除 {name} 及其文章吗？书签、文集和笔记会保留，重新添加该来源后即可恢复。</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>导出为 PDF</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>纸张</translation>
    </message>
    <message>
        <source>Number paragraphs for pinpoint citation</source>
        <translation>为段落编号以便精确引用</translation>
    </message>
    <message>
        <source>Include highlights and notes</source>
        <translation>包括高亮和笔记</translation>
    </message>
    <message>
        <source>Preparing the binder…</source>
        <translation>正在准备汇编…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln selected article(s)</source>
        <translation>
            <numerusform>所选的 %Ln 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Annotations are not available in this version.</source>
        <translation>此版本不支持批注。</translation>
    </message>
    <message>
        <source>Choose an article, select articles or open a collection.</source>
        <translation>请选择一篇文章、选中多篇文章或打开一个文集。</translation>
    </message>
    <message>
        <source>Selected articles</source>
        <translation>所选文章</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>导出已取消；未写入任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln page(s) to {path}</source>
        <translation>
            <numerusform>已将 %Ln 页导出到 {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Printed {done} of {total}: {title}</source>
        <translation>已打印 {done}/{total}：{title}</translation>
    </message>
    <message>
        <source>{name} already exists. Replace it?</source>
        <translation>{name} 已存在。要替换吗？</translation>
    </message>
    <message>
        <source>Export as PDF…</source>
        <translation>导出为 PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>黄色</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>绿色</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>蓝色</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>粉色</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>紫色</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Sepia</source>
        <translation>褐色</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>Wait for the sync to finish, or cancel it, then choose the language again.</source>
        <translation>请等待同步完成或取消同步，然后重新选择语言。</translation>
    </message>
    <message>
        <source>The interface language changes the next time the app starts.</source>
        <translation>界面语言将在下次启动应用时更改。</translation>
    </message>
    <message>
        <source>cites {what}</source>
        <translation>引用了{what}</translation>
    </message>
    <message>
        <source>same topic: {name}</source>
        <translation>相同主题：{name}</translation>
    </message>
    <message>
        <source>same category: {name}</source>
        <translation>相同类别：{name}</translation>
    </message>
    <message>
        <source>published around the same time</source>
        <translation>发布时间相近</translation>
    </message>
    <message>
        <source>similar wording: {words}</source>
        <translation>措辞相似：{words}</translation>
    </message>
    <message>
        <source>Side by side…</source>
        <translation>对照阅读…</translation>
    </message>
    <message>
        <source>Read two languages of this article in two columns</source>
        <translation>以两栏阅读本文的两种语言版本</translation>
    </message>
    <message>
        <source>Languages of this article</source>
        <translation>本文的语言</translation>
    </message>
    <message>
        <source>Not synced yet:</source>
        <translation>尚未同步：</translation>
    </message>
    <message>
        <source>Not in the library yet. Click to sync this language ({code}).</source>
        <translation>资料库中尚无此版本。点击同步该语言（{code}）。</translation>
    </message>
    <message>
        <source>Sync this language: {name}</source>
        <translation>同步该语言：{name}</translation>
    </message>
    <message>
        <source>{code}: the machine translation lost {spots} numbers or dates; they are marked in the text</source>
        <translation>{code}：机器翻译丢失了 {spots} 处数字或日期，已在文中标出</translation>
    </message>
    <message>
        <source>{name} (syncing…)</source>
        <translation>{name}（正在同步…）</translation>
    </message>
    <message>
        <source>No library is open.</source>
        <translation>没有打开的资料库。</translation>
    </message>
    <message>
        <source>That is where the library is already.</source>
        <translation>资料库已在该位置。</translation>
    </message>
    <message>
        <source>Open library…</source>
        <translation>打开资料库…</translation>
    </message>
    <message>
        <source>Move library…</source>
        <translation>移动资料库…</translation>
    </message>
    <message>
        <source>Backups…</source>
        <translation>备份…</translation>
    </message>
    <message>
        <source>Open library</source>
        <translation>打开资料库</translation>
    </message>
    <message>
        <source>Move library to</source>
        <translation>将资料库移动到</translation>
    </message>
    <message>
        <source>This window cannot switch libraries.</source>
        <translation>此窗口无法切换资料库。</translation>
    </message>
    <message>
        <source>Wait for the sync to finish, or cancel it, then move.</source>
        <translation>请等待同步完成或取消同步，然后再移动。</translation>
    </message>
    <message>
        <source>{dest} exists already; choose a new file name.</source>
        <translation>{dest} 已存在；请选择新的文件名。</translation>
    </message>
    <message>
        <source>Copying the library to {dest}…</source>
        <translation>正在将资料库复制到 {dest}…</translation>
    </message>
    <message>
        <source>A sync started; move again after it.</source>
        <translation>同步已开始；请在同步结束后再移动。</translation>
    </message>
    <message>
        <source>The library moved to {dest}, but the old file could not be removed: {e}</source>
        <translation>资料库已移动到 {dest}，但无法删除旧文件：{e}</translation>
    </message>
    <message>
        <source>The library is now at {dest}.</source>
        <translation>资料库现位于 {dest}。</translation>
    </message>
    <message>
        <source>The library was restored from {name}.</source>
        <translation>已从 {name} 恢复资料库。</translation>
    </message>
    <message>
        <source>Cannot create the folder {folder}: {error}</source>
        <translation>无法创建文件夹 {folder}：{error}</translation>
    </message>
    <message>
        <source>Light theme</source>
        <translation>浅色主题</translation>
    </message>
    <message>
        <source>Dark theme</source>
        <translation>深色主题</translation>
    </message>
    <message>
        <source>Sepia theme</source>
        <translation>褐色主题</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Cancel sync</source>
        <translation>取消同步</translation>
    </message>
    <message>
        <source>Sync failures…</source>
        <translation>同步失败…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Search (find)</source>
        <translation>搜索（查找）</translation>
    </message>
    <message>
        <source>Focus list</source>
        <translation>转到列表</translation>
    </message>
    <message>
        <source>Page down in article</source>
        <translation>文章向下翻页</translation>
    </message>
    <message>
        <source>Page up in article</source>
        <translation>文章向上翻页</translation>
    </message>
    <message>
        <source>Your library is empty. Open the sample library to look around, or add a source and sync.</source>
        <translation>您的资料库是空的。打开示例资料库看看，或添加来源并同步。</translation>
    </message>
    <message>
        <source>Open the sample library</source>
        <translation>打开示例资料库</translation>
    </message>
    <message>
        <source>Add a source…</source>
        <translation>添加来源…</translation>
    </message>
    <message>
        <source>Search all articles (Ctrl+K)</source>
        <translation>搜索全部文章 (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search in language</source>
        <translation>搜索语言</translation>
    </message>
    <message>
        <source>Search in one language, or in all</source>
        <translation>在一种语言或全部语言中搜索</translation>
    </message>
    <message>
        <source>Filter titles</source>
        <translation>筛选标题</translation>
    </message>
    <message>
        <source>Filter the list by title</source>
        <translation>按标题筛选列表</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>相关</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Sources…</source>
        <translation>来源…</translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation>首选项…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>实际大小</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>文章(&amp;A)</translation>
    </message>
    <message>
        <source>Next article</source>
        <translation>下一篇文章</translation>
    </message>
    <message>
        <source>Previous article</source>
        <translation>上一篇文章</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <source>Opening the library…</source>
        <translation>正在打开资料库…</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>全部语言</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>未读</translation>
    </message>
    <message>
        <source>Importing the sample library…</source>
        <translation>正在导入示例资料库…</translation>
    </message>
    <message>
        <source>The sample library is ready.</source>
        <translation>示例资料库已就绪。</translation>
    </message>
    <message>
        <source>Sync cancelled</source>
        <translation>同步已取消</translation>
    </message>
    <message>
        <source>Sync finished</source>
        <translation>同步完成</translation>
    </message>
    <message>
        <source>This article was updated since you annotated or bookmarked it. Highlights were placed again; see the Notes tab for any not found. &lt;a href="compare"&gt;Compare revisions…&lt;/a&gt;</source>
        <translation>在您添加笔记或书签之后，本文已更新。高亮已重新定位；未找到的请查看“笔记”标签页。&lt;a href="compare"&gt;比较修订版…&lt;/a&gt;</translation>
    </message>
    <message>
        <source>No sources to sync yet: add one under File › Sources…</source>
        <translation>尚无可同步的来源：请在“文件 › 来源…”中添加</translation>
    </message>
    <message>
        <source>Offline: the sources cannot be reached. Everything in the library is available.</source>
        <translation>离线：无法访问来源。资料库中的所有内容均可使用。</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>尚未同步</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing: {new} new, {updated} updated, {failed} failed — {current}</source>
        <translation>正在同步：新增 {new}，更新 {updated}，失败 {failed} — {current}</translation>
    </message>
    <message>
        <source>{word}: {new} new, {updated} updated, {failed} failed.</source>
        <translation>{word}：新增 {new}，更新 {updated}，失败 {failed}。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Search&lt;/b&gt; “{q}” in {where} — {n}</source>
        <translation>在 {where} 中&lt;b&gt;搜索&lt;/b&gt;“{q}” — {n}</translation>
    </message>
    <message>
        <source>Last synced {when}</source>
        <translation>上次同步：{when}</translation>
    </message>
    <message>
        <source>Notebook</source>
        <translation>笔记本</translation>
    </message>
    <message>
        <source>Search quotes, notes and tags</source>
        <translation>搜索引文、笔记和标签</translation>
    </message>
    <message>
        <source>Search annotations</source>
        <translation>搜索批注</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>批注</translation>
    </message>
    <message>
        <source>All collections</source>
        <translation>全部文集</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <source>All colours</source>
        <translation>全部颜色</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>任意状态</translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s)</source>
        <translation>
            <numerusform>%Ln 条批注</numerusform>
        </translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>文集</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Lang.</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>引文</translation>
    </message>
    <message>
        <source>In place</source>
        <translation>原位</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>已移位</translation>
    </message>
    <message>
        <source>Not found (orphaned)</source>
        <translation>未找到（孤立）</translation>
    </message>
    <message>
        <source>Bookmark article</source>
        <translation>为文章添加书签</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>高亮</translation>
    </message>
    <message>
        <source>No differences in the text.</source>
        <translation>文本无差异。</translation>
    </message>
    <message>
        <source>Compare revisions…</source>
        <translation>比较修订版…</translation>
    </message>
    <message>
        <source>{insertions}, {deletions} ({paragraphs})</source>
        <translation>{insertions}，{deletions}（{paragraphs}）</translation>
    </message>
    <message numerus="yes">
        <source>%Ln insertion(s)</source>
        <translation>
            <numerusform>%Ln 处插入</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deletion(s)</source>
        <translation>
            <numerusform>%Ln 处删除</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln paragraph(s) changed</source>
        <translation>
            <numerusform>%Ln 个段落有改动</numerusform>
        </translation>
    </message>
    <message>
        <source>Revision {n} — fetched {when}</source>
        <translation>修订版 {n} — 获取于 {when}</translation>
    </message>
    <message>
        <source>Older revision</source>
        <translation>较早的修订版</translation>
    </message>
    <message>
        <source>Newer revision</source>
        <translation>较新的修订版</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>到(&amp;T)：</translation>
    </message>
    <message>
        <source>Summary of the changes</source>
        <translation>更改摘要</translation>
    </message>
    <message>
        <source>Changes between the two revisions</source>
        <translation>两个修订版之间的更改</translation>
    </message>
    <message>
        <source>&amp;Previous change</source>
        <translation>上一处更改(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next change</source>
        <translation>下一处更改(&amp;N)</translation>
    </message>
    <message>
        <source>Open an article to compare its revisions.</source>
        <translation>打开一篇文章以比较其修订版。</translation>
    </message>
    <message>
        <source>(newest)</source>
        <translation>（最新）</translation>
    </message>
    <message>
        <source>This article has only one revision: nothing to compare.</source>
        <translation>本文只有一个修订版，无可比较。</translation>
    </message>
    <message>
        <source>Choose two different revisions.</source>
        <translation>请选择两个不同的修订版。</translation>
    </message>
    <message>
        <source>(the older revision is on the right: read insertions as removals)</source>
        <translation>（较早的修订版在右侧：请将插入理解为删除）</translation>
    </message>
    <message>
        <source>Compare revisions — {title}</source>
        <translation>比较修订版 — {title}</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Revision {n} is missing from the library.</source>
        <translation>资料库中缺少修订版 {n}。</translation>
    </message>
    <message>
        <source>Related articles from the site</source>
        <translation>来源网站的相关文章</translation>
    </message>
    <message>
        <source>Related articles found in the library</source>
        <translation>在资料库中找到的相关文章</translation>
    </message>
    <message>
        <source>&lt;b&gt;You might also like&lt;/b&gt; (from the site)</source>
        <translation>&lt;b&gt;您可能还喜欢&lt;/b&gt;（来自网站）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Related in your library&lt;/b&gt;</source>
        <translation>&lt;b&gt;资料库中的相关内容&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Related articles</source>
        <translation>相关文章</translation>
    </message>
    <message>
        <source>The site lists no related articles.</source>
        <translation>该网站未列出相关文章。</translation>
    </message>
    <message>
        <source>Working out related articles…</source>
        <translation>正在计算相关文章…</translation>
    </message>
    <message>
        <source>No related articles found in the library.</source>
        <translation>资料库中未找到相关文章。</translation>
    </message>
    <message>
        <source>not synced — click to fetch it</source>
        <translation>未同步 — 点击获取</translation>
    </message>
    <message>
        <source>Fetching “{title}”…</source>
        <translation>正在获取“{title}”…</translation>
    </message>
    <message>
        <source>fetching…</source>
        <translation>正在获取…</translation>
    </message>
    <message>
        <source>Shown in {lang}: not held in this language</source>
        <translation>以{lang}显示：资料库中没有该语言版本</translation>
    </message>
    <message>
        <source>Could not fetch “{title}”: {error}</source>
        <translation>无法获取“{title}”：{error}</translation>
    </message>
    <message>
        <source>Fetched “{title}”.</source>
        <translation>已获取“{title}”。</translation>
    </message>
    <message>
        <source>Library sections</source>
        <translation>资料库分区</translation>
    </message>
    <message>
        <source>Recently read</source>
        <translation>最近阅读</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>书签</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>文集</translation>
    </message>
    <message>
        <source>Laws and cases</source>
        <translation>法律与案例</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>示例</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>对照阅读</translation>
    </message>
    <message>
        <source>Left column language</source>
        <translation>左栏语言</translation>
    </message>
    <message>
        <source>Right column language</source>
        <translation>右栏语言</translation>
    </message>
    <message>
        <source>Paragraphs are paired by the article's structure.</source>
        <translation>段落按文章结构配对。</translation>
    </message>
    <message>
        <source>Open an article first.</source>
        <translation>请先打开一篇文章。</translation>
    </message>
    <message>
        <source>The library holds this article in one language only.</source>
        <translation>资料库中此文章只有一种语言版本。</translation>
    </message>
    <message>
        <source>Left:</source>
        <translation>左：</translation>
    </message>
    <message>
        <source>Right:</source>
        <translation>右：</translation>
    </message>
    <message>
        <source>Syncing the {language} translation…</source>
        <translation>正在同步{language}译文…</translation>
    </message>
    <message>
        <source>The {language} translation was not fetched: {reason}</source>
        <translation>未获取{language}译文：{reason}</translation>
    </message>
    <message>
        <source>The {language} translation is now in the library.</source>
        <translation>{language}译文现已在资料库中。</translation>
    </message>
    <message>
        <source>Offline: the source cannot be reached, so the {language} translation was not fetched. Everything in the library is still available.</source>
        <translation>离线：无法访问来源，因此未获取{language}译文。资料库中的所有内容仍可使用。</translation>
    </message>
    <message>
        <source>Undo note edit</source>
        <translation type="vanished">撤销笔记编辑</translation>
    </message>
    <message>
        <source>Undo colour change</source>
        <translation type="vanished">撤销颜色更改</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation type="vanished">撤销删除</translation>
    </message>
    <message>
        <source>Undo highlight</source>
        <translation type="vanished">撤销高亮</translation>
    </message>
    <message>
        <source>1 article</source>
        <translation type="vanished">1 篇文章</translation>
    </message>
    <message>
        <source>{n} articles</source>
        <translation type="vanished">{n} 篇文章</translation>
    </message>
    <message>
        <source>Added {what} to “{name}”.</source>
        <translation type="vanished">已将 {what} 添加到“{name}”。</translation>
    </message>
    <message>
        <source>Delete the collection “{name}”?

Its {what} stay in the library; only the collection, its description and its order are removed.</source>
        <translation type="vanished">要删除文集“{name}”吗？

其中的 {what} 仍保留在资料库中；只删除文集本身、其说明和排列顺序。</translation>
    </message>
    <message>
        <source>Add {what} to:</source>
        <translation type="vanished">将 {what} 添加到：</translation>
    </message>
    <message>
        <source>Removed {what} from “{name}”; they stay in the library.</source>
        <translation type="vanished">已从“{name}”中移除 {what}；它们仍保留在资料库中。</translation>
    </message>
    <message>
        <source>{n} already in it.</source>
        <translation type="vanished">其中 {n} 篇已在文集中。</translation>
    </message>
    <message>
        <source>1 insertion</source>
        <translation type="vanished">1 处插入</translation>
    </message>
    <message>
        <source>1 deletion</source>
        <translation type="vanished">1 处删除</translation>
    </message>
    <message>
        <source>1 paragraph changed</source>
        <translation type="vanished">1 个段落有改动</translation>
    </message>
    <message>
        <source>{n} insertions</source>
        <translation type="vanished">{n} 处插入</translation>
    </message>
    <message>
        <source>{n} deletions</source>
        <translation type="vanished">{n} 处删除</translation>
    </message>
    <message>
        <source>{n} paragraphs changed</source>
        <translation type="vanished">{n} 个段落有改动</translation>
    </message>
</context>
</TS>
