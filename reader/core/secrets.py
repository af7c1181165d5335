"""API keys of remote translation services. They never go into the database or the logs:
they are kept in the system keyring (Secret Service, KWallet, macOS Keychain, Windows
Credential Locker) through :mod:`keyring`. Without a usable keyring a key typed in the app
lives only until it quits, and a key may always come from the environment instead
(``DEEPL_AUTH_KEY``, ``LIBRETRANSLATE_API_KEY``), which suits scripts and the CLI."""

from __future__ import annotations

import logging
import os
import threading
from typing import Any

from reader import APP_ID

log = logging.getLogger(__name__)

ENVIRONMENT = {"deepl.key": "DEEPL_AUTH_KEY", "libretranslate.key": "LIBRETRANSLATE_API_KEY"}
SECRET_NAMES = frozenset(ENVIRONMENT)


def _backend() -> Any | None:
    """The system keyring, or None when there is none that keeps secrets."""
    try:
        import keyring
    except ImportError:
        return None
    try:
        backend = keyring.get_keyring()
        priority = float(backend.priority)
    except Exception:
        log.warning("the system keyring could not be opened", exc_info=True)
        return None
    return backend if priority > 0 else None


class Secrets:
    """Named secrets: the keyring first, then what was set during this session, then the
    environment."""

    def __init__(self, service: str = APP_ID) -> None:
        self.service = service
        self._session: dict[str, str] = {}
        self._lock = threading.Lock()

    def persistent(self) -> bool:
        """Whether a key set now will still be there after a restart."""
        return _backend() is not None

    def get(self, name: str) -> str:
        with self._lock:
            if name in self._session:
                return self._session[name]
        backend = _backend()
        if backend is not None:
            try:
                value = backend.get_password(self.service, name)
            except Exception:
                log.warning("reading %s from the system keyring failed", name, exc_info=True)
            else:
                if value:
                    return str(value)
        return os.environ.get(ENVIRONMENT.get(name, ""), "")

    def set(self, name: str, value: str) -> bool:
        """Keep ``value`` (remove it when empty); True when it went to the keyring, False
        when it is kept for this session only."""
        value = value.strip()
        backend = _backend()
        if backend is not None:
            try:
                if value:
                    backend.set_password(self.service, name, value)
                else:
                    try:
                        backend.delete_password(self.service, name)
                    except Exception:  # nothing to delete
                        log.debug("no %s in the keyring to delete", name)
            except Exception:
                log.warning("writing %s to the system keyring failed", name, exc_info=True)
            else:
                with self._lock:
                    self._session.pop(name, None)
                return True
        with self._lock:
            if value:
                self._session[name] = value
            else:
                self._session.pop(name, None)
        return False
