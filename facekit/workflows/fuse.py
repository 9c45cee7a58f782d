"""fuse: put the faces of many photos into one FaceFusion material, resumably.

Each input photo gives one output file in ``out_dir``, named after the photo and the
material: ``<photo stem>.fused-<model id>.jpg`` (``.png`` when the service answers
PNG). A run skips every photo whose output already exists, so an interrupted run
simply continues; outputs are written to a temporary file and renamed into place, so a
crash never leaves a half-written image under the final name (and the temporary file a
crash leaves is removed by the next run, :mod:`facekit.workflows.atomic`).

Photos are fused in parallel (``concurrency`` threads sharing the client, its rate
limiter and its retries). Outcomes, per photo, in a :class:`Report`:

* ``written`` — fused and saved;
* ``skipped`` — the output existed already, the photo is unusable (not a JPG/PNG,
  outside the size limits, no face or a too small one), or another input would write
  the same output;
* ``failed`` — any other error; a later run may succeed. An error that will not go away
  by itself (access denied, unknown project or material) stops the run: the photos not
  yet sent are reported as failed without being sent.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from facekit.errors import (
    AccessDeniedError,
    BadInputError,
    ConfigurationError,
    FaceKitError,
    NotFoundError,
)
from facekit.images import read_header
from facekit.tencent import FusionClient, Logo
from facekit.tencent.bodies import check_degree
from facekit.workflows.atomic import write_atomically
from facekit.workflows.faults import write_point
from facekit.workflows.report import FUSE_REPORT_NAME, Entry, Outcome, Report

log = logging.getLogger("facekit.fuse")

IMAGE_SUFFIXES = frozenset({".jpg", ".jpeg", ".png"})
OUTPUT_MARK = ".fused-"
REPORT_NAME = FUSE_REPORT_NAME
DEFAULT_CONCURRENCY = 4
FATAL = (AccessDeniedError, NotFoundError, ConfigurationError)
Progress = Callable[[Entry], None]
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def output_stem(image: Path, model_id: str) -> str:
    """The output file name without its suffix: photo stem + material id."""
    return f"{image.stem}{OUTPUT_MARK}{_UNSAFE.sub('_', model_id)}"


def existing_output(out_dir: Path, stem: str) -> Path | None:
    for suffix in (".jpg", ".png"):
        candidate = out_dir / (stem + suffix)
        if candidate.is_file():
            return candidate
    return None


def list_images(folder: Path) -> list[Path]:
    """The photos of a folder (not its sub-folders), sorted; earlier outputs excluded."""
    return sorted(
        path
        for path in folder.iterdir()
        if path.is_file()
        and path.suffix.lower() in IMAGE_SUFFIXES
        and not path.name.startswith(".")
        and OUTPUT_MARK not in path.stem
    )


def _suffix(data: bytes) -> str:
    try:
        kind = read_header(data).format
    except FaceKitError:
        return ".jpg"
    return ".png" if kind == "PNG" else ".jpg"


class FusionRun:
    """One run of :func:`fuse_images`."""

    def __init__(
        self,
        client: FusionClient,
        project_id: str,
        model_id: str,
        out_dir: Path,
        *,
        degree: int | None,
        profile_degree: int | None,
        logo: bool | Logo | None,
        progress: Progress | None,
    ) -> None:
        self.client = client
        self.project_id = project_id
        self.model_id = model_id
        self.out_dir = out_dir
        self.degree = degree
        self.profile_degree = profile_degree
        self.logo = logo
        self.progress = progress
        self.report = Report("fuse")
        self._fatal: FaceKitError | None = None
        self._lock = threading.Lock()

    @property
    def fatal(self) -> FaceKitError | None:
        """The error that stopped the run, if one did."""
        with self._lock:
            return self._fatal

    def emit(self, entry: Entry) -> None:
        self.report.add(entry)
        if self.progress is not None:
            self.progress(entry)

    def _entry(self, image: Path, outcome: Outcome, reason: str | None = None) -> None:
        self.emit(Entry("image", str(image), outcome, reason=reason))

    def fuse_one(self, image: Path, stem: str) -> None:
        done = existing_output(self.out_dir, stem)
        if done is not None:
            self._entry(image, Outcome.SKIPPED, f"output exists: {done.name}")
            return
        with self._lock:
            fatal = self._fatal
        if fatal is not None:
            self._entry(image, Outcome.FAILED, f"not sent after an earlier error: {fatal}")
            return
        try:
            result = self.client.fuse_face(
                self.project_id,
                self.model_id,
                image,
                fuse_face_degree=self.degree,
                fuse_profile_degree=self.profile_degree,
                logo_add=None if isinstance(self.logo, Logo) else self.logo,
                logo_param=self.logo if isinstance(self.logo, Logo) else None,
            )
        except FATAL as exc:
            with self._lock:
                self._fatal = self._fatal or exc
            self._entry(image, Outcome.FAILED, str(exc))
            return
        except BadInputError as exc:
            self._entry(image, Outcome.SKIPPED, str(exc))
            return
        except FaceKitError as exc:
            self._entry(image, Outcome.FAILED, str(exc))
            return
        target = self.out_dir / (stem + _suffix(result.image))
        try:
            with write_point("fuse.output.write"):
                write_atomically(target, result.image, point="fuse.output.write.written")
        except OSError as exc:
            self._entry(image, Outcome.FAILED, f"cannot write {target}: {exc}")
            return
        self.emit(Entry("image", str(image), Outcome.WRITTEN, id=str(target)))


def fuse_images(
    client: FusionClient,
    project_id: str,
    model_id: str,
    images: Sequence[Path],
    *,
    out_dir: Path,
    degree: int | None = None,
    profile_degree: int | None = None,
    logo: bool | Logo | None = None,
    concurrency: int = DEFAULT_CONCURRENCY,
    progress: Progress | None = None,
    report_path: Path | None = None,
) -> Report:
    """Fuse each photo into material ``model_id`` of ``project_id``; see the module doc.

    ``degree`` / ``profile_degree`` (0–100) override the console's blend settings (the
    higher, the more the features / the face shape look like the template person).
    ``logo``: None keeps the service's default mark, False leaves it out, a
    :class:`~facekit.tencent.Logo` replaces it. ``progress`` is called with each entry.
    The report is also written to ``report_path`` when given.
    """
    if concurrency < 1:
        raise ValueError(f"concurrency must be at least 1, got {concurrency}")
    check_degree("degree", degree)  # mistakes that would fail every photo fail the run
    check_degree("profile_degree", profile_degree)
    run = FusionRun(
        client,
        project_id,
        model_id,
        out_dir,
        degree=degree,
        profile_degree=profile_degree,
        logo=logo,
        progress=progress,
    )
    work: list[tuple[Path, str]] = []
    owners: dict[str, Path] = {}
    for image in images:
        stem = output_stem(image, model_id)
        first = owners.setdefault(stem, image)
        if first is not image:
            run.emit(
                Entry(
                    "image",
                    str(image),
                    Outcome.SKIPPED,
                    reason=f"{first} writes the same output ({stem})",
                )
            )
            continue
        work.append((image, stem))
    # The first photo goes alone: an error that would repeat for every photo (unknown
    # project or material, refused credentials) then costs one call, not one per worker.
    pending = [(image, stem) for image, stem in work if existing_output(out_dir, stem) is None]
    if pending:
        run.fuse_one(*pending[0])
    rest = [item for item in work if not pending or item[0] is not pending[0][0]]
    with ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="facekit-fuse") as pool:
        for future in [pool.submit(run.fuse_one, image, stem) for image, stem in rest]:
            future.result()
    report = run.report
    if run.fatal is not None:
        report.facts["stopped_by"] = {
            "error": type(run.fatal).__name__,
            "code": getattr(run.fatal, "code", None),
            "message": str(run.fatal),
        }
    report.facts.update(
        {
            "project": project_id,
            "model": model_id,
            "out_dir": str(out_dir),
            "retries": client.retries,
        }
    )
    if report_path is not None:
        report.facts["report"] = str(report_path)
        report.write_json(report_path)
    log.info("fuse: %s", report.counts())
    return report


def fuse_folder(
    client: FusionClient,
    project_id: str,
    model_id: str,
    folder: Path,
    *,
    out_dir: Path | None = None,
    degree: int | None = None,
    profile_degree: int | None = None,
    logo: bool | Logo | None = None,
    concurrency: int = DEFAULT_CONCURRENCY,
    progress: Progress | None = None,
) -> Report:
    """Fuse every photo of ``folder`` (default output: ``<folder>/fused``); the report is
    written to ``<out_dir>/fuse-report.json`` as well."""
    if not folder.is_dir():
        raise ConfigurationError(f"not a folder: {folder}")
    target = out_dir if out_dir is not None else folder / "fused"
    return fuse_images(
        client,
        project_id,
        model_id,
        list_images(folder),
        out_dir=target,
        degree=degree,
        profile_degree=profile_degree,
        logo=logo,
        concurrency=concurrency,
        progress=progress,
        report_path=target / REPORT_NAME,
    )
