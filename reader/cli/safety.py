"""The command line's safety net: ``reader backup`` (a checked copy, the list of copies,
a check of the file), ``reader restore`` (put a copy back, keeping the current file) and
``reader reindex`` (rebuild the search index, a derived copy, from the library).

One module for the commands that keep or rebuild the library's data. ``restore`` never
opens the library it replaces — that one may be the file that cannot be read.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from reader.cli.common import Command, emit, open_library
from reader.core.errors import ReaderError
from reader.core.paths import resolve_data_dir
from reader.services import Library
from reader.services.safety import (
    TEAM_BACKUP,
    Backup,
    InstanceLock,
    find_backup,
    list_backups,
    restore_backup,
)


def _describe(backup: Backup) -> dict[str, object]:
    return {
        "path": str(backup.path),
        "kind": backup.kind,
        "label": backup.label,
        "created": backup.created.isoformat(),
        "size": backup.size,
    }


def _line(backup: Backup) -> str:
    when = backup.created.astimezone().strftime("%Y-%m-%d %H:%M")
    return f"{when}  {backup.size / 1e6:7.1f} MB  {backup.label:<32} {backup.path.name}"


def cmd_backup(args: argparse.Namespace) -> int:
    if args.library and (args.list or args.check):
        raise ReaderError(TEAM_BACKUP)
    paths = resolve_data_dir(args.data_dir)
    if args.list:
        found = list_backups(paths)
        if args.json:
            json.dump([_describe(b) for b in found], sys.stdout, ensure_ascii=False, indent=2)
            sys.stdout.write("\n")
        elif not found:
            print(f"no backup yet in {paths.backups_dir}", file=sys.stderr)
        for backup in found if not args.json else ():
            print(_line(backup))
        return 0
    with Library.open(args.data_dir, team=args.library) as library:
        if args.check:
            trouble = library.check()
            if args.json:
                json.dump({"ok": trouble is None, "problem": trouble}, sys.stdout)
                sys.stdout.write("\n")
            else:
                print(trouble or f"the library reads whole: {paths.database}")
            return 0 if trouble is None else 1
        if args.to:
            written = library.backup_to(Path(args.to).expanduser().absolute())
        else:
            written = library.backup().path
    if args.json:
        json.dump({"path": str(written)}, sys.stdout)
        sys.stdout.write("\n")
    else:
        print(written)
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    if args.library:
        raise ReaderError(TEAM_BACKUP)
    paths = resolve_data_dir(args.data_dir)
    backup = find_backup(paths, args.backup)
    with InstanceLock(paths.root).acquire("restore"):
        kept = restore_backup(paths, backup)
    if args.json:
        json.dump({"restored": str(backup.path), "kept": str(kept) if kept else None}, sys.stdout)
        sys.stdout.write("\n")
        return 0
    when = backup.created.astimezone().strftime("%Y-%m-%d %H:%M")
    print(f"restored the backup of {when} ({backup.path.name})")
    if kept:
        print(f"the library it replaced is kept as {kept}")
    return 0


def cmd_reindex(args: argparse.Namespace) -> int:
    with open_library(args) as library:
        count = library.reindex()
    if args.json:
        emit({"indexed": count})
    else:
        print(f"indexed {count} articles")
    return 0


def add_commands(command: Command) -> None:
    p = command("backup", cmd_backup, "copy the library (checked) into its backups folder")
    which = p.add_mutually_exclusive_group()
    which.add_argument("--to", metavar="FILE", help="write the copy to FILE instead")
    which.add_argument("--list", action="store_true", help="list the backups, newest first")
    which.add_argument("--check", action="store_true", help="check that the library reads whole")
    p = command(
        "restore",
        cmd_restore,
        "put a backup back in place of the library (the current one is kept)",
    )
    p.add_argument(
        "backup", nargs="?", metavar="BACKUP", help="a file or a name from `reader backup --list`"
    )
    command("reindex", cmd_reindex, "rebuild the search index from the library")
