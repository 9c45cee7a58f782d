"""Issue 22, item 1: the emulator's memory stays under 400 MB while decompression bombs
(13000×13000 and 30000×30000 PNGs of a few hundred KB) arrive three at a time, on the
Azure routes (v1.0 and v1.2) and on Tencent's FuseFaceUltra. Measured as the peak
resident size (VmHWM) of a ``facekit serve`` subprocess."""

from __future__ import annotations

import base64
import json
import re
import subprocess
import sys
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest

from facekit.tencent.signer import TC3Auth
from tests.emulator.azure_support import KEY_HEADER, LOOPBACK_ONLY
from tests.reliability.hostile.bombs import png_bomb

pytestmark = [
    pytest.mark.emulator,
    LOOPBACK_ONLY,
    pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs Linux /proc"),
]
KEY = "bomb-memory-key"
SECRET_ID, SECRET_KEY = "AKID-bomb-memory", "bomb-memory-secret"
CEILING_MB = 400


def peak_mb(pid: int) -> float:
    status = Path(f"/proc/{pid}/status").read_text()
    found = re.search(r"^VmHWM:\s+(\d+) kB", status, re.MULTILINE)
    assert found, status
    return int(found.group(1)) / 1024


@pytest.fixture
def served() -> Iterator[tuple[subprocess.Popen[str], str]]:
    process = subprocess.Popen(
        [sys.executable, "-m", "facekit.cli.main", "serve", "--port", "0", "--key", KEY,
         "--tc-secret-id", SECRET_ID, "--tc-secret-key", SECRET_KEY, "--no-dashboard"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )
    try:
        assert process.stdout is not None
        endpoint = None
        for line in process.stdout:
            found = re.search(r"(http://127\.0\.0\.1:\d+)", line)
            if found:
                endpoint = found.group(1)
                break
        assert endpoint is not None, "the emulator printed no address"
        yield process, endpoint
    finally:
        process.terminate()
        process.communicate(timeout=30)


def test_memory_stays_under_400_mb_through_bombs_three_at_a_time(
    served: tuple[subprocess.Popen[str], str],
) -> None:
    process, endpoint = served
    bombs = [png_bomb(13000, 13000), png_bomb(30000, 30000)]
    signer = TC3Auth(SECRET_ID, SECRET_KEY, region="ap-guangzhou")

    def azure(version: str, data: bytes) -> str:
        answer = httpx.post(
            f"{endpoint}/face/{version}/detect", content=data, timeout=120,
            headers={KEY_HEADER: KEY, "Content-Type": "application/octet-stream"},
        )
        assert answer.status_code == 400, answer.text
        return str(answer.json()["error"]["code"])

    def tencent(data: bytes) -> str:
        body = {"RspImgType": "base64", "ModelImage": base64.b64encode(data).decode(),
                "MergeInfos": [{"Image": base64.b64encode(data).decode()}]}
        answer = httpx.post(
            f"{endpoint}/", content=json.dumps(body).encode(), auth=signer, timeout=120,
            headers={"Content-Type": "application/json", "X-TC-Action": "FuseFaceUltra"},
        )
        return str(answer.json()["Response"]["Error"]["Code"])

    jobs = [(azure, ("v1.0", data)) for data in bombs] + [
        (azure, ("v1.2", data)) for data in bombs
    ] + [(tencent, (data,)) for data in bombs]
    with ThreadPoolExecutor(3) as pool:
        for _ in range(2):
            codes = list(pool.map(lambda job: job[0](*job[1]), jobs * 2))
    assert set(codes) == {"InvalidImageSize", "FailedOperation.ImageSizeInvalid"}
    assert process.poll() is None, "the emulator died"
    peak = peak_mb(process.pid)
    print(f"emulator peak RSS {peak:.0f} MB")
    assert peak < CEILING_MB
