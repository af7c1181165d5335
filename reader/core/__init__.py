"""Plain data, text helpers, errors and paths shared by every layer (no I/O engines)."""
