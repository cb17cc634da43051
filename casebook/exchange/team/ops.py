"""What the CLI and the app do with a team library: add, update, share, status, remove."""

from __future__ import annotations

import getpass
import logging
import os
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from casebook import limits, paths
from casebook.errors import InputError, NotACaseLibrary, TeamError
from casebook.exchange.team import conflicts, registry, tokens
from casebook.exchange.team.files import local_changes
from casebook.exchange.team.git import (
    REMOTE,
    Callbacks,
    Cancel,
    Progress,
    TokenFor,
    configure,
    fetch,
    open_repo,
    push,
    pygit,
    remote_heads,
    remove_tree,
)
from casebook.exchange.team.merge import (
    apply,
    commit_local,
    default_message,
    merge,
    recover,
)
from casebook.exchange.team.registry import Conflict, TeamLibrary

if TYPE_CHECKING:
    import pygit2

    from casebook.library import Library

log = logging.getLogger(__name__)


@dataclass
class UpdateReport:
    name: str
    new_files: list[str] = field(default_factory=list)
    changed: int = 0
    committed: bool = False  # the user's work was committed first
    conflicts: list[str] = field(default_factory=list)  # files that clashed this time
    recovered: bool = False  # an interrupted update was finished first

    def summary(self) -> str:
        if not self.changed and not self.conflicts:
            return f"{self.name}: up to date"
        parts = []
        if self.new_files:
            parts.append(f"{len(self.new_files)} new case file"
                         f"{'s' if len(self.new_files) != 1 else ''}")
        other = self.changed - len(self.new_files)
        if other > 0:
            parts.append(f"{other} other file{'s' if other != 1 else ''} updated")
        if self.conflicts:
            parts.append(f"{len(self.conflicts)} changed by someone else too (your version "
                         "kept; see `casebook library status`)")
        return f"{self.name}: " + ", ".join(parts)


@dataclass
class ShareReport:
    name: str
    files: dict[str, str] = field(default_factory=dict)  # committed now: path -> kind
    commits: int = 0  # commits sent


@dataclass
class Status:
    team: TeamLibrary
    ahead: int
    behind: int
    local: dict[str, str]
    conflicts: list[Conflict]
    interrupted: bool

    @property
    def state(self) -> str:
        """conflict, not-shared, new or up-to-date: what the sidebar shows."""
        if self.conflicts:
            return "conflict"
        if self.ahead or self.local:
            return "not-shared"
        if self.team.last_new:
            return "new"
        return "up-to-date"

    def to_json(self) -> dict[str, Any]:
        return {"name": self.team.name, "url": self.team.url, "path": self.team.path,
                "branch": self.team.branch, "state": self.state, "ahead": self.ahead,
                "behind": self.behind, "local_changes": self.local,
                "last_update": self.team.last_update, "new_cases": self.team.last_new,
                "conflicts": [c.path for c in self.conflicts],
                "interrupted_update": self.interrupted}


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def author(lib: Library) -> str:
    name = lib.user.setting("team_author")
    if isinstance(name, str) and name.strip():
        return name.strip()
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "Casebook user"


def max_bytes(lib: Library) -> int:
    value = lib.user.setting("team_max_mb")
    return int(value) * 1024 * 1024 if isinstance(value, int) and value > 0 \
        else limits.TEAM_TRANSFER_BYTES


def _token_for(ask: TokenFor | None) -> TokenFor:
    def token_for(url: str) -> str | None:
        known = tokens.get(url)
        if known:
            return known
        given = ask(url) if ask is not None else None
        if given:
            tokens.put(url, given)
        return given
    return token_for


def name_from_url(url: str) -> str:
    tail = url.rstrip("/\\").replace("\\", "/").rsplit("/", 1)[-1].rsplit(":", 1)[-1]
    return tail.removesuffix(".git") or "team"


def normal_url(url: str) -> str:
    """A local path is made absolute; addresses are kept as given."""
    if "://" in url or (":" in url and not os.path.exists(url) and "@" in url):
        return url
    return os.path.abspath(os.path.expanduser(url))


def _has_markdown(repo: pygit2.Repository, tree: pygit2.Tree) -> bool:
    pg = pygit()
    for entry in tree:
        name = entry.name or ""
        if entry.type_str == "tree" and not name.startswith("."):
            if _has_markdown(repo, repo[entry.id].peel(pg.Tree)):
                return True
        elif name.lower().endswith(".md"):
            return True
    return False


def _add_folder(lib: Library, folder: str) -> None:
    configured = list(lib.user.setting("case_folders") or [str(paths.bundled_cases())])
    if folder not in configured:
        lib.user.set_setting("case_folders", [*configured, folder])
    if folder not in lib.folders:
        lib.folders.append(folder)
        lib.reload_taxonomy()


