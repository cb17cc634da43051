"""The app in Spanish, Brazilian Portuguese and French, offscreen: it starts in the language
View > Language chose, its menus, map legend and sidebar headings in that language, every
text it looks up found in the catalogue; choosing a language offers a restart that opens
the window again in it."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from casebook.gui import i18n
from casebook.library import Library
from tests.gui.test_translations import TRANSLATIONS, messages
from tests.helpers import ROOT, running_window

MENUS = {
    "es": ["&Archivo", "&Editar", "&Ver", "&Colecciones", "&Biblioteca", "A&yuda"],
    "pt_BR": ["&Arquivo", "&Editar", "E&xibir", "&Coleções", "&Biblioteca", "Aj&uda"],
    "fr": ["&Fichier", "É&dition", "&Affichage", "&Collections", "&Bibliothèque", "Aid&e"],
}
HEADINGS = {  # the sidebar's sections: the library, team libraries, collections, facets (the
    # Language section shows only in a library of two languages or more; this one has one)
    "es": ["Biblioteca", "Bibliotecas de equipo", "Colecciones", "Desafíos", "Estrategias",
           "Resultados", "Región", "País", "Nivel", "Sector", "Veredicto",
           "Estado del resultado", "Evidencia"],
    "pt_BR": ["Biblioteca", "Bibliotecas da equipe", "Coleções", "Desafios", "Estratégias",
              "Resultados", "Região", "País", "Nível", "Setor", "Veredito",
              "Situação do resultado", "Evidência"],
    "fr": ["Bibliothèque", "Bibliothèques d'équipe", "Collections", "Défis", "Stratégies",
           "Résultats", "Région", "Pays", "Échelon", "Secteur", "Verdict", "Bilan",
           "Niveau de preuve"],
}
LEGENDS = {
    "es": "● éxito · ◐ mixto · ○ fracaso · … aún es pronto · · sin veredicto · ◇ la "
          "taxonomía dice",
    "pt_BR": "● sucesso · ◐ misto · ○ fracasso · … cedo para avaliar · · sem veredito · ◇ "
             "segundo a taxonomia",
    "fr": "● réussite · ◐ mitigé · ○ échec · … trop tôt · · sans verdict · ◇ la taxonomie "
          "indique",
}
LANGUAGES = sorted(MENUS)


@pytest.fixture
def english_after(tmp_path: Path) -> Iterator[None]:
    yield
    i18n.install(i18n.ENGLISH, tmp_path / "english")


def choose(data: Path, language: str) -> None:
    data.mkdir(parents=True, exist_ok=True)
    settings = QSettings(str(data / "window.ini"), QSettings.Format.IniFormat)
    settings.setValue(i18n.SETTING, language)
    settings.sync()


def sidebar_headings(window) -> list[str]:
    model = window.sidebar.model
    return [model.index(r, 0).data() for r in range(model.rowCount())]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_app_starts_in_the_language_chosen(qtbot, small_library: Path, tmp_path: Path,
                                               language: str, english_after) -> None:
    from casebook.gui.app import make_window

    data = tmp_path / "data"
    choose(data, language)
    window, lock = make_window(str(data), [str(small_library)])
    qtbot.addWidget(window)
    try:
        window.start()
        qtbot.waitUntil(lambda: window.count_label.text() in ("3 casos", "3 cas"),
                        timeout=10_000)
        assert i18n.current() == language
        assert [a.text() for a in window.menus.bar.actions()] == MENUS[language]
        assert sidebar_headings(window) == HEADINGS[language]
        window.evidence.show_map()
        assert window.evidence.map_page.legend.text().startswith(LEGENDS[language])
    finally:
        window.close()
        window.threads.stop()
        window.lib.close()
        lock.unlock()


class Recording(QTranslator):
    """Casebook's catalogue, noting each text looked up and whether it was found."""

    def __init__(self) -> None:
        super().__init__()
        self.looked_up: list[tuple[str, str, bool]] = []

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        found = super().translate(context, source, disambiguation, n)
        self.looked_up.append((context, source, bool(found)))
        return found or None  # None: not here, ask the next catalogue (Qt's own)


def our_contexts() -> set[str]:
    """The contexts of the catalogue and every class of casebook/gui (self.tr's)."""
    names = {context for context, _m in messages(TRANSLATIONS / "casebook_fr.ts")}
    for path in (ROOT / "casebook" / "gui").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names |= {n.name for n in ast.walk(tree) if isinstance(n, ast.ClassDef)}
    return names


