<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>reader</name>
    <message>
        <source>No automatic backup of {path}: the disk has less than {mb} MB free. Free some space, or move the library (File → Move library…).</source>
        <translation>{path}을(를) 자동 백업하지 못했습니다. 디스크 여유 공간이 {mb} MB 미만입니다. 공간을 확보하거나 라이브러리를 옮기세요(파일 → 라이브러리 이동…).</translation>
    </message>
    <message>
        <source>The library {db} is already open in another window of {app}. Switch to that window, or close it first.</source>
        <translation>라이브러리 {db}은(는) 이미 {app}의 다른 창에서 열려 있습니다. 그 창으로 전환하거나 먼저 닫으세요.</translation>
    </message>
    <message>
        <source>The library {db} was not found (was it moved, or is its drive not connected?). Create a new, empty library there?</source>
        <translation>라이브러리 {db}을(를) 찾을 수 없습니다(이동되었거나 드라이브가 연결되지 않았나요?). 그 위치에 빈 라이브러리를 새로 만드시겠습니까?</translation>
    </message>
    <message>
        <source>Image not available offline</source>
        <translation>오프라인에서는 이미지를 볼 수 없습니다</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Sample content written for this app</source>
        <translation>이 앱을 위해 작성한 예시 콘텐츠</translation>
    </message>
    <message>
        <source>It is not an article of the source site: its contributors are fictional, and its statements of law should be checked against the primary sources before they are relied on.</source>
        <translation>원본 사이트의 기사가 아닙니다. 필자는 가상 인물이며, 법률에 관한 서술은 근거로 삼기 전에 1차 자료로 확인해야 합니다.</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>게시일</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>분류</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>주제</translation>
    </message>
    <message>
        <source>Contributors</source>
        <translation>필자</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>편집자</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Retrieved on</source>
        <translation>가져온 날짜</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>개정판</translation>
    </message>
    <message>
        <source>Removed from the source on</source>
        <translation>출처에서 삭제된 날짜</translation>
    </message>
    <message>
        <source>No English paragraph is aligned with this one.</source>
        <translation>이 단락에 대응하는 영어 단락이 없습니다.</translation>
    </message>
    <message>
        <source>{title} — side by side</source>
        <translation>{title} — 나란히 보기</translation>
    </message>
    <message>
        <source>The machine translation damaged {spots} numbers or dates in {blocks} paragraphs (XNUMX stands for lost digits). Point at a marked spot, or click it, to read the English paragraph with the real numbers.</source>
        <translation>기계 번역이 {blocks}개 단락에서 숫자나 날짜 {spots}곳을 손상했습니다(XNUMX는 사라진 숫자를 뜻합니다). 표시된 곳을 가리키거나 클릭하면 실제 숫자가 있는 영어 단락을 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Numbers in the English original:</source>
        <translation>영어 원문의 숫자:</translation>
    </message>
    <message>
        <source>Dates in the English original:</source>
        <translation>영어 원문의 날짜:</translation>
    </message>
    <message>
        <source>English:</source>
        <translation>영어:</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>버전</translation>
    </message>
    <message>
        <source>An offline reader for legal news about China.</source>
        <translation>중국 법률 뉴스를 오프라인으로 읽는 리더.</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>라이브러리</translation>
    </message>
    <message>
        <source>is free software under the MIT licence.</source>
        <translation>은(는) MIT 라이선스의 자유 소프트웨어입니다.</translation>
    </message>
    <message>
        <source>Built with</source>
        <translation>사용 기술</translation>
    </message>
    <message>
        <source>and Qt for Python (PySide6)</source>
        <translation>및 Qt for Python (PySide6)</translation>
    </message>
    <message>
        <source>Qt WebEngine contains Chromium, under BSD-style and other open-source licences.</source>
        <translation>Qt WebEngine에는 BSD 계열 및 기타 오픈 소스 라이선스의 Chromium이 포함되어 있습니다.</translation>
    </message>
    <message>
        <source>You may replace the Qt libraries in the program's folder with your own build.</source>
        <translation>프로그램 폴더의 Qt 라이브러리를 직접 빌드한 것으로 바꿀 수 있습니다.</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>패키지</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>라이선스</translation>
    </message>
    <message>
        <source>Fonts</source>
        <translation>글꼴</translation>
    </message>
    <message>
        <source>The fonts are the system's; they are not part of the program.</source>
        <translation>글꼴은 시스템의 것이며 프로그램에 포함되지 않습니다.</translation>
    </message>
    <message>
        <source>Portable mode: settings and library in {folder}</source>
        <translation>포터블 모드: 설정과 라이브러리 위치 {folder}</translation>
    </message>
    <message>
        <source>Settings: {file}</source>
        <translation>설정: {file}</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>{app} 정보</translation>
    </message>
    <message>
        <source>Undo note change</source>
        <translation>메모 변경 실행 취소</translation>
    </message>
    <message>
        <source>Export notes…</source>
        <translation>메모 내보내기…</translation>
    </message>
    <message>
        <source>Import notes…</source>
        <translation>메모 가져오기…</translation>
    </message>
    <message>
        <source>Highlight selection</source>
        <translation>선택 영역 강조 표시</translation>
    </message>
    <message>
        <source>Highlight with note…</source>
        <translation>메모와 함께 강조 표시…</translation>
    </message>
    <message>
        <source>Notebook…</source>
        <translation>노트북…</translation>
    </message>
    <message>
        <source>Export notes</source>
        <translation>메모 내보내기</translation>
    </message>
    <message>
        <source>Notes of</source>
        <translation>대상</translation>
    </message>
    <message>
        <source>Markdown (to read, print or paste)</source>
        <translation>Markdown(읽기, 인쇄, 붙여넣기용)</translation>
    </message>
    <message>
        <source>W3C Web Annotation JSON-LD (to import again)</source>
        <translation>W3C Web Annotation JSON-LD(다시 가져오기용)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>형식</translation>
    </message>
    <message>
        <source>Import notes</source>
        <translation>메모 가져오기</translation>
    </message>
    <message>
        <source>Web Annotation JSON-LD (*.jsonld *.json);;All files (*)</source>
        <translation>Web Annotation JSON-LD (*.jsonld *.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>실행 취소할 작업이 없습니다.</translation>
    </message>
    <message>
        <source>All notes in the library</source>
        <translation>라이브러리의 모든 메모</translation>
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
        <translation>먼저 기사에서 텍스트를 선택하세요.</translation>
    </message>
    <message>
        <source>Select the passage this note belongs to, then re-attach.</source>
        <translation>이 메모가 속한 구절을 선택한 뒤 다시 연결하세요.</translation>
    </message>
    <message>
        <source>This article</source>
        <translation>이 기사</translation>
    </message>
    <message>
        <source>The collection “{name}”</source>
        <translation>모음 “{name}”</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln note(s) to {path}.</source>
        <translation>
            <numerusform>메모 %Ln개를 {path}(으)로 내보냈습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write {path}: {error}.</source>
        <translation>{path}에 쓸 수 없습니다: {error}.</translation>
    </message>
    <message>
        <source>moved: the text changed around it</source>
        <translation>이동됨: 주변 텍스트가 바뀌었습니다</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Your note, in Markdown: **bold**, *italic*, lists, links</source>
        <translation>메모(Markdown): **굵게**, *기울임*, 목록, 링크</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>메모 본문</translation>
    </message>
    <message>
        <source>Note preview</source>
        <translation>메모 미리 보기</translation>
    </message>
    <message>
        <source>comma-separated, e.g. reciprocity, service</source>
        <translation>쉼표로 구분, 예: 상호주의, 송달</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>색</translation>
    </message>
    <message>
        <source>Highlights and notes</source>
        <translation>강조 표시와 메모</translation>
    </message>
    <message>
        <source>No highlights yet. Select text in the article and choose Highlight (right-click, or Ctrl+Shift+H).</source>
        <translation>아직 강조 표시가 없습니다. 기사에서 텍스트를 선택하고 강조 표시를 고르세요(오른쪽 클릭 또는 Ctrl+Shift+H).</translation>
    </message>
    <message>
        <source>Edit note…</source>
        <translation>메모 편집…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Re-attach to selection</source>
        <translation>선택 영역에 다시 연결</translation>
    </message>
    <message>
        <source>Select the passage in the article where this note belongs, then click here</source>
        <translation>기사에서 이 메모가 속한 구절을 선택한 뒤 여기를 클릭하세요</translation>
    </message>
    <message>
        <source>not found in the current version (last found in revision {n})</source>
        <translation>현재 버전에서 찾을 수 없음(마지막으로 찾은 개정판 {n})</translation>
    </message>
    <message>
        <source>Note edit undone</source>
        <translation>메모 변경을 취소했습니다</translation>
    </message>
    <message>
        <source>Colour change undone</source>
        <translation>색 변경을 취소했습니다</translation>
    </message>
    <message>
        <source>Note restored</source>
        <translation>메모를 복원했습니다</translation>
    </message>
    <message>
        <source>Highlight removed</source>
        <translation>강조 표시를 제거했습니다</translation>
    </message>
    <message>
        <source>made on revision {n}</source>
        <translation>개정판 {n}에서 작성</translation>
    </message>
    <message>
        <source>tags: {t}</source>
        <translation>태그: {t}</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>분류</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Damaged translation (numbers or dates lost): {languages}</source>
        <translation>손상된 번역(숫자나 날짜 유실): {languages}</translation>
    </message>
    <message>
        <source>Bookmarked</source>
        <translation>북마크됨</translation>
    </message>
    <message>
        <source>Has notes</source>
        <translation>메모 있음</translation>
    </message>
    <message>
        <source>Updated since you annotated or bookmarked it</source>
        <translation>메모나 북마크 후에 업데이트됨</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>자동</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>수동</translation>
    </message>
    <message>
        <source>Replaced by a restore</source>
        <translation>복원으로 대체됨</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>사본</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>백업</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>아직 백업이 없습니다.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>지금 백업</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>복원…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>삭제…</translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation>폴더 보기</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> 시간</translation>
    </message>
    <message>
        <source>never</source>
        <translation>안 함</translation>
    </message>
    <message>
        <source>Back up automatically every</source>
        <translation>자동 백업 간격</translation>
    </message>
    <message>
        <source>Automatic backups to keep</source>
        <translation>보관할 자동 백업 수</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>백업 중…</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>백업 복원</translation>
    </message>
    <message>
        <source>Delete a backup</source>
        <translation>백업 삭제</translation>
    </message>
    <message>
        <source>Before an upgrade (from schema {v})</source>
        <translation>업그레이드 전(스키마 {v}에서)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Backups of {library}. Restoring one replaces the library; the current file is kept in the backups folder first, so a restore can be undone.</source>
        <translation>{library}의 백업입니다. 복원하면 라이브러리가 교체되며, 현재 파일은 먼저 백업 폴더에 보관되므로 복원을 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>No backup was made: {e}</source>
        <translation>백업을 만들지 못했습니다: {e}</translation>
    </message>
    <message>
        <source>Replace the library with the backup of {when}?

Everything changed since then is replaced. The current library is kept in the backups folder first, so you can restore it again.</source>
        <translation>라이브러리를 {when} 백업으로 교체하시겠습니까?

그 이후 바뀐 내용은 모두 교체됩니다. 현재 라이브러리는 먼저 백업 폴더에 보관되므로 다시 복원할 수 있습니다.</translation>
    </message>
    <message>
        <source>Delete the backup of {when} ({kind}, {size})? This cannot be undone.</source>
        <translation>{when} 백업({kind}, {size})을 삭제하시겠습니까? 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <source>Not deleted: {e}</source>
        <translation>삭제되지 않음: {e}</translation>
    </message>
    <message>
        <source>Laws</source>
        <translation>법률</translation>
    </message>
    <message>
        <source>Judicial interpretations and rules</source>
        <translation>사법해석 및 규칙</translation>
    </message>
    <message>
        <source>Regulations</source>
        <translation>행정법규</translation>
    </message>
    <message>
        <source>Treaties</source>
        <translation>조약</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>사례</translation>
    </message>
    <message>
        <source>Other documents</source>
        <translation>기타 문서</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) cite {name}</source>
        <translation>
            <numerusform>기사 %Ln건이 {name}을(를) 인용</numerusform>
        </translation>
    </message>
    <message>
        <source>Add to collection</source>
        <translation>모음에 추가</translation>
    </message>
    <message>
        <source>An &amp;existing collection</source>
        <translation>기존 모음(&amp;E)</translation>
    </message>
    <message>
        <source>Existing collection</source>
        <translation>기존 모음</translation>
    </message>
    <message>
        <source>A &amp;new collection</source>
        <translation>새 모음(&amp;N)</translation>
    </message>
    <message>
        <source>Name of the new collection</source>
        <translation>새 모음의 이름</translation>
    </message>
    <message>
        <source>e.g. the matter or client</source>
        <translation>예: 사건 또는 의뢰인</translation>
    </message>
    <message>
        <source>Description of the new collection</source>
        <translation>새 모음의 설명</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>설명:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>A collection needs a name.</source>
        <translation>모음에는 이름이 필요합니다.</translation>
    </message>
    <message>
        <source>Add to collection…</source>
        <translation>모음에 추가…</translation>
    </message>
    <message>
        <source>Remove from collection</source>
        <translation>모음에서 제거</translation>
    </message>
    <message>
        <source>Move up in collection</source>
        <translation>모음에서 위로</translation>
    </message>
    <message>
        <source>Move down in collection</source>
        <translation>모음에서 아래로</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>새 모음</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>브라우저에서 열기</translation>
    </message>
    <message>
        <source>New collection…</source>
        <translation>새 모음…</translation>
    </message>
    <message>
        <source>Edit name and description…</source>
        <translation>이름과 설명 편집…</translation>
    </message>
    <message>
        <source>Delete collection…</source>
        <translation>모음 삭제…</translation>
    </message>
    <message numerus="yes">
        <source>Add %Ln article(s) to:</source>
        <translation>
            <numerusform>기사 %Ln건 추가 대상:</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit collection</source>
        <translation>모음 편집</translation>
    </message>
    <message>
        <source>Remove bookmark</source>
        <translation>북마크 해제</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>북마크</translation>
    </message>
    <message>
        <source>A collection named “{name}” already exists.</source>
        <translation>“{name}”(이)라는 모음이 이미 있습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln article(s) to “{name}”.</source>
        <translation>
            <numerusform>기사 %Ln건을 “{name}”에 추가했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already in it.</source>
        <translation>
            <numerusform>%Ln건은 이미 들어 있습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the collection “{name}”?