def _drop_folder(lib: Library, folder: str) -> None:
    configured = list(lib.user.setting("case_folders") or [])
    if folder in configured:
        lib.user.set_setting("case_folders", [f for f in configured if f != folder])
    if folder in lib.folders:
        lib.folders.remove(folder)
        lib.reload_taxonomy()


# add -------------------------------------------------------------------------------------
def add(lib: Library, url: str, name: str | None = None, into: str | None = None,
        progress: Progress | None = None, cancel: Cancel | None = None,
        token: str | None = None, ask_token: TokenFor | None = None) -> TeamLibrary:
    """Clone a team library and add it as a case folder. A failed or cancelled clone
    leaves nothing behind; a repository with no Markdown, or larger than the limit, is
    refused before its files are written."""
    url = normal_url(url)
    name = registry.unique_name(lib, name or name_from_url(url))
    target = Path(into).expanduser().resolve() if into else lib.data_dir / "libraries" / name
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise InputError(f"{target} is not an empty folder; choose another one with --into")
    target.parent.mkdir(parents=True, exist_ok=True)
    for stale in target.parent.glob(".*.partial-*"):
        if not _alive(stale.name.rsplit("-", 1)[-1]):
            remove_tree(stale)
    if token:
        tokens.put(url, token)
    cb = Callbacks(url, progress, cancel, max_bytes(lib), _token_for(ask_token))
    tmp = target.parent / f".{target.name}.partial-{os.getpid()}"
    with registry.locked(lib, name):
        try:
            branch = _clone(url, tmp, cb)
            if target.exists():
                target.rmdir()
            os.replace(tmp, target)
        except BaseException:
            remove_tree(tmp)
            remove_tree(registry.state_dir(lib, name))
            raise
    team = TeamLibrary(name, url, str(target), branch, added=now(), last_update=now(),
                       token=cb.asked_token, managed=into is None)
    registry.save(lib, team)
    _add_folder(lib, str(target))
    log.info("added team library %s from %s in %s", name, url, target)
    return team


def _clone(url: str, tmp: Path, cb: Callbacks) -> str:
    pg = pygit()
    remove_tree(tmp)
    repo = pg.init_repository(str(tmp), initial_head="main")
    configure(repo)
    repo.remotes.create(REMOTE, url)
    default, branches = remote_heads(repo, cb)
    if not branches:
        raise NotACaseLibrary(f"{url} is empty: it holds no case files yet (whoever sets it "
                              "up starts it with `casebook library init`)")
    branch = default if default in branches else "main" if "main" in branches \
        else sorted(branches)[0]
    fetch(repo, cb)
    commit = repo.references[f"refs/remotes/{REMOTE}/{branch}"].peel(pg.Commit)
    if not _has_markdown(repo, commit.tree):
        raise NotACaseLibrary(f"{url} holds no Markdown files, so it is not a case library; "
                              "nothing was kept")
    repo.config[f"branch.{branch}.remote"] = REMOTE
    repo.config[f"branch.{branch}.merge"] = f"refs/heads/{branch}"
    apply(repo, commit.id, branch)
    repo.free()
    return branch


def _alive(pid: str) -> bool:
    try:
        os.kill(int(pid), 0)
    except (ValueError, ProcessLookupError):
        return False
    except PermissionError:
        return True
    return True


# update ----------------------------------------------------------------------------------
def update(lib: Library, name: str | None = None, progress: Progress | None = None,
           cancel: Cancel | None = None, ask_token: TokenFor | None = None) -> UpdateReport:
    """Fetch; commit the user's work first when there is some; merge. A file changed on
    both sides keeps the user's version in place and the other one in the data folder."""
    team = registry.get(lib, name)
    report = UpdateReport(team.name)
    with registry.locked(lib, team.name):
        repo = open_repo(team.path)
        configure(repo)
        finished = recover(repo)
        if finished is not None:
            report.recovered = True
            conflicts.record(lib, team, finished.clashes, "")
        cb = Callbacks(team.url, progress, cancel, max_bytes(lib), _token_for(ask_token))
        fetch(repo, cb)
        ref = repo.references.get(f"refs/remotes/{REMOTE}/{team.branch}")
        if ref is None:
            raise TeamError(f"{team.url} has no branch '{team.branch}' any more; ask whoever "
                            "looks after the library")
        changes = local_changes(repo, lib.data_dir)
        if changes:
            commit_local(repo, default_message(changes), author(lib), lib.data_dir)
            report.committed = True
        new, clashes = merge(repo, ref.target, team.branch)
        if new is not None:
            conflicts.record(lib, team, clashes, str(ref.target))
            applied = apply(repo, new, team.branch)
            conflicts.record(lib, team, applied.clashes, str(ref.target))
            report.new_files = applied.new_files
            report.changed = applied.changed
            report.conflicts = [c.path for c in clashes + applied.clashes]
        team.last_update = now()
        team.last_new = report.new_files
        team.token = team.token or cb.asked_token
        registry.save(lib, team)
    log.info("%s", report.summary())
    return report


