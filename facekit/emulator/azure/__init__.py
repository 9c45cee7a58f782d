"""Azure Face: routes and operations per resource family, API versions, training and snapshots."""