Its %Ln article(s) stay in the library; only the collection, its description and its order are removed.</source>
        <translation>
            <numerusform>모음 “{name}”을(를) 삭제하시겠습니까?

그 안의 기사 %Ln건은 라이브러리에 남고, 모음과 설명, 순서만 삭제됩니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %Ln article(s) from “{name}”; they stay in the library.</source>
        <translation>
            <numerusform>기사 %Ln건을 “{name}”에서 제거했습니다. 라이브러리에는 남아 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>모든 기사</translation>
    </message>
    <message>
        <source>Deleted the collection “{name}”.</source>
        <translation>모음 “{name}”을(를) 삭제했습니다.</translation>
    </message>
    <message>
        <source>China Justice Observer</source>
        <translation>China Justice Observer</translation>
    </message>
    <message>
        <source>RSS or Atom feed</source>
        <translation>RSS 또는 Atom 피드</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>Translations at</source>
        <translation>번역본 주소</translation>
    </message>
    <message>
        <source>Pause between requests (s)</source>
        <translation>요청 간 대기(초)</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>추가…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>편집…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Remove source</source>
        <translation>출처 제거</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>환경설정</translation>
    </message>
    <message>
        <source> min (0 = manual)</source>
        <translation> 분(0 = 수동)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US 레터</translation>
    </message>
    <message>
        <source>Content languages (in order)</source>
        <translation>콘텐츠 언어(우선순위 순)</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>테마</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>글꼴 크기</translation>
    </message>
    <message>
        <source>Sync automatically every</source>
        <translation>자동 동기화 간격</translation>
    </message>
    <message>
        <source>Library file (applies at next start)</source>
        <translation>라이브러리 파일(다음 시작 시 적용)</translation>
    </message>
    <message>
        <source>Paper size for PDF</source>
        <translation>PDF 용지 크기</translation>
    </message>
    <message>
        <source>Library file</source>
        <translation>라이브러리 파일</translation>
    </message>
    <message>
        <source>Libraries (*.sqlite)</source>
        <translation>라이브러리 (*.sqlite)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>Sync failures</source>
        <translation>동기화 실패</translation>
    </message>
    <message>
        <source>The address must start with http:// or https://.</source>
        <translation>주소는 http:// 또는 https://로 시작해야 합니다.</translation>
    </message>
    <message>
        <source>The address needs a valid host name, as in https://example.org/feed/.</source>
        <translation>주소에는 https://example.org/feed/ 처럼 올바른 호스트 이름이 있어야 합니다.</translation>
    </message>
    <message>
        <source>The translations address must contain {lang}.</source>
        <translation>번역본 주소에는 {lang}이(가) 있어야 합니다.</translation>
    </message>
    <message>
        <source>Open the selected article</source>
        <translation>선택한 기사 열기</translation>
    </message>
    <message>
        <source>Move in the list</source>
        <translation>목록에서 이동</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>동작</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>키</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>기사</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>문제</translation>
    </message>
    <message>
        <source>Remove {name} and its articles from the library? Bookmarks, collections and notes are kept and come back if you add the source again.</source>
        <translation>{name}과(와) 그 기사들을 라이브러리에서 제거하시겠습니까? 북마크, 모음, 메모는 유지되며 출처를 다시 추가하면 돌아옵니다.</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>인쇄 미리 보기</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>PDF로 내보내기</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>용지</translation>
    </message>
    <message>
        <source>Number paragraphs for pinpoint citation</source>
        <translation>정확한 인용을 위해 단락 번호 매기기</translation>
    </message>
    <message>
        <source>Include highlights and notes</source>
        <translation>강조 표시와 메모 포함</translation>
    </message>
    <message>
        <source>Preparing the binder…</source>
        <translation>합본 준비 중…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 파일 (*.pdf)</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>인쇄</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln selected article(s)</source>
        <translation>
            <numerusform>선택한 기사 %Ln건</numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>Annotations are not available in this version.</source>
        <translation>이 버전에서는 주석을 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>Choose an article, select articles or open a collection.</source>
        <translation>기사를 고르거나 여러 기사를 선택하거나 모음을 여세요.</translation>
    </message>
    <message>
        <source>Selected articles</source>
        <translation>선택한 기사</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>내보내기를 취소했습니다. 아무것도 기록되지 않았습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln page(s) to {path}</source>
        <translation>
            <numerusform>%Ln쪽을 {path}(으)로 내보냈습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>Printed {done} of {total}: {title}</source>
        <translation>{total}건 중 {done}건 인쇄: {title}</translation>
    </message>
    <message>
        <source>{name} already exists. Replace it?</source>
        <translation>{name}이(가) 이미 있습니다. 바꾸시겠습니까?</translation>
    </message>
    <message>
        <source>Export as PDF…</source>
        <translation>PDF로 내보내기…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>인쇄…</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>노랑</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>초록</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>파랑</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>분홍</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>보라</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>밝게</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>어둡게</translation>
    </message>
    <message>
        <source>Sepia</source>
        <translation>세피아</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>인터페이스 언어</translation>
    </message>
    <message>
        <source>Wait for the sync to finish, or cancel it, then choose the language again.</source>
        <translation>동기화가 끝날 때까지 기다리거나 취소한 뒤 언어를 다시 선택하세요.</translation>
    </message>
    <message>
        <source>The interface language changes the next time the app starts.</source>
        <translation>인터페이스 언어는 다음에 앱을 시작할 때 바뀝니다.</translation>
    </message>
    <message>
        <source>cites {what}</source>
        <translation>{what} 인용</translation>
    </message>
    <message>
        <source>same topic: {name}</source>
        <translation>같은 주제: {name}</translation>
    </message>
    <message>
        <source>same category: {name}</source>
        <translation>같은 분류: {name}</translation>
    </message>
    <message>
        <source>published around the same time</source>
        <translation>비슷한 시기에 게시됨</translation>
    </message>
    <message>
        <source>similar wording: {words}</source>
        <translation>비슷한 표현: {words}</translation>
    </message>
    <message>
        <source>Side by side…</source>
        <translation>나란히 보기…</translation>
    </message>
    <message>
        <source>Read two languages of this article in two columns</source>
        <translation>이 기사의 두 언어를 두 단으로 읽기</translation>
    </message>
    <message>
        <source>Languages of this article</source>
        <translation>이 기사의 언어</translation>
    </message>
    <message>
        <source>Not synced yet:</source>
        <translation>아직 동기화되지 않음:</translation>
    </message>
    <message>
        <source>Not in the library yet. Click to sync this language ({code}).</source>
        <translation>아직 라이브러리에 없습니다. 클릭하면 이 언어({code})를 동기화합니다.</translation>
    </message>
    <message>
        <source>Sync this language: {name}</source>
        <translation>이 언어 동기화: {name}</translation>
    </message>
    <message>
        <source>{code}: the machine translation lost {spots} numbers or dates; they are marked in the text</source>
        <translation>{code}: 기계 번역에서 숫자나 날짜 {spots}곳이 사라졌습니다. 본문에 표시되어 있습니다</translation>
    </message>
    <message>
        <source>{name} (syncing…)</source>
        <translation>{name}(동기화 중…)</translation>
    </message>
    <message>
        <source>No library is open.</source>
        <translation>열린 라이브러리가 없습니다.</translation>
    </message>
    <message>
        <source>That is where the library is already.</source>
        <translation>라이브러리가 이미 그 위치에 있습니다.</translation>
    </message>
    <message>
        <source>Open library…</source>
        <translation>라이브러리 열기…</translation>
    </message>
    <message>
        <source>Move library…</source>
        <translation>라이브러리 이동…</translation>
    </message>
    <message>
        <source>Backups…</source>
        <translation>백업…</translation>
    </message>
    <message>
        <source>Open library</source>
        <translation>라이브러리 열기</translation>
    </message>
    <message>
        <source>Move library to</source>
        <translation>라이브러리 이동 위치</translation>
    </message>
    <message>
        <source>This window cannot switch libraries.</source>
        <translation>이 창에서는 라이브러리를 바꿀 수 없습니다.</translation>
    </message>
    <message>
        <source>Wait for the sync to finish, or cancel it, then move.</source>
        <translation>동기화가 끝날 때까지 기다리거나 취소한 뒤 이동하세요.</translation>
    </message>
    <message>
        <source>{dest} exists already; choose a new file name.</source>
        <translation>{dest}이(가) 이미 있습니다. 새 파일 이름을 고르세요.</translation>
    </message>
    <message>
        <source>Copying the library to {dest}…</source>
        <translation>라이브러리를 {dest}(으)로 복사하는 중…</translation>
    </message>
    <message>
        <source>A sync started; move again after it.</source>
        <translation>동기화가 시작되었습니다. 끝난 뒤 다시 이동하세요.</translation>
    </message>
    <message>
        <source>The library moved to {dest}, but the old file could not be removed: {e}</source>
        <translation>라이브러리를 {dest}(으)로 옮겼지만 이전 파일을 제거하지 못했습니다: {e}</translation>
    </message>
    <message>
        <source>The library is now at {dest}.</source>
        <translation>라이브러리가 이제 {dest}에 있습니다.</translation>
    </message>
    <message>
        <source>The library was restored from {name}.</source>
        <translation>{name}에서 라이브러리를 복원했습니다.</translation>
    </message>
    <message>
        <source>Cannot create the folder {folder}: {error}</source>
        <translation>폴더 {folder}을(를) 만들 수 없습니다: {error}</translation>
    </message>
    <message>
        <source>Light theme</source>
        <translation>밝은 테마</translation>
    </message>
    <message>
        <source>Dark theme</source>
        <translation>어두운 테마</translation>
    </message>
    <message>
        <source>Sepia theme</source>
        <translation>세피아 테마</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>지금 동기화</translation>
    </message>
    <message>
        <source>Cancel sync</source>
        <translation>동기화 취소</translation>
    </message>
    <message>
        <source>Sync failures…</source>
        <translation>동기화 실패…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>검색</translation>
    </message>
    <message>
        <source>Search (find)</source>
        <translation>검색(찾기)</translation>
    </message>
    <message>
        <source>Focus list</source>
        <translation>목록으로 이동</translation>
    </message>
    <message>
        <source>Page down in article</source>
        <translation>기사에서 한 쪽 아래로</translation>
    </message>
    <message>
        <source>Page up in article</source>
        <translation>기사에서 한 쪽 위로</translation>
    </message>
    <message>
        <source>Your library is empty. Open the sample library to look around, or add a source and sync.</source>
        <translation>라이브러리가 비어 있습니다. 예시 라이브러리를 열어 둘러보거나, 출처를 추가하고 동기화하세요.</translation>
    </message>
    <message>
        <source>Open the sample library</source>
        <translation>예시 라이브러리 열기</translation>
    </message>
    <message>
        <source>Add a source…</source>
        <translation>출처 추가…</translation>
    </message>
    <message>
        <source>Search all articles (Ctrl+K)</source>
        <translation>모든 기사 검색 (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search in language</source>
        <translation>검색 언어</translation>
    </message>
    <message>
        <source>Search in one language, or in all</source>
        <translation>한 언어 또는 모든 언어에서 검색</translation>
    </message>
    <message>
        <source>Filter titles</source>
        <translation>제목 필터</translation>
    </message>
    <message>
        <source>Filter the list by title</source>
        <translation>제목으로 목록 필터링</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>관련</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>기사</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>기본</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>Sources…</source>
        <translation>출처…</translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation>환경설정…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>확대</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>축소</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>실제 크기</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>기사(&amp;A)</translation>
    </message>
    <message>
        <source>Next article</source>
        <translation>다음 기사</translation>
    </message>
    <message>
        <source>Previous article</source>
        <translation>이전 기사</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>About</source>
        <translation>정보</translation>
    </message>
    <message>
        <source>Opening the library…</source>
        <translation>라이브러리를 여는 중…</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>모든 언어</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>읽지 않음</translation>
    </message>
    <message>
        <source>Importing the sample library…</source>
        <translation>예시 라이브러리를 가져오는 중…</translation>
    </message>
    <message>
        <source>The sample library is ready.</source>
        <translation>예시 라이브러리가 준비되었습니다.</translation>
    </message>
    <message>
        <source>Sync cancelled</source>
        <translation>동기화 취소됨</translation>
    </message>
    <message>
        <source>Sync finished</source>
        <translation>동기화 완료</translation>
    </message>
    <message>
        <source>This article was updated since you annotated or bookmarked it. Highlights were placed again; see the Notes tab for any not found. &lt;a href="compare"&gt;Compare revisions…&lt;/a&gt;</source>
        <translation>메모나 북마크 후에 이 기사가 업데이트되었습니다. 강조 표시를 다시 배치했으며, 찾지 못한 것은 메모 탭에서 볼 수 있습니다. &lt;a href="compare"&gt;개정판 비교…&lt;/a&gt;</translation>
    </message>
    <message>
        <source>No sources to sync yet: add one under File › Sources…</source>
        <translation>아직 동기화할 출처가 없습니다. 파일 › 출처…에서 추가하세요</translation>
    </message>
    <message>
        <source>Offline: the sources cannot be reached. Everything in the library is available.</source>
        <translation>오프라인: 출처에 연결할 수 없습니다. 라이브러리의 모든 내용은 이용할 수 있습니다.</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>아직 동기화되지 않음</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>기사 %Ln건</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing: {new} new, {updated} updated, {failed} failed — {current}</source>
        <translation>동기화 중: 새 기사 {new}, 업데이트 {updated}, 실패 {failed} — {current}</translation>
    </message>
    <message>
        <source>{word}: {new} new, {updated} updated, {failed} failed.</source>
        <translation>{word}: 새 기사 {new}, 업데이트 {updated}, 실패 {failed}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Search&lt;/b&gt; “{q}” in {where} — {n}</source>
        <translation>{where}에서 “{q}” &lt;b&gt;검색&lt;/b&gt; — {n}</translation>
    </message>
    <message>
        <source>Last synced {when}</source>
        <translation>마지막 동기화 {when}</translation>
    </message>
    <message>
        <source>Notebook</source>
        <translation>노트북</translation>
    </message>
    <message>
        <source>Search quotes, notes and tags</source>
        <translation>인용, 메모, 태그 검색</translation>
    </message>
    <message>
        <source>Search annotations</source>
        <translation>주석 검색</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>주석</translation>
    </message>
    <message>
        <source>All collections</source>
        <translation>모든 모음</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>모든 태그</translation>
    </message>
    <message>
        <source>All colours</source>
        <translation>모든 색</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>모든 상태</translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s)</source>
        <translation>
            <numerusform>주석 %Ln개</numerusform>
        </translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>모음</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Lang.</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>인용</translation>
    </message>
    <message>
        <source>In place</source>
        <translation>제자리</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>이동됨</translation>
    </message>
    <message>
        <source>Not found (orphaned)</source>
        <translation>찾을 수 없음(분리됨)</translation>
    </message>
    <message>
        <source>Bookmark article</source>
        <translation>기사 북마크</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>강조 표시</translation>
    </message>
    <message>
        <source>No differences in the text.</source>
        <translation>텍스트에 차이가 없습니다.</translation>
    </message>
    <message>
        <source>Compare revisions…</source>
        <translation>개정판 비교…</translation>
    </message>
    <message>
        <source>{insertions}, {deletions} ({paragraphs})</source>
        <translation>{insertions}, {deletions} ({paragraphs})</translation>
    </message>
    <message numerus="yes">
        <source>%Ln insertion(s)</source>
        <translation>
            <numerusform>삽입 %Ln곳</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deletion(s)</source>
        <translation>
            <numerusform>삭제 %Ln곳</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln paragraph(s) changed</source>
        <translation>
            <numerusform>변경된 단락 %Ln개</numerusform>
        </translation>
    </message>
    <message>
        <source>Revision {n} — fetched {when}</source>
        <translation>개정판 {n} — {when}에 가져옴</translation>
    </message>
    <message>
        <source>Older revision</source>
        <translation>이전 개정판</translation>
    </message>
    <message>
        <source>Newer revision</source>
        <translation>최신 개정판</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>시작(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>끝(&amp;T):</translation>
    </message>
    <message>
        <source>Summary of the changes</source>
        <translation>변경 요약</translation>
    </message>
    <message>
        <source>Changes between the two revisions</source>
        <translation>두 개정판 사이의 변경</translation>
    </message>
    <message>
        <source>&amp;Previous change</source>
        <translation>이전 변경(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next change</source>
        <translation>다음 변경(&amp;N)</translation>
    </message>
    <message>
        <source>Open an article to compare its revisions.</source>
        <translation>개정판을 비교하려면 기사를 여세요.</translation>
    </message>
    <message>
        <source>(newest)</source>
        <translation>(최신)</translation>
    </message>
    <message>
        <source>This article has only one revision: nothing to compare.</source>
        <translation>이 기사는 개정판이 하나뿐이라 비교할 것이 없습니다.</translation>
    </message>
    <message>
        <source>Choose two different revisions.</source>
        <translation>서로 다른 개정판 두 개를 고르세요.</translation>
    </message>
    <message>
        <source>(the older revision is on the right: read insertions as removals)</source>
        <translation>(이전 개정판이 오른쪽에 있습니다. 삽입을 삭제로 읽으세요)</translation>
    </message>
    <message>
        <source>Compare revisions — {title}</source>
        <translation>개정판 비교 — {title}</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>본문</translation>
    </message>
    <message>
        <source>Revision {n} is missing from the library.</source>
        <translation>라이브러리에 개정판 {n}이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Related articles from the site</source>
        <translation>사이트의 관련 기사</translation>
    </message>
    <message>
        <source>Related articles found in the library</source>
        <translation>라이브러리에서 찾은 관련 기사</translation>
    </message>
    <message>
        <source>&lt;b&gt;You might also like&lt;/b&gt; (from the site)</source>
        <translation>&lt;b&gt;함께 읽을 만한 기사&lt;/b&gt;(사이트 제공)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Related in your library&lt;/b&gt;</source>
        <translation>&lt;b&gt;라이브러리의 관련 기사&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Related articles</source>
        <translation>관련 기사</translation>
    </message>
    <message>
        <source>The site lists no related articles.</source>
        <translation>사이트에 관련 기사가 없습니다.</translation>
    </message>
    <message>
        <source>Working out related articles…</source>
        <translation>관련 기사를 찾는 중…</translation>
    </message>
    <message>
        <source>No related articles found in the library.</source>
        <translation>라이브러리에서 관련 기사를 찾지 못했습니다.</translation>
    </message>
    <message>
        <source>not synced — click to fetch it</source>
        <translation>동기화되지 않음 — 클릭하여 가져오기</translation>
    </message>
    <message>
        <source>Fetching “{title}”…</source>
        <translation>“{title}” 가져오는 중…</translation>
    </message>
    <message>
        <source>fetching…</source>
        <translation>가져오는 중…</translation>
    </message>
    <message>
        <source>Shown in {lang}: not held in this language</source>
        <translation>{lang}(으)로 표시: 이 언어로는 없습니다</translation>
    </message>
    <message>
        <source>Could not fetch “{title}”: {error}</source>
        <translation>“{title}”을(를) 가져오지 못했습니다: {error}</translation>
    </message>
    <message>
        <source>Fetched “{title}”.</source>
        <translation>“{title}”을(를) 가져왔습니다.</translation>
    </message>
    <message>
        <source>Library sections</source>
        <translation>라이브러리 구역</translation>
    </message>
    <message>
        <source>Recently read</source>
        <translation>최근 읽음</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>북마크</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>모음</translation>
    </message>
    <message>
        <source>Laws and cases</source>
        <translation>법령과 사례</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>예시</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>나란히 보기</translation>
    </message>
    <message>
        <source>Left column language</source>
        <translation>왼쪽 단 언어</translation>
    </message>
    <message>
        <source>Right column language</source>
        <translation>오른쪽 단 언어</translation>
    </message>
    <message>
        <source>Paragraphs are paired by the article's structure.</source>
        <translation>단락은 기사 구조에 따라 짝지어집니다.</translation>
    </message>
    <message>
        <source>Open an article first.</source>
        <translation>먼저 기사를 여세요.</translation>
    </message>
    <message>
        <source>The library holds this article in one language only.</source>
        <translation>라이브러리에는 이 기사가 한 언어로만 있습니다.</translation>
    </message>
    <message>
        <source>Left:</source>
        <translation>왼쪽:</translation>
    </message>
    <message>
        <source>Right:</source>
        <translation>오른쪽:</translation>
    </message>
    <message>
        <source>Syncing the {language} translation…</source>
        <translation>{language} 번역을 동기화하는 중…</translation>
    </message>
    <message>
        <source>The {language} translation was not fetched: {reason}</source>
        <translation>{language} 번역을 가져오지 못했습니다: {reason}</translation>
    </message>
    <message>
        <source>The {language} translation is now in the library.</source>
        <translation>{language} 번역이 이제 라이브러리에 있습니다.</translation>
    </message>
    <message>
        <source>Offline: the source cannot be reached, so the {language} translation was not fetched. Everything in the library is still available.</source>
        <translation>오프라인: 출처에 연결할 수 없어 {language} 번역을 가져오지 못했습니다. 라이브러리의 모든 내용은 계속 이용할 수 있습니다.</translation>
    </message>
    <message>
        <source>Undo note edit</source>
        <translation type="vanished">메모 편집 실행 취소</translation>
    </message>
    <message>
        <source>Undo colour change</source>
        <translation type="vanished">색 변경 실행 취소</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation type="vanished">삭제 실행 취소</translation>
    </message>
    <message>
        <source>Undo highlight</source>
        <translation type="vanished">강조 표시 실행 취소</translation>
    </message>
    <message>
        <source>1 article</source>
        <translation type="vanished">기사 1건</translation>
    </message>
    <message>
        <source>{n} articles</source>
        <translation type="vanished">기사 {n}건</translation>
    </message>
    <message>
        <source>Added {what} to “{name}”.</source>
        <translation type="vanished">{what}을(를) “{name}”에 추가했습니다.</translation>
    </message>
    <message>
        <source>Delete the collection “{name}”?

Its {what} stay in the library; only the collection, its description and its order are removed.</source>
        <translation type="vanished">모음 “{name}”을(를) 삭제하시겠습니까?

그 안의 {what}은(는) 라이브러리에 남고, 모음과 설명, 순서만 삭제됩니다.</translation>
    </message>
    <message>
        <source>Add {what} to:</source>
        <translation type="vanished">{what} 추가 대상:</translation>
    </message>
    <message>
        <source>Removed {what} from “{name}”; they stay in the library.</source>
        <translation type="vanished">{what}을(를) “{name}”에서 제거했습니다. 라이브러리에는 남아 있습니다.</translation>
    </message>
    <message>
        <source>{n} already in it.</source>
        <translation type="vanished">{n}건은 이미 들어 있습니다.</translation>
    </message>
    <message>
        <source>1 insertion</source>
        <translation type="vanished">삽입 1곳</translation>
    </message>
    <message>
        <source>1 deletion</source>
        <translation type="vanished">삭제 1곳</translation>
    </message>
    <message>
        <source>1 paragraph changed</source>
        <translation type="vanished">변경된 단락 1개</translation>
    </message>
    <message>
        <source>{n} insertions</source>
        <translation type="vanished">삽입 {n}곳</translation>
    </message>
    <message>
        <source>{n} deletions</source>
        <translation type="vanished">삭제 {n}곳</translation>
    </message>
    <message>
        <source>{n} paragraphs changed</source>
        <translation type="vanished">변경된 단락 {n}개</translation>
    </message>
</context>
</TS>
