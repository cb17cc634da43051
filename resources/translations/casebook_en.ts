<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BackupFeature</name>
    <message numerus="yes">
        <location filename="../../casebook/gui/backup/feature.py" line="+124"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
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
        <location line="+3"/>
        <source>%n tag(s) of your own</source>
        <translation>
            <numerusform>%n tag of your own</numerusform>
            <numerusform>%n tags of your own</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n saved search(es)</source>
        <translation>
            <numerusform>%n saved search</numerusform>
            <numerusform>%n saved searches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n setting(s)</source>
        <translation>
            <numerusform>%n setting</numerusform>
            <numerusform>%n settings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message numerus="yes">
        <location filename="../../casebook/gui/evidence/compare_view.py" line="+78"/>
        <source>&lt;b&gt;Comparison&lt;/b&gt; · %n case(s)</source>
        <translation>
            <numerusform>&lt;b&gt;Comparison&lt;/b&gt; · %n case</numerusform>
            <numerusform>&lt;b&gt;Comparison&lt;/b&gt; · %n cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatasetImportFeature</name>
    <message numerus="yes">
        <location filename="../../casebook/gui/exchange/dataset_import.py" line="+189"/>
        <source>Imported {0}: %n case(s) written or updated</source>
        <translation>
            <numerusform>Imported {0}: %n case written or updated</numerusform>
            <numerusform>Imported {0}: %n cases written or updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>, %n unchanged</source>
        <translation>
            <numerusform>, %n unchanged</numerusform>
            <numerusform>, %n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n record(s) need review</source>
        <translation>
            <numerusform>, %n record needs review</numerusform>
            <numerusform>, %n records need review</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message numerus="yes">
        <location filename="../../casebook/gui/exchange/document_import.py" line="+43"/>
        <source>Casebook makes a draft case from each of these %n document(s): it reads the text, turns the headings into sections and fills in the title and a year. You then check each draft and fill in the rest.</source>
        <translation>
            <numerusform>Casebook makes a draft case from this document: it reads the text, turns the headings into sections and fills in the title and a year. You then check the draft and fill in the rest.</numerusform>
            <numerusform>Casebook makes a draft case from each of these %n documents: it reads the text, turns the headings into sections and fills in the title and a year. You then check each draft and fill in the rest.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentImporter</name>
    <message numerus="yes">
        <location line="+125"/>
        <source>Reading %n document(s)…</source>
        <translation>
            <numerusform>Reading %n document…</numerusform>
            <numerusform>Reading %n documents…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>%n draft case(s) written to {0}</source>
        <translation>
            <numerusform>%n draft case written to {0}</numerusform>
            <numerusform>%n draft cases written to {0}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidenceFeature</name>
    <message numerus="yes">
        <location filename="../../casebook/gui/evidence/feature.py" line="+142"/>
        <source>%Ln case(s) (the collection {0})</source>
        <translation>
            <numerusform>%Ln case (the collection {0})</numerusform>
            <numerusform>%Ln cases (the collection {0})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%Ln case(s) (the current search and filters)</source>
        <translation>
            <numerusform>%Ln case (the current search and filters)</numerusform>
            <numerusform>%Ln cases (the current search and filters)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln case(s) (the whole library)</source>
        <translation>
            <numerusform>%Ln case (the whole library)</numerusform>
            <numerusform>%Ln cases (the whole library)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>The list shows the whole library&apos;s cases of this cell; the %n of the collection {0} are selected</source>
        <translation>
            <numerusform>The list shows the whole library&apos;s cases of this cell; the %n of the collection {0} is selected</numerusform>
            <numerusform>The list shows the whole library&apos;s cases of this cell; the %n of the collection {0} are selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message numerus="yes">
        <location filename="../../casebook/gui/exchange/export.py" line="+258"/>
        <source> (%n missing case(s) shown by title only)</source>
        <translation>
            <numerusform> (%n missing case shown by title only)</numerusform>
            <numerusform> (%n missing cases shown by title only)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ForeignFolderFeature</name>
    <message numerus="yes">
        <location filename="../../casebook/gui/exchange/foreign_folders.py" line="+87"/>
        <source>Most of the %Ln file(s) in {0} have no {1}. In a reference folder the pages can be searched and read, and a missing case field is not a problem. Mapping its fields (in a casebook.toml file in the folder) reads the pages as cases. Nothing in the pages is changed either way.</source>
        <translation>
            <numerusform>The %Ln file in {0} has no {1}. In a reference folder the pages can be searched and read, and a missing case field is not a problem. Mapping its fields (in a casebook.toml file in the folder) reads the pages as cases. Nothing in the pages is changed either way.</numerusform>
            <numerusform>Most of the %Ln files in {0} have no {1}. In a reference folder the pages can be searched and read, and a missing case field is not a problem. Mapping its fields (in a casebook.toml file in the folder) reads the pages as cases. Nothing in the pages is changed either way.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <location filename="../../casebook/gui/exchange/pack_import.py" line="+87"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+63"/>
        <source>%n case(s) in the pack already exist ({0}). Choose:</source>
        <translation>
            <numerusform>%n case in the pack already exists ({0}). Choose:</numerusform>
            <numerusform>%n cases in the pack already exist ({0}). Choose:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Imported</name>
    <message numerus="yes">
        <location line="+56"/>
        <source>Imported “{0}”: %n case file(s) written to {1}</source>
        <translation>
            <numerusform>Imported “{0}”: %n case file written to {1}</numerusform>
            <numerusform>Imported “{0}”: %n case files written to {1}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapModel</name>
    <message numerus="yes">
        <location filename="../../casebook/gui/evidence/map_model.py" line="+112"/>
        <source>%n without a verdict</source>
        <translation>
            <numerusform>%n without a verdict</numerusform>
            <numerusform>%n without a verdict</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>&lt;li&gt;… and %n more&lt;/li&gt;</source>
        <translation>
            <numerusform>&lt;li&gt;… and %n more&lt;/li&gt;</numerusform>
            <numerusform>&lt;li&gt;… and %n more&lt;/li&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message numerus="yes">
        <location filename="../../casebook/gui/browse/models.py" line="+205"/>
        <source>{0} in %Ln file(s): {1}</source>
        <translation>
            <numerusform>{0} in %Ln file: {1}</numerusform>
            <numerusform>{0} in %Ln files: {1}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemsPage</name>
    <message numerus="yes">
        <location filename="../../casebook/gui/browse/problems.py" line="+98"/>
        <source>%Ln file(s) with problems ▸</source>
        <translation>
            <numerusform>%Ln file with problems ▸</numerusform>
            <numerusform>%Ln files with problems ▸</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultsPane</name>
    <message numerus="yes">
        <location filename="../../casebook/gui/browse/pane.py" line="+128"/>
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln case</numerusform>
            <numerusform>%Ln cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source> (first %Ln)</source>
        <translation>
            <numerusform> (first %Ln)</numerusform>
            <numerusform> (first %Ln)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SidebarModel</name>
    <message numerus="yes">
        <location filename="../../casebook/gui/browse/models.py" line="+119"/>
        <source>, %n case(s)</source>
        <translation>
            <numerusform>, %n case</numerusform>
            <numerusform>, %n cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message numerus="yes">
        <location filename="../../casebook/gui/sync.py" line="+96"/>
        <source>%Ln case file(s) indexed (one per language version): {0} added, {1} changed, {2} removed, {3} with problems ({4} s)</source>
        <translation>
            <numerusform>%Ln case file indexed (one per language version): {0} added, {1} changed, {2} removed, {3} with problems ({4} s)</numerusform>
            <numerusform>%Ln case files indexed (one per language version): {0} added, {1} changed, {2} removed, {3} with problems ({4} s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln case file(s) indexed: {0} added, {1} changed, {2} removed, {3} with problems ({4} s)</source>
        <translation>
            <numerusform>%Ln case file indexed: {0} added, {1} changed, {2} removed, {3} with problems ({4} s)</numerusform>
            <numerusform>%Ln case files indexed: {0} added, {1} changed, {2} removed, {3} with problems ({4} s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaxonomyDock</name>
    <message numerus="yes">
        <location filename="../../casebook/gui/authoring/taxonomy_dock.py" line="+115"/>
        <source>%n term(s) · {0} with no case yet</source>
        <translation>
            <numerusform>%n term · {0} with no case yet</numerusform>
            <numerusform>%n terms · {0} with no case yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n term(s)</source>
        <translation>
            <numerusform>%n term</numerusform>
            <numerusform>%n terms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamFeature</name>
    <message numerus="yes">
        <location filename="../../casebook/gui/team/feature.py" line="+351"/>
        <source>%n new case file(s)</source>
        <translation>
            <numerusform>%n new case file</numerusform>
            <numerusform>%n new case files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n other file(s) updated</source>
        <translation>
            <numerusform>%n other file updated</numerusform>
            <numerusform>%n other files updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n file(s) also changed by someone else (your version is kept; see Library &gt; Conflicts…)</source>
        <translation>
            <numerusform>%n file also changed by someone else (your version is kept; see Library &gt; Conflicts…)</numerusform>
            <numerusform>%n files also changed by someone else (your versions are kept; see Library &gt; Conflicts…)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_Delegate</name>
    <message numerus="yes">
        <location filename="../../casebook/gui/collections/listing.py" line="+180"/>
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
</context>
</TS>
