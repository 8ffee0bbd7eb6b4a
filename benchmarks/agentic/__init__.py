"""An indirect-injection suite in the spirit of AgentDojo: tool-using personas, untrusted text
that tells the agent to act, a model double that obeys it, and the tool policy on and off.

Run: `.venv/bin/python -m benchmarks.agentic.suite [--quick]`
"""
