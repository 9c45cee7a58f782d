"""``facekit detect | identify | verify | find-similar``: recognition on photos."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from facekit.cli.common import connection_options, emit, open_client
from facekit.cli.exits import Exit
from facekit.errors import ConfigurationError
from facekit.images import read_image_source
from facekit.workflows.draw import draw_faces
from facekit.workflows.groups import GroupRef
from facekit.workflows.identify import (
    FaceBox,
    NameBook,
    identify_image,
    single_face_id,
    verify_against_person,
    verify_images,
)


def _group_args(p: argparse.ArgumentParser, required: bool) -> None:
    p.add_argument("--group", required=required, help="person group id")
    p.add_argument("--large", action="store_true", help="the group is a large person group")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    common = connection_options()
    p = subparsers.add_parser("detect", parents=[common], help="find faces in a photo")
    p.add_argument("image", type=Path)
    p.add_argument("--attributes", help="comma-separated, e.g. headPose,blur,exposure,noise")
    p.add_argument("--landmarks", action="store_true", help="return the 27 landmarks")
    p.add_argument("--detection-model")
    p.add_argument("--recognition-model")
    p.add_argument(
        "--draw", type=Path, metavar="OUT.png", help="write the photo with the faces marked"
    )
    p.set_defaults(handler=run_detect)

    p = subparsers.add_parser("identify", parents=[common], help="who is in these photos")
    p.add_argument("images", type=Path, nargs="+")
    _group_args(p, required=True)
    p.add_argument("--threshold", type=float, help="minimum confidence (service default 0.5)")
    p.add_argument(
        "--draw",
        type=Path,
        metavar="OUT.png",
        help="write the (first) photo with a rectangle and name per face",
    )
    p.set_defaults(handler=run_identify)

    p = subparsers.add_parser(
        "verify", parents=[common], help="same person? two photos, or a photo and a person"
    )
    p.add_argument("images", type=Path, nargs="+", help="IMAGE1 IMAGE2, or IMAGE with --person")
    p.add_argument("--person", help="a person's name (or personId) in --group")
    _group_args(p, required=False)
    p.set_defaults(handler=run_verify)

    p = subparsers.add_parser("find-similar", parents=[common], help="faces like the one in IMAGE")
    p.add_argument("image", type=Path)
    p.add_argument(
        "--in",
        dest="candidates",
        type=Path,
        nargs="+",
        metavar="IMAGE",
        help="photos to search (their largest faces)",
    )
    p.add_argument("--face-list", help="a face list id to search")
    p.add_argument("--large-face-list", help="a large face list id to search")
    p.add_argument("--mode", choices=["matchPerson", "matchFace"], default="matchPerson")
    p.add_argument("--max", type=int, default=20, help="most candidates to return")
    p.set_defaults(handler=run_find_similar)


def run_detect(args: argparse.Namespace) -> int:
    image = read_image_source(args.image)
    with open_client(args) as client:
        faces = client.detect(
            image,
            landmarks=args.landmarks,
            attributes=args.attributes,
            detection_model=args.detection_model,
            recognition_model=args.recognition_model,
            return_face_id=False,
        )
    data = [f.to_dict() for f in faces]
    lines = [f"{len(faces)} face(s) in {args.image}"]
    for i, f in enumerate(faces, 1):
        r = f.face_rectangle
        lines.append(f"  {i}: left={r.left} top={r.top} width={r.width} height={r.height}")
    if args.draw:
        draw_faces(image, [(FaceBox.of(f), str(i)) for i, f in enumerate(faces, 1)], args.draw)
        lines.append(f"drawn: {args.draw}")
    emit(args, "\n".join(lines), data)
    return 0


def run_identify(args: argparse.Namespace) -> int:
    group = GroupRef(args.group, args.large)
    results: dict[str, Any] = {}
    lines = []
    with open_client(args) as client:
        names = NameBook(client, group)
        for index, path in enumerate(args.images):
            image = read_image_source(path)
            found = identify_image(client, image, group, threshold=args.threshold, names=names)
            results[str(path)] = [f.to_dict() for f in found]
            lines.append(f"{path}: {len(found)} face(s)")
            for f in found:
                who = f"{f.name} ({f.confidence:.2f})" if f.name else "unknown"
                lines.append(
                    f"  {who} at left={f.box.left} top={f.box.top} "
                    f"width={f.box.width} height={f.box.height}"
                )
            if args.draw and index == 0:
                draw_faces(image, [(f.box, f.name or "unknown") for f in found], args.draw)
                lines.append(f"drawn: {args.draw}")
    emit(args, "\n".join(lines), results)
    return 0


def run_verify(args: argparse.Namespace) -> int:
    """Exit status 0 for the same person, 1 for different persons (like ``cmp``)."""
    with open_client(args) as client:
        if args.person:
            if len(args.images) != 1 or not args.group:
                raise ConfigurationError("with --person give exactly one IMAGE and --group")
            result = verify_against_person(
                client, args.images[0], GroupRef(args.group, args.large), args.person
            )
        else:
            if len(args.images) != 2:
                raise ConfigurationError("give two photos (or one photo with --person)")
            result = verify_images(client, args.images[0], args.images[1])
    verdict = "same person" if result.is_identical else "different persons"
    emit(args, f"{verdict} (confidence {result.confidence:.2f})", result.to_dict())
    return Exit.OK if result.is_identical else Exit.PARTIAL


def run_find_similar(args: argparse.Namespace) -> int:
    targets = [
        args.candidates is not None,
        args.face_list is not None,
        args.large_face_list is not None,
    ]
    if sum(targets) != 1:
        raise ConfigurationError("give exactly one of --in, --face-list, --large-face-list")
    with open_client(args) as client:
        query = single_face_id(client, args.image, what=str(args.image))
        sources: dict[str, str] = {}
        kwargs: dict[str, Any] = {
            "face_list_id": args.face_list,
            "large_face_list_id": args.large_face_list,
        }
        if args.candidates is not None:
            for path in args.candidates:
                sources[single_face_id(client, path, what=str(path))] = str(path)
            kwargs = {"face_ids": list(sources)}
        similar = client.find_similar(query, max_candidates=args.max, mode=args.mode, **kwargs)
    data = []
    for s in similar:
        ident = s.face_id if isinstance(s.face_id, str) else s.persisted_face_id
        data.append({"id": ident, "image": sources.get(str(ident)), "confidence": s.confidence})
    lines = [f"{len(data)} similar face(s)"] + [
        f"  {d['image'] or d['id']}: {d['confidence']:.2f}" for d in data
    ]
    emit(args, "\n".join(lines), data)
    return 0
