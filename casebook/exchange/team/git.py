"""Git through libgit2 (pygit2): open, fetch, push and clone, with progress, a size cap,
cancellation and credentials; no git program, no hooks, no filter drivers, no symlinks."""

from __future__ import annotations

import logging
import os
import shutil
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from casebook.errors import AuthRequired, Cancelled, NotACaseLibrary, PushRefused, TeamError

if TYPE_CHECKING:
    import pygit2

log = logging.getLogger(__name__)
Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]
TokenFor = Callable[[str], str | None]
MB = 1024 * 1024
REMOTE = "origin"
# A lock file older than this is taken as left by a killed process while we hold the team
# lock; a younger one may be a colleague's git command at work.
STALE_LOCK_S = 5.0


def pygit() -> Any:
    import pygit2

    return pygit2


def signature(name: str | None = None) -> pygit2.Signature:
    sig: pygit2.Signature = pygit().Signature(name or "Casebook user", "casebook@localhost")
    return sig


def configure(repo: pygit2.Repository) -> None:
    """Settings that keep a cloned repository from reaching outside it: symlinks are
    checked out as plain files, and no hook path is honoured (libgit2 runs no hooks or
    filter drivers at all; this also guards a colleague's git)."""
    config = repo.config
    config["core.symlinks"] = False
    config["core.hooksPath"] = os.devnull
    config["core.autocrlf"] = False


def open_repo(path: str | Path) -> pygit2.Repository:
    """The repository of a team library, after removing lock files left by a killed
    process (the caller holds the library's team lock)."""
    pg = pygit()
    try:
        repo: pygit2.Repository = pg.Repository(str(path))
    except (pg.GitError, KeyError, OSError) as exc:
        raise TeamError(f"{path} is not a Git repository any more ({exc})") from None
    _remove_stale_locks(Path(repo.path))
    return repo


def _remove_stale_locks(git_dir: Path) -> None:
    now = time.time()
    candidates = [git_dir / "index.lock", git_dir / "HEAD.lock", git_dir / "config.lock",
                  git_dir / "packed-refs.lock", git_dir / "FETCH_HEAD.lock"]
    candidates += list((git_dir / "refs").rglob("*.lock"))
    for lock in candidates:
        try:
            age = now - lock.stat().st_mtime
        except OSError:
            continue
        if age < STALE_LOCK_S:  # a git program may be at work: give it time to finish
            time.sleep(STALE_LOCK_S - age)
            if not lock.exists():
                continue
        log.warning("removed %s, left by an interrupted update", lock)
        lock.unlink(missing_ok=True)


class Callbacks:
    """pygit2 remote callbacks: progress, cancel, size cap and one try per credential."""

    def __init__(self, url: str, progress: Progress | None = None,
                 cancel: Cancel | None = None, max_bytes: int | None = None,
                 token_for: TokenFor | None = None) -> None:
        self.url = url
        self.progress = progress
        self.cancel = cancel
        self.max_bytes = max_bytes
        self.token_for = token_for
        self.tried: set[str] = set()
        self.token_tries = 0
        self.rejected: list[tuple[str, str]] = []
        self.asked_token = False

    def make(self) -> pygit2.RemoteCallbacks:
        pg = pygit()
        outer = self

        class _CB(pg.RemoteCallbacks):  # type: ignore[misc, name-defined]
            def credentials(self, url: str, username: str | None, allowed: Any) -> Any:
                return outer.credentials(url, username, allowed)

            def transfer_progress(self, stats: Any) -> None:
                outer.transfer(stats)

            def push_update_reference(self, refname: str, message: str | None) -> None:
                if message:
                    outer.rejected.append((refname, message))

        return _CB()

    def credentials(self, url: str, username: str | None, allowed: Any) -> Any:
        pg = pygit()
        kinds = pg.enums.CredentialType
        # asked again on each connection, and again after a refusal: a few tries, no loop
        if allowed & kinds.USERPASS_PLAINTEXT and self.token_tries < 4:
            self.token_tries += 1
            token = self.token_for(self.url) if self.token_for else None
            self.asked_token = True
            if token:
                return pg.UserPass(username or "x-access-token", token)
        if allowed & kinds.SSH_KEY:
            user = username or "git"
            if "agent" not in self.tried and os.environ.get("SSH_AUTH_SOCK"):
                self.tried.add("agent")
                return pg.KeypairFromAgent(user)
            for name in ("id_ed25519", "id_ecdsa", "id_rsa"):
                key = Path.home() / ".ssh" / name
                if name not in self.tried and key.is_file():
                    self.tried.add(name)
                    pub = key.with_name(name + ".pub")
                    return pg.Keypair(user, str(pub) if pub.is_file() else None, str(key), "")
        if allowed & kinds.USERNAME and "user" not in self.tried:
            self.tried.add("user")
            return pg.Username(username or "git")
        raise AuthRequired(f"{self.url} asks for an access token; none was accepted")

    def transfer(self, stats: Any) -> None:
        if self.cancel is not None and self.cancel():
            raise Cancelled("cancelled")
        if self.max_bytes is not None and stats.received_bytes > self.max_bytes:
            raise NotACaseLibrary(
                f"{self.url} is larger than the limit of {self.max_bytes // MB:,} MB for a "
                "team library; nothing was kept (the limit is the setting team_max_mb)")
        if self.progress is not None and stats.total_objects:
            self.progress(stats.received_objects + stats.indexed_objects,
                          2 * stats.total_objects)


