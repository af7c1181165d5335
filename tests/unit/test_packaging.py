"""What the wheel and the desktop integration promise, checked without building anything:
every package listed for the wheel, one app id and one version everywhere, the
``.desktop`` file and the AppStream metainfo accepted by the freedesktop validators, the
icon at every size, and the desktop-menu installer."""

from __future__ import annotations

import configparser
import os
import re
import shutil
import struct
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from reader import APP_ID, __version__
from reader.core import plugins
from reader.ingest.files import SUPPORTED_SUFFIXES

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
DESKTOP = PACKAGING / f"{APP_ID}.desktop"
METAINFO = PACKAGING / f"{APP_ID}.metainfo.xml"
HICOLOR = ROOT / "resources" / "icons" / "hicolor"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
# the MIME type of each file suffix the import reads (a new suffix needs one here)
MIME_TYPES = {
    ".txt": "text/plain",
    ".text": "text/plain",
    ".md": "text/markdown",
    ".markdown": "text/markdown",
    ".html": "text/html",
    ".htm": "text/html",
    ".xhtml": "application/xhtml+xml",
}


def _pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def _require(tool: str) -> str:
    found = shutil.which(tool)
    if found is None:
        if os.environ.get("CI"):
            pytest.fail(f"{tool} is missing in CI (see the README's system packages)")
        pytest.skip(f"{tool} is not installed (see the README's system packages)")
    return found


def test_every_package_is_listed_in_pyproject() -> None:
    listed = set(_pyproject()["tool"]["setuptools"]["packages"])
    found = {
        ".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "reader").rglob("__init__.py")
    }
    assert found <= listed, sorted(found - listed)
    resources = {
        ".".join(("reader", "_resources", *p.parent.relative_to(ROOT / "resources").parts))
        for p in (ROOT / "resources").rglob("__init__.py")
    }
    assert resources <= listed, sorted(resources - listed)


def test_one_app_id_everywhere() -> None:
    entry = _desktop_entry()
    assert entry["Icon"] == APP_ID
    component = ET.parse(METAINFO).getroot()
    assert component.findtext("id") == APP_ID
    assert component.findtext("launchable") == DESKTOP.name
    assert (HICOLOR / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    assert f"\nAPP_ID={APP_ID}\n" in (PACKAGING / "install-desktop.sh").read_text("utf-8")


def test_one_version_everywhere() -> None:
    assert _pyproject()["tool"]["setuptools"]["dynamic"]["version"] == {
        "attr": "reader.__version__"
    }
    releases = ET.parse(METAINFO).getroot().findall("releases/release")
    assert releases and releases[0].get("version") == __version__, "newest release first"
    changelog = (ROOT / "CHANGELOG.md").read_text("utf-8")
    newest = re.search(r"^## (\S+) — (\d{4}-\d{2}-\d{2})$", changelog, re.M)
    assert newest is not None, "CHANGELOG.md has no '## VERSION — DATE' heading"
    assert newest.group(1) == __version__
    assert newest.group(2) == releases[0].get("date")


def test_the_desktop_file_opens_links_and_every_import_format() -> None:
    entry = _desktop_entry()
    declared = set(filter(None, entry["MimeType"].split(";")))
    assert "x-scheme-handler/reader" in declared
    assert {MIME_TYPES[suffix] for suffix in SUPPORTED_SUFFIXES} <= declared
    assert entry["Exec"] == "reader gui %U"  # links and files, several at once
    provided = {e.text for e in ET.parse(METAINFO).getroot().findall("provides/mediatype")}
    assert provided == declared - {"x-scheme-handler/reader"}


def test_desktop_file_validates() -> None:
    tool = _require("desktop-file-validate")
    done = subprocess.run([tool, str(DESKTOP)], capture_output=True, text=True)
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


def test_metainfo_validates() -> None:
    tool = _require("appstreamcli")
    done = subprocess.run(
        [tool, "validate", "--no-net", "--strict", str(METAINFO)], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout + done.stderr


def _png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    width, height = struct.unpack(">II", header[16:24])
    return width, height


@pytest.mark.parametrize("size", ICON_SIZES)
def test_icon_png_in_the_hicolor_layout(size: int) -> None:
    png = HICOLOR / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
    assert _png_size(png) == (size, size)


def test_plugins_are_the_entry_points_of_pyproject() -> None:
    """The groups the spec freezes are the groups pyproject declares (an installed
    checkout: the same entry points as the wheel's)."""
    declared = _pyproject()["project"]["entry-points"]
    assert set(plugins.GROUPS) == set(declared)
    modules = {value.split(":")[0] for group in declared.values() for value in group.values()}
    assert set(plugins.plugin_modules()) == modules


def test_install_desktop_adds_and_removes_the_menu_entry(tmp_path: Path) -> None:
    reader = tmp_path / "my apps" / "reader"
    reader.parent.mkdir()
    reader.write_text("#!/bin/sh\n", encoding="utf-8")
    reader.chmod(0o755)
    data = tmp_path / "share"
    env = {**os.environ, "XDG_DATA_HOME": str(data)}
    script = PACKAGING / "install-desktop.sh"
    done = subprocess.run(["sh", str(script), str(reader)], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    installed = data / "applications" / DESKTOP.name
    text = installed.read_text("utf-8")
    assert f'Exec="{reader}" gui %U' in text, text
    assert f"TryExec={reader}\n" in text
    assert (data / "metainfo" / METAINFO.name).is_file()
    for size in ICON_SIZES:
        assert (data / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png").is_file()
    if shutil.which("desktop-file-validate"):
        checked = subprocess.run(["desktop-file-validate", str(installed)], capture_output=True)
        assert checked.returncode == 0, checked.stdout
    done = subprocess.run(["sh", str(script), "--uninstall"], env=env, capture_output=True)
    assert done.returncode == 0, done.stderr
    assert not installed.exists()
    assert not list((data / "icons").rglob(f"{APP_ID}.*"))


def test_install_desktop_needs_a_reader_command(tmp_path: Path) -> None:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path)}
    done = subprocess.run(
        ["sh", str(PACKAGING / "install-desktop.sh")], env=env, capture_output=True, text=True
    )
    assert done.returncode == 1
    assert "no reader command" in done.stderr
    assert not (tmp_path / "applications" / DESKTOP.name).exists()


def _apt_packages(text: str, start: str, end: str) -> set[str]:
    """The package names of the ``apt-get install`` command between ``start`` and ``end``."""
    command = text.split(start, 1)[1].split(end, 1)[0]
    return {word for word in command.replace("\\", " ").split() if not word.startswith("-")}


def test_ci_installs_the_readme_packages_and_a_colour_emoji_font() -> None:
    """CI installs what the README tells people to install; both name a colour emoji font
    (without one, keycaps such as 1️⃣ in articles are drawn as boxes)."""
    readme = _apt_packages((ROOT / "README.md").read_text("utf-8"), "sudo apt-get install", "```")
    ci = _apt_packages(
        (ROOT / ".ci" / "run").read_text("utf-8"), "--no-install-recommends", ">/dev/null"
    )
    assert "fonts-noto-color-emoji" in readme
    assert readme - ci == set()
