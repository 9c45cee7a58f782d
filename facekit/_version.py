# The one place the version is written: pyproject.toml reads it from here
# ([tool.hatch.version]), so that importing facekit does not have to import
# importlib.metadata and scan the installed distributions to learn it.
__version__ = "0.1.0"
