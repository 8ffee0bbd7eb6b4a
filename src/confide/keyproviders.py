"""Master-key providers: the small protocol that wraps and unwraps tenant data keys.

A provider never hands out the master key; it only wraps (encrypts) and unwraps data keys
with associated data. A KMS or Vault-transit adapter is one class with these three members.
Shipped: `FileKeyProvider` (a local 32-byte key file, 0600) and `EnvKeyProvider` (a base64
key in an environment variable).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import os
import secrets
import stat
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

if TYPE_CHECKING:
    from confide.settings import Settings

KEY_BYTES = 32
_WRAP_FORMAT = b"\x01"
_NONCE_BYTES = 12


class VaultError(Exception):
    """Base class of every key and encryption error. Messages never carry key or plaintext."""


class MasterKeyError(VaultError):
    """The master key is missing, unreadable, unsafe or does not match the stored keys."""


@runtime_checkable
class KeyProvider(Protocol):
    """Wraps and unwraps data keys under a master key the caller never sees."""

    key_id: str

    def wrap(self, data_key: bytes, aad: bytes) -> bytes:
        """Encrypt `data_key` bound to `aad`; returns an opaque blob."""
        ...

    def unwrap(self, wrapped: bytes, aad: bytes) -> bytes:
        """Decrypt a blob from `wrap` with the same `aad`; raises `MasterKeyError` otherwise."""
        ...


class LocalKeyProvider:
    """AES-256-GCM key wrapping with a master key held in this process."""

    def __init__(self, master_key: bytes, source: str) -> None:
        if len(master_key) != KEY_BYTES:
            raise MasterKeyError(
                f"master key from {source} is {len(master_key)} bytes; it must be {KEY_BYTES}"
            )
        self._aead = AESGCM(master_key)
        fingerprint = hmac.digest(master_key, b"confide:key-id", hashlib.sha256)[:6].hex()
        self.key_id = f"local:{fingerprint}"
        self._source = source

    def wrap(self, data_key: bytes, aad: bytes) -> bytes:
        nonce = secrets.token_bytes(_NONCE_BYTES)
        return _WRAP_FORMAT + nonce + self._aead.encrypt(nonce, data_key, aad)

    def unwrap(self, wrapped: bytes, aad: bytes) -> bytes:
        if len(wrapped) < 1 + _NONCE_BYTES + 16 or wrapped[:1] != _WRAP_FORMAT:
            raise MasterKeyError("wrapped key has an unknown format")
        nonce, body = wrapped[1 : 1 + _NONCE_BYTES], wrapped[1 + _NONCE_BYTES :]
        try:
            return self._aead.decrypt(nonce, body, aad)
        except InvalidTag:
            raise MasterKeyError(
                f"the master key from {self._source} cannot unwrap a stored key: "
                "it is not the key these data were written with (restore the original key)"
            ) from None


class FileKeyProvider(LocalKeyProvider):
    """A 32-byte master key in a local file (raw bytes or base64 text), mode 0600.

    With `create=True` a missing file is created with a fresh random key. A file readable
    by group or others is refused.
    """

    def __init__(self, path: str | os.PathLike[str], *, create: bool = False) -> None:
        self.path = Path(path)
        if create and not self.path.exists():
            _create_key_file(self.path)
        super().__init__(_read_key_file(self.path), source=f"key file {self.path}")


class EnvKeyProvider(LocalKeyProvider):
    """A base64-encoded 32-byte master key in an environment variable."""

    def __init__(self, var: str = "CONFIDE_MASTER_KEY") -> None:
        self.var = var
        raw = os.environ.get(var)
        if not raw:
            raise MasterKeyError(
                f"environment variable {var} is not set: set it to a base64-encoded 32-byte "
                "key (e.g. the output of `openssl rand -base64 32`)"
            )
        key = _decode_b64(raw.strip())
        if key is None:
            raise MasterKeyError(f"environment variable {var} is not valid base64")
        super().__init__(key, source=f"environment variable {var}")


def generate_key_b64() -> str:
    """A fresh random master key, base64-encoded (for `CONFIDE_MASTER_KEY`)."""
    return base64.b64encode(secrets.token_bytes(KEY_BYTES)).decode()


def provider_from_settings(settings: Settings, create: bool = False) -> KeyProvider:
    """The provider `settings` names; `create` lets the file provider make a missing key."""
    if settings.key_provider == "env":
        return EnvKeyProvider(settings.master_key_env)
    path = settings.master_key_file or settings.home / "master.key"
    return FileKeyProvider(path, create=create)


def _create_key_file(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return
    except OSError as exc:
        raise MasterKeyError(f"cannot create master key file {path}: {exc.strerror}") from None
    with os.fdopen(fd, "wb") as fh:
        fh.write(secrets.token_bytes(KEY_BYTES))
        fh.flush()
        os.fsync(fh.fileno())


def _read_key_file(path: Path) -> bytes:
    try:
        st = path.stat()
    except FileNotFoundError:
        raise MasterKeyError(
            f"master key file {path} not found: run `confide init` to create it, point "
            "CONFIDE_MASTER_KEY_FILE at the existing key, or use CONFIDE_KEY_PROVIDER=env"
        ) from None
    except OSError as exc:
        raise MasterKeyError(f"cannot read master key file {path}: {exc.strerror}") from None
    if not stat.S_ISREG(st.st_mode):
        raise MasterKeyError(f"master key file {path} is not a regular file")
    if st.st_mode & 0o077:
        raise MasterKeyError(
            f"master key file {path} is readable by group or others "
            f"(mode {stat.S_IMODE(st.st_mode):04o}): run `chmod 600 {path}` and retry"
        )
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise MasterKeyError(
            f"cannot read master key file {path}: {exc.strerror}; check its owner and mode"
        ) from None
    if len(raw) == KEY_BYTES:
        return raw
    key = _decode_b64(raw.strip().decode("ascii", errors="replace"))
    if key is None or len(key) != KEY_BYTES:
        raise MasterKeyError(
            f"master key file {path} does not hold a 32-byte key (raw or base64)"
        )
    return key


def _decode_b64(text: str) -> bytes | None:
    try:
        data = text.encode("ascii")
    except UnicodeEncodeError:
        return None
    for altchars in (None, b"-_"):
        try:
            return base64.b64decode(data, altchars=altchars, validate=True)
        except (binascii.Error, ValueError):
            continue
    return None
