"""Index segments are read in place: the file object over a mapped segment behaves like
a file for everything Whoosh and pickle ask of it, and searching goes through it."""

from __future__ import annotations

import io
import pickle

from reader.search.storage import ViewFile, installed
from reader.services import Library


def test_reads_like_a_file() -> None:
    data = b"first line\nsecond\n" + bytes(range(256)) * 4
    view, reference = ViewFile(memoryview(data)), io.BytesIO(data)
    for step in (
        lambda f: f.read(5),
        lambda f: f.readline(),
        lambda f: f.readline(3),
        lambda f: f.tell(),
        lambda f: f.seek(-10, io.SEEK_END),
        lambda f: f.read(),
        lambda f: f.read(4),
        lambda f: f.seek(3),
        lambda f: f.seek(2, io.SEEK_CUR),
        lambda f: f.read(None),
    ):
        assert step(view) == step(reference)
    target, expected = bytearray(8), bytearray(8)
    view.seek(11)
    reference.seek(11)
    assert view.readinto(target) == reference.readinto(expected) and target == expected


def test_pickles_load_from_it() -> None:
    value = {"fieldmap": {"title": 0, "body_fr": 1}, "lengths": list(range(1000))}
    for protocol in (0, 2, pickle.HIGHEST_PROTOCOL):
        assert pickle.load(ViewFile(pickle.dumps(value, protocol))) == value


def test_searching_reads_segments_in_place(library: Library) -> None:
    assert sorted(h.title for h in library.search('"stock de puces"').hits)
    assert installed()
