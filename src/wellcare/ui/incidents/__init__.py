"""Hard-call support: the dialog, the protected recovery pause, the rights, the journal, the report."""
