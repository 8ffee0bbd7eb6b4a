"""Writing files that hold evidence or personal data: owner-only, never through a link."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TextIO


def open_private(path: str | os.PathLike[str]) -> TextIO:
    """Open `path` for writing text as an owner-only (0600) file, also when it existed
    before; a symbolic link in its place is refused (OSError) rather than followed."""
    fd = os.open(Path(path), os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW, 0o600)
    try:
        os.fchmod(fd, 0o600)
    except BaseException:
        os.close(fd)
        raise
    return os.fdopen(fd, "w", encoding="utf-8")
