"""Microsoft's Python quickstart for the Face client library, run unchanged against the
emulator on ``azure-cognitiveservices-vision-face`` 0.6.1, offline.

The quickstart is read at test time from ``../shared/seeds/000_62a607a4698b196c.txt``
(the shared folder beside the repository, or ``$FACEKIT_SHARED``); the test is skipped
with the reason when it is absent. Its Python blocks are joined in document order into
one script, the way the quickstart's own source file (``FaceQuickstart.py`` in
Azure-Samples/cognitive-services-quickstart-code) arranges the same snippets: the page
renders the snapshot steps as separate list items, and the steps after the first are the
body of the coroutine ``run()`` that step 1 opens (all but the helper
``wait_for_operation``, a function of its own), which the source file then runs with ``asyncio.run(run())`` before the clean-up blocks. The only other
help it gets is :mod:`tests.docs.quickstart_runner` (its one direct image download is
answered from the URL fixtures; no image viewer) and the environment variables it reads.

Two resources (keys) share one subscription, ``AZURE_SUBSCRIPTION_ID``: the snapshot is
taken with the first key and applied with the second, as on the service. A second run
puts the target key in another subscription: the apply is refused (``SnapshotNotFound``).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from facekit.emulator.server import RunningEmulator, run_emulator

pytest.importorskip("azure.cognitiveservices.vision.face")

ROOT = Path(__file__).resolve().parents[2]
SEED = "seeds/000_62a607a4698b196c.txt"
RUNNER = Path(__file__).with_name("quickstart_runner.py")
SUBSCRIPTION = "0b6f3c1e-5d2a-4c9e-8f71-2a3b4c5d6e7f"
SOURCE_KEY, TARGET_KEY, OUTSIDER_KEY = "quickstart-source", "quickstart-target", "outsider"
UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
# The quickstart's internet images that no sample photo is named after: which one stands
# in for each (a single face; a family photo holding that same person).
STAND_INS = {"john-f-kennedy---mini-biography.jpg": "people/family1-dad/Family1-Dad1.jpg",
             "president-family-portrait-closeup.jpg": "scenes/identification1.jpg"}
NAMED_ALIKE = ["people/family1-dad/Family1-Dad1.jpg", "people/family1-dad/Family1-Dad2.jpg",
               "people/family1-dad/Family1-Dad3.jpg", "people/family1-son/Family1-Son1.jpg",
               "scenes/detection1.jpg"]
# The photos it enrolls from its working folder (woman*, man*, child*) and identifies in.
WORKING_PHOTOS = {"woman1-person-group.jpg": "people/family2-lady/woman1-person-group.jpg",
                  "woman2-person-group.jpg": "people/family2-lady/Family2-Lady1.jpg",
                  "man1-person-group.jpg": "people/family2-man/Family2-Man1.jpg",
                  "man2-person-group.jpg": "people/family2-man/man2-person-group.jpg",
                  "child1-person-group.jpg": "people/family1-son/Family1-Son1.jpg",
                  "child2-person-group.jpg": "people/family1-son/Family1-Son2.jpg",
                  "test-image-person-group.jpg": "scenes/test-image-person-group.jpg"}
pytestmark = [pytest.mark.emulator, pytest.mark.faces,
              pytest.mark.block_network(allowed_hosts=[r"127\.0\.0\.1$"])]


def shared_folder() -> Path:
    named = os.environ.get("FACEKIT_SHARED", "").strip()
    return Path(named) if named else ROOT.parent / "shared"


@pytest.fixture(scope="module")
def quickstart_page() -> str:
    seed = shared_folder() / SEED
    if not seed.is_file():
        pytest.skip(f"the Python quickstart is not here: {seed} (the shared folder beside the "
                    "repository, or set FACEKIT_SHARED)")
    return seed.read_text(encoding="utf-8")


# ---------------------------------------------------------------- assembling --


def python_blocks(page: str) -> list[tuple[bool, str]]:
    """The page's fenced Python blocks in order: whether the block is a list item (its
    fence indented), and its code without the list indentation."""
    blocks, lines = [], page.splitlines()
    index = 0
    while index < len(lines):
        opening = re.match(r"^(\s*)```python\s*$", lines[index])
        index += 1
        if opening is None:
            continue
        indent, body = opening.group(1), []
        while not re.match(rf"^{indent}```\s*$", lines[index]):
            body.append(lines[index].removeprefix(indent))
            index += 1
        index += 1
        blocks.append((bool(indent), "\n".join(body)))
    return blocks


def realigned(block: str) -> str:
    """The block with its first line at the level of the rest: in the list items the
    page's renderer indents only the first line of each block by four spaces."""
    lines = block.splitlines()
    rest = [len(line) - len(line.lstrip()) for line in lines[1:] if line.strip()]
    first = len(lines[0]) - len(lines[0].lstrip())
    if rest and first > min(rest):
        lines[0] = " " * min(rest) + lines[0].lstrip()
    return textwrap.dedent("\n".join(lines))


