"""Back and Forward as plain data: steps, browsing a list, and copies that stay put."""

from __future__ import annotations

from casebook.cases.model import Filters
from casebook.gui.browse.history import History, State


def test_back_and_forward_walk_the_steps() -> None:
    history = History()
    assert history.current is None and not history.can_go_back()
    assert history.back() is None and history.forward() is None
    for query in ("a", "b", "c"):
        assert history.push(State(query))
    assert history.back() == State("b")
    assert history.back() == State("a")
    assert history.back() is None and not history.can_go_back()
    assert history.forward() == State("b")
    assert history.can_go_forward() and history.current == State("b")


def test_the_same_step_twice_is_one_step() -> None:
    history = History()
    assert history.push(State("budget"))
    assert not history.push(State("budget"))
    assert len(history.steps) == 1


def test_a_new_step_drops_the_steps_ahead() -> None:
    history = History()
    for query in ("a", "b", "c"):
        history.push(State(query))
    history.back()
    history.back()
    history.push(State("d"))
    assert [s.query for s in history.steps] == ["a", "d"]
    assert not history.can_go_forward()


def test_steps_are_copies() -> None:
    history = History()
    live = State("budget", Filters({"levels": ["municipal"]}))
    history.push(live)
    live.filters.terms["levels"].append("national")
    live.query = "changed"
    assert history.current == State("budget", Filters({"levels": ["municipal"]}))
    back = history.current.copy()
    back.filters.terms["levels"].clear()
    assert history.steps[0].filters.terms == {"levels": ["municipal"]}


def test_browsing_a_list_replaces_the_case_of_the_current_step() -> None:
    history = History()
    history.push(State("budget"))
    history.browse(State("budget", case_id="paris-pb"))
    history.browse(State("budget", case_id="porto-alegre-pb"))
    assert history.steps == [State("budget", case_id="porto-alegre-pb")]
    history.browse(State("estonia", case_id="estonia-x-road"))  # another list: a new step
    assert [s.case_id for s in history.steps] == ["porto-alegre-pb", "estonia-x-road"]
    assert history.back() == State("budget", case_id="porto-alegre-pb")


def test_browsing_drops_the_steps_ahead() -> None:
    history = History()
    history.push(State("budget"))
    history.push(State("budget", case_id="paris-pb"))
    history.back()
    history.browse(State("budget", case_id="porto-alegre-pb"))
    assert history.steps == [State("budget", case_id="porto-alegre-pb")]
    assert not history.can_go_forward()


def test_browsing_with_no_step_yet_makes_one() -> None:
    history = History()
    history.browse(State("", case_id="paris-pb"))
    assert history.steps == [State("", case_id="paris-pb")]
