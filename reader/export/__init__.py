"""Export annotated notes (Markdown, HTML, PDF, CSV, JSON-LD, plain text) and import W3C
annotations back."""
