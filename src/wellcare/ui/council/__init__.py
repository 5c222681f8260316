"""The council view (role ``council``): centres × measures side by side, combined, and their trends."""
