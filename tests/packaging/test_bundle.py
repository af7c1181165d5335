"""The one-folder bundle that ``make dist`` builds, run as on a machine without Python
packages: an empty environment (no PYTHONPATH, no virtual environment, HOME in a
temporary folder), outside the checkout. It answers ``--version``, finds its plugins
through entry points, spawns its import workers, and opens the window on the bundled
corpus — offscreen, and on a real X server (Xvfb) with a screenshot."""

from __future__ import annotations

import json
import os
import subprocess
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader import APP_ID, APP_NAME, __version__
from reader.ingest.parallel import PARALLEL_FROM
from tests.e2e.session import run_window
from tests.packaging.conftest import ROOT, Built, require

pytestmark = pytest.mark.dist
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
ARTIFACTS = ROOT / "tests" / "artifacts"


@pytest.fixture(scope="module")
def bundle(built: Built) -> Path:
    if built.bundle is None:
        pytest.skip(f"PyInstaller cannot run here: {built.missing} not installed")
    return built.bundle


@pytest.fixture
def bare_env(tmp_path: Path) -> dict[str, str]:
    """What a user's session might have, and nothing of this checkout or its venv."""
    home = tmp_path / "home"
    home.mkdir()
    return {
        "PATH": "/usr/bin:/bin",
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
        # as in every test: never the real keyring
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    }


def _run(
    bundle: Path, env: dict[str, str], cwd: Path, *args: str
) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [str(bundle / "reader"), *args], capture_output=True, text=True, env=env, cwd=cwd
    )
    assert done.returncode == 0, f"reader {' '.join(args)}:\n{done.stdout}\n{done.stderr}"
    return done


def test_version(bundle: Path, bare_env: dict[str, str], tmp_path: Path) -> None:
    done = _run(bundle, bare_env, tmp_path, "--version")
    assert done.stdout.strip() == f"{APP_NAME} {__version__}"


def test_search_and_plugins_in_the_frozen_app(
    bundle: Path, bare_env: dict[str, str], tmp_path: Path
) -> None:
    def reader(*args: str) -> str:
        return _run(bundle, bare_env, tmp_path, "--data-dir", str(tmp_path / "data"), *args).stdout

    found = json.loads(reader("search", "Huawei", "--json"))
    assert found["total"] >= 3
    # the language each word both write is far more used in (cross-language search reads
    # "fine" as English by it), without wordfreq and its lists
    assert [p.name for p in bundle.rglob("word_languages.txt.gz")] == ["word_languages.txt.gz"]
    assert not list(bundle.rglob("wordfreq"))
    # every translation hook declared in pyproject is found inside the bundle
    hooks = {t["name"] for t in json.loads(reader("translators", "--json"))["translators"]}
    assert hooks == set(PYPROJECT["project"]["entry-points"]["reader.translators"])
    # the recognisers: the gazetteer and the rules run without spaCy
    article = found["results"][0]["id"]
    mentions = json.loads(reader("entities", article, "--json"))["mentions"]
    assert {"gazetteer", "rules"} <= {m["source"] for m in mentions}
    # every exporter loads and writes (PDF through Qt)
    reader("annotate", article, "--quote", "Huawei")
    for name in PYPROJECT["project"]["entry-points"]["reader.exporters"]:
        out = tmp_path / f"notes.{name}"
        reader("export", "--format", name, "--all", "-o", str(out))
        assert out.stat().st_size > 0, name
    assert (tmp_path / "notes.pdf").read_bytes().startswith(b"%PDF")


