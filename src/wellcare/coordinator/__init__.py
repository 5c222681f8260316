"""The coordinator's side of aggregates: estimates with intervals, and small-group suppression.

estimate (unbiased counts from randomized reports), suppression (minimum group size,
complementary suppression, the filter check). Pure Python: no Qt, no database.
"""
