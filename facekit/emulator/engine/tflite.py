"""Running a TensorFlow Lite model with ``ai-edge-litert``, one interpreter per thread.

A LiteRT interpreter is not safe to share between threads, but it is small (the
engine's models are 0.2–2.6 MB) and runs without holding the GIL, so each thread that
calls a model gets its own interpreter, created on its first call, and concurrent
requests run on all cores. Each interpreter runs single-threaded: the emulator's
parallelism comes from serving requests side by side.

LiteRT's native code announces its CPU delegate on the process's stderr (file descriptor
2, below Python) the first time a model is set up, which lands in the middle of
``facekit demo``'s output. The first set-up in a process therefore runs with descriptor 2
pointed at a temporary file, and everything written there except that one line is passed
on to the real stderr afterwards, so no other output is lost.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import threading
from collections.abc import Iterator
from typing import Any

import numpy as np
import numpy.typing as npt

from facekit.emulator.engine.models import model_path

__all__ = ["TfliteModel"]

Tensor = npt.NDArray[np.float32]

_BANNER = b"INFO: Created TensorFlow Lite XNNPACK delegate for CPU."
_first_setup = threading.Lock()
_banner_shown = False


@contextlib.contextmanager
def _without_delegate_banner() -> Iterator[None]:
    """Run the block with fd 2 held aside, then pass on all of it but LiteRT's banner."""
    global _banner_shown
    if _banner_shown:
        yield
        return
    with _first_setup:
        if _banner_shown:
            yield
            return
        try:
            saved = os.dup(2)
        except OSError:  # no stderr at all: nothing to keep clean
            yield
            return
        with tempfile.TemporaryFile() as held:
            os.dup2(held.fileno(), 2)
            try:
                yield
            finally:
                os.dup2(saved, 2)
                os.close(saved)
                _banner_shown = True
                held.seek(0)
                kept = [
                    line for line in held.read().splitlines(True) if not line.startswith(_BANNER)
                ]
                if kept:
                    os.write(2, b"".join(kept))


class TfliteModel:
    """One ``.tflite`` model file; :meth:`run` feeds one input and returns every output."""

    def __init__(self, file_name: str) -> None:
        self.file_name = file_name
        self._local = threading.local()
        self._used = False

    @property
    def loaded(self) -> bool:
        """Whether any thread has loaded the model yet."""
        return self._used

    def _interpreter(self) -> tuple[Any, int, list[int]]:
        state: tuple[Any, int, list[int]] | None = getattr(self._local, "state", None)
        if state is None:
            from ai_edge_litert.interpreter import Interpreter

            with _without_delegate_banner():
                interpreter = Interpreter(model_path=model_path(self.file_name), num_threads=1)
                interpreter.allocate_tensors()
            entry = int(interpreter.get_input_details()[0]["index"])
            exits = [int(d["index"]) for d in interpreter.get_output_details()]
            state = (interpreter, entry, exits)
            self._local.state = state
            self._used = True
        return state

    def input_shape(self) -> tuple[int, ...]:
        interpreter, _entry, _exits = self._interpreter()
        return tuple(int(v) for v in interpreter.get_input_details()[0]["shape"])

    def run(self, tensor: Tensor) -> list[Tensor]:
        """Outputs for one input tensor (with its batch dimension of 1)."""
        interpreter, entry, exits = self._interpreter()
        interpreter.set_tensor(entry, np.ascontiguousarray(tensor, dtype=np.float32))
        interpreter.invoke()
        return [np.array(interpreter.get_tensor(index), dtype=np.float32) for index in exits]
