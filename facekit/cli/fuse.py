"""``facekit fuse`` and ``facekit materials ls|add``: Tencent FaceFusion from the shell.

Connection: ``--endpoint`` (alias ``--tc-endpoint``; default
``https://facefusion.tencentcloudapi.com``), ``--secret-id``/``--secret-key`` (default
``$TENCENTCLOUD_SECRET_ID``/``$TENCENTCLOUD_SECRET_KEY``; prefer the variables, arguments
show up in process listings) and ``--region`` (default ``ap-guangzhou``). With none of
them set anywhere, the commands use the local emulator in-process, as the Azure commands
do (same data folder), so ``materials add`` then ``fuse`` work without any setup.

``facekit materials add`` registers a template with a running facekit emulator (on the
real service that is done in the console) and prints the new material's id, which is
the ``--model`` of ``facekit fuse``.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from facekit import errors
from facekit.cli.connect import open_fusion_client
from facekit.cli.exits import Exit, exit_code_for
from facekit.cli.options import tencent_options
from facekit.cli.output import emit, note, show_progress
from facekit.cli.progress import progress_bar
from facekit.errors import ConfigurationError
from facekit.workflows.report import FUSE_REPORT_NAME as REPORT_NAME
from facekit.workflows.report import Entry, Outcome

if TYPE_CHECKING:
    # The Tencent client and the fuse workflow load when a fuse command runs, not for
    # every `facekit` command.
    from facekit.tencent import FaceBox, Logo, Material


def _box(text: str) -> FaceBox:
    from facekit.tencent import FaceBox

    try:
        return FaceBox.parse(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser(
        "fuse",
        parents=[tencent_options()],
        help="fuse the faces of photos into a Tencent FaceFusion material",
        description="Fuse each photo (or every photo of a folder) into material MODEL of "
        "project PROJECT and write one image per photo to --out. Safe to re-run: photos "
        "whose output exists are skipped.",
    )
    p.add_argument("images", nargs="+", type=Path, metavar="IMAGE", help="photo or folder")
    p.add_argument("--project", required=True, help="activity (project) id, e.g. at_...")
    p.add_argument("--model", required=True, help="material (template) id, e.g. mt_...")
    p.add_argument("--out", type=Path, default=Path("fused"), metavar="DIR", help="output folder")
    p.add_argument(
        "--degree",
        type=int,
        help="facial-feature blend 0-100 (FuseFaceDegree; higher = more like the template)",
    )
    p.add_argument(
        "--profile-degree",
        type=int,
        help="face-shape blend 0-100 (FuseProfileDegree; higher = more like the template)",
    )
    p.add_argument(
        "--logo",
        default="default",
        help="'default' (the service's AI-generated mark), 'off', or a logo image to "
        "place at --logo-rect",
    )
    p.add_argument("--logo-rect", type=_box, help="X,Y,WIDTH,HEIGHT of a logo image")
    p.add_argument("--concurrency", type=int, default=4, help="photos in flight")
    p.add_argument("--report", type=Path, help=f"report path (default OUT/{REPORT_NAME})")
    p.set_defaults(handler=run_fuse)

    m = subparsers.add_parser("materials", help="list or add FaceFusion materials")
    actions = m.add_subparsers(title="actions", metavar="ACTION")
    ls = actions.add_parser(
        "ls", parents=[tencent_options()], help="list the materials of a project"
    )
    ls.add_argument("--project", required=True, help="activity (project) id")
    ls.set_defaults(handler=run_ls)
    add = actions.add_parser(
        "add",
        parents=[tencent_options()],
        help="register a template with a running facekit emulator",
    )
    add.add_argument("template", type=Path, metavar="TEMPLATE", help="JPG or PNG with a face")
    add.add_argument("--project", required=True, help="activity (project) id to add it to")
    add.add_argument("--name", help="material name (default: the id)")
    add.set_defaults(handler=run_add)
    m.set_defaults(handler=lambda args: _usage(m))


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help()
    return 2


def _logo(args: argparse.Namespace) -> bool | Logo | None:
    from facekit.tencent import Logo

    choice = str(args.logo)
    if choice == "default":
        return None
    if choice == "off":
        return False
    if args.logo_rect is None:
        raise ConfigurationError("--logo with an image needs --logo-rect X,Y,WIDTH,HEIGHT")
    return Logo(rect=args.logo_rect, image=Path(choice))


def _inputs(paths: list[Path]) -> list[Path]:
    from facekit.workflows.fuse import list_images

    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(list_images(path))
        elif path.is_file():
            found.append(path)
        else:
            raise ConfigurationError(f"no such file or folder: {path}")
    return found


def summary(data: dict[str, Any]) -> str:
    counts = data["counts"].get("image", {})
    lines = ["images: " + (", ".join(f"{n} {k}" for k, n in counts.items()) or "none")]
    for entry in data["entries"]:
        if entry["outcome"] in (Outcome.SKIPPED, Outcome.FAILED):
            lines.append(f"  {entry['outcome']}: {entry['path']}: {entry.get('reason', '')}")
    lines.append(f"output: {data['out_dir']}")
    lines.append(f"retries: {data['retries']}")
    return "\n".join(lines)


def run_fuse(args: argparse.Namespace) -> int:
    from facekit.workflows.fuse import fuse_images

    images = _inputs(args.images)
    logo = _logo(args)
    report_path = args.report or args.out / REPORT_NAME
    with (
        open_fusion_client(args) as (client, _),
        progress_bar(show_progress(args), "fusing", len(images)) as bar,
    ):

        def on_entry(entry: Entry) -> None:
            bar.advance(entry.outcome)

        report = fuse_images(
            client,
            args.project,
            args.model,
            images,
            out_dir=args.out,
            degree=args.degree,
            profile_degree=args.profile_degree,
            logo=logo,
            concurrency=args.concurrency,
            progress=on_entry,
            report_path=report_path,
        )
    data = report.to_dict()
    emit(args, summary(data) + f"\nreport: {report_path}", data)
    stopped = report.facts.get("stopped_by")
    if stopped:
        error_class = getattr(errors, str(stopped["error"]), errors.FaceKitError)
        note(
            f"facekit: error: stopped after an error that would repeat for every "
            f"photo: {stopped['message']}",
        )
        return exit_code_for(error_class(stopped["message"]))
    return Exit.OK if report.ok else Exit.PARTIAL


# MaterialStatus of DescribeMaterialList (tencent-facefusion-api.md)
MATERIAL_STATES = {
    0: "under review",
    1: "approved (manual review)",
    2: "rejected (manual review)",
    3: "appealing",
    11: "approved on appeal",
    12: "appeal rejected",
    21: "approved (machine review)",
    22: "rejected (machine review)",
    31: "video preprocessed, usable",
    32: "video preprocessing failed",
    33: "role not in the video",
}


def material_state(status: object) -> str:
    """A material's status in words (unknown numbers are shown as such)."""
    try:
        return MATERIAL_STATES.get(int(str(status)), f"status {status}")
    except ValueError:
        return f"status {status}"


