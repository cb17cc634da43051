"""One exception hierarchy: bad input the user can fix, apart from bugs."""


class CasebookError(Exception):
    """Root of every error Casebook raises on purpose."""


class InputError(CasebookError):
    """Bad input the user can fix (unknown id, bad query, missing folder)."""


class ParseError(InputError):
    """A case file that cannot be parsed; carries the line and column."""

    def __init__(self, message: str, line: int = 1, column: int = 1) -> None:
        super().__init__(message)
        self.message = message
        self.line = line
        self.column = column


class UsageError(InputError):
    """A command line the parser cannot read (unknown option, missing argument)."""


class Unreadable(InputError):
    """A file that cannot be read as text; the message is the reason."""


class TooLarge(InputError):
    """Front matter past a limit (depth, aliases, values); the message says which."""


class Cancelled(InputError):
    """Long work stopped at the user's request; nothing was written."""


class PackError(InputError):
    """A pack that is damaged or hostile; nothing was written."""


class PackConflict(InputError):
    """Cases in the pack already exist and no conflict policy was chosen."""

    def __init__(self, message: str, ids: list[str]) -> None:
        super().__init__(message)
        self.ids = ids


class MappingError(InputError):
    """A mapping file (or casebook.toml) that cannot be used; the message names its key."""


class DatasetError(InputError):
    """A dataset that is not what its importer expects; the message names file and record."""


class QueryError(InputError):
    """A search query the engine cannot read."""


class TaxonomyError(InputError):
    """A taxonomy file that is missing or malformed."""


class TeamError(InputError):
    """A team library that cannot be added, updated or shared (offline, refused, not a case
    library); the message says what to do, and nothing the user made is lost."""


class NotACaseLibrary(TeamError):
    """A repository refused before anything large is written (no Markdown, too large)."""


class AuthRequired(TeamError):
    """The server asks for an access token (none known, or the one tried was refused)."""


class PushRefused(TeamError):
    """The server did not take the user's changes; `behind` when the library moved on."""

    def __init__(self, message: str, behind: bool) -> None:
        super().__init__(message)
        self.behind = behind


class StorageError(CasebookError):
    """The data folder cannot be used (read-only, full, locked, corrupt)."""


class LockTimeout(StorageError):
    """Another process holds the index writer lock for too long."""


class DamagedStore(StorageError):
    """A database file that is not a database any more, or is corrupt (derived data is
    rebuilt)."""


class IndexRebuilding(StorageError):
    """The index or the store cannot be read just now, most likely while another process
    rebuilds it."""


class Unsupported(CasebookError):
    """Internal: the BM25F fast path does not handle this query, so Whoosh runs it."""