def test_import_workers_are_spawned_in_the_frozen_app(
    bundle: Path, bare_env: dict[str, str], tmp_path: Path
) -> None:
    """A large import parses in worker processes, which a frozen app starts as copies of
    its own executable; if they could not start, the import would fall back with a
    warning."""
    folder = tmp_path / "news"
    folder.mkdir()
    count = PARALLEL_FROM + 20
    for n in range(count):
        (folder / f"{n:04}.txt").write_text(
            f"Dispatch number {n}\n\nThe chip maker shipped {n} wafers this week to its "
            f"customers in Europe and Asia, said the company.\n",
            encoding="utf-8",
        )
    data = str(tmp_path / "data")
    done = _run(bundle, bare_env, tmp_path, "--data-dir", data, "import", str(folder), "--json")
    assert json.loads(done.stdout)["imported"] == count
    assert "worker processes failed" not in done.stderr, done.stderr


def _seed_ids(bundle: Path, env: dict[str, str], tmp_path: Path) -> set[str]:
    listed = _run(bundle, env, tmp_path, "--data-dir", str(tmp_path / "seeds"), "list", "--json")
    ids = {a["id"] for a in json.loads(listed.stdout)["articles"]}
    assert len(ids) == len(list((ROOT / "resources" / "corpus").glob("*.txt")))
    return ids


def test_window_opens_on_the_bundled_corpus_offscreen(
    bundle: Path, bare_env: dict[str, str], tmp_path: Path
) -> None:
    seeds = _seed_ids(bundle, bare_env, tmp_path)
    data = tmp_path / "data"
    session = run_window(
        [bundle / "reader", "--data-dir", data, "gui"],
        data,
        bare_env,
        shown=lambda last: last in seeds,
        cwd=tmp_path,
    )
    assert session.returncode == 0, session.output
    assert "Traceback" not in session.output, session.output
    assert session.last_article in seeds, session.output


@pytest.fixture
def xvfb() -> Iterator[str]:
    """A virtual X server; its display name."""
    server = require("Xvfb")
    read, write = os.pipe()
    process = subprocess.Popen(
        [server, "-displayfd", str(write), "-screen", "0", "1440x900x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read, "rb") as pipe:
        number = pipe.readline().decode().strip()
    try:
        assert number, "Xvfb did not start"
        yield f":{number}"
    finally:
        process.terminate()
        process.wait(timeout=30)


def test_window_shows_the_bundled_corpus_on_x11(
    bundle: Path, bare_env: dict[str, str], tmp_path: Path, xvfb: str
) -> None:
    """Qt's xcb platform plugin from the bundle, on a real X server; the screenshot is
    kept in tests/artifacts/bundle-xvfb.png."""
    grab = require("import")
    identify = require("identify")
    seeds = _seed_ids(bundle, bare_env, tmp_path)
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "bundle-xvfb.png"
    shot.unlink(missing_ok=True)
    env = {**bare_env, "QT_QPA_PLATFORM": "xcb", "DISPLAY": xvfb}
    data = tmp_path / "data"

    def screenshot() -> None:
        subprocess.run([grab, "-display", xvfb, "-window", "root", str(shot)], check=True)

    session = run_window(
        [bundle / "reader", "--data-dir", data, "gui"],
        data,
        env,
        shown=lambda last: last in seeds,
        cwd=tmp_path,
        between=screenshot,
    )
    assert session.returncode == 0, session.output
    assert "Traceback" not in session.output, session.output
    assert session.last_article in seeds, session.output
    colours = subprocess.run([identify, "-format", "%k", str(shot)], capture_output=True, text=True)
    assert int(colours.stdout.strip() or 0) > 400, "the screen looks blank"


def test_desktop_files_ship_in_the_bundle(
    bundle: Path, bare_env: dict[str, str], tmp_path: Path
) -> None:
    share = bundle / "share"
    assert (share / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    env = {**bare_env, "XDG_DATA_HOME": str(tmp_path / "share")}
    done = subprocess.run(
        ["sh", str(bundle / "install-desktop.sh")], env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    installed = (tmp_path / "share" / "applications" / f"{APP_ID}.desktop").read_text("utf-8")
    assert f"Exec={bundle / 'reader'} gui %U" in installed
    assert (tmp_path / "share" / "icons" / "hicolor" / "48x48" / "apps" / f"{APP_ID}.png").is_file()
