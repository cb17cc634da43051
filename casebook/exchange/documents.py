"""`casebook import document FILE... --into DIR`: Word, OpenDocument and PDF files (the
"folder of PDFs" a unit keeps) as draft cases in DIR/_needs-review/ (import.md, "Documents")."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from casebook import limits
from casebook.cases.mapping import MappingTables
from casebook.cases.model import standard_section
from casebook.cases.parsing import parse_text
from casebook.cases.taxonomy import Taxonomy
from casebook.cases.text import fold_accents, slugify
from casebook.cases.validation import build_case, max_year
from casebook.errors import InputError
from casebook.exchange import case_text
from casebook.exchange.dataset_import import REVIEW, Importer, RecordResult, Source
from casebook.exchange.document_text import SUFFIXES, Block, Extracted, read_document

DATASET = "document"
PREFIX = "doc-"
CONTENTS = {"contents", "table of contents", "índice", "indice", "sumário", "sumario",
            "sommaire", "table des matières", "inhalt", "inhaltsverzeichnis"}
# heading words that fit Casebook's sections (the sections' own names in the template's
# languages are matched by model.standard_section)
SECTION_WORDS = {
    "Context": ("context", "background", "introduction", "overview", "setting", "situation",
                "history", "antecedentes", "introducción", "introdução", "historique"),
    "Challenge": ("challenge", "challenges", "problem", "problems", "the problem",
                  "problem statement", "issue", "issues", "the issue", "needs", "problema",
                  "problemas", "desafíos", "desafios", "défis", "enjeux"),
    "Strategy": ("strategy", "approach", "solution", "the solution", "what we did",
                 "intervention", "implementation", "method", "methods", "methodology",
                 "the project", "project", "activities", "enfoque", "solución", "solução",
                 "abordagem", "approche", "mise en œuvre"),
    "Outcomes": ("outcomes", "results", "impact", "impacts", "findings", "achievements",
                 "evaluation", "effects", "resultados", "impacto", "résultats", "évaluation"),
    "Lessons": ("lessons", "lessons learned", "lessons learnt", "learnings", "conclusion",
                "conclusions", "recommendations", "takeaways", "next steps",
                "looking forward", "lecciones aprendidas", "lições aprendidas",
                "leçons apprises", "conclusiones", "conclusões"),
}
_WORDS = {word: name for name, words in SECTION_WORDS.items() for word in words}
_NUMBERING = re.compile(r"^\s*(?:\d+(?:\.\d+)+\.?|(?:\d+|[ivxlc]+|[a-z])[.)])\s*",
                        re.IGNORECASE)
_OUR = re.compile(r"^(?:our|the|a|an)\s+(?=\w+$|\w+\s+\w+$)")  # 'Our approach'
_DATE = re.compile(r"\b(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./]\d{1,2}[./]\d{4})\b")
_YEAR = re.compile(r"(?<![\d.,/-])(1[89]\d\d|20\d\d)(?![\d.,/]\d)")
_TAG_START = re.compile(r"<(?=[a-zA-Z/!?])")
_BLOCK_START = re.compile(r"^(?:[#>*+-]|\d+[.)])(?=\s|$)")


@dataclass
class DocumentReport:
    folder: str
    dry_run: bool = False
    results: list[RecordResult] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)  # one error line per file
    cancelled: bool = False

    def summary(self) -> str:
        n = len(self.results)
        counts: dict[str, int] = {}
        for r in self.results:
            counts[r.status] = counts.get(r.status, 0) + 1
        parts = [f"{v:,} {k}" for k, v in counts.items()]
        text = (f"{n:,} draft{'' if n == 1 else 's'}"
                + (f" ({', '.join(parts)})" if parts else "")
                + f" in {os.path.join(self.folder, REVIEW)}")
        if self.failed:
            text += f"; {len(self.failed):,} file{'' if len(self.failed) == 1 else 's'} " \
                    "could not be read"
        if self.dry_run:
            text += " (dry run: nothing was written)"
        return text

    def to_json(self) -> dict[str, Any]:
        return {"folder": self.folder, "dry_run": self.dry_run, "cancelled": self.cancelled,
                "drafts": [r.to_json() for r in self.results], "failed": self.failed}


def section_name(heading: str) -> str | None:
    """The Casebook section a document's heading fits ('2. Background' is Context)."""
    text = _NUMBERING.sub("", heading).strip(" :.-–—").lower()
    text = _OUR.sub("", " ".join(text.split()))
    found = standard_section(text) or _WORDS.get(text)
    if found:
        return found
    for word, name in _WORDS.items():  # 'Results and impact', 'Background: the city'
        if re.match(rf"{re.escape(word)}\b(?!-)", text) and len(word) > 4:
            return name
    return None


