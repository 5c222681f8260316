"""Recovery breaks in the GUI: the feature (jobs, idle and call awareness), the overlay, My day."""
