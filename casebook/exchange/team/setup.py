"""Starting a team library (`library init`) and sharing collections through one."""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from casebook import paths
from casebook.cases.text import slugify
from casebook.errors import InputError, TeamError
from casebook.exchange.packs import ExportReport
from casebook.exchange.team import ops, registry
from casebook.exchange.team.files import COLLECTIONS
from casebook.exchange.team.git import REMOTE, Callbacks, TokenFor, configure, push, pygit
from casebook.exchange.team.merge import commit_local
from casebook.exchange.team.registry import TeamLibrary
from casebook.userdata.collections import Snapshot

if TYPE_CHECKING:
    from casebook.library import Library

log = logging.getLogger(__name__)
COLLECTION_FORMAT = "casebook-collection"
WORKFLOW = ".github/workflows/casebook.yml"

README = """\
{title}
{underline}

This folder is a Casebook team library: public-sector innovation case studies that
several people read and add to. Each case is one Markdown file (.md).

Reading and adding cases
  1. In Casebook, choose File > Add team library... and paste the address of this
     library (or run: casebook library add ADDRESS).
  2. Library > Update brings the cases others shared (casebook library update).
  3. Write or edit cases in the folder Casebook shows, then Library > Share my
     changes... (casebook library share --message "what you did").

Writing a case
  Copy _template.md to a new file named after the case id (for example
  kenya-huduma-centres.md), fill in the front matter and the five sections, and run
  `casebook check FILE` before you share it. taxonomy.yaml may add terms to the
  bundled taxonomy. Shared collections (course outlines) live in collections/.

Checks on every change
  The workflow files run `casebook check --format github` on every change:
    {workflow}     GitHub, Gitea and Forgejo Actions
    .gitlab-ci.yml                       GitLab CI
  A change that breaks a case file is marked with the file and line.
"""

GITHUB = """\
# Casebook: check every case file on each change (GitHub, Gitea and Forgejo Actions)
name: casebook check
on: [push, pull_request]
jobs:
  check:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.11"
      - run: python -m pip install casebook
      - run: casebook --data-dir "$RUNNER_TEMP/casebook" --cases . check --format github
"""

GITLAB = """\
# Casebook: check every case file on each change (GitLab CI)
casebook-check:
  image: python:3.11
  script:
    - python -m pip install casebook
    - casebook --data-dir /tmp/casebook --cases . check
"""

TAXONOMY = """\
# Terms this library adds to the bundled taxonomy, in the same form as Casebook's
# resources/taxonomy.yaml (challenges, strategies, outcomes: id, label, description).
"""

GITIGNORE = """\
# editors' swap and backup files, and the desktop's own: never shared
*~
*.swp
*.swo
*.bak
*.orig
.#*
.~lock.*
~$*
.DS_Store
Thumbs.db
desktop.ini
"""


def init(target: str, url: str | None = None, lib: Library | None = None,
         name: str | None = None, title: str | None = None,
         ask_token: TokenFor | None = None) -> TeamLibrary | Path:
    """Start a team library in `target` (missing or empty): README.txt, the case template,
    an empty taxonomy.yaml, CI workflows and a first commit. With `url`, push it there (a
    local folder that is missing or empty becomes a bare repository) and use it as a team
    library of `lib`."""
    folder = Path(target).expanduser().resolve()
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise InputError(f"{folder} is not an empty folder; `library init` starts a new one")
    pg = pygit()
    repo = pg.init_repository(str(folder), initial_head="main")
    configure(repo)
    heading = title or f"{folder.name} - a Casebook team library"
    files = {
        "README.txt": README.format(title=heading, underline="=" * len(heading),
                                    workflow=WORKFLOW.ljust(36)),
        "_template.md": paths.resource("case-template.md").read_text(encoding="utf-8"),
        "taxonomy.yaml": TAXONOMY, WORKFLOW: GITHUB, ".gitlab-ci.yml": GITLAB,
        ".gitignore": GITIGNORE,
    }
    for rel, text in files.items():
        paths.atomic_write(folder / rel, text.encode("utf-8"))
    commit_local(repo, "Start the team library", None, None)
    if url is None:
        return folder
    url = ops.normal_url(url)
    if "://" not in url and (not os.path.exists(url) or not os.listdir(url)):
        pg.init_repository(url, bare=True, initial_head="main")
    repo.remotes.create(REMOTE, url)
    repo.config["branch.main.remote"] = REMOTE
    repo.config["branch.main.merge"] = "refs/heads/main"
    push(repo, "main", Callbacks(url, token_for=ops._token_for(ask_token)))
    if lib is None:
        return folder
    team = TeamLibrary(registry.unique_name(lib, name or folder.name), url, str(folder),
                       "main", added=ops.now(), last_update=ops.now(), managed=False)
    registry.save(lib, team)
    ops._add_folder(lib, str(folder))
    return team


