"""The interface language: Qt translators for the system locale or the one chosen, the
Linguist catalogues compiled at first need, and locale-aware numbers and dates."""

from __future__ import annotations

import datetime as dt
import hashlib
import importlib.util
import logging
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from casebook import paths

log = logging.getLogger(__name__)
ENGLISH = "en"
LANGUAGES = (ENGLISH, "es", "pt_BR", "fr")  # the interface languages, English first
# each interface language as its speakers name it (QLocale would say "español de España"
# and "American English", narrower than the catalogues)
LABELS = {"en": "English", "es": "Español", "pt_BR": "Português (Brasil)", "fr": "Français"}
SYSTEM = "system"  # the setting that follows the system locale
SETTING = "view/language"
CATALOGUE = "casebook"  # resources/translations/casebook_<language>.ts
COMPILE_TIMEOUT_S = 60
_installed: list[QTranslator] = []
_current = [ENGLISH]  # the language installed last


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate knows
    """Mark a text for pyside6-lupdate; `translate(context, text)` shows it later."""
    return text


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """QCoreApplication.translate: a text in the interface language, a literal here
    (pyside6-lupdate reads the call) or one marked with QT_TRANSLATE_NOOP where it is
    defined; %n or %Ln in it is the count `n`."""
    return QCoreApplication.translate(context, text, disambiguation, n)


class Translatable:
    """For a class that is no QObject: its `self.tr(...)` translates in the context of the
    class's own name, as pyside6-lupdate reads it (so do not subclass one)."""

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return QCoreApplication.translate(type(self).__name__, text, disambiguation, n)


def translations_folder() -> Path:
    return paths.resource("translations")


def system_language(ui_languages: list[str] | None = None) -> str:
    """The interface language closest to the system's preferred languages: an exact
    language and region first, then the language alone (any Portuguese reads pt_BR)."""
    wanted = QLocale.system().uiLanguages() if ui_languages is None else ui_languages
    for name in wanted:
        code = name.replace("-", "_")
        if code in LANGUAGES:
            return code
        base = code.split("_")[0].lower()
        match = next((lang for lang in LANGUAGES if lang.split("_")[0] == base), None)
        if match:
            return match
    return ENGLISH


def resolve(choice: str | None) -> str:
    """The language a setting means: its own, or the system's for "system" or nothing."""
    return choice if choice in LANGUAGES else system_language()


def language_label(language: str) -> str:
    """A language as its speakers name it ("Português (Brasil)"), so that anyone finds
    their own in a menu whatever the interface language is."""
    if language in LABELS:
        return LABELS[language]
    name = QLocale(language).nativeLanguageName()
    return name[:1].upper() + name[1:] if name else language


def _lrelease() -> Path | None:
    """Qt's lrelease as pyside6-essentials ships it (not in a frozen bundle)."""
    spec = importlib.util.find_spec("PySide6")
    if spec is not None and spec.origin:
        exe = Path(spec.origin).parent / ("lrelease.exe" if sys.platform == "win32"
                                          else "lrelease")
        if exe.is_file():
            return exe
    found = shutil.which("pyside6-lrelease")
    return Path(found) if found else None


def compile_catalogue(ts: Path, qm: Path) -> None:
    """Compile a .ts catalogue into a .qm file with lrelease, replacing `qm` whole.
    Raises OSError when lrelease is missing or fails."""
    tool = _lrelease()
    if tool is None:
        raise OSError("pyside6-lrelease is not installed")
    qm.parent.mkdir(parents=True, exist_ok=True)
    tmp = qm.with_name(f".{qm.name}.{os.getpid()}.tmp")
    try:
        done = subprocess.run([str(tool), "-silent", str(ts), "-qm", str(tmp)],
                              capture_output=True, text=True, timeout=COMPILE_TIMEOUT_S,
                              check=False)
        if done.returncode != 0 or not tmp.is_file():
            raise OSError(f"lrelease could not compile {ts}: "
                          f"{(done.stderr or done.stdout).strip()[:300]}")
        os.replace(tmp, qm)
    except subprocess.TimeoutExpired as exc:
        raise OSError(f"lrelease took too long on {ts}") from exc
    finally:
        tmp.unlink(missing_ok=True)


def _writable_cache(cache: Path) -> Path:
    try:
        cache.mkdir(parents=True, exist_ok=True)
        if os.access(cache, os.W_OK):
            return cache
    except OSError:
        pass
    user = os.getuid() if hasattr(os, "getuid") else "user"
    return Path(tempfile.gettempdir()) / f"casebook-translations-{user}"


