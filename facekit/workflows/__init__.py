"""The bulk jobs people use facekit for, as plain functions (the CLI is a thin shell).

Synchronous, taking a :class:`facekit.FaceClient` (or :class:`facekit.FusionClient`;
an asyncio client is a ``TypeError`` at the call):
:func:`enroll_folder`, :func:`train`, :func:`identify_image`, :func:`verify_images`,
:func:`verify_against_person`, :func:`migrate_group`, :func:`fuse_images`,
:func:`fuse_folder`. Their awaitable twins live in :mod:`facekit.workflows.aio`.
"""

from typing import TYPE_CHECKING

from facekit._lazy import lazy_getattr
from facekit.workflows import train as _train
from facekit.workflows.clients import sync_only
from facekit.workflows.groups import GroupRef
from facekit.workflows.report import Entry, Outcome, Report

if TYPE_CHECKING:
    from facekit.workflows.enroll import enroll_folder
    from facekit.workflows.fuse import fuse_folder, fuse_images
    from facekit.workflows.identify import (
        identify_image,
        verify_against_person,
        verify_images,
    )
    from facekit.workflows.migrate import migrate_group

# ``train`` is bound here, over the submodule of the same name.
train = sync_only(_train.train)

# The other workflows load their modules on first use (PEP 562), so that a command that
# needs one (enroll) does not import the others (fuse and its Tencent client, migrate).
_LAZY: dict[str, str] = {
    "enroll_folder": "facekit.workflows.enroll",
    "fuse_folder": "facekit.workflows.fuse",
    "fuse_images": "facekit.workflows.fuse",
    "identify_image": "facekit.workflows.identify",
    "verify_against_person": "facekit.workflows.identify",
    "verify_images": "facekit.workflows.identify",
    "migrate_group": "facekit.workflows.migrate",
}


__getattr__ = lazy_getattr(globals(), _LAZY, wrap=sync_only)


__all__ = [
    "Entry",
    "GroupRef",
    "Outcome",
    "Report",
    "enroll_folder",
    "fuse_folder",
    "fuse_images",
    "identify_image",
    "migrate_group",
    "train",
    "verify_against_person",
    "verify_images",
]
