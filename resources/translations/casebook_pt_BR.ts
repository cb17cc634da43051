<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AddDialog</name>
    <message>
        <location filename="../../casebook/gui/team/dialogs.py" line="+38"/>
        <source>Add a team library</source>
        <translation>Adicionar uma biblioteca da equipe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A team library is a case library that several people read and add to. Paste the address you were given: a web address (https://…), an SSH address, or a folder on a shared drive.</source>
        <translation>Uma biblioteca da equipe é uma biblioteca de casos que várias pessoas consultam e ampliam. Cole o endereço que você recebeu: um endereço web (https://…), um endereço SSH ou uma pasta em uma unidade compartilhada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>https://git.example.org/unit/cases.git</source>
        <translation>https://git.example.org/unidade/casos.git</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address of the team library</source>
        <translation>Endereço da biblioteca da equipe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from the address</source>
        <translation>a partir do endereço</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only if the library is private</source>
        <translation>só se a biblioteca for privada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access token</source>
        <translation>Token de acesso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is kept in this computer&apos;s keyring.</source>
        <translation>Ele fica guardado no chaveiro deste computador.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer has no keyring Casebook can use, so the token is not kept: Casebook asks for it again each time it starts.</source>
        <translation>Este computador não tem um chaveiro que o Casebook possa usar, então o token não fica guardado: o Casebook vai pedi-lo de novo toda vez que for iniciado.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Address:</source>
        <translation>Endereço:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access token:</source>
        <translation>Token de acesso:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
</context>
<context>
    <name>AuthoringFeature</name>
    <message>
        <location filename="../../casebook/gui/authoring/feature.py" line="+93"/>
        <source>Taxonomy problem</source>
        <translation>Problema na taxonomia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit tags…</source>
        <translation>Editar etiquetas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add or remove challenges, strategies and outcomes (Ctrl+T)</source>
        <translation>Adicionar ou remover desafios, estratégias e resultados (Ctrl+T)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;New case…</source>
        <translation>&amp;Novo caso…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit &amp;tags…</source>
        <translation>Editar e&amp;tiquetas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open case file in &amp;editor</source>
        <translation>Abrir arquivo do caso no &amp;editor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ta&amp;xonomy</source>
        <translation>&amp;Taxonomia</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Open a case first, then edit its tags</source>
        <translation>Abra um caso primeiro e depois edite as etiquetas dele</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Open a case first</source>
        <translation>Abra um caso primeiro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No application opens {0}</source>
        <translation>Nenhum aplicativo abre {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>⚠ Taxonomy not updated</source>
        <translation>⚠ Taxonomia não atualizada</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Taxonomy not updated</source>
        <translation>Taxonomia não atualizada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}

Casebook keeps using the last taxonomy that loaded. Fix the file and save it: the change is picked up at once.</source>
        <translation>{0}

O Casebook continua usando a última taxonomia carregada. Corrija o arquivo e salve: a mudança é aplicada na hora.</translation>
    </message>
</context>
<context>
    <name>BackupFeature</name>
    <message>
        <location filename="../../casebook/gui/backup/feature.py" line="+69"/>
        <source>&amp;Back up my work…</source>
        <translation>Fazer &amp;backup do meu trabalho…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore my &amp;work…</source>
        <translation>Restaurar &amp;meu trabalho…</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+15"/>
        <source>Back up my work</source>
        <translation>Backup do meu trabalho</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+48"/>
        <source>Casebook backup (*.zip)</source>
        <translation>Backup do Casebook (*.zip)</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Nothing was backed up: {0}</source>
        <translation>Nenhum backup foi feito: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backed up to {0}: {1}</source>
        <translation>Backup salvo em {0}: {1}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{0} and {1}</source>
        <translation>{0} e {1}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n caso</numerusform>
            <numerusform>%n casos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n anotação</numerusform>
            <numerusform>%n anotações</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n pergunta</numerusform>
            <numerusform>%n perguntas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n collection(s)</source>
        <translation>
            <numerusform>%n coleção</numerusform>
            <numerusform>%n coleções</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n saved search(es)</source>
        <translation>
            <numerusform>%n pesquisa salva</numerusform>
            <numerusform>%n pesquisas salvas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n setting(s)</source>
        <translation>
            <numerusform>%n configuração</numerusform>
            <numerusform>%n configurações</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The backup, made on {0}, holds: {1}.</source>
        <translation>O backup, feito em {0}, contém: {1}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup (its date is unknown) holds: {0}.</source>
        <translation>O backup (de data desconhecida) contém: {0}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your collections, notes, tags, saved searches and settings are replaced by its own; your work as it is now is first saved as a backup of its own in the data folder.</source>
        <translation>Suas coleções, anotações, etiquetas, pesquisas salvas e configurações são substituídas pelas dele; antes disso, o seu trabalho como está agora é salvo em um backup próprio na pasta de dados.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Restored from the backup: {0}. Your work as it was is kept in {1}</source>
        <translation>Trabalho restaurado: {0}. O seu trabalho como estava fica guardado em {1}</translation>
    </message>
    <message>
        <location line="-50"/>
        <location line="+13"/>
        <location line="+2"/>
        <location line="+25"/>
        <source>Restore my work</source>
        <translation>Restaurar meu trabalho</translation>
    </message>
    <message numerus="yes">
        <location line="-48"/>
        <source>%n tag(s) of your own</source>
        <translation>
            <numerusform>%n etiqueta própria</numerusform>
            <numerusform>%n etiquetas próprias</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no collections, tags, saved searches or settings</source>
        <translation>nenhuma coleção, etiqueta, pesquisa salva ou configuração</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Replace your own work with the backup {0}?</source>
        <translation>Substituir o seu trabalho pelo backup {0}?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Replace</source>
        <translation>Substituir</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing was restored: {0}</source>
        <translation>Nada foi restaurado: {0}</translation>
    </message>
</context>
<context>
    <name>Browser</name>
    <message>
        <location filename="../../casebook/gui/browse/browser.py" line="+171"/>
        <source>No results</source>
        <translation>Nenhum resultado</translation>
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
        <translation>Algo deu errado ({0}). Não foi possível gravar os detalhes em um arquivo de log.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something went wrong ({0}). The details are in {1}</source>
        <translation>Algo deu errado ({0}). Os detalhes estão em {1}</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <location filename="../../casebook/render/casepage.py" line="+128"/>
        <source>free tag</source>
        <translation>etiqueta livre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verdict:</source>
        <translation>Veredito:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file has problems: {0}</source>
        <translation>Este arquivo tem problemas: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>line {0}: {1}: {2}</source>
        <translation>linha {0}: {1}: {2}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;a href=&quot;casebook:edit&quot;&gt;open the file in your editor&lt;/a&gt;; Casebook checks it again each time you save.</source>
        <translation>&lt;a href=&quot;casebook:edit&quot;&gt;abra o arquivo no seu editor&lt;/a&gt;; o Casebook verifica de novo cada vez que você salva.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contents:</source>
        <translation>Conteúdo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written in:</source>
        <translation>Escrito em:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Results and evidence</source>
        <translation>Resultados e evidências</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metrics</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources</source>
        <translation>Fontes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Related cases</source>
        <translation>Casos relacionados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[source {0}]</source>
        <translation>[fonte {0}]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>result: {0}</source>
        <translation>situação: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>evidence: {0}</source>
        <translation>evidência: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attribution:</source>
        <translation>Atribuição:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence:</source>
        <translation>Licença:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported from:</source>
        <translation>Importado de:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Untitled</source>
        <translation>Sem título</translation>
    </message>
</context>
<context>
    <name>ChipBar</name>
    <message>
        <location filename="../../casebook/gui/browse/chips.py" line="+26"/>
        <source>Active filters</source>
        <translation>Filtros ativos</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+24"/>
        <source>All cases</source>
        <translation>Todos os casos</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Filters:</source>
        <translation>Filtros:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Results for “{0}”</source>
        <translation>Resultados para “{0}”</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove the filter {0}</source>
        <translation>Remover filtro {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove filter {0}</source>
        <translation>Remover filtro {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Clear all</source>
        <translation>Limpar tudo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear all filters</source>
        <translation>Limpar todos os filtros</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>From {0}</source>
        <translation>A partir de {0}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Until {0}</source>
        <translation>Até {0}</translation>
    </message>
</context>
<context>
    <name>CollectionDialog</name>
    <message>
        <location filename="../../casebook/gui/collections/dialogs.py" line="+123"/>
        <source>Collection name</source>
        <translation>Nome da coleção</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Purpose</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the course is for (optional)</source>
        <translation>Para que serve o curso (opcional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audience</source>
        <translation>Público</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who takes part (optional)</source>
        <translation>Quem participa (opcional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learning objectives</source>
        <translation>Objetivos de aprendizagem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One objective per line (optional)</source>
        <translation>Um objetivo por linha (opcional)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Purpose:</source>
        <translation>&amp;Objetivo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Audience:</source>
        <translation>&amp;Público:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learning &amp;objectives:</source>
        <translation>Objetivos de &amp;aprendizagem:</translation>
    </message>
</context>
<context>
    <name>CollectionList</name>
    <message>
        <location filename="../../casebook/gui/collections/listing.py" line="+204"/>
        <source>Cases in the collection</source>
        <translation>Casos da coleção</translation>
    </message>
</context>
<context>
    <name>CollectionModel</name>
    <message>
        <location line="-125"/>
        <source>No longer in the library (id {0})</source>
        <translation>Não está mais na biblioteca (id {0})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter opens it · Ctrl+Up/Down moves it · Delete removes it</source>
        <translation>Enter abre · Ctrl+Acima/Abaixo move · Del remove</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, missing from the library</source>
        <translation>, não está mais na biblioteca</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>. Note: {0}</source>
        <translation>. Anotação: {0}</translation>
    </message>
</context>
<context>
    <name>CollectionPage</name>
    <message>
        <location filename="../../casebook/gui/collections/page.py" line="+25"/>
        <source>No cases yet. Add cases from the search results with Ctrl+D or the right-click menu, with the reader&apos;s “Add to collection…” button, or drag them here or onto the collection in the sidebar.</source>
        <translation>Ainda não há casos. Adicione casos a partir dos resultados da pesquisa com Ctrl+D ou com o menu do botão direito, com o botão “Adicionar a uma coleção…” do leitor, ou arraste-os para cá ou para a coleção na barra lateral.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>‹ Results</source>
        <translation>‹ Resultados</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back to the search results</source>
        <translation>Voltar aos resultados da pesquisa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to results</source>
        <translation>Voltar aos resultados</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Collection name</source>
        <translation>Nome da coleção</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Describe…</source>
        <translation>Descrever…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name, purpose, audience and learning objectives</source>
        <translation>Nome, objetivo, público e objetivos de aprendizagem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Describe collection</source>
        <translation>Descrever coleção</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export as a course pack, HTML or PDF handout, or Markdown folder (Ctrl+Shift+E)</source>
        <translation>Exportar como pacote de curso, material em HTML ou PDF, ou pasta Markdown (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export collection</source>
        <translation>Exportar coleção</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Compare these cases</source>
        <translation>Comparar estes casos</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>These cases side by side (pick five when there are more)</source>
        <translation>Estes casos lado a lado (escolha cinco quando houver mais)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Map these cases</source>
        <translation>Ver o mapa destes casos</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The evidence map of this collection&apos;s cases</source>
        <translation>O mapa de evidências dos casos desta coleção</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Collection description</source>
        <translation>Descrição da coleção</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+1"/>
        <source>Move up</source>
        <translation>Mover para cima</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Move the case up (Ctrl+Up)</source>
        <translation>Mover o caso para cima (Ctrl+Acima)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Move down</source>
        <translation>Mover para baixo</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Move the case down (Ctrl+Down)</source>
        <translation>Mover o caso para baixo (Ctrl+Abaixo)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the case from the collection (Delete)</source>
        <translation>Remover o caso da coleção (Del)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove from collection</source>
        <translation>Remover da coleção</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read the case (Enter)</source>
        <translation>Ler o caso (Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open case</source>
        <translation>Abrir caso</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Trainer&apos;s note</source>
        <translation>Anotação do instrutor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to draw out of this case, timing, hand-outs…</source>
        <translation>O que destacar neste caso, duração, materiais…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discussion questions, one per line</source>
        <translation>Perguntas para discussão, uma por linha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One question per line</source>
        <translation>Uma pergunta por linha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save state</source>
        <translation>Estado do salvamento</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Trainer&apos;s &amp;note:</source>
        <translation>&amp;Anotação do instrutor:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discussion &amp;questions (one per line):</source>
        <translation>&amp;Perguntas para discussão (uma por linha):</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No description yet: Describe… adds the purpose, audience and objectives.</source>
        <translation>Ainda sem descrição: Descrever… acrescenta o objetivo, o público e os objetivos de aprendizagem.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Notes for {0}</source>
        <translation>Anotações sobre {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a case to write its note and questions.</source>
        <translation>Escolha um caso para escrever a anotação e as perguntas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Editing…</source>
        <translation>Editando…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved</source>
        <translation>Salvo</translation>
    </message>
</context>
<context>
    <name>CollectionsFeature</name>
    <message>
        <location filename="../../casebook/gui/collections/feature.py" line="+84"/>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+137"/>
        <source>&amp;Add to collection</source>
        <translation>&amp;Adicionar à coleção</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>Add to c&amp;ollection…</source>
        <translation>Adicionar a uma c&amp;oleção…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Collections</source>
        <translation>&amp;Coleções</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New collection…</source>
        <translation>&amp;Nova coleção…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+189"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location line="-189"/>
        <source>O&amp;pen collection…</source>
        <translation>A&amp;brir coleção…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Renomear…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Describe…</source>
        <translation>&amp;Descrever…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete</source>
        <translation>E&amp;xcluir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import course pack…</source>
        <translation>&amp;Importar pacote de curso…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sa&amp;ve search…</source>
        <translation>Sal&amp;var pesquisa…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go to the &amp;sidebar</source>
        <translation>Ir para a barra &amp;lateral</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add to collection…</source>
        <translation>Adicionar a uma coleção…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Collection:</source>
        <translation>Coleção:</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>&amp;Add to “{0}”</source>
        <translation>&amp;Adicionar a “{0}”</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Show folder</source>
        <translation>Mostrar pasta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export failed</source>
        <translation>Falha na exportação</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+1"/>
        <source>New collection</source>
        <translation>Nova coleção</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create</source>
        <translation>Criar</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Rename collection</source>
        <translation>Renomear coleção</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;name:</source>
        <translation>Novo &amp;nome:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rename</source>
        <translation>Renomear</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Describe “{0}”</source>
        <translation>Descrever “{0}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Duplicated “{0}”</source>
        <translation>“{0}” duplicada</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Restored “{0}”</source>
        <translation>“{0}” restaurada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted collection “{0}”.</source>
        <translation>Coleção “{0}” excluída.</translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <location filename="../../casebook/gui/evidence/compare_view.py" line="+55"/>
        <source>Wide view</source>
        <translation>Expandir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the comparison the list&apos;s room too</source>
        <translation>Dar à comparação também o espaço da lista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the evidence map</source>
        <translation>Voltar ao mapa de evidências</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Comparison</source>
        <translation>Comparação</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>&lt;b&gt;Comparison&lt;/b&gt; · %n case(s)</source>
        <translation>
            <numerusform>&lt;b&gt;Comparação&lt;/b&gt; · %n caso</numerusform>
            <numerusform>&lt;b&gt;Comparação&lt;/b&gt; · %n casos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Show this row</source>
        <translation>Mostrar esta linha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collapse this row</source>
        <translation>Recolher esta linha</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Credits:</source>
        <translation>Créditos:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>★ shared by two cases or more</source>
        <translation>★ em comum entre dois casos ou mais</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>less</source>
        <translation>menos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>more</source>
        <translation>mais</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <location filename="../../casebook/gui/words.py" line="+91"/>
        <source>Place</source>
        <translation>Local</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Years</source>
        <translation>Anos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metrics</source>
        <translation>Indicadores</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../casebook/gui/team/conflict.py" line="+81"/>
        <source>Changed by someone else too — {0}</source>
        <translation>Alterado também por outra pessoa — {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You and someone else both changed this case since your last update. Your version is the one in your library now; nothing is lost. Choose which one to keep, or edit yours to combine them, then share.</source>
        <translation>Você e outra pessoa alteraram este caso desde a sua última atualização. A sua versão é a que está agora na sua biblioteca; nada se perde. Escolha qual manter, ou edite a sua para combinar as duas, e depois compartilhe.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your version</source>
        <translation>A sua versão</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Their version (from the team library)</source>
        <translation>A outra versão (da biblioteca da equipe)</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+101"/>
        <source>Your version (in your library now)</source>
        <translation>A sua versão (agora na sua biblioteca)</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Keep mine</source>
        <translation>Manter a minha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep your version; theirs is set aside</source>
        <translation>Manter a sua versão; a outra fica de lado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take theirs</source>
        <translation>Usar a outra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use their version; a copy of yours is kept in the data folder</source>
        <translation>Usar a outra versão; uma cópia da sua fica guardada na pasta de dados</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+83"/>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Change your version by hand (copy from theirs), then save it</source>
        <translation>Altere a sua versão à mão (copiando da outra) e depois salve</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decide later</source>
        <translation>Decidir depois</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; — {1} ({2} of {3})</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; — {1} ({2} de {3})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(you deleted this case)</source>
        <translation>(você excluiu este caso)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(they deleted this case)</source>
        <translation>(a outra pessoa excluiu este caso)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The two versions differ in: {0} (highlighted)</source>
        <translation>As duas versões diferem em: {0} (destacado)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The two versions hold the same text.</source>
        <translation>As duas versões têm o mesmo texto.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Your version — editing</source>
        <translation>A sua versão — em edição</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save my edit</source>
        <translation>Salvar a minha edição</translation>
    </message>
</context>
<context>
    <name>DatasetDialog</name>
    <message>
        <location filename="../../casebook/gui/exchange/dataset_dialog.py" line="+55"/>
        <source>Import a dataset</source>
        <translation>Importar um conjunto de dados</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dataset file</source>
        <translation>Arquivo do conjunto de dados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A CSV, JSON or YAML file of cases</source>
        <translation>Um arquivo CSV, JSON ou YAML de casos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Procurar…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Importer</source>
        <translation>Importador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The GovLab&apos;s Open Data&apos;s Impact case studies (YAML, CC BY-SA 4.0)</source>
        <translation>Os estudos de caso Open Data&apos;s Impact, do GovLab (YAML, CC BY-SA 4.0)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Participedia&apos;s CSV export of cases (CC BY-SA 4.0)</source>
        <translation>A exportação CSV de casos do Participedia (CC BY-SA 4.0)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any table, with a mapping file</source>
        <translation>Qualquer tabela, com um arquivo de mapeamento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mapping file</source>
        <translation>Arquivo de mapeamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A .toml file; optional for a built-in importer</source>
        <translation>Um arquivo .toml; opcional para um importador incluído</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Br&amp;owse…</source>
        <translation>P&amp;rocurar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Start a mapping…</source>
        <translation>&amp;Gerar mapeamento…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a mapping file guessed from the dataset&apos;s columns, to edit and choose</source>
        <translation>Salvar um arquivo de mapeamento deduzido das colunas do conjunto de dados, para editar e escolher</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Target folder</source>
        <translation>Pasta de destino</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose &amp;folder…</source>
        <translation>Escolher pa&amp;sta…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preview of the first records</source>
        <translation>Prévia dos primeiros registros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case id</source>
        <translation>Id do caso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags mapped</source>
        <translation>Etiquetas mapeadas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Free tags</source>
        <translation>Etiquetas livres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happens</source>
        <translation>O que acontece</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The selected record as it will be written</source>
        <translation>O registro selecionado como será gravado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Dataset file:</source>
        <translation>Arquivo do &amp;conjunto de dados:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&amp;mporter:</source>
        <translation>I&amp;mportador:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ma&amp;pping file:</source>
        <translation>Arquivo de m&amp;apeamento:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Target folder:</source>
        <translation>Pasta de &amp;destino:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Choose a dataset</source>
        <translation>Escolher um conjunto de dados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datasets (*.csv *.tsv *.txt *.json *.yaml *.yml);;All files (*)</source>
        <translation>Conjuntos de dados (*.csv *.tsv *.txt *.json *.yaml *.yml);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a mapping file</source>
        <translation>Escolher um arquivo de mapeamento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mapping files (*.toml);;All files (*)</source>
        <translation>Arquivos de mapeamento (*.toml);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder for the imported cases</source>
        <translation>Pasta para os casos importados</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose the dataset file first.</source>
        <translation>Escolha primeiro o arquivo do conjunto de dados.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the starting mapping</source>
        <translation>Salvar o mapeamento inicial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mapping files (*.toml)</source>
        <translation>Arquivos de mapeamento (*.toml)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose a dataset file.</source>
        <translation>Escolha um arquivo de conjunto de dados.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a mapping file, or start one from the dataset&apos;s columns.</source>
        <translation>Escolha um arquivo de mapeamento ou gere um a partir das colunas do conjunto de dados.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the folder the cases go to.</source>
        <translation>Escolha a pasta para onde vão os casos.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>new</source>
        <translation>novo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>updated</source>
        <translation>atualizado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unchanged</source>
        <translation>sem alteração</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>overwritten</source>
        <translation>sobrescrito</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>kept: edited here</source>
        <translation>mantido: editado aqui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>needs review: {0}</source>
        <translation>precisa de revisão: {0}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The first record:</source>
        <translation>O primeiro registro:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first {0} records:</source>
        <translation>Os primeiros {0} registros:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} need review,</source>
        <translation>{0} precisam de revisão,</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 needs review,</source>
        <translation>1 precisa de revisão,</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tags: {0} mapped to the taxonomy, {1} free.</source>
        <translation>etiquetas mapeadas para a taxonomia: {0}; livres: {1}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The dataset holds no records.</source>
        <translation>O conjunto de dados não tem registros.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The folder will be made.</source>
        <translation>A pasta será criada.</translation>
    </message>
</context>
<context>
    <name>DatasetImportFeature</name>
    <message>
        <location filename="../../casebook/gui/exchange/dataset_import.py" line="+104"/>
        <source>Import &amp;dataset…</source>
        <translation>Importar &amp;conjunto de dados…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Importing {0}…</source>
        <translation>Importando {0}…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import progress</source>
        <translation>Progresso da importação</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancelling after this record…</source>
        <translation>Cancelando depois deste registro…</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>Imported {0}: %n case(s) written or updated</source>
        <translation>
            <numerusform>{0} importado: %n caso gravado ou atualizado</numerusform>
            <numerusform>{0} importado: %n casos gravados ou atualizados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>, %n unchanged</source>
        <translation>
            <numerusform>, %n sem alteração</numerusform>
            <numerusform>, %n sem alteração</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n record(s) need review</source>
        <translation>
            <numerusform>, %n registro precisa de revisão</numerusform>
            <numerusform>, %n registros precisam de revisão</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, {0} kept (edited here)</source>
        <translation>, mantidos (editados aqui): {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (cancelled: import again to finish)</source>
        <translation> (cancelado: importe de novo para terminar)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; the folder was added to your case folders</source>
        <translation>; a pasta foi adicionada às suas pastas de casos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The dataset cannot be imported</source>
        <translation>O conjunto de dados não pode ser importado</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Records that need review</source>
        <translation>Registros que precisam de revisão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} record(s) were written to {1} with what is missing named at the top of each file. Fix them there and move them into the case folder, or fix the dataset or the mapping and import again.</source>
        <translation>{0} registro(s) gravado(s) em {1}, com o que falta indicado no início de cada arquivo. Corrija-os lá e mova-os para a pasta de casos, ou corrija o conjunto de dados ou o mapeamento e importe de novo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open the folder</source>
        <translation>Abrir pasta</translation>
    </message>
</context>
<context>
    <name>DiffDialog</name>
    <message>
        <location filename="../../casebook/gui/authoring/tag_dialog.py" line="+69"/>
        <source>Write tags into the file</source>
        <translation>Gravar as etiquetas no arquivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only these lines of {0} change; every other byte stays as it is. Lines starting with - go, lines with + come.</source>
        <translation>Só estas linhas de {0} mudam; todo o resto fica como está. As linhas que começam com - saem e as que começam com + entram.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Changes to the file</source>
        <translation>Mudanças no arquivo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write to file</source>
        <translation>Gravar no arquivo</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <location filename="../../casebook/gui/exchange/document_import.py" line="+40"/>
        <source>Draft cases from documents</source>
        <translation>Rascunhos de casos a partir de documentos</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Casebook makes a draft case from each of these %n document(s): it reads the text, turns the headings into sections and fills in the title and a year. You then check each draft and fill in the rest.</source>
        <translation>
            <numerusform>O Casebook faz um rascunho de caso a partir deste documento: lê o texto, transforma os títulos em seções e preenche o título e um ano. Depois você revisa o rascunho e completa o resto.</numerusform>
            <numerusform>O Casebook faz um rascunho de caso a partir de cada um destes %n documentos: lê o texto, transforma os títulos em seções e preenche o título e um ano. Depois você revisa cada rascunho e completa o resto.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+29"/>
        <source>Case folder for the drafts</source>
        <translation>Pasta de casos para os rascunhos</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Choose another folder…</source>
        <translation>Escolher outra pasta…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the drafts in this &amp;case folder:</source>
        <translation>Colocar os rascunhos nesta &amp;pasta de casos:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Make drafts</source>
        <translation>Fazer rascunhos</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>They go to its {0} folder, which the library leaves out: move a draft up into the case folder once it is complete.</source>
        <translation>Eles vão para a pasta {0} dela, que a biblioteca deixa de fora: mova um rascunho para a pasta de casos quando estiver completo.</translation>
    </message>
</context>
<context>
    <name>DocumentImporter</name>
    <message>
        <location line="+58"/>
        <source>Still drafting the documents dropped before; drop these again when it is done</source>
        <translation>Ainda fazendo os rascunhos dos documentos soltos antes; solte estes de novo quando terminar</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Reading %n document(s)…</source>
        <translation>
            <numerusform>Lendo %n documento…</numerusform>
            <numerusform>Lendo %n documentos…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft cases</source>
        <translation>Rascunhos de casos</translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>%n draft case(s) written to {0}</source>
        <translation>
            <numerusform>%n rascunho de caso gravado em {0}</numerusform>
            <numerusform>%n rascunhos de casos gravados em {0}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>; the folder was added to your case folders</source>
        <translation>; a pasta foi adicionada às suas pastas de casos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (cancelled: drop the rest again)</source>
        <translation> (cancelado: solte o resto de novo)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show drafts</source>
        <translation>Mostrar rascunhos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some documents cannot be read</source>
        <translation>Alguns documentos não podem ser lidos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The documents cannot be drafted</source>
        <translation>Não é possível fazer rascunhos dos documentos</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <location filename="../../casebook/gui/words.py" line="-42"/>
        <source>experimental</source>
        <translation>experimental</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>evaluation</source>
        <translation>avaliação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>statistics</source>
        <translation>estatísticas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>self-reported</source>
        <translation>autodeclarada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>anecdotal</source>
        <translation>anedótica</translation>
    </message>
</context>
<context>
    <name>EvidenceFeature</name>
    <message>
        <location filename="../../casebook/gui/evidence/feature.py" line="+40"/>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The evidence map of the current search (Ctrl+M)</source>
        <translation>O mapa de evidências da pesquisa atual (Ctrl+M)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+240"/>
        <location line="+9"/>
        <source>Comparison</source>
        <translation>Comparação</translation>
    </message>
    <message>
        <location line="-248"/>
        <source>The cases compared last (Ctrl+Shift+B)</source>
        <translation>Os últimos casos comparados (Ctrl+Shift+B)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Evidence &amp;map</source>
        <translation>&amp;Mapa de evidências</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Compare selected cases</source>
        <translation>&amp;Comparar casos selecionados</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Back to the list</source>
        <translation>Voltar à lista</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wide view</source>
        <translation>Expandir</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>%Ln case(s) (the collection {0})</source>
        <translation>
            <numerusform>%Ln caso (coleção {0})</numerusform>
            <numerusform>%Ln casos (coleção {0})</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No cases (the collection {0})</source>
        <translation>Nenhum caso (coleção {0})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No cases (the current search and filters)</source>
        <translation>Nenhum caso (pesquisa e filtros atuais)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No cases (the whole library)</source>
        <translation>Nenhum caso (toda a biblioteca)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln case(s) (the current search and filters)</source>
        <translation>
            <numerusform>%Ln caso (pesquisa e filtros atuais)</numerusform>
            <numerusform>%Ln casos (pesquisa e filtros atuais)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln case(s) (the whole library)</source>
        <translation>
            <numerusform>%Ln caso (toda a biblioteca)</numerusform>
            <numerusform>%Ln casos (toda a biblioteca)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>The list shows the whole library&apos;s cases of this cell; the %n of the collection {0} are selected</source>
        <translation>
            <numerusform>A lista mostra os casos de toda a biblioteca nesta célula; o da coleção {0} está selecionado</numerusform>
            <numerusform>A lista mostra os casos de toda a biblioteca nesta célula; os %n da coleção {0} estão selecionados</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+11"/>
        <source>Export the evidence map</source>
        <translation>Exportar o mapa de evidências</translation>
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
        <translation>Não é possível gravar {0}: {1}</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Saved the evidence map to {0}</source>
        <translation>Mapa de evidências salvo em {0}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Select two to five cases to compare (Ctrl+click or Shift+click in the list); {0} selected</source>
        <translation>Selecione de dois a cinco casos para comparar (Ctrl+clique ou Shift+clique na lista); selecionados: {0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A comparison needs two to five cases; this collection has {0}</source>
        <translation>Uma comparação precisa de dois a cinco casos; esta coleção tem {0}</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+34"/>
        <source>Export the comparison</source>
        <translation>Exportar a comparação</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved the comparison to {0}</source>
        <translation>Comparação salva em {0}</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../casebook/gui/evidence/compare_view.py" line="-138"/>
        <source>PDF document</source>
        <translation>Documento PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTML page</source>
        <translation>Página HTML</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../casebook/gui/evidence/map_view.py" line="+40"/>
        <source>Markdown table</source>
        <translation>Tabela Markdown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word document</source>
        <translation>Documento do Word</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenDocument text</source>
        <translation>Texto OpenDocument</translation>
    </message>
    <message>
        <location filename="../../casebook/gui/evidence/map_view.py" line="-3"/>
        <source>PNG image</source>
        <translation>Imagem PNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG image</source>
        <translation>Imagem SVG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTML table</source>
        <translation>Tabela HTML</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Word table</source>
        <translation>Tabela do Word</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenDocument table</source>
        <translation>Tabela OpenDocument</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <location filename="../../casebook/gui/exchange/export.py" line="+212"/>
        <source>Exporting “{0}”…</source>
        <translation>Exportando “{0}”…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export progress</source>
        <translation>Progresso da exportação</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Exporting case {0} of {1}…</source>
        <translation>Exportando o caso {0} de {1}…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{0} for participants</source>
        <translation>{0} para os participantes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} for the trainer</source>
        <translation>{0} para o instrutor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} saved: {1}</source>
        <translation>{0} salvo: {1}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> (%n missing case(s) shown by title only)</source>
        <translation>
            <numerusform> (%n caso ausente, mostrado só pelo título)</numerusform>
            <numerusform> (%n casos ausentes, mostrados só pelo título)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export cancelled; nothing was written</source>
        <translation>Exportação cancelada; nada foi gravado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export failed: {0}</source>
        <translation>Falha na exportação: {0}</translation>
    </message>
</context>
<context>
    <name>Facets</name>
    <message>
        <location filename="../../casebook/gui/words.py" line="-35"/>
        <source>Challenges</source>
        <translation>Desafios</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Strategies</source>
        <translation>Estratégias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcomes</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Region</source>
        <translation>Região</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Level</source>
        <translation>Nível</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sector</source>
        <translation>Setor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verdict</source>
        <translation>Veredito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Situação do resultado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Evidence</source>
        <translation>Evidência</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Years</source>
        <translation>Anos</translation>
    </message>
</context>
<context>
    <name>ForeignFolderFeature</name>
    <message>
        <location filename="../../casebook/gui/exchange/foreign_folders.py" line="+81"/>
        <source>Not case files?</source>
        <translation>Não são arquivos de casos?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This folder looks like a website&apos;s content, not case files: read it as a reference folder, or map its fields…</source>
        <translation>Esta pasta parece o conteúdo de um site, não arquivos de casos: leia-a como pasta de referência ou mapeie seus campos…</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Most of the %Ln file(s) in {0} have no {1}. In a reference folder the pages can be searched and read, and a missing case field is not a problem. Mapping its fields (in a casebook.toml file in the folder) reads the pages as cases. Nothing in the pages is changed either way.</source>
        <translation>
            <numerusform>O arquivo de {0} (%Ln) não tem {1}. Numa pasta de referência as páginas podem ser pesquisadas e lidas, e um campo de caso ausente não é um problema. Mapear seus campos (num arquivo casebook.toml na pasta) lê as páginas como casos. Nada nas páginas é alterado em nenhum dos casos.</numerusform>
            <numerusform>A maioria dos %Ln arquivos de {0} não tem {1}. Numa pasta de referência as páginas podem ser pesquisadas e lidas, e um campo de caso ausente não é um problema. Mapear seus campos (num arquivo casebook.toml na pasta) lê as páginas como casos. Nada nas páginas é alterado em nenhum dos casos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read as a reference folder</source>
        <translation>Ler como pasta de referência</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Map its fields…</source>
        <translation>Mapear seus campos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep as case files</source>
        <translation>Manter como arquivos de casos</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{0} is read as a reference folder (File &gt; Case folders changes it)</source>
        <translation>{0} é lida como pasta de referência (muda-se em Arquivo &gt; Pastas de casos e configurações…)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot write to the folder</source>
        <translation>Não é possível gravar na pasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} cannot be written in {1}: {2}</source>
        <translation>Não é possível gravar {0} em {1}: {2}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit {0}: Casebook reads the folder again each time it is saved</source>
        <translation>Edite {0}: o Casebook relê a pasta cada vez que ele é salvo</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../casebook/gui/exchange/pack_import.py" line="+36"/>
        <source>&amp;Skip them: keep the cases I have</source>
        <translation>&amp;Ignorá-los: manter os casos que eu tenho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Replace mine with the pack&apos;s (a copy of mine goes to the backups folder)</source>
        <translation>&amp;Substituir os meus pelos do pacote (uma cópia dos meus vai para a pasta de backups)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keep both: the pack&apos;s cases get new ids</source>
        <translation>&amp;Manter os dois: os casos do pacote recebem novos ids</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Import a course pack</source>
        <translation>Importar um pacote de curso</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n caso</numerusform>
            <numerusform>%n casos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}: {1}, {2} with their case file.</source>
        <translation>{0}: {1}, {2} com o arquivo do caso.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+36"/>
        <source>Case folder for the imported cases</source>
        <translation>Pasta de casos para os casos importados</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Choose another folder…</source>
        <translation>Escolher outra pasta…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the cases in this &amp;case folder:</source>
        <translation>Colocar os casos nesta &amp;pasta de casos:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>%n case(s) in the pack already exist ({0}). Choose:</source>
        <translation>
            <numerusform>%n caso do pacote já existe ({0}). Escolha:</numerusform>
            <numerusform>%n casos do pacote já existem ({0}). Escolha:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Some of these cases are read-only (the bundled cases)</source>
        <translation>Alguns destes casos são somente leitura (os casos incluídos)</translation>
    </message>
</context>
<context>
    <name>Imported</name>
    <message numerus="yes">
        <location line="+49"/>
        <source>Imported “{0}”: %n case file(s) written to {1}</source>
        <translation>
            <numerusform>“{0}” importado: %n arquivo de caso gravado em {1}</numerusform>
            <numerusform>“{0}” importado: %n arquivos de caso gravados em {1}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, {0} skipped</source>
        <translation>, ignorados: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported “{0}”: no case file written</source>
        <translation>“{0}” importado: nenhum arquivo de caso gravado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> ({0} already in your library, skipped)</source>
        <translation> (já na sua biblioteca, ignorados: {0})</translation>
    </message>
</context>
<context>
    <name>IndexWorker</name>
    <message>
        <location filename="../../casebook/gui/workers.py" line="+97"/>
        <source>indexing stopped: {0}</source>
        <translation>a indexação parou: {0}</translation>
    </message>
</context>
<context>
    <name>ItemActions</name>
    <message>
        <location filename="../../casebook/gui/collections/items.py" line="+42"/>
        <source>Not saved: see the message below</source>
        <translation>Não salvo: veja a mensagem abaixo</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose a case in the results first</source>
        <translation>Escolha um caso nos resultados primeiro</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add “{0}” to:</source>
        <translation>Adicionar “{0}” a:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add {0} cases to:</source>
        <translation>Adicionar {0} casos a:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Already in “{0}”</source>
        <translation>Já está em “{0}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All {0} cases already in “{1}”</source>
        <translation>Os {0} casos já estão em “{1}”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Added “{0}” to “{1}”.</source>
        <translation>“{0}” adicionado a “{1}”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Added {0} cases to “{1}”.</source>
        <translation>{0} casos adicionados a “{1}”.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add undone: the case is no longer in “{0}”</source>
        <translation>Adição desfeita: o caso não está mais em “{0}”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add undone: {0} cases are no longer in “{1}”</source>
        <translation>Adição desfeita: {0} casos não estão mais em “{1}”</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Removed “{0}” from “{1}”.</source>
        <translation>“{0}” removido de “{1}”.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This case is no longer in the library; only its title and your notes remain</source>
        <translation>Este caso não está mais na biblioteca; restam só o título e as suas anotações</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../casebook/gui/words.py" line="+48"/>
        <source>Arabic</source>
        <translation>árabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Danish</source>
        <translation>dinamarquês</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>German</source>
        <translation>alemão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>inglês</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spanish</source>
        <translation>espanhol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finnish</source>
        <translation>finlandês</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French</source>
        <translation>francês</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hungarian</source>
        <translation>húngaro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Italian</source>
        <translation>italiano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dutch</source>
        <translation>neerlandês</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Norwegian</source>
        <translation>norueguês</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portuguese</source>
        <translation>português</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Romanian</source>
        <translation>romeno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian</source>
        <translation>russo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swedish</source>
        <translation>sueco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turkish</source>
        <translation>turco</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../casebook/gui/language.py" line="+25"/>
        <source>&amp;Language</source>
        <translation>Idi&amp;oma</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;System language ({0})</source>
        <translation>Idioma do &amp;sistema ({0})</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Casebook will be in {0} the next time it starts. Restart it now? The window comes back with the same search.</source>
        <translation>O Casebook será exibido em {0} na próxima vez que for iniciado. Reiniciar agora? A janela volta com a mesma pesquisa.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restart now</source>
        <translation>Reiniciar agora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>Mais tarde</translation>
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
        <translation>regional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>national</source>
        <translation>nacional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>supranational</source>
        <translation>supranacional</translation>
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
        <translation>Voltar (Alt+Esquerda)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward (Alt+Right)</source>
        <translation>Avançar (Alt+Direita)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translation>Avançar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search cases: words, &quot;phrases&quot;, country:Brazil …</source>
        <translation>Pesquisar casos: palavras, &quot;frases&quot;, country:Brazil …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search cases</source>
        <translation>Pesquisar casos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Query syntax</source>
        <translation>Sintaxe da pesquisa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Query syntax help</source>
        <translation>Ajuda sobre a sintaxe da pesquisa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Result count</source>
        <translation>Número de resultados</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The case opened last</source>
        <translation>O último caso aberto</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Case &amp;folders and settings…</source>
        <translation>&amp;Pastas de casos e configurações…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rebuild index</source>
        <translation>&amp;Reconstruir índice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search</source>
        <translation>&amp;Pesquisar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find in case</source>
        <translation>Locali&amp;zar no caso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy &amp;citation</source>
        <translation>Copiar &amp;citação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back</source>
        <translation>&amp;Voltar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Forward</source>
        <translation>&amp;Avançar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom &amp;in</source>
        <translation>Ampl&amp;iar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;out</source>
        <translation>&amp;Reduzir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reset zoom</source>
        <translation>Tamanho &amp;normal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Theme</source>
        <translation>T&amp;ema</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;System</source>
        <translation>&amp;Sistema</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>&amp;Escuro</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Files with &amp;problems</source>
        <translation>Arquivos com &amp;problemas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atalhos de &amp;teclado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Query syntax</source>
        <translation>Sinta&amp;xe da pesquisa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;log folder</source>
        <translation>Mostrar pasta de &amp;logs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Casebook</source>
        <translation>&amp;Sobre o Casebook</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Copied the citation ({0})</source>
        <translation>Citação copiada ({0})</translation>
    </message>
</context>
<context>
    <name>MapModel</name>
    <message>
        <location filename="../../casebook/gui/evidence/map_model.py" line="+105"/>
        <source>no case yet, though the taxonomy says this strategy addresses this challenge</source>
        <translation>nenhum caso ainda, embora a taxonomia diga que esta estratégia responde a este desafio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no case</source>
        <translation>nenhum caso</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n without a verdict</source>
        <translation>
            <numerusform>%n sem veredito</numerusform>
            <numerusform>%n sem veredito</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not stated</source>
        <translation>não informada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>strongest evidence: </source>
        <translation>evidência mais forte: </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>&lt;li&gt;… and %n more&lt;/li&gt;</source>
        <translation>
            <numerusform>&lt;li&gt;… e mais %n&lt;/li&gt;</numerusform>
            <numerusform>&lt;li&gt;… e mais %n&lt;/li&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n caso</numerusform>
            <numerusform>%n casos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <location filename="../../casebook/gui/evidence/map_view.py" line="-8"/>
        <source>◇ the taxonomy says this strategy addresses this challenge, and no case shows it</source>
        <translation>◇ segundo a taxonomia, esta estratégia responde a este desafio, mas nenhum caso o demonstra</translation>
    </message>
    <message>
        <location line="+53"/>
        <location line="+34"/>
        <source>Rows</source>
        <translation>Linhas</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+33"/>
        <source>Columns</source>
        <translation>Colunas</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Evidence at least</source>
        <translation>Evidência mínima</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any evidence</source>
        <translation>Qualquer evidência</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At least: %1</source>
        <translation>No mínimo: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wide view</source>
        <translation>Expandir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the map the list&apos;s room too</source>
        <translation>Dar ao mapa também o espaço da lista</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+103"/>
        <source>Evidence map</source>
        <translation>Mapa de evidências</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>&lt;b&gt;Evidence map&lt;/b&gt; · %1 × %2 · %3</source>
        <translation>&lt;b&gt;Mapa de evidências&lt;/b&gt; · %1 × %2 · %3</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../casebook/gui/menus.py" line="+34"/>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../casebook/gui/authoring/newcase_dialog.py" line="+74"/>
        <source>New case</source>
        <translation>Novo caso</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>e.g. Participatory budgeting in Porto Alegre</source>
        <translation>ex.: Orçamento participativo em Porto Alegre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Brazil</source>
        <translation>ex.: Brazil (em inglês)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The year the initiative started</source>
        <translation>O ano em que a iniciativa começou</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case folder</source>
        <translation>Pasta de casos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder for the file. In a library sorted into sub-folders, it follows the country: the sub-folder most of its cases are in.</source>
        <translation>A pasta do arquivo. Em uma biblioteca organizada em subpastas, ela acompanha o país: a subpasta onde está a maioria dos casos dele.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bundled cases ({0})</source>
        <translation>Casos incluídos ({0})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another folder…</source>
        <translation>Outra pasta…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level</source>
        <translation>Nível</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start year</source>
        <translation>Ano de início</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Country</source>
        <translation>&amp;País</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Level</source>
        <translation>&amp;Nível</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start &amp;year</source>
        <translation>&amp;Ano de início</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case &amp;folder</source>
        <translation>Pasta de &amp;casos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create</source>
        <translation>Criar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Casebook starts the file from the case template; you then write the case in your text editor.</source>
        <translation>O Casebook cria o arquivo a partir do modelo de caso; depois você escreve o caso no seu editor de texto.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>You have no case folder of your own yet: choose one under Case folder (Another folder…).</source>
        <translation>Você ainda não tem uma pasta de casos própria: escolha uma em Pasta de casos (Outra pasta…).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open in editor</source>
        <translation>Abrir no editor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Choose a folder for your cases</source>
        <translation>Escolha uma pasta para os seus casos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot write to {0}; choose another folder.</source>
        <translation>Não é possível gravar em {0}; escolha outra pasta.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(named after the title)</source>
        <translation>(com o nome do título)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;p&gt;Created {0} in {1}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;{0} criado em {1}.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;Open it in your text editor and replace the template&apos;s hints with the case. Casebook shows it now and checks it again each time you save; problems appear at the top of the case.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Abra-o no seu editor de texto e substitua as orientações do modelo pelo caso. O Casebook já o mostra e verifica de novo cada vez que você salva; os problemas aparecem no início do caso.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;Until its summary is written, the case is not counted beside the tags, countries and levels in the sidebar.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Enquanto o resumo não for escrito, o caso não é contado junto às etiquetas, aos países e aos níveis da barra lateral.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;p&gt;&lt;b&gt;No application is set up to open .md files.&lt;/b&gt; Open {0} in any text editor.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Nenhum aplicativo está configurado para abrir arquivos .md.&lt;/b&gt; Abra {0} em qualquer editor de texto.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>OfferBar</name>
    <message>
        <location filename="../../casebook/gui/backup/feature.py" line="-136"/>
        <source>A month since your work was last backed up.</source>
        <translation>Faz um mês desde o último backup do seu trabalho.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up now…</source>
        <translation>Fazer backup agora…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not now</source>
        <translation>Agora não</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask again in a month</source>
        <translation>Perguntar de novo daqui a um mês</translation>
    </message>
</context>
<context>
    <name>OpeningFeature</name>
    <message>
        <location filename="../../casebook/gui/exchange/opening.py" line="+117"/>
        <source>Casebook opens course packs (.casebook), folders of case files and documents (.docx, .odt, .pdf), not {0}</source>
        <translation>O Casebook abre pacotes de curso (.casebook), pastas de arquivos de casos e documentos (.docx, .odt, .pdf), não {0}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{0} is already one of your case folders</source>
        <translation>{0} já é uma das suas pastas de casos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No case files in this folder</source>
        <translation>Nenhum arquivo de caso nesta pasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} holds no Markdown (.md) files, so it was not added to your case folders.</source>
        <translation>{0} não contém arquivos Markdown (.md), por isso não foi adicionada às suas pastas de casos.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Added the case folder {0}</source>
        <translation>Pasta de casos {0} adicionada</translation>
    </message>
</context>
<context>
    <name>PickCases</name>
    <message>
        <location filename="../../casebook/gui/evidence/compare_view.py" line="+156"/>
        <source>Compare which cases?</source>
        <translation>Comparar quais casos?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This collection has {0} cases; tick two to five to compare.</source>
        <translation>Esta coleção tem {0} casos; marque de dois a cinco para comparar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cases to compare</source>
        <translation>Casos a comparar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
</context>
<context>
    <name>PickDialog</name>
    <message>
        <location filename="../../casebook/gui/collections/dialogs.py" line="+30"/>
        <source>Choose a collection</source>
        <translation>Escolher uma coleção</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Collections</source>
        <translation>Coleções</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;New collection…</source>
        <translation>&amp;Nova coleção…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New collection</source>
        <translation>Nova coleção</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No collections yet: make one with New collection…</source>
        <translation>Ainda não há coleções: crie uma com Nova coleção…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>  — already there</source>
        <translation>  — já está lá</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <location filename="../../casebook/gui/browse/models.py" line="+121"/>
        <source>error</source>
        <translation>erro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning</source>
        <translation>aviso</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line</source>
        <translation>Linha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>Gravidade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message numerus="yes">
        <location line="+71"/>
        <source>{0} in %Ln file(s): {1}</source>
        <translation>
            <numerusform>{0} em %Ln arquivo: {1}</numerusform>
            <numerusform>{0} em %Ln arquivos: {1}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Line {0}, column {1}</source>
        <translation>Linha {0}, coluna {1}</translation>
    </message>
</context>
<context>
    <name>ProblemsPage</name>
    <message>
        <location filename="../../casebook/gui/browse/problems.py" line="+62"/>
        <source>Files with problems</source>
        <translation>Arquivos com problemas</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Show files with problems</source>
        <translation>Mostrar arquivos com problemas</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%Ln file(s) with problems ▸</source>
        <translation>
            <numerusform>%Ln arquivo com problemas ▸</numerusform>
            <numerusform>%Ln arquivos com problemas ▸</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No problems</source>
        <translation>Nenhum problema</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <location filename="../../casebook/gui/read/reader.py" line="+87"/>
        <source>Case text</source>
        <translation>Texto do caso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a case from the list to read it here.</source>
        <translation>Abra um caso da lista para lê-lo aqui.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Find in case</source>
        <translation>Localizar no caso</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Previous match (Shift+Enter)</source>
        <translation>Ocorrência anterior (Shift+Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous match</source>
        <translation>Ocorrência anterior</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close find (Esc)</source>
        <translation>Fechar localização (Esc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close find</source>
        <translation>Fechar localização</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+1"/>
        <source>Copy citation</source>
        <translation>Copiar citação</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Citation styles</source>
        <translation>Estilos de citação</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy as {0}</source>
        <translation>Copiar como {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add to collection…</source>
        <translation>Adicionar a uma coleção…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a collection for this case (Ctrl+Shift+D)</source>
        <translation>Escolher uma coleção para este caso (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Not found</source>
        <translation>Não encontrado</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copy a citation in {0} style (Ctrl+Shift+C); the arrow offers APA, Chicago, BibTeX and RIS</source>
        <translation>Copiar uma citação no estilo {0} (Ctrl+Shift+C); a seta oferece APA, Chicago, BibTeX e RIS</translation>
    </message>
</context>
<context>
    <name>Region</name>
    <message>
        <location filename="../../casebook/gui/words.py" line="+24"/>
        <source>Africa</source>
        <translation>África</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asia</source>
        <translation>Ásia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Europe</source>
        <translation>Europa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latin America and the Caribbean</source>
        <translation>América Latina e Caribe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Middle East and North Africa</source>
        <translation>Oriente Médio e Norte da África</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>North America</source>
        <translation>América do Norte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oceania</source>
        <translation>Oceania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>International</source>
        <translation>Internacional</translation>
    </message>
</context>
<context>
    <name>Result</name>
    <message>
        <location line="-23"/>
        <source>achieved</source>
        <translation>alcançado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mixed</source>
        <translation>parcial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not achieved</source>
        <translation>não alcançado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reversed</source>
        <translation>revertido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>too early</source>
        <translation>cedo para avaliar</translation>
    </message>
</context>
<context>
    <name>ResultBar</name>
    <message>
        <location filename="../../casebook/gui/exchange/dataset_import.py" line="-164"/>
        <source>Show folder</source>
        <translation>Mostrar pasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show problems</source>
        <translation>Mostrar problemas</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <location filename="../../casebook/gui/browse/models.py" line="-151"/>
        <source>Also matching some of your words</source>
        <translation>Também correspondem a algumas das suas palavras</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>. This file has problems</source>
        <translation>. Este arquivo tem problemas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verdict: {0}. </source>
        <translation>Veredito: {0}. </translation>
    </message>
</context>
<context>
    <name>ResultsPane</name>
    <message>
        <location filename="../../casebook/gui/browse/pane.py" line="+25"/>
        <source>Relevance</source>
        <translation>Relevância</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newest first</source>
        <translation>Mais recentes primeiro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title A–Z</source>
        <translation>Título A–Z</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sort results</source>
        <translation>Ordenar resultados</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Try: {0}</source>
        <translation>Experimente: {0}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Sort:</source>
        <translation>Ordenar por:</translation>
    </message>
    <message numerus="yes">
        <location line="+53"/>
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln caso</numerusform>
            <numerusform>%Ln casos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No cases</source>
        <translation>Nenhum caso</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> (first %Ln)</source>
        <translation>
            <numerusform> (%Ln mostrado)</numerusform>
            <numerusform> (%Ln mostrados)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>showing cases that match most of your words</source>
        <translation>mostrando os casos que correspondem à maioria das suas palavras</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>showing cases that match some of your words</source>
        <translation>mostrando os casos que correspondem a algumas das suas palavras</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Did you mean {0}?</source>
        <translation>Você quis dizer {0}?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No cases match these filters.</source>
        <translation>Nenhum caso corresponde a estes filtros.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No cases match “{0}”.</source>
        <translation>Nenhum caso corresponde a “{0}”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No cases match “{0}” with these filters.</source>
        <translation>Nenhum caso corresponde a “{0}” com estes filtros.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nearest taxonomy terms: {0}.</source>
        <translation>Termos mais próximos da taxonomia: {0}.</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <location filename="../../casebook/gui/browse/results.py" line="+225"/>
        <source>Search results</source>
        <translation>Resultados da pesquisa</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open file in editor</source>
        <translation>Abrir arquivo no editor</translation>
    </message>
</context>
<context>
    <name>RightPane</name>
    <message>
        <location filename="../../casebook/gui/pages.py" line="+19"/>
        <source>Right pane pages</source>
        <translation>Páginas do painel direito</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <location filename="../../casebook/gui/team/dialogs.py" line="+18"/>
        <source>Share my changes — {0}</source>
        <translation>Compartilhar minhas alterações — {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>new</source>
        <translation>novo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>changed</source>
        <translation>alterado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deleted</source>
        <translation>excluído</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Files to share</source>
        <translation>Arquivos a compartilhar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 saved change not sent yet</source>
        <translation>1 alteração salva ainda não enviada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} saved changes not sent yet</source>
        <translation>{0} alterações salvas ainda não enviadas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What did you change? (for example: added the Kenya Huduma case)</source>
        <translation>O que você alterou? (por exemplo: adicionei o caso Huduma do Quênia)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What you changed</source>
        <translation>O que você alterou</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These will be sent to the team library:</source>
        <translation>Isto será enviado para a biblioteca da equipe:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What you changed:</source>
        <translation>O que você alterou:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share</source>
        <translation>Compartilhar</translation>
    </message>
</context>
<context>
    <name>SharedCollectionDialog</name>
    <message>
        <location line="+27"/>
        <source>{0} (shared in {1})</source>
        <translation>{0} (compartilhada em {1})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Shared collection</source>
        <translation>Coleção compartilhada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared by the team library: it changes when the team changes it. Make your own copy to change it.</source>
        <translation>Compartilhada pela biblioteca da equipe: ela muda quando a equipe a altera. Faça a sua própria cópia para alterá-la.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make my own copy</source>
        <translation>Fazer a minha própria cópia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../casebook/gui/authoring/feature.py" line="-213"/>
        <source>Start a new case file</source>
        <translation>Criar um novo arquivo de caso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the case&apos;s tags</source>
        <translation>Editar as etiquetas do caso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the case file in your editor</source>
        <translation>Abrir o arquivo do caso no seu editor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or hide the taxonomy browser</source>
        <translation>Mostrar ou ocultar o navegador da taxonomia</translation>
    </message>
    <message>
        <location filename="../../casebook/gui/collections/feature.py" line="-340"/>
        <source>Add the selected cases to the last used collection (Undo in the status bar)</source>
        <translation>Adicionar os casos selecionados à última coleção usada (Desfazer na barra de status)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the collection to add the selected cases to</source>
        <translation>Escolher a coleção à qual adicionar os casos selecionados</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New collection / open a collection</source>
        <translation>Nova coleção / abrir uma coleção</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move or remove the case in a collection</source>
        <translation>Mover ou remover o caso em uma coleção</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export a collection / import a course pack</source>
        <translation>Exportar uma coleção / importar um pacote de curso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the search</source>
        <translation>Salvar a pesquisa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename the collection</source>
        <translation>Renomear a coleção</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the sidebar (Enter opens a collection or saved search)</source>
        <translation>Ir para a barra lateral (Enter abre uma coleção ou pesquisa salva)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo a deletion</source>
        <translation>Desfazer uma exclusão</translation>
    </message>
    <message>
        <location filename="../../casebook/gui/dialogs.py" line="+44"/>
        <source>Go to the search field</source>
        <translation>Ir para o campo de pesquisa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search now / open the selected case</source>
        <translation>Pesquisar agora / abrir o caso selecionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the search field into the results</source>
        <translation>Do campo de pesquisa para os resultados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back / Forward</source>
        <translation>Voltar / Avançar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find in the case</source>
        <translation>Localizar no caso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom the case text in, out, back to normal</source>
        <translation>Ampliar ou reduzir o texto do caso, ou voltar ao tamanho normal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl/Shift+click</source>
        <translation>Ctrl/Shift+clique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select several cases in the results</source>
        <translation>Selecionar vários casos nos resultados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy a citation of the case in the style used last (the arrow beside Copy citation offers APA, Chicago, BibTeX and RIS)</source>
        <translation>Copiar uma citação do caso no último estilo usado (a seta ao lado de Copiar citação oferece APA, Chicago, BibTeX e RIS)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Case folders and settings</source>
        <translation>Pastas de casos e configurações</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This list</source>
        <translation>Esta lista</translation>
    </message>
    <message>
        <location filename="../../casebook/gui/evidence/feature.py" line="-278"/>
        <source>Show the evidence map (a cell filters the list by its row and column)</source>
        <translation>Mostrar o mapa de evidências (uma célula filtra a lista pela linha e pela coluna dela)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare the selected cases side by side (2 to 5)</source>
        <translation>Comparar lado a lado os casos selecionados (de 2 a 5)</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../casebook/gui/browse/sidebar.py" line="+186"/>
        <source>Library and filters</source>
        <translation>Biblioteca e filtros</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>From year</source>
        <translation>Do ano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To year</source>
        <translation>Até o ano</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>any</source>
        <translation>qualquer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}: cases active in this span</source>
        <translation>{0}: casos ativos neste período</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Years</source>
        <translation>Anos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>até</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All cases</source>
        <translation>Todos os casos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the search and every filter</source>
        <translation>Limpar a pesquisa e todos os filtros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files with problems</source>
        <translation>Arquivos com problemas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case files that casebook check reports</source>
        <translation>Arquivos de casos apontados pelo casebook check</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Collections</source>
        <translation>Coleções</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New collection…</source>
        <translation>Nova coleção…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gather cases into an ordered course with notes</source>
        <translation>Reunir casos em um curso ordenado, com anotações</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved searches</source>
        <translation>Pesquisas salvas</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>free tag</source>
        <translation>etiqueta livre</translation>
    </message>
</context>
<context>
    <name>SidebarEntries</name>
    <message>
        <location filename="../../casebook/gui/collections/sidebar_entries.py" line="+90"/>
        <source>Collection actions</source>
        <translation>Ações da coleção</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Rename…</source>
        <translation>Renomear…</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Describe…</source>
        <translation>Descrever…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Run</source>
        <translation>Executar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New collection…</source>
        <translation>Nova coleção…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import course pack…</source>
        <translation>Importar pacote de curso…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save search…</source>
        <translation>Salvar pesquisa…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Drop to add to “{0}”</source>
        <translation>Solte para adicionar a “{0}”</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A saved search named “{0}” exists. Press Save again to replace it.</source>
        <translation>Já existe uma pesquisa salva chamada “{0}”. Clique em Salvar de novo para substituí-la.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+16"/>
        <source>Saved search “{0}”</source>
        <translation>Pesquisa salva “{0}”</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Save search</source>
        <translation>Salvar pesquisa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name of the search:</source>
        <translation>&amp;Nome da pesquisa:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My search</source>
        <translation>Minha pesquisa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Rename saved search</source>
        <translation>Renomear pesquisa salva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;name:</source>
        <translation>Novo &amp;nome:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rename</source>
        <translation>Renomear</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Deleted saved search “{0}”.</source>
        <translation>Pesquisa salva “{0}” excluída.</translation>
    </message>
</context>
<context>
    <name>SidebarModel</name>
    <message numerus="yes">
        <location filename="../../casebook/gui/browse/models.py" line="+234"/>
        <source>, %n case(s)</source>
        <translation>
            <numerusform>, %n caso</numerusform>
            <numerusform>, %n casos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../casebook/gui/sync.py" line="+37"/>
        <source>Indexing progress</source>
        <translation>Progresso da indexação</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel indexing</source>
        <translation>Cancelar indexação</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Checking case folders…</source>
        <translation>Verificando as pastas de casos…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Indexing {0} of {1} files</source>
        <translation>Indexando {0} de {1} arquivos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Case folder not available: {0} (showing what was indexed)</source>
        <translation>Pasta de casos indisponível: {0} (mostrando o que já estava indexado)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Taxonomy not updated: {0}</source>
        <translation>Taxonomia não atualizada: {0}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No case files indexed: {0} removed ({1} s)</source>
        <translation>Nenhum arquivo de caso indexado; removidos: {0} ({1} s)</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%Ln case file(s) indexed (one per language version): {0} added, {1} changed, {2} removed, {3} with problems ({4} s)</source>
        <translation>
            <numerusform>%Ln arquivo de caso indexado (um por versão de idioma); adicionados: {0}, alterados: {1}, removidos: {2}, com problemas: {3} ({4} s)</numerusform>
            <numerusform>%Ln arquivos de caso indexados (um por versão de idioma); adicionados: {0}, alterados: {1}, removidos: {2}, com problemas: {3} ({4} s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln case file(s) indexed: {0} added, {1} changed, {2} removed, {3} with problems ({4} s)</source>
        <translation>
            <numerusform>%Ln arquivo de caso indexado; adicionados: {0}, alterados: {1}, removidos: {2}, com problemas: {3} ({4} s)</numerusform>
            <numerusform>%Ln arquivos de caso indexados; adicionados: {0}, alterados: {1}, removidos: {2}, com problemas: {3} ({4} s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Syntax</name>
    <message>
        <location filename="../../casebook/gui/dialogs.py" line="-27"/>
        <source>both words (stems match: budgets, budgeting)</source>
        <translation>as duas palavras (variações também: budgets, budgeting)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the exact phrase</source>
        <translation>a frase exata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>either word</source>
        <translation>qualquer uma das palavras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>leave out a word</source>
        <translation>excluir uma palavra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a field: title, summary, body, country, place, region, level, sectors, challenges, strategies, outcomes</source>
        <translation>um campo: title, summary, body, country, place, region, level, sectors, challenges, strategies, outcomes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a tag, by id or label</source>
        <translation>uma etiqueta, pelo id ou pelo nome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>words starting with…</source>
        <translation>palavras que começam com…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>close spellings</source>
        <translation>grafias parecidas</translation>
    </message>
</context>
<context>
    <name>TagDialog</name>
    <message>
        <location filename="../../casebook/gui/authoring/tag_dialog.py" line="-35"/>
        <source>Tags from the file are plain. ✎ marks tags you changed here: they are kept in your library (search and filters use them at once) until you write them into the file.</source>
        <translation>As etiquetas do arquivo aparecem sem marca. ✎ indica as que você alterou aqui: elas ficam guardadas na sua biblioteca (a pesquisa e os filtros já as usam) até que você as grave no arquivo.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Tags — {0}</source>
        <translation>Etiquetas — {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where it comes from</source>
        <translation>De onde vem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags of this case</source>
        <translation>Etiquetas deste caso</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+117"/>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>Remove the selected tag (Delete); restore a removed one</source>
        <translation>Remover a etiqueta selecionada (Del); restaurar uma removida</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Facet to add to</source>
        <translation>Faceta à qual adicionar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type to find a term: label, alias or description words</source>
        <translation>Digite para encontrar um termo: nome, sinônimo ou palavras da descrição</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find a term to add</source>
        <translation>Encontrar um termo para adicionar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Matching terms</source>
        <translation>Termos correspondentes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tag editing status</source>
        <translation>Estado da edição de etiquetas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write tags into the file…</source>
        <translation>Gravar as etiquetas no arquivo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview the change to the case file, then write it</source>
        <translation>Ver a mudança no arquivo do caso e depois gravá-la</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add to</source>
        <translation>Adicionar a</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>(none)</source>
        <translation>(nenhuma)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>in the file</source>
        <translation>no arquivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>✎ added by you</source>
        <translation>✎ adicionada por você</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✎ removed by you (Remove again to restore)</source>
        <translation>✎ removida por você (Remover de novo para restaurar)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · free tag, not in the taxonomy</source>
        <translation> · etiqueta livre, fora da taxonomia</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>   ✓ already tagged</source>
        <translation>   ✓ já etiquetado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add “{0}” as a free tag (not in the taxonomy)</source>
        <translation>Adicionar “{0}” como etiqueta livre (fora da taxonomia)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A free tag is kept as you typed it; prefer a taxonomy term so others find the case.</source>
        <translation>Uma etiqueta livre fica como você digitou; prefira um termo da taxonomia para que outras pessoas encontrem o caso.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Also called: {0}</source>
        <translation>Também chamado: {0}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Saved in your library; the case is re-indexed.</source>
        <translation>Salvo na sua biblioteca; o caso é indexado de novo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written into the file.</source>
        <translation>Gravado no arquivo.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The file already has these tags.</source>
        <translation>O arquivo já tem estas etiquetas.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Writing…</source>
        <translation>Gravando…</translation>
    </message>
</context>
<context>
    <name>TaxonomyDock</name>
    <message>
        <location filename="../../casebook/gui/authoring/taxonomy_dock.py" line="+175"/>
        <source>no case yet</source>
        <translation>nenhum caso ainda</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>Taxonomy</source>
        <translation>Taxonomia</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Find a term</source>
        <translation>Encontrar um termo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a taxonomy term</source>
        <translation>Encontrar um termo da taxonomia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only gaps</source>
        <translation>Só lacunas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only terms no case uses yet: what to write next</source>
        <translation>Mostrar só os termos que nenhum caso usa ainda: o que vale escrever a seguir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Term</source>
        <translation>Termo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taxonomy terms</source>
        <translation>Termos da taxonomia</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Term description</source>
        <translation>Descrição do termo</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>%n term(s) · {0} with no case yet</source>
        <translation>
            <numerusform>%n termo · {0} ainda sem casos</numerusform>
            <numerusform>%n termos · {0} ainda sem casos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n term(s)</source>
        <translation>
            <numerusform>%n termo</numerusform>
            <numerusform>%n termos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no terms</source>
        <translation>nenhum termo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0} addresses {1}</source>
        <translation>{0} responde a {1}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> (free tag)</source>
        <translation> (etiqueta livre)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A free tag: not in the taxonomy</source>
        <translation>Uma etiqueta livre: fora da taxonomia</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n caso</numerusform>
            <numerusform>%n casos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Click a term to show its cases. Terms with no case yet are what contributors could write next.</source>
        <translation>Clique em um termo para ver os casos dele. Os termos ainda sem casos são o que os autores podem escrever a seguir.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A free tag: not in the taxonomy.</source>
        <translation>Uma etiqueta livre: fora da taxonomia.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also called: {0}</source>
        <translation>Também chamado: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Strategies that address it: {0}</source>
        <translation>Estratégias que respondem a ele: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Addresses: {0}</source>
        <translation>Responde a: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;a href=&apos;new&apos;&gt;write one (New case…)&lt;/a&gt;</source>
        <translation>&lt;a href=&apos;new&apos;&gt;escreva um (Novo caso…)&lt;/a&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>click the term to show them</source>
        <translation>clique no termo para vê-los</translation>
    </message>
</context>
<context>
    <name>TeamEntries</name>
    <message>
        <location filename="../../casebook/gui/team/sidebar.py" line="+18"/>
        <source>⚠ {0}: 1 case to check</source>
        <translation>⚠ {0}: 1 caso para conferir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>⚠ {0}: {1} cases to check</source>
        <translation>⚠ {0}: {1} casos para conferir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}: changes not shared</source>
        <translation>{0}: alterações não compartilhadas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}: 1 new case</source>
        <translation>{0}: 1 caso novo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}: {1} new cases</source>
        <translation>{0}: {1} casos novos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}: folder missing</source>
        <translation>{0}: pasta ausente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}: up to date</source>
        <translation>{0}: em dia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You and someone else changed the same case: click to compare the two versions and choose</source>
        <translation>Você e outra pessoa alteraram o mesmo caso: clique para comparar as duas versões e escolher</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You changed or added cases that the team does not have yet: Library &gt; Share my changes…</source>
        <translation>Você alterou ou adicionou casos que a equipe ainda não tem: Biblioteca &gt; Compartilhar minhas alterações…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The last update brought new cases</source>
        <translation>A última atualização trouxe casos novos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The library&apos;s folder is not there any more</source>
        <translation>A pasta da biblioteca não existe mais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have everything the team shared at the last update</source>
        <translation>Você tem tudo o que a equipe compartilhou na última atualização</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Team libraries</source>
        <translation>Bibliotecas da equipe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}
{1}
Last update: {2}
Click for Update, Share and more</source>
        <translation>{0}
{1}
Última atualização: {2}
Clique para Atualizar, Compartilhar e mais</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} (shared)</source>
        <translation>{0} (compartilhada)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A collection shared in {0}: read-only; open it to make your own copy</source>
        <translation>Uma coleção compartilhada em {0}: somente leitura; abra-a para fazer a sua própria cópia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a team library…</source>
        <translation>Adicionar uma biblioteca da equipe…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read and add to a case library with your team</source>
        <translation>Consultar e ampliar uma biblioteca de casos com a sua equipe</translation>
    </message>
</context>
<context>
    <name>TeamFeature</name>
    <message>
        <location filename="../../casebook/gui/team/feature.py" line="+51"/>
        <source>Team library progress</source>
        <translation>Progresso da biblioteca da equipe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the team library download</source>
        <translation>Cancelar o download da biblioteca da equipe</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Add &amp;team library…</source>
        <translation>Adicionar biblioteca da &amp;equipe…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Library</source>
        <translation>&amp;Biblioteca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Update</source>
        <translation>&amp;Atualizar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Share my changes…</source>
        <translation>&amp;Compartilhar minhas alterações…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Conflicts…</source>
        <translation>C&amp;onflitos…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Open the library&apos;s folder</source>
        <translation>Abrir a &amp;pasta da biblioteca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove team library…</source>
        <translation>&amp;Remover biblioteca da equipe…</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+76"/>
        <source>Updating team libraries…</source>
        <translation>Atualizando as bibliotecas da equipe…</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Update</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share my changes…</source>
        <translation>Compartilhar minhas alterações…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the library&apos;s folder</source>
        <translation>Abrir a pasta da biblioteca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove…</source>
        <translation>Remover…</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+187"/>
        <source>Downloading the team library…</source>
        <translation>Baixando a biblioteca da equipe…</translation>
    </message>
    <message>
        <location line="-182"/>
        <source>Updating {0}…</source>
        <translation>Atualizando {0}…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{0}: choose Keep mine or Take theirs for the cases changed by someone else too before sharing</source>
        <translation>{0}: antes de compartilhar, escolha Manter a minha ou Usar a outra nos casos que outra pessoa também alterou</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0}: nothing to share</source>
        <translation>{0}: nada a compartilhar</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+153"/>
        <source>Sharing your changes with {0}…</source>
        <translation>Compartilhando as suas alterações com {0}…</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>Made your own copy: {0}</source>
        <translation>Sua própria cópia foi criada: {0}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Remove team library</source>
        <translation>Remover biblioteca da equipe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop using the team library {0}?</source>
        <translation>Deixar de usar a biblioteca da equipe {0}?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not shared yet: {0}</source>
        <translation>Ainda não compartilhado: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove, keep its folder</source>
        <translation>Remover e manter a pasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove and delete its folder</source>
        <translation>Remover e excluir a pasta</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Added the team library {0}</source>
        <translation>Biblioteca da equipe {0} adicionada</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Shared with {0}: 1 file</source>
        <translation>Compartilhado com {0}: 1 arquivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared with {0}: {1} files</source>
        <translation>Compartilhado com {0}: {1} arquivos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0}: up to date</source>
        <translation>{0}: em dia</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n new case file(s)</source>
        <translation>
            <numerusform>%n arquivo de caso novo</numerusform>
            <numerusform>%n arquivos de caso novos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n other file(s) updated</source>
        <translation>
            <numerusform>%n outro arquivo atualizado</numerusform>
            <numerusform>%n outros arquivos atualizados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n file(s) also changed by someone else (your version is kept; see Library &gt; Conflicts…)</source>
        <translation>
            <numerusform>%n arquivo alterado também por outra pessoa (a sua versão foi mantida; veja Biblioteca &gt; Conflitos…)</numerusform>
            <numerusform>%n arquivos alterados também por outra pessoa (as suas versões foram mantidas; veja Biblioteca &gt; Conflitos…)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Saved 1 case to {1}</source>
        <translation>1 caso salvo em {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved {0} cases to {1}</source>
        <translation>{0} casos salvos em {1}</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>The server asks for an access token.</source>
        <translation>O servidor pede um token de acesso.</translation>
    </message>
    <message>
        <location line="-266"/>
        <source>Update &amp;when Casebook starts</source>
        <translation>Atualizar ao &amp;iniciar o Casebook</translation>
    </message>
    <message>
        <location line="+294"/>
        <source>Not shared yet</source>
        <translation>Ainda não compartilhado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your changes are kept. You can update first and share again, or save them as a .casebook pack to send.</source>
        <translation>As suas alterações estão guardadas. Você pode atualizar primeiro e compartilhar de novo, ou salvá-las em um pacote .casebook para enviar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Update first</source>
        <translation>Atualizar primeiro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as a pack…</source>
        <translation>Salvar como pacote…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save as a pack</source>
        <translation>Salvar como pacote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}-not-shared.casebook</source>
        <translation>{0}-nao-compartilhado.casebook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Casebook pack (*.casebook)</source>
        <translation>Pacote do Casebook (*.casebook)</translation>
    </message>
</context>
<context>
    <name>TeamWorker</name>
    <message>
        <location filename="../../casebook/gui/team/worker.py" line="+73"/>
        <source>Cancelled; nothing was kept</source>
        <translation>Cancelado; nada foi guardado</translation>
    </message>
</context>
<context>
    <name>TokenDialog</name>
    <message>
        <location filename="../../casebook/gui/team/dialogs.py" line="-38"/>
        <location line="+5"/>
        <source>Access token</source>
        <translation>Token de acesso</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>{0}

The access token for {1}:</source>
        <translation>{0}

O token de acesso para {1}:</translation>
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
        <translation>Desfazer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undo (Ctrl+Z)</source>
        <translation>Desfazer (Ctrl+Z)</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <location filename="../../casebook/gui/words.py" line="-11"/>
        <source>success</source>
        <translation>sucesso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mixed</source>
        <translation>misto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failure</source>
        <translation>fracasso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>too early</source>
        <translation>cedo para avaliar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no verdict</source>
        <translation>sem veredito</translation>
    </message>
</context>
<context>
    <name>WelcomeFeature</name>
    <message>
        <location filename="../../casebook/gui/welcome/feature.py" line="+19"/>
        <source>Handouts in Word and OpenDocument: Collections &gt; Export, and the Export… menus of the evidence map and of a comparison.</source>
        <translation>Materiais em Word e OpenDocument: Coleções &gt; Exportar, e os menus Exportar… do mapa de evidências e de uma comparação.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File &gt; Back up my work… writes your collections, notes, tags and saved searches to one file; File &gt; Restore my work… brings them back on any computer.</source>
        <translation>Arquivo &gt; Fazer backup do meu trabalho… grava suas coleções, anotações, etiquetas e pesquisas salvas em um só arquivo; Arquivo &gt; Restaurar meu trabalho… traz tudo de volta em qualquer computador.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Course packs (.casebook) open with a double-click, in the window already open.</source>
        <translation>Os pacotes de curso (.casebook) abrem com um clique duplo, na janela que já está aberta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Help &gt; Welcome to Casebook: where to start.</source>
        <translation>Ajuda &gt; Boas-vindas ao Casebook: por onde começar.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Welcome</source>
        <translation>Boas-vindas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What Casebook is and where to start</source>
        <translation>O que é o Casebook e por onde começar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What&apos;s &amp;new</source>
        <translation>&amp;Novidades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Welcome to Casebook</source>
        <translation>&amp;Boas-vindas ao Casebook</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>What&apos;s new</source>
        <translation>Novidades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What&apos;s new in Casebook {0}</source>
        <translation>Novidades do Casebook {0}</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../casebook/gui/welcome/page.py" line="+30"/>
        <location line="+27"/>
        <source>Welcome to Casebook</source>
        <translation>Boas-vindas ao Casebook</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help &gt; Welcome to Casebook shows this page again</source>
        <translation>Ajuda &gt; Boas-vindas ao Casebook mostra esta página de novo</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Casebook is a library of case studies of innovation in the public sector: what governments tried, how it turned out and how we know. It works offline, and what you add stays on this computer.</source>
        <translation>O Casebook é uma biblioteca de estudos de caso de inovação no setor público: o que os governos tentaram, como deu certo (ou não) e como sabemos disso. Funciona sem internet, e o que você adiciona fica neste computador.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start with a search</source>
        <translation>Comece com uma pesquisa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type in the search field at the top, or try one of these:</source>
        <translation>Digite no campo de pesquisa lá em cima ou experimente uma destas:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The evidence map</source>
        <translation>O mapa de evidências</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Map tab of this pane shows, for the current search, how many cases face each challenge with each strategy and how they turned out. Click a cell to list those cases. Ctrl+M brings the map back from a case.</source>
        <translation>A aba Mapa deste painel mostra, para a pesquisa atual, quantos casos enfrentam cada desafio com cada estratégia e qual foi o resultado. Clique em uma célula para listar esses casos. Ctrl+M traz o mapa de volta a partir de um caso.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the evidence map</source>
        <translation>Mostrar o mapa de evidências</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your own cases</source>
        <translation>Os seus próprios casos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any folder of Markdown files can join the library: Casebook watches it and picks up each file as soon as it is saved. File &gt; New case… starts one from the template.</source>
        <translation>Qualquer pasta de arquivos Markdown pode entrar na biblioteca: o Casebook acompanha a pasta e lê cada arquivo assim que ele é salvo. Arquivo &gt; Novo caso… cria um a partir do modelo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a folder of cases…</source>
        <translation>Adicionar uma pasta de casos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A team library</source>
        <translation>Uma biblioteca da equipe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If your team shares its cases in a Git repository, File &gt; Add team library… brings them in with the address your team gives you; Library &gt; Update fetches their changes and Library &gt; Share my changes sends yours.</source>
        <translation>Se a sua equipe compartilha os casos em um repositório Git, Arquivo &gt; Adicionar biblioteca da equipe… traz esses casos com o endereço que a equipe passar; Biblioteca &gt; Atualizar busca as alterações da equipe e Biblioteca &gt; Compartilhar minhas alterações envia as suas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep your work safe</source>
        <translation>Proteja o seu trabalho</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Collections, notes and your own tags live in the data folder. File &gt; Back up my work… writes them to one file you can keep elsewhere.</source>
        <translation>As coleções, as anotações e as suas etiquetas ficam na pasta de dados. Arquivo &gt; Fazer backup do meu trabalho… grava tudo em um só arquivo que você pode guardar em outro lugar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Help &gt; Welcome to Casebook shows this page again.</source>
        <translation>Ajuda &gt; Boas-vindas ao Casebook mostra esta página de novo.</translation>
    </message>
</context>
<context>
    <name>_Delegate</name>
    <message>
        <location filename="../../casebook/gui/collections/listing.py" line="+89"/>
        <source>Missing from the library (its last known title is shown)</source>
        <translation>Não está mais na biblioteca (aparece o último título conhecido)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No trainer&apos;s note yet</source>
        <translation>Ainda sem anotação do instrutor</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n pergunta</numerusform>
            <numerusform>%n perguntas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_Form</name>
    <message>
        <location filename="../../casebook/gui/collections/dialogs.py" line="-122"/>
        <source>Error</source>
        <translation>Erro</translation>
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
        <translation>O Casebook não pode ser iniciado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Casebook is already open</source>
        <translation>O Casebook já está aberto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another Casebook window is using the same library. Both can search and read; indexing takes turns, so nothing is corrupted. Changes to collections made in one window appear in the other after a refresh.</source>
        <translation>Outra janela do Casebook está usando a mesma biblioteca. As duas podem pesquisar e ler; a indexação é feita em turnos, então nada é corrompido. As alterações em coleções feitas em uma janela aparecem na outra depois de uma atualização.</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../casebook/gui/dialogs.py" line="+46"/>
        <location line="+1"/>
        <source>Search syntax</source>
        <translation>Sintaxe da pesquisa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filters in the sidebar combine with the query: OR within one facet, AND across facets.</source>
        <translation>Os filtros da barra lateral se combinam com a pesquisa: OU dentro de uma faceta, E entre facetas.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About Casebook</source>
        <translation>Sobre o Casebook</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An offline library of public-sector innovation case studies: search, filter, read and build course packs.</source>
        <translation>Uma biblioteca offline de estudos de caso de inovação no setor público: pesquise, filtre, leia e monte pacotes de curso.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Works without a network. Cases are Markdown files you can edit.</source>
        <translation>Funciona sem rede. Os casos são arquivos Markdown que você pode editar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Case folders and settings</source>
        <translation>Pastas de casos e configurações</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case folders</source>
        <translation>Pastas de casos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read as a &amp;reference folder: its pages can be searched, and missing case fields are no problem</source>
        <translation>Ler como pasta de &amp;referência: suas páginas podem ser pesquisadas e campos de caso ausentes não são problemas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Its casebook.toml says kind = &quot;reference&quot;</source>
        <translation>Seu casebook.toml diz kind = &quot;reference&quot;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Add folder…</source>
        <translation>Adicionar pasta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add bundled cases</source>
        <translation>Adicionar casos incluídos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a case folder</source>
        <translation>Escolher uma pasta de casos</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Data folder (index, collections, notes): {0}</source>
        <translation>Pasta de dados (índice, coleções, anotações): {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open data folder</source>
        <translation>Abrir pasta de dados</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Case folders (several libraries can be open at once):</source>
        <translation>Pastas de casos (várias bibliotecas podem ficar abertas ao mesmo tempo):</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <location filename="../../casebook/gui/exchange/export.py" line="-241"/>
        <source>PDF handout for participants (*.pdf)</source>
        <translation>Material em PDF para os participantes (*.pdf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF handout for the trainer, with your notes (*.pdf)</source>
        <translation>Material em PDF para o instrutor, com as suas anotações (*.pdf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Word handout for participants (*.docx)</source>
        <translation>Material em Word para os participantes (*.docx)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Word handout for the trainer, with your notes (*.docx)</source>
        <translation>Material em Word para o instrutor, com as suas anotações (*.docx)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OpenDocument handout for participants (*.odt)</source>
        <translation>Material em OpenDocument para os participantes (*.odt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OpenDocument handout for the trainer, with your notes (*.odt)</source>
        <translation>Material em OpenDocument para o instrutor, com as suas anotações (*.odt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HTML handout for participants (*.html)</source>
        <translation>Material em HTML para os participantes (*.html)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTML handout for the trainer, with your notes (*.html)</source>
        <translation>Material em HTML para o instrutor, com as suas anotações (*.html)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Casebook course pack, with your notes (*.casebook)</source>
        <translation>Pacote de curso do Casebook, com as suas anotações (*.casebook)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder of Markdown files for participants (type a new folder name) (*)</source>
        <translation>Pasta de arquivos Markdown para os participantes (digite o nome de uma pasta nova) (*)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder of Markdown files for the trainer, with your notes (type a new folder name) (*)</source>
        <translation>Pasta de arquivos Markdown para o instrutor, com as suas anotações (digite o nome de uma pasta nova) (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PDF handout</source>
        <translation>Material em PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTML handout</source>
        <translation>Material em HTML</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Course pack</source>
        <translation>Pacote de curso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown folder</source>
        <translation>Pasta Markdown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word handout</source>
        <translation>Material em Word</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenDocument handout</source>
        <translation>Material em OpenDocument</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Export “{0}”</source>
        <translation>Exportar “{0}”</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Laying out the pages…</source>
        <translation>Diagramando as páginas…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot export: {0}</source>
        <translation>não é possível exportar: {0}</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>An export is already running</source>
        <translation>Já há uma exportação em andamento</translation>
    </message>
</context>
<context>
    <name>pack_import</name>
    <message>
        <location filename="../../casebook/gui/exchange/pack_import.py" line="-149"/>
        <source>Import a course pack</source>
        <translation>Importar um pacote de curso</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Casebook course pack (*.casebook)</source>
        <translation>Pacote de curso do Casebook (*.casebook)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>Todos os arquivos (*)</translation>
    </message>
    <message>
        <location line="+117"/>
        <location line="+38"/>
        <source>This pack cannot be imported</source>
        <translation>Este pacote não pode ser importado</translation>
    </message>
    <message>
        <location line="-37"/>
        <location line="+38"/>
        <source>{0}

Nothing was written.</source>
        <translation>{0}

Nada foi gravado.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>; the folder was added to your case folders</source>
        <translation>; a pasta foi adicionada às suas pastas de casos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show folder</source>
        <translation>Mostrar pasta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open collection</source>
        <translation>Abrir coleção</translation>
    </message>
</context>
</TS>
