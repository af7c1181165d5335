"""English counts for the command line and the exports."""

from reader.core.wording import counted


def test_one_and_many() -> None:
    assert counted(1, "annotation") == "1 annotation"
    assert counted(0, "annotation") == "0 annotations"
    assert counted(3, "highlight") == "3 highlights"
    assert counted(2, "entry", "entries") == "2 entries"
