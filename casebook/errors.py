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


class QueryError(InputError):
    """A search query the engine cannot read."""


class TaxonomyError(InputError):
    """A taxonomy file that is missing or malformed."""


class StorageError(CasebookError):
    """The data folder cannot be used (read-only, full, locked, corrupt)."""


class LockTimeout(StorageError):
    """Another process holds the index writer lock for too long."""
