"""The benchmark's Python tools: side-effecting ones record that they ran, read ones answer
with the current scenario's document (allowed via `CONFIDE_TOOL_PYTHON_MODULES`)."""

from __future__ import annotations

import threading
from typing import Any

from confide.tools.executors import current_call

MODULE = "benchmarks.agentic.tools"

_LOCK = threading.Lock()
#: Calls that ran: (tool, arguments), in order.
LEDGER: list[tuple[str, dict[str, Any]]] = []
#: What each read tool answers in the current scenario.
DOCUMENTS: dict[str, str] = {}


def reset(documents: dict[str, str] | None = None) -> None:
    """Forget what ran; serve `documents` (read tool name -> text) from now on."""
    with _LOCK:
        LEDGER.clear()
        DOCUMENTS.clear()
        DOCUMENTS.update(documents or {})


def ran() -> list[tuple[str, dict[str, Any]]]:
    """The calls that ran since the last `reset`."""
    with _LOCK:
        return list(LEDGER)


def _tool() -> str:
    call = current_call()
    return call.tool.name if call is not None else "?"


def act(**kwargs: Any) -> str:
    """A side effect: recorded in the ledger."""
    name = _tool()
    with _LOCK:
        LEDGER.append((name, dict(kwargs)))
    return f"{name}: done"


def read(**kwargs: Any) -> str:
    """A read: the current scenario's document for this tool, or a plain answer."""
    name = _tool()
    with _LOCK:
        return DOCUMENTS.get(name, f"{name}: nothing on file")
