"""The council of call centres: a common definition, signed centre reports, and their merge (Qt-free)."""
