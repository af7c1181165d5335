"""Build what ``make dist`` builds — sdist, wheel and bundle, by ``packaging/build.py`` —
once per test session, in a temporary folder, for the tests of this folder."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from reader import __version__

ROOT = Path(__file__).resolve().parents[2]
# PyInstaller reads the libraries an extension links to with these (libc-bin, binutils)
BUNDLE_TOOLS = ("ldd", "objdump")


@dataclass(frozen=True)
class Built:
    sdist: Path
    wheel: Path
    bundle: Path | None  # None when a tool PyInstaller needs is missing here
    missing: str
    log: Path


def require(tool: str) -> str:
    """The path of a system tool; its absence skips the test (fails it in CI)."""
    found = shutil.which(tool)
    if found is None:
        if os.environ.get("CI"):
            pytest.fail(f"{tool} is missing in CI (see the README's system packages)")
        pytest.skip(f"{tool} is not installed (see the README's system packages)")
    return found


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    where = tmp_path_factory.mktemp("dist")
    missing = [tool for tool in BUNDLE_TOOLS if shutil.which(tool) is None]
    if missing and os.environ.get("CI"):
        pytest.fail(f"{', '.join(missing)} missing in CI (see the README's system packages)")
    command = [sys.executable, str(ROOT / "packaging" / "build.py")]
    command += ["--dist", str(where / "dist"), "--work", str(where / "work")]
    if missing:
        command.append("--no-bundle")
    log = where / "build.log"
    with log.open("w", encoding="utf-8") as out:
        done = subprocess.run(command, stdout=out, stderr=subprocess.STDOUT, cwd=where)
    text = log.read_text("utf-8", errors="replace")
    assert done.returncode == 0, f"packaging/build.py failed:\n{text[-6000:]}"
    dist = where / "dist"
    return Built(
        sdist=dist / f"liseuse-{__version__}.tar.gz",
        wheel=dist / f"liseuse-{__version__}-py3-none-any.whl",
        bundle=None if missing else dist / "liseuse",
        missing=", ".join(missing),
        log=log,
    )
