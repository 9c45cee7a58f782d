"""The emulator's web dashboard, at ``/_facekit/dashboard/`` on the emulator's port.

* :mod:`.front` — the layer in front of both services: routes the dashboard's path to
  it and records every other request; its safety rules;
* :mod:`.host` — what the dashboard sees of the emulator (its state, the services it
  records, its settings), handed in by the app that composes it;
* :mod:`.requestlog`, :mod:`.recorder`, :mod:`.masking` — the request inspector's log,
  what feeds it, and what it keeps of a request (secrets masked, images as thumbnails);
* :mod:`.state` and :mod:`.controls` — reading the emulator's state, and changing it;
* :mod:`.routes` and :mod:`.render` — the HTTP routes and their server-rendered HTML,
  with ``static/dashboard.js`` and ``static/dashboard.css`` beside them.
"""

from facekit.emulator.dashboard.front import PATH, DashboardSettings
from facekit.emulator.dashboard.requestlog import RequestEntry, RequestLog

__all__ = ["PATH", "DashboardSettings", "RequestEntry", "RequestLog"]
