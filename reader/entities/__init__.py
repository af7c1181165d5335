"""Named entities: recognisers behind one interface, merged into canonical mentions.

Built-in recognisers (gazetteer, rules, name patterns, spaCy) are registered through the
``reader.recognizers`` entry-point group, like third-party ones.
"""
