"""Back and Forward: the steps of a browsing session as plain data (no Qt)."""

from __future__ import annotations

import copy
from dataclasses import dataclass, field

from casebook.cases.model import Filters


@dataclass
class State:
    """What a Back/Forward step restores."""

    query: str = ""
    filters: Filters = field(default_factory=Filters)
    case_id: str | None = None

    def copy(self) -> State:
        return State(self.query, copy.deepcopy(self.filters), self.case_id)


class History:
    """The steps and the position among them; a new step drops the steps ahead of it.
    Steps are copies, so later changes to the live state never alter one."""

    def __init__(self) -> None:
        self.steps: list[State] = []
        self.pos = -1

    @property
    def current(self) -> State | None:
        return self.steps[self.pos] if self.pos >= 0 else None

    def push(self, state: State) -> bool:
        """A new step; False (nothing changes) when it equals the current one."""
        snap = state.copy()
        if self.current == snap:
            return False
        del self.steps[self.pos + 1:]
        self.steps.append(snap)
        self.pos = len(self.steps) - 1
        return True

    def browse(self, state: State) -> None:
        """A case picked in the list the current step shows replaces that step's case
        (browsing a list is one step); another query or other filters make a new step."""
        top = self.current
        if top is None or (top.query, top.filters) != (state.query, state.filters):
            self.push(state)
            return
        del self.steps[self.pos + 1:]
        self.steps[self.pos] = state.copy()

    def can_go_back(self) -> bool:
        return self.pos > 0

    def can_go_forward(self) -> bool:
        return self.pos < len(self.steps) - 1

    def back(self) -> State | None:
        """The step before, as a copy to restore; None at the first."""
        if not self.can_go_back():
            return None
        self.pos -= 1
        return self.steps[self.pos].copy()

    def forward(self) -> State | None:
        if not self.can_go_forward():
            return None
        self.pos += 1
        return self.steps[self.pos].copy()
