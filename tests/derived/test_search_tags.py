"""Search finds cases by the names of their tags: labels, aliases, sectors and free tags."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from casebook.library import Library
from tests.helpers import write_case


@pytest.fixture(scope="module")
def lib(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Library]:
    """Tagged cases whose bodies, titles and summaries never use their tags' names."""
    root = tmp_path_factory.mktemp("tags")
    cases = root / "cases"
    write_case(cases, "pb", title="Neighbourhood spending votes",
               strategies="participatory-budgeting",
               body="Residents met every spring and chose which streets to repave.")
    write_case(cases, "permits", title="Faster permits",
               challenges="regulatory-and-policy-barriers",
               body="Building permits took eleven months to approve.")
    write_case(cases, "mentions", title="A city report", strategies="open-data",
               body="The report lists participatory budgeting among many other ideas, and "
                    "a participatory survey.")
    write_case(cases, "sector", title="Tax office queues", extra="sectors: [public finance]\n",
               body="Queues at the tax office grew shorter.")
    write_case(cases, "free", title="Land records", extra="tags: [distributed ledger]\n",
               body="Land titles moved to a new register.")
    library = Library(root / "data", [str(cases)])
    library.sync()
    yield library
    library.close()


def ids(lib: Library, query: str, strict: bool = False) -> list[str]:
    return [h.id for h in lib.search(query, limit=100, strict=strict).hits]


def test_a_tags_label_finds_it_and_ranks_it_above_a_mention(lib: Library) -> None:
    assert ids(lib, "participatory budgeting") == ["pb", "mentions"]
    assert ids(lib, "participatory budgeting", strict=True) == ["pb", "mentions"]
    assert ids(lib, '"participatory budgeting"') == ["pb", "mentions"]


def test_one_word_of_a_label_finds_it(lib: Library) -> None:
    assert ids(lib, "participatory") == ["pb", "mentions"]
    assert ids(lib, "budgeting") == ["pb", "mentions"]


def test_an_alias_finds_the_cases_tagged_with_its_term(lib: Library) -> None:
    assert ids(lib, "red tape") == ["permits"]
    assert ids(lib, '"red tape"') == ["permits"]
    assert ids(lib, "red AND tape") == ["permits"]
    assert ids(lib, "community budgeting") == ["pb", "mentions"]


def test_sector_names_and_free_tags_are_searchable(lib: Library) -> None:
    assert ids(lib, "finance") == ["sector"]
    assert ids(lib, "ledger") == ["free"]
    assert ids(lib, "distributed ledger", strict=True) == ["free"]


def test_tag_words_are_not_in_the_snippet(lib: Library) -> None:
    hit = lib.search("red tape").hits[0]
    assert "red" not in hit.snippet.lower()  # the summary, not the tags' names