@dataclass
class SharedCollection:
    team: str
    file: str  # relative to the library
    snapshot: Snapshot


def share_collection(lib: Library, collection: str, team_name: str,
                     ask_token: TokenFor | None = None) -> tuple[str, ops.ShareReport]:
    """Write a collection (order, notes, questions) to collections/ in a team library,
    commit that file alone and push it; the written path and the share report."""
    team = registry.get(lib, team_name)
    snap = lib.collections.snapshot(collection)
    rel = f"{COLLECTIONS}/{slugify(snap.name) or 'collection'}.json"
    data = {"format": COLLECTION_FORMAT, "version": 1, **snap.to_json()}
    paths.atomic_write(Path(team.path) / rel,
                       (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode())
    report = ops.share(lib, team.name, f"Share the collection '{snap.name}'", ask_token,
                       only=[rel])
    return rel, report


def shared_collections(lib: Library, team: TeamLibrary) -> list[SharedCollection]:
    """The collections shared in a team library; a file that cannot be read is skipped
    with a warning naming it."""
    folder = Path(team.path) / COLLECTIONS
    out: list[SharedCollection] = []
    for file in sorted(folder.glob("*.json")) if folder.is_dir() else []:
        try:
            data = json.loads(file.read_text(encoding="utf-8"))
            if data.get("format") != COLLECTION_FORMAT:
                raise ValueError("not a shared collection")
            out.append(SharedCollection(team.name, f"{COLLECTIONS}/{file.name}",
                                        Snapshot.from_json(data)))
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
            log.warning("%s: cannot be read as a shared collection: %s", file, exc)
    return out


def copy_collection(lib: Library, team_name: str, which: str) -> str:
    """Make my own copy: a shared collection becomes one of the user's, to change freely."""
    team = registry.get(lib, team_name)
    for shared in shared_collections(lib, team):
        if which in (shared.snapshot.name, shared.file, shared.file.rsplit("/", 1)[-1]):
            return lib.collections.restore(shared.snapshot)
    raise TeamError(f"'{team.name}' shares no collection named '{which}'")


def pack_unshared(lib: Library, team_name: str | None, target: str) -> ExportReport:
    """The case files not shared yet (changed here, or saved but refused by the server) as
    a .casebook pack, to send another way."""
    from casebook.cases.parsing import decode
    from casebook.exchange.packs import declared_id, write_casebook
    from casebook.userdata.model import Collection, Item

    team = registry.get(lib, team_name)
    st = ops.status(lib, team.name)
    rels = {p for p, kind in st.local.items() if kind != "deleted" and p.endswith(".md")}
    repo = pygit().Repository(team.path)
    ref = repo.references.get(f"refs/remotes/{REMOTE}/{team.branch}")
    if not repo.head_is_unborn:
        head_tree = repo.head.peel(pygit().Commit).tree
        base = ref.peel(pygit().Commit).tree if ref is not None else None
        diff = base.diff_to_tree(head_tree) if base is not None else head_tree.diff_to_tree(
            swap=True)
        rels |= {d.new_file.path for d in diff.deltas if d.new_file.path.endswith(".md")
                 and (Path(team.path) / d.new_file.path).is_file()}
    rels = {r for r in rels if not r.rsplit("/", 1)[-1].startswith("_")}
    if not rels:
        raise InputError(f"'{team.name}' has no case file that is not shared yet")
    items: list[Item] = []
    cases: dict[str, dict[str, str]] = {}
    for n, rel in enumerate(sorted(rels), 1):
        path = Path(team.path) / rel
        case_id = declared_id(path.name, decode(path.read_bytes())) or path.stem
        items.append(Item(case_id, n, case_id))
        cases[case_id] = {"path": str(path)}
    stamp = ops.now()
    collection = Collection(f"Not yet shared in {team.name}", "Cases written for the team "
                            f"library '{team.name}' ({team.url})", stamp, stamp, items)
    return write_casebook(collection, cases, Path(target))
