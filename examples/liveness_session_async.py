"""``liveness_session.py`` with :class:`facekit.AsyncFaceClient` (Azure Face v1.2).

Run: ``python liveness_session_async.py``.
"""

from __future__ import annotations

import asyncio
import uuid

from shared import face_service

from facekit import AsyncFaceClient


async def main() -> None:
    with face_service() as service:
        async with AsyncFaceClient(service.endpoint, service.key, api_version="v1.2") as client:
            session = await client.liveness.create_session(
                operation_mode="Passive", device_correlation_id=str(uuid.uuid4())
            )
            print(f"session {session.session_id}: hand its auth token to the device")
            result = await client.liveness.get_session(session.session_id)
            attempts = result.results.attempts if result.results else []
            print(f"status {result.status}, {len(attempts)} attempt(s)")
            await client.liveness.delete_session(session.session_id)


if __name__ == "__main__":
    asyncio.run(main())
