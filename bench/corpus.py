"""Deterministic synthetic case libraries for the benchmark: N valid case files from a seed."""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Sequence
from pathlib import Path

import yaml

from casebook.facets import EVIDENCE_LEVELS, RESULTS, VERDICTS

ROOT = Path(__file__).resolve().parent.parent
TAXONOMY = ROOT / "resources" / "taxonomy.yaml"
MANIFEST = "_corpus.json"  # a leading underscore keeps it out of the case scan
SECTIONS = ("Context", "Challenge", "Strategy", "Outcomes", "Lessons")
SECTION_SHARE = (0.22, 0.18, 0.26, 0.20, 0.14)



def _split(text: str, sep: str | None = None) -> list[str]:
    return text.split(sep)


# country, region, weight (a few countries dominate, as in real collections)
COUNTRIES = [
    ("United Kingdom", "Europe", 30), ("United States", "North America", 28),
    ("Brazil", "Latin America", 18), ("India", "Asia", 18), ("Estonia", "Europe", 14),
    ("Germany", "Europe", 12), ("Kenya", "Africa", 12), ("Australia", "Oceania", 12),
    ("Canada", "North America", 11), ("France", "Europe", 10), ("Spain", "Europe", 9),
    ("Mexico", "Latin America", 9), ("South Korea", "Asia", 9), ("Denmark", "Europe", 8),
    ("Netherlands", "Europe", 8), ("Singapore", "Asia", 8), ("Colombia", "Latin America", 7),
    ("Rwanda", "Africa", 7), ("New Zealand", "Oceania", 7), ("Finland", "Europe", 6),
    ("Portugal", "Europe", 6), ("Chile", "Latin America", 6), ("Nigeria", "Africa", 6),
    ("Indonesia", "Asia", 6), ("Ukraine", "Europe", 5), ("Georgia", "Europe", 5),
    ("South Africa", "Africa", 5), ("Taiwan", "Asia", 5), ("Philippines", "Asia", 4),
    ("Sweden", "Europe", 4), ("Italy", "Europe", 4), ("Peru", "Latin America", 4),
    ("Ghana", "Africa", 3), ("Uruguay", "Latin America", 3), ("Japan", "Asia", 3),
    ("Poland", "Europe", 3), ("Morocco", "Africa", 2), ("Bangladesh", "Asia", 2),
    ("Ireland", "Europe", 2), ("Côte d'Ivoire", "Africa", 2), ("Iceland", "Europe", 1),
    ("Bhutan", "Asia", 1), ("Fiji", "Oceania", 1), ("Costa Rica", "Latin America", 1),
]
LEVELS = [("national", 36), ("municipal", 28), ("regional", 16), ("local", 12),
          ("supranational", 8)]
SECTORS = _split(
    "health, education, public finance, urban development, digital government, "
    "social protection, justice, transport, environment, housing, taxation, "
    "procurement, policing, water and sanitation, agriculture, employment, "
    "participatory democracy, energy, culture, migration", ", ")
ACCENTED = ("participação", "São Paulo", "Bogotá", "Zürich", "réforme", "coopération",
            "Malmö", "Kraków", "Medellín", "Curitiba's orçamento", "Málaga", "Århus",
            "Québec", "gestión pública", "transparência", "Reykjavík", "Poznań", "Nîmes")

