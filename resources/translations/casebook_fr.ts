<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AddDialog</name>
    <message>
        <location filename="../../casebook/gui/team/dialogs.py" line="+38"/>
        <source>Add a team library</source>
        <translation>Ajouter une bibliothèque d&apos;équipe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A team library is a case library that several people read and add to. Paste the address you were given: a web address (https://…), an SSH address, or a folder on a shared drive.</source>
        <translation>Une bibliothèque d&apos;équipe est une bibliothèque de cas que plusieurs personnes consultent et enrichissent. Collez l&apos;adresse qui vous a été donnée&#xa0;: une adresse web (https://…), une adresse SSH ou un dossier sur un lecteur partagé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>https://git.example.org/unit/cases.git</source>
        <translation>https://git.example.org/service/cas.git</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address of the team library</source>
        <translation>Adresse de la bibliothèque d&apos;équipe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from the address</source>
        <translation>d&apos;après l&apos;adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only if the library is private</source>
        <translation>seulement si la bibliothèque est privée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access token</source>
        <translation>Jeton d&apos;accès</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is kept in this computer&apos;s keyring.</source>
        <translation>Il est conservé dans le trousseau de cet ordinateur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer has no keyring Casebook can use, so the token is not kept: Casebook asks for it again each time it starts.</source>
        <translation>Cet ordinateur n&apos;a pas de trousseau que Casebook puisse utiliser&#xa0;; le jeton n&apos;est donc pas conservé&#xa0;: Casebook le redemandera à chaque démarrage.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Address:</source>
        <translation>Adresse&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access token:</source>
        <translation>Jeton d&apos;accès&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
</context>
<context>
    <name>AuthoringFeature</name>
    <message>
        <location filename="../../casebook/gui/authoring/feature.py" line="+93"/>
        <source>Taxonomy problem</source>
        <translation>Problème dans la taxonomie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit tags…</source>
        <translation>Modifier les étiquettes…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add or remove challenges, strategies and outcomes (Ctrl+T)</source>
        <translation>Ajouter ou retirer des défis, des stratégies et des résultats (Ctrl+T)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;New case…</source>
        <translation>&amp;Nouveau cas…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit &amp;tags…</source>
        <translation>Modifier les é&amp;tiquettes…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open case file in &amp;editor</source>
        <translation>Ouvrir le fichier du cas dans l&apos;é&amp;diteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ta&amp;xonomy</source>
        <translation>Ta&amp;xonomie</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Open a case first, then edit its tags</source>
        <translation>Ouvrez d&apos;abord un cas, puis modifiez ses étiquettes</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Open a case first</source>
        <translation>Ouvrez d&apos;abord un cas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No application opens {0}</source>
        <translation>Aucune application n&apos;ouvre {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>⚠ Taxonomy not updated</source>
        <translation>⚠ Taxonomie non mise à jour</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Taxonomy not updated</source>
        <translation>Taxonomie non mise à jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}

Casebook keeps using the last taxonomy that loaded. Fix the file and save it: the change is picked up at once.</source>
        <translation>{0}

Casebook continue d&apos;utiliser la dernière taxonomie chargée. Corrigez le fichier et enregistrez-le&#xa0;: la modification est prise en compte aussitôt.</translation>
    </message>
</context>
<context>
    <name>BackupFeature</name>
    <message>
        <location filename="../../casebook/gui/backup/feature.py" line="+69"/>
        <source>&amp;Back up my work…</source>
        <translation>&amp;Sauvegarder mon travail…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore my &amp;work…</source>
        <translation>Res&amp;taurer mon travail…</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+15"/>
        <source>Back up my work</source>
        <translation>Sauvegarder mon travail</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+48"/>
        <source>Casebook backup (*.zip)</source>
        <translation>Sauvegarde Casebook (*.zip)</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Nothing was backed up: {0}</source>
        <translation>Rien n&apos;a été sauvegardé&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backed up to {0}: {1}</source>
        <translation>Sauvegarde enregistrée dans {0}&#xa0;: {1}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{0} and {1}</source>
        <translation>{0} et {1}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n cas</numerusform>
            <numerusform>%n cas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n collection(s)</source>
        <translation>
            <numerusform>%n collection</numerusform>
            <numerusform>%n collections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n saved search(es)</source>
        <translation>
            <numerusform>%n recherche enregistrée</numerusform>
            <numerusform>%n recherches enregistrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n setting(s)</source>
        <translation>
            <numerusform>%n réglage</numerusform>
            <numerusform>%n réglages</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The backup, made on {0}, holds: {1}.</source>
        <translation>La sauvegarde ({0}) contient&#xa0;: {1}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup (its date is unknown) holds: {0}.</source>
        <translation>La sauvegarde (date inconnue) contient&#xa0;: {0}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your collections, notes, tags, saved searches and settings are replaced by its own; your work as it is now is first saved as a backup of its own in the data folder.</source>
        <translation>Vos collections, notes, étiquettes, recherches enregistrées et réglages sont remplacés par les siens&#xa0;; votre travail dans son état actuel est d&apos;abord enregistré dans une sauvegarde à part, dans le dossier de données.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Restored from the backup: {0}. Your work as it was is kept in {1}</source>
        <translation>Travail restauré&#xa0;: {0}. Votre travail tel qu&apos;il était est conservé dans {1}</translation>
    </message>
    <message>
        <location line="-50"/>
        <location line="+13"/>
        <location line="+2"/>
        <location line="+25"/>
        <source>Restore my work</source>
        <translation>Restaurer mon travail</translation>
    </message>
    <message numerus="yes">
        <location line="-48"/>
        <source>%n tag(s) of your own</source>
        <translation>
            <numerusform>%n étiquette personnelle</numerusform>
            <numerusform>%n étiquettes personnelles</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no collections, tags, saved searches or settings</source>
        <translation>ni collection, ni étiquette, ni recherche enregistrée, ni réglage</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Replace your own work with the backup {0}?</source>
        <translation>Remplacer votre travail par la sauvegarde {0}&#xa0;?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing was restored: {0}</source>
        <translation>Rien n&apos;a été restauré&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>Browser</name>
    <message>
        <location filename="../../casebook/gui/browse/browser.py" line="+171"/>
        <source>No results</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>{0} — Casebook</source>
        <translation>{0} — Casebook</translation>
    </message>
</context>
<context>
    <name>BugReporter</name>
    <message>
        <location filename="../../casebook/gui/bugs.py" line="+46"/>
        <source>Something went wrong ({0}). The details could not be written to a log file.</source>
        <translation>Une erreur est survenue ({0}). Les détails n&apos;ont pas pu être écrits dans un fichier journal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something went wrong ({0}). The details are in {1}</source>
        <translation>Une erreur est survenue ({0}). Les détails sont dans {1}</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <location filename="../../casebook/render/casepage.py" line="+128"/>
        <source>free tag</source>
        <translation>étiquette libre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verdict:</source>
        <translation>Verdict&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file has problems: {0}</source>
        <translation>Ce fichier comporte des problèmes&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>line {0}: {1}: {2}</source>
        <translation>ligne {0}&#xa0;: {1}&#xa0;: {2}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;a href=&quot;casebook:edit&quot;&gt;open the file in your editor&lt;/a&gt;; Casebook checks it again each time you save.</source>
        <translation>&lt;a href=&quot;casebook:edit&quot;&gt;ouvrez le fichier dans votre éditeur&lt;/a&gt;&#xa0;; Casebook le vérifie de nouveau à chaque enregistrement.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contents:</source>
        <translation>Sommaire&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written in:</source>
        <translation>Rédigé en&#xa0;:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Results and evidence</source>
        <translation>Résultats et preuves</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metrics</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Related cases</source>
        <translation>Cas apparentés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[source {0}]</source>
        <translation>[source {0}]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>result: {0}</source>
        <translation>bilan&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>evidence: {0}</source>
        <translation>preuve&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attribution:</source>
        <translation>Attribution&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence:</source>
        <translation>Licence&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported from:</source>
        <translation>Importé de&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
</context>
<context>
    <name>ChipBar</name>
    <message>
        <location filename="../../casebook/gui/browse/chips.py" line="+26"/>
        <source>Active filters</source>
        <translation>Filtres actifs</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+24"/>
        <source>All cases</source>
        <translation>Tous les cas</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Filters:</source>
        <translation>Filtres&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Results for “{0}”</source>
        <translation>Résultats pour «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove the filter {0}</source>
        <translation>Retirer le filtre {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove filter {0}</source>
        <translation>Retirer le filtre {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Clear all</source>
        <translation>Tout effacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear all filters</source>
        <translation>Effacer tous les filtres</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>From {0}</source>
        <translation>À partir de {0}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Until {0}</source>
        <translation>Jusqu&apos;en {0}</translation>
    </message>
</context>
<context>
    <name>CollectionDialog</name>
    <message>
        <location filename="../../casebook/gui/collections/dialogs.py" line="+123"/>
        <source>Collection name</source>
        <translation>Nom de la collection</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the course is for (optional)</source>
        <translation>À quoi sert le cours (facultatif)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audience</source>
        <translation>Public</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who takes part (optional)</source>
        <translation>Qui y participe (facultatif)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learning objectives</source>
        <translation>Objectifs pédagogiques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One objective per line (optional)</source>
        <translation>Un objectif par ligne (facultatif)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Purpose:</source>
        <translation>&amp;Objet&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Audience:</source>
        <translation>&amp;Public&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learning &amp;objectives:</source>
        <translation>Ob&amp;jectifs pédagogiques&#xa0;:</translation>
    </message>
</context>
<context>
    <name>CollectionList</name>
    <message>
        <location filename="../../casebook/gui/collections/listing.py" line="+204"/>
        <source>Cases in the collection</source>
        <translation>Cas de la collection</translation>
    </message>
</context>
<context>
    <name>CollectionModel</name>
    <message>
        <location line="-125"/>
        <source>No longer in the library (id {0})</source>
        <translation>N&apos;est plus dans la bibliothèque (id {0})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter opens it · Ctrl+Up/Down moves it · Delete removes it</source>
        <translation>Entrée l&apos;ouvre · Ctrl+Haut/Bas le déplace · Suppr le retire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, missing from the library</source>
        <translation>, absent de la bibliothèque</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>. Note: {0}</source>
        <translation>. Note&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>CollectionPage</name>
    <message>
        <location filename="../../casebook/gui/collections/page.py" line="+25"/>
        <source>No cases yet. Add cases from the search results with Ctrl+D or the right-click menu, with the reader&apos;s “Add to collection…” button, or drag them here or onto the collection in the sidebar.</source>
        <translation>Aucun cas pour l&apos;instant. Ajoutez des cas depuis les résultats de recherche avec Ctrl+D ou le menu contextuel, avec le bouton «&#xa0;Ajouter à une collection…&#xa0;» du panneau de lecture, ou faites-les glisser ici ou sur la collection dans le panneau latéral.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>‹ Results</source>
        <translation>‹ Recherche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back to the search results</source>
        <translation>Revenir aux résultats de la recherche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to results</source>
        <translation>Revenir à la recherche</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Collection name</source>
        <translation>Nom de la collection</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Describe…</source>
        <translation>Décrire…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name, purpose, audience and learning objectives</source>
        <translation>Nom, objet, public et objectifs pédagogiques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Describe collection</source>
        <translation>Décrire la collection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export as a course pack, HTML or PDF handout, or Markdown folder (Ctrl+Shift+E)</source>
        <translation>Exporter en kit pédagogique, en support HTML ou PDF, ou en dossier Markdown (Ctrl+Maj+E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export collection</source>
        <translation>Exporter la collection</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Compare these cases</source>
        <translation>Comparer ces cas</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>These cases side by side (pick five when there are more)</source>
        <translation>Ces cas côte à côte (en choisir cinq s&apos;il y en a plus)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Map these cases</source>
        <translation>Voir la carte de ces cas</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The evidence map of this collection&apos;s cases</source>
        <translation>La carte des preuves des cas de cette collection</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Collection description</source>
        <translation>Description de la collection</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+1"/>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Move the case up (Ctrl+Up)</source>
        <translation>Monter le cas (Ctrl+Haut)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Move the case down (Ctrl+Down)</source>
        <translation>Descendre le cas (Ctrl+Bas)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the case from the collection (Delete)</source>
        <translation>Retirer le cas de la collection (Suppr)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove from collection</source>
        <translation>Retirer de la collection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read the case (Enter)</source>
        <translation>Lire le cas (Entrée)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open case</source>
        <translation>Ouvrir le cas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Trainer&apos;s note</source>
        <translation>Note du formateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to draw out of this case, timing, hand-outs…</source>
        <translation>Ce qu&apos;il faut tirer de ce cas, le minutage, les supports…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discussion questions, one per line</source>
        <translation>Questions de discussion, une par ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One question per line</source>
        <translation>Une question par ligne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save state</source>
        <translation>État de l&apos;enregistrement</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Trainer&apos;s &amp;note:</source>
        <translation>&amp;Note du formateur&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discussion &amp;questions (one per line):</source>
        <translation>&amp;Questions de discussion (une par ligne)&#xa0;:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No description yet: Describe… adds the purpose, audience and objectives.</source>
        <translation>Pas encore de description&#xa0;: Décrire… ajoute l&apos;objet, le public et les objectifs.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Notes for {0}</source>
        <translation>Notes sur {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a case to write its note and questions.</source>
        <translation>Choisissez un cas pour rédiger sa note et ses questions.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Editing…</source>
        <translation>Modification en cours…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
</context>
<context>
    <name>CollectionsFeature</name>
    <message>
        <location filename="../../casebook/gui/collections/feature.py" line="+84"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+137"/>
        <source>&amp;Add to collection</source>
        <translation>A&amp;jouter à la collection</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>Add to c&amp;ollection…</source>
        <translation>Ajouter à une co&amp;llection…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Collections</source>
        <translation>&amp;Collections</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New collection…</source>
        <translation>&amp;Nouvelle collection…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+189"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location line="-189"/>
        <source>O&amp;pen collection…</source>
        <translation>&amp;Ouvrir une collection…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Describe…</source>
        <translation>&amp;Décrire…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import course pack…</source>
        <translation>&amp;Importer un kit pédagogique…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sa&amp;ve search…</source>
        <translation>Enregistrer la re&amp;cherche…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go to the &amp;sidebar</source>
        <translation>Aller au pa&amp;nneau latéral</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add to collection…</source>
        <translation>Ajouter à une collection…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Collection:</source>
        <translation>Collection&#xa0;:</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>&amp;Add to “{0}”</source>
        <translation>A&amp;jouter à «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Show folder</source>
        <translation>Afficher le dossier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export failed</source>
        <translation>Échec de l&apos;exportation</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+1"/>
        <source>New collection</source>
        <translation>Nouvelle collection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Rename collection</source>
        <translation>Renommer la collection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;name:</source>
        <translation>Nouveau &amp;nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Describe “{0}”</source>
        <translation>Décrire «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Duplicated “{0}”</source>
        <translation>«&#xa0;{0}&#xa0;» dupliquée</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Restored “{0}”</source>
        <translation>«&#xa0;{0}&#xa0;» restaurée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted collection “{0}”.</source>
        <translation>Collection «&#xa0;{0}&#xa0;» supprimée.</translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <location filename="../../casebook/gui/evidence/compare_view.py" line="+55"/>
        <source>Wide view</source>
        <translation>Vue élargie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the comparison the list&apos;s room too</source>
        <translation>Donner aussi à la comparaison la place de la liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the evidence map</source>
        <translation>Revenir à la carte des preuves</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Comparison</source>
        <translation>Comparaison</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>&lt;b&gt;Comparison&lt;/b&gt; · %n case(s)</source>
        <translation>
            <numerusform>&lt;b&gt;Comparaison&lt;/b&gt; · %n cas</numerusform>
            <numerusform>&lt;b&gt;Comparaison&lt;/b&gt; · %n cas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Show this row</source>
        <translation>Déplier cette ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collapse this row</source>
        <translation>Replier cette ligne</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Credits:</source>
        <translation>Crédits&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>★ shared by two cases or more</source>
        <translation>★ commun à au moins deux cas</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>less</source>
        <translation>réduire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>more</source>
        <translation>lire la suite</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <location filename="../../casebook/gui/words.py" line="+91"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Years</source>
        <translation>Années</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metrics</source>
        <translation>Indicateurs</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../casebook/gui/team/conflict.py" line="+81"/>
        <source>Changed by someone else too — {0}</source>
        <translation>Modifié aussi par quelqu&apos;un d&apos;autre — {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You and someone else both changed this case since your last update. Your version is the one in your library now; nothing is lost. Choose which one to keep, or edit yours to combine them, then share.</source>
        <translation>Vous et quelqu&apos;un d&apos;autre avez modifié ce cas depuis votre dernière mise à jour. Votre version est celle qui se trouve maintenant dans votre bibliothèque&#xa0;; rien n&apos;est perdu. Choisissez celle à garder, ou modifiez la vôtre pour réunir les deux, puis partagez.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your version</source>
        <translation>Votre version</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Their version (from the team library)</source>
        <translation>L&apos;autre version (de la bibliothèque d&apos;équipe)</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+101"/>
        <source>Your version (in your library now)</source>
        <translation>Votre version (dans votre bibliothèque)</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Keep mine</source>
        <translation>Garder la mienne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep your version; theirs is set aside</source>
        <translation>Garder votre version&#xa0;; l&apos;autre est mise de côté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take theirs</source>
        <translation>Prendre l&apos;autre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use their version; a copy of yours is kept in the data folder</source>
        <translation>Utiliser l&apos;autre version&#xa0;; une copie de la vôtre est conservée dans le dossier de données</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+83"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Change your version by hand (copy from theirs), then save it</source>
        <translation>Modifier votre version à la main (en copiant depuis l&apos;autre), puis l&apos;enregistrer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decide later</source>
        <translation>Décider plus tard</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; — {1} ({2} of {3})</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; — {1} ({2} sur {3})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(you deleted this case)</source>
        <translation>(vous avez supprimé ce cas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(they deleted this case)</source>
        <translation>(l&apos;autre personne a supprimé ce cas)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The two versions differ in: {0} (highlighted)</source>
        <translation>Les deux versions diffèrent dans&#xa0;: {0} (en surbrillance)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The two versions hold the same text.</source>
        <translation>Les deux versions ont le même texte.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Your version — editing</source>
        <translation>Votre version — en cours de modification</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save my edit</source>
        <translation>Enregistrer ma modification</translation>
    </message>
</context>
<context>
    <name>DatasetDialog</name>
    <message>
        <location filename="../../casebook/gui/exchange/dataset_dialog.py" line="+55"/>
        <source>Import a dataset</source>
        <translation>Importer un jeu de données</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dataset file</source>
        <translation>Fichier du jeu de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A CSV, JSON or YAML file of cases</source>
        <translation>Un fichier CSV, JSON ou YAML de cas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Importer</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The GovLab&apos;s Open Data&apos;s Impact case studies (YAML, CC BY-SA 4.0)</source>
        <translation>Les études de cas Open Data&apos;s Impact du GovLab (YAML, CC BY-SA 4.0)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Participedia&apos;s CSV export of cases (CC BY-SA 4.0)</source>
        <translation>L&apos;export CSV des cas de Participedia (CC BY-SA 4.0)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any table, with a mapping file</source>
        <translation>N&apos;importe quel tableau, avec un fichier de correspondance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mapping file</source>
        <translation>Fichier de correspondance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A .toml file; optional for a built-in importer</source>
        <translation>Fichier .toml&#xa0;; facultatif pour un format intégré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Br&amp;owse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Start a mapping…</source>
        <translation>&amp;Générer une correspondance…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a mapping file guessed from the dataset&apos;s columns, to edit and choose</source>
        <translation>Enregistrer un fichier de correspondance déduit des colonnes du jeu de données, à modifier puis choisir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Target folder</source>
        <translation>Dossier de destination</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose &amp;folder…</source>
        <translation>Choisir le &amp;dossier…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preview of the first records</source>
        <translation>Aperçu des premiers enregistrements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags mapped</source>
        <translation>Étiquettes rattachées</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Free tags</source>
        <translation>Étiquettes libres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happens</source>
        <translation>Effet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The selected record as it will be written</source>
        <translation>L&apos;enregistrement sélectionné tel qu&apos;il sera écrit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Dataset file:</source>
        <translation>Fichier du &amp;jeu de données&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&amp;mporter:</source>
        <translation>For&amp;mat&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ma&amp;pping file:</source>
        <translation>Fichier de &amp;correspondance&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Target folder:</source>
        <translation>Dossier de des&amp;tination&#xa0;:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Choose a dataset</source>
        <translation>Choisir un jeu de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datasets (*.csv *.tsv *.txt *.json *.yaml *.yml);;All files (*)</source>
        <translation>Jeux de données (*.csv *.tsv *.txt *.json *.yaml *.yml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a mapping file</source>
        <translation>Choisir un fichier de correspondance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mapping files (*.toml);;All files (*)</source>
        <translation>Fichiers de correspondance (*.toml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder for the imported cases</source>
        <translation>Dossier pour les cas importés</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose the dataset file first.</source>
        <translation>Choisissez d&apos;abord le fichier du jeu de données.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the starting mapping</source>
        <translation>Enregistrer la correspondance de départ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mapping files (*.toml)</source>
        <translation>Fichiers de correspondance (*.toml)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose a dataset file.</source>
        <translation>Choisissez un fichier de jeu de données.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a mapping file, or start one from the dataset&apos;s columns.</source>
        <translation>Choisissez un fichier de correspondance, ou générez-en un à partir des colonnes du jeu de données.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the folder the cases go to.</source>
        <translation>Choisissez le dossier où vont les cas.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>updated</source>
        <translation>mis à jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>overwritten</source>
        <translation>écrasé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>kept: edited here</source>
        <translation>conservé&#xa0;: modifié ici</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>needs review: {0}</source>
        <translation>à revoir&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The first record:</source>
        <translation>Le premier enregistrement&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first {0} records:</source>
        <translation>Les {0} premiers enregistrements&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} need review,</source>
        <translation>{0} à revoir,</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 needs review,</source>
        <translation>1 à revoir,</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tags: {0} mapped to the taxonomy, {1} free.</source>
        <translation>étiquettes rattachées à la taxonomie&#xa0;: {0}&#xa0;; libres&#xa0;: {1}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The dataset holds no records.</source>
        <translation>Le jeu de données ne contient aucun enregistrement.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The folder will be made.</source>
        <translation>Le dossier sera créé.</translation>
    </message>
</context>
<context>
    <name>DatasetImportFeature</name>
    <message>
        <location filename="../../casebook/gui/exchange/dataset_import.py" line="+104"/>
        <source>Import &amp;dataset…</source>
        <translation>Importer un &amp;jeu de données…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Importing {0}…</source>
        <translation>Importation de {0}…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import progress</source>
        <translation>Progression de l&apos;importation</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancelling after this record…</source>
        <translation>Annulation après cet enregistrement…</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>Imported {0}: %n case(s) written or updated</source>
        <translation>
            <numerusform>{0} importé&#xa0;: %n cas écrit ou mis à jour</numerusform>
            <numerusform>{0} importé&#xa0;: %n cas écrits ou mis à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>, %n unchanged</source>
        <translation>
            <numerusform>, %n inchangé</numerusform>
            <numerusform>, %n inchangés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n record(s) need review</source>
        <translation>
            <numerusform>, %n enregistrement à revoir</numerusform>
            <numerusform>, %n enregistrements à revoir</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, {0} kept (edited here)</source>
        <translation>, conservés (modifiés ici)&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (cancelled: import again to finish)</source>
        <translation> (annulé&#xa0;: importez de nouveau pour terminer)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; the folder was added to your case folders</source>
        <translation>&#xa0;; le dossier a été ajouté à vos dossiers de cas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The dataset cannot be imported</source>
        <translation>Le jeu de données ne peut pas être importé</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Records that need review</source>
        <translation>Enregistrements à revoir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} record(s) were written to {1} with what is missing named at the top of each file. Fix them there and move them into the case folder, or fix the dataset or the mapping and import again.</source>
        <translation>{0} enregistrement(s) écrit(s) dans {1}, avec ce qui manque indiqué en haut de chaque fichier. Corrigez-les là puis déplacez-les dans le dossier de cas, ou corrigez le jeu de données ou la correspondance et importez de nouveau.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open the folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
</context>
<context>
    <name>DiffDialog</name>
    <message>
        <location filename="../../casebook/gui/authoring/tag_dialog.py" line="+69"/>
        <source>Write tags into the file</source>
        <translation>Écrire les étiquettes dans le fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only these lines of {0} change; every other byte stays as it is. Lines starting with - go, lines with + come.</source>
        <translation>Seules ces lignes de {0} changent&#xa0;; tout le reste est conservé tel quel. Les lignes commençant par - disparaissent, celles commençant par + apparaissent.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Changes to the file</source>
        <translation>Modifications du fichier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write to file</source>
        <translation>Écrire dans le fichier</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <location filename="../../casebook/gui/exchange/document_import.py" line="+40"/>
        <source>Draft cases from documents</source>
        <translation>Ébauches de cas à partir de documents</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Casebook makes a draft case from each of these %n document(s): it reads the text, turns the headings into sections and fills in the title and a year. You then check each draft and fill in the rest.</source>
        <translation>
            <numerusform>Casebook fait une ébauche de cas à partir de ce document&#xa0;: il lit le texte, transforme les titres en sections et remplit le titre et une année. Vous vérifiez ensuite l&apos;ébauche et complétez le reste.</numerusform>
            <numerusform>Casebook fait une ébauche de cas à partir de chacun de ces %n documents&#xa0;: il lit le texte, transforme les titres en sections et remplit le titre et une année. Vous vérifiez ensuite chaque ébauche et complétez le reste.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+29"/>
        <source>Case folder for the drafts</source>
        <translation>Dossier de cas pour les ébauches</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Choose another folder…</source>
        <translation>Choisir un autre dossier…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the drafts in this &amp;case folder:</source>
        <translation>Mettre les ébauches dans ce &amp;dossier de cas&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Make drafts</source>
        <translation>Faire les ébauches</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>They go to its {0} folder, which the library leaves out: move a draft up into the case folder once it is complete.</source>
        <translation>Elles vont dans son dossier {0}, que la bibliothèque laisse de côté&#xa0;: remontez une ébauche dans le dossier de cas une fois qu&apos;elle est complète.</translation>
    </message>
</context>
<context>
    <name>DocumentImporter</name>
    <message>
        <location line="+58"/>
        <source>Still drafting the documents dropped before; drop these again when it is done</source>
        <translation>Les ébauches des documents déposés avant sont en cours&#xa0;; déposez ceux-ci à nouveau une fois terminé</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Reading %n document(s)…</source>
        <translation>
            <numerusform>Lecture de %n document…</numerusform>
            <numerusform>Lecture de %n documents…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft cases</source>
        <translation>Ébauches de cas</translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>%n draft case(s) written to {0}</source>
        <translation>
            <numerusform>%n ébauche de cas écrite dans {0}</numerusform>
            <numerusform>%n ébauches de cas écrites dans {0}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>; the folder was added to your case folders</source>
        <translation>&#xa0;; le dossier a été ajouté à vos dossiers de cas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (cancelled: drop the rest again)</source>
        <translation> (annulé&#xa0;: déposez à nouveau le reste)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show drafts</source>
        <translation>Afficher les ébauches</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some documents cannot be read</source>
        <translation>Certains documents ne peuvent pas être lus</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The documents cannot be drafted</source>
        <translation>Impossible de faire des ébauches de ces documents</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <location filename="../../casebook/gui/words.py" line="-42"/>
        <source>experimental</source>
        <translation>expérimentale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>evaluation</source>
        <translation>évaluation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>statistics</source>
        <translation>statistiques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>self-reported</source>
        <translation>autodéclarée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>anecdotal</source>
        <translation>anecdotique</translation>
    </message>
</context>
<context>
    <name>EvidenceFeature</name>
    <message>
        <location filename="../../casebook/gui/evidence/feature.py" line="+40"/>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The evidence map of the current search (Ctrl+M)</source>
        <translation>La carte des preuves de la recherche en cours (Ctrl+M)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+240"/>
        <location line="+9"/>
        <source>Comparison</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <location line="-248"/>
        <source>The cases compared last (Ctrl+Shift+B)</source>
        <translation>Les derniers cas comparés (Ctrl+Maj+B)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Evidence &amp;map</source>
        <translation>&amp;Carte des preuves</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Compare selected cases</source>
        <translation>Co&amp;mparer les cas sélectionnés</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Back to the list</source>
        <translation>Revenir à la liste</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wide view</source>
        <translation>Vue élargie</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>%Ln case(s) (the collection {0})</source>
        <translation>
            <numerusform>%Ln cas (la collection {0})</numerusform>
            <numerusform>%Ln cas (la collection {0})</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No cases (the collection {0})</source>
        <translation>Aucun cas (collection {0})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No cases (the current search and filters)</source>
        <translation>Aucun cas (recherche et filtres en cours)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No cases (the whole library)</source>
        <translation>Aucun cas (toute la bibliothèque)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln case(s) (the current search and filters)</source>
        <translation>
            <numerusform>%Ln cas (la recherche et les filtres en cours)</numerusform>
            <numerusform>%Ln cas (la recherche et les filtres en cours)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln case(s) (the whole library)</source>
        <translation>
            <numerusform>%Ln cas (toute la bibliothèque)</numerusform>
            <numerusform>%Ln cas (toute la bibliothèque)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>The list shows the whole library&apos;s cases of this cell; the %n of the collection {0} are selected</source>
        <translation>
            <numerusform>La liste montre les cas de toute la bibliothèque pour cette cellule&#xa0;; celui de la collection {0} est sélectionné</numerusform>
            <numerusform>La liste montre les cas de toute la bibliothèque pour cette cellule&#xa0;; les %n de la collection {0} sont sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+11"/>
        <source>Export the evidence map</source>
        <translation>Exporter la carte des preuves</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+85"/>
        <source>{0} (*.{1})</source>
        <translation>{0} (*.{1})</translation>
    </message>
    <message>
        <location line="-75"/>
        <location line="+108"/>
        <source>Cannot write {0}: {1}</source>
        <translation>Impossible d&apos;écrire {0}&#xa0;: {1}</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Saved the evidence map to {0}</source>
        <translation>Carte des preuves enregistrée dans {0}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Select two to five cases to compare (Ctrl+click or Shift+click in the list); {0} selected</source>
        <translation>Sélectionnez de deux à cinq cas à comparer (Ctrl+clic ou Maj+clic dans la liste)&#xa0;; sélectionnés&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A comparison needs two to five cases; this collection has {0}</source>
        <translation>Une comparaison porte sur deux à cinq cas&#xa0;; cette collection en compte {0}</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+34"/>
        <source>Export the comparison</source>
        <translation>Exporter la comparaison</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved the comparison to {0}</source>
        <translation>Comparaison enregistrée dans {0}</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../casebook/gui/evidence/compare_view.py" line="-138"/>
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTML page</source>
        <translation>Page HTML</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../casebook/gui/evidence/map_view.py" line="+40"/>
        <source>Markdown table</source>
        <translation>Tableau Markdown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word document</source>
        <translation>Document Word</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenDocument text</source>
        <translation>Texte OpenDocument</translation>
    </message>
    <message>
        <location filename="../../casebook/gui/evidence/map_view.py" line="-3"/>
        <source>PNG image</source>
        <translation>Image PNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG image</source>
        <translation>Image SVG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTML table</source>
        <translation>Tableau HTML</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Word table</source>
        <translation>Tableau Word</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenDocument table</source>
        <translation>Tableau OpenDocument</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <location filename="../../casebook/gui/exchange/export.py" line="+212"/>
        <source>Exporting “{0}”…</source>
        <translation>Exportation de «&#xa0;{0}&#xa0;»…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export progress</source>
        <translation>Progression de l&apos;exportation</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Exporting case {0} of {1}…</source>
        <translation>Exportation du cas {0} sur {1}…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{0} for participants</source>
        <translation>{0} pour les participants</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} for the trainer</source>
        <translation>{0} pour le formateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} saved: {1}</source>
        <translation>{0} enregistré&#xa0;: {1}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> (%n missing case(s) shown by title only)</source>
        <translation>
            <numerusform> (%n cas manquant, indiqué par son seul titre)</numerusform>
            <numerusform> (%n cas manquants, indiqués par leur seul titre)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export cancelled; nothing was written</source>
        <translation>Exportation annulée&#xa0;; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export failed: {0}</source>
        <translation>Échec de l&apos;exportation&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>Facets</name>
    <message>
        <location filename="../../casebook/gui/words.py" line="-35"/>
        <source>Challenges</source>
        <translation>Défis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Strategies</source>
        <translation>Stratégies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcomes</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Level</source>
        <translation>Échelon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Bilan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Evidence</source>
        <translation>Niveau de preuve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Years</source>
        <translation>Années</translation>
    </message>
</context>
<context>
    <name>ForeignFolderFeature</name>
    <message>
        <location filename="../../casebook/gui/exchange/foreign_folders.py" line="+81"/>
        <source>Not case files?</source>
        <translation>Ce ne sont pas des fichiers de cas&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This folder looks like a website&apos;s content, not case files: read it as a reference folder, or map its fields…</source>
        <translation>Ce dossier ressemble au contenu d&apos;un site web, pas à des fichiers de cas&#xa0;: traitez-le comme un dossier de référence, ou faites correspondre ses champs…</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Most of the %Ln file(s) in {0} have no {1}. In a reference folder the pages can be searched and read, and a missing case field is not a problem. Mapping its fields (in a casebook.toml file in the folder) reads the pages as cases. Nothing in the pages is changed either way.</source>
        <translation>
            <numerusform>Le fichier de {0} (%Ln) n&apos;a pas de {1}. Dans un dossier de référence, on peut rechercher et lire les pages, et un champ de cas absent n&apos;est pas un problème. Si vous faites correspondre ses champs (dans un fichier casebook.toml du dossier), les pages sont lues comme des cas. Rien n&apos;est modifié dans les pages, dans un cas comme dans l&apos;autre.</numerusform>
            <numerusform>La plupart des %Ln fichiers de {0} n&apos;ont pas de {1}. Dans un dossier de référence, on peut rechercher et lire les pages, et un champ de cas absent n&apos;est pas un problème. Si vous faites correspondre ses champs (dans un fichier casebook.toml du dossier), les pages sont lues comme des cas. Rien n&apos;est modifié dans les pages, dans un cas comme dans l&apos;autre.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read as a reference folder</source>
        <translation>Traiter comme dossier de référence</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Map its fields…</source>
        <translation>Faire correspondre ses champs…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep as case files</source>
        <translation>Garder comme fichiers de cas</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{0} is read as a reference folder (File &gt; Case folders changes it)</source>
        <translation>{0} est traité comme dossier de référence (modifiable dans Fichier &gt; Dossiers de cas et réglages…)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot write to the folder</source>
        <translation>Impossible d&apos;écrire dans le dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} cannot be written in {1}: {2}</source>
        <translation>Impossible d&apos;écrire {0} dans {1}&#xa0;: {2}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit {0}: Casebook reads the folder again each time it is saved</source>
        <translation>Modifiez {0}&#xa0;: Casebook relit le dossier à chaque enregistrement</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../casebook/gui/exchange/pack_import.py" line="+36"/>
        <source>&amp;Skip them: keep the cases I have</source>
        <translation>&amp;Les ignorer&#xa0;: garder les cas que j&apos;ai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Replace mine with the pack&apos;s (a copy of mine goes to the backups folder)</source>
        <translation>&amp;Remplacer les miens par ceux du kit (une copie des miens va dans le dossier des sauvegardes)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keep both: the pack&apos;s cases get new ids</source>
        <translation>&amp;Garder les deux&#xa0;: les cas du kit reçoivent de nouveaux identifiants</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Import a course pack</source>
        <translation>Importer un kit pédagogique</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n cas</numerusform>
            <numerusform>%n cas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}: {1}, {2} with their case file.</source>
        <translation>{0}&#xa0;: {1}, dont {2} avec leur fichier de cas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+36"/>
        <source>Case folder for the imported cases</source>
        <translation>Dossier de cas pour les cas importés</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Choose another folder…</source>
        <translation>Choisir un autre dossier…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the cases in this &amp;case folder:</source>
        <translation>Placer les cas dans ce &amp;dossier de cas&#xa0;:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>%n case(s) in the pack already exist ({0}). Choose:</source>
        <translation>
            <numerusform>%n cas du kit existe déjà ({0}). Choisissez&#xa0;:</numerusform>
            <numerusform>%n cas du kit existent déjà ({0}). Choisissez&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Some of these cases are read-only (the bundled cases)</source>
        <translation>Certains de ces cas sont en lecture seule (les cas fournis)</translation>
    </message>
</context>
<context>
    <name>Imported</name>
    <message numerus="yes">
        <location line="+49"/>
        <source>Imported “{0}”: %n case file(s) written to {1}</source>
        <translation>
            <numerusform>«&#xa0;{0}&#xa0;» importé&#xa0;: %n fichier de cas écrit dans {1}</numerusform>
            <numerusform>«&#xa0;{0}&#xa0;» importé&#xa0;: %n fichiers de cas écrits dans {1}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, {0} skipped</source>
        <translation>, ignorés&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported “{0}”: no case file written</source>
        <translation>«&#xa0;{0}&#xa0;» importé&#xa0;: aucun fichier de cas écrit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> ({0} already in your library, skipped)</source>
        <translation> (déjà dans votre bibliothèque, ignorés&#xa0;: {0})</translation>
    </message>
</context>
<context>
    <name>IndexWorker</name>
    <message>
        <location filename="../../casebook/gui/workers.py" line="+97"/>
        <source>indexing stopped: {0}</source>
        <translation>l&apos;indexation s&apos;est arrêtée&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>ItemActions</name>
    <message>
        <location filename="../../casebook/gui/collections/items.py" line="+42"/>
        <source>Not saved: see the message below</source>
        <translation>Non enregistré&#xa0;: voir le message ci-dessous</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose a case in the results first</source>
        <translation>Choisissez d&apos;abord un cas dans les résultats</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add “{0}” to:</source>
        <translation>Ajouter «&#xa0;{0}&#xa0;» à&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add {0} cases to:</source>
        <translation>Ajouter {0} cas à&#xa0;:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Already in “{0}”</source>
        <translation>Déjà dans «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All {0} cases already in “{1}”</source>
        <translation>Les {0} cas sont déjà dans «&#xa0;{1}&#xa0;»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Added “{0}” to “{1}”.</source>
        <translation>«&#xa0;{0}&#xa0;» ajouté à «&#xa0;{1}&#xa0;».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Added {0} cases to “{1}”.</source>
        <translation>{0} cas ajoutés à «&#xa0;{1}&#xa0;».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add undone: the case is no longer in “{0}”</source>
        <translation>Ajout annulé&#xa0;: le cas a été retiré de «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add undone: {0} cases are no longer in “{1}”</source>
        <translation>Ajout annulé&#xa0;: {0} cas retirés de «&#xa0;{1}&#xa0;»</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Removed “{0}” from “{1}”.</source>
        <translation>«&#xa0;{0}&#xa0;» retiré de «&#xa0;{1}&#xa0;».</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This case is no longer in the library; only its title and your notes remain</source>
        <translation>Ce cas n&apos;est plus dans la bibliothèque&#xa0;; il ne reste que son titre et vos notes</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../casebook/gui/words.py" line="+48"/>
        <source>Arabic</source>
        <translation>arabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Danish</source>
        <translation>danois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>German</source>
        <translation>allemand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spanish</source>
        <translation>espagnol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finnish</source>
        <translation>finnois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hungarian</source>
        <translation>hongrois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Italian</source>
        <translation>italien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dutch</source>
        <translation>néerlandais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Norwegian</source>
        <translation>norvégien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portuguese</source>
        <translation>portugais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Romanian</source>
        <translation>roumain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian</source>
        <translation>russe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swedish</source>
        <translation>suédois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turkish</source>
        <translation>turc</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../casebook/gui/language.py" line="+25"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;System language ({0})</source>
        <translation>Langue du &amp;système ({0})</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Casebook will be in {0} the next time it starts. Restart it now? The window comes back with the same search.</source>
        <translation>Casebook s&apos;affichera en «&#xa0;{0}&#xa0;» au prochain démarrage. Le redémarrer maintenant&#xa0;? La fenêtre rouvrira sur la même recherche.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restart now</source>
        <translation>Redémarrer maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
</context>
<context>
    <name>Level</name>
    <message>
        <location filename="../../casebook/gui/words.py" line="-58"/>
        <source>local</source>
        <translation>local</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>municipal</source>
        <translation>municipal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>regional</source>
        <translation>régional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>national</source>
        <translation>national</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>supranational</source>
        <translation>supranational</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../casebook/gui/window.py" line="+78"/>
        <source>Casebook</source>
        <translation>Casebook</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Back (Alt+Left)</source>
        <translation>Précédent (Alt+Gauche)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward (Alt+Right)</source>
        <translation>Suivant (Alt+Droite)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search cases: words, &quot;phrases&quot;, country:Brazil …</source>
        <translation>Rechercher des cas&#xa0;: mots, &quot;expressions&quot;, country:Brazil …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search cases</source>
        <translation>Rechercher des cas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Query syntax</source>
        <translation>Syntaxe de recherche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Query syntax help</source>
        <translation>Aide sur la syntaxe de recherche</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Result count</source>
        <translation>Nombre de résultats</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Case</source>
        <translation>Cas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The case opened last</source>
        <translation>Le dernier cas ouvert</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Case &amp;folders and settings…</source>
        <translation>&amp;Dossiers de cas et réglages…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rebuild index</source>
        <translation>Reconstruire l&apos;&amp;index</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find in case</source>
        <translation>Chercher dans le &amp;cas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy &amp;citation</source>
        <translation>Copier la ré&amp;férence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Forward</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reset zoom</source>
        <translation>Taille n&amp;ormale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;System</source>
        <translation>&amp;Système</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>S&amp;ombre</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Files with &amp;problems</source>
        <translation>&amp;Fichiers avec des problèmes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Raccourcis &amp;clavier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Query syntax</source>
        <translation>S&amp;yntaxe de recherche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;log folder</source>
        <translation>Afficher le dossier des &amp;journaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Casebook</source>
        <translation>À &amp;propos de Casebook</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Copied the citation ({0})</source>
        <translation>Référence copiée ({0})</translation>
    </message>
</context>
<context>
    <name>MapModel</name>
    <message>
        <location filename="../../casebook/gui/evidence/map_model.py" line="+105"/>
        <source>no case yet, though the taxonomy says this strategy addresses this challenge</source>
        <translation>aucun cas pour l&apos;instant, bien que la taxonomie indique que cette stratégie répond à ce défi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no case</source>
        <translation>aucun cas</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n without a verdict</source>
        <translation>
            <numerusform>%n sans verdict</numerusform>
            <numerusform>%n sans verdict</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not stated</source>
        <translation>non précisée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>strongest evidence: </source>
        <translation>preuve la plus solide&#xa0;: </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>&lt;li&gt;… and %n more&lt;/li&gt;</source>
        <translation>
            <numerusform>&lt;li&gt;… et %n autre&lt;/li&gt;</numerusform>
            <numerusform>&lt;li&gt;… et %n autres&lt;/li&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n cas</numerusform>
            <numerusform>%n cas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <location filename="../../casebook/gui/evidence/map_view.py" line="-8"/>
        <source>◇ the taxonomy says this strategy addresses this challenge, and no case shows it</source>
        <translation>◇ la taxonomie indique que cette stratégie répond à ce défi, mais aucun cas ne le montre</translation>
    </message>
    <message>
        <location line="+53"/>
        <location line="+34"/>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+33"/>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Evidence at least</source>
        <translation>Preuve minimale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any evidence</source>
        <translation>Toutes les preuves</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At least: %1</source>
        <translation>Au moins&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wide view</source>
        <translation>Vue élargie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the map the list&apos;s room too</source>
        <translation>Donner aussi à la carte la place de la liste</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+103"/>
        <source>Evidence map</source>
        <translation>Carte des preuves</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>&lt;b&gt;Evidence map&lt;/b&gt; · %1 × %2 · %3</source>
        <translation>&lt;b&gt;Carte des preuves&lt;/b&gt; · %1 × %2 · %3</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../casebook/gui/menus.py" line="+34"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../casebook/gui/authoring/newcase_dialog.py" line="+74"/>
        <source>New case</source>
        <translation>Nouveau cas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>e.g. Participatory budgeting in Porto Alegre</source>
        <translation>p. ex. Budget participatif à Porto Alegre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Brazil</source>
        <translation>p. ex. Brazil (en anglais)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The year the initiative started</source>
        <translation>L&apos;année où l&apos;initiative a commencé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case folder</source>
        <translation>Dossier de cas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder for the file. In a library sorted into sub-folders, it follows the country: the sub-folder most of its cases are in.</source>
        <translation>Le dossier du fichier. Dans une bibliothèque classée en sous-dossiers, il suit le pays&#xa0;: le sous-dossier où se trouvent la plupart de ses cas.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bundled cases ({0})</source>
        <translation>Cas fournis ({0})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another folder…</source>
        <translation>Un autre dossier…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level</source>
        <translation>Échelon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start year</source>
        <translation>Année de début</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Country</source>
        <translation>&amp;Pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Level</source>
        <translation>&amp;Échelon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start &amp;year</source>
        <translation>&amp;Année de début</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case &amp;folder</source>
        <translation>&amp;Dossier de cas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Casebook starts the file from the case template; you then write the case in your text editor.</source>
        <translation>Casebook crée le fichier à partir du modèle de cas&#xa0;; vous rédigez ensuite le cas dans votre éditeur de texte.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>You have no case folder of your own yet: choose one under Case folder (Another folder…).</source>
        <translation>Vous n&apos;avez pas encore de dossier de cas à vous&#xa0;: choisissez-en un dans Dossier de cas (Un autre dossier…).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open in editor</source>
        <translation>Ouvrir dans l&apos;éditeur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Choose a folder for your cases</source>
        <translation>Choisissez un dossier pour vos cas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot write to {0}; choose another folder.</source>
        <translation>Impossible d&apos;écrire dans {0}&#xa0;; choisissez un autre dossier.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(named after the title)</source>
        <translation>(nommé d&apos;après le titre)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;p&gt;Created {0} in {1}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;{0} créé dans {1}.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;Open it in your text editor and replace the template&apos;s hints with the case. Casebook shows it now and checks it again each time you save; problems appear at the top of the case.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ouvrez-le dans votre éditeur de texte et remplacez les indications du modèle par le cas. Casebook l&apos;affiche déjà et le vérifie de nouveau à chaque enregistrement&#xa0;; les problèmes s&apos;affichent en haut du cas.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;Until its summary is written, the case is not counted beside the tags, countries and levels in the sidebar.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Tant que son résumé n&apos;est pas rédigé, le cas n&apos;est pas compté à côté des étiquettes, des pays et des échelons du panneau latéral.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;p&gt;&lt;b&gt;No application is set up to open .md files.&lt;/b&gt; Open {0} in any text editor.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Aucune application n&apos;est configurée pour ouvrir les fichiers .md.&lt;/b&gt; Ouvrez {0} dans n&apos;importe quel éditeur de texte.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>OfferBar</name>
    <message>
        <location filename="../../casebook/gui/backup/feature.py" line="-136"/>
        <source>A month since your work was last backed up.</source>
        <translation>Votre travail n&apos;a pas été sauvegardé depuis un mois.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up now…</source>
        <translation>Sauvegarder maintenant…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask again in a month</source>
        <translation>Redemander dans un mois</translation>
    </message>
</context>
<context>
    <name>OpeningFeature</name>
    <message>
        <location filename="../../casebook/gui/exchange/opening.py" line="+117"/>
        <source>Casebook opens course packs (.casebook), folders of case files and documents (.docx, .odt, .pdf), not {0}</source>
        <translation>Casebook ouvre les kits pédagogiques (.casebook), les dossiers de fichiers de cas et les documents (.docx, .odt, .pdf), pas {0}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{0} is already one of your case folders</source>
        <translation>{0} fait déjà partie de vos dossiers de cas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No case files in this folder</source>
        <translation>Aucun fichier de cas dans ce dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} holds no Markdown (.md) files, so it was not added to your case folders.</source>
        <translation>{0} ne contient aucun fichier Markdown (.md)&#xa0;; il n&apos;a donc pas été ajouté à vos dossiers de cas.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Added the case folder {0}</source>
        <translation>Dossier de cas {0} ajouté</translation>
    </message>
</context>
<context>
    <name>PickCases</name>
    <message>
        <location filename="../../casebook/gui/evidence/compare_view.py" line="+156"/>
        <source>Compare which cases?</source>
        <translation>Quels cas comparer&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This collection has {0} cases; tick two to five to compare.</source>
        <translation>Cette collection compte {0} cas&#xa0;; cochez-en de deux à cinq à comparer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cases to compare</source>
        <translation>Cas à comparer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
</context>
<context>
    <name>PickDialog</name>
    <message>
        <location filename="../../casebook/gui/collections/dialogs.py" line="+30"/>
        <source>Choose a collection</source>
        <translation>Choisir une collection</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Collections</source>
        <translation>Collections</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;New collection…</source>
        <translation>&amp;Nouvelle collection…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New collection</source>
        <translation>Nouvelle collection</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No collections yet: make one with New collection…</source>
        <translation>Aucune collection pour l&apos;instant&#xa0;: créez-en une avec Nouvelle collection…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>  — already there</source>
        <translation>  — déjà présent</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <location filename="../../casebook/gui/browse/models.py" line="+121"/>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message numerus="yes">
        <location line="+71"/>
        <source>{0} in %Ln file(s): {1}</source>
        <translation>
            <numerusform>{0} dans %Ln fichier : {1}</numerusform>
            <numerusform>{0} dans %Ln fichiers : {1}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Line {0}, column {1}</source>
        <translation>Ligne {0}, colonne {1}</translation>
    </message>
</context>
<context>
    <name>ProblemsPage</name>
    <message>
        <location filename="../../casebook/gui/browse/problems.py" line="+62"/>
        <source>Files with problems</source>
        <translation>Fichiers avec des problèmes</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Show files with problems</source>
        <translation>Afficher les fichiers avec des problèmes</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%Ln file(s) with problems ▸</source>
        <translation>
            <numerusform>%Ln fichier avec des problèmes ▸</numerusform>
            <numerusform>%Ln fichiers avec des problèmes ▸</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No problems</source>
        <translation>Aucun problème</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <location filename="../../casebook/gui/read/reader.py" line="+87"/>
        <source>Case text</source>
        <translation>Texte du cas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a case from the list to read it here.</source>
        <translation>Ouvrez un cas de la liste pour le lire ici.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Find in case</source>
        <translation>Chercher dans le cas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Previous match (Shift+Enter)</source>
        <translation>Occurrence précédente (Maj+Entrée)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous match</source>
        <translation>Occurrence précédente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close find (Esc)</source>
        <translation>Fermer la recherche (Échap)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close find</source>
        <translation>Fermer la recherche</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+1"/>
        <source>Copy citation</source>
        <translation>Copier la référence</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Citation styles</source>
        <translation>Styles de référence</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy as {0}</source>
        <translation>Copier au format {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add to collection…</source>
        <translation>Ajouter à une collection…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a collection for this case (Ctrl+Shift+D)</source>
        <translation>Choisir une collection pour ce cas (Ctrl+Maj+D)</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copy a citation in {0} style (Ctrl+Shift+C); the arrow offers APA, Chicago, BibTeX and RIS</source>
        <translation>Copier une référence au format {0} (Ctrl+Maj+C)&#xa0;; la flèche propose APA, Chicago, BibTeX et RIS</translation>
    </message>
</context>
<context>
    <name>Region</name>
    <message>
        <location filename="../../casebook/gui/words.py" line="+24"/>
        <source>Africa</source>
        <translation>Afrique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asia</source>
        <translation>Asie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Europe</source>
        <translation>Europe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latin America and the Caribbean</source>
        <translation>Amérique latine et Caraïbes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Middle East and North Africa</source>
        <translation>Moyen-Orient et Afrique du Nord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>North America</source>
        <translation>Amérique du Nord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oceania</source>
        <translation>Océanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>International</source>
        <translation>International</translation>
    </message>
</context>
<context>
    <name>Result</name>
    <message>
        <location line="-23"/>
        <source>achieved</source>
        <translation>atteint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mixed</source>
        <translation>partiel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not achieved</source>
        <translation>non atteint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reversed</source>
        <translation>annulé ensuite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>too early</source>
        <translation>trop tôt</translation>
    </message>
</context>
<context>
    <name>ResultBar</name>
    <message>
        <location filename="../../casebook/gui/exchange/dataset_import.py" line="-164"/>
        <source>Show folder</source>
        <translation>Afficher le dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show problems</source>
        <translation>Afficher les problèmes</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <location filename="../../casebook/gui/browse/models.py" line="-151"/>
        <source>Also matching some of your words</source>
        <translation>Correspondent aussi à certains de vos mots</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>. This file has problems</source>
        <translation>. Ce fichier comporte des problèmes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verdict: {0}. </source>
        <translation>Verdict&#xa0;: {0}. </translation>
    </message>
</context>
<context>
    <name>ResultsPane</name>
    <message>
        <location filename="../../casebook/gui/browse/pane.py" line="+25"/>
        <source>Relevance</source>
        <translation>Pertinence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newest first</source>
        <translation>Les plus récents d&apos;abord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title A–Z</source>
        <translation>Titre A–Z</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sort results</source>
        <translation>Trier les résultats</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Try: {0}</source>
        <translation>Essayez&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Sort:</source>
        <translation>Trier&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <location line="+53"/>
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln cas</numerusform>
            <numerusform>%Ln cas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No cases</source>
        <translation>Aucun cas</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> (first %Ln)</source>
        <translation>
            <numerusform> (%Ln premier)</numerusform>
            <numerusform> (%Ln premiers)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>showing cases that match most of your words</source>
        <translation>cas correspondant à la plupart de vos mots</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>showing cases that match some of your words</source>
        <translation>cas correspondant à certains de vos mots</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Did you mean {0}?</source>
        <translation>Vouliez-vous dire {0}&#xa0;?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No cases match these filters.</source>
        <translation>Aucun cas ne correspond à ces filtres.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No cases match “{0}”.</source>
        <translation>Aucun cas ne correspond à «&#xa0;{0}&#xa0;».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No cases match “{0}” with these filters.</source>
        <translation>Aucun cas ne correspond à «&#xa0;{0}&#xa0;» avec ces filtres.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nearest taxonomy terms: {0}.</source>
        <translation>Termes les plus proches dans la taxonomie&#xa0;: {0}.</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <location filename="../../casebook/gui/browse/results.py" line="+225"/>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open file in editor</source>
        <translation>Ouvrir le fichier dans l&apos;éditeur</translation>
    </message>
</context>
<context>
    <name>RightPane</name>
    <message>
        <location filename="../../casebook/gui/pages.py" line="+19"/>
        <source>Right pane pages</source>
        <translation>Pages du panneau de droite</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <location filename="../../casebook/gui/team/dialogs.py" line="+18"/>
        <source>Share my changes — {0}</source>
        <translation>Partager mes modifications — {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Files to share</source>
        <translation>Fichiers à partager</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 saved change not sent yet</source>
        <translation>1 modification enregistrée, non encore envoyée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} saved changes not sent yet</source>
        <translation>{0} modifications enregistrées, non encore envoyées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What did you change? (for example: added the Kenya Huduma case)</source>
        <translation>Qu&apos;avez-vous modifié&#xa0;? (par exemple&#xa0;: ajout du cas Huduma au Kenya)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What you changed</source>
        <translation>Ce que vous avez modifié</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These will be sent to the team library:</source>
        <translation>Ceci sera envoyé à la bibliothèque d&apos;équipe&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What you changed:</source>
        <translation>Ce que vous avez modifié&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share</source>
        <translation>Partager</translation>
    </message>
</context>
<context>
    <name>SharedCollectionDialog</name>
    <message>
        <location line="+27"/>
        <source>{0} (shared in {1})</source>
        <translation>{0} (partagée dans {1})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Shared collection</source>
        <translation>Collection partagée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared by the team library: it changes when the team changes it. Make your own copy to change it.</source>
        <translation>Partagée par la bibliothèque d&apos;équipe&#xa0;: elle change quand l&apos;équipe la modifie. Faites-en votre propre copie pour la modifier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make my own copy</source>
        <translation>Faire ma propre copie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../casebook/gui/authoring/feature.py" line="-213"/>
        <source>Start a new case file</source>
        <translation>Créer un nouveau fichier de cas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the case&apos;s tags</source>
        <translation>Modifier les étiquettes du cas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the case file in your editor</source>
        <translation>Ouvrir le fichier du cas dans votre éditeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or hide the taxonomy browser</source>
        <translation>Afficher ou masquer l&apos;explorateur de taxonomie</translation>
    </message>
    <message>
        <location filename="../../casebook/gui/collections/feature.py" line="-340"/>
        <source>Add the selected cases to the last used collection (Undo in the status bar)</source>
        <translation>Ajouter les cas sélectionnés à la dernière collection utilisée (Annuler dans la barre d&apos;état)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the collection to add the selected cases to</source>
        <translation>Choisir la collection où ajouter les cas sélectionnés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New collection / open a collection</source>
        <translation>Nouvelle collection / ouvrir une collection</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move or remove the case in a collection</source>
        <translation>Déplacer ou retirer le cas dans une collection</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export a collection / import a course pack</source>
        <translation>Exporter une collection / importer un kit pédagogique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the search</source>
        <translation>Enregistrer la recherche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename the collection</source>
        <translation>Renommer la collection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the sidebar (Enter opens a collection or saved search)</source>
        <translation>Aller au panneau latéral (Entrée ouvre une collection ou une recherche enregistrée)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo a deletion</source>
        <translation>Annuler une suppression</translation>
    </message>
    <message>
        <location filename="../../casebook/gui/dialogs.py" line="+44"/>
        <source>Go to the search field</source>
        <translation>Aller au champ de recherche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search now / open the selected case</source>
        <translation>Rechercher tout de suite / ouvrir le cas sélectionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the search field into the results</source>
        <translation>Du champ de recherche aux résultats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back / Forward</source>
        <translation>Précédent / Suivant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find in the case</source>
        <translation>Chercher dans le cas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom the case text in, out, back to normal</source>
        <translation>Agrandir, réduire ou rétablir le texte du cas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl/Shift+click</source>
        <translation>Ctrl/Maj+clic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select several cases in the results</source>
        <translation>Sélectionner plusieurs cas dans les résultats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy a citation of the case in the style used last (the arrow beside Copy citation offers APA, Chicago, BibTeX and RIS)</source>
        <translation>Copier une référence du cas dans le dernier format utilisé (la flèche à côté de Copier la référence propose APA, Chicago, BibTeX et RIS)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Case folders and settings</source>
        <translation>Dossiers de cas et réglages</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This list</source>
        <translation>Cette liste</translation>
    </message>
    <message>
        <location filename="../../casebook/gui/evidence/feature.py" line="-278"/>
        <source>Show the evidence map (a cell filters the list by its row and column)</source>
        <translation>Afficher la carte des preuves (une cellule filtre la liste selon sa ligne et sa colonne)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare the selected cases side by side (2 to 5)</source>
        <translation>Comparer côte à côte les cas sélectionnés (de 2 à 5)</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../casebook/gui/browse/sidebar.py" line="+186"/>
        <source>Library and filters</source>
        <translation>Bibliothèque et filtres</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>From year</source>
        <translation>De l&apos;année</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To year</source>
        <translation>À l&apos;année</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>any</source>
        <translation>toutes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}: cases active in this span</source>
        <translation>{0}&#xa0;: cas actifs sur cette période</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Years</source>
        <translation>Années</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All cases</source>
        <translation>Tous les cas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the search and every filter</source>
        <translation>Effacer la recherche et tous les filtres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files with problems</source>
        <translation>Fichiers avec des problèmes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case files that casebook check reports</source>
        <translation>Fichiers de cas signalés par casebook check</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Collections</source>
        <translation>Collections</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New collection…</source>
        <translation>Nouvelle collection…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gather cases into an ordered course with notes</source>
        <translation>Réunir des cas en un cours ordonné, avec des notes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved searches</source>
        <translation>Recherches enregistrées</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>free tag</source>
        <translation>étiquette libre</translation>
    </message>
</context>
<context>
    <name>SidebarEntries</name>
    <message>
        <location filename="../../casebook/gui/collections/sidebar_entries.py" line="+90"/>
        <source>Collection actions</source>
        <translation>Actions sur la collection</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Describe…</source>
        <translation>Décrire…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Run</source>
        <translation>Lancer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New collection…</source>
        <translation>Nouvelle collection…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import course pack…</source>
        <translation>Importer un kit pédagogique…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save search…</source>
        <translation>Enregistrer la recherche…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Drop to add to “{0}”</source>
        <translation>Déposer pour ajouter à «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A saved search named “{0}” exists. Press Save again to replace it.</source>
        <translation>Une recherche enregistrée nommée «&#xa0;{0}&#xa0;» existe déjà. Cliquez de nouveau sur Enregistrer pour la remplacer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+16"/>
        <source>Saved search “{0}”</source>
        <translation>Recherche enregistrée «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Save search</source>
        <translation>Enregistrer la recherche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name of the search:</source>
        <translation>&amp;Nom de la recherche&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My search</source>
        <translation>Ma recherche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Rename saved search</source>
        <translation>Renommer la recherche enregistrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;name:</source>
        <translation>Nouveau &amp;nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Deleted saved search “{0}”.</source>
        <translation>Recherche enregistrée «&#xa0;{0}&#xa0;» supprimée.</translation>
    </message>
</context>
<context>
    <name>SidebarModel</name>
    <message numerus="yes">
        <location filename="../../casebook/gui/browse/models.py" line="+234"/>
        <source>, %n case(s)</source>
        <translation>
            <numerusform>, %n cas</numerusform>
            <numerusform>, %n cas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../casebook/gui/sync.py" line="+37"/>
        <source>Indexing progress</source>
        <translation>Progression de l&apos;indexation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel indexing</source>
        <translation>Annuler l&apos;indexation</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Checking case folders…</source>
        <translation>Vérification des dossiers de cas…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Indexing {0} of {1} files</source>
        <translation>Indexation&#xa0;: {0} fichiers sur {1}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Case folder not available: {0} (showing what was indexed)</source>
        <translation>Dossier de cas indisponible&#xa0;: {0} (affichage de ce qui avait été indexé)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Taxonomy not updated: {0}</source>
        <translation>Taxonomie non mise à jour&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No case files indexed: {0} removed ({1} s)</source>
        <translation>Aucun fichier de cas indexé&#xa0;; retraits&#xa0;: {0} ({1} s)</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%Ln case file(s) indexed (one per language version): {0} added, {1} changed, {2} removed, {3} with problems ({4} s)</source>
        <translation>
            <numerusform>%Ln fichier de cas indexé (un par version linguistique)&#xa0;; ajouts&#xa0;: {0}, modifications&#xa0;: {1}, retraits&#xa0;: {2}, avec problèmes&#xa0;: {3} ({4} s)</numerusform>
            <numerusform>%Ln fichiers de cas indexés (un par version linguistique)&#xa0;; ajouts&#xa0;: {0}, modifications&#xa0;: {1}, retraits&#xa0;: {2}, avec problèmes&#xa0;: {3} ({4} s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln case file(s) indexed: {0} added, {1} changed, {2} removed, {3} with problems ({4} s)</source>
        <translation>
            <numerusform>%Ln fichier de cas indexé&#xa0;; ajouts&#xa0;: {0}, modifications&#xa0;: {1}, retraits&#xa0;: {2}, avec problèmes&#xa0;: {3} ({4} s)</numerusform>
            <numerusform>%Ln fichiers de cas indexés&#xa0;; ajouts&#xa0;: {0}, modifications&#xa0;: {1}, retraits&#xa0;: {2}, avec problèmes&#xa0;: {3} ({4} s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Syntax</name>
    <message>
        <location filename="../../casebook/gui/dialogs.py" line="-27"/>
        <source>both words (stems match: budgets, budgeting)</source>
        <translation>les deux mots (les variantes comptent&#xa0;: budgets, budgeting)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the exact phrase</source>
        <translation>l&apos;expression exacte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>either word</source>
        <translation>l&apos;un ou l&apos;autre mot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>leave out a word</source>
        <translation>exclure un mot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a field: title, summary, body, country, place, region, level, sectors, challenges, strategies, outcomes</source>
        <translation>un champ&#xa0;: title, summary, body, country, place, region, level, sectors, challenges, strategies, outcomes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a tag, by id or label</source>
        <translation>une étiquette, par identifiant ou par libellé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>words starting with…</source>
        <translation>les mots commençant par…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>close spellings</source>
        <translation>les orthographes proches</translation>
    </message>
</context>
<context>
    <name>TagDialog</name>
    <message>
        <location filename="../../casebook/gui/authoring/tag_dialog.py" line="-35"/>
        <source>Tags from the file are plain. ✎ marks tags you changed here: they are kept in your library (search and filters use them at once) until you write them into the file.</source>
        <translation>Les étiquettes du fichier apparaissent sans marque. ✎ signale celles que vous avez modifiées ici&#xa0;: elles sont conservées dans votre bibliothèque (la recherche et les filtres les utilisent aussitôt) jusqu&apos;à ce que vous les écriviez dans le fichier.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Tags — {0}</source>
        <translation>Étiquettes — {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where it comes from</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags of this case</source>
        <translation>Étiquettes de ce cas</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+117"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>Remove the selected tag (Delete); restore a removed one</source>
        <translation>Retirer l&apos;étiquette sélectionnée (Suppr)&#xa0;; rétablir une étiquette retirée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Facet to add to</source>
        <translation>Facette où ajouter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type to find a term: label, alias or description words</source>
        <translation>Tapez pour trouver un terme&#xa0;: libellé, synonyme ou mots de la description</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find a term to add</source>
        <translation>Trouver un terme à ajouter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Matching terms</source>
        <translation>Termes correspondants</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tag editing status</source>
        <translation>État de la modification des étiquettes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write tags into the file…</source>
        <translation>Écrire les étiquettes dans le fichier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview the change to the case file, then write it</source>
        <translation>Prévisualiser la modification du fichier du cas, puis l&apos;écrire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add to</source>
        <translation>Ajouter à</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>in the file</source>
        <translation>dans le fichier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>✎ added by you</source>
        <translation>✎ ajoutée par vous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✎ removed by you (Remove again to restore)</source>
        <translation>✎ retirée par vous (Retirer à nouveau pour la rétablir)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · free tag, not in the taxonomy</source>
        <translation> · étiquette libre, hors taxonomie</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Restore</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>   ✓ already tagged</source>
        <translation>   ✓ déjà étiqueté</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add “{0}” as a free tag (not in the taxonomy)</source>
        <translation>Ajouter «&#xa0;{0}&#xa0;» comme étiquette libre (hors taxonomie)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A free tag is kept as you typed it; prefer a taxonomy term so others find the case.</source>
        <translation>Une étiquette libre est conservée telle que vous l&apos;avez tapée&#xa0;; préférez un terme de la taxonomie pour que d&apos;autres trouvent le cas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Also called: {0}</source>
        <translation>Aussi appelé&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Saved in your library; the case is re-indexed.</source>
        <translation>Enregistré dans votre bibliothèque&#xa0;; le cas est réindexé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written into the file.</source>
        <translation>Écrit dans le fichier.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The file already has these tags.</source>
        <translation>Le fichier a déjà ces étiquettes.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Writing…</source>
        <translation>Écriture…</translation>
    </message>
</context>
<context>
    <name>TaxonomyDock</name>
    <message>
        <location filename="../../casebook/gui/authoring/taxonomy_dock.py" line="+175"/>
        <source>no case yet</source>
        <translation>aucun cas pour l&apos;instant</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>Taxonomy</source>
        <translation>Taxonomie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Find a term</source>
        <translation>Trouver un terme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a taxonomy term</source>
        <translation>Trouver un terme de la taxonomie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only gaps</source>
        <translation>Lacunes seulement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only terms no case uses yet: what to write next</source>
        <translation>N&apos;afficher que les termes qu&apos;aucun cas n&apos;utilise encore&#xa0;: ce qu&apos;il reste à écrire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Term</source>
        <translation>Terme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cases</source>
        <translation>Cas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taxonomy terms</source>
        <translation>Termes de la taxonomie</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Term description</source>
        <translation>Description du terme</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>%n term(s) · {0} with no case yet</source>
        <translation>
            <numerusform>%n terme · {0} encore sans cas</numerusform>
            <numerusform>%n termes · {0} encore sans cas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n term(s)</source>
        <translation>
            <numerusform>%n terme</numerusform>
            <numerusform>%n termes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no terms</source>
        <translation>aucun terme</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0} addresses {1}</source>
        <translation>{0} répond à {1}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> (free tag)</source>
        <translation> (étiquette libre)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A free tag: not in the taxonomy</source>
        <translation>Une étiquette libre&#xa0;: hors taxonomie</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n cas</numerusform>
            <numerusform>%n cas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Click a term to show its cases. Terms with no case yet are what contributors could write next.</source>
        <translation>Cliquez sur un terme pour afficher ses cas. Les termes encore sans cas indiquent ce que les contributeurs pourraient écrire ensuite.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A free tag: not in the taxonomy.</source>
        <translation>Une étiquette libre&#xa0;: hors taxonomie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also called: {0}</source>
        <translation>Aussi appelé&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Strategies that address it: {0}</source>
        <translation>Stratégies qui y répondent&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Addresses: {0}</source>
        <translation>Répond à&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;a href=&apos;new&apos;&gt;write one (New case…)&lt;/a&gt;</source>
        <translation>&lt;a href=&apos;new&apos;&gt;en rédiger un (Nouveau cas…)&lt;/a&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>click the term to show them</source>
        <translation>cliquez sur le terme pour les afficher</translation>
    </message>
</context>
<context>
    <name>TeamEntries</name>
    <message>
        <location filename="../../casebook/gui/team/sidebar.py" line="+18"/>
        <source>⚠ {0}: 1 case to check</source>
        <translation>⚠ {0}&#xa0;: 1 cas à vérifier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>⚠ {0}: {1} cases to check</source>
        <translation>⚠ {0}&#xa0;: {1} cas à vérifier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}: changes not shared</source>
        <translation>{0}&#xa0;: modifications non partagées</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}: 1 new case</source>
        <translation>{0}&#xa0;: 1 nouveau cas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}: {1} new cases</source>
        <translation>{0}&#xa0;: {1} nouveaux cas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}: folder missing</source>
        <translation>{0}&#xa0;: dossier introuvable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}: up to date</source>
        <translation>{0}&#xa0;: à jour</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You and someone else changed the same case: click to compare the two versions and choose</source>
        <translation>Vous et quelqu&apos;un d&apos;autre avez modifié le même cas&#xa0;: cliquez pour comparer les deux versions et choisir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You changed or added cases that the team does not have yet: Library &gt; Share my changes…</source>
        <translation>Vous avez modifié ou ajouté des cas que l&apos;équipe n&apos;a pas encore&#xa0;: Bibliothèque &gt; Partager mes modifications…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The last update brought new cases</source>
        <translation>La dernière mise à jour a apporté de nouveaux cas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The library&apos;s folder is not there any more</source>
        <translation>Le dossier de la bibliothèque n&apos;existe plus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have everything the team shared at the last update</source>
        <translation>Vous avez tout ce que l&apos;équipe avait partagé lors de la dernière mise à jour</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Team libraries</source>
        <translation>Bibliothèques d&apos;équipe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}
{1}
Last update: {2}
Click for Update, Share and more</source>
        <translation>{0}
{1}
Dernière mise à jour&#xa0;: {2}
Cliquez pour Mettre à jour, Partager, etc.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} (shared)</source>
        <translation>{0} (partagée)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A collection shared in {0}: read-only; open it to make your own copy</source>
        <translation>Une collection partagée dans {0}&#xa0;: en lecture seule&#xa0;; ouvrez-la pour en faire votre propre copie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a team library…</source>
        <translation>Ajouter une bibliothèque d&apos;équipe…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read and add to a case library with your team</source>
        <translation>Consulter et enrichir une bibliothèque de cas avec votre équipe</translation>
    </message>
</context>
<context>
    <name>TeamFeature</name>
    <message>
        <location filename="../../casebook/gui/team/feature.py" line="+51"/>
        <source>Team library progress</source>
        <translation>Progression de la bibliothèque d&apos;équipe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the team library download</source>
        <translation>Annuler le téléchargement de la bibliothèque d&apos;équipe</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Add &amp;team library…</source>
        <translation>Ajouter une &amp;bibliothèque d&apos;équipe…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Library</source>
        <translation>&amp;Bibliothèque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Update</source>
        <translation>&amp;Mettre à jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Share my changes…</source>
        <translation>&amp;Partager mes modifications…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Conflits…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Open the library&apos;s folder</source>
        <translation>&amp;Ouvrir le dossier de la bibliothèque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove team library…</source>
        <translation>&amp;Retirer la bibliothèque d&apos;équipe…</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+76"/>
        <source>Updating team libraries…</source>
        <translation>Mise à jour des bibliothèques d&apos;équipe…</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Update</source>
        <translation>Mettre à jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share my changes…</source>
        <translation>Partager mes modifications…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the library&apos;s folder</source>
        <translation>Ouvrir le dossier de la bibliothèque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+187"/>
        <source>Downloading the team library…</source>
        <translation>Téléchargement de la bibliothèque d&apos;équipe…</translation>
    </message>
    <message>
        <location line="-182"/>
        <source>Updating {0}…</source>
        <translation>Mise à jour de {0}…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{0}: choose Keep mine or Take theirs for the cases changed by someone else too before sharing</source>
        <translation>{0}&#xa0;: avant de partager, choisissez Garder la mienne ou Prendre l&apos;autre pour les cas modifiés aussi par quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0}: nothing to share</source>
        <translation>{0}&#xa0;: rien à partager</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+153"/>
        <source>Sharing your changes with {0}…</source>
        <translation>Partage de vos modifications avec {0}…</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>Made your own copy: {0}</source>
        <translation>Votre propre copie a été créée&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Remove team library</source>
        <translation>Retirer la bibliothèque d&apos;équipe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop using the team library {0}?</source>
        <translation>Ne plus utiliser la bibliothèque d&apos;équipe {0}&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not shared yet: {0}</source>
        <translation>Pas encore partagé&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove, keep its folder</source>
        <translation>Retirer et garder son dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove and delete its folder</source>
        <translation>Retirer et supprimer son dossier</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Added the team library {0}</source>
        <translation>Bibliothèque d&apos;équipe {0} ajoutée</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Shared with {0}: 1 file</source>
        <translation>Partagé avec {0}&#xa0;: 1 fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared with {0}: {1} files</source>
        <translation>Partagé avec {0}&#xa0;: {1} fichiers</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0}: up to date</source>
        <translation>{0}&#xa0;: à jour</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n new case file(s)</source>
        <translation>
            <numerusform>%n nouveau fichier de cas</numerusform>
            <numerusform>%n nouveaux fichiers de cas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n other file(s) updated</source>
        <translation>
            <numerusform>%n autre fichier mis à jour</numerusform>
            <numerusform>%n autres fichiers mis à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n file(s) also changed by someone else (your version is kept; see Library &gt; Conflicts…)</source>
        <translation>
            <numerusform>%n fichier modifié aussi par quelqu&apos;un d&apos;autre (votre version est conservée&#xa0;; voir Bibliothèque &gt; Conflits…)</numerusform>
            <numerusform>%n fichiers modifiés aussi par quelqu&apos;un d&apos;autre (vos versions sont conservées&#xa0;; voir Bibliothèque &gt; Conflits…)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}: {1}</source>
        <translation>{0}&#xa0;: {1}</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Saved 1 case to {1}</source>
        <translation>1 cas enregistré dans {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved {0} cases to {1}</source>
        <translation>{0} cas enregistrés dans {1}</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>The server asks for an access token.</source>
        <translation>Le serveur demande un jeton d&apos;accès.</translation>
    </message>
    <message>
        <location line="-266"/>
        <source>Update &amp;when Casebook starts</source>
        <translation>Mettre à jour au &amp;démarrage de Casebook</translation>
    </message>
    <message>
        <location line="+294"/>
        <source>Not shared yet</source>
        <translation>Pas encore partagé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your changes are kept. You can update first and share again, or save them as a .casebook pack to send.</source>
        <translation>Vos modifications sont conservées. Vous pouvez d&apos;abord mettre à jour et partager de nouveau, ou les enregistrer dans un kit .casebook à envoyer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Update first</source>
        <translation>Mettre à jour d&apos;abord</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as a pack…</source>
        <translation>Enregistrer en kit…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save as a pack</source>
        <translation>Enregistrer en kit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}-not-shared.casebook</source>
        <translation>{0}-non-partagé.casebook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Casebook pack (*.casebook)</source>
        <translation>Kit Casebook (*.casebook)</translation>
    </message>
</context>
<context>
    <name>TeamWorker</name>
    <message>
        <location filename="../../casebook/gui/team/worker.py" line="+73"/>
        <source>Cancelled; nothing was kept</source>
        <translation>Annulé&#xa0;; rien n&apos;a été conservé</translation>
    </message>
</context>
<context>
    <name>TokenDialog</name>
    <message>
        <location filename="../../casebook/gui/team/dialogs.py" line="-38"/>
        <location line="+5"/>
        <source>Access token</source>
        <translation>Jeton d&apos;accès</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>{0}

The access token for {1}:</source>
        <translation>{0}

Le jeton d&apos;accès pour {1}&#xa0;:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <location filename="../../casebook/gui/collections/undo_bar.py" line="+19"/>
        <location line="+17"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undo (Ctrl+Z)</source>
        <translation>Annuler (Ctrl+Z)</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <location filename="../../casebook/gui/words.py" line="-11"/>
        <source>success</source>
        <translation>réussite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mixed</source>
        <translation>mitigé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failure</source>
        <translation>échec</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>too early</source>
        <translation>trop tôt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no verdict</source>
        <translation>sans verdict</translation>
    </message>
</context>
<context>
    <name>WelcomeFeature</name>
    <message>
        <location filename="../../casebook/gui/welcome/feature.py" line="+19"/>
        <source>Handouts in Word and OpenDocument: Collections &gt; Export, and the Export… menus of the evidence map and of a comparison.</source>
        <translation>Supports au format Word et OpenDocument&#xa0;: Collections &gt; Exporter, et les menus Exporter… de la carte des preuves et d&apos;une comparaison.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File &gt; Back up my work… writes your collections, notes, tags and saved searches to one file; File &gt; Restore my work… brings them back on any computer.</source>
        <translation>Fichier &gt; Sauvegarder mon travail… enregistre vos collections, notes, étiquettes et recherches enregistrées dans un seul fichier&#xa0;; Fichier &gt; Restaurer mon travail… les récupère sur n&apos;importe quel ordinateur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Course packs (.casebook) open with a double-click, in the window already open.</source>
        <translation>Les kits pédagogiques (.casebook) s&apos;ouvrent d&apos;un double-clic, dans la fenêtre déjà ouverte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Help &gt; Welcome to Casebook: where to start.</source>
        <translation>Aide &gt; Bienvenue dans Casebook&#xa0;: par où commencer.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What Casebook is and where to start</source>
        <translation>Ce qu&apos;est Casebook et par où commencer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What&apos;s &amp;new</source>
        <translation>&amp;Nouveautés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Welcome to Casebook</source>
        <translation>&amp;Bienvenue dans Casebook</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>What&apos;s new</source>
        <translation>Nouveautés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What&apos;s new in Casebook {0}</source>
        <translation>Nouveautés de Casebook {0}</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../casebook/gui/welcome/page.py" line="+30"/>
        <location line="+27"/>
        <source>Welcome to Casebook</source>
        <translation>Bienvenue dans Casebook</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help &gt; Welcome to Casebook shows this page again</source>
        <translation>Aide &gt; Bienvenue dans Casebook affiche de nouveau cette page</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Casebook is a library of case studies of innovation in the public sector: what governments tried, how it turned out and how we know. It works offline, and what you add stays on this computer.</source>
        <translation>Casebook est une bibliothèque d&apos;études de cas sur l&apos;innovation dans le secteur public&#xa0;: ce que les gouvernements ont tenté, ce qu&apos;il en est advenu et comment on le sait. Il fonctionne hors ligne, et ce que vous ajoutez reste sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start with a search</source>
        <translation>Commencez par une recherche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type in the search field at the top, or try one of these:</source>
        <translation>Tapez dans le champ de recherche en haut, ou essayez l&apos;une de ces recherches&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The evidence map</source>
        <translation>La carte des preuves</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Map tab of this pane shows, for the current search, how many cases face each challenge with each strategy and how they turned out. Click a cell to list those cases. Ctrl+M brings the map back from a case.</source>
        <translation>L&apos;onglet Carte de ce panneau montre, pour la recherche en cours, combien de cas affrontent chaque défi avec chaque stratégie, et avec quel résultat. Cliquez sur une cellule pour afficher ces cas. Ctrl+M ramène la carte depuis un cas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the evidence map</source>
        <translation>Afficher la carte des preuves</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your own cases</source>
        <translation>Vos propres cas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any folder of Markdown files can join the library: Casebook watches it and picks up each file as soon as it is saved. File &gt; New case… starts one from the template.</source>
        <translation>N&apos;importe quel dossier de fichiers Markdown peut rejoindre la bibliothèque&#xa0;: Casebook le surveille et prend en compte chaque fichier dès qu&apos;il est enregistré. Fichier &gt; Nouveau cas… en crée un à partir du modèle.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a folder of cases…</source>
        <translation>Ajouter un dossier de cas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A team library</source>
        <translation>Une bibliothèque d&apos;équipe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If your team shares its cases in a Git repository, File &gt; Add team library… brings them in with the address your team gives you; Library &gt; Update fetches their changes and Library &gt; Share my changes sends yours.</source>
        <translation>Si votre équipe partage ses cas dans un dépôt Git, Fichier &gt; Ajouter une bibliothèque d&apos;équipe… les importe avec l&apos;adresse que votre équipe vous donne&#xa0;; Bibliothèque &gt; Mettre à jour récupère ses modifications et Bibliothèque &gt; Partager mes modifications envoie les vôtres.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep your work safe</source>
        <translation>Protégez votre travail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Collections, notes and your own tags live in the data folder. File &gt; Back up my work… writes them to one file you can keep elsewhere.</source>
        <translation>Les collections, les notes et vos propres étiquettes se trouvent dans le dossier de données. Fichier &gt; Sauvegarder mon travail… les enregistre dans un seul fichier que vous pouvez conserver ailleurs.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Help &gt; Welcome to Casebook shows this page again.</source>
        <translation>Aide &gt; Bienvenue dans Casebook affiche de nouveau cette page.</translation>
    </message>
</context>
<context>
    <name>_Delegate</name>
    <message>
        <location filename="../../casebook/gui/collections/listing.py" line="+89"/>
        <source>Missing from the library (its last known title is shown)</source>
        <translation>Absent de la bibliothèque (son dernier titre connu est affiché)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No trainer&apos;s note yet</source>
        <translation>Pas encore de note du formateur</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_Form</name>
    <message>
        <location filename="../../casebook/gui/collections/dialogs.py" line="-122"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../casebook/gui/app.py" line="+153"/>
        <source>Casebook cannot start</source>
        <translation>Casebook ne peut pas démarrer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Casebook is already open</source>
        <translation>Casebook est déjà ouvert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another Casebook window is using the same library. Both can search and read; indexing takes turns, so nothing is corrupted. Changes to collections made in one window appear in the other after a refresh.</source>
        <translation>Une autre fenêtre de Casebook utilise la même bibliothèque. Les deux peuvent rechercher et lire&#xa0;; l&apos;indexation se fait à tour de rôle, rien n&apos;est donc endommagé. Les modifications des collections faites dans une fenêtre apparaissent dans l&apos;autre après une actualisation.</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../casebook/gui/dialogs.py" line="+46"/>
        <location line="+1"/>
        <source>Search syntax</source>
        <translation>Syntaxe de recherche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filters in the sidebar combine with the query: OR within one facet, AND across facets.</source>
        <translation>Les filtres du panneau latéral se combinent avec la recherche&#xa0;: OU au sein d&apos;une facette, ET entre les facettes.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About Casebook</source>
        <translation>À propos de Casebook</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An offline library of public-sector innovation case studies: search, filter, read and build course packs.</source>
        <translation>Une bibliothèque hors ligne d&apos;études de cas d&apos;innovation publique&#xa0;: recherchez, filtrez, lisez et composez des kits pédagogiques.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Works without a network. Cases are Markdown files you can edit.</source>
        <translation>Fonctionne sans réseau. Les cas sont des fichiers Markdown que vous pouvez modifier.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Case folders and settings</source>
        <translation>Dossiers de cas et réglages</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case folders</source>
        <translation>Dossiers de cas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read as a &amp;reference folder: its pages can be searched, and missing case fields are no problem</source>
        <translation>Traiter comme dossier de &amp;référence&#xa0;: ses pages sont consultables, et les champs de cas absents ne sont pas signalés</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Its casebook.toml says kind = &quot;reference&quot;</source>
        <translation>Son casebook.toml indique kind = &quot;reference&quot;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Add folder…</source>
        <translation>Ajouter un dossier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add bundled cases</source>
        <translation>Ajouter les cas fournis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a case folder</source>
        <translation>Choisir un dossier de cas</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Data folder (index, collections, notes): {0}</source>
        <translation>Dossier de données (index, collections, notes)&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open data folder</source>
        <translation>Ouvrir le dossier de données</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Case folders (several libraries can be open at once):</source>
        <translation>Dossiers de cas (plusieurs bibliothèques peuvent être ouvertes à la fois)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <location filename="../../casebook/gui/exchange/export.py" line="-241"/>
        <source>PDF handout for participants (*.pdf)</source>
        <translation>Support PDF pour les participants (*.pdf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF handout for the trainer, with your notes (*.pdf)</source>
        <translation>Support PDF pour le formateur, avec vos notes (*.pdf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Word handout for participants (*.docx)</source>
        <translation>Support Word pour les participants (*.docx)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Word handout for the trainer, with your notes (*.docx)</source>
        <translation>Support Word pour le formateur, avec vos notes (*.docx)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OpenDocument handout for participants (*.odt)</source>
        <translation>Support OpenDocument pour les participants (*.odt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OpenDocument handout for the trainer, with your notes (*.odt)</source>
        <translation>Support OpenDocument pour le formateur, avec vos notes (*.odt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HTML handout for participants (*.html)</source>
        <translation>Support HTML pour les participants (*.html)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTML handout for the trainer, with your notes (*.html)</source>
        <translation>Support HTML pour le formateur, avec vos notes (*.html)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Casebook course pack, with your notes (*.casebook)</source>
        <translation>Kit pédagogique Casebook, avec vos notes (*.casebook)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder of Markdown files for participants (type a new folder name) (*)</source>
        <translation>Dossier de fichiers Markdown pour les participants (tapez le nom d&apos;un nouveau dossier) (*)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder of Markdown files for the trainer, with your notes (type a new folder name) (*)</source>
        <translation>Dossier de fichiers Markdown pour le formateur, avec vos notes (tapez le nom d&apos;un nouveau dossier) (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PDF handout</source>
        <translation>Support PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTML handout</source>
        <translation>Support HTML</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Course pack</source>
        <translation>Kit pédagogique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown folder</source>
        <translation>Dossier Markdown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word handout</source>
        <translation>Support Word</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenDocument handout</source>
        <translation>Support OpenDocument</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Export “{0}”</source>
        <translation>Exporter «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Laying out the pages…</source>
        <translation>Mise en page…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot export: {0}</source>
        <translation>exportation impossible&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>An export is already running</source>
        <translation>Une exportation est déjà en cours</translation>
    </message>
</context>
<context>
    <name>pack_import</name>
    <message>
        <location filename="../../casebook/gui/exchange/pack_import.py" line="-149"/>
        <source>Import a course pack</source>
        <translation>Importer un kit pédagogique</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Casebook course pack (*.casebook)</source>
        <translation>Kit pédagogique Casebook (*.casebook)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+117"/>
        <location line="+38"/>
        <source>This pack cannot be imported</source>
        <translation>Ce kit ne peut pas être importé</translation>
    </message>
    <message>
        <location line="-37"/>
        <location line="+38"/>
        <source>{0}

Nothing was written.</source>
        <translation>{0}

Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>; the folder was added to your case folders</source>
        <translation>&#xa0;; le dossier a été ajouté à vos dossiers de cas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show folder</source>
        <translation>Afficher le dossier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open collection</source>
        <translation>Ouvrir la collection</translation>
    </message>
</context>
</TS>
