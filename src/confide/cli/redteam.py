"""`confide redteam`: adversarial test suites against a deployment."""
