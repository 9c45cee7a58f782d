"""Build facekit's wheel and prove it works where a user installs it (``make wheel-check``).

1. ``pip wheel`` builds the wheel from this checkout (into a temporary folder);
2. a fresh virtualenv gets ``pip install facekit-*.whl``: ``facekit --help`` must run
   and every public name must import, without the emulator's dependencies;
3. the same virtualenv gets ``pip install 'facekit-*.whl[local]'``, fetches the emulator's
   face models with the packaged ``fetch_models()`` into an empty cache, and ``facekit demo``
   runs there, in an empty folder, with no endpoint configured (the in-process emulator).

The sample photos are the ones this checkout finds (``FACEKIT_SAMPLE_FACES``,
``../shared/faces``, or the registry set), given to the demo through
``FACEKIT_SAMPLE_FACES``. Exits non-zero with the failing step's output.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from facekit.samples import ensure_sample_faces  # noqa: E402

CONFIG_PREFIXES = ("FACE_", "AZURE_FACE_", "TENCENTCLOUD_", "FACEKIT_", "VIRTUAL_ENV", "PYTHON")
PUBLIC_IMPORTS = "import facekit, facekit.workflows, facekit.errors; print(facekit.__version__)"
# The emulator's model files are not in the wheel: its users fetch them once (make install
# does it for a checkout), with the function the package ships.
FETCH_MODELS = "from facekit.emulator.engine.models import fetch_models; print(fetch_models())"
WHEEL_MUST_HOLD = (
    "facekit/py.typed",
    "facekit/testing/plugin.py",
    "azure_face_v1_0/client.py",
    "tencent_facefusion_2022_09_27/client.py",
)


def step(
    title: str, command: list[str], *, env: dict[str, str] | None = None, cwd: Path | None = None
) -> str:
    started = time.monotonic()
    print(f"== {title}", flush=True)
    run = subprocess.run(command, capture_output=True, text=True, env=env, cwd=cwd)
    if run.returncode != 0:
        print(run.stdout, run.stderr, sep="\n", file=sys.stderr)
        sys.exit(f"wheel-check failed at: {title} (exit {run.returncode})")
    print(f"   ok in {time.monotonic() - started:.0f} s", flush=True)
    return run.stdout


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


def main() -> None:
    samples = ensure_sample_faces()
    env = {k: v for k, v in os.environ.items() if not k.startswith(CONFIG_PREFIXES)}
    with tempfile.TemporaryDirectory(prefix="facekit-wheel-") as scratch:
        work = Path(scratch)
        step(
            "build the wheel",
            [
                sys.executable,
                "-m",
                "pip",
                "wheel",
                "--quiet",
                "--no-deps",
                "--wheel-dir",
                str(work / "dist"),
                str(ROOT),
            ],
        )
        wheel = next((work / "dist").glob("facekit-*.whl"))
        check_contents(wheel)
        venv = work / "venv"
        step("create a fresh virtualenv", [sys.executable, "-m", "venv", str(venv)])
        python, facekit = venv / "bin" / "python", venv / "bin" / "facekit"
        step(
            f"pip install {wheel.name}",
            [str(python), "-m", "pip", "install", "--quiet", str(wheel)],
        )
        step("facekit --help", [str(facekit), "--help"], env=env, cwd=work)
        version = step(
            "import the public modules", [str(python), "-c", PUBLIC_IMPORTS], env=env, cwd=work
        )
        print(f"   facekit {version.strip()}")
        step(
            f"pip install '{wheel.name}[local]'",
            [str(python), "-m", "pip", "install", "--quiet", f"{wheel}[local]"],
        )
        demo_dir = work / "demo"
        demo_dir.mkdir()
        demo_env = env | {
            "FACEKIT_SAMPLE_FACES": str(samples),
            "FACEKIT_DATA_DIR": str(work / "data"),
            "XDG_CACHE_HOME": str(work / "cache"),
        }
        step(
            "fetch the emulator's face models, as a wheel user does",
            [str(python), "-c", FETCH_MODELS],
            env=demo_env,
            cwd=demo_dir,
        )
        output = step("facekit demo", [str(facekit), "demo"], env=demo_env, cwd=demo_dir)
        print("\n".join("   " + line for line in output.splitlines()[-4:]))
        picture = demo_dir / "facekit-demo.png"
        if not picture.is_file() or picture.stat().st_size == 0:
            sys.exit("facekit demo ran but wrote no facekit-demo.png")
    print("wheel-check passed")


if __name__ == "__main__":
    main()