def catalogue(language: str, cache: Path) -> Path | None:
    """The compiled catalogue of a language: the .qm shipped beside its .ts (a bundle, or a
    checkout where lrelease ran) unless the .ts is newer; else the .ts compiled into the
    cache, once per version of the .ts. None when there is neither (said in the log)."""
    folder = translations_folder()
    ts, shipped = folder / f"{CATALOGUE}_{language}.ts", folder / f"{CATALOGUE}_{language}.qm"
    if shipped.is_file() and (not ts.is_file() or
                              shipped.stat().st_mtime >= ts.stat().st_mtime):
        return shipped
    if not ts.is_file():
        log.warning("no translation of the interface into %s in %s", language, folder)
        return None
    digest = hashlib.sha256(ts.read_bytes()).hexdigest()[:16]
    cache = _writable_cache(cache)
    qm = cache / f"{CATALOGUE}_{language}.{digest}.qm"
    if qm.is_file():
        return qm
    try:
        compile_catalogue(ts, qm)
    except OSError as exc:
        if shipped.is_file():
            log.warning("using the older %s: %s", shipped.name, exc)
            return shipped
        log.warning("the interface stays in English: %s", exc)
        return None
    for old in cache.glob(f"{CATALOGUE}_{language}.*.qm"):
        if old != qm:
            old.unlink(missing_ok=True)
    log.info("compiled %s into %s", ts.name, qm)
    return qm


def install(language: str, cache: Path) -> str:
    """Translate the interface into `language` from now on (Casebook's catalogue, then Qt's
    own words such as Cancel and the file dialogs'); numbers and dates follow it too. The
    language actually in effect is returned: English when its catalogue is missing."""
    app = QCoreApplication.instance()
    assert app is not None, "install() needs the application"
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    path = catalogue(language, cache)
    mine = QTranslator(app)
    if path is not None and mine.load(str(path)):
        app.installTranslator(mine)
        _installed.append(mine)
    else:
        if path is not None:
            log.warning("cannot read the translation %s", path)
        language = ENGLISH
    if language != ENGLISH:
        qt = QTranslator(app)
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(f"qtbase_{language}", qt_folder):
            app.installTranslator(qt)
            _installed.append(qt)
    system = QLocale.system()  # its region's formats, unless it is the bare C locale
    follows_system = system.language() != QLocale.Language.C and \
        system_language([system.name()]) == language
    QLocale.setDefault(system if follows_system else QLocale(language))
    _current[0] = language
    return language


def current() -> str:
    """The interface language installed last (English before any)."""
    return _current[0]


def chosen(data_dir: Path) -> str:
    """View > Language as last chosen for this data folder: a language, or "system"."""
    settings = QSettings(str(Path(data_dir) / "window.ini"), QSettings.Format.IniFormat)
    choice = str(settings.value(SETTING, SYSTEM) or SYSTEM)
    return choice if choice in LANGUAGES else SYSTEM


def start(data_dir: Path) -> str:
    """Translate the interface as this data folder's window was last told to (View >
    Language), else into the system's language; the language in effect."""
    return install(resolve(chosen(data_dir)), Path(data_dir) / "cache" / "translations")


def number(value: int | float) -> str:
    """A count or a figure as the interface's locale writes it (1,234 / 1 234 / 1.234,5),
    with at most two decimals."""
    locale = QLocale()
    if isinstance(value, int):
        return locale.toString(value)
    text = locale.toString(float(value), "f", 2)
    point = locale.decimalPoint()
    return text.rstrip("0").rstrip(point) if point in text else text


def date_text(value: dt.date | str | None, long: bool = False) -> str:
    """A date as the interface's locale writes it; an ISO date string is read first, and
    anything else comes back as it was."""
    from PySide6.QtCore import QDate

    day = value
    if isinstance(value, str):
        try:
            day = dt.date.fromisoformat(value[:10])
        except ValueError:
            return value
    if not isinstance(day, dt.date):
        return ""
    form = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    return QLocale().toString(QDate(day.year, day.month, day.day), form)


def moment_text(value: str | None) -> str:
    """An ISO date and time (UTC when it says so) as the interface's locale writes it, in
    local time; anything else comes back as it was."""
    from PySide6.QtCore import QDateTime, Qt

    if not value:
        return ""
    moment = QDateTime.fromString(value, Qt.DateFormat.ISODate)
    if not moment.isValid():
        return value
    return QLocale().toString(moment.toLocalTime(), QLocale.FormatType.ShortFormat)
