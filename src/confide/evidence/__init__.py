"""`confide evidence`: a controls report read from the live configuration and state.

`collect` reads facts into findings, `controls` maps findings to the controls of HIPAA,
the EU AI Act, NIST SP 800-53 and SOC 2 and decides each, `report` renders JSON, Markdown
and HTML. `run` does all three.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from confide.evidence.collect import EvidenceInputError, Finding, Options, collect
from confide.evidence.controls import CATALOGUE, ControlResult, evaluate
from confide.evidence.report import build_report

if TYPE_CHECKING:
    from confide.services import Services


def run(services: Services, options: Options) -> dict[str, Any]:
    """Collect, decide and build the report dict for `services` under `options`."""
    findings, controls = evaluate(collect(services, options))
    tenants = list(dict.fromkeys(f.scope for f in findings if f.scope != "platform"))
    if options.tenant is not None and options.tenant not in tenants:
        tenants.append(options.tenant)
    return build_report(findings, controls, options, tenants)


__all__ = ["CATALOGUE", "ControlResult", "EvidenceInputError", "Finding", "Options",
           "build_report", "collect", "evaluate", "run"]
