"""`confide redteam`: attack a conversational AI deployment and report what got through.

Attacks are data (`data/attacks/*.yaml`, OWASP Top 10 for LLM Applications 2025
categories), converters multiply them, targets answer them, deterministic scorers decide,
and the reports (JSON, HTML, JUnit XML) keep redacted transcripts as evidence.
"""

from confide.redteam.attacks import Attack, Step, builtin_attacks, load_library
from confide.redteam.fixture import Fixture
from confide.redteam.model import (
    CATEGORIES,
    Capabilities,
    Conversation,
    Message,
    Outcome,
    Reply,
    Role,
    TargetError,
    ToolCall,
)
from confide.redteam.runner import Result, Run, RunOptions, plan, run, run_async
from confide.redteam.targets import (
    CallableTarget,
    OpenAICompatibleTarget,
    Target,
    TargetOptions,
    TargetUnavailable,
    make_target,
)

__all__ = [
    "CATEGORIES", "Attack", "CallableTarget", "Capabilities", "Conversation", "Fixture",
    "Message", "OpenAICompatibleTarget", "Outcome", "Reply", "Result", "Role", "Run",
    "RunOptions", "Step", "Target", "TargetError", "TargetOptions", "TargetUnavailable",
    "ToolCall", "builtin_attacks", "load_library", "make_target", "plan", "run", "run_async",
]
