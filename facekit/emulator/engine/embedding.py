"""dlib's ResNet face embedding, computed in worker processes so both cores embed at once.

dlib 20.0.1 keeps the GIL while its ResNet runs (measured: two threads embedding took as
long as the same calls one after another), and the embedding is most of a detect with
faceId (100–250 ms per face against 30–60 ms to find the faces of a 1000-px photo). So
the aligned 150×150 chips go to worker processes (``python -m
facekit.emulator.engine.embedding``, each loading the model once, about 0.1 s): the faces
of one photo are embedded side by side, and so are the faces of concurrent requests.
A chip is 67 KB and its answer 128 float32 values over a pipe, so the round trip costs
about a millisecond. The workers run the very same dlib call, so the embeddings are
identical to in-process ones. Plain subprocesses rather than ``multiprocessing``: no
worker ever re-imports the caller's ``__main__`` script.

Workers: ``FACEKIT_ENGINE_WORKERS`` (default: the number of cores, at most 4); ``0``
embeds in the calling process, under a lock. Workers start on first use; a worker that
dies is replaced; all stop when the interpreter exits (or their pipe closes).
"""

from __future__ import annotations

import atexit
import os
import queue
import struct
import subprocess
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from typing import IO, Any

import numpy as np
import numpy.typing as npt

__all__ = ["EMBEDDING_SIZE", "embed_chips", "loaded", "workers"]

EMBEDDING_SIZE = 128
CHIP_SIDE = 150
ENV_VARIABLE = "FACEKIT_ENGINE_WORKERS"
MAX_WORKERS = 4
_CHIP_BYTES = CHIP_SIDE * CHIP_SIDE * 3
_ANSWER_BYTES = EMBEDDING_SIZE * 4
_HEADER = struct.Struct("<I")  # jitters

Rgb = npt.NDArray[np.uint8]
Vector = npt.NDArray[np.float32]

_model: Any = None
_local_lock = threading.Lock()


def workers() -> int:
    """How many worker processes embed (0: in this process)."""
    raw = os.environ.get(ENV_VARIABLE, "").strip()
    if raw:
        try:
            return max(0, int(raw))
        except ValueError:
            raise ValueError(f"{ENV_VARIABLE} must be a whole number, not {raw!r}") from None
    return min(MAX_WORKERS, os.cpu_count() or 1)


def _load() -> Any:
    global _model
    if _model is None:
        import dlib
        import face_recognition_models

        _model = dlib.face_recognition_model_v1(
            face_recognition_models.face_recognition_model_location()
        )
    return _model


def _embed_here(chip: Rgb, jitters: int) -> Vector:
    vector = _load().compute_face_descriptor(chip, jitters)
    return np.asarray(vector, dtype=np.float32).reshape(EMBEDDING_SIZE)


def _read(stream: IO[bytes], size: int) -> bytes:
    data = b""
    while len(data) < size:
        part = stream.read(size - len(data))
        if not part:
            raise EOFError("the embedding worker's pipe closed")
        data += part
    return data


class _Worker:
    def __init__(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "facekit.emulator.engine.embedding"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
        )

    def embed(self, chip: Rgb, jitters: int) -> Vector:
        stdin, stdout = self.process.stdin, self.process.stdout
        assert stdin is not None and stdout is not None
        stdin.write(_HEADER.pack(jitters) + np.ascontiguousarray(chip).tobytes())
        stdin.flush()
        return np.frombuffer(_read(stdout, _ANSWER_BYTES), dtype=np.float32).copy()

    def stop(self) -> None:
        try:
            if self.process.stdin is not None:
                self.process.stdin.close()
            self.process.wait(timeout=5)
        except (OSError, subprocess.TimeoutExpired):
            self.process.kill()


class _Pool:
    def __init__(self, count: int) -> None:
        self.idle: queue.Queue[_Worker] = queue.Queue()
        self.all = [_Worker() for _ in range(count)]
        for worker in self.all:
            self.idle.put(worker)
        self.dispatch = ThreadPoolExecutor(max_workers=count, thread_name_prefix="embed")

    def embed(self, chip: Rgb, jitters: int) -> Vector:
        worker = self.idle.get()
        try:
            vector = worker.embed(chip, jitters)
        except (OSError, EOFError):
            worker.stop()  # a dead worker is replaced, and the chip sent again once
            self.all.remove(worker)
            worker = _Worker()
            self.all.append(worker)
            vector = worker.embed(chip, jitters)
        finally:
            self.idle.put(worker)
        return vector

    def stop(self) -> None:
        self.dispatch.shutdown(wait=False, cancel_futures=True)
        for worker in self.all:
            worker.stop()


_pool: _Pool | None = None
_pool_lock = threading.Lock()


def _get_pool(count: int) -> _Pool:
    global _pool
    with _pool_lock:
        if _pool is None:
            _pool = _Pool(count)
            atexit.register(_pool.stop)
        return _pool


def loaded() -> bool:
    """Whether this process has used the embedding model (itself or through workers)."""
    return _model is not None or _pool is not None


def embed_chips(chips: list[Rgb], jitters: int = 0) -> list[Vector]:
    """The 128-d embeddings of aligned 150×150 RGB chips, in order."""
    for chip in chips:
        if chip.shape != (CHIP_SIDE, CHIP_SIDE, 3) or chip.dtype != np.uint8:
            raise ValueError(f"expected {CHIP_SIDE}×{CHIP_SIDE}×3 uint8 chips, got {chip.shape}")
    if not 0 <= jitters < 2**31:
        raise ValueError("jitters must be 0 or more")
    if not chips:
        return []
    count = workers()
    if count == 0:
        with _local_lock:
            return [_embed_here(chip, jitters) for chip in chips]
    pool = _get_pool(count)
    if len(chips) == 1:
        return [pool.embed(chips[0], jitters)]
    futures = [pool.dispatch.submit(pool.embed, chip, jitters) for chip in chips]
    return [future.result() for future in futures]


def _serve() -> None:
    """The worker's loop: a jitters header and a chip in, 128 float32 values out."""
    source, sink = sys.stdin.buffer, sys.stdout.buffer
    while True:
        try:
            (jitters,) = _HEADER.unpack(_read(source, _HEADER.size))
            chip = np.frombuffer(_read(source, _CHIP_BYTES), dtype=np.uint8)
        except EOFError:
            return
        vector = _embed_here(chip.reshape(CHIP_SIDE, CHIP_SIDE, 3), jitters)
        try:
            sink.write(vector.astype(np.float32).tobytes())
            sink.flush()
        except BrokenPipeError:  # the engine's process is gone
            return


if __name__ == "__main__":
    _serve()
