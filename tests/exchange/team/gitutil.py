"""Real Git repositories for the team library tests: a bare remote seeded with cases, and a
smart HTTP server on 127.0.0.1 (dulwich) in front of it."""

from __future__ import annotations

import base64
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pygit2

from tests.helpers import write_case

SIG = pygit2.Signature("Colleague", "colleague@example.org")


def seed_remote(base: Path, ids: list[str], name: str = "team.git") -> Path:
    """A bare repository holding one case file per id (committed by a colleague)."""
    bare = base / name
    pygit2.init_repository(str(bare), bare=True, initial_head="main")
    work = base / f"{name}.seed"
    repo = pygit2.init_repository(str(work), initial_head="main")
    for case_id in ids:
        write_case(work, case_id)
    commit_all(repo, "seed the library")
    repo.remotes.create("origin", str(bare))
    repo.remotes["origin"].push(["refs/heads/main:refs/heads/main"])
    return bare


def commit_all(repo: pygit2.Repository, message: str) -> None:
    index = repo.index
    index.add_all()
    index.write()
    tree = index.write_tree()
    parents = [] if repo.head_is_unborn else [repo.head.target]
    repo.create_commit("HEAD", SIG, SIG, message, tree, parents)


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, (path, old)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@contextmanager
def http_server(bare: Path, token: str | None = None,
                read_only: bool = False) -> Iterator[str]:
    """Serve a bare repository over smart HTTP on 127.0.0.1; with `token`, every request
    needs Basic auth with that password; `read_only` refuses pushes (403)."""
    from dulwich.repo import Repo
    from dulwich.server import DictBackend
    from dulwich.web import (
        WSGIRequestHandlerLogger,
        WSGIServerLogger,
        make_server,
        make_wsgi_chain,
    )

    backend = DictBackend({"/": Repo(str(bare))})
    git_app = make_wsgi_chain(backend)

    def app(environ: dict[str, Any], start: Callable[..., Any]) -> Any:
        if token is not None:
            expected = "Basic " + base64.b64encode(f"anyone:{token}".encode()).decode()
            got = environ.get("HTTP_AUTHORIZATION", "")
            user_ok = got.startswith("Basic ") and base64.b64decode(got[6:]).decode() \
                .split(":", 1)[-1] == token
            if not user_ok and got != expected:
                start("401 Unauthorized", [("WWW-Authenticate", 'Basic realm="team"'),
                                           ("Content-Length", "0")])
                return [b""]
        wants_push = "git-receive-pack" in (environ.get("PATH_INFO", "") +
                                            environ.get("QUERY_STRING", ""))
        if read_only and wants_push:
            start("403 Forbidden", [("Content-Length", "0")])
            return [b""]
        return _buffered(git_app, environ, start)

    server = make_server("127.0.0.1", 0, app, handler_class=WSGIRequestHandlerLogger,
                         server_class=WSGIServerLogger)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(10)


def _buffered(app: Callable[..., Any], environ: dict[str, Any],
              start: Callable[..., Any]) -> list[bytes]:
    """The whole response with its Content-Length: libgit2 does not read a body that only
    ends when the connection closes (wsgiref speaks HTTP/1.0)."""
    got: dict[str, Any] = {}
    chunks: list[bytes] = []

    def keep(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> Any:
        got["status"], got["headers"] = status, headers
        return chunks.append

    for piece in app(environ, keep):
        chunks.append(piece)
    body = b"".join(chunks)
    headers = [(k, v) for k, v in got["headers"] if k.lower() != "content-length"]
    start(got["status"], [*headers, ("Content-Length", str(len(body)))])
    return [body]
