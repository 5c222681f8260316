"""The coordinator's side of aggregates: receive contributions, estimate, suppress, report.

inbox (the ``contribution`` inbox handler), store (tallies per week and unit), policy (the org's
aggregate settings), estimate and rates (unbiased counts and rates with intervals), suppression
(minimum group size, filter check), partition (each week's counts suppressed, complements drawn
with the office's secret), eap_counts (EAP requests per fixed 4-week block, and ranges of whole
blocks), report (what the dashboard and ``coordinator report`` show; docs/AGGREGATES.md) and
simulation (the demo's and benchmarks' synthetic counselors). Plain Python, no Qt. The wire
format is privacy's (:mod:`wellcare.aggregate_format.schema`, ``received``).
"""
