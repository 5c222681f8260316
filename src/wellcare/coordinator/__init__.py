"""The coordinator role's composition: which inbox handlers its services register, and the dashboard's data.

Nothing here is a capability: handlers lists each capability's inbox ``register`` (EAP, aggregates,
programs), and dashboard_data puts the aggregates report beside the EAP office's request counts.
"""
