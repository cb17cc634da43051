"""Team libraries with real repositories: two clones of a bare remote over file:// and over
smart HTTP, merging, conflicts, refused pushes, and what is never committed."""

from __future__ import annotations

import os
from pathlib import Path

import pygit2
import pytest

from casebook.errors import AuthRequired, Cancelled, InputError, NotACaseLibrary, PushRefused
from casebook.exchange.team import conflicts, ops, registry, setup, tokens
from casebook.exchange.team.files import shareable
from casebook.library import Library
from tests.exchange.team.gitutil import commit_all, edit, http_server, seed_remote
from tests.helpers import write_case

CONTEXT = "Some context text."


def _pair(two: tuple[Library, Library], url: str) -> tuple[Path, Path]:
    ana, ben = two
    a = ops.add(ana, url, name="cities")
    b = ops.add(ben, url, name="cities")
    return Path(a.path), Path(b.path)


def _ids(lib: Library) -> set[str]:
    lib.sync()
    return set(lib.store.all_ids())


def test_edits_to_different_cases_merge_cleanly(two, remote: Path) -> None:
    ana, ben = two
    a, b = _pair(two, "file://" + str(remote))
    edit(a / "alpha.md", CONTEXT, "Ana rewrote the context.")
    edit(b / "beta.md", CONTEXT, "Ben rewrote the context.")
    assert ops.share(ana, message="Ana's edit").commits == 1
    report = ops.update(ben)  # Ben's edit is committed first, then merged
    assert report.committed and not report.conflicts
    assert "Ana rewrote" in (b / "alpha.md").read_text()
    assert "Ben rewrote" in (b / "beta.md").read_text()
    assert ops.share(ben).commits == 2  # his commit and the merge
    ops.update(ana)
    assert "Ben rewrote" in (a / "beta.md").read_text()
    for lib in two:
        st = ops.status(lib)
        assert (st.ahead, st.behind, st.local, st.conflicts) == (0, 0, {}, [])


def test_edits_to_the_same_case_give_the_conflict_flow(two, remote: Path) -> None:
    ana, ben = two
    a, b = _pair(two, "file://" + str(remote))
    edit(a / "alpha.md", CONTEXT, "Ana's version.")
    ops.share(ana)
    edit(b / "alpha.md", CONTEXT, "Ben's version.")
    report = ops.update(ben)
    assert report.conflicts == ["alpha.md"]
    mine = (b / "alpha.md").read_text()
    assert "Ben's version." in mine and "<<<<<<<" not in mine and "=======" not in mine
    [conflict] = registry.conflicts(ben, "cities")
    theirs = registry.state_dir(ben, "cities") / "theirs" / conflict.theirs
    assert "Ana's version." in theirs.read_text()
    assert not str(theirs).startswith(tuple(ben.folders))  # never indexed as a duplicate
    ben.sync()
    notes = [p for p in ben.problems() if p.code == registry.CONFLICT_CODE]
    assert [p.path for p in notes] == [str(b / "alpha.md")]
    assert "changed by someone else too" in notes[0].message
    assert ops.status(ben).state == "conflict"
    with pytest.raises(Exception, match="waiting"):
        ops.share(ben)  # not before the user chose
    conflicts.resolve(ben, None, "alpha", "mine")
    ben.sync()
    assert not [p for p in ben.problems() if p.code == registry.CONFLICT_CODE]
    assert not theirs.exists()
    ops.share(ben)
    ops.update(ana)
    assert "Ben's version." in (a / "alpha.md").read_text()


def test_take_theirs_keeps_a_copy_of_mine(two, remote: Path) -> None:
    ana, ben = two
    a, b = _pair(two, "file://" + str(remote))
    edit(a / "beta.md", CONTEXT, "Ana's beta.")
    ops.share(ana)
    edit(b / "beta.md", CONTEXT, "Ben's beta.")
    ops.update(ben)
    conflicts.resolve(ben, None, str(b / "beta.md"), "theirs")
    assert "Ana's beta." in (b / "beta.md").read_text()
    copies = list((registry.state_dir(ben, "cities") / "replaced").rglob("beta.md"))
    assert len(copies) == 1 and "Ben's beta." in copies[0].read_text()
    assert ops.status(ben).local == {"beta.md": "changed"}  # theirs over the merge commit


