"""The four container kinds and the names, codes and quotas that differ between them, and
the not-found codes of their members."""

from __future__ import annotations

import attrs

from facekit.emulator.config import Quotas
from facekit.emulator.state.records import (
    FACE_LIST,
    LARGE_FACE_LIST,
    LARGE_PERSON_GROUP,
    PERSON_GROUP,
)
from facekit.emulator.wire import ApiError, not_found


@attrs.frozen
class Kind:
    key: str  # "pg", "lpg", "fl", "lfl"
    wire: str  # "PersonGroup"…: the prefix of its error codes and the snapshot type
    id_field: str  # "personGroupId"…
    label: str  # "person group"…: used in messages
    path: str  # "persongroups"…: the URL segment
    trained: bool
    has_persons: bool

    def not_found(self, status: int = 404) -> ApiError:
        message = f"{self.label.capitalize()} is not found."
        if status == 404 and self.key == PERSON_GROUP:
            # As recorded from the live service (a .NET ArgumentException's wording,
            # azure-sdk-for-python test_snapshot.yaml): the id's parameter name follows.
            message += f"\r\nParameter name: {self.id_field}"
        return ApiError(status, f"{self.wire}NotFound", message)

    def exists(self) -> ApiError:
        return ApiError(409, f"{self.wire}Exists", f"{self.label.capitalize()} already exists.")

    def not_trained(self, status: int) -> ApiError:
        return ApiError(
            status, f"{self.wire}NotTrained", f"{self.label.capitalize()} is not trained."
        )

    def training_not_finished(self) -> ApiError:
        return ApiError(
            409,
            f"{self.wire}TrainingNotFinished",
            f"{self.label.capitalize()} is still being trained; try again when the training "
            "has finished.",
        )

    def container_quota(self, quotas: Quotas) -> int:
        return int(getattr(quotas, _CONTAINER_QUOTA[self.key]))

    def member_quota(self, quotas: Quotas) -> int:
        """Persons per group, or faces per list."""
        return int(getattr(quotas, _MEMBER_QUOTA[self.key]))


def person_not_found() -> ApiError:
    return not_found("PersonNotFound", "Person is not found.")


def face_not_found() -> ApiError:
    return not_found("PersistedFaceNotFound", "Persisted face is not found.")


_CONTAINER_QUOTA = {
    PERSON_GROUP: "person_groups",
    LARGE_PERSON_GROUP: "large_person_groups",
    FACE_LIST: "face_lists",
    LARGE_FACE_LIST: "large_face_lists",
}
_MEMBER_QUOTA = {
    PERSON_GROUP: "persons_per_person_group",
    LARGE_PERSON_GROUP: "persons_per_large_person_group",
    FACE_LIST: "faces_per_face_list",
    LARGE_FACE_LIST: "faces_per_large_face_list",
}

PG = Kind(
    PERSON_GROUP,
    "PersonGroup",
    "personGroupId",
    "person group",
    "persongroups",
    trained=True,
    has_persons=True,
)
LPG = Kind(
    LARGE_PERSON_GROUP,
    "LargePersonGroup",
    "largePersonGroupId",
    "large person group",
    "largepersongroups",
    trained=True,
    has_persons=True,
)
FL = Kind(
    FACE_LIST, "FaceList", "faceListId", "face list", "facelists", trained=False, has_persons=False
)
LFL = Kind(
    LARGE_FACE_LIST,
    "LargeFaceList",
    "largeFaceListId",
    "large face list",
    "largefacelists",
    trained=True,
    has_persons=False,
)

BY_KEY = {kind.key: kind for kind in (PG, LPG, FL, LFL)}
BY_WIRE = {kind.wire: kind for kind in (PG, LPG, FL, LFL)}
