"""The coordinator's side of aggregates: receive contributions, estimate, suppress, report.

inbox (the ``contribution`` inbox handler), store (tallies per week and unit), policy (the org's
aggregate settings), estimate and rates (unbiased counts and rates with intervals), suppression
(minimum group size, complementary suppression), report (what the dashboard and ``coordinator
report`` show) and simulation (the demo's and benchmarks' synthetic counselors). Plain Python,
no Qt. The wire format is privacy's (:mod:`wellcare.aggregate_format.schema`, ``received``).
"""
