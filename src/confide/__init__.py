"""Confide: secure runtime and verification kit for enterprise conversational AI."""

from typing import Any

__version__ = "0.1.0"
__all__ = ["Shield", "ShieldPolicy", "Verdict", "__version__"]


def __getattr__(name: str) -> Any:
    """Import the public classes lazily, so `import confide` stays cheap."""
    if name == "Shield":
        from confide.shield import Shield

        return Shield
    if name == "ShieldPolicy":
        from confide.shield_policy import ShieldPolicy

        return ShieldPolicy
    if name == "Verdict":
        from confide.verdict import Verdict

        return Verdict
    raise AttributeError(f"module 'confide' has no attribute {name!r}")