def test_a_new_case_appears_in_the_other_clone_over_http(two, remote: Path) -> None:
    ana, ben = two
    with http_server(remote) as url:
        a, _ = _pair(two, url)
        write_case(a / "europe", "gamma", title="Gamma in Europe")
        report = ops.share(ana, message="Add gamma")
        assert report.files == {"europe/gamma.md": "new"}
        assert "gamma" not in _ids(ben)
        assert ops.update(ben).new_files == ["europe/gamma.md"]
        assert ops.status(ben).state == "new"
        assert "gamma" in _ids(ben)


def test_a_refused_push_leaves_everything_in_place(two, remote: Path, tmp_path: Path) -> None:
    ana, ben = two
    a, b = _pair(two, "file://" + str(remote))
    write_case(a, "from-ana")
    ops.share(ana)
    write_case(b, "from-ben")
    edit(b / "beta.md", CONTEXT, "Ben's beta.")
    before = {p.name: p.read_bytes() for p in b.glob("*.md")}
    with pytest.raises(PushRefused) as refused:
        ops.share(ben)
    assert refused.value.behind and "update" in str(refused.value)
    assert {p.name: p.read_bytes() for p in b.glob("*.md")} == before
    st = ops.status(ben)
    assert st.ahead == 1 and st.local == {} and st.state == "not-shared"
    pack = tmp_path / "mine.casebook"
    assert setup.pack_unshared(ben, None, str(pack)).cases == 2
    ops.update(ben)
    assert ops.share(ben).commits == 2
    assert (a / "from-ana.md").exists() and not (a / "from-ben.md").exists()
    ops.update(ana)
    assert (a / "from-ben.md").exists()


def test_no_rights_over_http_is_refused_in_one_line(two, remote: Path) -> None:
    ana, _ = two
    with http_server(remote, read_only=True) as url:
        a = Path(ops.add(ana, url, name="cities").path)
        write_case(a, "mine")
        with pytest.raises(PushRefused) as refused:
            ops.share(ana)
    assert not refused.value.behind and "\n" not in str(refused.value)
    assert (a / "mine.md").exists() and ops.status(ana).ahead == 1


def test_a_token_is_asked_for_and_kept_out_of_files(two, remote: Path) -> None:
    ana, _ = two
    secret = "tok-3141592653"
    asked: list[str] = []
    with http_server(remote, token=secret) as url:
        with pytest.raises(AuthRequired):
            ops.add(ana, url, name="nope", ask_token=lambda u: None)
        assert not (ana.data_dir / "libraries" / "nope").exists()

        def ask(u: str) -> str:
            asked.append(u)
            return secret

        team = ops.add(ana, url, name="cities", ask_token=ask)
        assert asked == [url] and team.token
        assert ops.update(ana, ask_token=lambda u: pytest.fail("asked again")).name
    tokens.forget(url)
    for root, _dirs, files in os.walk(ana.data_dir):
        for name in files:
            assert secret.encode() not in Path(root, name).read_bytes(), name


def test_not_a_case_library_is_refused_and_nothing_is_left(two, tmp_path: Path) -> None:
    ana, _ = two
    work = tmp_path / "code"
    repo = pygit2.init_repository(str(work), initial_head="main")
    (work / "main.py").write_text("print('hi')\n")
    commit_all(repo, "code")
    with pytest.raises(NotACaseLibrary, match="no Markdown"):
        ops.add(ana, str(work))
    empty = tmp_path / "empty.git"
    pygit2.init_repository(str(empty), bare=True)
    with pytest.raises(NotACaseLibrary, match="empty"):
        ops.add(ana, str(empty))
    libraries = ana.data_dir / "libraries"
    assert not libraries.exists() or list(libraries.iterdir()) == []
    assert registry.libraries(ana) == []


