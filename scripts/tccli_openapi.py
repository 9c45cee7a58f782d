"""Read a Tencent Cloud ``tccli`` API description (``api.json``) as OpenAPI 3.0.

``api.json`` is Tencent's own format (``actions`` naming an input and an output object,
``objects`` listing typed members), not OpenAPI, and no maintained converter reads it, so
this is the one importer the spec pipeline (scripts/specs.py) writes itself. It states
only what the file states:

- every action becomes ``POST /<Action>`` (operationId: the action, first letter lowered),
  its input object the JSON request body, its output object the ``Response`` member of
  the answer envelope ``<Action>Envelope`` (the wire form puts the action in the
  ``X-TC-Action`` header and POSTs to ``/``; facekit's client maps the path to it);
- every object becomes a schema of the same name; members keep their names, documents
  (as descriptions), ``required`` (``output_required`` for answers) and
  ``value_allowed_null`` (as ``nullable``); disabled members are left out; a member that
  holds one object is a bare ``$ref`` (OpenAPI 3.0 ignores a ``$ref``'s siblings);
- the server is ``https://<serviceShortName>.tencentcloudapi.com``.

The output is deterministic: objects and actions in name order, members in file order.
"""

from __future__ import annotations

from typing import Any

SCALARS: dict[str, dict[str, str]] = {
    "string": {"type": "string"},
    "int": {"type": "integer", "format": "int64"},
    "float": {"type": "number", "format": "float"},
    "bool": {"type": "boolean"},
}


class TccliFormatError(ValueError):
    """The description has a construct this importer does not know."""


def is_tccli(document: object) -> bool:
    return (
        isinstance(document, dict)
        and isinstance(document.get("actions"), dict)
        and isinstance(document.get("objects"), dict)
        and isinstance(document.get("metadata"), dict)
    )


def _item_schema(member: dict[str, Any], objects: dict[str, Any]) -> dict[str, Any]:
    kind = member["member"]
    if kind in objects:
        return {"$ref": f"#/components/schemas/{kind}"}
    base = {"int64": "int", "uint64": "int", "int32": "int"}.get(kind, kind)
    if base not in SCALARS:
        raise TccliFormatError(f"member {member['name']!r}: unknown type {kind!r}")
    return dict(SCALARS[base])


def _member_schema(member: dict[str, Any], objects: dict[str, Any]) -> dict[str, Any]:
    if member["type"] == "list":
        schema: dict[str, Any] = {"type": "array", "items": _item_schema(member, objects)}
    elif member["type"] == "object":
        schema = _item_schema(member, objects)
    elif member["type"] in SCALARS:
        schema = dict(SCALARS[member["type"]])
    else:
        raise TccliFormatError(f"member {member['name']!r}: unknown kind {member['type']!r}")
    if "$ref" in schema:
        # a $ref takes no siblings in OpenAPI 3.0: the object's own schema is described
        return schema
    description = member.get("document")
    if description:
        schema["description"] = description
    if member.get("value_allowed_null"):
        schema["nullable"] = True
    return schema


def _object_schema(
    name: str, spec: dict[str, Any], objects: dict[str, Any], output: bool
) -> dict[str, Any]:
    properties: dict[str, Any] = {}
    required: list[str] = []
    for member in spec.get("members", []):
        if member.get("disabled"):
            continue
        properties[member["name"]] = _member_schema(member, objects)
        if member.get("output_required" if output else "required"):
            required.append(member["name"])
    schema: dict[str, Any] = {"type": "object"}
    if spec.get("document"):
        schema["description"] = spec["document"]
    if required:
        schema["required"] = required
    schema["properties"] = properties
    return schema


def _operation_id(action: str) -> str:
    return action[:1].lower() + action[1:]


def convert(document: dict[str, Any]) -> dict[str, Any]:
    if not is_tccli(document):
        raise TccliFormatError("not a tccli api.json (needs actions, objects and metadata)")
    metadata = document["metadata"]
    objects: dict[str, Any] = document["objects"]
    outputs = {spec["output"] for spec in document["actions"].values()}
    schemas: dict[str, Any] = {
        name: _object_schema(
            name,
            objects[name],
            objects,
            output=name in outputs or objects[name].get("usage") == "out",
        )
        for name in sorted(objects)
    }
    paths: dict[str, Any] = {}
    service = metadata["serviceShortName"]
    for action in sorted(document["actions"]):
        spec = document["actions"][action]
        for key in ("input", "output"):
            if spec[key] not in objects:
                raise TccliFormatError(
                    f"action {action}: {key} object {spec[key]!r} is not described"
                )
        envelope = f"{action}Envelope"
        schemas[envelope] = {
            "type": "object",
            "required": ["Response"],
            "properties": {"Response": {"$ref": f"#/components/schemas/{spec['output']}"}},
        }
        paths[f"/{action}"] = {
            "post": {
                "operationId": _operation_id(action),
                "tags": [service],
                "summary": spec.get("name", action),
                "description": spec.get("document", ""),
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {
                            "schema": {"$ref": f"#/components/schemas/{spec['input']}"}
                        }
                    },
                },
                "responses": {
                    "200": {
                        "description": "The answer envelope.",
                        "content": {
                            "application/json": {
                                "schema": {"$ref": f"#/components/schemas/{envelope}"}
                            }
                        },
                    }
                },
            }
        }
    return {
        "openapi": "3.0.3",
        "info": {
            "title": f"Tencent Cloud {service} {metadata['apiVersion']}",
            "version": metadata["apiVersion"],
        },
        "servers": [{"url": f"https://{service}.tencentcloudapi.com"}],
        "tags": [{"name": service, "description": metadata.get("api_brief", "")}],
        "paths": paths,
        "components": {"schemas": schemas},
    }
