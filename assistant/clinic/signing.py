"""The key that signs staff session cookies: the setting, else one generated once and kept."""

from __future__ import annotations

import os
import secrets
from pathlib import Path


def secret_key(configured: str | None, data_dir: Path) -> str:
    """The configured key, or the one kept in data_dir/clinic.secret (created on first use)."""
    if configured:
        return configured
    path = data_dir / "clinic.secret"
    if path.exists():
        return path.read_text(encoding="utf-8").strip()
    data_dir.mkdir(parents=True, exist_ok=True)
    key = secrets.token_urlsafe(48)
    # Created readable by this user only; O_EXCL so two workers starting together agree.
    try:
        handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return path.read_text(encoding="utf-8").strip()
    with os.fdopen(handle, "w", encoding="utf-8") as out:
        out.write(key)
    return key
