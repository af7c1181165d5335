"""What the "Also in…" feature hands between layers: a paragraph's copies in other
articles, with what each copy changed, and the story groups of the library. Plain values,
safe to pass between threads."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PassageCopy:
    """A paragraph of another article that says the same as one of ours.

    ``shared`` and ``other_shared`` are the stretch the two paragraphs have in common (from
    the first to the last word they share); ``changed`` and ``other_changed`` are the words
    inside it that differ — what one outlet wrote differently from the other. Every offset
    is a code-point offset into its own article's canonical text."""

    article_id: str
    title: str
    source: str | None
    date: str | None
    start: int  # the other article's paragraph
    end: int
    text: str  # that paragraph's text
    score: float  # 0 to 1: how much of the two paragraphs is the same words
    shared: tuple[int, int]  # in our paragraph
    other_shared: tuple[int, int]  # in theirs
    changed: tuple[tuple[int, int], ...] = ()
    other_changed: tuple[tuple[int, int], ...] = ()
    # the two articles tell one story (most of one is in the other); False: another
    # story that repeats this passage, a background sentence or a stock paragraph
    same_story: bool = True


@dataclass(frozen=True)
class SharedPassage:
    """One paragraph of an article and its copies elsewhere."""

    start: int
    end: int
    copies: tuple[PassageCopy, ...]

    @property
    def articles(self) -> int:
        """How many other articles hold a copy (one article may hold two)."""
        return len({c.article_id for c in self.copies})

    @property
    def background(self) -> bool:
        """Only other stories repeat it (a background sentence, a stock paragraph): the
        reader shows it more quietly than a passage of a copy of the same story."""
        return not any(c.same_story for c in self.copies)


@dataclass(frozen=True)
class StoryMember:
    id: str
    title: str
    source: str | None
    date: str | None
    imported_at: str
    shared: int  # how many of its paragraphs are shared with the rest of the group


@dataclass(frozen=True)
class StoryGroup:
    """Articles that share enough passages to be one story, the earliest first (the date
    it gives, else when it was imported): who published first."""

    members: tuple[StoryMember, ...]

    @property
    def first(self) -> StoryMember:
        return self.members[0]
