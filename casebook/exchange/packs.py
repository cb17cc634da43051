"""Export a collection as a course pack: `.casebook` zip, HTML handout or Markdown folder."""

from __future__ import annotations

import importlib
import json
import os
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from casebook import __version__, limits
from casebook.authoring.frontmatter import set_value
from casebook.cases.parsing import decode, parse_text
from casebook.cases.validation import ID_RE, id_from_filename
from casebook.errors import InputError, StorageError, Unreadable
from casebook.paths import atomic_file
from casebook.render.handout import (
    check_audience,
    credit_line,
    handout_html,
    result_lines,
    verdict_line,
)
from casebook.userdata.collections import Collection

if TYPE_CHECKING:
    from casebook.library import Library

PACK_FORMAT = "casebook-pack"
PACK_VERSION = 1
MANIFEST = "manifest.json"
SUFFIXES = {".casebook": "casebook", ".html": "html", ".htm": "html", ".pdf": "pdf",
            ".docx": "docx", ".odt": "odt"}

Progress = Callable[[int, int], None]


@dataclass
class ExportReport:
    path: str
    format: str
    cases: int = 0
    missing: list[str] = field(default_factory=list)
    audience: str | None = None  # participant or trainer; None for a course pack


def guess_format(path: str | os.PathLike[str], fmt: str | None = None) -> str:
    """The export format: as given, else from the suffix (a folder means Markdown)."""
    if fmt is not None:
        if fmt not in FORMATS:
            raise InputError(f"unknown export format '{fmt}'; use one of {', '.join(FORMATS)}")
        return fmt
    return SUFFIXES.get(Path(path).suffix.lower(), "markdown")


def declared_id(name: str, text: str) -> str | None:
    """The id a case file declares (front matter `id`, else its file name)."""
    raw = parse_text(name, text).meta.get("id")
    if raw is None:
        return id_from_filename(name)
    return raw.strip() if isinstance(raw, str) and ID_RE.match(raw.strip()) else None


def set_case_id(text: str, new_id: str, where: str = "case file") -> str:
    """The same case text with its front matter `id` set to `new_id`."""
    return set_value(text, "id", new_id, where)


def case_bytes(path: str, case_id: str) -> bytes:
    """A case file's bytes, its `id` rewritten when the file declares another one."""
    try:
        with open(path, "rb") as handle:
            data = handle.read(limits.MAX_FILE_BYTES + 1)
        text = decode(data)
    except (OSError, Unreadable) as exc:
        raise InputError(f"{path}: cannot read the case file: {exc}") from None
    if declared_id(path, text) == case_id:
        return data
    return set_case_id(text, case_id, path).encode("utf-8")


Cases = dict[str, dict[str, Any]]


def load(lib: Library, name: str) -> tuple[Collection, Cases]:
    """A collection and the `Library.case` dict of each present case: all an export needs.

    The write_* functions take these and touch no database, so a GUI can load in its own
    thread and write in a worker.
    """
    collection = lib.collections.get(name)
    cases = {i.id: lib.case(i.id) for i in collection.items if not i.missing}
    for case in cases.values():
        for outcome in case.get("outcomes") or []:
            if isinstance(outcome, dict):
                outcome["label"] = lib.taxonomy.label("outcomes", str(outcome.get("id")))
    return collection, cases


def _file_name(case_id: str) -> str:
    return f"{case_id}.md" if ID_RE.match(case_id) else f"{id_from_filename(case_id)}.md"


def _case_files(collection: Collection, cases: Cases,
                progress: Progress | None) -> dict[str, bytes]:
    """id -> the bytes to export, read before anything is written."""
    out: dict[str, bytes] = {}
    for n, item in enumerate(collection.items, 1):
        if item.id in cases:
            out[item.id] = case_bytes(cases[item.id]["path"], item.id)
        if progress is not None:
            progress(n, len(collection.items))
    return out


def _missing(collection: Collection, cases: Cases) -> list[str]:
    return [i.id for i in collection.items if i.id not in cases]


def write_casebook(collection: Collection, cases: Cases, target: Path,
                   progress: Progress | None = None, audience: str | None = None) -> ExportReport:
    """A `.casebook` zip: manifest.json plus cases/<id>.md for each present case.

    A pack is for trainers: it always holds the notes (`audience` is not used).
    """
    files = _case_files(collection, cases, progress)
    items = [{"id": i.id, "title": i.title, "note": i.note, "questions": i.questions,
              "file": f"cases/{_file_name(i.id)}" if i.id in files else None}
             for i in collection.items]
    manifest = {"format": PACK_FORMAT, "version": PACK_VERSION,
                "generator": f"casebook {__version__}",
                "collection": {"name": collection.name, "description": collection.description},
                "items": items}
    with _writing(target) as handle, zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=2))
        for case_id, data in files.items():
            zf.writestr(f"cases/{_file_name(case_id)}", data)
    return ExportReport(str(target), "casebook", len(collection.items),
                        _missing(collection, cases))


def handout(lib: Library, name: str, progress: Progress | None = None,
            audience: str = "participant") -> str:
    """The HTML handout of a collection (the PDF is made from the same HTML)."""
    return handout_html(*load(lib, name), progress, audience)


