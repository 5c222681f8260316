"""The aggregate contribution's format: what a counselor's app sends and the EAP office reads.

schema (the table of fields, their coarse categories, ISO-week periods, the ε budget and its
split), randomized_response (the k-ary mechanism and its probabilities, which the estimator
inverts) and policy (the policy a contribution is checked against, its canonical bytes). Shared
below both capabilities that use it: privacy (consent, inputs, building, sending) and aggregates
(reading, estimating, reporting), so neither imports the other for it.
"""