def network_error(url: str, exc: Exception, what: str) -> TeamError:
    """A libgit2 error as one line a public servant can act on."""
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    low = text.lower()
    local = url.removeprefix("file://")
    if "://" not in local and ":" not in local.lstrip("/")[:2] and not os.path.exists(local):
        return TeamError(f"cannot reach {url} to {what}: the folder is not there (is the "
                         "shared drive connected?)")
    if any(w in low for w in ("401", "403", "authentication", "credentials", "auth")):
        return AuthRequired(f"cannot {what} {url}: the server asks for an access token "
                            f"or refused the one given ({text})")
    if any(w in low for w in ("resolve", "connect", "timed out", "network", "unreachable",
                              "could not find repository", "failed to send", "ssl")):
        return TeamError(f"cannot reach {url} to {what} (offline?): {text}")
    return TeamError(f"cannot {what} {url}: {text}")


def _run(url: str, what: str, cb: Callbacks, call: Callable[[], Any]) -> Any:
    pg = pygit()
    try:
        return call()
    except (Cancelled, TeamError):
        raise
    except (pg.GitError, OSError, ValueError, KeyError) as exc:
        raise network_error(url, exc, what) from None


def remote_heads(repo: pygit2.Repository, cb: Callbacks) -> tuple[str | None, list[str]]:
    """The remote's default branch (its HEAD) and all its branches."""
    remote = repo.remotes[REMOTE]
    heads = _run(cb.url, "reach", cb, lambda: remote.list_heads(callbacks=cb.make()))
    default = None
    branches: list[str] = []
    for head in heads:
        if head.name == "HEAD" and head.symref_target:
            default = str(head.symref_target).removeprefix("refs/heads/")
        elif head.name.startswith("refs/heads/"):
            branches.append(head.name.removeprefix("refs/heads/"))
    return default, branches


def fetch(repo: pygit2.Repository, cb: Callbacks) -> None:
    remote = repo.remotes[REMOTE]
    _run(cb.url, "update from", cb, lambda: remote.fetch(callbacks=cb.make(),
                                                         message="casebook: fetch"))


def push(repo: pygit2.Repository, branch: str, cb: Callbacks) -> None:
    """Push the branch; a refusal is PushRefused, saying whether the remote moved on."""
    pg = pygit()
    remote = repo.remotes[REMOTE]
    spec = f"refs/heads/{branch}:refs/heads/{branch}"
    try:
        remote.push([spec], callbacks=cb.make())
    except (Cancelled, AuthRequired):
        raise
    except (pg.GitError, OSError, ValueError) as exc:
        text = str(exc).lower()
        if any(w in text for w in ("non-fast", "fastforward", "fast-forward",
                                   "not present locally", "fetch first")):
            raise refused(cb.url, True) from None
        err = network_error(cb.url, exc, "share with")
        if isinstance(err, AuthRequired) or "permission" in text or "denied" in text:
            raise refused(cb.url, False, str(exc).strip().splitlines()[0]) from None
        raise err from None
    if cb.rejected:
        message = cb.rejected[0][1]
        behind = any(w in message.lower() for w in ("fetch first", "non-fast", "stale"))
        raise refused(cb.url, behind, message)


def refused(url: str, behind: bool, reason: str = "") -> PushRefused:
    if behind:
        return PushRefused(f"{url} did not take your changes: someone shared theirs first; "
                           "update, then share again (or send a .casebook pack)", True)
    why = f" ({reason})" if reason else ""
    return PushRefused(f"{url} did not take your changes: you may not have the right to "
                       f"share there{why}; send a .casebook pack instead", False)


def remove_tree(path: Path) -> None:
    """Delete a folder whole (a partial clone): renamed aside first, so a crash leaves no
    half of it where it was."""
    if not path.exists():
        return
    trash = path.with_name(f".{path.name}.removing-{os.getpid()}")
    try:
        os.replace(path, trash)
    except OSError:
        trash = path
    shutil.rmtree(trash, ignore_errors=True)
