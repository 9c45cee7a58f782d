"""The emulator's core object: configuration, accounts, state and background workers.

One :class:`Emulator` serves every request of one app; the route modules receive it
together with a :class:`Call` describing the request (account, path parameters, query,
body and, for image operations, the image bytes).
"""

from __future__ import annotations

import hmac
import threading
from collections.abc import Mapping

import attrs

from facekit.emulator.azure.backend.detection import Detector
from facekit.emulator.azure.backend.snapshot_jobs import SnapshotJobs
from facekit.emulator.azure.backend.training import Trainer
from facekit.emulator.azure.kinds import Kind
from facekit.emulator.config import EmulatorConfig, Quotas
from facekit.emulator.engine.threads import single_threaded_blas
from facekit.emulator.state.account_settings import AccountSettings
from facekit.emulator.state.ids import IdSource
from facekit.emulator.state.liveness_sessions import LivenessSessions
from facekit.emulator.state.records import Container, Snapshot, Training
from facekit.emulator.state.store import Store
from facekit.emulator.throttle import Throttle
from facekit.emulator.url_fixtures import UrlFixtures
from facekit.emulator.wire import ApiError, unauthorized

PURGE_EVERY = 256  # detect calls between two purges of expired faceIds


@attrs.frozen
class Call:
    """One authenticated request, as the operations see it.

    ``version`` is the API version segment of the path (``v1.0``, ``v1.2``, …) and
    ``base_url`` the absolute ``{scheme}://{host}/face/{version}`` the client used, for
    headers that point back at the service (``operation-Location``); ``client_ip`` the
    address the request came from.
    """

    account: str
    params: Mapping[str, str]
    query: Mapping[str, str]
    body: bytes = b""
    image: bytes | None = None
    version: str = "v1.0"
    base_url: str = ""
    content_type: str = ""
    client_ip: str = ""


class Emulator:
    """Everything one running emulator owns."""

    def __init__(self, config: EmulatorConfig, *, detector: Detector | None = None) -> None:
        config, generated = config.with_keys()
        config = config.with_recording_clock()
        self.config = config
        self.key_generated = generated
        self.url_fixtures = (
            UrlFixtures.load(config.url_fixtures) if config.url_fixtures is not None else None
        )
        # Requests run in parallel on worker threads; BLAS must not add spinning threads
        # of its own to each (see facekit.emulator.engine.threads).
        single_threaded_blas()
        self._accounts = config.accounts
        self._subscriptions = config.subscription_of
        self.clock = config.clock
        self.store = Store(config.data_dir)
        self.ids = IdSource(config.deterministic_ids)
        self.request_ids = IdSource(config.deterministic_ids, stream="requests")
        self.trainer = Trainer(self.store, config)
        self.liveness = LivenessSessions(self.store)
        self.settings = AccountSettings(self.store)
        rate = config.rate
        self.throttle = Throttle(*rate) if rate is not None else None
        self.detector = detector if detector is not None else Detector()
        self._detects = 0
        self._detects_lock = threading.Lock()
        self.snapshot_jobs = SnapshotJobs(self)

    @property
    def quotas(self) -> Quotas:
        return self.config.effective_quotas

    @property
    def account_ids(self) -> tuple[str, ...]:
        return tuple(self._accounts.values())

    def close(self) -> None:
        self.snapshot_jobs.close()
        self.trainer.close()
        self.store.close()

    # -------------------------------------------------------------- accounts --

    def authenticate(self, key: str | None) -> str:
        """The account id of ``key`` (401 when the key is missing or unknown)."""
        if not key:
            raise unauthorized()
        account: str | None = None
        for known, account_id in self._accounts.items():
            # Compare every key in constant time so timing does not reveal a prefix.
            if hmac.compare_digest(known.encode(), key.encode()):
                account = account_id
        if account is None:
            raise unauthorized()
        return account

    def subscription(self, account: str) -> str:
        """The subscription id of ``account`` (an account this config no longer knows,
        whose data outlived a restart, counts as a subscription of its own)."""
        return self._subscriptions.get(account, account)

    # ------------------------------------------------------------ containers --

    def container(
        self, account: str, kind: Kind, container_id: str, *, status: int = 404
    ) -> Container:
        """The container, or ``<Kind>NotFound`` (404, or ``status``)."""
        found = self.store.container(account, kind.key, container_id)
        if found is None:
            raise kind.not_found(status)
        return found

    def training(self, container: Container) -> Training | None:
        return self.store.training(container.cid)

    def ensure_idle(self, kind: Kind, container: Container) -> None:
        """409 ``<Kind>TrainingNotFinished`` while the container trains."""
        if not kind.trained:
            return
        training = self.store.training(container.cid)
        if training is not None and training.active:
            raise kind.training_not_finished()

    def delete_snapshot(self, snapshot: Snapshot) -> None:
        """Delete ``snapshot``, its frozen copy and that copy's trained index."""
        frozen = snapshot.source_cid
        with self.store.transaction():
            training = None if frozen is None else self.store.training(frozen)
            self.store.delete_snapshot(snapshot.snapshot_id)
        if frozen is not None:
            self.trainer.forget(frozen, training.trained_file if training else None)

    def note_detect(self) -> None:
        """Count a detect call and purge expired faceIds now and then."""
        with self._detects_lock:
            self._detects += 1
            due = self._detects % PURGE_EVERY == 0
        if due:
            self.store.purge_detected(self.clock())


def require(condition: bool, error: ApiError) -> None:
    if not condition:
        raise error
