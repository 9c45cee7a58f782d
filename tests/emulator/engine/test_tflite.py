"""LiteRT's delegate banner stays off the user's terminal; other stderr output is kept."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from facekit.emulator.engine.models import ModelsMissingError, model_path

BANNER = "INFO: Created TensorFlow Lite XNNPACK delegate for CPU."


def run_python(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )


def test_running_a_real_model_prints_no_banner_between_other_output() -> None:
    try:
        model_path("face_landmark.tflite")
    except ModelsMissingError as missing:
        pytest.skip(f"the face models are not fetched: {missing}")
    result = run_python(
        """
        import os
        import numpy as np
        from facekit.emulator.engine.tflite import TfliteModel
        os.write(2, b"before\\n")
        model = TfliteModel("face_landmark.tflite")
        model.run(np.zeros(model.input_shape(), dtype=np.float32))
        TfliteModel("iris_landmark.tflite").input_shape()
        os.write(2, b"after\\n")
        """
    )
    assert result.stderr == "before\nafter\n"


def test_other_native_output_during_the_first_setup_is_passed_on() -> None:
    result = run_python(
        f"""
        import os
        import ai_edge_litert.interpreter as litert
        from facekit.emulator.engine import tflite

        class Noisy:
            def __init__(self, model_path, num_threads):
                pass
            def allocate_tensors(self):
                os.write(2, b"native warning one\\n{BANNER}\\nnative warning two\\n")
            def get_input_details(self):
                return [{{"index": 0, "shape": [1]}}]
            def get_output_details(self):
                return []

        litert.Interpreter = Noisy
        tflite.model_path = lambda name: name
        tflite.TfliteModel("a.tflite").input_shape()
        os.write(2, b"later\\n")
        """
    )
    assert result.stderr == "native warning one\nnative warning two\nlater\n"