def find_year(texts: list[str]) -> int | None:
    """The first year (1800 to next year) in these texts, dates such as 2026-12-01 (when
    the document was printed) left out."""
    for text in texts:
        for found in _YEAR.finditer(_DATE.sub(" ", text)):
            year = int(found.group(1))
            if 1800 <= year <= max_year():
                return year
    return None


def _escaped(text: str) -> str:
    """Document text as Markdown that says what it said: no raw HTML, and a line that
    starts like a heading or a list marker kept as text."""
    text = _TAG_START.sub("&lt;", text)
    return "\\" + text if _BLOCK_START.match(text) else text


def _title(extracted: Extracted, path: str) -> tuple[str, list[Block]]:
    blocks = list(extracted.blocks)
    chosen = next((b for b in blocks if b.kind == "title"), None)
    if chosen is None:
        headings = [b for b in blocks if b.kind == "heading"]
        top = min((b.level for b in headings), default=0)
        chosen = next((b for b in headings if b.level == top), None)
    if chosen is not None:
        blocks.remove(chosen)
        title = chosen.text
    else:
        title = " ".join(extracted.meta_title.split()) or Path(path).stem.replace("_", " ")
    title = title[: limits.MAX_TITLE_CHARS]
    key = _NUMBERING.sub("", title).strip().lower()
    blocks = [b for b in blocks if not (b.kind in ("heading", "title")
                                        and _NUMBERING.sub("", b.text).strip().lower() == key)]
    return title, blocks


def _without_contents(blocks: list[Block]) -> list[Block]:
    out: list[Block] = []
    skipping: int | None = None
    for block in blocks:
        if block.kind == "heading":
            if skipping is not None and block.level <= skipping:
                skipping = None
            if block.text.strip(" :").lower() in CONTENTS:
                skipping = block.level
                continue
        if skipping is None:
            out.append(block)
    return out


def body_of(blocks: list[Block]) -> str:
    """Blocks as Markdown: headings as sections (named as Casebook's where they fit, each
    name once), paragraphs and list items as they were."""
    headings = [b for b in blocks if b.kind == "heading"]
    fitting = [b.level for b in headings if section_name(b.text)]
    base = fitting[0] if fitting else min((b.level for b in headings), default=1)
    used: set[str] = set()
    parts: list[str] = []
    for block in blocks:
        if block.kind == "heading":
            name = section_name(block.text)
            depth = 2 if block.level <= base else min(6, 2 + block.level - base)
            if depth == 2 and name and name not in used:
                used.add(name)
                text = name
            else:
                text = _TAG_START.sub("&lt;", block.text)
            parts.append(f"{'#' * depth} {text}")
        elif block.kind == "item":
            line = f"- {_TAG_START.sub('&lt;', block.text)}"
            if parts and parts[-1].startswith("- "):
                parts[-1] += "\n" + line
            else:
                parts.append(line)
        else:
            parts.append(_escaped(block.text))
    return "\n\n".join(parts)


@dataclass
class Draft:
    title: str
    year: int | None
    body: str


def draft_of(extracted: Extracted, path: str) -> Draft:
    extracted = Extracted(_without_contents(extracted.blocks), extracted.meta_title)
    title, blocks = _title(extracted, path)
    year = find_year([title] + [b.text for b in blocks])
    return Draft(title, year, body_of(blocks))


def file_hash(path: str) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


