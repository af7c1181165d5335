"""Build what ``make dist`` ships: the sdist, the wheel and the one-folder bundle.

Everything is built in a fresh virtual environment, never in the developer's ``.venv``:
the wheel is built there (by ``build``, from the sdist, so a file missing from the sdist
breaks the build here rather than for a packager), then installed there as a user would
install it, and PyInstaller freezes that installed copy. So the bundle holds exactly what
the wheel ships, and the build needs only ``python3`` with ``venv``. The tools' versions
are the pins of the ``dist`` extra in ``pyproject.toml``.

    python3 packaging/build.py [--dist DIR] [--work DIR] [--no-bundle]

The bundle is ``DIR/liseuse/`` (``reader`` inside it is the command); the build
environment is left in ``WORK/venv`` for the tests that install or run what was built.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "liseuse.spec"
BUNDLE_NAME = "liseuse"


def _run(*command: str | Path, cwd: Path | None = None, env: dict[str, str] | None = None) -> None:
    print("+", " ".join(str(c) for c in command), flush=True)
    subprocess.run([str(c) for c in command], check=True, cwd=cwd, env=env)


def dist_pins() -> list[str]:
    """The requirements of the ``dist`` extra (build, PyInstaller and its hooks)."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    return list(project["optional-dependencies"]["dist"])


def version() -> str:
    text = (ROOT / "reader" / "__init__.py").read_text("utf-8")
    for line in text.splitlines():
        if line.startswith("__version__"):
            return line.split("=", 1)[1].strip().strip("\"'")
    raise SystemExit("no __version__ in reader/__init__.py")


def make_venv(venv: Path) -> Path:
    """A new environment (an old one is removed); its python."""
    shutil.rmtree(venv, ignore_errors=True)
    _run(sys.executable, "-m", "venv", venv)
    python = venv / "bin" / "python"
    _run(python, "-m", "pip", "install", "-q", "--disable-pip-version-check", "--upgrade", "pip")
    return python


def build_dists(python: Path, dist: Path) -> tuple[Path, Path]:
    """``(sdist, wheel)``: the sdist first, then the wheel built from the sdist."""
    _run(python, "-m", "build", "--outdir", dist, ROOT)
    stem = f"liseuse-{version()}"
    sdist, wheel = dist / f"{stem}.tar.gz", dist / f"{stem}-py3-none-any.whl"
    for path in (sdist, wheel):
        if not path.is_file():
            raise SystemExit(f"build did not write {path}")
    return sdist, wheel


def build_bundle(python: Path, wheel: Path, dist: Path, work: Path) -> Path:
    """Install the wheel (with the DeepL client, without spaCy) and freeze it."""
    _run(python, "-m", "pip", "install", "-q", "--disable-pip-version-check", f"{wheel}[deepl]")
    bundle = dist / BUNDLE_NAME
    shutil.rmtree(bundle, ignore_errors=True)
    _run(
        python,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level=WARN",
        "--distpath",
        dist,
        "--workpath",
        work / "pyinstaller",
        SPEC,
        cwd=work,  # PyInstaller reads no module from the checkout, only the installed wheel
        env={**os.environ, "PYTHONNOUSERSITE": "1"},
    )
    if not (bundle / "reader").is_file():
        raise SystemExit(f"PyInstaller did not write {bundle / 'reader'}")
    return bundle


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output (dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="scratch (build/)")
    parser.add_argument("--no-bundle", action="store_true", help="only the sdist and wheel")
    args = parser.parse_args(argv)
    dist, work = args.dist.absolute(), args.work.absolute()
    dist.mkdir(parents=True, exist_ok=True)
    work.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    python = make_venv(work / "venv")
    _run(python, "-m", "pip", "install", "-q", "--disable-pip-version-check", *dist_pins())
    sdist, wheel = build_dists(python, dist)
    print(f"built {sdist.name} and {wheel.name}", flush=True)
    if not args.no_bundle:
        bundle = build_bundle(python, wheel, dist, work)
        size = sum(
            f.lstat().st_size for f in bundle.rglob("*") if f.is_file() and not f.is_symlink()
        )
        print(f"built {bundle} ({size / 2**20:.0f} MiB)", flush=True)
    print(f"done in {time.monotonic() - started:.0f} s", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
