"""Liveness detection, the server side: create a session for a device, read its result,
delete it. Liveness needs Azure Face v1.2 (``api_version="v1.2"``).

The device runs the check with Microsoft's Vision SDK and the session's ``auth_token``
(keep it secret: give it to that device only). Against the emulator no device ever runs
the check, so the session stays ``NotStarted``. Run: ``python liveness_session.py``.
"""

from __future__ import annotations

import uuid

from shared import face_service, samples

from facekit import FaceClient


def main() -> None:
    reference = next(iter(samples().people.values()))[0]
    with (
        face_service() as service,
        FaceClient(service.endpoint, service.key, api_version="v1.2") as client,
    ):
        session = client.liveness.create_session(
            operation_mode="Passive", device_correlation_id=str(uuid.uuid4()), auth_token_ttl=600
        )
        print(f"session {session.session_id}: hand its auth token to the device")
        result = client.liveness.get_session(session.session_id)
        attempts = result.results.attempts if result.results else []
        print(f"status {result.status}, {len(attempts)} attempt(s)")
        client.liveness.delete_session(session.session_id)

        verify = client.liveness.create_verify_session(
            reference, device_correlation_id=str(uuid.uuid4())
        )
        print(f"liveness-with-verify session {verify.session_id} against {reference.name}")
        client.liveness.delete_verify_session(verify.session_id)


if __name__ == "__main__":
    main()
