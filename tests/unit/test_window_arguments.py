"""``reader`` and ``reader gui`` are read without the whole parser (the window's first
frame does not wait for the services): what they read is what the parser reads, and
every other command line still goes to the parser."""

from __future__ import annotations

import subprocess
import sys

import pytest

from reader.cli import build_parser
from reader.cli.window import cmd_gui, window_arguments


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["gui"],
        ["--debug"],
        ["--data-dir", "/tmp/bibliothèque", "gui"],
        ["--data-dir=/tmp/Presse écrite"],
        ["--debug", "--data-dir", "~/lib", "gui", "reader://article/ab12#anno=3f", "notes é.txt"],
    ],
)
def test_the_window_command_lines_read_as_the_parser_reads_them(argv: list[str]) -> None:
    quick = window_arguments(argv)
    full = build_parser().parse_args(argv)
    assert quick is not None
    assert quick.func is cmd_gui
    assert (quick.command, quick.data_dir, quick.library, quick.debug) == (
        full.command,
        full.data_dir,
        full.library,
        full.debug,
    )
    assert list(quick.targets) == list(getattr(full, "targets", None) or [])


@pytest.mark.parametrize(
    "argv",
    [
        ["--version"],
        ["-h"],
        ["gui", "--help"],
        ["--data-dir", ""],  # refused, with the parser's message
        ["--data-dir"],
        ["--data", "/tmp/x"],  # an abbreviation: the parser knows them
        ["--library", "postgresql://lea@serveur/presse"],
        ["search", "Huawei"],
        ["gui", "--", "-un-fichier.txt"],
    ],
)
def test_any_other_command_line_goes_to_the_parser(argv: list[str]) -> None:
    assert window_arguments(argv) is None


def test_reading_the_window_command_line_imports_no_service() -> None:
    code = (
        "import sys; from reader.cli import window_arguments; window_arguments(['gui']); "
        "print(sorted(m for m in sys.modules if m.startswith(('reader.services.', 'reader.ui'))))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
