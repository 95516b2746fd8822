<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>reader</name>
    <message>
        <source>No automatic backup of {path}: the disk has less than {mb} MB free. Free some space, or move the library (File → Move library…).</source>
        <translation>{path} を自動バックアップできませんでした：ディスクの空き容量が {mb} MB 未満です。空き容量を増やすか、ライブラリを移動してください（ファイル → ライブラリを移動…）。</translation>
    </message>
    <message>
        <source>The library {db} is already open in another window of {app}. Switch to that window, or close it first.</source>
        <translation>ライブラリ {db} は {app} の別のウィンドウで既に開かれています。そのウィンドウに切り替えるか、先に閉じてください。</translation>
    </message>
    <message>
        <source>The library {db} was not found (was it moved, or is its drive not connected?). Create a new, empty library there?</source>
        <translation>ライブラリ {db} が見つかりません（移動されたか、ドライブが接続されていない可能性があります）。この場所に新しい空のライブラリを作成しますか？</translation>
    </message>
    <message>
        <source>Image not available offline</source>
        <translation>画像はオフラインでは表示できません</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Sample content written for this app</source>
        <translation>このアプリのために書かれたサンプルコンテンツ</translation>
    </message>
    <message>
        <source>It is not an article of the source site: its contributors are fictional, and its statements of law should be checked against the primary sources before they are relied on.</source>
        <translation>これは配信元サイトの記事ではありません。執筆者は架空の人物であり、法律に関する記述は、依拠する前に一次資料で確認してください。</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>公開日</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>カテゴリ</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>トピック</translation>
    </message>
    <message>
        <source>Contributors</source>
        <translation>執筆者</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>編集者</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>配信元</translation>
    </message>
    <message>
        <source>Retrieved on</source>
        <translation>取得日</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>版</translation>
    </message>
    <message>
        <source>Removed from the source on</source>
        <translation>配信元から削除された日</translation>
    </message>
    <message>
        <source>No English paragraph is aligned with this one.</source>
        <translation>この段落に対応する英語の段落はありません。</translation>
    </message>
    <message>
        <source>{title} — side by side</source>
        <translation>{title} — 対訳表示</translation>
    </message>
    <message>
        <source>The machine translation damaged {spots} numbers or dates in {blocks} paragraphs (XNUMX stands for lost digits). Point at a marked spot, or click it, to read the English paragraph with the real numbers.</source>
        <translation>機械翻訳により {blocks} 段落で {spots} か所の数字または日付が損なわれています（XNUMX は失われた数字を表します）。印の付いた箇所にポインタを合わせるかクリックすると、正しい数字を含む英語の段落を読めます。</translation>
    </message>
    <message>
        <source>Numbers in the English original:</source>
        <translation>英語原文の数字：</translation>
    </message>
    <message>
        <source>Dates in the English original:</source>
        <translation>英語原文の日付：</translation>
    </message>
    <message>
        <source>English:</source>
        <translation>英語：</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>An offline reader for legal news about China.</source>
        <translation>中国の法律ニュースをオフラインで読むためのリーダー。</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>ライブラリ</translation>
    </message>
    <message>
        <source>is free software under the MIT licence.</source>
        <translation>は MIT ライセンスのフリーソフトウェアです。</translation>
    </message>
    <message>
        <source>Built with</source>
        <translation>使用技術</translation>
    </message>
    <message>
        <source>and Qt for Python (PySide6)</source>
        <translation>および Qt for Python (PySide6)</translation>
    </message>
    <message>
        <source>Qt WebEngine contains Chromium, under BSD-style and other open-source licences.</source>
        <translation>Qt WebEngine には Chromium が含まれており、BSD 系およびその他のオープンソースライセンスで提供されています。</translation>
    </message>
    <message>
        <source>You may replace the Qt libraries in the program's folder with your own build.</source>
        <translation>プログラムのフォルダにある Qt ライブラリは、独自にビルドしたものに置き換えることができます。</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>パッケージ</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <source>Fonts</source>
        <translation>フォント</translation>
    </message>
    <message>
        <source>The fonts are the system's; they are not part of the program.</source>
        <translation>フォントはシステムのものであり、本プログラムには含まれません。</translation>
    </message>
    <message>
        <source>Portable mode: settings and library in {folder}</source>
        <translation>ポータブルモード：設定とライブラリは {folder} にあります</translation>
    </message>
    <message>
        <source>Settings: {file}</source>
        <translation>設定：{file}</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>{app} について</translation>
    </message>
    <message>
        <source>Undo note change</source>
        <translation>メモの変更を元に戻す</translation>
    </message>
    <message>
        <source>Export notes…</source>
        <translation>メモをエクスポート…</translation>
    </message>
    <message>
        <source>Import notes…</source>
        <translation>メモをインポート…</translation>
    </message>
    <message>
        <source>Highlight selection</source>
        <translation>選択範囲をハイライト</translation>
    </message>
    <message>
        <source>Highlight with note…</source>
        <translation>メモ付きでハイライト…</translation>
    </message>
    <message>
        <source>Notebook…</source>
        <translation>ノートブック…</translation>
    </message>
    <message>
        <source>Export notes</source>
        <translation>メモのエクスポート</translation>
    </message>
    <message>
        <source>Notes of</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Markdown (to read, print or paste)</source>
        <translation>Markdown（閲覧・印刷・貼り付け用）</translation>
    </message>
    <message>
        <source>W3C Web Annotation JSON-LD (to import again)</source>
        <translation>W3C Web Annotation JSON-LD（再インポート用）</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Import notes</source>
        <translation>メモのインポート</translation>
    </message>
    <message>
        <source>Web Annotation JSON-LD (*.jsonld *.json);;All files (*)</source>
        <translation>Web Annotation JSON-LD (*.jsonld *.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>元に戻す操作はありません。</translation>
    </message>
    <message>
        <source>All notes in the library</source>
        <translation>ライブラリ内のすべてのメモ</translation>
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
        <translation>先に記事のテキストを選択してください。</translation>
    </message>
    <message>
        <source>Select the passage this note belongs to, then re-attach.</source>
        <translation>このメモが属する箇所を選択してから、再度関連付けてください。</translation>
    </message>
    <message>
        <source>This article</source>
        <translation>この記事</translation>
    </message>
    <message>
        <source>The collection “{name}”</source>
        <translation>コレクション「{name}」</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln note(s) to {path}.</source>
        <translation>
            <numerusform>%Ln 件のメモを {path} にエクスポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write {path}: {error}.</source>
        <translation>{path} に書き込めません：{error}。</translation>
    </message>
    <message>
        <source>moved: the text changed around it</source>
        <translation>移動：周囲のテキストが変更されました</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Your note, in Markdown: **bold**, *italic*, lists, links</source>
        <translation>メモ（Markdown）：**太字**、*斜体*、リスト、リンク</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>メモの本文</translation>
    </message>
    <message>
        <source>Note preview</source>
        <translation>メモのプレビュー</translation>
    </message>
    <message>
        <source>comma-separated, e.g. reciprocity, service</source>
        <translation>カンマ区切り。例：相互の保証, 送達</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>色</translation>
    </message>
    <message>
        <source>Highlights and notes</source>
        <translation>ハイライトとメモ</translation>
    </message>
    <message>
        <source>No highlights yet. Select text in the article and choose Highlight (right-click, or Ctrl+Shift+H).</source>
        <translation>ハイライトはまだありません。記事のテキストを選択して「ハイライト」を選んでください（右クリック、または Ctrl+Shift+H）。</translation>
    </message>
    <message>
        <source>Edit note…</source>
        <translation>メモを編集…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Re-attach to selection</source>
        <translation>選択範囲に関連付け直す</translation>
    </message>
    <message>
        <source>Select the passage in the article where this note belongs, then click here</source>
        <translation>このメモが属する箇所を記事内で選択してから、ここをクリックしてください</translation>
    </message>
    <message>
        <source>not found in the current version (last found in revision {n})</source>
        <translation>現在の版では見つかりません（最後に見つかったのは第 {n} 版）</translation>
    </message>
    <message>
        <source>Note edit undone</source>
        <translation>メモの変更を元に戻しました</translation>
    </message>
    <message>
        <source>Colour change undone</source>
        <translation>色の変更を元に戻しました</translation>
    </message>
    <message>
        <source>Note restored</source>
        <translation>メモを復元しました</translation>
    </message>
    <message>
        <source>Highlight removed</source>
        <translation>ハイライトを削除しました</translation>
    </message>
    <message>
        <source>made on revision {n}</source>
        <translation>第 {n} 版で作成</translation>
    </message>
    <message>
        <source>tags: {t}</source>
        <translation>タグ：{t}</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>カテゴリ</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Damaged translation (numbers or dates lost): {languages}</source>
        <translation>損なわれた翻訳（数字または日付が欠落）：{languages}</translation>
    </message>
    <message>
        <source>Bookmarked</source>
        <translation>ブックマーク済み</translation>
    </message>
    <message>
        <source>Has notes</source>
        <translation>メモあり</translation>
    </message>
    <message>
        <source>Updated since you annotated or bookmarked it</source>
        <translation>メモまたはブックマークの後に更新されました</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>手動</translation>
    </message>
    <message>
        <source>Replaced by a restore</source>
        <translation>復元により置き換え</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>バックアップはまだありません。</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>今すぐバックアップ</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>復元…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation>フォルダを表示</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> 時間</translation>
    </message>
    <message>
        <source>never</source>
        <translation>しない</translation>
    </message>
    <message>
        <source>Back up automatically every</source>
        <translation>自動バックアップの間隔</translation>
    </message>
    <message>
        <source>Automatic backups to keep</source>
        <translation>保持する自動バックアップの数</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>バックアップ中…</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>バックアップの復元</translation>
    </message>
    <message>
        <source>Delete a backup</source>
        <translation>バックアップの削除</translation>
    </message>
    <message>
        <source>Before an upgrade (from schema {v})</source>
        <translation>アップグレード前（スキーマ {v} から）</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Backups of {library}. Restoring one replaces the library; the current file is kept in the backups folder first, so a restore can be undone.</source>
        <translation>{library} のバックアップ。復元するとライブラリが置き換えられます。現在のファイルは先にバックアップフォルダに保存されるため、復元は取り消せます。</translation>
    </message>
    <message>
        <source>No backup was made: {e}</source>
        <translation>バックアップは作成されませんでした：{e}</translation>
    </message>
    <message>
        <source>Replace the library with the backup of {when}?

Everything changed since then is replaced. The current library is kept in the backups folder first, so you can restore it again.</source>
        <translation>ライブラリを {when} のバックアップで置き換えますか？

それ以降の変更はすべて置き換えられます。現在のライブラリは先にバックアップフォルダに保存されるため、再び復元できます。</translation>
    </message>
    <message>
        <source>Delete the backup of {when} ({kind}, {size})? This cannot be undone.</source>
        <translation>{when} のバックアップ（{kind}、{size}）を削除しますか？この操作は元に戻せません。</translation>
    </message>
    <message>
        <source>Not deleted: {e}</source>
        <translation>削除されませんでした：{e}</translation>
    </message>
    <message>
        <source>Laws</source>
        <translation>法律</translation>
    </message>
    <message>
        <source>Judicial interpretations and rules</source>
        <translation>司法解釈および規則</translation>
    </message>
    <message>
        <source>Regulations</source>
        <translation>行政法規</translation>
    </message>
    <message>
        <source>Treaties</source>
        <translation>条約</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>事例</translation>
    </message>
    <message>
        <source>Other documents</source>
        <translation>その他の文書</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) cite {name}</source>
        <translation>
            <numerusform>%Ln 件の記事が {name} を引用</numerusform>
        </translation>
    </message>
    <message>
        <source>Add to collection</source>
        <translation>コレクションに追加</translation>
    </message>
    <message>
        <source>An &amp;existing collection</source>
        <translation>既存のコレクション(&amp;E)</translation>
    </message>
    <message>
        <source>Existing collection</source>
        <translation>既存のコレクション</translation>
    </message>
    <message>
        <source>A &amp;new collection</source>
        <translation>新しいコレクション(&amp;N)</translation>
    </message>
    <message>
        <source>Name of the new collection</source>
        <translation>新しいコレクションの名前</translation>
    </message>
    <message>
        <source>e.g. the matter or client</source>
        <translation>例：案件名や依頼者名</translation>
    </message>
    <message>
        <source>Description of the new collection</source>
        <translation>新しいコレクションの説明</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名前：</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>説明：</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>A collection needs a name.</source>
        <translation>コレクションには名前が必要です。</translation>
    </message>
    <message>
        <source>Add to collection…</source>
        <translation>コレクションに追加…</translation>
    </message>
    <message>
        <source>Remove from collection</source>
        <translation>コレクションから外す</translation>
    </message>
    <message>
        <source>Move up in collection</source>
        <translation>コレクション内で上へ</translation>
    </message>
    <message>
        <source>Move down in collection</source>
        <translation>コレクション内で下へ</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>新しいコレクション</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>ブラウザで開く</translation>
    </message>
    <message>
        <source>New collection…</source>
        <translation>新しいコレクション…</translation>
    </message>
    <message>
        <source>Edit name and description…</source>
        <translation>名前と説明を編集…</translation>
    </message>
    <message>
        <source>Delete collection…</source>
        <translation>コレクションを削除…</translation>
    </message>
    <message numerus="yes">
        <source>Add %Ln article(s) to:</source>
        <translation>
            <numerusform>%Ln 件の記事の追加先：</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit collection</source>
        <translation>コレクションを編集</translation>
    </message>
    <message>
        <source>Remove bookmark</source>
        <translation>ブックマークを解除</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>ブックマーク</translation>
    </message>
    <message>
        <source>A collection named “{name}” already exists.</source>
        <translation>「{name}」という名前のコレクションは既にあります。</translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln article(s) to “{name}”.</source>
        <translation>
            <numerusform>%Ln 件の記事を「{name}」に追加しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already in it.</source>
        <translation>
            <numerusform>%Ln 件は既に含まれています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the collection “{name}”?

