"""Build facekit's wheel and prove it works where a user installs it (``make wheel-check``).

Only what the README and docs tell a user to do, in a fresh virtualenv outside this
checkout, with an empty home folder (so no cached models, photos or settings):

1. ``python -m build --wheel`` builds the wheel (into a temporary folder); its contents
   are checked (typing marker, pytest plugin entry point, licence);
2. ``pip install facekit_cloud-*.whl``: ``facekit --help`` runs and every public name
   imports, without the emulator's dependencies;
3. ``pip install 'facekit_cloud-*.whl[local]'``; then, with pip unable to reach an index
   (``PIP_NO_INDEX=1``), ``facekit demo`` and ``facekit serve`` must each fail in ONE line
   naming ``facekit models fetch``, with exit status 7 and no traceback;
4. with the network, ``facekit demo`` in an empty folder fetches the models and photos
   on first use and exits 0, writing its picture; ``facekit serve`` then starts;
5. the README's quick start, copied from README.md as it is, runs there and identifies
   someone;
6. a user's pytest file using the ``face_emulator`` fixture passes there (pytest
   installed by pip, as a user would).

Exits non-zero with the failing step's output.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CONFIG_PREFIXES = ("FACE_", "AZURE_FACE_", "TENCENTCLOUD_", "FACEKIT_", "VIRTUAL_ENV", "PYTHON")
PUBLIC_IMPORTS = "import facekit, facekit.workflows, facekit.errors; print(facekit.__version__)"
WHEEL_MUST_HOLD = (
    "facekit/py.typed",
    "facekit/testing/plugin.py",
    "azure_face_v1_0/client.py",
    "tencent_facefusion_2022_09_27/client.py",
)
FETCH_COMMAND = "facekit models fetch"
NETWORK_EXIT = 7
USER_TEST = '''
from facekit import FaceClient


def test_a_group_on_the_emulator(face_emulator):
    with FaceClient(face_emulator.endpoint, face_emulator.key) as client:
        client.person_groups.create("team", "Team")
        assert [g.person_group_id for g in client.person_groups.list()] == ["team"]
'''


def step(
    title: str,
    command: list[str],
    *,
    env: dict[str, str] | None = None,
    cwd: Path | None = None,
    expect: int = 0,
) -> subprocess.CompletedProcess[str]:
    started = time.monotonic()
    print(f"== {title}", flush=True)
    run = subprocess.run(command, capture_output=True, text=True, env=env, cwd=cwd)
    if run.returncode != expect:
        print(run.stdout, run.stderr, sep="\n", file=sys.stderr)
        sys.exit(f"wheel-check failed at: {title} (exit {run.returncode}, expected {expect})")
    if "Traceback" in run.stdout + run.stderr:
        print(run.stdout, run.stderr, sep="\n", file=sys.stderr)
        sys.exit(f"wheel-check failed at: {title} (a traceback reached the user)")
    print(f"   ok in {time.monotonic() - started:.0f} s", flush=True)
    return run


def readme_quick_start() -> str:
    """The first Python block of the README's "Quick start" section, as a user copies it."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("\n## Quick start\n", 1)[1].split("\n## ", 1)[0]
    found = re.search(r"```python\n(.*?)```", section, re.S)
    if found is None:
        sys.exit("README.md has no Python block under ## Quick start")
    return found.group(1)


def check_quick_start(python: Path, env: dict[str, str], work: Path) -> None:
    folder = work / "quick-start"
    folder.mkdir()
    (folder / "quick_start.py").write_text(readme_quick_start(), encoding="utf-8")
    run = step("the README's quick start", [str(python), "quick_start.py"], env=env, cwd=folder)
    named = [line for line in run.stdout.splitlines() if "->" in line and "unknown" not in line]
    if "enrolled:" not in run.stdout or not named:
        print(run.stdout, run.stderr, sep="\n", file=sys.stderr)
        sys.exit("the README's quick start ran but identified nobody")
    print("\n".join("   " + line for line in run.stdout.splitlines()))


