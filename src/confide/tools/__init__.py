"""Tools under least privilege: declarations, the provenance-aware policy, executors and
human approvals. See docs/tools.md."""

from confide.tools.policy import Finding, Outcome, RateCounts, ToolDecision, decide
from confide.tools.provenance import ArgumentProvenance, ContextIndex, Origin
from confide.tools.spec import ToolSpec, ToolSpecError, load_tools, offered, to_openai

__all__ = [
    "ArgumentProvenance",
    "ContextIndex",
    "Finding",
    "Origin",
    "Outcome",
    "RateCounts",
    "ToolDecision",
    "ToolSpec",
    "ToolSpecError",
    "decide",
    "load_tools",
    "offered",
    "to_openai",
]
