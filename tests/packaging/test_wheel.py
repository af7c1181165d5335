"""The sdist and the wheel that ``make dist`` builds: what they carry, and the wheel
installed into a fresh virtual environment, as the README tells users to."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tarfile
import tomllib
import zipfile
from pathlib import Path

import pytest

from reader import APP_ID, APP_NAME, __version__
from tests.packaging.conftest import ROOT, Built

pytestmark = pytest.mark.dist
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))


def test_wheel_carries_the_resources_and_the_entry_points(built: Built) -> None:
    with zipfile.ZipFile(built.wheel) as wheel:
        names = set(wheel.namelist())
        points = wheel.read(f"liseuse-{__version__}.dist-info/entry_points.txt").decode()
    for seed in (ROOT / "resources" / "corpus").glob("*.txt"):
        assert f"reader/_resources/corpus/{seed.name}" in names
    for qm in (ROOT / "resources" / "i18n").glob("*.qm"):
        assert f"reader/_resources/i18n/{qm.name}" in names
    icons = {n for n in names if n.startswith("reader/_resources/icons/hicolor/")}
    assert f"reader/_resources/icons/hicolor/512x512/apps/{APP_ID}.png" in icons
    assert f"reader/_resources/icons/hicolor/scalable/apps/{APP_ID}.svg" in icons
    for group, entries in PYPROJECT["project"]["entry-points"].items():
        assert f"[{group}]" in points
        for name, target in entries.items():
            assert f"{name} = {target}" in points


def test_sdist_carries_what_packaging_needs(built: Built) -> None:
    with tarfile.open(built.sdist) as sdist:
        names = {n.split("/", 1)[1] for n in sdist.getnames() if "/" in n}
    expected = {
        "CHANGELOG.md",
        "pyproject.toml",
        f"packaging/{APP_ID}.desktop",
        f"packaging/{APP_ID}.metainfo.xml",
        "packaging/liseuse.spec",
        "packaging/build.py",
        "packaging/install-desktop.sh",
        "resources/i18n/liseuse_fr.ts",
        f"resources/icons/hicolor/scalable/apps/{APP_ID}.svg",
    }
    assert expected <= names, sorted(expected - names)


def test_wheel_installs_and_runs_in_a_fresh_environment(built: Built, tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "READER_DATA_DIR")}
    installed = subprocess.run(
        [
            venv / "bin" / "python",
            "-m",
            "pip",
            "install",
            "-q",
            "--disable-pip-version-check",
            built.wheel,
        ],
        capture_output=True,
        text=True,
        env=env,
    )
    assert installed.returncode == 0, installed.stderr[-4000:]
    reader = venv / "bin" / "reader"

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        done = subprocess.run(
            [reader, "--data-dir", str(tmp_path / "data"), *args],
            capture_output=True,
            text=True,
            env=env,
            cwd=tmp_path,  # not the checkout: only the installed copy can be imported
        )
        assert done.returncode == 0, done.stderr
        return done

    assert run("--version").stdout.strip() == f"{APP_NAME} {__version__}"
    found = json.loads(run("search", "Huawei", "--json").stdout)
    assert found["total"] >= 3
    assert all("<mark>Huawei</mark>" in r["snippet"] for r in found["results"])
    hooks = {t["name"] for t in json.loads(run("translators", "--json").stdout)["translators"]}
    assert hooks == set(PYPROJECT["project"]["entry-points"]["reader.translators"])
