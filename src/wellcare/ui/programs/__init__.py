"""Healing programs in the GUI: the player, the Programs page (exercises, programs, org offers), the feature."""
