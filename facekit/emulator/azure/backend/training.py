"""Asynchronous training of PersonGroups, LargePersonGroups and LargeFaceLists.

``POST …/train`` only records the request (status ``notStarted``) and queues a job; the
HTTP answer is ``202`` at once. A worker thread then moves the status to ``running``,
reads a snapshot of the container's embeddings, builds the search index
(:mod:`facekit.emulator.engine.index`) and finally records ``succeeded`` — or ``failed`` with a
message when the container holds no faces. Identify and find-similar use the index of
the **last successful** training only, so faces added afterwards stay invisible until
the next training, as on the live service.

Duration: a training lasts at least ``max(training_seconds, faces ×
training_seconds_per_face)`` from the request (0.2 s floor by default, so clients really
poll); the first quarter of it is spent in ``notStarted``. Building the index counts
towards that time.

Durability: with a data directory the index is written to
``<data-dir>/trained/<cid>-<uuid>.npz`` (atomically, fsynced) before ``succeeded`` is
committed, so a trained container is usable after a restart; the index is loaded
lazily on first use. A training that was ``notStarted`` or ``running`` when the server
died is **resumed from scratch** on the next start (its ``createdDateTime`` is kept).
"""

from __future__ import annotations

import logging
import os
import threading
import time
import uuid
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import attrs

from facekit.emulator.config import EmulatorConfig
from facekit.emulator.engine.index import (
    SearchIndex,
    build_index,
    fsync_directory,
    load_index,
)
from facekit.emulator.state.records import (
    FAILED,
    GROUP_KINDS,
    NOT_STARTED,
    RUNNING,
    SUCCEEDED,
    Container,
    Training,
)
from facekit.emulator.state.store import Store
from facekit.emulator.wire import storage_failure

log = logging.getLogger(__name__)

TRAINED_DIR = "trained"
NOT_STARTED_SHARE = 0.25
WORKERS = 2

_EMPTY_MESSAGES = {
    "pg": "There is no face in the person group; add persons with faces before training.",
    "lpg": "There is no face in the large person group; add persons with faces before training.",
    "lfl": "There is no face in the large face list; add faces before training.",
}


