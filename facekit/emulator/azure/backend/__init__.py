"""The Azure side's backend: the work behind the handlers, in plain values.

Nothing here reads a request or builds a reply.
"""