def test_the_size_limit_aborts_the_transfer(two, tmp_path: Path) -> None:
    ana, _ = two
    big = seed_remote(tmp_path, ["alpha"], "big.git")
    work = tmp_path / "big.git.seed"
    (work / "photo.png").write_bytes(os.urandom(3 * 1024 * 1024))
    repo = pygit2.Repository(str(work))
    commit_all(repo, "a big photo")
    repo.remotes["origin"].push(["refs/heads/main:refs/heads/main"])
    ana.user.set_setting("team_max_mb", 1)
    with pytest.raises(NotACaseLibrary, match="larger than the limit of 1 MB"):
        ops.add(ana, "file://" + str(big))
    assert list((ana.data_dir / "libraries").iterdir()) == []


def test_a_cancelled_clone_leaves_nothing(two, remote: Path) -> None:
    ana, _ = two
    with pytest.raises(Cancelled):
        ops.add(ana, "file://" + str(remote), cancel=lambda: True)
    assert list((ana.data_dir / "libraries").iterdir()) == []
    assert registry.libraries(ana) == [] and not (ana.data_dir / "team" / "team").exists()


def test_only_the_librarys_own_files_are_committed(two, remote: Path) -> None:
    ana, _ = two
    a = Path(ops.add(ana, str(remote), name="cities").path)
    write_case(a, "shared-case")
    (a / "chart.png").write_bytes(b"\x89PNG fake")
    (a / ".alpha.md.swp").write_bytes(b"swap")
    (a / "alpha.md~").write_text("backup")
    (a / "notes.txt").write_text("private")
    write_case(a / "_drafts", "draft")
    os.symlink("/etc/hostname", a / "link.md")
    report = ops.share(ana)
    assert report.files == {"shared-case.md": "new", "chart.png": "new"}
    inner = a / "casebook-data"  # a data folder someone keeps inside the library
    write_case(inner, "index-copy")
    assert not shareable(a, "casebook-data/index-copy.md", inner)
    assert shareable(a, "casebook-data/index-copy.md", ana.data_dir)


def test_symlinks_hooks_and_filters_from_the_repository_do_nothing(two, tmp_path: Path) -> None:
    ana, _ = two
    bare = seed_remote(tmp_path, ["alpha"], "odd.git")
    work = tmp_path / "odd.git.seed"
    os.symlink("/etc/passwd", work / "passwd.md")
    (work / ".gitattributes").write_text("*.md filter=evil\n")
    repo = pygit2.Repository(str(work))
    commit_all(repo, "odd files")
    repo.remotes["origin"].push(["refs/heads/main:refs/heads/main"])
    a = Path(ops.add(ana, str(bare), name="odd").path)
    assert not (a / "passwd.md").is_symlink()
    assert (a / "passwd.md").read_text() == "/etc/passwd"
    proof = tmp_path / "hook-ran"
    hook = a / ".git" / "hooks" / "post-merge"
    hook.parent.mkdir(exist_ok=True)
    hook.write_text(f"#!/bin/sh\ntouch {proof}\n")
    hook.chmod(0o755)
    clone = pygit2.Repository(str(a))
    clone.config["filter.evil.smudge"] = f"sh -c 'touch {proof}; cat'"
    clone.config["filter.evil.clean"] = f"sh -c 'touch {proof}; cat'"
    write_case(work, "new-one")
    commit_all(repo, "another")
    repo.remotes["origin"].push(["refs/heads/main:refs/heads/main"])
    edit(a / "alpha.md", CONTEXT, "Mine.")
    ops.update(ana)
    ops.share(ana)
    assert (a / "new-one.md").exists() and not proof.exists()


