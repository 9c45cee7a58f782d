"""The emulator's Azure Face side, in two layers.

* :mod:`.handlers` — one module per resource family (containers, persons, list faces,
  faces, snapshots, PersonDirectory, liveness, settings): each parses the request, calls
  the backend and shapes the reply.
* :mod:`.backend` — the work behind them, in plain values: detection, faceIds, searches,
  training, snapshot jobs and access, writes under the quotas and the idle rule,
  directory state, liveness sessions.

Beside them: the operation tables per API version (:mod:`.routes`,
:mod:`.version_routes`, :mod:`.api_versions`), the container kinds (:mod:`.kinds`) and
the local bearer tokens (:mod:`.tokens`).
"""
