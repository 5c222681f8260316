"""The coordinator's floor dashboard: aggregate estimates, suppressed small groups, exports."""
