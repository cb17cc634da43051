"""One app per data folder: a second launch hands its files to the running window and exits."""

from __future__ import annotations

import getpass
import hashlib
import json
import logging
import os
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)
HAND_OVER_MS = 3000
MAX_MESSAGE = 1 << 20  # a request names a few files; anything longer is not ours


def server_name(data_dir: Path | str) -> str:
    """The local server's name for this user and data folder: two data folders (and two
    tests) never reach each other's windows."""
    try:
        user = getpass.getuser()
    except Exception:  # no user name in this environment (getpass raises several kinds)
        user = str(os.getuid()) if hasattr(os, "getuid") else ""
    key = f"{user}\0{os.path.realpath(data_dir)}".encode()
    return "casebook-" + hashlib.sha256(key).hexdigest()[:24]


def hand_over(name: str, files: list[str], timeout_ms: int = HAND_OVER_MS) -> bool:
    """Give the files to the window listening under `name`; False when none answers."""
    sock = QLocalSocket()
    sock.connectToServer(name)
    if not sock.waitForConnected(timeout_ms):
        return False
    sock.write(json.dumps({"files": files}).encode() + b"\n")
    if not sock.waitForBytesWritten(timeout_ms):
        sock.abort()
        return False
    reply = b""
    while b"\n" not in reply and sock.waitForReadyRead(timeout_ms):
        reply += sock.readAll().data()
    sock.disconnectFromServer()
    ok = reply.startswith(b"ok")
    if ok:
        log.info("handed %d file(s) to the running window", len(files))
    return ok


class InstanceServer(QObject):
    """Listens for later launches on the same data folder; each request's files (none: just
    show the window) come out of `received`."""

    received = Signal(list)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._connected)
        self._pending: dict[QLocalSocket, bytes] = {}

    def listen(self) -> bool:
        """Start listening; the caller holds the data folder's window lock, so a server
        file left by a crashed window is stale and removed first."""
        QLocalServer.removeServer(self.name)
        if not self.server.listen(self.name):
            log.warning("cannot listen for other launches (%s): %s", self.name,
                        self.server.errorString())
            return False
        return True

    def close(self) -> None:
        self.server.close()

    def _connected(self) -> None:
        while self.server.hasPendingConnections():
            sock = self.server.nextPendingConnection()
            self._pending[sock] = b""
            sock.readyRead.connect(lambda s=sock: self._read(s))
            sock.disconnected.connect(lambda s=sock: self._gone(s))

    def _gone(self, sock: QLocalSocket) -> None:
        self._pending.pop(sock, None)
        sock.deleteLater()

    def _read(self, sock: QLocalSocket) -> None:
        data = self._pending.get(sock, b"") + sock.readAll().data()
        if b"\n" not in data:
            if len(data) > MAX_MESSAGE:
                log.warning("a launch sent more than %d bytes without a request", MAX_MESSAGE)
                sock.abort()
            else:
                self._pending[sock] = data
            return
        line = data.split(b"\n", 1)[0]
        try:
            request = json.loads(line)
            files = [str(f) for f in request.get("files", [])]
        except (ValueError, AttributeError, TypeError):
            log.warning("a launch sent a request that cannot be read: %r", line[:200])
            sock.write(b"error\n")
            sock.disconnectFromServer()
            return
        sock.write(b"ok\n")
        sock.flush()
        sock.disconnectFromServer()
        self.received.emit(files)
