"""A client library for accessing Tencent Cloud FaceFusion"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