def write_html(collection: Collection, cases: Cases, target: Path,
               progress: Progress | None = None, audience: str | None = None) -> ExportReport:
    audience = check_audience(audience or "participant")
    text = handout_html(collection, cases, progress, audience)
    with _writing(target) as handle:
        handle.write(text.encode("utf-8"))
    return ExportReport(str(target), "html", len(collection.items), _missing(collection, cases),
                        audience)


def write_markdown(collection: Collection, cases: Cases, target: Path,
                   progress: Progress | None = None, audience: str | None = None) -> ExportReport:
    """A folder: one numbered Markdown file per case plus README.md with the order and the
    questions (and, for the trainer, the notes)."""
    audience = check_audience(audience or "participant")
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise InputError(f"{target} already exists and is not an empty folder")
    files = _case_files(collection, cases, progress)
    width = max(2, len(str(len(collection.items))))
    readme = [f"# {collection.name}", ""]
    if collection.description:
        readme += [collection.description, ""]
    readme += ["## Contents", ""]
    names: dict[str, str] = {}
    for n, item in enumerate(collection.items, 1):
        if item.id in files:
            names[item.id] = f"{n:0{width}d}-{_file_name(item.id)}"
            readme.append(f"{n}. [{item.title}]({names[item.id]})")
        else:
            readme.append(f"{n}. {item.title} (missing from the library; id `{item.id}`)")
        readme += _readme_results(cases.get(item.id))
        if item.note and audience == "trainer":
            readme += [""] + [f"   {line}".rstrip() for line in
                              ["**Trainer's note:**", "", *item.note.split("\n")]]
        if item.questions:
            readme += ["", "   **Discussion questions:**", ""]
            readme += [f"   - {q}" for q in item.questions]
        readme.append("")
    try:
        target.mkdir(parents=True, exist_ok=True)
        for case_id, file_name in names.items():
            with atomic_file(target / file_name) as handle:
                handle.write(files[case_id])
        with atomic_file(target / "README.md") as handle:
            handle.write("\n".join(readme).encode("utf-8"))
    except OSError as exc:
        raise StorageError(f"cannot write to {target}: {exc.strerror or exc}") from None
    return ExportReport(str(target), "markdown", len(collection.items),
                        _missing(collection, cases), audience)


def _readme_results(case: dict[str, Any] | None) -> list[str]:
    """The verdict, each outcome's result and the credit, for a case's README entry."""
    if case is None:
        return []
    out = []
    if verdict_line(case):
        out += ["", f"   **{verdict_line(case)}**"]
    results = result_lines(case)
    if results:
        out += ["", "   Results and evidence:", ""] + [f"   - {line}" for line in results]
    if credit_line(case):
        out += ["", f"   {credit_line(case)}"]
    return out


Writer = Callable[[Collection, Cases, Path, Progress | None, str], ExportReport]
# Each export format's writer. The PDF's and the ODT's are named, not imported: they need Qt,
# which only casebook.gui may import, so they are imported when such a file is first written;
# so is the DOCX's, whose python-docx the other commands never load.
WRITERS: dict[str, Writer | str] = {
    "casebook": write_casebook, "html": write_html,
    "pdf": "casebook.gui.output:write_pdf_export", "markdown": write_markdown,
    "docx": "casebook.exchange.word_handout:write_docx_export",
    "odt": "casebook.gui.odt:write_odt_export",
}
FORMATS = tuple(WRITERS)


def writer(fmt: str) -> Writer:
    """The writer of an export format (see WRITERS)."""
    found = WRITERS[fmt]
    if isinstance(found, str):
        module_name, name = found.split(":")
        try:
            module = importlib.import_module(module_name)
        except ImportError as exc:
            raise InputError(f"the {fmt} export needs {exc.name or module_name}, which is not "
                             "installed") from None
        found = WRITERS[fmt] = getattr(module, name)
    return found


@contextmanager
def _writing(target: Path) -> Iterator[IO[bytes]]:
    if target.is_dir():
        raise InputError(f"{target} is a folder; give a file name")
    try:
        with atomic_file(target) as handle:
            yield handle
    except OSError as exc:
        raise StorageError(f"cannot write {target}: {exc.strerror or exc}") from None


def write(collection: Collection, cases: Cases, target: str | os.PathLike[str],
          fmt: str | None = None, progress: Progress | None = None,
          audience: str = "participant") -> ExportReport:
    """Write an export from loaded data (see load) in any format of WRITERS; safe in a
    worker thread (it touches no database)."""
    path = Path(target)
    return writer(guess_format(path, fmt))(collection, cases, path, progress,
                                           check_audience(audience))


def export(lib: Library, name: str, target: str | os.PathLike[str], fmt: str | None = None,
           progress: Progress | None = None, audience: str = "participant") -> ExportReport:
    """Export a collection as a course pack (casebook) or a handout (html, pdf, markdown).

    Handouts are for participants (cases and discussion questions) or for the trainer (the
    notes too); a course pack always holds everything.
    """
    guess_format(target, fmt)  # an unknown format is refused before anything is read
    collection, cases = load(lib, name)
    return write(collection, cases, target, fmt, progress, audience)
