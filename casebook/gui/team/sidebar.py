"""The sidebar's Team libraries section: each library with its state in a few words."""

from __future__ import annotations

from PySide6.QtCore import QObject

from casebook.gui import i18n
from casebook.gui.browse.models import Node
from casebook.gui.team.worker import TeamState


class TeamEntries(QObject):
    """Builds the section from the states the worker last sent."""

    def _label(self, st: TeamState) -> str:
        if st.state == "conflict":
            n = len(st.conflicts)
            return self.tr("⚠ {0}: 1 case to check").format(st.name) if n == 1 \
                else self.tr("⚠ {0}: {1} cases to check").format(st.name, n)
        if st.state == "not-shared":
            return self.tr("{0}: changes not shared").format(st.name)
        if st.state == "new":
            n = len(st.new)
            return self.tr("{0}: 1 new case").format(st.name) if n == 1 else \
                self.tr("{0}: {1} new cases").format(st.name, n)
        if st.state == "missing":
            return self.tr("{0}: folder missing").format(st.name)
        return self.tr("{0}: up to date").format(st.name)

    def _explain(self, st: TeamState) -> str:
        if st.state == "conflict":
            return self.tr("You and someone else changed the same case: click to compare "
                           "the two versions and choose")
        if st.state == "not-shared":
            return self.tr("You changed or added cases that the team does not have yet: "
                           "Library > Share my changes…")
        if st.state == "new":
            return self.tr("The last update brought new cases")
        if st.state == "missing":
            return self.tr("The library's folder is not there any more")
        return self.tr("You have everything the team shared at the last update")

    def section(self, states: list[TeamState]) -> Node:
        """The Team libraries section: a row per library with its state, one per shared
        collection, or an invitation to add one."""
        section = Node(self.tr("Team libraries"), key="team")
        for st in states:
            when = i18n.moment_text(st.last_update) or self.tr("never")
            tip = self.tr("{0}\n{1}\nLast update: {2}\nClick for Update, Share and more").format(
                self._explain(st), st.url, when)
            section.add(Node(self._label(st), key=st.name, facet="team", tooltip=tip))
            for shared in st.collections:
                section.add(Node(self.tr("{0} (shared)").format(shared.snapshot.name),
                                 key=f"{st.name}\n{shared.file}", facet="team-collection",
                                 tooltip=self.tr("A collection shared in {0}: read-only; "
                                                 "open it to make your own copy").format(
                                     st.name)))
        if not states:
            section.add(Node(self.tr("Add a team library…"), key="add", facet="team-add",
                             tooltip=self.tr("Read and add to a case library with your team")))
        return section
