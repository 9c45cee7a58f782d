"""The bulk jobs people use facekit for, as plain functions (the CLI is a thin shell).

Synchronous, taking a :class:`facekit.FaceClient` (or :class:`facekit.FusionClient`;
an asyncio client is a ``TypeError`` at the call):
:func:`enroll_folder`, :func:`train`, :func:`identify_image`, :func:`verify_images`,
:func:`verify_against_person`, :func:`migrate_group`, :func:`fuse_images`,
:func:`fuse_folder`. Their awaitable twins live in :mod:`facekit.workflows.aio`.
"""

from facekit.workflows import enroll as _enroll
from facekit.workflows import fuse as _fuse
from facekit.workflows import identify as _identify
from facekit.workflows import migrate as _migrate
from facekit.workflows import train as _train
from facekit.workflows.clients import sync_only
from facekit.workflows.groups import GroupRef
from facekit.workflows.report import Entry, Outcome, Report

enroll_folder = sync_only(_enroll.enroll_folder)
fuse_folder = sync_only(_fuse.fuse_folder)
fuse_images = sync_only(_fuse.fuse_images)
identify_image = sync_only(_identify.identify_image)
verify_against_person = sync_only(_identify.verify_against_person)
verify_images = sync_only(_identify.verify_images)
migrate_group = sync_only(_migrate.migrate_group)
train = sync_only(_train.train)

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
