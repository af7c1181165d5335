"""Translation hooks: every translator behind one :class:`Translator` interface, found
through the ``reader.translators`` entry points (the built-ins too)."""