def test_remove_names_unshared_work_first(two, remote: Path) -> None:
    ana, _ = two
    a = Path(ops.add(ana, str(remote), name="cities").path)
    write_case(a, "unsent")
    with pytest.raises(InputError, match=r"unsent\.md"):
        ops.remove(ana, "cities", keep_files=False)
    assert (a / "unsent.md").exists()
    ops.remove(ana, "cities", keep_files=True)
    assert (a / "unsent.md").exists() and str(a) not in ana.folders
    assert registry.libraries(ana) == []
    b = Path(ops.add(ana, str(remote), name="again").path)
    ops.remove(ana, "again", keep_files=False)
    assert not b.exists()


def test_init_starts_a_library_others_can_add(two, tmp_path: Path) -> None:
    ana, ben = two
    shared = tmp_path / "share" / "cities.git"
    team = setup.init(str(tmp_path / "start"), str(shared), ana, name="cities")
    assert isinstance(team, registry.TeamLibrary)
    start = Path(team.path)
    readme = (start / "README.txt").read_text()
    assert "casebook check --format github" in readme and setup.WORKFLOW in readme
    assert "check --format github" in (start / setup.WORKFLOW).read_text()
    assert (start / "_template.md").exists() and (start / "taxonomy.yaml").exists()
    write_case(start, "first-case")
    ops.share(ana)
    b = Path(ops.add(ben, str(shared), name="cities").path)
    assert (b / "first-case.md").exists() and (b / ".gitlab-ci.yml").exists()
    assert _ids(ben) == {"first-case"}
    assert not [p for p in ben.problems()]  # the README and template are not cases


def test_a_shared_collection_reaches_everyone_read_only(two, remote: Path) -> None:
    ana, ben = two
    _pair(two, str(remote))
    ana.sync()
    ana.collections.create("Onboarding", "For new staff")
    ana.collections.add("Onboarding", ["beta", "alpha"])
    ana.collections.set_note("Onboarding", "beta", "Start here.")
    ana.collections.set_questions("Onboarding", "beta", ["Who paid?"])
    rel, report = setup.share_collection(ana, "Onboarding", "cities")
    assert rel == "collections/onboarding.json" and report.commits == 1
    ops.update(ben)
    [shared] = setup.shared_collections(ben, registry.get(ben, "cities"))
    assert [i.id for i in shared.snapshot.items] == ["beta", "alpha"]
    assert shared.snapshot.items[0].questions == ("Who paid?",)
    assert ben.collections.list() == []  # read-only until a copy is made
    name = setup.copy_collection(ben, "cities", "Onboarding")
    assert ben.collections.get(name).item("beta").note == "Start here."


def test_a_token_goes_to_the_keyring_and_is_found_next_session(two, remote: Path) -> None:
    import keyring
    from keyring.backend import KeyringBackend

    # the machine's own keyring, found before Memory exists: a backend class defined
    # anywhere is a candidate for keyring's discovery, in this test and in every later one
    before = keyring.get_keyring()

    class Memory(KeyringBackend):
        """Passwords in memory, standing in for the system's keyring."""

        priority = 10

        def __init__(self) -> None:
            super().__init__()
            self.passwords: dict[tuple[str, str], str] = {}

        def get_password(self, service: str, username: str) -> str | None:
            return self.passwords.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            self.passwords[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            self.passwords.pop((service, username), None)

    ana, _ = two
    memory = Memory()
    keyring.set_keyring(memory)
    try:
        assert tokens.keyring_usable()
        with http_server(remote, token="tok-271828") as url:
            ops.add(ana, url, name="cities", token="tok-271828")
            assert memory.passwords == {(tokens.SERVICE, tokens.key(url)): "tok-271828"}
            tokens._session.clear()  # a new session: only the keyring knows it
            ops.update(ana, ask_token=lambda u: pytest.fail("asked although kept"))
            ops.remove(ana, "cities", keep_files=False)
            assert memory.passwords == {}
    finally:
        keyring.set_keyring(before)
        KeyringBackend._classes.discard(Memory)
