<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt" sourcelanguage="en">
<context>
    <name>reader</name>
    <message>
        <source>No automatic backup of {path}: the disk has less than {mb} MB free. Free some space, or move the library (File → Move library…).</source>
        <translation>Sem backup automático de {path}: o disco tem menos de {mb} MB livres. Libere espaço ou mova a biblioteca (Arquivo → Mover biblioteca…).</translation>
    </message>
    <message>
        <source>The library {db} is already open in another window of {app}. Switch to that window, or close it first.</source>
        <translation>A biblioteca {db} já está aberta em outra janela do {app}. Mude para essa janela ou feche-a primeiro.</translation>
    </message>
    <message>
        <source>The library {db} was not found (was it moved, or is its drive not connected?). Create a new, empty library there?</source>
        <translation>A biblioteca {db} não foi encontrada (foi movida, ou a unidade não está conectada?). Criar ali uma nova biblioteca vazia?</translation>
    </message>
    <message>
        <source>Image not available offline</source>
        <translation>Imagem indisponível offline</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagem</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Sample content written for this app</source>
        <translation>Conteúdo de exemplo escrito para este app</translation>
    </message>
    <message>
        <source>It is not an article of the source site: its contributors are fictional, and its statements of law should be checked against the primary sources before they are relied on.</source>
        <translation>Não é um artigo do site de origem: os autores são fictícios, e as afirmações jurídicas devem ser conferidas nas fontes primárias antes de se confiar nelas.</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicado em</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorias</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Contributors</source>
        <translation>Autores</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>Retrieved on</source>
        <translation>Obtido em</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revisão</translation>
    </message>
    <message>
        <source>Removed from the source on</source>
        <translation>Removido da fonte em</translation>
    </message>
    <message>
        <source>No English paragraph is aligned with this one.</source>
        <translation>Nenhum parágrafo em inglês está alinhado a este.</translation>
    </message>
    <message>
        <source>{title} — side by side</source>
        <translation>{title} — lado a lado</translation>
    </message>
    <message>
        <source>The machine translation damaged {spots} numbers or dates in {blocks} paragraphs (XNUMX stands for lost digits). Point at a marked spot, or click it, to read the English paragraph with the real numbers.</source>
        <translation>A tradução automática danificou {spots} números ou datas em {blocks} parágrafos (XNUMX indica dígitos perdidos). Aponte para um trecho marcado, ou clique nele, para ler o parágrafo em inglês com os números reais.</translation>
    </message>
    <message>
        <source>Numbers in the English original:</source>
        <translation>Números no original em inglês:</translation>
    </message>
    <message>
        <source>Dates in the English original:</source>
        <translation>Datas no original em inglês:</translation>
    </message>
    <message>
        <source>English:</source>
        <translation>Inglês:</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versão</translation>
    </message>
    <message>
        <source>An offline reader for legal news about China.</source>
        <translation>Um leitor offline de notícias jurídicas sobre a China.</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>is free software under the MIT licence.</source>
        <translation>é software livre sob a licença MIT.</translation>
    </message>
    <message>
        <source>Built with</source>
        <translation>Feito com</translation>
    </message>
    <message>
        <source>and Qt for Python (PySide6)</source>
        <translation>e Qt for Python (PySide6)</translation>
    </message>
    <message>
        <source>Qt WebEngine contains Chromium, under BSD-style and other open-source licences.</source>
        <translation>O Qt WebEngine contém o Chromium, sob licenças do tipo BSD e outras licenças de código aberto.</translation>
    </message>
    <message>
        <source>You may replace the Qt libraries in the program's folder with your own build.</source>
        <translation>Você pode substituir as bibliotecas Qt na pasta do programa por uma compilação própria.</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Pacote</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licença</translation>
    </message>
    <message>
        <source>Fonts</source>
        <translation>Fontes tipográficas</translation>
    </message>
    <message>
        <source>The fonts are the system's; they are not part of the program.</source>
        <translation>As fontes tipográficas são as do sistema; não fazem parte do programa.</translation>
    </message>
    <message>
        <source>Portable mode: settings and library in {folder}</source>
        <translation>Modo portátil: configurações e biblioteca em {folder}</translation>
    </message>
    <message>
        <source>Settings: {file}</source>
        <translation>Configurações: {file}</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Sobre o {app}</translation>
    </message>
    <message>
        <source>Undo note change</source>
        <translation>Desfazer alteração da nota</translation>
    </message>
    <message>
        <source>Export notes…</source>
        <translation>Exportar notas…</translation>
    </message>
    <message>
        <source>Import notes…</source>
        <translation>Importar notas…</translation>
    </message>
    <message>
        <source>Highlight selection</source>
        <translation>Destacar a seleção</translation>
    </message>
    <message>
        <source>Highlight with note…</source>
        <translation>Destacar com nota…</translation>
    </message>
    <message>
        <source>Notebook…</source>
        <translation>Caderno…</translation>
    </message>
    <message>
        <source>Export notes</source>
        <translation>Exportar notas</translation>
    </message>
    <message>
        <source>Notes of</source>
        <translation>Notas de</translation>
    </message>
    <message>
        <source>Markdown (to read, print or paste)</source>
        <translation>Markdown (para ler, imprimir ou colar)</translation>
    </message>
    <message>
        <source>W3C Web Annotation JSON-LD (to import again)</source>
        <translation>W3C Web Annotation JSON-LD (para importar de novo)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Import notes</source>
        <translation>Importar notas</translation>
    </message>
    <message>
        <source>Web Annotation JSON-LD (*.jsonld *.json);;All files (*)</source>
        <translation>Web Annotation JSON-LD (*.jsonld *.json);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Nada para desfazer.</translation>
    </message>
    <message>
        <source>All notes in the library</source>
        <translation>Todas as notas da biblioteca</translation>
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
        <translation>Selecione primeiro um texto no artigo.</translation>
    </message>
    <message>
        <source>Select the passage this note belongs to, then re-attach.</source>
        <translation>Selecione o trecho ao qual esta nota pertence e depois reassocie-a.</translation>
    </message>
    <message>
        <source>This article</source>
        <translation>Este artigo</translation>
    </message>
    <message>
        <source>The collection “{name}”</source>
        <translation>A coleção “{name}”</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln note(s) to {path}.</source>
        <translation>
            <numerusform>%Ln nota exportada para {path}.</numerusform>
            <numerusform>%Ln notas exportadas para {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write {path}: {error}.</source>
        <translation>Não é possível gravar {path}: {error}.</translation>
    </message>
    <message>
        <source>moved: the text changed around it</source>
        <translation>deslocada: o texto mudou ao redor</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Your note, in Markdown: **bold**, *italic*, lists, links</source>
        <translation>Sua nota, em Markdown: **negrito**, *itálico*, listas, links</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Texto da nota</translation>
    </message>
    <message>
        <source>Note preview</source>
        <translation>Prévia da nota</translation>
    </message>
    <message>
        <source>comma-separated, e.g. reciprocity, service</source>
        <translation>separadas por vírgulas, p. ex. reciprocidade, citação</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Cor</translation>
    </message>
    <message>
        <source>Highlights and notes</source>
        <translation>Destaques e notas</translation>
    </message>
    <message>
        <source>No highlights yet. Select text in the article and choose Highlight (right-click, or Ctrl+Shift+H).</source>
        <translation>Nenhum destaque ainda. Selecione um texto no artigo e escolha Destacar (clique direito, ou Ctrl+Shift+H).</translation>
    </message>
    <message>
        <source>Edit note…</source>
        <translation>Editar nota…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Re-attach to selection</source>
        <translation>Reassociar à seleção</translation>
    </message>
    <message>
        <source>Select the passage in the article where this note belongs, then click here</source>
        <translation>Selecione no artigo o trecho ao qual esta nota pertence e clique aqui</translation>
    </message>
    <message>
        <source>not found in the current version (last found in revision {n})</source>
        <translation>não encontrada na versão atual (encontrada pela última vez na revisão {n})</translation>
    </message>
    <message>
        <source>Note edit undone</source>
        <translation>Alteração da nota desfeita</translation>
    </message>
    <message>
        <source>Colour change undone</source>
        <translation>Mudança de cor desfeita</translation>
    </message>
    <message>
        <source>Note restored</source>
        <translation>Nota restaurada</translation>
    </message>
    <message>
        <source>Highlight removed</source>
        <translation>Destaque removido</translation>
    </message>
    <message>
        <source>made on revision {n}</source>
        <translation>criada na revisão {n}</translation>
    </message>
    <message>
        <source>tags: {t}</source>
        <translation>etiquetas: {t}</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Damaged translation (numbers or dates lost): {languages}</source>
        <translation>Tradução danificada (números ou datas perdidos): {languages}</translation>
    </message>
    <message>
        <source>Bookmarked</source>
        <translation>Nos favoritos</translation>
    </message>
    <message>
        <source>Has notes</source>
        <translation>Tem notas</translation>
    </message>
    <message>
        <source>Updated since you annotated or bookmarked it</source>
        <translation>Atualizado desde que você o anotou ou favoritou</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>Replaced by a restore</source>
        <translation>Substituído por uma restauração</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Cópia</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Nenhum backup ainda.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Fazer backup agora</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restaurar…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Excluir…</translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation>Mostrar pasta</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> horas</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Back up automatically every</source>
        <translation>Fazer backup automático a cada</translation>
    </message>
    <message>
        <source>Automatic backups to keep</source>
        <translation>Backups automáticos a manter</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Fazendo backup…</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar um backup</translation>
    </message>
    <message>
        <source>Delete a backup</source>
        <translation>Excluir um backup</translation>
    </message>
    <message>
        <source>Before an upgrade (from schema {v})</source>
        <translation>Antes de uma atualização (do esquema {v})</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>Backups of {library}. Restoring one replaces the library; the current file is kept in the backups folder first, so a restore can be undone.</source>
        <translation>Backups de {library}. Restaurar um substitui a biblioteca; antes, o arquivo atual é guardado na pasta de backups, de modo que a restauração pode ser desfeita.</translation>
    </message>
    <message>
        <source>No backup was made: {e}</source>
        <translation>Nenhum backup foi feito: {e}</translation>
    </message>
    <message>
        <source>Replace the library with the backup of {when}?

Everything changed since then is replaced. The current library is kept in the backups folder first, so you can restore it again.</source>
        <translation>Substituir a biblioteca pelo backup de {when}?

Tudo o que mudou desde então será substituído. Antes, a biblioteca atual é guardada na pasta de backups, para que você possa restaurá-la.</translation>
    </message>
    <message>
        <source>Delete the backup of {when} ({kind}, {size})? This cannot be undone.</source>
        <translation>Excluir o backup de {when} ({kind}, {size})? Isso não pode ser desfeito.</translation>
    </message>
    <message>
        <source>Not deleted: {e}</source>
        <translation>Não excluído: {e}</translation>
    </message>
    <message>
        <source>Laws</source>
        <translation>Leis</translation>
    </message>
    <message>
        <source>Judicial interpretations and rules</source>
        <translation>Interpretações judiciais e normas</translation>
    </message>
    <message>
        <source>Regulations</source>
        <translation>Regulamentos</translation>
    </message>
    <message>
        <source>Treaties</source>
        <translation>Tratados</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <source>Other documents</source>
        <translation>Outros documentos</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) cite {name}</source>
        <translation>
            <numerusform>%Ln artigo cita {name}</numerusform>
            <numerusform>%Ln artigos citam {name}</numerusform>
        </translation>
    </message>
    <message>
        <source>Add to collection</source>
        <translation>Adicionar a uma coleção</translation>
    </message>
    <message>
        <source>An &amp;existing collection</source>
        <translation>Uma coleção &amp;existente</translation>
    </message>
    <message>
        <source>Existing collection</source>
        <translation>Coleção existente</translation>
    </message>
    <message>
        <source>A &amp;new collection</source>
        <translation>Uma &amp;nova coleção</translation>
    </message>
    <message>
        <source>Name of the new collection</source>
        <translation>Nome da nova coleção</translation>
    </message>
    <message>
        <source>e.g. the matter or client</source>
        <translation>p. ex. o processo ou o cliente</translation>
    </message>
    <message>
        <source>Description of the new collection</source>
        <translation>Descrição da nova coleção</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Descrição:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>A collection needs a name.</source>
        <translation>Uma coleção precisa de um nome.</translation>
    </message>
    <message>
        <source>Add to collection…</source>
        <translation>Adicionar a uma coleção…</translation>
    </message>
    <message>
        <source>Remove from collection</source>
        <translation>Remover da coleção</translation>
    </message>
    <message>
        <source>Move up in collection</source>
        <translation>Subir na coleção</translation>
    </message>
    <message>
        <source>Move down in collection</source>
        <translation>Descer na coleção</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>Nova coleção</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Abrir no navegador</translation>
    </message>
    <message>
        <source>New collection…</source>
        <translation>Nova coleção…</translation>
    </message>
    <message>
        <source>Edit name and description…</source>
        <translation>Editar nome e descrição…</translation>
    </message>
    <message>
        <source>Delete collection…</source>
        <translation>Excluir coleção…</translation>
    </message>
    <message numerus="yes">
        <source>Add %Ln article(s) to:</source>
        <translation>
            <numerusform>Adicionar %Ln artigo a:</numerusform>
            <numerusform>Adicionar %Ln artigos a:</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit collection</source>
        <translation>Editar coleção</translation>
    </message>
    <message>
        <source>Remove bookmark</source>
        <translation>Remover favorito</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>Favorito</translation>
    </message>
    <message>
        <source>A collection named “{name}” already exists.</source>
        <translation>Já existe uma coleção chamada “{name}”.</translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln article(s) to “{name}”.</source>
        <translation>
            <numerusform>%Ln artigo adicionado a “{name}”.</numerusform>
            <numerusform>%Ln artigos adicionados a “{name}”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already in it.</source>
        <translation>
            <numerusform>%Ln já estava nela.</numerusform>
            <numerusform>%Ln já estavam nela.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the collection “{name}”?

