"""Python tool functions the tests allow (`tests.tools`)."""

from __future__ import annotations

import threading
import time
from collections import Counter
from typing import Any

from confide.tools.executors import current_call

CALLS: Counter[str] = Counter()
_LOCK = threading.Lock()


def echo(**kwargs: Any) -> dict[str, Any]:
    """Answers its arguments back."""
    return {"echo": kwargs}


def record(**kwargs: Any) -> str:
    """Counts each idempotency key it is called with."""
    call = current_call()
    assert call is not None
    with _LOCK:
        CALLS[call.idempotency_key] += 1
    return "recorded"


def slow(seconds: float = 5.0, **_: Any) -> str:
    """Sleeps (to time out)."""
    time.sleep(seconds)
    return "late"


def boom(**_: Any) -> str:
    """Raises with a message that must never be shown."""
    raise RuntimeError("secret-argument-value-in-message")


def huge(**_: Any) -> str:
    """A result over the cap."""
    return "x" * 200_000


NOT_CALLABLE = 3