def missed(looked_up: list[tuple[str, str, bool]], ours: set[str]) -> list[str]:
    """Texts of our contexts that no catalogue had. self.tr asks the class of the object,
    then its bases, one after the other: a text is missed when none of them had it."""
    out, n = [], 0
    while n < len(looked_up):
        context, source, found = looked_up[n]
        chain = [(context, found)]
        while n + 1 < len(looked_up) and looked_up[n + 1][1] == source and \
                not chain[-1][1]:
            n += 1
            chain.append((looked_up[n][0], looked_up[n][2]))
        if source and context in ours and not any(f for _c, f in chain):
            out.append(f"{context}: {source!r}")
        n += 1
    return out


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_text_the_window_looks_up_is_in_the_catalogue(
        qtbot, small_library: Path, tmp_path: Path, language: str, english_after) -> None:
    i18n.install(language, tmp_path / "cache")
    recording = Recording()
    catalogue = i18n.catalogue(language, tmp_path / "cache")
    assert catalogue is not None and recording.load(str(catalogue))
    app = QApplication.instance()
    app.installTranslator(recording)
    lib = Library(tmp_path / "data", [str(small_library)])
    lib.sync()
    try:
        with running_window(qtbot, lib) as window:
            window.search.setText("budget")
            window.browser.search_now()
            qtbot.waitUntil(lambda: window.results_model.rowCount() == 2, timeout=10_000)
            window.browser.open_case("porto-alegre-pb")
            window.evidence.show_map()
            window.results.select_ids(["porto-alegre-pb", "paris-pb"])
            window.evidence.compare_selected()
            window.browser.show_problems()
            window.authoring.edit_tags()
            window.authoring.new_case()
            window.menus.view.actions()[0].trigger()
            window.collections.create(open_it=False)
            qtbot.waitUntil(lambda: window.collections.dialog is not None, timeout=5000)
            window.collections.dialog.reject()
    finally:
        app.removeTranslator(recording)
    assert len(recording.looked_up) > 300
    assert not missed(recording.looked_up, our_contexts())


def test_the_check_finds_a_text_no_catalogue_has() -> None:
    looked_up = [("NameDialog", "Error", False), ("_Form", "Error", True),
                 ("QObject", "Error", False), ("Reader", "Not here", False),
                 ("QPlatformTheme", "Cancel", False), ("Reader", "Find", True)]
    assert missed(looked_up, {"NameDialog", "_Form", "Reader"}) == ["Reader: 'Not here'"]


def test_view_language_keeps_the_choice_and_offers_a_restart(qtbot, window,
                                                             english_after) -> None:
    menu = window.language
    labels = [a.text() for a in menu.menu.actions() if not a.isSeparator()]
    assert labels[1:] == ["English", "Español", "Português (Brasil)", "Français"]
    assert labels[0].startswith("&System language (")
    assert menu.actions["system"].isChecked()
    menu.choose(i18n.SYSTEM)  # the language in use already: nothing to restart
    assert menu.prompt is None
    menu.choose("fr")
    assert menu.actions["fr"].isChecked()
    assert QSettings(str(window.lib.data_dir / "window.ini"),
                     QSettings.Format.IniFormat).value(i18n.SETTING) == "fr"
    box = menu.prompt
    assert box is not None and "Français" in box.text()
    later = next(b for b in box.buttons() if b.text() == "Later")
    later.click()
    assert not window.restart_requested and window.isVisible() is window.isVisible()
    menu.choose("es")
    restart = next(b for b in menu.prompt.buttons() if b.text() == "Restart now")
    window.show()
    restart.click()
    assert window.restart_requested and not window.isVisible()


def test_restart_now_opens_the_window_again_in_the_new_language(
        qtbot, small_library: Path, tmp_path: Path, english_after) -> None:
    from casebook.gui.app import run

    data = tmp_path / "data"
    choose(data, "en")
    seen: list[tuple[object, list[str]]] = []

    def step() -> None:
        app = QApplication.instance()
        windows = [w for w in app.topLevelWidgets() if hasattr(w, "language")
                   and w.isVisible() and not w.restart_requested]
        if not windows or any(w is s for s, _m in seen for w in windows):
            return
        window = windows[0]
        seen.append((window, [a.text() for a in window.menus.bar.actions()]))
        if len(seen) == 1:
            window.language.choose("pt_BR")
            prompt = window.language.prompt
            assert isinstance(prompt, QMessageBox)
            next(b for b in prompt.buttons() if b.text() == "Restart now").click()
        else:
            window.close()

    timer = QTimer()
    timer.timeout.connect(step)
    timer.start(200)
    try:
        assert run(str(data), [str(small_library)]) == 0
    finally:
        timer.stop()
    assert [menus[0] for _w, menus in seen] == ["&File", "&Arquivo"]
    assert seen[0][0].restart_requested