NOUNS = _split(
    "agency ministry council department office service programme budget reform "
    "platform system process pilot project team staff manager official citizen "
    "resident user community district municipality region province state government "
    "law regulation rule policy strategy plan evaluation audit report survey record "
    "register database portal application form payment benefit grant contract "
    "tender supplier vendor procurement partnership network coalition committee "
    "board assembly forum hearing consultation proposal decision vote outcome result "
    "indicator target metric cost saving revenue tax fee fund investment loan bond "
    "school hospital clinic court prison police station library road bridge water "
    "sanitation housing transport energy waste climate emission forest farm market "
    "business enterprise startup worker union employer job skill training course "
    "curriculum teacher nurse doctor patient student parent child family household "
    "village town city capital neighbourhood street park centre counter queue "
    "document licence permit certificate identity card number account data set "
    "dashboard map model algorithm software code standard interface protocol "
    "infrastructure network cloud server security privacy breach risk fraud bribe "
    "complaint grievance feedback review inspection oversight accountability trust "
    "legitimacy transparency participation inclusion equity access coverage uptake "
    "adoption resistance barrier constraint capacity expertise leadership culture "
    "mandate mission vision value principle lesson evidence research study trial "
    "experiment prototype iteration design sprint method approach framework toolkit "
    "guideline manual handbook checklist template workshop seminar conference "
    "campaign outreach communication media newspaper radio website message")
VERBS = _split(
    "launched introduced designed built tested piloted expanded scaled adopted "
    "replaced merged simplified digitised automated streamlined reorganised funded "
    "financed audited reviewed evaluated measured monitored published released shared "
    "opened closed reduced increased improved strengthened weakened delayed blocked "
    "challenged resisted supported endorsed approved rejected amended drafted passed "
    "enforced negotiated procured contracted outsourced trained hired recruited "
    "consulted engaged mobilised convened invited surveyed interviewed mapped "
    "analysed compared benchmarked documented reported disclosed investigated "
    "prosecuted sanctioned rewarded recognised celebrated criticised questioned "
    "extended renewed abandoned revived transformed connected integrated linked "
    "standardised certified registered verified validated secured protected")
ADJECTIVES = _split(
    "new digital public local national regional municipal central federal "
    "independent open transparent accountable participatory inclusive "
    "accessible affordable efficient effective costly slow fast reliable "
    "fragmented siloed outdated modern legacy paper-based online mobile shared "
    "common single unified integrated interoperable secure private sensitive "
    "vulnerable marginalised rural urban remote informal formal small large "
    "ambitious modest cautious bold gradual rapid early late initial final "
    "annual quarterly monthly weekly daily first second third main key major "
    "minor critical strategic operational political administrative legal "
    "financial fiscal technical social economic environmental cultural civic "
    "popular unpopular controversial successful unsuccessful promising")
ADVERBS = _split(
    "quickly slowly gradually eventually initially finally later soon often rarely "
    "widely narrowly formally informally publicly quietly jointly separately "
    "largely partly mainly mostly steadily sharply modestly substantially")
CONNECTORS = ("However", "Moreover", "In practice", "At first", "Over time", "By contrast",
              "As a result", "In the first year", "Within two years", "Meanwhile",
              "Critics argued that", "Officials noted that", "Evaluators found that",
              "According to the audit", "In interviews", "Despite this")
