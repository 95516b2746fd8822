<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>reader</name>
    <message>
        <source>No automatic backup of {path}: the disk has less than {mb} MB free. Free some space, or move the library (File → Move library…).</source>
        <translation>Không tự động sao lưu được {path}: ổ đĩa còn trống dưới {mb} MB. Hãy giải phóng dung lượng, hoặc di chuyển thư viện (Tệp → Di chuyển thư viện…).</translation>
    </message>
    <message>
        <source>The library {db} is already open in another window of {app}. Switch to that window, or close it first.</source>
        <translation>Thư viện {db} đang được mở trong một cửa sổ khác của {app}. Hãy chuyển sang cửa sổ đó, hoặc đóng nó trước.</translation>
    </message>
    <message>
        <source>The library {db} was not found (was it moved, or is its drive not connected?). Create a new, empty library there?</source>
        <translation>Không tìm thấy thư viện {db} (thư viện đã bị chuyển đi, hay ổ đĩa chưa được kết nối?). Tạo một thư viện trống mới tại đó?</translation>
    </message>
    <message>
        <source>Image not available offline</source>
        <translation>Hình ảnh không xem được khi ngoại tuyến</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Hình ảnh</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Sample content written for this app</source>
        <translation>Nội dung mẫu viết cho ứng dụng này</translation>
    </message>
    <message>
        <source>It is not an article of the source site: its contributors are fictional, and its statements of law should be checked against the primary sources before they are relied on.</source>
        <translation>Đây không phải bài viết của trang nguồn: các tác giả là hư cấu, và các nhận định pháp lý cần được đối chiếu với nguồn gốc trước khi dựa vào.</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Ngày đăng</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Danh mục</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Chủ đề</translation>
    </message>
    <message>
        <source>Contributors</source>
        <translation>Tác giả</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Biên tập viên</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Retrieved on</source>
        <translation>Ngày lấy về</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Bản sửa đổi</translation>
    </message>
    <message>
        <source>Removed from the source on</source>
        <translation>Bị gỡ khỏi nguồn ngày</translation>
    </message>
    <message>
        <source>No English paragraph is aligned with this one.</source>
        <translation>Không có đoạn tiếng Anh nào tương ứng với đoạn này.</translation>
    </message>
    <message>
        <source>{title} — side by side</source>
        <translation>{title} — song song</translation>
    </message>
    <message>
        <source>The machine translation damaged {spots} numbers or dates in {blocks} paragraphs (XNUMX stands for lost digits). Point at a marked spot, or click it, to read the English paragraph with the real numbers.</source>
        <translation>Bản dịch máy đã làm hỏng {spots} con số hoặc ngày tháng trong {blocks} đoạn (XNUMX thay cho các chữ số bị mất). Trỏ vào hoặc nhấp vào chỗ được đánh dấu để đọc đoạn tiếng Anh với con số thật.</translation>
    </message>
    <message>
        <source>Numbers in the English original:</source>
        <translation>Con số trong bản gốc tiếng Anh:</translation>
    </message>
    <message>
        <source>Dates in the English original:</source>
        <translation>Ngày tháng trong bản gốc tiếng Anh:</translation>
    </message>
    <message>
        <source>English:</source>
        <translation>Tiếng Anh:</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <source>An offline reader for legal news about China.</source>
        <translation>Trình đọc ngoại tuyến tin tức pháp lý về Trung Quốc.</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Thư viện</translation>
    </message>
    <message>
        <source>is free software under the MIT licence.</source>
        <translation>là phần mềm tự do theo giấy phép MIT.</translation>
    </message>
    <message>
        <source>Built with</source>
        <translation>Xây dựng bằng</translation>
    </message>
    <message>
        <source>and Qt for Python (PySide6)</source>
        <translation>và Qt for Python (PySide6)</translation>
    </message>
    <message>
        <source>Qt WebEngine contains Chromium, under BSD-style and other open-source licences.</source>
        <translation>Qt WebEngine chứa Chromium, theo các giấy phép kiểu BSD và các giấy phép nguồn mở khác.</translation>
    </message>
    <message>
        <source>You may replace the Qt libraries in the program's folder with your own build.</source>
        <translation>Bạn có thể thay các thư viện Qt trong thư mục chương trình bằng bản tự biên dịch.</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Gói</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Giấy phép</translation>
    </message>
    <message>
        <source>Fonts</source>
        <translation>Phông chữ</translation>
    </message>
    <message>
        <source>The fonts are the system's; they are not part of the program.</source>
        <translation>Phông chữ là của hệ thống; chúng không thuộc chương trình.</translation>
    </message>
    <message>
        <source>Portable mode: settings and library in {folder}</source>
        <translation>Chế độ di động: cài đặt và thư viện ở {folder}</translation>
    </message>
    <message>
        <source>Settings: {file}</source>
        <translation>Cài đặt: {file}</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Giới thiệu {app}</translation>
    </message>
    <message>
        <source>Undo note change</source>
        <translation>Hoàn tác thay đổi ghi chú</translation>
    </message>
    <message>
        <source>Export notes…</source>
        <translation>Xuất ghi chú…</translation>
    </message>
    <message>
        <source>Import notes…</source>
        <translation>Nhập ghi chú…</translation>
    </message>
    <message>
        <source>Highlight selection</source>
        <translation>Đánh dấu vùng chọn</translation>
    </message>
    <message>
        <source>Highlight with note…</source>
        <translation>Đánh dấu kèm ghi chú…</translation>
    </message>
    <message>
        <source>Notebook…</source>
        <translation>Sổ ghi chép…</translation>
    </message>
    <message>
        <source>Export notes</source>
        <translation>Xuất ghi chú</translation>
    </message>
    <message>
        <source>Notes of</source>
        <translation>Ghi chú của</translation>
    </message>
    <message>
        <source>Markdown (to read, print or paste)</source>
        <translation>Markdown (để đọc, in hoặc dán)</translation>
    </message>
    <message>
        <source>W3C Web Annotation JSON-LD (to import again)</source>
        <translation>W3C Web Annotation JSON-LD (để nhập lại)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Định dạng</translation>
    </message>
    <message>
        <source>Import notes</source>
        <translation>Nhập ghi chú</translation>
    </message>
    <message>
        <source>Web Annotation JSON-LD (*.jsonld *.json);;All files (*)</source>
        <translation>Web Annotation JSON-LD (*.jsonld *.json);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Không có gì để hoàn tác.</translation>
    </message>
    <message>
        <source>All notes in the library</source>
        <translation>Mọi ghi chú trong thư viện</translation>
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
        <translation>Hãy chọn văn bản trong bài viết trước.</translation>
    </message>
    <message>
        <source>Select the passage this note belongs to, then re-attach.</source>
        <translation>Chọn đoạn văn mà ghi chú này thuộc về, rồi gắn lại.</translation>
    </message>
    <message>
        <source>This article</source>
        <translation>Bài viết này</translation>
    </message>
    <message>
        <source>The collection “{name}”</source>
        <translation>Bộ sưu tập “{name}”</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln note(s) to {path}.</source>
        <translation>
            <numerusform>Đã xuất %Ln ghi chú vào {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write {path}: {error}.</source>
        <translation>Không thể ghi {path}: {error}.</translation>
    </message>
    <message>
        <source>moved: the text changed around it</source>
        <translation>đã dịch chuyển: văn bản xung quanh đã thay đổi</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Your note, in Markdown: **bold**, *italic*, lists, links</source>
        <translation>Ghi chú của bạn, bằng Markdown: **đậm**, *nghiêng*, danh sách, liên kết</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Nội dung ghi chú</translation>
    </message>
    <message>
        <source>Note preview</source>
        <translation>Xem trước ghi chú</translation>
    </message>
    <message>
        <source>comma-separated, e.g. reciprocity, service</source>
        <translation>cách nhau bằng dấu phẩy, vd. có đi có lại, tống đạt</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Thẻ</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Màu</translation>
    </message>
    <message>
        <source>Highlights and notes</source>
        <translation>Đánh dấu và ghi chú</translation>
    </message>
    <message>
        <source>No highlights yet. Select text in the article and choose Highlight (right-click, or Ctrl+Shift+H).</source>
        <translation>Chưa có đánh dấu nào. Chọn văn bản trong bài viết rồi chọn Đánh dấu (nhấp chuột phải, hoặc Ctrl+Shift+H).</translation>
    </message>
    <message>
        <source>Edit note…</source>
        <translation>Sửa ghi chú…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Re-attach to selection</source>
        <translation>Gắn lại vào vùng chọn</translation>
    </message>
    <message>
        <source>Select the passage in the article where this note belongs, then click here</source>
        <translation>Chọn trong bài viết đoạn văn mà ghi chú này thuộc về, rồi nhấp vào đây</translation>
    </message>
    <message>
        <source>not found in the current version (last found in revision {n})</source>
        <translation>không tìm thấy trong phiên bản hiện tại (lần cuối thấy ở bản sửa đổi {n})</translation>
    </message>
    <message>
        <source>Note edit undone</source>
        <translation>Đã hoàn tác sửa ghi chú</translation>
    </message>
    <message>
        <source>Colour change undone</source>
        <translation>Đã hoàn tác đổi màu</translation>
    </message>
    <message>
        <source>Note restored</source>
        <translation>Đã khôi phục ghi chú</translation>
    </message>
    <message>
        <source>Highlight removed</source>
        <translation>Đã bỏ đánh dấu</translation>
    </message>
    <message>
        <source>made on revision {n}</source>
        <translation>tạo trên bản sửa đổi {n}</translation>
    </message>
    <message>
        <source>tags: {t}</source>
        <translation>thẻ: {t}</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Danh mục</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Damaged translation (numbers or dates lost): {languages}</source>
        <translation>Bản dịch bị hỏng (mất con số hoặc ngày tháng): {languages}</translation>
    </message>
    <message>
        <source>Bookmarked</source>
        <translation>Đã đánh dấu trang</translation>
    </message>
    <message>
        <source>Has notes</source>
        <translation>Có ghi chú</translation>
    </message>
    <message>
        <source>Updated since you annotated or bookmarked it</source>
        <translation>Đã cập nhật từ khi bạn chú thích hoặc đánh dấu trang</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Tự động</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Thủ công</translation>
    </message>
    <message>
        <source>Replaced by a restore</source>
        <translation>Bị thay bằng một lần khôi phục</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Bản sao</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Bản sao lưu</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Chưa có bản sao lưu nào.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sao lưu ngay</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Khôi phục…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Xóa…</translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation>Mở thư mục</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> giờ</translation>
    </message>
    <message>
        <source>never</source>
        <translation>không bao giờ</translation>
    </message>
    <message>
        <source>Back up automatically every</source>
        <translation>Tự động sao lưu mỗi</translation>
    </message>
    <message>
        <source>Automatic backups to keep</source>
        <translation>Số bản sao lưu tự động được giữ</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Đang sao lưu…</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Khôi phục bản sao lưu</translation>
    </message>
    <message>
        <source>Delete a backup</source>
        <translation>Xóa bản sao lưu</translation>
    </message>
    <message>
        <source>Before an upgrade (from schema {v})</source>
        <translation>Trước khi nâng cấp (từ lược đồ {v})</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Kích thước</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Backups of {library}. Restoring one replaces the library; the current file is kept in the backups folder first, so a restore can be undone.</source>
        <translation>Các bản sao lưu của {library}. Khôi phục một bản sẽ thay thế thư viện; tệp hiện tại được lưu trước vào thư mục sao lưu, nên có thể hoàn tác việc khôi phục.</translation>
    </message>
    <message>
        <source>No backup was made: {e}</source>
        <translation>Không tạo được bản sao lưu: {e}</translation>
    </message>
    <message>
        <source>Replace the library with the backup of {when}?

Everything changed since then is replaced. The current library is kept in the backups folder first, so you can restore it again.</source>
        <translation>Thay thư viện bằng bản sao lưu lúc {when}?

Mọi thay đổi từ đó đến nay sẽ bị thay thế. Thư viện hiện tại được lưu trước vào thư mục sao lưu để bạn có thể khôi phục lại.</translation>
    </message>
    <message>
        <source>Delete the backup of {when} ({kind}, {size})? This cannot be undone.</source>
        <translation>Xóa bản sao lưu lúc {when} ({kind}, {size})? Không thể hoàn tác.</translation>
    </message>
    <message>
        <source>Not deleted: {e}</source>
        <translation>Chưa xóa: {e}</translation>
    </message>
    <message>
        <source>Laws</source>
        <translation>Luật</translation>
    </message>
    <message>
        <source>Judicial interpretations and rules</source>
        <translation>Giải thích tư pháp và quy tắc</translation>
    </message>
    <message>
        <source>Regulations</source>
        <translation>Quy định</translation>
    </message>
    <message>
        <source>Treaties</source>
        <translation>Điều ước</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Vụ việc</translation>
    </message>
    <message>
        <source>Other documents</source>
        <translation>Tài liệu khác</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) cite {name}</source>
        <translation>
            <numerusform>%Ln bài viết trích dẫn {name}</numerusform>
        </translation>
    </message>
    <message>
        <source>Add to collection</source>
        <translation>Thêm vào bộ sưu tập</translation>
    </message>
    <message>
        <source>An &amp;existing collection</source>
        <translation>Bộ sưu tập &amp;có sẵn</translation>
    </message>
    <message>
        <source>Existing collection</source>
        <translation>Bộ sưu tập có sẵn</translation>
    </message>
    <message>
        <source>A &amp;new collection</source>
        <translation>Bộ sưu tập &amp;mới</translation>
    </message>
    <message>
        <source>Name of the new collection</source>
        <translation>Tên bộ sưu tập mới</translation>
    </message>
    <message>
        <source>e.g. the matter or client</source>
        <translation>vd. vụ việc hoặc khách hàng</translation>
    </message>
    <message>
        <source>Description of the new collection</source>
        <translation>Mô tả bộ sưu tập mới</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Tên:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Mô tả:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Mô tả</translation>
    </message>
    <message>
        <source>A collection needs a name.</source>
        <translation>Bộ sưu tập cần có tên.</translation>
    </message>
    <message>
        <source>Add to collection…</source>
        <translation>Thêm vào bộ sưu tập…</translation>
    </message>
    <message>
        <source>Remove from collection</source>
        <translation>Bỏ khỏi bộ sưu tập</translation>
    </message>
    <message>
        <source>Move up in collection</source>
        <translation>Chuyển lên trong bộ sưu tập</translation>
    </message>
    <message>
        <source>Move down in collection</source>
        <translation>Chuyển xuống trong bộ sưu tập</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>Bộ sưu tập mới</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Mở trong trình duyệt</translation>
    </message>
    <message>
        <source>New collection…</source>
        <translation>Bộ sưu tập mới…</translation>
    </message>
    <message>
        <source>Edit name and description…</source>
        <translation>Sửa tên và mô tả…</translation>
    </message>
    <message>
        <source>Delete collection…</source>
        <translation>Xóa bộ sưu tập…</translation>
    </message>
    <message numerus="yes">
        <source>Add %Ln article(s) to:</source>
        <translation>
            <numerusform>Thêm %Ln bài viết vào:</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit collection</source>
        <translation>Sửa bộ sưu tập</translation>
    </message>
    <message>
        <source>Remove bookmark</source>
        <translation>Bỏ đánh dấu trang</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>Đánh dấu trang</translation>
    </message>
    <message>
        <source>A collection named “{name}” already exists.</source>
        <translation>Đã có bộ sưu tập tên “{name}”.</translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln article(s) to “{name}”.</source>
        <translation>
            <numerusform>Đã thêm %Ln bài viết vào “{name}”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already in it.</source>
        <translation>
            <numerusform>%Ln bài đã có trong đó.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the collection “{name}”?

