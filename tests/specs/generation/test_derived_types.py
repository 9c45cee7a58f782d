"""A member added to a response schema reaches the public type through generation alone."""

from __future__ import annotations

from types import ModuleType
from typing import Any

import attrs

from facekit.types import DetectedFace


def _public_module(generate_types: ModuleType, package: str) -> dict[str, Any]:
    source = generate_types.render_module(package, "scratch")
    namespace: dict[str, Any] = {"__name__": "scratch_public"}
    exec(compile(source, "scratch_public.py", "exec"), namespace)
    return namespace


def test_new_optional_member_reaches_the_public_type(
    scratch_package: ModuleType, generate_types: ModuleType
) -> None:
    public = _public_module(generate_types, scratch_package.__name__)
    face_type = public["DetectedFace"]
    fields = attrs.fields_dict(face_type)
    assert "scratch_score" in fields
    assert fields["scratch_score"].default is None          # None, never Unset
    assert fields["scratch_score"].metadata["json"] == "scratchScore"
    # the model answered by the new operation is public too
    assert "ScratchThing" in public["__all__"]
    # and the project's own type (from the real spec) has no such member
    assert "scratch_score" not in attrs.fields_dict(DetectedFace)


def test_conversion_carries_the_new_member(
    scratch_package: ModuleType, generate_types: ModuleType
) -> None:
    from facekit.azure._convert import Converter

    public = _public_module(generate_types, scratch_package.__name__)
    converter = Converter(public["FROM_GENERATED"], (public["UNSET_TYPE"],))
    generated = scratch_package.models.DetectedFace.from_dict(
        {"faceRectangle": {"left": 1, "top": 2, "width": 3, "height": 4}, "scratchScore": 0.5,
         "somethingNew": [1]}
    )
    face = converter.convert(generated)
    assert type(face) is public["DetectedFace"]
    assert face.scratch_score == 0.5
    assert face.face_id is None and face.face_landmarks is None
    assert face.face_rectangle.width == 3
    assert face.extra == {"somethingNew": [1]}
    assert face.to_dict() == {
        "faceRectangle": {"left": 1, "top": 2, "width": 3, "height": 4},
        "scratchScore": 0.5,
        "somethingNew": [1],
    }