class DocumentImport:
    """One run: each file read, drafted and placed in DIR/_needs-review/ as the dataset
    importer places its records (whole files, a second run updates, edited drafts kept)."""

    def __init__(self, folder: str, taxonomy: Taxonomy, dry_run: bool = False,
                 force: bool = False, today: str | None = None) -> None:
        self.folder = os.path.abspath(folder)
        self.taxonomy = taxonomy
        self.today = today or dt.date.today().isoformat()
        source = Source(DATASET, MappingTables(where=DATASET), "{file}")
        self.importer = Importer(source, "", self.folder, taxonomy, dry_run, force, self.today)
        self.report = DocumentReport(self.folder, dry_run)
        self.taken: set[str] = set()

    def case_id(self, path: str) -> str:
        """doc-<file name>; a second file of that name in another format (report.pdf and
        report.docx) gets its suffix too, and a draft from another file is never taken."""
        name = Path(path).name
        stem = re.sub(r"[^a-z0-9]+", "-", slugify(fold_accents(Path(path).stem))).strip("-")
        base = (PREFIX + (stem or hashlib.sha1(name.encode()).hexdigest()[:10]))[:120]
        for cid in (base, f"{base}-{Path(path).suffix.lstrip('.').lower()}"):
            if cid not in self.taken and self._origin_file(cid) in (None, name):
                self.taken.add(cid)
                return cid
        raise InputError(f"{path}: drafts named {base} already come from other files; "
                         "rename the file")

    def _origin_file(self, cid: str) -> str | None:
        for folder in (os.path.join(self.folder, REVIEW), self.folder):
            path = os.path.join(folder, f"{cid}.md")
            try:
                with open(path, encoding="utf-8", errors="replace") as handle:
                    text = handle.read(limits.MAX_FILE_BYTES)
            except OSError:
                continue
            origin = parse_text(path, text).meta.get("origin")
            return str(origin.get("id")) if isinstance(origin, dict) else ""
        return None

    def one(self, number: int, path: str) -> RecordResult:
        extracted = read_document(path)
        draft = draft_of(extracted, path)
        cid = self.case_id(path)
        name = Path(path).name
        front: dict[str, Any] = {"title": draft.title, "id": cid}
        if draft.year:
            front["year_start"] = draft.year
        front["origin"] = {"dataset": DATASET, "id": name, "file_sha256": file_hash(path),
                           "imported": self.today}
        checks = "the title" + (" and year_start (found in its text)" if draft.year else "")
        review = [f"drafted from {name}: check {checks} against it, and fill in the rest"]
        body = draft.body
        budget = limits.MAX_FILE_BYTES - 8192
        if len(body.encode("utf-8")) > budget:
            body = body.encode("utf-8")[:budget].decode("utf-8", "ignore")
            review.append("the document's text is longer than a case file holds; its end "
                          "was cut")
        text = case_text.render(front, body)
        case = build_case(parse_text(os.path.join(self.folder, f"{cid}.md"), text),
                          self.taxonomy)
        review += [p.message for p in case.problems if p.severity == "error"]
        result = RecordResult(number, name, cid, "", "", review, draft.title)
        self.importer._place(result, case_text.render(front, body, review))
        return result

    def run(self, paths: list[str], each: Callable[[RecordResult | str], None] | None = None,
            cancel: Callable[[], bool] | None = None) -> DocumentReport:
        for number, path in enumerate(paths, 1):
            if cancel is not None and cancel():
                self.report.cancelled = True
                break
            try:
                result = self.one(number, path)
            except InputError as exc:
                self.report.failed.append(str(exc))
                if each is not None:
                    each(str(exc))
                continue
            self.report.results.append(result)
            if each is not None:
                each(result)
        if self.importer.wrote:
            os.sync()
        return self.report


def import_documents(paths: list[str], folder: str, taxonomy: Taxonomy, *,
                     dry_run: bool = False, force: bool = False,
                     each: Callable[[RecordResult | str], None] | None = None,
                     cancel: Callable[[], bool] | None = None) -> DocumentReport:
    """Draft cases from documents into folder/_needs-review/ (see DocumentImport)."""
    return DocumentImport(folder, taxonomy, dry_run, force).run(paths, each, cancel)


def is_document(path: str) -> bool:
    return Path(path).suffix.lower() in SUFFIXES and os.path.isfile(path)


def expand(paths: list[str], limit: int = 10_000) -> list[str]:
    """Files as given, and a folder as the documents in it and below it (hidden ones left
    out), in name order; at most `limit` looked at in a folder."""
    out: list[str] = []
    for path in paths:
        if not os.path.isdir(path):
            out.append(path)
            continue
        found: list[str] = []
        for root, dirs, files in os.walk(path):
            dirs[:] = sorted(d for d in dirs if not d.startswith((".", "_")))
            found += [os.path.join(root, f) for f in sorted(files)
                      if not f.startswith((".", "~$")) and f.lower().endswith(SUFFIXES)]
            if len(found) >= limit:
                break
        out += found[:limit]
    return out