Its %Ln article(s) stay in the library; only the collection, its description and its order are removed.</source>
        <translation>
            <numerusform>Xóa bộ sưu tập “{name}”?

%Ln bài viết trong đó vẫn ở lại thư viện; chỉ bộ sưu tập, mô tả và thứ tự của nó bị xóa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %Ln article(s) from “{name}”; they stay in the library.</source>
        <translation>
            <numerusform>Đã bỏ %Ln bài viết khỏi “{name}”; chúng vẫn ở trong thư viện.</numerusform>
        </translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>Mọi bài viết</translation>
    </message>
    <message>
        <source>Deleted the collection “{name}”.</source>
        <translation>Đã xóa bộ sưu tập “{name}”.</translation>
    </message>
    <message>
        <source>China Justice Observer</source>
        <translation>China Justice Observer</translation>
    </message>
    <message>
        <source>RSS or Atom feed</source>
        <translation>Nguồn cấp RSS hoặc Atom</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Translations at</source>
        <translation>Bản dịch tại</translation>
    </message>
    <message>
        <source>Pause between requests (s)</source>
        <translation>Tạm dừng giữa các yêu cầu (giây)</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Thêm…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Gỡ bỏ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Remove source</source>
        <translation>Gỡ nguồn</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Tùy chọn</translation>
    </message>
    <message>
        <source> min (0 = manual)</source>
        <translation> phút (0 = thủ công)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Chọn…</translation>
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
        <translation>Ngôn ngữ nội dung (theo thứ tự)</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Giao diện</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>Cỡ chữ</translation>
    </message>
    <message>
        <source>Sync automatically every</source>
        <translation>Tự động đồng bộ mỗi</translation>
    </message>
    <message>
        <source>Library file (applies at next start)</source>
        <translation>Tệp thư viện (áp dụng từ lần khởi động sau)</translation>
    </message>
    <message>
        <source>Paper size for PDF</source>
        <translation>Khổ giấy cho PDF</translation>
    </message>
    <message>
        <source>Library file</source>
        <translation>Tệp thư viện</translation>
    </message>
    <message>
        <source>Libraries (*.sqlite)</source>
        <translation>Thư viện (*.sqlite)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <source>Sync failures</source>
        <translation>Lỗi đồng bộ</translation>
    </message>
    <message>
        <source>The address must start with http:// or https://.</source>
        <translation>Địa chỉ phải bắt đầu bằng http:// hoặc https://.</translation>
    </message>
    <message>
        <source>The address needs a valid host name, as in https://example.org/feed/.</source>
        <translation>Địa chỉ cần có tên máy chủ hợp lệ, như trong https://example.org/feed/.</translation>
    </message>
    <message>
        <source>The translations address must contain {lang}.</source>
        <translation>Địa chỉ bản dịch phải chứa {lang}.</translation>
    </message>
    <message>
        <source>Open the selected article</source>
        <translation>Mở bài viết đã chọn</translation>
    </message>
    <message>
        <source>Move in the list</source>
        <translation>Di chuyển trong danh sách</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Phím</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Bài viết</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Sự cố</translation>
    </message>
    <message>
        <source>Remove {name} and its articles from the library? Bookmarks, collections and notes are kept and come back if you add the source again.</source>
        <translation>Gỡ {name} và các bài viết của nó khỏi thư viện? Dấu trang, bộ sưu tập và ghi chú được giữ lại và sẽ trở lại nếu bạn thêm lại nguồn.</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Xem trước khi in</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Xuất ra PDF</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Giấy</translation>
    </message>
    <message>
        <source>Number paragraphs for pinpoint citation</source>
        <translation>Đánh số đoạn để trích dẫn chính xác</translation>
    </message>
    <message>
        <source>Include highlights and notes</source>
        <translation>Kèm đánh dấu và ghi chú</translation>
    </message>
    <message>
        <source>Preparing the binder…</source>
        <translation>Đang chuẩn bị tập hợp…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln selected article(s)</source>
        <translation>
            <numerusform>%Ln bài viết đã chọn</numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Xuất</translation>
    </message>
    <message>
        <source>Annotations are not available in this version.</source>
        <translation>Chú thích không có trong phiên bản này.</translation>
    </message>
    <message>
        <source>Choose an article, select articles or open a collection.</source>
        <translation>Hãy chọn một bài viết, chọn nhiều bài viết hoặc mở một bộ sưu tập.</translation>
    </message>
    <message>
        <source>Selected articles</source>
        <translation>Các bài viết đã chọn</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Đã hủy xuất; không có gì được ghi.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln page(s) to {path}</source>
        <translation>
            <numerusform>Đã xuất %Ln trang vào {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Printed {done} of {total}: {title}</source>
        <translation>Đã in {done}/{total}: {title}</translation>
    </message>
    <message>
        <source>{name} already exists. Replace it?</source>
        <translation>{name} đã tồn tại. Thay thế?</translation>
    </message>
    <message>
        <source>Export as PDF…</source>
        <translation>Xuất ra PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Vàng</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Xanh lá</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Xanh dương</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Hồng</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Tím</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Sáng</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Tối</translation>
    </message>
    <message>
        <source>Sepia</source>
        <translation>Nâu đỏ</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Ngôn ngữ giao diện</translation>
    </message>
    <message>
        <source>Wait for the sync to finish, or cancel it, then choose the language again.</source>
        <translation>Hãy chờ đồng bộ xong, hoặc hủy nó, rồi chọn lại ngôn ngữ.</translation>
    </message>
    <message>
        <source>The interface language changes the next time the app starts.</source>
        <translation>Ngôn ngữ giao diện sẽ thay đổi vào lần khởi động ứng dụng sau.</translation>
    </message>
    <message>
        <source>cites {what}</source>
        <translation>trích dẫn {what}</translation>
    </message>
    <message>
        <source>same topic: {name}</source>
        <translation>cùng chủ đề: {name}</translation>
    </message>
    <message>
        <source>same category: {name}</source>
        <translation>cùng danh mục: {name}</translation>
    </message>
    <message>
        <source>published around the same time</source>
        <translation>đăng vào khoảng cùng thời gian</translation>
    </message>
    <message>
        <source>similar wording: {words}</source>
        <translation>cách diễn đạt tương tự: {words}</translation>
    </message>
    <message>
        <source>Side by side…</source>
        <translation>Song song…</translation>
    </message>
    <message>
        <source>Read two languages of this article in two columns</source>
        <translation>Đọc hai ngôn ngữ của bài viết này trong hai cột</translation>
    </message>
    <message>
        <source>Languages of this article</source>
        <translation>Ngôn ngữ của bài viết này</translation>
    </message>
    <message>
        <source>Not synced yet:</source>
        <translation>Chưa đồng bộ:</translation>
    </message>
    <message>
        <source>Not in the library yet. Click to sync this language ({code}).</source>
        <translation>Chưa có trong thư viện. Nhấp để đồng bộ ngôn ngữ này ({code}).</translation>
    </message>
    <message>
        <source>Sync this language: {name}</source>
        <translation>Đồng bộ ngôn ngữ này: {name}</translation>
    </message>
    <message>
        <source>{code}: the machine translation lost {spots} numbers or dates; they are marked in the text</source>
        <translation>{code}: bản dịch máy đã làm mất {spots} con số hoặc ngày tháng; chúng được đánh dấu trong văn bản</translation>
    </message>
    <message>
        <source>{name} (syncing…)</source>
        <translation>{name} (đang đồng bộ…)</translation>
    </message>
    <message>
        <source>No library is open.</source>
        <translation>Chưa mở thư viện nào.</translation>
    </message>
    <message>
        <source>That is where the library is already.</source>
        <translation>Thư viện đã ở đó rồi.</translation>
    </message>
    <message>
        <source>Open library…</source>
        <translation>Mở thư viện…</translation>
    </message>
    <message>
        <source>Move library…</source>
        <translation>Di chuyển thư viện…</translation>
    </message>
    <message>
        <source>Backups…</source>
        <translation>Bản sao lưu…</translation>
    </message>
    <message>
        <source>Open library</source>
        <translation>Mở thư viện</translation>
    </message>
    <message>
        <source>Move library to</source>
        <translation>Di chuyển thư viện đến</translation>
    </message>
    <message>
        <source>This window cannot switch libraries.</source>
        <translation>Cửa sổ này không thể đổi thư viện.</translation>
    </message>
    <message>
        <source>Wait for the sync to finish, or cancel it, then move.</source>
        <translation>Hãy chờ đồng bộ xong, hoặc hủy nó, rồi mới di chuyển.</translation>
    </message>
    <message>
        <source>{dest} exists already; choose a new file name.</source>
        <translation>{dest} đã tồn tại; hãy chọn tên tệp mới.</translation>
    </message>
    <message>
        <source>Copying the library to {dest}…</source>
        <translation>Đang sao chép thư viện đến {dest}…</translation>
    </message>
    <message>
        <source>A sync started; move again after it.</source>
        <translation>Một lần đồng bộ đã bắt đầu; hãy di chuyển lại sau khi xong.</translation>
    </message>
    <message>
        <source>The library moved to {dest}, but the old file could not be removed: {e}</source>
        <translation>Thư viện đã được chuyển đến {dest}, nhưng không thể xóa tệp cũ: {e}</translation>
    </message>
    <message>
        <source>The library is now at {dest}.</source>
        <translation>Thư viện hiện ở {dest}.</translation>
    </message>
    <message>
        <source>The library was restored from {name}.</source>
        <translation>Đã khôi phục thư viện từ {name}.</translation>
    </message>
    <message>
        <source>Cannot create the folder {folder}: {error}</source>
        <translation>Không thể tạo thư mục {folder}: {error}</translation>
    </message>
    <message>
        <source>Light theme</source>
        <translation>Giao diện sáng</translation>
    </message>
    <message>
        <source>Dark theme</source>
        <translation>Giao diện tối</translation>
    </message>
    <message>
        <source>Sepia theme</source>
        <translation>Giao diện nâu đỏ</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Đồng bộ ngay</translation>
    </message>
    <message>
        <source>Cancel sync</source>
        <translation>Hủy đồng bộ</translation>
    </message>
    <message>
        <source>Sync failures…</source>
        <translation>Lỗi đồng bộ…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Tìm kiếm</translation>
    </message>
    <message>
        <source>Search (find)</source>
        <translation>Tìm kiếm (tìm)</translation>
    </message>
    <message>
        <source>Focus list</source>
        <translation>Chuyển đến danh sách</translation>
    </message>
    <message>
        <source>Page down in article</source>
        <translation>Cuộn xuống một trang trong bài</translation>
    </message>
    <message>
        <source>Page up in article</source>
        <translation>Cuộn lên một trang trong bài</translation>
    </message>
    <message>
        <source>Your library is empty. Open the sample library to look around, or add a source and sync.</source>
        <translation>Thư viện của bạn đang trống. Hãy mở thư viện mẫu để xem thử, hoặc thêm một nguồn rồi đồng bộ.</translation>
    </message>
    <message>
        <source>Open the sample library</source>
        <translation>Mở thư viện mẫu</translation>
    </message>
    <message>
        <source>Add a source…</source>
        <translation>Thêm nguồn…</translation>
    </message>
    <message>
        <source>Search all articles (Ctrl+K)</source>
        <translation>Tìm trong mọi bài viết (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search in language</source>
        <translation>Ngôn ngữ tìm kiếm</translation>
    </message>
    <message>
        <source>Search in one language, or in all</source>
        <translation>Tìm trong một ngôn ngữ hoặc trong tất cả</translation>
    </message>
    <message>
        <source>Filter titles</source>
        <translation>Lọc tiêu đề</translation>
    </message>
    <message>
        <source>Filter the list by title</source>
        <translation>Lọc danh sách theo tiêu đề</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Liên quan</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Bài viết</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Chính</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>Sources…</source>
        <translation>Nguồn…</translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation>Tùy chọn…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Phóng to</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Thu nhỏ</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Kích thước thật</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>&amp;Bài viết</translation>
    </message>
    <message>
        <source>Next article</source>
        <translation>Bài viết tiếp theo</translation>
    </message>
    <message>
        <source>Previous article</source>
        <translation>Bài viết trước</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Giới thiệu</translation>
    </message>
    <message>
        <source>Opening the library…</source>
        <translation>Đang mở thư viện…</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Mọi ngôn ngữ</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Chưa đọc</translation>
    </message>
    <message>
        <source>Importing the sample library…</source>
        <translation>Đang nhập thư viện mẫu…</translation>
    </message>
    <message>
        <source>The sample library is ready.</source>
        <translation>Thư viện mẫu đã sẵn sàng.</translation>
    </message>
    <message>
        <source>Sync cancelled</source>
        <translation>Đã hủy đồng bộ</translation>
    </message>
    <message>
        <source>Sync finished</source>
        <translation>Đã đồng bộ xong</translation>
    </message>
    <message>
        <source>This article was updated since you annotated or bookmarked it. Highlights were placed again; see the Notes tab for any not found. &lt;a href="compare"&gt;Compare revisions…&lt;/a&gt;</source>
        <translation>Bài viết này đã được cập nhật từ khi bạn chú thích hoặc đánh dấu trang. Các đánh dấu đã được đặt lại; xem thẻ Ghi chú để biết những mục không tìm thấy. &lt;a href="compare"&gt;So sánh các bản sửa đổi…&lt;/a&gt;</translation>
    </message>
    <message>
        <source>No sources to sync yet: add one under File › Sources…</source>
        <translation>Chưa có nguồn nào để đồng bộ: hãy thêm ở Tệp › Nguồn…</translation>
    </message>
    <message>
        <source>Offline: the sources cannot be reached. Everything in the library is available.</source>
        <translation>Ngoại tuyến: không kết nối được với các nguồn. Mọi thứ trong thư viện vẫn dùng được.</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Chưa đồng bộ</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln bài viết</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing: {new} new, {updated} updated, {failed} failed — {current}</source>
        <translation>Đang đồng bộ: {new} mới, {updated} cập nhật, {failed} lỗi — {current}</translation>
    </message>
    <message>
        <source>{word}: {new} new, {updated} updated, {failed} failed.</source>
        <translation>{word}: {new} mới, {updated} cập nhật, {failed} lỗi.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Search&lt;/b&gt; “{q}” in {where} — {n}</source>
        <translation>&lt;b&gt;Tìm&lt;/b&gt; “{q}” trong {where} — {n}</translation>
    </message>
    <message>
        <source>Last synced {when}</source>
        <translation>Đồng bộ lần cuối {when}</translation>
    </message>
    <message>
        <source>Notebook</source>
        <translation>Sổ ghi chép</translation>
    </message>
    <message>
        <source>Search quotes, notes and tags</source>
        <translation>Tìm trích dẫn, ghi chú và thẻ</translation>
    </message>
    <message>
        <source>Search annotations</source>
        <translation>Tìm chú thích</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Chú thích</translation>
    </message>
    <message>
        <source>All collections</source>
        <translation>Mọi bộ sưu tập</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Mọi thẻ</translation>
    </message>
    <message>
        <source>All colours</source>
        <translation>Mọi màu</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s)</source>
        <translation>
            <numerusform>%Ln chú thích</numerusform>
        </translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Bộ sưu tập</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Thẻ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Lang.</source>
        <translation>NN</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Trích dẫn</translation>
    </message>
    <message>
        <source>In place</source>
        <translation>Đúng chỗ</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Đã dịch chuyển</translation>
    </message>
    <message>
        <source>Not found (orphaned)</source>
        <translation>Không tìm thấy (mồ côi)</translation>
    </message>
    <message>
        <source>Bookmark article</source>
        <translation>Đánh dấu trang bài viết</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Đánh dấu</translation>
    </message>
    <message>
        <source>No differences in the text.</source>
        <translation>Văn bản không có khác biệt.</translation>
    </message>
    <message>
        <source>Compare revisions…</source>
        <translation>So sánh các bản sửa đổi…</translation>
    </message>
    <message>
        <source>{insertions}, {deletions} ({paragraphs})</source>
        <translation>{insertions}, {deletions} ({paragraphs})</translation>
    </message>
    <message numerus="yes">
        <source>%Ln insertion(s)</source>
        <translation>
            <numerusform>%Ln chỗ thêm</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deletion(s)</source>
        <translation>
            <numerusform>%Ln chỗ xóa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln paragraph(s) changed</source>
        <translation>
            <numerusform>%Ln đoạn thay đổi</numerusform>
        </translation>
    </message>
    <message>
        <source>Revision {n} — fetched {when}</source>
        <translation>Bản sửa đổi {n} — lấy về lúc {when}</translation>
    </message>
    <message>
        <source>Older revision</source>
        <translation>Bản cũ hơn</translation>
    </message>
    <message>
        <source>Newer revision</source>
        <translation>Bản mới hơn</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Từ:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>Đế&amp;n:</translation>
    </message>
    <message>
        <source>Summary of the changes</source>
        <translation>Tóm tắt thay đổi</translation>
    </message>
    <message>
        <source>Changes between the two revisions</source>
        <translation>Thay đổi giữa hai bản sửa đổi</translation>
    </message>
    <message>
        <source>&amp;Previous change</source>
        <translation>Thay đổi t&amp;rước</translation>
    </message>
    <message>
        <source>&amp;Next change</source>
        <translation>Thay đổi &amp;sau</translation>
    </message>
    <message>
        <source>Open an article to compare its revisions.</source>
        <translation>Mở một bài viết để so sánh các bản sửa đổi.</translation>
    </message>
    <message>
        <source>(newest)</source>
        <translation>(mới nhất)</translation>
    </message>
    <message>
        <source>This article has only one revision: nothing to compare.</source>
        <translation>Bài viết này chỉ có một bản: không có gì để so sánh.</translation>
    </message>
    <message>
        <source>Choose two different revisions.</source>
        <translation>Hãy chọn hai bản sửa đổi khác nhau.</translation>
    </message>
    <message>
        <source>(the older revision is on the right: read insertions as removals)</source>
        <translation>(bản cũ hơn nằm bên phải: hãy đọc chỗ thêm như chỗ xóa)</translation>
    </message>
    <message>
        <source>Compare revisions — {title}</source>
        <translation>So sánh các bản sửa đổi — {title}</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Tóm tắt</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Revision {n} is missing from the library.</source>
        <translation>Thư viện thiếu bản sửa đổi {n}.</translation>
    </message>
    <message>
        <source>Related articles from the site</source>
        <translation>Bài viết liên quan từ trang</translation>
    </message>
    <message>
        <source>Related articles found in the library</source>
        <translation>Bài viết liên quan tìm thấy trong thư viện</translation>
    </message>
    <message>
        <source>&lt;b&gt;You might also like&lt;/b&gt; (from the site)</source>
        <translation>&lt;b&gt;Có thể bạn cũng thích&lt;/b&gt; (từ trang)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Related in your library&lt;/b&gt;</source>
        <translation>&lt;b&gt;Liên quan trong thư viện của bạn&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Related articles</source>
        <translation>Bài viết liên quan</translation>
    </message>
    <message>
        <source>The site lists no related articles.</source>
        <translation>Trang không nêu bài viết liên quan nào.</translation>
    </message>
    <message>
        <source>Working out related articles…</source>
        <translation>Đang tìm bài viết liên quan…</translation>
    </message>
    <message>
        <source>No related articles found in the library.</source>
        <translation>Không tìm thấy bài viết liên quan trong thư viện.</translation>
    </message>
    <message>
        <source>not synced — click to fetch it</source>
        <translation>chưa đồng bộ — nhấp để lấy về</translation>
    </message>
    <message>
        <source>Fetching “{title}”…</source>
        <translation>Đang lấy “{title}”…</translation>
    </message>
    <message>
        <source>fetching…</source>
        <translation>đang lấy…</translation>
    </message>
    <message>
        <source>Shown in {lang}: not held in this language</source>
        <translation>Hiển thị bằng {lang}: không có ở ngôn ngữ này</translation>
    </message>
    <message>
        <source>Could not fetch “{title}”: {error}</source>
        <translation>Không lấy được “{title}”: {error}</translation>
    </message>
    <message>
        <source>Fetched “{title}”.</source>
        <translation>Đã lấy “{title}”.</translation>
    </message>
    <message>
        <source>Library sections</source>
        <translation>Các mục của thư viện</translation>
    </message>
    <message>
        <source>Recently read</source>
        <translation>Đọc gần đây</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Dấu trang</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Bộ sưu tập</translation>
    </message>
    <message>
        <source>Laws and cases</source>
        <translation>Luật và vụ việc</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>mẫu</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Song song</translation>
    </message>
    <message>
        <source>Left column language</source>
        <translation>Ngôn ngữ cột trái</translation>
    </message>
    <message>
        <source>Right column language</source>
        <translation>Ngôn ngữ cột phải</translation>
    </message>
    <message>
        <source>Paragraphs are paired by the article's structure.</source>
        <translation>Các đoạn được ghép theo cấu trúc của bài viết.</translation>
    </message>
    <message>
        <source>Open an article first.</source>
        <translation>Hãy mở một bài viết trước.</translation>
    </message>
    <message>
        <source>The library holds this article in one language only.</source>
        <translation>Thư viện chỉ có bài viết này bằng một ngôn ngữ.</translation>
    </message>
    <message>
        <source>Left:</source>
        <translation>Trái:</translation>
    </message>
    <message>
        <source>Right:</source>
        <translation>Phải:</translation>
    </message>
    <message>
        <source>Syncing the {language} translation…</source>
        <translation>Đang đồng bộ bản dịch ({language})…</translation>
    </message>
    <message>
        <source>The {language} translation was not fetched: {reason}</source>
        <translation>Chưa lấy được bản dịch ({language}): {reason}</translation>
    </message>
    <message>
        <source>The {language} translation is now in the library.</source>
        <translation>Bản dịch ({language}) đã có trong thư viện.</translation>
    </message>
    <message>
        <source>Offline: the source cannot be reached, so the {language} translation was not fetched. Everything in the library is still available.</source>
        <translation>Ngoại tuyến: không kết nối được với nguồn, nên chưa lấy được bản dịch ({language}). Mọi thứ trong thư viện vẫn dùng được.</translation>
    </message>
    <message>
        <source>Undo note edit</source>
        <translation type="vanished">Hoàn tác sửa ghi chú</translation>
    </message>
    <message>
        <source>Undo colour change</source>
        <translation type="vanished">Hoàn tác đổi màu</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation type="vanished">Hoàn tác xóa</translation>
    </message>
    <message>
        <source>Undo highlight</source>
        <translation type="vanished">Hoàn tác đánh dấu</translation>
    </message>
    <message>
        <source>1 article</source>
        <translation type="vanished">1 bài viết</translation>
    </message>
    <message>
        <source>{n} articles</source>
        <translation type="vanished">{n} bài viết</translation>
    </message>
    <message>
        <source>Added {what} to “{name}”.</source>
        <translation type="vanished">Đã thêm {what} vào “{name}”.</translation>
    </message>
    <message>
        <source>Delete the collection “{name}”?

Its {what} stay in the library; only the collection, its description and its order are removed.</source>
        <translation type="vanished">Xóa bộ sưu tập “{name}”?

{what} trong đó vẫn ở lại thư viện; chỉ bộ sưu tập, mô tả và thứ tự của nó bị xóa.</translation>
    </message>
    <message>
        <source>Add {what} to:</source>
        <translation type="vanished">Thêm {what} vào:</translation>
    </message>
    <message>
        <source>Removed {what} from “{name}”; they stay in the library.</source>
        <translation type="vanished">Đã bỏ {what} khỏi “{name}”; chúng vẫn ở trong thư viện.</translation>
    </message>
    <message>
        <source>{n} already in it.</source>
        <translation type="vanished">{n} đã có trong đó.</translation>
    </message>
    <message>
        <source>1 insertion</source>
        <translation type="vanished">1 chỗ thêm</translation>
    </message>
    <message>
        <source>1 deletion</source>
        <translation type="vanished">1 chỗ xóa</translation>
    </message>
    <message>
        <source>1 paragraph changed</source>
        <translation type="vanished">1 đoạn thay đổi</translation>
    </message>
    <message>
        <source>{n} insertions</source>
        <translation type="vanished">{n} chỗ thêm</translation>
    </message>
    <message>
        <source>{n} deletions</source>
        <translation type="vanished">{n} chỗ xóa</translation>
    </message>
    <message>
        <source>{n} paragraphs changed</source>
        <translation type="vanished">{n} đoạn thay đổi</translation>
    </message>
</context>
</TS>