Its %Ln article(s) stay in the library; only the collection, its description and its order are removed.</source>
        <translation>
            <numerusform>コレクション「{name}」を削除しますか？

含まれる %Ln 件の記事はライブラリに残ります。削除されるのはコレクション自体とその説明、並び順だけです。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %Ln article(s) from “{name}”; they stay in the library.</source>
        <translation>
            <numerusform>%Ln 件の記事を「{name}」から外しました。ライブラリには残ります。</numerusform>
        </translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>すべての記事</translation>
    </message>
    <message>
        <source>Deleted the collection “{name}”.</source>
        <translation>コレクション「{name}」を削除しました。</translation>
    </message>
    <message>
        <source>China Justice Observer</source>
        <translation>China Justice Observer</translation>
    </message>
    <message>
        <source>RSS or Atom feed</source>
        <translation>RSS または Atom フィード</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Translations at</source>
        <translation>翻訳版のアドレス</translation>
    </message>
    <message>
        <source>Pause between requests (s)</source>
        <translation>リクエスト間の待機（秒）</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>配信元</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>追加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Remove source</source>
        <translation>配信元を削除</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>環境設定</translation>
    </message>
    <message>
        <source> min (0 = manual)</source>
        <translation> 分（0 = 手動）</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US レター</translation>
    </message>
    <message>
        <source>Content languages (in order)</source>
        <translation>コンテンツの言語（優先順）</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>文字サイズ</translation>
    </message>
    <message>
        <source>Sync automatically every</source>
        <translation>自動同期の間隔</translation>
    </message>
    <message>
        <source>Library file (applies at next start)</source>
        <translation>ライブラリファイル（次回起動時に適用）</translation>
    </message>
    <message>
        <source>Paper size for PDF</source>
        <translation>PDF の用紙サイズ</translation>
    </message>
    <message>
        <source>Library file</source>
        <translation>ライブラリファイル</translation>
    </message>
    <message>
        <source>Libraries (*.sqlite)</source>
        <translation>ライブラリ (*.sqlite)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Sync failures</source>
        <translation>同期の失敗</translation>
    </message>
    <message>
        <source>The address must start with http:// or https://.</source>
        <translation>アドレスは http:// または https:// で始まる必要があります。</translation>
    </message>
    <message>
        <source>The address needs a valid host name, as in https://example.org/feed/.</source>
        <translation>アドレスには https://example.org/feed/ のように有効なホスト名が必要です。</translation>
    </message>
    <message>
        <source>The translations address must contain {lang}.</source>
        <translation>翻訳版のアドレスには {lang} を含める必要があります。</translation>
    </message>
    <message>
        <source>Open the selected article</source>
        <translation>選択した記事を開く</translation>
    </message>
    <message>
        <source>Move in the list</source>
        <translation>リスト内を移動</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>記事</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Remove {name} and its articles from the library? Bookmarks, collections and notes are kept and come back if you add the source again.</source>
        <translation>{name} とその記事をライブラリから削除しますか？ブックマーク、コレクション、メモは保持され、配信元を再度追加すると元に戻ります。</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>印刷プレビュー</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>PDF としてエクスポート</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>用紙</translation>
    </message>
    <message>
        <source>Number paragraphs for pinpoint citation</source>
        <translation>正確な引用のため段落に番号を付ける</translation>
    </message>
    <message>
        <source>Include highlights and notes</source>
        <translation>ハイライトとメモを含める</translation>
    </message>
    <message>
        <source>Preparing the binder…</source>
        <translation>合本を準備中…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ファイル (*.pdf)</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>印刷</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln selected article(s)</source>
        <translation>
            <numerusform>選択した %Ln 件の記事</numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>Annotations are not available in this version.</source>
        <translation>このバージョンでは注釈を利用できません。</translation>
    </message>
    <message>
        <source>Choose an article, select articles or open a collection.</source>
        <translation>記事を選ぶか、複数の記事を選択するか、コレクションを開いてください。</translation>
    </message>
    <message>
        <source>Selected articles</source>
        <translation>選択した記事</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>エクスポートを取り消しました。何も書き込まれていません。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln page(s) to {path}</source>
        <translation>
            <numerusform>%Ln ページを {path} にエクスポートしました</numerusform>
        </translation>
    </message>
    <message>
        <source>Printed {done} of {total}: {title}</source>
        <translation>{total} 件中 {done} 件を印刷：{title}</translation>
    </message>
    <message>
        <source>{name} already exists. Replace it?</source>
        <translation>{name} は既に存在します。置き換えますか？</translation>
    </message>
    <message>
        <source>Export as PDF…</source>
        <translation>PDF としてエクスポート…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>印刷…</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>黄</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>緑</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>青</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>ピンク</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>紫</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>Sepia</source>
        <translation>セピア</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>表示言語</translation>
    </message>
    <message>
        <source>Wait for the sync to finish, or cancel it, then choose the language again.</source>
        <translation>同期が終わるまで待つか同期をキャンセルしてから、もう一度言語を選んでください。</translation>
    </message>
    <message>
        <source>The interface language changes the next time the app starts.</source>
        <translation>表示言語は次回アプリを起動したときに変わります。</translation>
    </message>
    <message>
        <source>cites {what}</source>
        <translation>{what}を引用</translation>
    </message>
    <message>
        <source>same topic: {name}</source>
        <translation>同じトピック：{name}</translation>
    </message>
    <message>
        <source>same category: {name}</source>
        <translation>同じカテゴリ：{name}</translation>
    </message>
    <message>
        <source>published around the same time</source>
        <translation>ほぼ同時期に公開</translation>
    </message>
    <message>
        <source>similar wording: {words}</source>
        <translation>類似した表現：{words}</translation>
    </message>
    <message>
        <source>Side by side…</source>
        <translation>対訳表示…</translation>
    </message>
    <message>
        <source>Read two languages of this article in two columns</source>
        <translation>この記事の 2 つの言語を 2 段組で読む</translation>
    </message>
    <message>
        <source>Languages of this article</source>
        <translation>この記事の言語</translation>
    </message>
    <message>
        <source>Not synced yet:</source>
        <translation>未同期：</translation>
    </message>
    <message>
        <source>Not in the library yet. Click to sync this language ({code}).</source>
        <translation>まだライブラリにありません。クリックするとこの言語（{code}）を同期します。</translation>
    </message>
    <message>
        <source>Sync this language: {name}</source>
        <translation>この言語を同期：{name}</translation>
    </message>
    <message>
        <source>{code}: the machine translation lost {spots} numbers or dates; they are marked in the text</source>
        <translation>{code}：機械翻訳で {spots} か所の数字または日付が失われています。本文中に印を付けています</translation>
    </message>
    <message>
        <source>{name} (syncing…)</source>
        <translation>{name}（同期中…）</translation>
    </message>
    <message>
        <source>No library is open.</source>
        <translation>ライブラリが開かれていません。</translation>
    </message>
    <message>
        <source>That is where the library is already.</source>
        <translation>ライブラリは既にその場所にあります。</translation>
    </message>
    <message>
        <source>Open library…</source>
        <translation>ライブラリを開く…</translation>
    </message>
    <message>
        <source>Move library…</source>
        <translation>ライブラリを移動…</translation>
    </message>
    <message>
        <source>Backups…</source>
        <translation>バックアップ…</translation>
    </message>
    <message>
        <source>Open library</source>
        <translation>ライブラリを開く</translation>
    </message>
    <message>
        <source>Move library to</source>
        <translation>ライブラリの移動先</translation>
    </message>
    <message>
        <source>This window cannot switch libraries.</source>
        <translation>このウィンドウではライブラリを切り替えられません。</translation>
    </message>
    <message>
        <source>Wait for the sync to finish, or cancel it, then move.</source>
        <translation>同期が終わるまで待つか同期をキャンセルしてから、移動してください。</translation>
    </message>
    <message>
        <source>{dest} exists already; choose a new file name.</source>
        <translation>{dest} は既に存在します。新しいファイル名を選んでください。</translation>
    </message>
    <message>
        <source>Copying the library to {dest}…</source>
        <translation>ライブラリを {dest} にコピー中…</translation>
    </message>
    <message>
        <source>A sync started; move again after it.</source>
        <translation>同期が始まりました。終了後にもう一度移動してください。</translation>
    </message>
    <message>
        <source>The library moved to {dest}, but the old file could not be removed: {e}</source>
        <translation>ライブラリを {dest} に移動しましたが、古いファイルを削除できませんでした：{e}</translation>
    </message>
    <message>
        <source>The library is now at {dest}.</source>
        <translation>ライブラリは現在 {dest} にあります。</translation>
    </message>
    <message>
        <source>The library was restored from {name}.</source>
        <translation>{name} からライブラリを復元しました。</translation>
    </message>
    <message>
        <source>Cannot create the folder {folder}: {error}</source>
        <translation>フォルダ {folder} を作成できません：{error}</translation>
    </message>
    <message>
        <source>Light theme</source>
        <translation>ライトテーマ</translation>
    </message>
    <message>
        <source>Dark theme</source>
        <translation>ダークテーマ</translation>
    </message>
    <message>
        <source>Sepia theme</source>
        <translation>セピアテーマ</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>今すぐ同期</translation>
    </message>
    <message>
        <source>Cancel sync</source>
        <translation>同期をキャンセル</translation>
    </message>
    <message>
        <source>Sync failures…</source>
        <translation>同期の失敗…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Search (find)</source>
        <translation>検索（検出）</translation>
    </message>
    <message>
        <source>Focus list</source>
        <translation>リストへ移動</translation>
    </message>
    <message>
        <source>Page down in article</source>
        <translation>記事を 1 ページ下へ</translation>
    </message>
    <message>
        <source>Page up in article</source>
        <translation>記事を 1 ページ上へ</translation>
    </message>
    <message>
        <source>Your library is empty. Open the sample library to look around, or add a source and sync.</source>
        <translation>ライブラリは空です。サンプルライブラリを開いて見て回るか、配信元を追加して同期してください。</translation>
    </message>
    <message>
        <source>Open the sample library</source>
        <translation>サンプルライブラリを開く</translation>
    </message>
    <message>
        <source>Add a source…</source>
        <translation>配信元を追加…</translation>
    </message>
    <message>
        <source>Search all articles (Ctrl+K)</source>
        <translation>すべての記事を検索 (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search in language</source>
        <translation>検索する言語</translation>
    </message>
    <message>
        <source>Search in one language, or in all</source>
        <translation>1 つの言語、またはすべての言語で検索</translation>
    </message>
    <message>
        <source>Filter titles</source>
        <translation>タイトルで絞り込み</translation>
    </message>
    <message>
        <source>Filter the list by title</source>
        <translation>リストをタイトルで絞り込む</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>関連</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>記事</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>Sources…</source>
        <translation>配信元…</translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation>環境設定…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>拡大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>実際のサイズ</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>記事(&amp;A)</translation>
    </message>
    <message>
        <source>Next article</source>
        <translation>次の記事</translation>
    </message>
    <message>
        <source>Previous article</source>
        <translation>前の記事</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>About</source>
        <translation>このアプリについて</translation>
    </message>
    <message>
        <source>Opening the library…</source>
        <translation>ライブラリを開いています…</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>すべての言語</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>未読</translation>
    </message>
    <message>
        <source>Importing the sample library…</source>
        <translation>サンプルライブラリをインポート中…</translation>
    </message>
    <message>
        <source>The sample library is ready.</source>
        <translation>サンプルライブラリの準備ができました。</translation>
    </message>
    <message>
        <source>Sync cancelled</source>
        <translation>同期をキャンセルしました</translation>
    </message>
    <message>
        <source>Sync finished</source>
        <translation>同期が完了しました</translation>
    </message>
    <message>
        <source>This article was updated since you annotated or bookmarked it. Highlights were placed again; see the Notes tab for any not found. &lt;a href="compare"&gt;Compare revisions…&lt;/a&gt;</source>
        <translation>この記事は、メモまたはブックマークの後に更新されました。ハイライトは配置し直されました。見つからなかったものは「メモ」タブで確認してください。&lt;a href="compare"&gt;版を比較…&lt;/a&gt;</translation>
    </message>
    <message>
        <source>No sources to sync yet: add one under File › Sources…</source>
        <translation>同期する配信元がまだありません：「ファイル › 配信元…」で追加してください</translation>
    </message>
    <message>
        <source>Offline: the sources cannot be reached. Everything in the library is available.</source>
        <translation>オフライン：配信元に接続できません。ライブラリ内のものはすべて利用できます。</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>未同期</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln 件の記事</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing: {new} new, {updated} updated, {failed} failed — {current}</source>
        <translation>同期中：新規 {new}、更新 {updated}、失敗 {failed} — {current}</translation>
    </message>
    <message>
        <source>{word}: {new} new, {updated} updated, {failed} failed.</source>
        <translation>{word}：新規 {new}、更新 {updated}、失敗 {failed}。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Search&lt;/b&gt; “{q}” in {where} — {n}</source>
        <translation>{where} で「{q}」を&lt;b&gt;検索&lt;/b&gt; — {n}</translation>
    </message>
    <message>
        <source>Last synced {when}</source>
        <translation>最終同期：{when}</translation>
    </message>
    <message>
        <source>Notebook</source>
        <translation>ノートブック</translation>
    </message>
    <message>
        <source>Search quotes, notes and tags</source>
        <translation>引用、メモ、タグを検索</translation>
    </message>
    <message>
        <source>Search annotations</source>
        <translation>注釈を検索</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>注釈</translation>
    </message>
    <message>
        <source>All collections</source>
        <translation>すべてのコレクション</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>すべてのタグ</translation>
    </message>
    <message>
        <source>All colours</source>
        <translation>すべての色</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>すべての状態</translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s)</source>
        <translation>
            <numerusform>%Ln 件の注釈</numerusform>
        </translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>コレクション</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Lang.</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>引用</translation>
    </message>
    <message>
        <source>In place</source>
        <translation>元の位置</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>移動</translation>
    </message>
    <message>
        <source>Not found (orphaned)</source>
        <translation>見つからない（孤立）</translation>
    </message>
    <message>
        <source>Bookmark article</source>
        <translation>記事をブックマーク</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>ハイライト</translation>
    </message>
    <message>
        <source>No differences in the text.</source>
        <translation>テキストに違いはありません。</translation>
    </message>
    <message>
        <source>Compare revisions…</source>
        <translation>版を比較…</translation>
    </message>
    <message>
        <source>{insertions}, {deletions} ({paragraphs})</source>
        <translation>{insertions}、{deletions}（{paragraphs}）</translation>
    </message>
    <message numerus="yes">
        <source>%Ln insertion(s)</source>
        <translation>
            <numerusform>挿入 %Ln か所</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deletion(s)</source>
        <translation>
            <numerusform>削除 %Ln か所</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln paragraph(s) changed</source>
        <translation>
            <numerusform>変更された段落 %Ln つ</numerusform>
        </translation>
    </message>
    <message>
        <source>Revision {n} — fetched {when}</source>
        <translation>第 {n} 版 — {when} に取得</translation>
    </message>
    <message>
        <source>Older revision</source>
        <translation>古い版</translation>
    </message>
    <message>
        <source>Newer revision</source>
        <translation>新しい版</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>比較元(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>比較先(&amp;T)：</translation>
    </message>
    <message>
        <source>Summary of the changes</source>
        <translation>変更の概要</translation>
    </message>
    <message>
        <source>Changes between the two revisions</source>
        <translation>2 つの版の間の変更</translation>
    </message>
    <message>
        <source>&amp;Previous change</source>
        <translation>前の変更(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next change</source>
        <translation>次の変更(&amp;N)</translation>
    </message>
    <message>
        <source>Open an article to compare its revisions.</source>
        <translation>版を比較するには記事を開いてください。</translation>
    </message>
    <message>
        <source>(newest)</source>
        <translation>（最新）</translation>
    </message>
    <message>
        <source>This article has only one revision: nothing to compare.</source>
        <translation>この記事には版が 1 つしかないため、比較できません。</translation>
    </message>
    <message>
        <source>Choose two different revisions.</source>
        <translation>異なる 2 つの版を選んでください。</translation>
    </message>
    <message>
        <source>(the older revision is on the right: read insertions as removals)</source>
        <translation>（古い版が右側にあります：挿入を削除として読んでください）</translation>
    </message>
    <message>
        <source>Compare revisions — {title}</source>
        <translation>版の比較 — {title}</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>本文</translation>
    </message>
    <message>
        <source>Revision {n} is missing from the library.</source>
        <translation>第 {n} 版がライブラリにありません。</translation>
    </message>
    <message>
        <source>Related articles from the site</source>
        <translation>サイトの関連記事</translation>
    </message>
    <message>
        <source>Related articles found in the library</source>
        <translation>ライブラリ内で見つかった関連記事</translation>
    </message>
    <message>
        <source>&lt;b&gt;You might also like&lt;/b&gt; (from the site)</source>
        <translation>&lt;b&gt;おすすめ&lt;/b&gt;（サイトから）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Related in your library&lt;/b&gt;</source>
        <translation>&lt;b&gt;ライブラリ内の関連記事&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Related articles</source>
        <translation>関連記事</translation>
    </message>
    <message>
        <source>The site lists no related articles.</source>
        <translation>サイトには関連記事が掲載されていません。</translation>
    </message>
    <message>
        <source>Working out related articles…</source>
        <translation>関連記事を算出中…</translation>
    </message>
    <message>
        <source>No related articles found in the library.</source>
        <translation>ライブラリ内に関連記事は見つかりませんでした。</translation>
    </message>
    <message>
        <source>not synced — click to fetch it</source>
        <translation>未同期 — クリックして取得</translation>
    </message>
    <message>
        <source>Fetching “{title}”…</source>
        <translation>「{title}」を取得中…</translation>
    </message>
    <message>
        <source>fetching…</source>
        <translation>取得中…</translation>
    </message>
    <message>
        <source>Shown in {lang}: not held in this language</source>
        <translation>{lang}で表示：この言語の版はありません</translation>
    </message>
    <message>
        <source>Could not fetch “{title}”: {error}</source>
        <translation>「{title}」を取得できませんでした：{error}</translation>
    </message>
    <message>
        <source>Fetched “{title}”.</source>
        <translation>「{title}」を取得しました。</translation>
    </message>
    <message>
        <source>Library sections</source>
        <translation>ライブラリのセクション</translation>
    </message>
    <message>
        <source>Recently read</source>
        <translation>最近読んだ記事</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>ブックマーク</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>コレクション</translation>
    </message>
    <message>
        <source>Laws and cases</source>
        <translation>法令と事例</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>サンプル</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>対訳表示</translation>
    </message>
    <message>
        <source>Left column language</source>
        <translation>左の列の言語</translation>
    </message>
    <message>
        <source>Right column language</source>
        <translation>右の列の言語</translation>
    </message>
    <message>
        <source>Paragraphs are paired by the article's structure.</source>
        <translation>段落は記事の構成に従って対応付けられます。</translation>
    </message>
    <message>
        <source>Open an article first.</source>
        <translation>先に記事を開いてください。</translation>
    </message>
    <message>
        <source>The library holds this article in one language only.</source>
        <translation>ライブラリにはこの記事が 1 つの言語でしかありません。</translation>
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
        <translation>{language}の翻訳を同期中…</translation>
    </message>
    <message>
        <source>The {language} translation was not fetched: {reason}</source>
        <translation>{language}の翻訳を取得できませんでした：{reason}</translation>
    </message>
    <message>
        <source>The {language} translation is now in the library.</source>
        <translation>{language}の翻訳がライブラリに追加されました。</translation>
    </message>
    <message>
        <source>Offline: the source cannot be reached, so the {language} translation was not fetched. Everything in the library is still available.</source>
        <translation>オフライン：配信元に接続できないため、{language}の翻訳を取得できませんでした。ライブラリ内のものは引き続きすべて利用できます。</translation>
    </message>
    <message>
        <source>Undo note edit</source>
        <translation type="vanished">メモの編集を元に戻す</translation>
    </message>
    <message>
        <source>Undo colour change</source>
        <translation type="vanished">色の変更を元に戻す</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation type="vanished">削除を元に戻す</translation>
    </message>
    <message>
        <source>Undo highlight</source>
        <translation type="vanished">ハイライトを元に戻す</translation>
    </message>
    <message>
        <source>1 article</source>
        <translation type="vanished">1 件の記事</translation>
    </message>
    <message>
        <source>{n} articles</source>
        <translation type="vanished">{n} 件の記事</translation>
    </message>
    <message>
        <source>Added {what} to “{name}”.</source>
        <translation type="vanished">{what}を「{name}」に追加しました。</translation>
    </message>
    <message>
        <source>Delete the collection “{name}”?

Its {what} stay in the library; only the collection, its description and its order are removed.</source>
        <translation type="vanished">コレクション「{name}」を削除しますか？

含まれる{what}はライブラリに残ります。削除されるのはコレクション自体とその説明、並び順だけです。</translation>
    </message>
    <message>
        <source>Add {what} to:</source>
        <translation type="vanished">{what}の追加先：</translation>
    </message>
    <message>
        <source>Removed {what} from “{name}”; they stay in the library.</source>
        <translation type="vanished">{what}を「{name}」から外しました。ライブラリには残ります。</translation>
    </message>
    <message>
        <source>{n} already in it.</source>
        <translation type="vanished">{n} 件は既に含まれています。</translation>
    </message>
    <message>
        <source>1 insertion</source>
        <translation type="vanished">挿入 1 か所</translation>
    </message>
    <message>
        <source>1 deletion</source>
        <translation type="vanished">削除 1 か所</translation>
    </message>
    <message>
        <source>1 paragraph changed</source>
        <translation type="vanished">変更された段落 1 つ</translation>
    </message>
    <message>
        <source>{n} insertions</source>
        <translation type="vanished">挿入 {n} か所</translation>
    </message>
    <message>
        <source>{n} deletions</source>
        <translation type="vanished">削除 {n} か所</translation>
    </message>
    <message>
        <source>{n} paragraphs changed</source>
        <translation type="vanished">変更された段落 {n} つ</translation>
    </message>
</context>
</TS>
