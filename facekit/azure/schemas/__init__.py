"""facekit's public Azure Face result types, one module per generated package.

``v1_0`` holds what every API version returns (detection, recognition, the four container
kinds); ``v1_2`` what only the newer versions have (liveness sessions, the
PersonDirectory, DynamicPersonGroups). Both are derived from ``generated/`` by
``scripts/generate_types.py`` during ``make generate``; :mod:`facekit.azure._convert` turns
a generated model into its public twin. Import them from :mod:`facekit`.
"""
