"""The ``facekit`` command line."""
