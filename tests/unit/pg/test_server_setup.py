"""The README's "set up a team server" commands, run as written on the throw-away
cluster (the superuser's commands through its socket instead of ``sudo -u postgres``,
and other names than the README's, which the cluster already has): the owner's first
``reader`` makes the tables, the member added then imports and annotates, a role not
let in is refused with a message naming the way in."""

from __future__ import annotations

import json
import re
import shlex
import subprocess
from pathlib import Path

import pytest

from benchmarks.pg_cluster import binaries
from reader.cli import main
from tests.unit.pg.conftest import BOB, Cluster

README = Path(__file__).resolve().parents[3] / "README.md"
NAMES = {"liseuse_owner": "setup_owner", "alice": "setup_alice", "liseuse": "setup_db"}


def _setup_commands() -> list[str]:
    text = README.read_text(encoding="utf-8")
    block = re.search(r"\*\*Setting up the server\*\*.*?```sh\n(.*?)```", text, re.S)
    assert block, "the README's team server section has moved"
    joined = block.group(1).replace("\\\n", " ")
    return [line.split("   #")[0].strip() for line in joined.splitlines() if line.strip()]


def _renamed(command: str) -> str:
    return re.sub(r"\b(liseuse_owner|alice|liseuse)\b", lambda m: NAMES[m.group(1)], command)


def test_the_readmes_server_setup_runs(
    cluster: Cluster, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    programs = binaries()
    assert programs is not None
    socket = str(cluster.socket_dir)
    commands = _setup_commands()
    assert len(commands) == 5 and commands[3].startswith("reader --library")
    for command in map(_renamed, commands):
        words = shlex.split(command)
        if words[0] == "reader":
            address = words[2].replace("@db.example.org/setup_db", f"@/setup_db?host={socket}")
            assert (
                main(["--data-dir", str(tmp_path / "owner"), "--library", address, *words[3:]]) == 0
            )
            continue
        assert words[:3] == ["sudo", "-u", "postgres"], command
        program, *rest = words[3:]
        found = programs / program
        subprocess.run(
            [str(found) if found.exists() else program, "-h", socket, "-U", "postgres", *rest],
            check=True,
            capture_output=True,
            timeout=60,
        )

    member = f"postgresql://setup_alice@/setup_db?host={socket}"
    article = tmp_path / "huawei.txt"
    article.write_text("Huawei et les puces\n\nHuawei prépare l'Ascend 910C, dit Reuters.\n")
    alice = ["--data-dir", str(tmp_path / "alice"), "--library", member]
    assert main([*alice, "import", str(article)]) == 0
    capsys.readouterr()
    assert main([*alice, "list", "--json"]) == 0
    [row] = json.loads(capsys.readouterr().out)["articles"]
    assert (
        main([*alice, "annotate", row["id"], "--quote", "Reuters", "--note", "dépêche", "--shared"])
        == 0
    )
    assert "dépêche" in capsys.readouterr().out

    stranger = f"postgresql://{BOB}@/setup_db?host={socket}"  # no CONNECT on this database
    assert main(["--data-dir", str(tmp_path / "bob"), "--library", stranger, "list"]) == 1
    assert "permission denied for database" in capsys.readouterr().err
