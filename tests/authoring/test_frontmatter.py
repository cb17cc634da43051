"""The front matter editor: a key's value set in place, every other character kept."""

from __future__ import annotations

import pytest

from casebook.authoring.frontmatter import set_value
from casebook.errors import InputError


@pytest.mark.parametrize(("before", "after"), [
    ("---\ntitle: T\nid: old  # kept\n---\nid: body\n",
     "---\ntitle: T\nid: new-2  # kept\n---\nid: body\n"),
    ("---\ntitle: T\nid: 'old'\n---\n", "---\ntitle: T\nid: 'new-2'\n---\n"),
    ('---\n"id": old\n---\n', '---\n"id": new-2\n---\n'),  # a quoted key is the same key
    ("---\r\nID: old\r\ntitle: T\r\n---\r\n", "---\r\nID: new-2\r\ntitle: T\r\n---\r\n"),
    ("---\nid:\ntitle: T\n---\n", "---\nid: new-2\ntitle: T\n---\n"),
    ("---\ntitle: T\n---\nbody\n", "---\nid: new-2\ntitle: T\n---\nbody\n"),
    ("---\r\ntitle: T\r\n---\r\n", "---\r\nid: new-2\r\ntitle: T\r\n---\r\n"),
    ("---\n---\nbody\n", "---\nid: new-2\n---\nbody\n"),
    ("# Just Markdown\n", "---\nid: new-2\n---\n# Just Markdown\n"),
    ('+++\ntitle = "T"\nid = "old"\n+++\n', '+++\ntitle = "T"\nid = "new-2"\n+++\n'),
    ('+++\ntitle = "T"\n[extra]\nid = "x"\n+++\n',
     '+++\nid = "new-2"\ntitle = "T"\n[extra]\nid = "x"\n+++\n'),
])
def test_set_value(before: str, after: str) -> None:
    assert set_value(before, "id", "new-2") == after


@pytest.mark.parametrize(("text", "message"), [
    ("---\nbase: &a old\nid: *a\n---\n", "'id' uses a YAML anchor, alias or tag"),
    ("---\nid: [a, b]\n---\n", "'id' is not a single value"),
    ("---\nid: [a\n---\n", "fix the front matter first"),
    ("---\nid: a\n", "never closed"),
])
def test_what_cannot_be_edited_safely_is_refused(text: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        set_value(text, "id", "new-2", "x.md")
