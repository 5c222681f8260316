"""Self-assessments in the GUI: the questionnaire wizard, results, safety panel, trends, check-in."""
