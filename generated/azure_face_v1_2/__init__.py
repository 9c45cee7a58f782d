"""A client library for accessing Azure Face API v1.2 (facekit)"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
