"""The bulk jobs people use facekit for, as plain functions (the CLI is a thin shell).

Synchronous, taking a :class:`facekit.FaceClient` (or :class:`facekit.FusionClient`):
:func:`enroll_folder`, :func:`train`, :func:`identify_image`, :func:`verify_images`,
:func:`verify_against_person`, :func:`migrate_group`, :func:`fuse_images`,
:func:`fuse_folder`. Their awaitable twins live in :mod:`facekit.workflows.aio`.
"""

from facekit.workflows.enroll import enroll_folder
from facekit.workflows.fuse import fuse_folder, fuse_images
from facekit.workflows.identify import identify_image, verify_against_person, verify_images
from facekit.workflows.migrate import migrate_group
from facekit.workflows.report import Entry, Outcome, Report
from facekit.workflows.train import train

__all__ = [
    "Entry",
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