# a third of a mixed corpus is written in Spanish or Portuguese (bench/run.py --mixed)
OTHER = {
    "es": {
        "sections": ("Contexto", "Desafío", "Estrategia", "Resultados", "Lecciones"),
        "nouns": _split(
            "agencia ministerio consejo departamento oficina servicio programa presupuesto "
            "reforma plataforma sistema proceso piloto proyecto equipo personal gerente "
            "funcionario ciudadano vecino usuario comunidad distrito municipio región "
            "provincia estado gobierno ley reglamento norma política estrategia plan "
            "evaluación auditoría informe encuesta registro base portal aplicación formulario "
            "pago beneficio subsidio contrato licitación proveedor compra alianza red comité "
            "junta asamblea foro audiencia consulta propuesta decisión voto resultado "
            "indicador meta costo ahorro ingreso impuesto tasa fondo inversión préstamo "
            "escuela hospital clínica tribunal cárcel policía biblioteca camino puente agua "
            "saneamiento vivienda transporte energía residuo clima bosque mercado empresa "
            "trabajador sindicato empleo capacitación curso docente enfermera médico paciente "
            "estudiante familia hogar pueblo ciudad barrio calle parque centro ventanilla "
            "documento licencia permiso certificado identidad cédula cuenta datos tablero "
            "mapa modelo algoritmo software estándar infraestructura seguridad privacidad "
            "riesgo fraude soborno queja reclamo opinión revisión inspección supervisión "
            "rendición confianza legitimidad transparencia participación inclusión equidad "
            "acceso cobertura resistencia barrera capacidad liderazgo cultura misión valor "
            "lección evidencia investigación estudio ensayo prototipo método enfoque marco "
            "guía manual taller seminario campaña comunicación prensa radio mensaje"),
        "verbs": _split(
            "lanzó introdujo diseñó construyó probó amplió adoptó reemplazó fusionó "
            "simplificó digitalizó automatizó reorganizó financió auditó revisó evaluó midió "
            "publicó compartió abrió cerró redujo aumentó mejoró fortaleció debilitó retrasó "
            "bloqueó apoyó aprobó rechazó modificó negoció contrató capacitó consultó convocó "
            "encuestó analizó comparó documentó investigó sancionó premió criticó extendió "
            "renovó abandonó transformó conectó integró estandarizó certificó verificó "
            "protegió"),
        "adjectives": _split(
            "nuevo digital público local nacional regional municipal central federal "
            "independiente abierto transparente participativo inclusivo accesible eficiente "
            "costoso lento rápido confiable fragmentado moderno antiguo compartido común único "
            "integrado seguro privado vulnerable rural urbano remoto informal formal pequeño "
            "grande ambicioso modesto gradual inicial final anual mensual primero principal "
            "clave crítico estratégico político administrativo legal financiero fiscal "
            "técnico social económico ambiental cultural cívico popular exitoso polémico"),
        "adverbs": _split(
            "rápidamente lentamente gradualmente finalmente inicialmente pronto ampliamente "
            "formalmente públicamente conjuntamente mayormente parcialmente"),
        "connectors": ("Sin embargo", "Además", "En la práctica", "Al principio",
                       "Con el tiempo", "En cambio", "Como resultado", "En el primer año",
                       "Según la auditoría", "Los críticos señalaron que", "A pesar de esto"),
        "determiners": ("el", "la", "su", "cada", "los", "las"),
        "linkers": ("en", "por", "en", "con", "para"),
    },
    "pt": {
        "sections": ("Contexto", "Desafio", "Estratégia", "Resultados", "Lições"),
        "nouns": _split(
            "agência ministério conselho departamento escritório serviço programa orçamento "
            "reforma plataforma sistema processo piloto projeto equipe pessoal gerente "
            "servidor cidadão morador usuário comunidade distrito município região província "
            "estado governo lei regulamento norma política estratégia plano avaliação "
            "auditoria relatório pesquisa registro base portal aplicativo formulário "
            "pagamento benefício subsídio contrato licitação fornecedor compra parceria rede "
            "comitê junta assembleia fórum audiência consulta proposta decisão voto resultado "
            "indicador meta custo economia receita imposto taxa fundo investimento "
            "empréstimo escola hospital clínica tribunal prisão polícia biblioteca estrada "
            "ponte água saneamento moradia transporte energia resíduo clima floresta mercado "
            "empresa trabalhador sindicato emprego capacitação curso professor enfermeira "
            "médico paciente estudante família domicílio vila cidade bairro rua parque centro "
            "guichê documento licença permissão certidão identidade carteira conta dados "
            "painel mapa modelo algoritmo software padrão infraestrutura segurança "
            "privacidade risco fraude propina queixa reclamação opinião revisão inspeção "
            "fiscalização prestação confiança legitimidade transparência participação "
            "inclusão equidade acesso cobertura resistência barreira capacidade liderança "
            "cultura missão valor lição evidência investigação estudo ensaio protótipo "
            "método abordagem marco guia manual oficina seminário campanha comunicação "
            "imprensa rádio mensagem"),
        "verbs": _split(
            "lançou introduziu desenhou construiu testou ampliou adotou substituiu fundiu "
            "simplificou digitalizou automatizou reorganizou financiou auditou revisou "
            "avaliou mediu publicou compartilhou abriu fechou reduziu aumentou melhorou "
            "fortaleceu enfraqueceu atrasou bloqueou apoiou aprovou rejeitou modificou "
            "negociou contratou capacitou consultou convocou analisou comparou documentou "
            "investigou puniu premiou criticou estendeu renovou abandonou transformou "
            "conectou integrou padronizou certificou verificou protegeu"),
        "adjectives": _split(
            "novo digital público local nacional regional municipal central federal "
            "independente aberto transparente participativo inclusivo acessível eficiente "
            "caro lento rápido confiável fragmentado moderno antigo compartilhado comum único "
            "integrado seguro privado vulnerável rural urbano remoto informal formal pequeno "
            "grande ambicioso modesto gradual inicial final anual mensal primeiro principal "
            "chave crítico estratégico político administrativo legal financeiro fiscal "
            "técnico social econômico ambiental cultural cívico popular bem-sucedido polêmico"),
        "adverbs": _split(
            "rapidamente lentamente gradualmente finalmente inicialmente logo amplamente "
            "formalmente publicamente conjuntamente principalmente parcialmente"),
        "connectors": ("No entanto", "Além disso", "Na prática", "No início", "Com o tempo",
                       "Por outro lado", "Como resultado", "No primeiro ano",
                       "Segundo a auditoria", "Os críticos apontaram que", "Apesar disso"),
        "determiners": ("o", "a", "seu", "cada", "os", "as"),
        "linkers": ("em", "por", "em", "com", "para"),
    },
}
SYLLABLES = _split(
    "ka ri to ma nu se la vo de pa ti ko ra mi zu en al or ba go ne hu ye "
    "fa lo qui sa te ju ve di mo wa")