def defines_a_function(code: str) -> bool:
    statements = [line for line in code.splitlines() if line.strip() and
                  not line.lstrip().startswith("#")]
    return bool(statements) and re.match(r"(async )?def ", statements[0]) is not None


def assemble(page: str) -> str:
    """The quickstart as one script (see the module text): the list items after the one
    that opens ``async def run():`` continue its body, except the helper the page says to
    define separately (a block that is a function definition)."""
    chunks: list[str] = []
    run_at = last_step = None
    for in_list, raw in python_blocks(page):
        block = realigned(raw)
        if in_list and run_at is not None and not defines_a_function(block):
            chunks[run_at] += "\n" + textwrap.indent(block, "    ")
            last_step = len(chunks) - 1
            continue
        if re.search(r"^async def run\(\):", block, re.MULTILINE):
            run_at = len(chunks)
        chunks.append(block)
    assert run_at is not None and last_step is not None
    chunks.insert(last_step + 1, "asyncio.run(run())")
    return "\n\n".join(chunks) + "\n"


def test_the_quickstart_assembles_into_one_valid_script(quickstart_page: str) -> None:
    script = assemble(quickstart_page)
    compile(script, "quickstart.py", "exec")
    assert script.count("asyncio.run(run())") == 1
    run_body = script[script.index("async def run():"):script.index("asyncio.run(run())")]
    for step in ("STEP 1", "STEP 2", "STEP 3", "STEP 4"):
        assert f"    # {step}" in run_body
    assert "face_client_target.person_group.delete" in script.split("asyncio.run(run())")[1]


# ------------------------------------------------------------------- running --


def copy(faces: Path, files: dict[str, str], into: Path) -> None:
    into.mkdir(parents=True, exist_ok=True)
    for name, source in files.items():
        shutil.copyfile(faces / source, into / name)


@pytest.fixture(scope="module")
def fixtures(tmp_path_factory: pytest.TempPathFactory, sample_faces: Path,
             quickstart_page: str) -> Path:
    folder = tmp_path_factory.mktemp("url-fixtures")
    copy(sample_faces, {Path(name).name: name for name in NAMED_ALIKE}, folder)
    urls = set(re.findall(r"https?://[^\s'\"]+\.jpg", quickstart_page))
    mapping = {}
    for url in sorted(urls):
        stand_in = STAND_INS.get(url.rsplit("/", 1)[-1])
        if stand_in is not None:
            shutil.copyfile(sample_faces / stand_in, folder / Path(stand_in).name)
            mapping[url] = Path(stand_in).name
    assert len(mapping) == len(STAND_INS), mapping
    (folder / "urls.json").write_text(json.dumps(mapping, indent=1), encoding="utf-8")
    return folder


@pytest.fixture
def emulator(fixtures: Path) -> Iterator[RunningEmulator]:
    # Recording mode: trainings and snapshot operations end before their call is answered,
    # so the quickstart's 5 and 10 second waits are never needed.
    with run_emulator(keys=(SOURCE_KEY, TARGET_KEY, OUTSIDER_KEY),
                      subscriptions={SUBSCRIPTION: (SOURCE_KEY, TARGET_KEY)},
                      url_fixtures=fixtures, deterministic_ids=23) as running:
        yield running


def run_quickstart(page: str, emulator: RunningEmulator, fixtures: Path, faces: Path,
                   folder: Path, target_key: str) -> subprocess.CompletedProcess[str]:
    copy(faces, WORKING_PHOTOS, folder)
    script = folder / "quickstart.py"
    script.write_text(assemble(page), encoding="utf-8")
    env = {name: value for name, value in os.environ.items()
           if not name.lower().endswith("_proxy")}
    env.update({"FACE_SUBSCRIPTION_KEY": SOURCE_KEY, "FACE_ENDPOINT": emulator.endpoint,
                "AZURE_SUBSCRIPTION_ID": SUBSCRIPTION, "FACE_ENDPOINT2": emulator.endpoint,
                "FACE_SUBSCRIPTION_KEY2": target_key, "PYTHONUNBUFFERED": "1"})
    return subprocess.run([sys.executable, str(RUNNER), str(fixtures), str(script)], cwd=folder,
                          env=env, capture_output=True, text=True, timeout=600, check=False)


