"""Confide: secure runtime and verification kit for enterprise conversational AI."""

__version__ = "0.1.0"
