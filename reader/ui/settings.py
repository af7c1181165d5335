"""Layout and look preferences (QSettings, an INI file beside the library).

Only layout lives here — window geometry, splitter and dock state, last article, theme,
zoom, UI language. Everything about articles lives in the library database.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from reader.core.paths import DataPaths


class UiSettings:
    def __init__(self, paths: DataPaths) -> None:
        paths.root.mkdir(parents=True, exist_ok=True)
        self._qs = QSettings(str(paths.root / "window.ini"), QSettings.Format.IniFormat)

    def get(self, key: str, default: Any = None) -> Any:
        return self._qs.value(key, default)

    def get_int(self, key: str, default: int) -> int:
        value = self._qs.value(key, default)
        try:
            return int(str(value))
        except (TypeError, ValueError):
            return default

    def get_bytes(self, key: str) -> QByteArray | None:
        value = self._qs.value(key)
        return value if isinstance(value, QByteArray) else None

    def set(self, key: str, value: Any) -> None:
        self._qs.setValue(key, value)

    def sync(self) -> None:
        self._qs.sync()
