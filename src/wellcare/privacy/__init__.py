"""The counselor's side of opt-in aggregates: coarse categories, randomized before they leave.

schema (fields, categories, period, budget split), randomized_response (the mechanism and its
memo), contribution (the canonical payload), received (strict reading on the coordinator's side).
Pure Python: no Qt, no database; memos live wherever the caller's MemoStore puts them.
"""
