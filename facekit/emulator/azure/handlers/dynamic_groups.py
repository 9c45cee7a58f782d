"""DynamicPersonGroup routes (v1.1-preview.1 and v1.2-preview.1).

A DynamicPersonGroup names a set of PersonDirectory persons to identify against; it
needs no training. Create without ``addPersonIds`` answers 200, with them 202; update
answers 200 when only ``name``/``userData`` change and 202 when members do; delete
answers 202 (the persons stay in the directory). Every person id to add or remove must
exist in the directory (``404 PersonNotFound``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from facekit.emulator.azure.backend import directory_state as directory
from facekit.emulator.azure.handlers import validation as check
from facekit.emulator.azure.handlers.containers import DEFAULT_TOP
from facekit.emulator.azure.handlers.directory import operation_location
from facekit.emulator.service import Call, Emulator
from facekit.emulator.state.records import Container
from facekit.emulator.wire import Reply, bad_argument


def _path_id(call: Call) -> str:
    group_id = call.params["dynamicPersonGroupId"]
    if not check.is_container_id(group_id):
        raise directory.group_not_found(400)
    return group_id


def _person_ids(em: Emulator, call: Call, body: Mapping[str, Any], name: str) -> list[str]:
    if body.get(name) is None:
        return []
    ids = check.body_uuid_list(body, name, 1, 10_000)
    for person_id in ids:
        directory.person(em, call.account, person_id)
    return list(dict.fromkeys(ids))


def group_json(group: Container) -> dict[str, Any]:
    return {
        "dynamicPersonGroupId": group.container_id,
        "name": group.name,
        "userData": group.user_data,
    }


def create(em: Emulator, call: Call) -> Reply:
    group_id = call.params["dynamicPersonGroupId"]
    if not check.is_container_id(group_id):
        raise bad_argument(
            "Invalid dynamicPersonGroupId: use 1 to 64 of lower-case letters, digits, '-' and '_'."
        )
    body = check.json_object(call.body)
    name = check.required_name(body)
    user_data = check.user_data(body)
    members = _person_ids(em, call, body, "addPersonIds")
    directory.create_group(
        em, call.account, group_id, name=name, user_data=user_data, members=members
    )
    if not members:
        return Reply.empty()
    return Reply(status=202, headers=operation_location(em, call))


def get(em: Emulator, call: Call) -> Reply:
    return Reply.json(group_json(directory.group(em, call.account, _path_id(call))))


def list_all(em: Emulator, call: Call) -> Reply:
    start = check.query_start(call.query)
    top = check.query_top(call.query, DEFAULT_TOP)
    groups = em.store.list_containers(call.account, directory.GROUPS_KIND, start, top)
    return Reply.json([group_json(group) for group in groups])


def update(em: Emulator, call: Call) -> Reply:
    body = check.json_object(call.body)
    name = check.optional_name(body)
    user_data = check.user_data(body)
    group = directory.group(em, call.account, _path_id(call))
    added = _person_ids(em, call, body, "addPersonIds")
    removed = _person_ids(em, call, body, "removePersonIds")
    if name is None and user_data is None and not added and not removed:
        raise bad_argument(
            "Nothing to update: give name, userData, addPersonIds or removePersonIds."
        )
    directory.update_group(em, group, name=name, user_data=user_data, added=added, removed=removed)
    if not added and not removed:
        return Reply.empty()
    return Reply(status=202, headers=operation_location(em, call))


def delete(em: Emulator, call: Call) -> Reply:
    group = directory.group(em, call.account, _path_id(call))
    em.store.delete_container(group.cid)
    return Reply(status=202, headers=operation_location(em, call))


def list_persons(em: Emulator, call: Call) -> Reply:
    start = check.query_start(call.query)
    top = check.query_top(call.query, DEFAULT_TOP)
    group = directory.group(em, call.account, _path_id(call))
    members = em.store.list_persons(group.cid, start.lower(), top)
    return Reply.json({"personIds": [member.person_id for member in members]})
