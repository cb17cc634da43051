"""Format version 2: how each outcome turned out, the verdict, and the text's provenance."""

from __future__ import annotations

import re
from typing import Any

from casebook.cases.checker import Checker, describe, plain
from casebook.cases.model import Case
from casebook.facets import EVIDENCE_LEVELS, RESULTS, VERDICTS

OUTCOME_KEYS = ("id", "result", "evidence", "source", "note")
ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
DOI_RE = re.compile(r"^10\.\d{4,9}/\S+$")
SPDX_RE = re.compile(r"^[A-Za-z0-9.+-]+(?: (?:AND|OR|WITH) [A-Za-z0-9.+-]+)*$")


Item = tuple[str, tuple[int, int], dict[str, Any] | None, int]


def outcome_items(c: Checker) -> list[Item]:
    """The outcomes as (value, position, mapping or None, index): a plain term (version 1)
    or a mapping with an id (version 2). Mistakes are reported; what they spoil is left out."""
    value = c.meta.get("outcomes")
    if not isinstance(value, list) or not value:
        return [(v, pos, None, -1) for v, pos in c.text_list("outcomes", True)]
    out: list[Item] = []
    for i, item in enumerate(value):
        where = c.pos("outcomes", i)
        if isinstance(item, dict):
            raw = item.get("id")
            if not isinstance(raw, str) or not raw.strip():
                c.err(where, f"outcome {i + 1} is a mapping without 'id' (write id: followed by "
                      "the outcome's taxonomy id)", "outcome")
                continue
            out.append((raw.strip(), c.pos("outcomes", i, "id"), item, i))
        elif isinstance(item, (str, int, float)) and not isinstance(item, bool):
            if str(item).strip():
                out.append((str(item).strip(), where, None, i))
        elif item is not None:
            c.err(where, "'outcomes' values must be text or a mapping with 'id', not "
                  f"{describe(item)}", "type")
    if not out and c.doc.has_front_matter:
        c.err(c.pos("outcomes"), "missing required field 'outcomes' (at least one value)",
              "missing")
    return out


def outcome_detail(c: Checker, n: int, term: str, item: dict[str, Any] | None,
                   n_sources: int) -> dict[str, Any]:
    """{"id", "result", "evidence", "source", "note"} for outcome n (0-based)."""
    detail: dict[str, Any] = dict.fromkeys(OUTCOME_KEYS)
    detail["id"] = term
    if item is None:
        return detail
    for key in item:
        if key not in OUTCOME_KEYS:
            c.warn(c.pos("outcomes", n, key), f"outcome {n + 1}: unknown key '{key}' (an "
                   f"outcome has {', '.join(OUTCOME_KEYS)})", "unknown-key")
    for key, allowed in (("result", RESULTS), ("evidence", EVIDENCE_LEVELS)):
        value = item.get(key)
        if value is None:
            continue
        text = str(value).strip().lower() if isinstance(value, str) else None
        if text in allowed:
            detail[key] = text
        else:
            c.err(c.pos("outcomes", n, key), f"outcome {n + 1}: {key} {describe(value)} is not "
                  f"one of {', '.join(allowed)}", key)
    source = item.get("source")
    if source is not None:
        if isinstance(source, bool) or not isinstance(source, int) or \
                not 1 <= source <= n_sources:
            shown = source if isinstance(source, int) and not isinstance(source, bool) \
                else describe(source)
            c.err(c.pos("outcomes", n, "source"), f"outcome {n + 1}: source {shown} does not "
                  f"point at one of the {n_sources} sources", "source")
        else:
            detail["source"] = source
    note = item.get("note")
    if note is not None:
        if isinstance(note, str) and note.strip():
            detail["note"] = " ".join(note.split())
        else:
            c.warn(c.pos("outcomes", n, "note"), f"outcome {n + 1}: note should be one line "
                   "of text", "outcome")
    return detail


def check_version_2(c: Checker, case: Case) -> None:
    """verdict, translation_of, licence, attribution, origin and the sources' doi."""
    verdict = c.meta.get("verdict")
    if verdict is not None:
        text = verdict.strip().lower() if isinstance(verdict, str) else None
        if text in VERDICTS:
            case.verdict = text
        else:
            c.err(c.pos("verdict"), f"verdict {describe(verdict)} is not one of "
                  f"{', '.join(VERDICTS)}", "verdict")
    original = c.text("translation_of", False)
    if original is not None:
        if ID_RE.match(original):
            case.translation_of = original
            case.translation_pos = c.pos("translation_of")
        else:
            c.err(c.pos("translation_of"), f"translation_of '{original}' is not a case id "
                  "(lowercase letters, digits and '-')", "translation")
    licence = c.text("licence", False)
    if licence is not None:
        case.licence = licence
        if not SPDX_RE.match(licence):
            c.warn(c.pos("licence"), f"licence '{licence}' is not an SPDX id such as "
                   "CC-BY-4.0", "licence")
    case.attribution = c.text("attribution", False)
    origin = c.meta.get("origin")
    if origin is not None:
        if isinstance(origin, dict):
            case.origin = plain(origin)
        else:
            c.err(c.pos("origin"), f"origin must be a mapping (dataset, id, url, imported), not "
                  f"{describe(origin)}", "type")
    sources = c.meta.get("sources")
    for i, source in enumerate(sources if isinstance(sources, list) else []):
        doi = source.get("doi") if isinstance(source, dict) else None
        if doi is not None and not (isinstance(doi, str) and DOI_RE.match(doi.strip())):
            c.warn(c.pos("sources", i, "doi"), f"source {i + 1}: doi should look like "
                   "10.1234/abc (without https://doi.org/)", "source")
