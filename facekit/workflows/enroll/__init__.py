"""enroll-from-folder: one person per sub-folder, one persisted face per usable photo.

Resumable and idempotent (see :mod:`facekit.workflows.manifest`): creates are written to
the manifest as pending before they are sent; after an interruption, pending persons are
found again at the service by name and pending faces by the ``facekit-sha256:`` tag that
enroll puts in each face's userData. Photos are checked locally first (decodable, 1 KB –
6 MB, a supported format), so a corrupt file is a reported skip, not a wasted call.

The service is the truth and the manifest a cache of it. When a person folder has no row
in the manifest (a first run, or the same resource reached through another address), the
group's persons are listed once and a person of the same name is adopted instead of
created; its faces are matched by their tag. Rules that keep the group tidy:

* a person whose photos gave no face is not left behind: a person this run created is
  removed again, unless ``keep_empty`` (then every person folder gets its person);
* ``person.json`` edits reach the service (one PATCH of name and userData);
* a photo whose content changed under the same name is added as a new face and reported
  as changed; its old face stays until ``--sync`` removes it;
* ``--sync`` refuses to remove more than a small share of the group (10 % by default) or
  all of it, unless told how much it may remove (``max_delete``) or ``yes``.

One run per manifest at a time (:mod:`facekit.workflows.runlock`). Persons are enrolled in
parallel (``concurrency`` workers sharing the client and its rate limiter); each person's
photos are added one after another.

Modules: :mod:`.job` (:func:`enroll_folder`: the whole job), :mod:`.run` (one run, its
per-person and per-photo steps and every write), :mod:`.checks` (local photo checks),
:mod:`.reconcile` (matching the service's persons and faces), :mod:`.sync` (``--sync`` and
its delete policy), :mod:`.preview` (the dry run).
"""

from facekit.workflows.enroll.job import default_concurrency, default_manifest_path, enroll_folder
from facekit.workflows.enroll.reconcile import FACE_TAG, face_tag
from facekit.workflows.enroll.run import FACES_PER_PERSON, QUALITY_ORDER, EnrollmentRun, Progress
from facekit.workflows.enroll.sync import DEFAULT_DELETE_SHARE, DeletePolicy
from facekit.workflows.parallel import run_in_parallel

__all__ = [
    "DEFAULT_DELETE_SHARE",
    "FACES_PER_PERSON",
    "FACE_TAG",
    "QUALITY_ORDER",
    "DeletePolicy",
    "EnrollmentRun",
    "Progress",
    "default_concurrency",
    "default_manifest_path",
    "enroll_folder",
    "face_tag",
    "run_in_parallel",
]