def check_contents(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    missing = [name for name in WHEEL_MUST_HOLD if name not in names]
    licence = any(name.endswith("/LICENSE") or "/licenses/" in name for name in names)
    entry_points = next((n for n in names if n.endswith(".dist-info/entry_points.txt")), None)
    if missing or not licence or entry_points is None:
        sys.exit(f"the wheel lacks {missing or ''} {'' if licence else 'LICENSE'}".strip())
    with zipfile.ZipFile(wheel) as archive:
        text = archive.read(entry_points).decode()
    if "[pytest11]" not in text or "facekit.testing" not in text:
        sys.exit("the wheel does not register the pytest plugin (entry point pytest11)")


def empty_home(base: Path, name: str, env: dict[str, str]) -> dict[str, str]:
    """``env`` with a fresh, empty home folder (no cache, no settings of this machine)."""
    home = base / name
    home.mkdir()
    cleared = {k: v for k, v in env.items() if k not in ("XDG_CACHE_HOME", "XDG_DATA_HOME")}
    return cleared | {"HOME": str(home)}


def check_offline(facekit: Path, work: Path, env: dict[str, str]) -> None:
    folder = work / "offline"
    folder.mkdir()
    offline = empty_home(work, "home-offline", env) | {
        "PIP_NO_INDEX": "1",
        "PIP_CONFIG_FILE": os.devnull,
    }
    offline = {k: v for k, v in offline.items() if k not in ("PIP_INDEX_URL", "PIP_FIND_LINKS")}
    # demo needs the photos and the models, serve only the models: both must stop at once
    for argv in (["demo"], ["serve", "--port", "0"]):
        run = step(
            f"facekit {argv[0]} without a network: one line, exit 7",
            [str(facekit), *argv],
            env=offline,
            cwd=folder,
            expect=NETWORK_EXIT,
        )
        lines = run.stderr.splitlines()
        if len(lines) != 1 or FETCH_COMMAND not in lines[0] or run.stdout.count("\n") > 1:
            print(run.stdout, run.stderr, sep="\n", file=sys.stderr)
            sys.exit(f"offline, facekit {argv[0]} must say one line naming `{FETCH_COMMAND}`")
        print(f"   {lines[0]}")


def check_serve(facekit: Path, env: dict[str, str], cwd: Path) -> None:
    """``facekit serve`` starts (models already fetched) and prints its banner."""
    print("== facekit serve", flush=True)
    server = subprocess.Popen(
        [str(facekit), "serve", "--port", "0", "--no-dashboard"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env, cwd=cwd,
    )  # fmt: skip
    assert server.stdout is not None
    seen: list[str] = []
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            line = server.stdout.readline()
            if not line:
                break
            seen.append(line)
            if "export TENCENTCLOUD_FACEFUSION_ENDPOINT=" in line:
                print(f"   ok: {seen[0].strip()}", flush=True)
                return
        sys.exit("facekit serve did not print its banner:\n" + "".join(seen))
    finally:
        server.terminate()
        server.wait(timeout=30)


def main() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(CONFIG_PREFIXES)}
    with tempfile.TemporaryDirectory(prefix="facekit-wheel-") as scratch:
        work = Path(scratch)
        step(
            "build the wheel",
            [sys.executable, "-m", "build", "--wheel", "--outdir", str(work / "dist"), str(ROOT)],
        )
        wheel = next((work / "dist").glob("facekit_cloud-*.whl"))
        check_contents(wheel)
        venv = work / "venv"
        step("create a fresh virtualenv", [sys.executable, "-m", "venv", str(venv)])
        python, facekit = venv / "bin" / "python", venv / "bin" / "facekit"
        pip = [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
        step(f"pip install {wheel.name}", [*pip, str(wheel)], env=env)
        step("facekit --help", [str(facekit), "--help"], env=env, cwd=work)
        version = step(
            "import the public modules", [str(python), "-c", PUBLIC_IMPORTS], env=env, cwd=work
        )
        print(f"   facekit {version.stdout.strip()}")
        step(f"pip install '{wheel.name}[local]'", [*pip, f"{wheel}[local]"], env=env)
        check_offline(facekit, work, env)

        user = empty_home(work, "home", env)
        demo_dir = work / "demo"
        demo_dir.mkdir()
        run = step("facekit demo, first use", [str(facekit), "demo"], env=user, cwd=demo_dir)
        said = (run.stderr + run.stdout).splitlines()
        fetched = [line for line in said if "downloaded into" in line or "converted" in line]
        print("\n".join("   " + line for line in fetched + run.stdout.splitlines()[-4:]))
        picture = demo_dir / "facekit-demo.png"
        if not picture.is_file() or picture.stat().st_size == 0:
            sys.exit("facekit demo ran but wrote no facekit-demo.png")

        check_serve(facekit, user, demo_dir)
        check_quick_start(python, user, work)
        step("pip install pytest (a user's test suite)", [*pip, "pytest"], env=env)
        suite = work / "user-suite"
        suite.mkdir()
        (suite / "test_user.py").write_text(USER_TEST, encoding="utf-8")
        step(
            "a user's pytest file with the face_emulator fixture",
            [str(python), "-m", "pytest", "-q", "-p", "no:cacheprovider", "test_user.py"],
            env=user,
            cwd=suite,
        )
    print("wheel-check passed")


if __name__ == "__main__":
    main()
