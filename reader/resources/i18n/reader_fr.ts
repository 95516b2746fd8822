<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>reader</name>
    <message>
        <source>No automatic backup of {path}: the disk has less than {mb} MB free. Free some space, or move the library (File → Move library…).</source>
        <translation>Pas de sauvegarde automatique de {path} : il reste moins de {mb} Mo libres sur le disque. Libérez de l’espace, ou déplacez la bibliothèque (Fichier → Déplacer la bibliothèque…).</translation>
    </message>
    <message>
        <source>The library {db} is already open in another window of {app}. Switch to that window, or close it first.</source>
        <translation>La bibliothèque {db} est déjà ouverte dans une autre fenêtre de {app}. Passez à cette fenêtre, ou fermez-la d’abord.</translation>
    </message>
    <message>
        <source>The library {db} was not found (was it moved, or is its drive not connected?). Create a new, empty library there?</source>
        <translation>La bibliothèque {db} est introuvable (a-t-elle été déplacée, ou son disque n’est-il pas connecté ?). Créer à cet endroit une nouvelle bibliothèque vide ?</translation>
    </message>
    <message>
        <source>Image not available offline</source>
        <translation>Image non disponible hors ligne</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Sample content written for this app</source>
        <translation>Contenu d’exemple rédigé pour cette application</translation>
    </message>
    <message>
        <source>It is not an article of the source site: its contributors are fictional, and its statements of law should be checked against the primary sources before they are relied on.</source>
        <translation>Ce n’est pas un article du site source : ses auteurs sont fictifs, et ses affirmations juridiques doivent être vérifiées au regard des sources primaires avant de s’y fier.</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié le</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Contributors</source>
        <translation>Auteurs</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Rédaction</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Retrieved on</source>
        <translation>Récupéré le</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Removed from the source on</source>
        <translation>Retiré de la source le</translation>
    </message>
    <message>
        <source>No English paragraph is aligned with this one.</source>
        <translation>Aucun paragraphe anglais n’est aligné sur celui-ci.</translation>
    </message>
    <message>
        <source>{title} — side by side</source>
        <translation>{title} — côte à côte</translation>
    </message>
    <message>
        <source>The machine translation damaged {spots} numbers or dates in {blocks} paragraphs (XNUMX stands for lost digits). Point at a marked spot, or click it, to read the English paragraph with the real numbers.</source>
        <translation>La traduction automatique a altéré {spots} nombres ou dates dans {blocks} paragraphes (XNUMX remplace des chiffres perdus). Pointez un passage signalé, ou cliquez dessus, pour lire le paragraphe anglais avec les vrais chiffres.</translation>
    </message>
    <message>
        <source>Numbers in the English original:</source>
        <translation>Nombres de l’original anglais :</translation>
    </message>
    <message>
        <source>Dates in the English original:</source>
        <translation>Dates de l’original anglais :</translation>
    </message>
    <message>
        <source>English:</source>
        <translation>Anglais :</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>An offline reader for legal news about China.</source>
        <translation>Un lecteur hors ligne d’actualités juridiques sur la Chine.</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>is free software under the MIT licence.</source>
        <translation>est un logiciel libre sous licence MIT.</translation>
    </message>
    <message>
        <source>Built with</source>
        <translation>Réalisé avec</translation>
    </message>
    <message>
        <source>and Qt for Python (PySide6)</source>
        <translation>et Qt for Python (PySide6)</translation>
    </message>
    <message>
        <source>Qt WebEngine contains Chromium, under BSD-style and other open-source licences.</source>
        <translation>Qt WebEngine contient Chromium, sous licences de type BSD et autres licences libres.</translation>
    </message>
    <message>
        <source>You may replace the Qt libraries in the program's folder with your own build.</source>
        <translation>Vous pouvez remplacer les bibliothèques Qt du dossier du programme par votre propre compilation.</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paquet</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Fonts</source>
        <translation>Polices</translation>
    </message>
    <message>
        <source>The fonts are the system's; they are not part of the program.</source>
        <translation>Les polices sont celles du système ; elles ne font pas partie du programme.</translation>
    </message>
    <message>
        <source>Portable mode: settings and library in {folder}</source>
        <translation>Mode portable : paramètres et bibliothèque dans {folder}</translation>
    </message>
    <message>
        <source>Settings: {file}</source>
        <translation>Paramètres : {file}</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>À propos de {app}</translation>
    </message>
    <message>
        <source>Undo note change</source>
        <translation>Annuler la modification de la note</translation>
    </message>
    <message>
        <source>Export notes…</source>
        <translation>Exporter les notes…</translation>
    </message>
    <message>
        <source>Import notes…</source>
        <translation>Importer des notes…</translation>
    </message>
    <message>
        <source>Highlight selection</source>
        <translation>Surligner la sélection</translation>
    </message>
    <message>
        <source>Highlight with note…</source>
        <translation>Surligner avec une note…</translation>
    </message>
    <message>
        <source>Notebook…</source>
        <translation>Carnet de notes…</translation>
    </message>
    <message>
        <source>Export notes</source>
        <translation>Exporter les notes</translation>
    </message>
    <message>
        <source>Notes of</source>
        <translation>Notes de</translation>
    </message>
    <message>
        <source>Markdown (to read, print or paste)</source>
        <translation>Markdown (pour lire, imprimer ou coller)</translation>
    </message>
    <message>
        <source>W3C Web Annotation JSON-LD (to import again)</source>
        <translation>W3C Web Annotation JSON-LD (pour réimporter)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Import notes</source>
        <translation>Importer des notes</translation>
    </message>
    <message>
        <source>Web Annotation JSON-LD (*.jsonld *.json);;All files (*)</source>
        <translation>Web Annotation JSON-LD (*.jsonld *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Rien à annuler.</translation>
    </message>
    <message>
        <source>All notes in the library</source>
        <translation>Toutes les notes de la bibliothèque</translation>
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
        <translation>Sélectionnez d’abord du texte dans l’article.</translation>
    </message>
    <message>
        <source>Select the passage this note belongs to, then re-attach.</source>
        <translation>Sélectionnez le passage auquel cette note se rapporte, puis rattachez-la.</translation>
    </message>
    <message>
        <source>This article</source>
        <translation>Cet article</translation>
    </message>
    <message>
        <source>The collection “{name}”</source>
        <translation>La collection « {name} »</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln note(s) to {path}.</source>
        <translation>
            <numerusform>%Ln note exportée vers {path}.</numerusform>
            <numerusform>%Ln notes exportées vers {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write {path}: {error}.</source>
        <translation>Impossible d’écrire {path} : {error}.</translation>
    </message>
    <message>
        <source>moved: the text changed around it</source>
        <translation>déplacée : le texte a changé autour d’elle</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Your note, in Markdown: **bold**, *italic*, lists, links</source>
        <translation>Votre note, en Markdown : **gras**, *italique*, listes, liens</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Texte de la note</translation>
    </message>
    <message>
        <source>Note preview</source>
        <translation>Aperçu de la note</translation>
    </message>
    <message>
        <source>comma-separated, e.g. reciprocity, service</source>
        <translation>séparés par des virgules, p. ex. réciprocité, signification</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Highlights and notes</source>
        <translation>Surlignages et notes</translation>
    </message>
    <message>
        <source>No highlights yet. Select text in the article and choose Highlight (right-click, or Ctrl+Shift+H).</source>
        <translation>Aucun surlignage pour l’instant. Sélectionnez du texte dans l’article et choisissez Surligner (clic droit, ou Ctrl+Maj+H).</translation>
    </message>
    <message>
        <source>Edit note…</source>
        <translation>Modifier la note…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Re-attach to selection</source>
        <translation>Rattacher à la sélection</translation>
    </message>
    <message>
        <source>Select the passage in the article where this note belongs, then click here</source>
        <translation>Sélectionnez dans l’article le passage auquel cette note se rapporte, puis cliquez ici</translation>
    </message>
    <message>
        <source>not found in the current version (last found in revision {n})</source>
        <translation>introuvable dans la version actuelle (trouvée pour la dernière fois dans la version {n})</translation>
    </message>
    <message>
        <source>Note edit undone</source>
        <translation>Modification de la note annulée</translation>
    </message>
    <message>
        <source>Colour change undone</source>
        <translation>Changement de couleur annulé</translation>
    </message>
    <message>
        <source>Note restored</source>
        <translation>Note rétablie</translation>
    </message>
    <message>
        <source>Highlight removed</source>
        <translation>Surlignage supprimé</translation>
    </message>
    <message>
        <source>made on revision {n}</source>
        <translation>créée sur la version {n}</translation>
    </message>
    <message>
        <source>tags: {t}</source>
        <translation>mots-clés : {t}</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Damaged translation (numbers or dates lost): {languages}</source>
        <translation>Traduction altérée (nombres ou dates perdus) : {languages}</translation>
    </message>
    <message>
        <source>Bookmarked</source>
        <translation>Dans les signets</translation>
    </message>
    <message>
        <source>Has notes</source>
        <translation>Comporte des notes</translation>
    </message>
    <message>
        <source>Updated since you annotated or bookmarked it</source>
        <translation>Mis à jour depuis que vous l’avez annoté ou mis en signet</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Manuelle</translation>
    </message>
    <message>
        <source>Replaced by a restore</source>
        <translation>Remplacée par une restauration</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copie</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Aucune sauvegarde pour l’instant.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restaurer…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation>Afficher le dossier</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> heures</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Back up automatically every</source>
        <translation>Sauvegarder automatiquement toutes les</translation>
    </message>
    <message>
        <source>Automatic backups to keep</source>
        <translation>Sauvegardes automatiques à conserver</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Delete a backup</source>
        <translation>Supprimer une sauvegarde</translation>
    </message>
    <message>
        <source>Before an upgrade (from schema {v})</source>
        <translation>Avant une mise à niveau (depuis le schéma {v})</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Backups of {library}. Restoring one replaces the library; the current file is kept in the backups folder first, so a restore can be undone.</source>
        <translation>Sauvegardes de {library}. En restaurer une remplace la bibliothèque ; le fichier actuel est d’abord conservé dans le dossier des sauvegardes, de sorte qu’une restauration peut être annulée.</translation>
    </message>
    <message>
        <source>No backup was made: {e}</source>
        <translation>Aucune sauvegarde n’a été faite : {e}</translation>
    </message>
    <message>
        <source>Replace the library with the backup of {when}?

Everything changed since then is replaced. The current library is kept in the backups folder first, so you can restore it again.</source>
        <translation>Remplacer la bibliothèque par la sauvegarde du {when} ?

Tout ce qui a changé depuis sera remplacé. La bibliothèque actuelle est d’abord conservée dans le dossier des sauvegardes, pour que vous puissiez la restaurer.</translation>
    </message>
    <message>
        <source>Delete the backup of {when} ({kind}, {size})? This cannot be undone.</source>
        <translation>Supprimer la sauvegarde du {when} ({kind}, {size}) ? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Not deleted: {e}</source>
        <translation>Non supprimée : {e}</translation>
    </message>
    <message>
        <source>Laws</source>
        <translation>Lois</translation>
    </message>
    <message>
        <source>Judicial interpretations and rules</source>
        <translation>Interprétations judiciaires et règles</translation>
    </message>
    <message>
        <source>Regulations</source>
        <translation>Règlements</translation>
    </message>
    <message>
        <source>Treaties</source>
        <translation>Traités</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Affaires</translation>
    </message>
    <message>
        <source>Other documents</source>
        <translation>Autres documents</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) cite {name}</source>
        <translation>
            <numerusform>%Ln article cite {name}</numerusform>
            <numerusform>%Ln articles citent {name}</numerusform>
        </translation>
    </message>
    <message>
        <source>Add to collection</source>
        <translation>Ajouter à une collection</translation>
    </message>
    <message>
        <source>An &amp;existing collection</source>
        <translation>Une collection &amp;existante</translation>
    </message>
    <message>
        <source>Existing collection</source>
        <translation>Collection existante</translation>
    </message>
    <message>
        <source>A &amp;new collection</source>
        <translation>Une &amp;nouvelle collection</translation>
    </message>
    <message>
        <source>Name of the new collection</source>
        <translation>Nom de la nouvelle collection</translation>
    </message>
    <message>
        <source>e.g. the matter or client</source>
        <translation>p. ex. le dossier ou le client</translation>
    </message>
    <message>
        <source>Description of the new collection</source>
        <translation>Description de la nouvelle collection</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description :</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>A collection needs a name.</source>
        <translation>Une collection doit avoir un nom.</translation>
    </message>
    <message>
        <source>Add to collection…</source>
        <translation>Ajouter à une collection…</translation>
    </message>
    <message>
        <source>Remove from collection</source>
        <translation>Retirer de la collection</translation>
    </message>
    <message>
        <source>Move up in collection</source>
        <translation>Monter dans la collection</translation>
    </message>
    <message>
        <source>Move down in collection</source>
        <translation>Descendre dans la collection</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>Nouvelle collection</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Ouvrir dans le navigateur</translation>
    </message>
    <message>
        <source>New collection…</source>
        <translation>Nouvelle collection…</translation>
    </message>
    <message>
        <source>Edit name and description…</source>
        <translation>Modifier le nom et la description…</translation>
    </message>
    <message>
        <source>Delete collection…</source>
        <translation>Supprimer la collection…</translation>
    </message>
    <message numerus="yes">
        <source>Add %Ln article(s) to:</source>
        <translation>
            <numerusform>Ajouter %Ln article à :</numerusform>
            <numerusform>Ajouter %Ln articles à :</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit collection</source>
        <translation>Modifier la collection</translation>
    </message>
    <message>
        <source>Remove bookmark</source>
        <translation>Retirer le signet</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>Signet</translation>
    </message>
    <message>
        <source>A collection named “{name}” already exists.</source>
        <translation>Une collection nommée « {name} » existe déjà.</translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln article(s) to “{name}”.</source>
        <translation>
            <numerusform>%Ln article ajouté à « {name} ».</numerusform>
            <numerusform>%Ln articles ajoutés à « {name} ».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already in it.</source>
        <translation>
            <numerusform>%Ln y figurait déjà.</numerusform>
            <numerusform>%Ln y figuraient déjà.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the collection “{name}”?

Its %Ln article(s) stay in the library; only the collection, its description and its order are removed.</source>
        <translation>
            <numerusform>Supprimer la collection « {name} » ?

Son article (%Ln) reste dans la bibliothèque ; seuls la collection, sa description et son ordre sont supprimés.</numerusform>
            <numerusform>Supprimer la collection « {name} » ?

Ses %Ln articles restent dans la bibliothèque ; seuls la collection, sa description et son ordre sont supprimés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %Ln article(s) from “{name}”; they stay in the library.</source>
        <translation>
            <numerusform>%Ln article retiré de « {name} » ; il reste dans la bibliothèque.</numerusform>
            <numerusform>%Ln articles retirés de « {name} » ; ils restent dans la bibliothèque.</numerusform>
        </translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>Tous les articles</translation>
    </message>
    <message>
        <source>Deleted the collection “{name}”.</source>
        <translation>La collection « {name} » a été supprimée.</translation>
    </message>
    <message>
        <source>China Justice Observer</source>
        <translation>China Justice Observer</translation>
    </message>
    <message>
        <source>RSS or Atom feed</source>
        <translation>Flux RSS ou Atom</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Translations at</source>
        <translation>Traductions à</translation>
    </message>
    <message>
        <source>Pause between requests (s)</source>
        <translation>Pause entre les requêtes (s)</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Remove source</source>
        <translation>Retirer la source</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source> min (0 = manual)</source>
        <translation> min (0 = manuel)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
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
        <translation>Langues du contenu (par ordre)</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>Taille de police</translation>
    </message>
    <message>
        <source>Sync automatically every</source>
        <translation>Synchroniser automatiquement toutes les</translation>
    </message>
    <message>
        <source>Library file (applies at next start)</source>
        <translation>Fichier de la bibliothèque (au prochain démarrage)</translation>
    </message>
    <message>
        <source>Paper size for PDF</source>
        <translation>Format de papier pour le PDF</translation>
    </message>
    <message>
        <source>Library file</source>
        <translation>Fichier de la bibliothèque</translation>
    </message>
    <message>
        <source>Libraries (*.sqlite)</source>
        <translation>Bibliothèques (*.sqlite)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Sync failures</source>
        <translation>Échecs de synchronisation</translation>
    </message>
    <message>
        <source>The address must start with http:// or https://.</source>
        <translation>L’adresse doit commencer par http:// ou https://.</translation>
    </message>
    <message>
        <source>The address needs a valid host name, as in https://example.org/feed/.</source>
        <translation>L’adresse doit contenir un nom d’hôte valide, comme dans https://example.org/feed/.</translation>
    </message>
    <message>
        <source>The translations address must contain {lang}.</source>
        <translation>L’adresse des traductions doit contenir {lang}.</translation>
    </message>
    <message>
        <source>Open the selected article</source>
        <translation>Ouvrir l’article sélectionné</translation>
    </message>
    <message>
        <source>Move in the list</source>
        <translation>Se déplacer dans la liste</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Remove {name} and its articles from the library? Bookmarks, collections and notes are kept and come back if you add the source again.</source>
        <translation>Retirer {name} et ses articles de la bibliothèque ? Les signets, collections et notes sont conservés et reviennent si vous ajoutez de nouveau la source.</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Aperçu avant impression</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Number paragraphs for pinpoint citation</source>
        <translation>Numéroter les paragraphes pour les citations précises</translation>
    </message>
    <message>
        <source>Include highlights and notes</source>
        <translation>Inclure les surlignages et les notes</translation>
    </message>
    <message>
        <source>Preparing the binder…</source>
        <translation>Préparation du recueil…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln selected article(s)</source>
        <translation>
            <numerusform>L’article sélectionné (%Ln)</numerusform>
            <numerusform>Les %Ln articles sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Annotations are not available in this version.</source>
        <translation>Les annotations ne sont pas disponibles dans cette version.</translation>
    </message>
    <message>
        <source>Choose an article, select articles or open a collection.</source>
        <translation>Choisissez un article, sélectionnez des articles ou ouvrez une collection.</translation>
    </message>
    <message>
        <source>Selected articles</source>
        <translation>Articles sélectionnés</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Exportation annulée ; rien n’a été écrit.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln page(s) to {path}</source>
        <translation>
            <numerusform>%Ln page exportée vers {path}</numerusform>
            <numerusform>%Ln pages exportées vers {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Printed {done} of {total}: {title}</source>
        <translation>{done} sur {total} imprimés : {title}</translation>
    </message>
    <message>
        <source>{name} already exists. Replace it?</source>
        <translation>{name} existe déjà. Le remplacer ?</translation>
    </message>
    <message>
        <source>Export as PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Jaune</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Vert</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Bleu</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Rose</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Violet</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Sepia</source>
        <translation>Sépia</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <source>Wait for the sync to finish, or cancel it, then choose the language again.</source>
        <translation>Attendez la fin de la synchronisation, ou annulez-la, puis choisissez de nouveau la langue.</translation>
    </message>
    <message>
        <source>The interface language changes the next time the app starts.</source>
        <translation>La langue de l’interface changera au prochain démarrage de l’application.</translation>
    </message>
    <message>
        <source>cites {what}</source>
        <translation>cite {what}</translation>
    </message>
    <message>
        <source>same topic: {name}</source>
        <translation>même thème : {name}</translation>
    </message>
    <message>
        <source>same category: {name}</source>
        <translation>même catégorie : {name}</translation>
    </message>
    <message>
        <source>published around the same time</source>
        <translation>publié à la même période</translation>
    </message>
    <message>
        <source>similar wording: {words}</source>
        <translation>formulation proche : {words}</translation>
    </message>
    <message>
        <source>Side by side…</source>
        <translation>Côte à côte…</translation>
    </message>
    <message>
        <source>Read two languages of this article in two columns</source>
        <translation>Lire deux langues de cet article sur deux colonnes</translation>
    </message>
    <message>
        <source>Languages of this article</source>
        <translation>Langues de cet article</translation>
    </message>
    <message>
        <source>Not synced yet:</source>
        <translation>Pas encore synchronisées :</translation>
    </message>
    <message>
        <source>Not in the library yet. Click to sync this language ({code}).</source>
        <translation>Pas encore dans la bibliothèque. Cliquez pour synchroniser cette langue ({code}).</translation>
    </message>
    <message>
        <source>Sync this language: {name}</source>
        <translation>Synchroniser cette langue : {name}</translation>
    </message>
    <message>
        <source>{code}: the machine translation lost {spots} numbers or dates; they are marked in the text</source>
        <translation>{code} : la traduction automatique a perdu {spots} nombres ou dates ; ils sont signalés dans le texte</translation>
    </message>
    <message>
        <source>{name} (syncing…)</source>
        <translation>{name} (synchronisation…)</translation>
    </message>
    <message>
        <source>No library is open.</source>
        <translation>Aucune bibliothèque n’est ouverte.</translation>
    </message>
    <message>
        <source>That is where the library is already.</source>
        <translation>La bibliothèque se trouve déjà à cet endroit.</translation>
    </message>
    <message>
        <source>Open library…</source>
        <translation>Ouvrir une bibliothèque…</translation>
    </message>
    <message>
        <source>Move library…</source>
        <translation>Déplacer la bibliothèque…</translation>
    </message>
    <message>
        <source>Backups…</source>
        <translation>Sauvegardes…</translation>
    </message>
    <message>
        <source>Open library</source>
        <translation>Ouvrir une bibliothèque</translation>
    </message>
    <message>
        <source>Move library to</source>
        <translation>Déplacer la bibliothèque vers</translation>
    </message>
    <message>
        <source>This window cannot switch libraries.</source>
        <translation>Cette fenêtre ne peut pas changer de bibliothèque.</translation>
    </message>
    <message>
        <source>Wait for the sync to finish, or cancel it, then move.</source>
        <translation>Attendez la fin de la synchronisation, ou annulez-la, puis déplacez.</translation>
    </message>
    <message>
        <source>{dest} exists already; choose a new file name.</source>
        <translation>{dest} existe déjà ; choisissez un nouveau nom de fichier.</translation>
    </message>
    <message>
        <source>Copying the library to {dest}…</source>
        <translation>Copie de la bibliothèque vers {dest}…</translation>
    </message>
    <message>
        <source>A sync started; move again after it.</source>
        <translation>Une synchronisation a commencé ; déplacez de nouveau après celle-ci.</translation>
    </message>
    <message>
        <source>The library moved to {dest}, but the old file could not be removed: {e}</source>
        <translation>La bibliothèque a été déplacée vers {dest}, mais l’ancien fichier n’a pas pu être supprimé : {e}</translation>
    </message>
    <message>
        <source>The library is now at {dest}.</source>
        <translation>La bibliothèque se trouve désormais à {dest}.</translation>
    </message>
    <message>
        <source>The library was restored from {name}.</source>
        <translation>La bibliothèque a été restaurée à partir de {name}.</translation>
    </message>
    <message>
        <source>Cannot create the folder {folder}: {error}</source>
        <translation>Impossible de créer le dossier {folder} : {error}</translation>
    </message>
    <message>
        <source>Light theme</source>
        <translation>Thème clair</translation>
    </message>
    <message>
        <source>Dark theme</source>
        <translation>Thème sombre</translation>
    </message>
    <message>
        <source>Sepia theme</source>
        <translation>Thème sépia</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <source>Cancel sync</source>
        <translation>Annuler la synchronisation</translation>
    </message>
    <message>
        <source>Sync failures…</source>
        <translation>Échecs de synchronisation…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Search (find)</source>
        <translation>Rechercher (trouver)</translation>
    </message>
    <message>
        <source>Focus list</source>
        <translation>Aller à la liste</translation>
    </message>
    <message>
        <source>Page down in article</source>
        <translation>Page suivante de l’article</translation>
    </message>
    <message>
        <source>Page up in article</source>
        <translation>Page précédente de l’article</translation>
    </message>
    <message>
        <source>Your library is empty. Open the sample library to look around, or add a source and sync.</source>
        <translation>Votre bibliothèque est vide. Ouvrez la bibliothèque d’exemple pour découvrir l’application, ou ajoutez une source et synchronisez.</translation>
    </message>
    <message>
        <source>Open the sample library</source>
        <translation>Ouvrir la bibliothèque d’exemple</translation>
    </message>
    <message>
        <source>Add a source…</source>
        <translation>Ajouter une source…</translation>
    </message>
    <message>
        <source>Search all articles (Ctrl+K)</source>
        <translation>Rechercher dans tous les articles (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search in language</source>
        <translation>Rechercher dans la langue</translation>
    </message>
    <message>
        <source>Search in one language, or in all</source>
        <translation>Rechercher dans une langue, ou dans toutes</translation>
    </message>
    <message>
        <source>Filter titles</source>
        <translation>Filtrer les titres</translation>
    </message>
    <message>
        <source>Filter the list by title</source>
        <translation>Filtrer la liste par titre</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Liés</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Sources…</source>
        <translation>Sources…</translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation>Préférences…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Taille réelle</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>A&amp;rticle</translation>
    </message>
    <message>
        <source>Next article</source>
        <translation>Article suivant</translation>
    </message>
    <message>
        <source>Previous article</source>
        <translation>Article précédent</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <source>Opening the library…</source>
        <translation>Ouverture de la bibliothèque…</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Toutes les langues</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Non lus</translation>
    </message>
    <message>
        <source>Importing the sample library…</source>
        <translation>Importation de la bibliothèque d’exemple…</translation>
    </message>
    <message>
        <source>The sample library is ready.</source>
        <translation>La bibliothèque d’exemple est prête.</translation>
    </message>
    <message>
        <source>Sync cancelled</source>
        <translation>Synchronisation annulée</translation>
    </message>
    <message>
        <source>Sync finished</source>
        <translation>Synchronisation terminée</translation>
    </message>
    <message>
        <source>This article was updated since you annotated or bookmarked it. Highlights were placed again; see the Notes tab for any not found. &lt;a href="compare"&gt;Compare revisions…&lt;/a&gt;</source>
        <translation>Cet article a été mis à jour depuis que vous l’avez annoté ou mis en signet. Les surlignages ont été replacés ; voir l’onglet Notes pour ceux qui sont introuvables. &lt;a href="compare"&gt;Comparer les versions…&lt;/a&gt;</translation>
    </message>
    <message>
        <source>No sources to sync yet: add one under File › Sources…</source>
        <translation>Aucune source à synchroniser : ajoutez-en une dans Fichier › Sources…</translation>
    </message>
    <message>
        <source>Offline: the sources cannot be reached. Everything in the library is available.</source>
        <translation>Hors ligne : les sources sont injoignables. Tout le contenu de la bibliothèque reste disponible.</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Pas encore synchronisé</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln article</numerusform>
            <numerusform>%Ln articles</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing: {new} new, {updated} updated, {failed} failed — {current}</source>
        <translation>Synchronisation : {new} nouveaux, {updated} mis à jour, {failed} en échec — {current}</translation>
    </message>
    <message>
        <source>{word}: {new} new, {updated} updated, {failed} failed.</source>
        <translation>{word} : {new} nouveaux, {updated} mis à jour, {failed} en échec.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Search&lt;/b&gt; “{q}” in {where} — {n}</source>
        <translation>&lt;b&gt;Recherche&lt;/b&gt; « {q} » dans {where} — {n}</translation>
    </message>
    <message>
        <source>Last synced {when}</source>
        <translation>Dernière synchronisation : {when}</translation>
    </message>
    <message>
        <source>Notebook</source>
        <translation>Carnet de notes</translation>
    </message>
    <message>
        <source>Search quotes, notes and tags</source>
        <translation>Rechercher dans les citations, notes et mots-clés</translation>
    </message>
    <message>
        <source>Search annotations</source>
        <translation>Rechercher dans les annotations</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <source>All collections</source>
        <translation>Toutes les collections</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Tous les mots-clés</translation>
    </message>
    <message>
        <source>All colours</source>
        <translation>Toutes les couleurs</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Tout état</translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s)</source>
        <translation>
            <numerusform>%Ln annotation</numerusform>
            <numerusform>%Ln annotations</numerusform>
        </translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Collection</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Mot-clé</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Lang.</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>In place</source>
        <translation>En place</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Déplacée</translation>
    </message>
    <message>
        <source>Not found (orphaned)</source>
        <translation>Introuvable (orpheline)</translation>
    </message>
    <message>
        <source>Bookmark article</source>
        <translation>Mettre l’article en signet</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Surligner</translation>
    </message>
    <message>
        <source>No differences in the text.</source>
        <translation>Aucune différence dans le texte.</translation>
    </message>
    <message>
        <source>Compare revisions…</source>
        <translation>Comparer les versions…</translation>
    </message>
    <message>
        <source>{insertions}, {deletions} ({paragraphs})</source>
        <translation>{insertions}, {deletions} ({paragraphs})</translation>
    </message>
    <message numerus="yes">
        <source>%Ln insertion(s)</source>
        <translation>
            <numerusform>%Ln insertion</numerusform>
            <numerusform>%Ln insertions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deletion(s)</source>
        <translation>
            <numerusform>%Ln suppression</numerusform>
            <numerusform>%Ln suppressions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln paragraph(s) changed</source>
        <translation>
            <numerusform>%Ln paragraphe modifié</numerusform>
            <numerusform>%Ln paragraphes modifiés</numerusform>
        </translation>
    </message>
    <message>
        <source>Revision {n} — fetched {when}</source>
        <translation>Version {n} — récupérée le {when}</translation>
    </message>
    <message>
        <source>Older revision</source>
        <translation>Version antérieure</translation>
    </message>
    <message>
        <source>Newer revision</source>
        <translation>Version plus récente</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De :</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;À :</translation>
    </message>
    <message>
        <source>Summary of the changes</source>
        <translation>Résumé des modifications</translation>
    </message>
    <message>
        <source>Changes between the two revisions</source>
        <translation>Modifications entre les deux versions</translation>
    </message>
    <message>
        <source>&amp;Previous change</source>
        <translation>Modification &amp;précédente</translation>
    </message>
    <message>
        <source>&amp;Next change</source>
        <translation>Modification &amp;suivante</translation>
    </message>
    <message>
        <source>Open an article to compare its revisions.</source>
        <translation>Ouvrez un article pour comparer ses versions.</translation>
    </message>
    <message>
        <source>(newest)</source>
        <translation>(la plus récente)</translation>
    </message>
    <message>
        <source>This article has only one revision: nothing to compare.</source>
        <translation>Cet article n’a qu’une seule version : rien à comparer.</translation>
    </message>
    <message>
        <source>Choose two different revisions.</source>
        <translation>Choisissez deux versions différentes.</translation>
    </message>
    <message>
        <source>(the older revision is on the right: read insertions as removals)</source>
        <translation>(la version antérieure est à droite : lisez les insertions comme des suppressions)</translation>
    </message>
    <message>
        <source>Compare revisions — {title}</source>
        <translation>Comparer les versions — {title}</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Revision {n} is missing from the library.</source>
        <translation>La version {n} est absente de la bibliothèque.</translation>
    </message>
    <message>
        <source>Related articles from the site</source>
        <translation>Articles liés du site</translation>
    </message>
    <message>
        <source>Related articles found in the library</source>
        <translation>Articles liés trouvés dans la bibliothèque</translation>
    </message>
    <message>
        <source>&lt;b&gt;You might also like&lt;/b&gt; (from the site)</source>
        <translation>&lt;b&gt;Vous aimerez aussi&lt;/b&gt; (du site)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Related in your library&lt;/b&gt;</source>
        <translation>&lt;b&gt;Liés dans votre bibliothèque&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Related articles</source>
        <translation>Articles liés</translation>
    </message>
    <message>
        <source>The site lists no related articles.</source>
        <translation>Le site n’indique aucun article lié.</translation>
    </message>
    <message>
        <source>Working out related articles…</source>
        <translation>Recherche des articles liés…</translation>
    </message>
    <message>
        <source>No related articles found in the library.</source>
        <translation>Aucun article lié trouvé dans la bibliothèque.</translation>
    </message>
    <message>
        <source>not synced — click to fetch it</source>
        <translation>non synchronisé — cliquez pour le récupérer</translation>
    </message>
    <message>
        <source>Fetching “{title}”…</source>
        <translation>Récupération de « {title} »…</translation>
    </message>
    <message>
        <source>fetching…</source>
        <translation>récupération…</translation>
    </message>
    <message>
        <source>Shown in {lang}: not held in this language</source>
        <translation>Affiché en {lang} : absent dans cette langue</translation>
    </message>
    <message>
        <source>Could not fetch “{title}”: {error}</source>
        <translation>Impossible de récupérer « {title} » : {error}</translation>
    </message>
    <message>
        <source>Fetched “{title}”.</source>
        <translation>« {title} » récupéré.</translation>
    </message>
    <message>
        <source>Library sections</source>
        <translation>Sections de la bibliothèque</translation>
    </message>
    <message>
        <source>Recently read</source>
        <translation>Lus récemment</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Signets</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Collections</translation>
    </message>
    <message>
        <source>Laws and cases</source>
        <translation>Lois et affaires</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>exemple</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Côte à côte</translation>
    </message>
    <message>
        <source>Left column language</source>
        <translation>Langue de la colonne de gauche</translation>
    </message>
    <message>
        <source>Right column language</source>
        <translation>Langue de la colonne de droite</translation>
    </message>
    <message>
        <source>Paragraphs are paired by the article's structure.</source>
        <translation>Les paragraphes sont appariés selon la structure de l’article.</translation>
    </message>
    <message>
        <source>Open an article first.</source>
        <translation>Ouvrez d’abord un article.</translation>
    </message>
    <message>
        <source>The library holds this article in one language only.</source>
        <translation>La bibliothèque ne contient cet article que dans une seule langue.</translation>
    </message>
    <message>
        <source>Left:</source>
        <translation>Gauche :</translation>
    </message>
    <message>
        <source>Right:</source>
        <translation>Droite :</translation>
    </message>
    <message>
        <source>Syncing the {language} translation…</source>
        <translation>Synchronisation de la traduction ({language})…</translation>
    </message>
    <message>
        <source>The {language} translation was not fetched: {reason}</source>
        <translation>La traduction ({language}) n’a pas été récupérée : {reason}</translation>
    </message>
    <message>
        <source>The {language} translation is now in the library.</source>
        <translation>La traduction ({language}) est maintenant dans la bibliothèque.</translation>
    </message>
    <message>
        <source>Offline: the source cannot be reached, so the {language} translation was not fetched. Everything in the library is still available.</source>
        <translation>Hors ligne : la source est injoignable, la traduction ({language}) n’a donc pas été récupérée. Tout le contenu de la bibliothèque reste disponible.</translation>
    </message>
    <message>
        <source>Undo note edit</source>
        <translation type="vanished">Annuler la modification de la note</translation>
    </message>
    <message>
        <source>Undo colour change</source>
        <translation type="vanished">Annuler le changement de couleur</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation type="vanished">Annuler la suppression</translation>
    </message>
    <message>
        <source>Undo highlight</source>
        <translation type="vanished">Annuler le surlignage</translation>
    </message>
    <message>
        <source>1 article</source>
        <translation type="vanished">1 article</translation>
    </message>
    <message>
        <source>{n} articles</source>
        <translation type="vanished">{n} articles</translation>
    </message>
    <message>
        <source>Added {what} to “{name}”.</source>
        <translation type="vanished">{what} ajouté(s) à « {name} ».</translation>
    </message>
    <message>
        <source>Delete the collection “{name}”?

Its {what} stay in the library; only the collection, its description and its order are removed.</source>
        <translation type="vanished">Supprimer la collection « {name} » ?

Ses {what} restent dans la bibliothèque ; seuls la collection, sa description et son ordre sont supprimés.</translation>
    </message>
    <message>
        <source>Add {what} to:</source>
        <translation type="vanished">Ajouter {what} à :</translation>
    </message>
    <message>
        <source>Removed {what} from “{name}”; they stay in the library.</source>
        <translation type="vanished">{what} retiré(s) de « {name} » ; ils restent dans la bibliothèque.</translation>
    </message>
    <message>
        <source>{n} already in it.</source>
        <translation type="vanished">{n} y figuraient déjà.</translation>
    </message>
    <message>
        <source>1 insertion</source>
        <translation type="vanished">1 insertion</translation>
    </message>
    <message>
        <source>1 deletion</source>
        <translation type="vanished">1 suppression</translation>
    </message>
    <message>
        <source>1 paragraph changed</source>
        <translation type="vanished">1 paragraphe modifié</translation>
    </message>
    <message>
        <source>{n} insertions</source>
        <translation type="vanished">{n} insertions</translation>
    </message>
    <message>
        <source>{n} deletions</source>
        <translation type="vanished">{n} suppressions</translation>
    </message>
    <message>
        <source>{n} paragraphs changed</source>
        <translation type="vanished">{n} paragraphes modifiés</translation>
    </message>
</context>
</TS>