# share -----------------------------------------------------------------------------------
def share(lib: Library, name: str | None = None, message: str | None = None,
          ask_token: TokenFor | None = None, only: list[str] | None = None) -> ShareReport:
    """Commit the user's new and changed library files, then push. A refusal (no rights,
    or the library moved on) is PushRefused; the commit stays, nothing is lost."""
    team = registry.get(lib, name)
    report = ShareReport(team.name)
    with registry.locked(lib, team.name):
        repo = open_repo(team.path)
        finished = recover(repo)
        if finished is not None:
            conflicts.record(lib, team, finished.clashes, "")
        waiting = registry.conflicts(lib, team.name)
        if waiting:
            names = ", ".join(c.path for c in waiting[:3]) + (" …" if len(waiting) > 3 else "")
            count = "1 file changed by someone else too is" if len(waiting) == 1 else \
                f"{len(waiting)} files changed by someone else too are"
            raise TeamError(f"{count} waiting ({names}): choose Keep mine or Take theirs "
                            "first (casebook library resolve)")
        changes = local_changes(repo, lib.data_dir)
        if only is not None:
            changes = {p: k for p, k in changes.items() if p in only}
        if changes:
            commit_local(repo, message or default_message(changes), author(lib),
                         lib.data_dir, only)
            report.files = changes
        ref = repo.references.get(f"refs/remotes/{REMOTE}/{team.branch}")
        if repo.head_is_unborn:
            return report
        ahead = _count(repo, repo.head.target) if ref is None \
            else repo.ahead_behind(repo.head.target, ref.target)[0]
        if not ahead:
            return report
        cb = Callbacks(team.url, token_for=_token_for(ask_token))
        push(repo, team.branch, cb)
        report.commits = ahead
        team.token = team.token or cb.asked_token
        team.last_new = []
        registry.save(lib, team)
    return report


def _count(repo: pygit2.Repository, head: Any) -> int:
    return sum(1 for _ in repo.walk(head))


# status, resolve, remove -----------------------------------------------------------------
def status(lib: Library, name: str | None = None) -> Status:
    """Ahead/behind (as of the last update), local changes, conflicts; no network."""
    team = registry.get(lib, name)
    try:
        repo = pygit().Repository(team.path)
    except Exception:
        raise TeamError(f"the folder of '{team.name}' ({team.path}) is missing or is not a "
                        "Git repository any more") from None
    ahead = behind = 0
    ref = repo.references.get(f"refs/remotes/{REMOTE}/{team.branch}")
    if not repo.head_is_unborn:
        if ref is not None:
            ahead, behind = repo.ahead_behind(repo.head.target, ref.target)
        else:
            ahead = _count(repo, repo.head.target)
    interrupted = (Path(repo.path) / "casebook-update.json").exists()
    return Status(team, ahead, behind, local_changes(repo, lib.data_dir),
                  registry.conflicts(lib, team.name), interrupted)


def unshared(lib: Library, name: str) -> list[str]:
    """What would be lost with the folder: local changes, commits not sent, conflicts."""
    st = status(lib, name)
    out = [f"{p} ({k})" for p, k in sorted(st.local.items())]
    if st.ahead:
        out.append(f"{st.ahead} saved change{'s' if st.ahead != 1 else ''} not sent yet")
    out += [f"{c.path} (changed by someone else too)" for c in st.conflicts]
    return out


def remove(lib: Library, name: str, keep_files: bool, force: bool = False) -> TeamLibrary:
    """Stop using a team library; its folder is deleted unless `keep_files`. Unshared work
    is named and stops a deletion unless `force`."""
    team = registry.get(lib, name)
    with registry.locked(lib, team.name):
        if not keep_files and Path(team.path).exists():
            try:
                lost = unshared(lib, team.name)
            except TeamError:
                lost = []
            if lost and not force:
                raise InputError(f"'{team.name}' has work that is not shared: "
                                 f"{'; '.join(lost[:5])}{' …' if len(lost) > 5 else ''}; "
                                 "share it first, keep the folder (--keep-files), or delete "
                                 "it anyway (--force)")
            remove_tree(Path(team.path))
        notes: dict[str, tuple[str, str] | None] = {
            str(Path(team.path) / c.path): None for c in registry.conflicts(lib, team.name)}
        if notes:
            lib.note_files(notes)
        _drop_folder(lib, team.path)
        registry.forget(lib, team.name)
    remove_tree(registry.state_dir(lib, team.name))
    tokens.forget(team.url)
    return team