def _weighted(rng: random.Random, items: Sequence[tuple[str, int]]) -> str:
    return rng.choices([i[0] for i in items], weights=[i[1] for i in items])[0]


def _name(rng: random.Random, parts: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(parts)).capitalize()


def _plural(noun: str) -> str:
    if noun == "child":
        return "children"
    if noun.endswith("y") and noun[-2] not in "aeiou":
        return noun[:-1] + "ies"
    if noun.endswith(("s", "x", "ch", "sh")):
        return noun + "es"
    return noun + "s"


class Corpus:
    """Makes case files; case n depends only on the seed and n."""

    def __init__(self, seed: int = 1, taxonomy: Path = TAXONOMY, mixed: bool = False) -> None:
        self.seed = seed
        self.mixed = mixed  # every third case in Spanish or Portuguese
        data = yaml.safe_load(taxonomy.read_text(encoding="utf-8"))
        order = random.Random(seed)
        self.facets: dict[str, list[tuple[str, int]]] = {}
        for facet in ("challenges", "strategies", "outcomes"):
            ids = [t["id"] for t in data[facet]]
            order.shuffle(ids)
            # Zipf-like popularity: a few tags are common, most are rare
            self.facets[facet] = [(t, max(1, int(100 / (rank + 1)))) for rank, t in
                                  enumerate(ids)]

    def case(self, n: int) -> tuple[str, str]:
        """(file name, file text) of case n."""
        if self.mixed and n % 3 == 2:
            return self._other_case(n, "es" if n % 6 == 2 else "pt")
        return self._english_case(n)

    def _english_case(self, n: int) -> tuple[str, str]:
        rng = random.Random(self.seed * 1_000_003 + n)
        country, region, _ = rng.choices(COUNTRIES, weights=[c[2] for c in COUNTRIES])[0]
        level = _weighted(rng, LEVELS)
        place = _name(rng, rng.randint(2, 3))
        programme = _name(rng, rng.randint(2, 4))
        year = min(2025, int(rng.triangular(1985, 2026, 2019)))
        topic = rng.choice(NOUNS)
        title = (f"{programme}: {rng.choice(ADJECTIVES).capitalize()} {topic} "
                 f"{rng.choice(NOUNS)} in {place}, {country}")
        case_id = f"bench-{n:06d}-{programme.lower()}"
        tags = {f: sorted({_weighted(rng, self.facets[f]) for _ in range(rng.randint(1, k))})
                for f, k in (("challenges", 3), ("strategies", 4), ("outcomes", 3))}
        ctx = {"place": place, "programme": programme, "country": country, "topic": topic}
        summary = " ".join(self._sentence(rng, ctx) for _ in range(2))
        words = rng.randint(600, 1500)
        body = []
        for heading, share in zip(SECTIONS, SECTION_SHARE, strict=True):
            body.append(f"## {heading}\n\n{self._section(rng, ctx, int(words * share))}")
        front = {
            "title": title, "id": case_id, "summary": summary, "country": country,
            "place": place, "region": region, "level": level, "year_start": year,
        }
        if rng.random() < 0.6:
            front["year_end"] = rng.randint(year, 2025)
        front["sectors"] = sorted(set(rng.sample(SECTORS, rng.randint(1, 3))))
        front.update(tags)
        front["sources"] = [{"title": f"{programme} {rng.choice(NOUNS)} review",
                             "publisher": f"{place} {rng.choice(NOUNS).capitalize()} Office",
                             "year": min(2025, year + rng.randint(0, 6))}]
        # drawn last, so the rest of the corpus is what it was before version 2
        front["outcomes"] = [{"id": o, "result": rng.choice(RESULTS),
                              "evidence": rng.choice(EVIDENCE_LEVELS)} for o in tags["outcomes"]]
        front["verdict"] = rng.choice(VERDICTS)
        text = ("---\n" + yaml.safe_dump(front, sort_keys=False, allow_unicode=True, width=88)
                + "---\n\n" + "\n\n".join(body) + "\n")
        folder = region.lower().replace(" ", "-")
        return f"{folder}/{case_id}.md", text

    def _other_case(self, n: int, language: str) -> tuple[str, str]:
        """Case n written in Spanish or Portuguese: the same shape, other words."""
        name, text = self._english_case(n)
        rng = random.Random(self.seed * 1_000_003 + n + 7)
        vocab = OTHER[language]
        front_text, _, _body = text[4:].partition("\n---\n")
        front = yaml.safe_load(front_text)
        ctx = {"place": front["place"], "programme": _name(rng, 3),
               "country": front["country"], "topic": rng.choice(vocab["nouns"])}

        def sentence() -> str:
            det = rng.choice(vocab["determiners"])
            parts = [det, rng.choice(vocab["nouns"]), rng.choice(vocab["adjectives"])
                     if rng.random() < 0.6 else "",
                     rng.choice(vocab["adverbs"]) if rng.random() < 0.2 else "",
                     rng.choice(vocab["verbs"]), rng.choice(vocab["determiners"]),
                     rng.choice(vocab["nouns"]), rng.choice(vocab["adjectives"])]
            if rng.random() < 0.4:
                parts += [rng.choice(vocab["linkers"]), ctx["place"] if rng.random() < 0.3
                          else str(rng.randint(1990, 2025))]
            out = " ".join(p for p in parts if p)
            if rng.random() < 0.3:
                out = f"{rng.choice(vocab['connectors'])} {out}"
            return out[0].upper() + out[1:] + "."

        words = rng.randint(600, 1500)
        body = []
        for heading, share in zip(vocab["sections"], SECTION_SHARE, strict=True):
            paragraphs, para, count = [], [], 0
            while count < int(words * share):
                para.append(sentence())
                count += para[-1].count(" ") + 1
                if len(para) >= rng.randint(3, 7):
                    paragraphs.append(" ".join(para))
                    para = []
            paragraphs += [" ".join(para)] if para else []
            body.append(f"## {heading}\n\n" + "\n\n".join(paragraphs))
        front["title"] = (f"{ctx['programme']}: {rng.choice(vocab['nouns']).capitalize()} "
                          f"{rng.choice(vocab['adjectives'])} en {ctx['place']}")
        front["summary"] = " ".join(sentence() for _ in range(2))
        front["language"] = language
        text = ("---\n" + yaml.safe_dump(front, sort_keys=False, allow_unicode=True, width=88)
                + "---\n\n" + "\n\n".join(body) + "\n")
        return name, text

    def _section(self, rng: random.Random, ctx: dict[str, str], words: int) -> str:
        paragraphs, para, count = [], [], 0
        while count < words:
            sentence = self._sentence(rng, ctx)
            para.append(sentence)
            count += sentence.count(" ") + 1
            if len(para) >= rng.randint(3, 7):
                paragraphs.append(" ".join(para))
                para = []
        if para:
            paragraphs.append(" ".join(para))
        return "\n\n".join(paragraphs)

    def _np(self, rng: random.Random) -> str:
        noun = rng.choice(NOUNS)
        plural = rng.random() < 0.3
        if plural:
            noun = _plural(noun)
        if rng.random() < 0.6:
            noun = f"{rng.choice(ADJECTIVES)} {noun}"
        if rng.random() < 0.25:
            noun += f" of the {rng.choice(NOUNS)}"
        det = rng.choice(("the", "the", "its", "their") if plural else
                         ("the", "the", "a", "its", "every"))
        if det == "a" and noun[0] in "aeiou":
            det = "an"
        return f"{det} {noun}"

    def _sentence(self, rng: random.Random, ctx: dict[str, str]) -> str:
        kind = rng.random()
        if kind < 0.15:
            subject = f"the {ctx['programme']} {rng.choice(NOUNS)}"
        elif kind < 0.25:
            subject = f"the {ctx['place']} {rng.choice(('council', 'office', 'team'))}"
        else:
            subject = self._np(rng)
        parts = [subject, rng.choice(ADVERBS) if rng.random() < 0.2 else "",
                 rng.choice(VERBS), self._np(rng)]
        tail = rng.random()
        if tail < 0.25:
            parts.append(f"in {rng.randint(1990, 2025)}")
        elif tail < 0.4:
            parts.append(f"by {rng.randint(2, 80)} percent")
        elif tail < 0.55:
            parts.append(f"across {rng.randint(2, 400)} {_plural(rng.choice(NOUNS))}")
        elif tail < 0.65:
            parts.append(f"in {ctx['country']}")
        elif tail < 0.7:
            parts.append(f"with {rng.choice(ACCENTED)}")
        if rng.random() < 0.3:
            parts.append(f"for the {ctx['topic'] if rng.random() < 0.3 else rng.choice(NOUNS)}")
        text = " ".join(p for p in parts if p)
        if rng.random() < 0.3:
            text = f"{rng.choice(CONNECTORS)} {text}"
        return text[0].upper() + text[1:] + "."


def write_corpus(out: Path, size: int, seed: int = 1, mixed: bool = False) -> list[Path]:
    """Write `size` case files below `out` (a third in Spanish and Portuguese when `mixed`);
    reuse them if the manifest already matches."""
    manifest = out / MANIFEST
    want: dict[str, object] = {"size": size, "seed": seed}
    if mixed:
        want["mixed"] = True
    corpus = Corpus(seed, mixed=mixed)
    names = []
    if manifest.is_file() and json.loads(manifest.read_text()) == want:
        return [out / line for line in (out / "_files.txt").read_text().splitlines()]
    out.mkdir(parents=True, exist_ok=True)
    for n in range(size):
        name, text = corpus.case(n)
        path = out / name
        path.parent.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
        names.append(name)
    (out / "_files.txt").write_text("\n".join(names) + "\n")
    manifest.write_text(json.dumps(want))
    return [out / name for name in names]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", type=int, required=True, help="number of case files")
    parser.add_argument("--out", type=Path, required=True, help="folder to write them to")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    args = parser.parse_args(argv)
    files = write_corpus(args.out, args.size, args.seed)
    total = sum(p.stat().st_size for p in files)
    print(f"{len(files)} case files, {total / 1e6:.1f} MB, in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
