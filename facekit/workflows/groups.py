"""Which container a workflow works on, and making sure it exists."""

from __future__ import annotations

from typing import Any

import attrs

from facekit.azure import FaceClient, Groups
from facekit.azure.defaults import SERVICE_RECOGNITION_MODEL, recognition_model_or_default
from facekit.azure.schemas.v1_0 import LargePersonGroup, PersonGroup
from facekit.errors import BadInputError, ConflictError, NotFoundError, NotTrainedError
from facekit.workflows.faults import write_point


@attrs.frozen
class GroupRef:
    """A person group (``large=False``) or a large person group."""

    group_id: str
    large: bool = False

    @classmethod
    def of(cls, group: GroupRef | str) -> GroupRef:
        """A ``GroupRef`` as given, or the person group (not large) with that id."""
        if isinstance(group, GroupRef):
            return group
        if isinstance(group, str):
            return cls(group)
        raise TypeError(f"a group is a GroupRef or a group id string, got {type(group).__name__}")

    @property
    def kind(self) -> str:
        return "large person group" if self.large else "person group"

    def resource(self, client: FaceClient) -> Groups[PersonGroup] | Groups[LargePersonGroup]:
        return client.large_person_groups if self.large else client.person_groups

    def identify_target(self) -> dict[str, str]:
        key = "large_person_group_id" if self.large else "person_group_id"
        return {key: self.group_id}


def recognition_model_of(group: Any) -> str:
    """The model a group is bound to; one that does not say (created before recognition
    models existed) has the service's own default, recognition_01."""
    model = getattr(group, "recognition_model", None)
    return model if isinstance(model, str) and model else str(SERVICE_RECOGNITION_MODEL)


def create_if_new(
    client: FaceClient, group: GroupRef, *, name: str, recognition_model: str | None = None
) -> str | None:
    """Create the group; return the model it is bound to, or None when it already existed.

    A new group is bound to ``recognition_model``, or to facekit's default
    (:mod:`facekit.azure.defaults`) when None; it is not read back.
    """
    try:
        with write_point("group.create"):
            group.resource(client).create(group.group_id, name, recognition_model=recognition_model)
    except ConflictError:
        return None
    return recognition_model_or_default(recognition_model).lower()


def ensure_group(
    client: FaceClient, group: GroupRef, *, name: str, recognition_model: str | None = None
) -> str:
    """Create the group unless it exists; return the recognition model it is bound to.

    A new group is bound to ``recognition_model``, or to facekit's default
    (:mod:`facekit.azure.defaults`) when None (see :func:`create_if_new`).

    An existing group bound to another recognition model than asked for is an error: the
    binding cannot change, and mixing models makes identification fail.
    """
    groups = group.resource(client)
    try:
        existing = groups.get(group.group_id)
    except NotFoundError:
        created = create_if_new(client, group, name=name, recognition_model=recognition_model)
        if created is not None:
            return created
        # Created meanwhile by someone else (or by a retried create that had landed): read
        # back which model it is bound to.
        existing = groups.get(group.group_id)
    model = recognition_model_of(existing)
    if recognition_model and model.lower() != recognition_model.lower():
        raise BadInputError(
            f"{group.kind} {group.group_id!r} is bound to {model}, not {recognition_model}; "
            "a group's recognition model cannot change (use `facekit migrate` to copy it)",
            code="BadArgument",
        )
    return model


def training_state(resource: Any, group_id: str) -> str:
    try:
        return str(resource.training_status(group_id).state)
    except NotTrainedError:
        return "never trained"


def describe_group(client: Any, group: GroupRef) -> dict[str, Any]:
    """Name, userData, model and every person with face count (also used by migrate)."""
    resource = group.resource(client)
    g = resource.get(group.group_id)
    persons = []
    for p in resource.persons.list(group.group_id):
        faces = p.persisted_face_ids if isinstance(p.persisted_face_ids, list) else []
        persons.append(
            {
                "personId": p.person_id,
                "name": p.name if isinstance(p.name, str) else None,
                "userData": p.user_data if isinstance(p.user_data, str) else None,
                "faces": len(faces),
            }
        )
    return {
        "id": group.group_id,
        "large": group.large,
        "name": g.name if isinstance(g.name, str) else None,
        "userData": g.user_data if isinstance(g.user_data, str) else None,
        "recognitionModel": recognition_model_of(g),
        "training": training_state(resource, group.group_id),
        "persons": sorted(persons, key=lambda p: (str(p["name"]), p["personId"])),
    }