class Trainer:
    """Runs trainings in the background and hands out the trained indexes."""

    def __init__(self, store: Store, config: EmulatorConfig) -> None:
        self._store = store
        self._config = config
        self._clock = config.clock
        self._stop = threading.Event()
        self._wake = threading.Condition()
        self._hurried: set[int] = set()  # trainings told to end their waits now
        self._pool = ThreadPoolExecutor(max_workers=WORKERS, thread_name_prefix="facekit-train")
        self._lock = threading.Lock()
        self._indexes: dict[int, SearchIndex] = {}
        self._jobs: dict[int, Future[None]] = {}
        self._dir: Path | None = None
        if store.data_dir is not None:
            self._dir = store.data_dir / TRAINED_DIR
            self._dir.mkdir(parents=True, exist_ok=True)
            self._remove_stray_files()
        for cid in store.active_trainings():
            log.info("resuming the interrupted training of container %d", cid)
            self._submit(cid)

    def close(self) -> None:
        self._stop.set()
        with self._wake:
            self._wake.notify_all()
        self._pool.shutdown(wait=True, cancel_futures=True)

    # ------------------------------------------------------------ requests --

    def request(self, container: Container) -> None:
        """Queue a training; the caller has checked that none is active."""
        with self._wake:
            self._hurried.discard(container.cid)
        previous = self._store.training(container.cid)
        now = self._clock()
        self._store.put_training(
            container.cid,
            Training(
                status=NOT_STARTED,
                created=now,
                last_action=now,
                last_success=previous.last_success if previous else None,
                message=None,
                trained_file=previous.trained_file if previous else None,
            ),
        )
        self._submit(container.cid)

    def hurry(self, cid: int) -> None:
        """End the waiting of an active training now (the dashboard's "finish now")."""
        with self._wake:
            self._hurried.add(cid)
            self._wake.notify_all()

    def forget(self, cid: int, trained_file: str | None) -> None:
        """Drop the index of a deleted container (and its file)."""
        with self._lock:
            self._indexes.pop(cid, None)
        self._remove_file(trained_file)

    def copy_results(self, source_cid: int, target_cid: int) -> Training | None:
        """Give ``target_cid`` the training state ``source_cid`` has now: its status,
        times and message, with a copy of its trained index of its own (a snapshot's take
        and apply). A training under way is not carried: the copy gets the last
        successful one, if any. Call inside the store transaction that creates the
        target; if that transaction fails, :meth:`forget` the target. Returns the state
        given (None: the target stays untrained)."""
        training = self._store.training(source_cid)
        settled = None if training is None else _settled(training)
        if settled is None:
            return None
        file_name = None
        if settled.trained_file is not None:
            file_name = self._copy_file(settled.trained_file, target_cid)
        with self._lock:
            shared = self._indexes.get(source_cid)
            if shared is not None:  # indexes are never changed once built
                self._indexes[target_cid] = shared
        copied = attrs.evolve(settled, trained_file=file_name)
        self._store.put_training(target_cid, copied)
        return copied

    def index(self, container: Container, training: Training) -> SearchIndex | None:
        """The index of the last successful training, or None if there is none."""
        with self._lock:
            found = self._indexes.get(container.cid)
        if found is not None:
            return found
        if training.trained_file is None or self._dir is None:
            return None
        path = self._dir / training.trained_file
        if not path.exists():
            log.warning("trained index %s is missing; the container must be retrained", path)
            return None
        loaded = load_index(path)
        with self._lock:
            return self._indexes.setdefault(container.cid, loaded)

    # -------------------------------------------------------------- worker --

    def _submit(self, cid: int) -> None:
        started = time.monotonic()
        job = self._pool.submit(self._guarded, cid, started)
        with self._lock:
            self._jobs[cid] = job
        job.add_done_callback(lambda done: self._forget_job(cid, done))

    def _forget_job(self, cid: int, job: Future[None]) -> None:
        with self._lock:
            if self._jobs.get(cid) is job:
                del self._jobs[cid]

    def settle(self, cid: int) -> None:
        """In recording mode, wait until the queued training of ``cid`` has ended, so the
        next status read does not depend on how fast this machine is."""
        if not self._config.recording:
            return
        with self._lock:
            job = self._jobs.get(cid)
        if job is not None:
            job.result()

    def _guarded(self, cid: int, started: float) -> None:
        try:
            self._run(cid, started)
        except Exception as exc:
            cause = storage_failure(exc)
            if cause is None:
                log.exception("training of container %d crashed", cid)
                message = f"The training failed inside the emulator ({type(exc).__name__}: {exc})."
            else:
                log.error("training of container %d could not be saved: %s", cid, cause)
                message = f"The training could not be saved: {cause}. Train again once it is fixed."
            try:
                self._finish(cid, FAILED, message, None)
            except Exception:
                log.exception("training of container %d: its failure could not be recorded", cid)

    def _run(self, cid: int, started: float) -> None:
        container = self._store.container_by_cid(cid)
        training = self._store.training(cid)
        if container is None or training is None or not training.active:
            return
        duration = max(
            self._config.training_seconds,
            container.face_count * self._config.training_seconds_per_face,
        )
        if self._pause(cid, started + duration * NOT_STARTED_SHARE):
            return
        self._set_status(cid, RUNNING)
        gallery = self._store.gallery(cid, by_person=container.kind in GROUP_KINDS)
        if gallery.size == 0:
            if self._pause(cid, started + duration):
                return
            self._finish(cid, FAILED, _EMPTY_MESSAGES[container.kind], None)
            return
        index = build_index(gallery, exact_limit=self._config.exact_search_limit)
        file_name: str | None = None
        if self._dir is not None:
            file_name = f"{cid}-{uuid.uuid4().hex}.npz"
            index.save(self._dir / file_name)
        if self._pause(cid, started + duration):
            self._remove_file(file_name)
            return
        if self._store.container_by_cid(cid) is None:
            self._remove_file(file_name)
            return
        with self._lock:
            self._indexes[cid] = index
        self._finish(cid, SUCCEEDED, None, file_name)

    def _pause(self, cid: int, until: float) -> bool:
        """Wait until the monotonic time ``until`` or until :meth:`hurry`; True when the
        trainer is closing instead."""
        with self._wake:
            while not self._stop.is_set() and cid not in self._hurried:
                remaining = until - time.monotonic()
                if remaining <= 0:
                    break
                self._wake.wait(remaining)
        return self._stop.is_set()

    def _set_status(self, cid: int, status: str) -> None:
        with self._store.transaction():
            current = self._store.training(cid)
            if current is None:
                return
            self._store.put_training(
                cid,
                Training(
                    status,
                    current.created,
                    self._clock(),
                    current.last_success,
                    None,
                    current.trained_file,
                ),
            )

    def _finish(self, cid: int, status: str, message: str | None, file_name: str | None) -> None:
        with self._wake:
            self._hurried.discard(cid)
        old_file: str | None = None
        with self._store.transaction():
            current = self._store.training(cid)
            if current is None:
                self._remove_file(file_name)
                return
            now = self._clock()
            if status == SUCCEEDED:
                old_file = current.trained_file
                record = Training(SUCCEEDED, current.created, now, now, None, file_name)
            else:
                record = Training(
                    status,
                    current.created,
                    now,
                    current.last_success,
                    message,
                    current.trained_file,
                )
            self._store.put_training(cid, record)
        if old_file and old_file != file_name:
            self._remove_file(old_file)

    # --------------------------------------------------------------- files --

    def _copy_file(self, name: str, cid: int) -> str | None:
        """A new name in the trained folder for the index file ``name`` (a hard link: files
        are never changed once written), or None when there is none to copy."""
        if self._dir is None:
            return None
        source = self._dir / name
        if not source.exists():
            log.warning("trained index %s is missing; the copy must be retrained", source)
            return None
        copy_name = f"{cid}-{uuid.uuid4().hex}.npz"
        try:
            os.link(source, self._dir / copy_name)
        except OSError:  # a file system without hard links: write a copy instead
            load_index(source).save(self._dir / copy_name)
        else:
            fsync_directory(self._dir)
        return copy_name

    def _remove_file(self, name: str | None) -> None:
        if name is None or self._dir is None:
            return
        (self._dir / name).unlink(missing_ok=True)

    def _remove_stray_files(self) -> None:
        assert self._dir is not None
        keep = self._store.trained_files()
        for path in self._dir.iterdir():
            if path.name not in keep:
                path.unlink(missing_ok=True)


def _settled(training: Training) -> Training | None:
    """``training`` as a copy carries it: an active one becomes its last success (None
    when there was none)."""
    if not training.active:
        return training
    if training.last_success is None:
        return None
    done = training.last_success
    return Training(SUCCEEDED, done, done, done, None, training.trained_file)