Its %Ln article(s) stay in the library; only the collection, its description and its order are removed.</source>
        <translation>
            <numerusform>Excluir a coleção “{name}”?

Seu %Ln artigo permanece na biblioteca; só a coleção, sua descrição e sua ordem são removidas.</numerusform>
            <numerusform>Excluir a coleção “{name}”?

Seus %Ln artigos permanecem na biblioteca; só a coleção, sua descrição e sua ordem são removidas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %Ln article(s) from “{name}”; they stay in the library.</source>
        <translation>
            <numerusform>%Ln artigo removido de “{name}”; permanece na biblioteca.</numerusform>
            <numerusform>%Ln artigos removidos de “{name}”; permanecem na biblioteca.</numerusform>
        </translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>Todos os artigos</translation>
    </message>
    <message>
        <source>Deleted the collection “{name}”.</source>
        <translation>A coleção “{name}” foi excluída.</translation>
    </message>
    <message>
        <source>China Justice Observer</source>
        <translation>China Justice Observer</translation>
    </message>
    <message>
        <source>RSS or Atom feed</source>
        <translation>Feed RSS ou Atom</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <source>Translations at</source>
        <translation>Traduções em</translation>
    </message>
    <message>
        <source>Pause between requests (s)</source>
        <translation>Pausa entre solicitações (s)</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fontes</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Adicionar…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Remove source</source>
        <translation>Remover fonte</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferências</translation>
    </message>
    <message>
        <source> min (0 = manual)</source>
        <translation> min (0 = manual)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta (EUA)</translation>
    </message>
    <message>
        <source>Content languages (in order)</source>
        <translation>Idiomas do conteúdo (em ordem)</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>Tamanho da fonte</translation>
    </message>
    <message>
        <source>Sync automatically every</source>
        <translation>Sincronizar automaticamente a cada</translation>
    </message>
    <message>
        <source>Library file (applies at next start)</source>
        <translation>Arquivo da biblioteca (vale no próximo início)</translation>
    </message>
    <message>
        <source>Paper size for PDF</source>
        <translation>Tamanho do papel para PDF</translation>
    </message>
    <message>
        <source>Library file</source>
        <translation>Arquivo da biblioteca</translation>
    </message>
    <message>
        <source>Libraries (*.sqlite)</source>
        <translation>Bibliotecas (*.sqlite)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Sync failures</source>
        <translation>Falhas de sincronização</translation>
    </message>
    <message>
        <source>The address must start with http:// or https://.</source>
        <translation>O endereço deve começar com http:// ou https://.</translation>
    </message>
    <message>
        <source>The address needs a valid host name, as in https://example.org/feed/.</source>
        <translation>O endereço precisa de um nome de host válido, como em https://example.org/feed/.</translation>
    </message>
    <message>
        <source>The translations address must contain {lang}.</source>
        <translation>O endereço das traduções deve conter {lang}.</translation>
    </message>
    <message>
        <source>Open the selected article</source>
        <translation>Abrir o artigo selecionado</translation>
    </message>
    <message>
        <source>Move in the list</source>
        <translation>Mover-se na lista</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artigo</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Remove {name} and its articles from the library? Bookmarks, collections and notes are kept and come back if you add the source again.</source>
        <translation>Remover {name} e seus artigos da biblioteca? Favoritos, coleções e notas são mantidos e voltam se você adicionar a fonte de novo.</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Visualizar impressão</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Exportar como PDF</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Number paragraphs for pinpoint citation</source>
        <translation>Numerar parágrafos para citação precisa</translation>
    </message>
    <message>
        <source>Include highlights and notes</source>
        <translation>Incluir destaques e notas</translation>
    </message>
    <message>
        <source>Preparing the binder…</source>
        <translation>Preparando o compêndio…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Arquivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln selected article(s)</source>
        <translation>
            <numerusform>O %Ln artigo selecionado</numerusform>
            <numerusform>Os %Ln artigos selecionados</numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Annotations are not available in this version.</source>
        <translation>As anotações não estão disponíveis nesta versão.</translation>
    </message>
    <message>
        <source>Choose an article, select articles or open a collection.</source>
        <translation>Escolha um artigo, selecione artigos ou abra uma coleção.</translation>
    </message>
    <message>
        <source>Selected articles</source>
        <translation>Artigos selecionados</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Exportação cancelada; nada foi gravado.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln page(s) to {path}</source>
        <translation>
            <numerusform>%Ln página exportada para {path}</numerusform>
            <numerusform>%Ln páginas exportadas para {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Printed {done} of {total}: {title}</source>
        <translation>Impressos {done} de {total}: {title}</translation>
    </message>
    <message>
        <source>{name} already exists. Replace it?</source>
        <translation>{name} já existe. Substituir?</translation>
    </message>
    <message>
        <source>Export as PDF…</source>
        <translation>Exportar como PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Amarelo</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Verde</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Azul</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Rosa</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Roxo</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Escuro</translation>
    </message>
    <message>
        <source>Sepia</source>
        <translation>Sépia</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Idioma da interface</translation>
    </message>
    <message>
        <source>Wait for the sync to finish, or cancel it, then choose the language again.</source>
        <translation>Aguarde o fim da sincronização, ou cancele-a, e então escolha o idioma de novo.</translation>
    </message>
    <message>
        <source>The interface language changes the next time the app starts.</source>
        <translation>O idioma da interface muda na próxima vez que o app for iniciado.</translation>
    </message>
    <message>
        <source>cites {what}</source>
        <translation>cita {what}</translation>
    </message>
    <message>
        <source>same topic: {name}</source>
        <translation>mesmo tema: {name}</translation>
    </message>
    <message>
        <source>same category: {name}</source>
        <translation>mesma categoria: {name}</translation>
    </message>
    <message>
        <source>published around the same time</source>
        <translation>publicado na mesma época</translation>
    </message>
    <message>
        <source>similar wording: {words}</source>
        <translation>redação semelhante: {words}</translation>
    </message>
    <message>
        <source>Side by side…</source>
        <translation>Lado a lado…</translation>
    </message>
    <message>
        <source>Read two languages of this article in two columns</source>
        <translation>Ler dois idiomas deste artigo em duas colunas</translation>
    </message>
    <message>
        <source>Languages of this article</source>
        <translation>Idiomas deste artigo</translation>
    </message>
    <message>
        <source>Not synced yet:</source>
        <translation>Ainda não sincronizados:</translation>
    </message>
    <message>
        <source>Not in the library yet. Click to sync this language ({code}).</source>
        <translation>Ainda não está na biblioteca. Clique para sincronizar este idioma ({code}).</translation>
    </message>
    <message>
        <source>Sync this language: {name}</source>
        <translation>Sincronizar este idioma: {name}</translation>
    </message>
    <message>
        <source>{code}: the machine translation lost {spots} numbers or dates; they are marked in the text</source>
        <translation>{code}: a tradução automática perdeu {spots} números ou datas; eles estão marcados no texto</translation>
    </message>
    <message>
        <source>{name} (syncing…)</source>
        <translation>{name} (sincronizando…)</translation>
    </message>
    <message>
        <source>No library is open.</source>
        <translation>Nenhuma biblioteca está aberta.</translation>
    </message>
    <message>
        <source>That is where the library is already.</source>
        <translation>A biblioteca já está nesse local.</translation>
    </message>
    <message>
        <source>Open library…</source>
        <translation>Abrir biblioteca…</translation>
    </message>
    <message>
        <source>Move library…</source>
        <translation>Mover biblioteca…</translation>
    </message>
    <message>
        <source>Backups…</source>
        <translation>Backups…</translation>
    </message>
    <message>
        <source>Open library</source>
        <translation>Abrir biblioteca</translation>
    </message>
    <message>
        <source>Move library to</source>
        <translation>Mover biblioteca para</translation>
    </message>
    <message>
        <source>This window cannot switch libraries.</source>
        <translation>Esta janela não pode trocar de biblioteca.</translation>
    </message>
    <message>
        <source>Wait for the sync to finish, or cancel it, then move.</source>
        <translation>Aguarde o fim da sincronização, ou cancele-a, e então mova.</translation>
    </message>
    <message>
        <source>{dest} exists already; choose a new file name.</source>
        <translation>{dest} já existe; escolha um novo nome de arquivo.</translation>
    </message>
    <message>
        <source>Copying the library to {dest}…</source>
        <translation>Copiando a biblioteca para {dest}…</translation>
    </message>
    <message>
        <source>A sync started; move again after it.</source>
        <translation>Uma sincronização começou; mova de novo depois dela.</translation>
    </message>
    <message>
        <source>The library moved to {dest}, but the old file could not be removed: {e}</source>
        <translation>A biblioteca foi movida para {dest}, mas o arquivo antigo não pôde ser removido: {e}</translation>
    </message>
    <message>
        <source>The library is now at {dest}.</source>
        <translation>A biblioteca agora está em {dest}.</translation>
    </message>
    <message>
        <source>The library was restored from {name}.</source>
        <translation>A biblioteca foi restaurada a partir de {name}.</translation>
    </message>
    <message>
        <source>Cannot create the folder {folder}: {error}</source>
        <translation>Não é possível criar a pasta {folder}: {error}</translation>
    </message>
    <message>
        <source>Light theme</source>
        <translation>Tema claro</translation>
    </message>
    <message>
        <source>Dark theme</source>
        <translation>Tema escuro</translation>
    </message>
    <message>
        <source>Sepia theme</source>
        <translation>Tema sépia</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar agora</translation>
    </message>
    <message>
        <source>Cancel sync</source>
        <translation>Cancelar sincronização</translation>
    </message>
    <message>
        <source>Sync failures…</source>
        <translation>Falhas de sincronização…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Pesquisar</translation>
    </message>
    <message>
        <source>Search (find)</source>
        <translation>Pesquisar (localizar)</translation>
    </message>
    <message>
        <source>Focus list</source>
        <translation>Ir para a lista</translation>
    </message>
    <message>
        <source>Page down in article</source>
        <translation>Descer uma página no artigo</translation>
    </message>
    <message>
        <source>Page up in article</source>
        <translation>Subir uma página no artigo</translation>
    </message>
    <message>
        <source>Your library is empty. Open the sample library to look around, or add a source and sync.</source>
        <translation>Sua biblioteca está vazia. Abra a biblioteca de exemplo para conhecer o app, ou adicione uma fonte e sincronize.</translation>
    </message>
    <message>
        <source>Open the sample library</source>
        <translation>Abrir a biblioteca de exemplo</translation>
    </message>
    <message>
        <source>Add a source…</source>
        <translation>Adicionar uma fonte…</translation>
    </message>
    <message>
        <source>Search all articles (Ctrl+K)</source>
        <translation>Pesquisar em todos os artigos (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search in language</source>
        <translation>Pesquisar no idioma</translation>
    </message>
    <message>
        <source>Search in one language, or in all</source>
        <translation>Pesquisar em um idioma, ou em todos</translation>
    </message>
    <message>
        <source>Filter titles</source>
        <translation>Filtrar títulos</translation>
    </message>
    <message>
        <source>Filter the list by title</source>
        <translation>Filtrar a lista por título</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Relacionados</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artigos</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>Sources…</source>
        <translation>Fontes…</translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation>Preferências…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Exibir</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Ampliar</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Reduzir</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Tamanho real</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>A&amp;rtigo</translation>
    </message>
    <message>
        <source>Next article</source>
        <translation>Próximo artigo</translation>
    </message>
    <message>
        <source>Previous article</source>
        <translation>Artigo anterior</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <source>Opening the library…</source>
        <translation>Abrindo a biblioteca…</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Todos os idiomas</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Não lidos</translation>
    </message>
    <message>
        <source>Importing the sample library…</source>
        <translation>Importando a biblioteca de exemplo…</translation>
    </message>
    <message>
        <source>The sample library is ready.</source>
        <translation>A biblioteca de exemplo está pronta.</translation>
    </message>
    <message>
        <source>Sync cancelled</source>
        <translation>Sincronização cancelada</translation>
    </message>
    <message>
        <source>Sync finished</source>
        <translation>Sincronização concluída</translation>
    </message>
    <message>
        <source>This article was updated since you annotated or bookmarked it. Highlights were placed again; see the Notes tab for any not found. &lt;a href="compare"&gt;Compare revisions…&lt;/a&gt;</source>
        <translation>Este artigo foi atualizado desde que você o anotou ou favoritou. Os destaques foram recolocados; veja a aba Notas para os que não foram encontrados. &lt;a href="compare"&gt;Comparar revisões…&lt;/a&gt;</translation>
    </message>
    <message>
        <source>No sources to sync yet: add one under File › Sources…</source>
        <translation>Ainda não há fontes para sincronizar: adicione uma em Arquivo › Fontes…</translation>
    </message>
    <message>
        <source>Offline: the sources cannot be reached. Everything in the library is available.</source>
        <translation>Offline: as fontes estão inacessíveis. Tudo o que está na biblioteca continua disponível.</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Ainda não sincronizado</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln artigo</numerusform>
            <numerusform>%Ln artigos</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing: {new} new, {updated} updated, {failed} failed — {current}</source>
        <translation>Sincronizando: {new} novos, {updated} atualizados, {failed} com falha — {current}</translation>
    </message>
    <message>
        <source>{word}: {new} new, {updated} updated, {failed} failed.</source>
        <translation>{word}: {new} novos, {updated} atualizados, {failed} com falha.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Search&lt;/b&gt; “{q}” in {where} — {n}</source>
        <translation>&lt;b&gt;Pesquisa&lt;/b&gt; “{q}” em {where} — {n}</translation>
    </message>
    <message>
        <source>Last synced {when}</source>
        <translation>Última sincronização: {when}</translation>
    </message>
    <message>
        <source>Notebook</source>
        <translation>Caderno</translation>
    </message>
    <message>
        <source>Search quotes, notes and tags</source>
        <translation>Pesquisar citações, notas e etiquetas</translation>
    </message>
    <message>
        <source>Search annotations</source>
        <translation>Pesquisar anotações</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Anotações</translation>
    </message>
    <message>
        <source>All collections</source>
        <translation>Todas as coleções</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Todas as etiquetas</translation>
    </message>
    <message>
        <source>All colours</source>
        <translation>Todas as cores</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Qualquer estado</translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s)</source>
        <translation>
            <numerusform>%Ln anotação</numerusform>
            <numerusform>%Ln anotações</numerusform>
        </translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Coleção</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Lang.</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citação</translation>
    </message>
    <message>
        <source>In place</source>
        <translation>No lugar</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Deslocada</translation>
    </message>
    <message>
        <source>Not found (orphaned)</source>
        <translation>Não encontrada (órfã)</translation>
    </message>
    <message>
        <source>Bookmark article</source>
        <translation>Favoritar artigo</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Destacar</translation>
    </message>
    <message>
        <source>No differences in the text.</source>
        <translation>Nenhuma diferença no texto.</translation>
    </message>
    <message>
        <source>Compare revisions…</source>
        <translation>Comparar revisões…</translation>
    </message>
    <message>
        <source>{insertions}, {deletions} ({paragraphs})</source>
        <translation>{insertions}, {deletions} ({paragraphs})</translation>
    </message>
    <message numerus="yes">
        <source>%Ln insertion(s)</source>
        <translation>
            <numerusform>%Ln inserção</numerusform>
            <numerusform>%Ln inserções</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deletion(s)</source>
        <translation>
            <numerusform>%Ln supressão</numerusform>
            <numerusform>%Ln supressões</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln paragraph(s) changed</source>
        <translation>
            <numerusform>%Ln parágrafo alterado</numerusform>
            <numerusform>%Ln parágrafos alterados</numerusform>
        </translation>
    </message>
    <message>
        <source>Revision {n} — fetched {when}</source>
        <translation>Revisão {n} — obtida em {when}</translation>
    </message>
    <message>
        <source>Older revision</source>
        <translation>Revisão anterior</translation>
    </message>
    <message>
        <source>Newer revision</source>
        <translation>Revisão mais recente</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Para:</translation>
    </message>
    <message>
        <source>Summary of the changes</source>
        <translation>Resumo das alterações</translation>
    </message>
    <message>
        <source>Changes between the two revisions</source>
        <translation>Alterações entre as duas revisões</translation>
    </message>
    <message>
        <source>&amp;Previous change</source>
        <translation>Alteração &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Next change</source>
        <translation>Pró&amp;xima alteração</translation>
    </message>
    <message>
        <source>Open an article to compare its revisions.</source>
        <translation>Abra um artigo para comparar suas revisões.</translation>
    </message>
    <message>
        <source>(newest)</source>
        <translation>(mais recente)</translation>
    </message>
    <message>
        <source>This article has only one revision: nothing to compare.</source>
        <translation>Este artigo tem só uma revisão: nada para comparar.</translation>
    </message>
    <message>
        <source>Choose two different revisions.</source>
        <translation>Escolha duas revisões diferentes.</translation>
    </message>
    <message>
        <source>(the older revision is on the right: read insertions as removals)</source>
        <translation>(a revisão anterior está à direita: leia as inserções como supressões)</translation>
    </message>
    <message>
        <source>Compare revisions — {title}</source>
        <translation>Comparar revisões — {title}</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Revision {n} is missing from the library.</source>
        <translation>A revisão {n} não está na biblioteca.</translation>
    </message>
    <message>
        <source>Related articles from the site</source>
        <translation>Artigos relacionados do site</translation>
    </message>
    <message>
        <source>Related articles found in the library</source>
        <translation>Artigos relacionados encontrados na biblioteca</translation>
    </message>
    <message>
        <source>&lt;b&gt;You might also like&lt;/b&gt; (from the site)</source>
        <translation>&lt;b&gt;Você também pode gostar&lt;/b&gt; (do site)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Related in your library&lt;/b&gt;</source>
        <translation>&lt;b&gt;Relacionados na sua biblioteca&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Related articles</source>
        <translation>Artigos relacionados</translation>
    </message>
    <message>
        <source>The site lists no related articles.</source>
        <translation>O site não indica artigos relacionados.</translation>
    </message>
    <message>
        <source>Working out related articles…</source>
        <translation>Buscando artigos relacionados…</translation>
    </message>
    <message>
        <source>No related articles found in the library.</source>
        <translation>Nenhum artigo relacionado encontrado na biblioteca.</translation>
    </message>
    <message>
        <source>not synced — click to fetch it</source>
        <translation>não sincronizado — clique para obtê-lo</translation>
    </message>
    <message>
        <source>Fetching “{title}”…</source>
        <translation>Obtendo “{title}”…</translation>
    </message>
    <message>
        <source>fetching…</source>
        <translation>obtendo…</translation>
    </message>
    <message>
        <source>Shown in {lang}: not held in this language</source>
        <translation>Exibido em {lang}: não disponível neste idioma</translation>
    </message>
    <message>
        <source>Could not fetch “{title}”: {error}</source>
        <translation>Não foi possível obter “{title}”: {error}</translation>
    </message>
    <message>
        <source>Fetched “{title}”.</source>
        <translation>“{title}” obtido.</translation>
    </message>
    <message>
        <source>Library sections</source>
        <translation>Seções da biblioteca</translation>
    </message>
    <message>
        <source>Recently read</source>
        <translation>Lidos recentemente</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Favoritos</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Coleções</translation>
    </message>
    <message>
        <source>Laws and cases</source>
        <translation>Leis e casos</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>exemplo</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Lado a lado</translation>
    </message>
    <message>
        <source>Left column language</source>
        <translation>Idioma da coluna esquerda</translation>
    </message>
    <message>
        <source>Right column language</source>
        <translation>Idioma da coluna direita</translation>
    </message>
    <message>
        <source>Paragraphs are paired by the article's structure.</source>
        <translation>Os parágrafos são pareados pela estrutura do artigo.</translation>
    </message>
    <message>
        <source>Open an article first.</source>
        <translation>Abra um artigo primeiro.</translation>
    </message>
    <message>
        <source>The library holds this article in one language only.</source>
        <translation>A biblioteca tem este artigo em um só idioma.</translation>
    </message>
    <message>
        <source>Left:</source>
        <translation>Esquerda:</translation>
    </message>
    <message>
        <source>Right:</source>
        <translation>Direita:</translation>
    </message>
    <message>
        <source>Syncing the {language} translation…</source>
        <translation>Sincronizando a tradução ({language})…</translation>
    </message>
    <message>
        <source>The {language} translation was not fetched: {reason}</source>
        <translation>A tradução ({language}) não foi obtida: {reason}</translation>
    </message>
    <message>
        <source>The {language} translation is now in the library.</source>
        <translation>A tradução ({language}) agora está na biblioteca.</translation>
    </message>
    <message>
        <source>Offline: the source cannot be reached, so the {language} translation was not fetched. Everything in the library is still available.</source>
        <translation>Offline: a fonte está inacessível, por isso a tradução ({language}) não foi obtida. Tudo o que está na biblioteca continua disponível.</translation>
    </message>
    <message>
        <source>Undo note edit</source>
        <translation type="vanished">Desfazer edição da nota</translation>
    </message>
    <message>
        <source>Undo colour change</source>
        <translation type="vanished">Desfazer mudança de cor</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation type="vanished">Desfazer exclusão</translation>
    </message>
    <message>
        <source>Undo highlight</source>
        <translation type="vanished">Desfazer destaque</translation>
    </message>
    <message>
        <source>1 article</source>
        <translation type="vanished">1 artigo</translation>
    </message>
    <message>
        <source>{n} articles</source>
        <translation type="vanished">{n} artigos</translation>
    </message>
    <message>
        <source>Added {what} to “{name}”.</source>
        <translation type="vanished">{what} adicionado(s) a “{name}”.</translation>
    </message>
    <message>
        <source>Delete the collection “{name}”?

Its {what} stay in the library; only the collection, its description and its order are removed.</source>
        <translation type="vanished">Excluir a coleção “{name}”?

Seus {what} permanecem na biblioteca; só a coleção, sua descrição e sua ordem são removidas.</translation>
    </message>
    <message>
        <source>Add {what} to:</source>
        <translation type="vanished">Adicionar {what} a:</translation>
    </message>
    <message>
        <source>Removed {what} from “{name}”; they stay in the library.</source>
        <translation type="vanished">{what} removido(s) de “{name}”; permanecem na biblioteca.</translation>
    </message>
    <message>
        <source>{n} already in it.</source>
        <translation type="vanished">{n} já estavam nela.</translation>
    </message>
    <message>
        <source>1 insertion</source>
        <translation type="vanished">1 inserção</translation>
    </message>
    <message>
        <source>1 deletion</source>
        <translation type="vanished">1 supressão</translation>
    </message>
    <message>
        <source>1 paragraph changed</source>
        <translation type="vanished">1 parágrafo alterado</translation>
    </message>
    <message>
        <source>{n} insertions</source>
        <translation type="vanished">{n} inserções</translation>
    </message>
    <message>
        <source>{n} deletions</source>
        <translation type="vanished">{n} supressões</translation>
    </message>
    <message>
        <source>{n} paragraphs changed</source>
        <translation type="vanished">{n} parágrafos alterados</translation>
    </message>
</context>
</TS>
