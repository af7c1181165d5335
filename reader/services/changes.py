"""What a write changed, said once: the articles, annotations and entities it touched
and whether the tags changed. The write that makes a :class:`Changes` knows what it
touched; the index re-indexes those articles and nothing else, and the window hands
the same value to each view, which decides what it shows again."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Changes:
    articles: set[str] = field(default_factory=set)  # text, tags or notes, or entities
    annotations: set[str] = field(default_factory=set)
    entities: set[str] = field(default_factory=set)  # articles whose entities changed
    tags: bool = False  # a tag was added, renamed, merged or deleted
    imported: bool = False  # articles were added or given a new version
    everything: bool = False  # more than can be said (a rebuild, a correction of names)

    def __bool__(self) -> bool:
        return bool(
            self.articles
            or self.annotations
            or self.entities
            or self.tags
            or self.imported
            or self.everything
        )

    def merge(self, other: Changes) -> Changes:
        """Both changes in one value."""
        return Changes(
            self.articles | other.articles,
            self.annotations | other.annotations,
            self.entities | other.entities,
            self.tags or other.tags,
            self.imported or other.imported,
            self.everything or other.everything,
        )
