"""Guards: one module per check, each a small class with one `check` method returning a Verdict."""
