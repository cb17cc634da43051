"""Access tokens for team libraries: in the operating system's keyring, never in a file.
Without a keyring, a token lives in this process only and is asked for again next time."""

from __future__ import annotations

import contextlib
import logging
from urllib.parse import urlsplit, urlunsplit

log = logging.getLogger(__name__)
SERVICE = "casebook team library"
NO_KEYRING = ("this computer has no keyring Casebook can use, so the token is not kept and "
              "is asked for each time Casebook starts")
_session: dict[str, str] = {}


def key(url: str) -> str:
    """The keyring entry of a library: its address without a user name or password."""
    parts = urlsplit(url)
    if not parts.scheme or not parts.netloc:
        return url
    host = parts.hostname or ""
    netloc = f"{host}:{parts.port}" if parts.port else host
    return urlunsplit((parts.scheme.lower(), netloc.lower(), parts.path, "", ""))


def keyring_usable() -> bool:
    try:
        import keyring

        backend = keyring.get_keyring()
    except Exception:  # not installed, or a broken backend configuration: as good as none
        return False
    return type(backend).__module__ not in ("keyring.backends.fail", "keyring.backends.null")


def get(url: str) -> str | None:
    """The token for a library: this session's, else the keyring's."""
    k = key(url)
    if k in _session:
        return _session[k]
    if not keyring_usable():
        return None
    import keyring

    try:
        return keyring.get_password(SERVICE, k)
    except Exception as exc:  # a locked or broken keyring: ask again
        log.warning("cannot read the keyring: %s", exc)
        return None


def put(url: str, token: str) -> bool:
    """Keep a token for this session and in the keyring; False when no keyring kept it."""
    k = key(url)
    _session[k] = token
    if not keyring_usable():
        log.warning("%s", NO_KEYRING)
        return False
    import keyring

    try:
        keyring.set_password(SERVICE, k, token)
    except Exception as exc:
        log.warning("cannot write to the keyring: %s", exc)
        return False
    return True


def forget(url: str) -> None:
    k = key(url)
    _session.pop(k, None)
    if keyring_usable():
        import keyring

        with contextlib.suppress(Exception):  # nothing stored, or no keyring
            keyring.delete_password(SERVICE, k)
