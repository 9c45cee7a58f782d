"""The 63 operations of Azure Face v1.0 and the handler serving each.

Paths are relative to ``/face/v1.0``. ``image`` marks the operations whose body is an
image (raw bytes or a JSON URL, told apart by ``Content-Type``).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

import attrs

from facekit.emulator.azure.handlers import containers, faces, lists, persons, snapshots
from facekit.emulator.azure.kinds import FL, LFL, LPG, PG, Kind
from facekit.emulator.service import Call, Emulator
from facekit.emulator.wire import Reply

Handler = Callable[[Emulator, Call], Reply]


@attrs.frozen
class Operation:
    operation_id: str
    method: str
    path: str
    handler: Handler
    image: bool = False


def _container_routes(kind: Kind) -> list[Operation]:
    kind_name = kind.wire
    base = f"/{kind.path}"
    item = f"{base}/{{{kind.id_field}}}"
    ops = [
        Operation(f"create{kind_name}", "PUT", item, partial(containers.create, kind)),
        Operation(f"get{kind_name}", "GET", item, partial(containers.get, kind)),
        Operation(f"update{kind_name}", "PATCH", item, partial(containers.update, kind)),
        Operation(f"delete{kind_name}", "DELETE", item, partial(containers.delete, kind)),
        Operation(f"list{kind_name}s", "GET", base, partial(containers.list_all, kind)),
    ]
    if kind is not FL:
        ops += [
            Operation(
                f"train{kind_name}", "POST", f"{item}/train", partial(containers.train, kind)
            ),
            Operation(
                f"get{kind_name}TrainingStatus",
                "GET",
                f"{item}/training",
                partial(containers.training_status, kind),
            ),
        ]
    return ops


def _person_routes(kind: Kind) -> list[Operation]:
    kind_name = kind.wire
    item = f"/{kind.path}/{{{kind.id_field}}}"
    person = f"{item}/persons/{{personId}}"
    face = f"{person}/persistedfaces/{{persistedFaceId}}"
    name = f"{kind_name}Person"
    return [
        Operation(f"create{name}", "POST", f"{item}/persons", partial(persons.create, kind)),
        Operation(f"list{name}s", "GET", f"{item}/persons", partial(persons.list_all, kind)),
        Operation(f"get{name}", "GET", person, partial(persons.get, kind)),
        Operation(f"update{name}", "PATCH", person, partial(persons.update, kind)),
        Operation(f"delete{name}", "DELETE", person, partial(persons.delete, kind)),
        Operation(
            f"add{name}Face",
            "POST",
            f"{person}/persistedfaces",
            partial(persons.add_face, kind),
            image=True,
        ),
        Operation(f"get{name}Face", "GET", face, partial(persons.get_face, kind)),
        Operation(f"update{name}Face", "PATCH", face, partial(persons.update_face, kind)),
        Operation(f"delete{name}Face", "DELETE", face, partial(persons.delete_face, kind)),
    ]


def _list_face_routes(kind: Kind) -> list[Operation]:
    kind_name = kind.wire
    item = f"/{kind.path}/{{{kind.id_field}}}"
    face = f"{item}/persistedfaces/{{persistedFaceId}}"
    ops = [
        Operation(
            f"add{kind_name}Face",
            "POST",
            f"{item}/persistedfaces",
            partial(lists.add_face, kind),
            image=True,
        ),
        Operation(f"delete{kind_name}Face", "DELETE", face, partial(lists.delete_face, kind)),
    ]
    if kind is LFL:
        ops += [
            Operation(
                f"list{kind_name}Faces",
                "GET",
                f"{item}/persistedfaces",
                partial(lists.list_faces, kind),
            ),
            Operation(f"get{kind_name}Face", "GET", face, partial(lists.get_face, kind)),
            Operation(f"update{kind_name}Face", "PATCH", face, partial(lists.update_face, kind)),
        ]
    return ops


OPERATIONS: tuple[Operation, ...] = (
    Operation("detect", "POST", "/detect", faces.detect, image=True),
    Operation("findSimilar", "POST", "/findsimilars", faces.find_similar),
    Operation("group", "POST", "/group", faces.group),
    Operation("identify", "POST", "/identify", faces.identify),
    Operation("verify", "POST", "/verify", faces.verify),
    *_container_routes(PG),
    *_person_routes(PG),
    *_container_routes(LPG),
    *_person_routes(LPG),
    *_container_routes(FL),
    *_list_face_routes(FL),
    *_container_routes(LFL),
    *_list_face_routes(LFL),
    Operation("takeSnapshot", "POST", "/snapshots", snapshots.take),
    Operation("listSnapshots", "GET", "/snapshots", snapshots.list_all),
    Operation("getSnapshot", "GET", "/snapshots/{snapshotId}", snapshots.get),
    Operation("updateSnapshot", "PATCH", "/snapshots/{snapshotId}", snapshots.update),
    Operation("deleteSnapshot", "DELETE", "/snapshots/{snapshotId}", snapshots.delete),
    Operation("applySnapshot", "POST", "/snapshots/{snapshotId}/apply", snapshots.apply),
    Operation(
        "getSnapshotOperationStatus", "GET", "/operations/{operationId}", snapshots.operation_status
    ),
)
