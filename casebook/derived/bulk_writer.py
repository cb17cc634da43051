"""Whoosh's multi-process writer for a first build, its sub-processes freshly spawned."""

from __future__ import annotations

import multiprocessing
import pickle
import queue
from typing import Any

from whoosh.multiproc import MpWriter, SubWriterTask
from whoosh.util import random_name

from casebook.errors import StorageError

BULK_PROCS = 2
_SPAWN = multiprocessing.get_context("spawn")
WORKER_DIED = ("an indexing sub-process stopped early; the index is incomplete and will be "
               "repaired on the next sync (a script that indexes must run its code under "
               "if __name__ == '__main__':)")


class _FreshTask(SubWriterTask):  # type: ignore[misc]
    """A bulk sub-writer in a freshly started process: it does not inherit (and count as
    its own) the memory of the process that parsed every case file."""

    @staticmethod
    def _Popen(process_obj: Any) -> Any:
        return _SPAWN.Process._Popen(process_obj)


class BulkWriter(MpWriter):  # type: ignore[misc]
    """Whoosh's multi-process writer, with sub-processes started by spawning."""

    def __init__(self, ix: Any, **kwargs: Any) -> None:
        super().__init__(ix, **kwargs)
        self.jobqueue = _SPAWN.Queue(self.procs * 4)
        self.resultqueue = _SPAWN.Queue()

    def _new_task(self) -> Any:
        task = _FreshTask(self.storage, self.indexname, self.jobqueue, self.resultqueue,
                          self.subargs, self.multisegment)
        self.tasks.append(task)
        task.start()
        return task

    def _enqueue(self) -> None:
        """Whoosh's job hand-over, but a dead sub-process is an error, not a hang."""
        filename = f"{random_name()}.doclist"
        docs: list[Any] = getattr(self, "docbuffer")  # noqa: B009 - untyped base class
        with self.temp_storage().create_file(filename).raw_file() as handle:
            for item in docs:
                pickle.dump(item, handle, 2)
        if len(self.tasks) < self.procs:
            self._new_task()
        job = (filename, len(docs))
        setattr(self, "docbuffer", [])  # noqa: B010
        while True:
            try:
                self.jobqueue.put(job, timeout=1)
                return
            except queue.Full:
                if not all(task.is_alive() for task in self.tasks):
                    raise StorageError(WORKER_DIED) from None
