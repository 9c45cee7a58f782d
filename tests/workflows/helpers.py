"""Building enrollment folders for tests (photos are linked from the sample folder or
made on the fly; nothing is copied into the project)."""

from __future__ import annotations

import io
import random
import shutil
from pathlib import Path

import httpx
from PIL import Image

from facekit import FaceClient
from facekit.workflows.groups import GroupRef


def link_people(samples: Path, dest: Path, names: list[str] | None = None) -> Path:
    """FOLDER/<person>/ with symlinks to the sample photos (or copies where links fail)."""
    for person_dir in sorted((samples / "people").iterdir()):
        if not person_dir.is_dir() or (names is not None and person_dir.name not in names):
            continue
        target = dest / person_dir.name
        target.mkdir(parents=True, exist_ok=True)
        for photo in sorted(person_dir.glob("*.jpg")):
            try:
                (target / photo.name).symlink_to(photo)
            except OSError:
                shutil.copyfile(photo, target / photo.name)
    return dest


def noise_jpeg(width: int = 320, height: int = 240, seed: int = 0) -> bytes:
    """A valid JPEG of random noise: decodes fine, holds no face, is over 1 KB."""
    rng = random.Random(seed)
    image = Image.frombytes("RGB", (width, height), bytes(rng.getrandbits(8) for _ in range(width * height * 3)))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=90)
    return out.getvalue()


def side_by_side(first: Path, second: Path) -> bytes:
    """One JPEG holding two photos next to each other (two faces)."""
    with Image.open(first) as a, Image.open(second) as b:
        a, b = a.convert("RGB"), b.convert("RGB")
        height = max(a.height, b.height)
        canvas = Image.new("RGB", (a.width + b.width, height), "white")
        canvas.paste(a, (0, 0))
        canvas.paste(b, (a.width, 0))
    out = io.BytesIO()
    canvas.save(out, "JPEG", quality=90)
    return out.getvalue()


def group_state(client: FaceClient, group: GroupRef) -> dict[str, int]:
    """name → number of persisted faces, for every person of the group."""
    state: dict[str, int] = {}
    for person in group.resource(client).persons.list(group.group_id):
        assert person.name not in state, f"duplicate person {person.name!r}"
        faces = person.persisted_face_ids if isinstance(person.persisted_face_ids, list) else []
        state[str(person.name)] = len(faces)
    return state


def one_photo_each(samples: Path, dest: Path, names: list[str], index: int = 0) -> Path:
    """FOLDER/<person>/ holding one sample photo each (a symlink; cheap to enroll)."""
    for name in names:
        photo = sorted((samples / "people" / name).glob("*.jpg"))[index]
        (dest / name).mkdir(parents=True, exist_ok=True)
        (dest / name / photo.name).symlink_to(photo)
    return dest


def persons_of(client: FaceClient, group: GroupRef) -> dict[str, tuple[str | None, int]]:
    """name → (userData, number of faces); fails on a duplicate name."""
    found: dict[str, tuple[str | None, int]] = {}
    for person in group.resource(client).persons.list(group.group_id):
        assert person.name not in found, f"duplicate person {person.name!r}"
        faces = person.persisted_face_ids if isinstance(person.persisted_face_ids, list) else []
        data = person.user_data if isinstance(person.user_data, str) else None
        found[str(person.name)] = (data, len(faces))
    return found


class ForwardingTransport(httpx.BaseTransport):
    """A client transport that sends every request on over a real HTTP transport, for
    tests to watch or disturb the traffic; it closes what it opened."""

    def __init__(self) -> None:
        self.inner = httpx.HTTPTransport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self.inner.handle_request(request)

    def close(self) -> None:
        self.inner.close()

