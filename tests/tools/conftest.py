"""Fixtures of the tools tests."""

from tests.tools.helpers import receiver  # noqa: F401
