"""`python -m confide.train <name> [args]`: run `confide.train.<name>.main(args)`."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Sequence

TRAINERS = ("embeddings", "encoder", "injection", "safety")


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] not in TRAINERS:
        print(f"usage: python -m confide.train {{{','.join(TRAINERS)}}} [options]",
              file=sys.stderr)
        return 2
    module = importlib.import_module(f"confide.train.{args[0]}")
    return int(module.main(args[1:]) or 0)


if __name__ == "__main__":
    raise SystemExit(main())