def _lower_first(data: Any) -> Any:
    if isinstance(data, dict):
        return {k[:1].lower() + k[1:]: _lower_first(v) for k, v in data.items()}
    if isinstance(data, list):
        return [_lower_first(v) for v in data]
    return data


def material_data(material: Material) -> dict[str, Any]:
    """A material for --json: Tencent's fields in camelCase, the status also in words."""
    data: dict[str, Any] = _lower_first(material.to_dict())
    data["materialState"] = material_state(material.status)
    return data


def _material_line(material: Material) -> str:
    faces = ", ".join(
        face.face_id
        + (f" ({face.box.x},{face.box.y} {face.box.width}x{face.box.height})" if face.box else "")
        for face in material.faces
    )
    name = material.name or ""
    state = material_state(material.status)
    return f"{material.material_id}\t{name}\t{state}\tfaces: {faces or '-'}"


def run_ls(args: argparse.Namespace) -> int:
    with open_fusion_client(args) as (client, _):
        materials = list(client.iter_materials(args.project))
    human = "\n".join(_material_line(m) for m in materials) or "no materials"
    emit(args, human, [material_data(m) for m in materials])
    return 0


def run_add(args: argparse.Namespace) -> int:
    with open_fusion_client(args) as (client, _):
        material = client.add_material(args.project, args.template, name=args.name)
    emit(args, material.material_id, material_data(material))
    return 0
