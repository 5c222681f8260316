"""The counselor's Privacy page: opt-in anonymous weekly summaries."""