def response_of(emulator: RunningEmulator, operation: str) -> list[Any]:
    found = []
    for entry in emulator.requests.filter(operation=operation):
        text = entry.response_body.text
        found.append(json.loads(text) if text else None)
    return found


def test_the_quickstart_runs_end_to_end_with_two_resources_in_one_subscription(
        quickstart_page: str, emulator: RunningEmulator, fixtures: Path, sample_faces: Path,
        tmp_path: Path) -> None:
    done = run_quickstart(quickstart_page, emulator, fixtures, sample_faces, tmp_path,
                          TARGET_KEY)
    out = done.stdout
    assert done.returncode == 0, out[-3000:] + done.stderr[-3000:]
    print(out)  # shown by pytest when an assertion below fails

    # detect: one face in each single-face photo
    assert re.search(rf"Detected face ID from john-f-kennedy---mini-biography.jpg :\n{UUID}\n",
                     out)
    assert "Drawing rectangle around face... see popup for results." in out
    # find similar: the one face of the same person in the family photo
    similar = out.split("Similar faces found in president-family-portrait-closeup.jpg:")[1]
    assert similar.split("Person group:")[0].count("  Face ID: ") == 1
    # person group, training, identify: both faces of the test photo are identified
    # (str() of the SDK's enum: the name of its member on this Python)
    assert re.search(r"Training status: (TrainingStatusType\.)?succeeded\.", out)
    identified = re.findall(r"Person for face ID (\S+) is identified in "
                            r"test-image-person-group.jpg with a confidence of ([0-9.]+)\.", out)
    assert len(identified) == 2 and all(float(c) > 0.5 for _, c in identified)
    # ... as the right persons: the quickstart prints no names, the request log has them
    # (created in the order Woman, Man, Child)
    created = [r["personId"] for r in response_of(emulator, "createPersonGroupPerson")]
    assert len(created) == 3
    results = response_of(emulator, "identify")[-1]
    person_of = {r["faceId"]: r["candidates"][0]["personId"] for r in results}
    assert sorted(created.index(person_of[face]) for face, _ in identified) == [0, 1]
    # verify: same person and different persons
    for name in ("Family1-Dad3.jpg", "Family1-Son1.jpg", "Family1-Dad1.jpg", "Family1-Dad2.jpg"):
        assert f"1 face(s) detected from image {name}." in out
    assert "Faces from Family1-Dad3.jpg & Family1-Dad1.jpg are of the same person" in out
    assert "Faces from Family1-Son1.jpg & Family1-Dad1.jpg are of a different person" in out
    # snapshot: taken with the first key, applied with the second of the same subscription
    snapshot = re.search(rf"Snapshot ID: ({UUID})\n", out)
    assert snapshot is not None and "Taking snapshot... Done" in out
    assert "Applying snapshot... Done" in out and "End of transfer." in out
    assert "Operation status: failed" not in out
    applied = [e for e in emulator.requests.filter(operation="applySnapshot")][-1]
    assert applied.account == "key #2" and applied.status == 202
    # clean-up: the applied copy existed in the target resource, and only there
    target_group = re.search(rf"Deleted the person group ({UUID}) from the target location.",
                             out)
    assert target_group is not None
    assert "Deleted the person group my-unique-person-group from the source location." in out
    deletes = emulator.requests.filter(operation="deletePersonGroup")
    assert [(e.account, e.status) for e in deletes[-2:]] == [("key #1", 200), ("key #2", 200)]
    # the internet images came from the fixtures: the seven detects by URL say so
    noted = [note for entry in emulator.requests.filter(operation="detect")
             for note in entry.notes if note.startswith("URL fixture:")]
    assert len(noted) == 7 and any("john-f-kennedy" in note for note in noted)


def test_the_snapshot_is_refused_when_the_targets_subscription_is_not_in_scope(
        quickstart_page: str, emulator: RunningEmulator, fixtures: Path, sample_faces: Path,
        tmp_path: Path) -> None:
    done = run_quickstart(quickstart_page, emulator, fixtures, sample_faces, tmp_path,
                          OUTSIDER_KEY)
    assert done.returncode != 0
    assert "Taking snapshot... Done" in done.stdout
    assert "Applying snapshot(" not in done.stdout
    assert "APIErrorException" in done.stderr and "Snapshot is not found." in done.stderr
    refused = emulator.requests.filter(operation="applySnapshot")[-1]
    assert (refused.account, refused.status, refused.error_code) == (
        "key #3", 404, "SnapshotNotFound")
