"""``facekit detect | identify | verify | find-similar``: recognition on photos."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from facekit.cli.connect import open_client
from facekit.cli.exits import Exit
from facekit.cli.options import connection_options
from facekit.cli.output import emit, note, show_progress
from facekit.cli.progress import progress_bar
from facekit.errors import ConfigurationError
from facekit.images import read_image_source
from facekit.workflows.archive import (
    FORMATS,
    ArchiveManifest,
    PhotoResult,
    RowWriter,
    identify_archive,
    list_photos,
)
from facekit.workflows.face_lists import FaceListRef, photo_names
from facekit.workflows.groups import GroupRef
from facekit.workflows.identify import (
    rectangle_of,
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
    p.add_argument("image", type=Path, metavar="IMAGE", help="photo to search for faces")
    p.add_argument("--attributes", help="comma-separated, e.g. headPose,blur,exposure,noise")
    p.add_argument(
        "--landmarks", action="store_true", help="return the 27 landmarks (drawn with --draw)"
    )
    p.add_argument(
        "--detection-model", help="detection_01, _02 or _03 (default: the service's, 01)"
    )
    p.add_argument("--recognition-model", help="recognition_01 … _04 (default: the service's, 01)")
    p.add_argument(
        "--draw", type=Path, metavar="OUT.png", help="write the photo with the faces marked"
    )
    p.set_defaults(handler=run_detect)

    p = subparsers.add_parser(
        "identify",
        parents=[common],
        help="who is in these photos (files or folders, recursively)",
        description="Detects the faces of every photo (folders are searched recursively) "
        "and identifies them in batches of 10 against the group. One row per face (photo, "
        "rectangle, personId, name, confidence) is written as each photo finishes: to --out "
        "(CSV or JSON Lines), else to stdout (JSON Lines with --json). With --out the run "
        "is resumable: finished photos are recorded in a manifest and skipped next time.",
    )
    p.add_argument(
        "images", type=Path, nargs="+", metavar="PATH", help="photo or folder (recursive)"
    )
    _group_args(p, required=True)
    p.add_argument("--threshold", type=float, help="minimum confidence (default: the service's)")
    p.add_argument(
        "--out", type=Path, metavar="FILE", help="write rows here (.csv or .jsonl; appended)"
    )
    p.add_argument(
        "--format", choices=FORMATS, help="format of --out (default: from its suffix, else csv)"
    )
    p.add_argument(
        "--manifest",
        type=Path,
        help="record finished photos here (default with --out: FILE.manifest.db)",
    )
    p.add_argument(
        "--draw",
        type=Path,
        metavar="DIR",
        help="write every photo with a rectangle and name per face into DIR",
    )
    p.add_argument("--concurrency", type=int, default=8, help="calls in flight")
    p.set_defaults(handler=run_identify)

    p = subparsers.add_parser(
        "verify", parents=[common], help="same person? two photos, or a photo and a person"
    )
    p.add_argument(
        "images",
        type=Path,
        nargs="+",
        metavar="IMAGE",
        help="IMAGE1 IMAGE2, or IMAGE with --person",
    )
    p.add_argument("--person", help="a person's name (or personId) in --group")
    _group_args(p, required=False)
    p.set_defaults(handler=run_verify)

    p = subparsers.add_parser("find-similar", parents=[common], help="faces like the one in IMAGE")
    p.add_argument("image", type=Path, metavar="IMAGE", help="photo whose largest face to match")
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


def _level(value: dict[str, Any]) -> str | None:
    level = next((v for k, v in value.items() if k.endswith("Level")), None)
    if level is None:
        return None
    return f"{level} ({value['value']})" if "value" in value else str(level)


def describe_attributes(attributes: dict[str, Any]) -> list[str]:
    """One line per attribute, for people (``blur: low (0.05)``)."""
    lines = []
    for name, value in attributes.items():
        if isinstance(value, dict):
            text = _level(value) or ", ".join(
                f"{k}={v}" for k, v in value.items() if not isinstance(v, dict | list)
            )
        else:
            text = str(value)
        lines.append(f"{name}: {text}")
    return lines


def landmark_points(face: dict[str, Any]) -> list[tuple[float, float]]:
    marks = face.get("faceLandmarks") or {}
    return [(float(p["x"]), float(p["y"])) for p in marks.values() if isinstance(p, dict)]


def run_detect(args: argparse.Namespace) -> int:
    image = read_image_source(args.image)
    with open_client(args) as (client, _):
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
    for i, (f, d) in enumerate(zip(faces, data, strict=True), 1):
        r = f.face_rectangle
        lines.append(f"  {i}: left={r.left} top={r.top} width={r.width} height={r.height}")
        lines += [f"     {line}" for line in describe_attributes(d.get("faceAttributes") or {})]
        if args.landmarks:
            lines.append(f"     landmarks: {len(landmark_points(d))} points")
    if args.draw:
        from facekit.workflows.draw import draw_faces  # Pillow's drawing, only when asked

        draw_faces(
            image,
            [(rectangle_of(f), str(i)) for i, f in enumerate(faces, 1)],
            args.draw,
            landmarks=[landmark_points(d) for d in data] if args.landmarks else None,
        )
        lines.append(f"drawn: {args.draw}")
    emit(args, "\n".join(lines), data)
    return 0


def _draw_path(draw_dir: Path, photo: Path, roots: dict[Path, Path]) -> Path:
    root = roots.get(photo, photo.parent)
    try:
        relative = photo.relative_to(root)
    except ValueError:
        relative = Path(photo.name)
    return draw_dir / relative.with_suffix(".png")


def run_identify(args: argparse.Namespace) -> int:
    group = GroupRef(args.group, args.large)
    fmt = args.format or ("jsonl" if args.out and args.out.suffix == ".jsonl" else "csv")
    manifest_path = args.manifest or (
        args.out.with_name(args.out.name + ".manifest.db") if args.out else None
    )
    roots = dict(list_photos(args.images))
    manifest = ArchiveManifest(manifest_path) if manifest_path else None
    to_stdout = args.out is None and args.json
    writer = (
        RowWriter(args.out, fmt, keep=manifest.output_size() if manifest else 0)
        if args.out
        else RowWriter(sys.stdout, "jsonl")
        if to_stdout
        else None
    )

    def on_photo(result: PhotoResult) -> None:
        if writer is None:  # human lines on stdout, as each photo finishes
            print(f"{result.photo}: " + (result.error or f"{len(result.rows)} face(s)"))
            for row in result.rows:
                who = f"{row.name} ({row.confidence:.2f})" if row.name else "unknown"
                b = row.box
                print(f"  {who} at left={b.left} top={b.top} width={b.width} height={b.height}")
        if args.draw and result.image is not None and not result.error:
            from facekit.workflows.draw import draw_faces  # Pillow's drawing, only when asked

            target = _draw_path(args.draw, result.photo, roots)
            draw_faces(result.image, [(r.box, r.name or "unknown") for r in result.rows], target)
        bar.advance("unusable" if result.error else "identified")

    # a progress bar when the rows go to a file (and stderr is a terminal)
    show = show_progress(args) and args.out is not None
    try:
        with open_client(args) as (client, _), progress_bar(show, "identifying", len(roots)) as bar:
            summary = identify_archive(
                client,
                args.images,
                group,
                writer=writer,
                manifest=manifest,
                threshold=args.threshold,
                concurrency=args.concurrency,
                keep_images=args.draw is not None,
                on_photo=on_photo,
            )
    finally:
        if writer is not None:
            writer.close()
        if manifest is not None:
            manifest.close()
    data = summary.to_dict()
    lines = [
        f"photos: {data['identified']} identified, {data['alreadyDone']} done before, "
        f"{data['unusable']} unusable, {data['failed']} failed; faces: {data['faces']}"
    ]
    lines += [f"  failed: {f['photo']}: {f['reason']}" for f in data["failures"]]
    if args.out:
        lines.append(f"rows: {args.out}")
    if args.draw:
        lines.append(f"drawn: {args.draw}")
    if to_stdout:
        note("\n".join(lines))
    else:
        emit(args, "\n".join(lines), data)
    return Exit.OK if not data["failed"] else Exit.PARTIAL


def run_verify(args: argparse.Namespace) -> int:
    """Exit status 0 for the same person, 1 for different persons (like ``cmp``)."""
    with open_client(args) as (client, _):
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
    with open_client(args) as (client, _):
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
        listed = args.face_list or args.large_face_list
        if listed and similar:  # name the photos the list's faces came from
            sources = photo_names(client, FaceListRef(listed, args.large_face_list is not None))
    data = []
    for s in similar:
        ident = s.face_id if isinstance(s.face_id, str) else s.persisted_face_id
        data.append({"id": ident, "image": sources.get(str(ident)), "confidence": s.confidence})
    lines = [f"{len(data)} similar face(s)"] + [
        f"  {d['image'] or d['id']}: {d['confidence']:.2f}" for d in data
    ]
    emit(args, "\n".join(lines), data)
    return 0
