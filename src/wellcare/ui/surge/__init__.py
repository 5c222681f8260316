"""Surge mode in the counselor\x27s app: the notice\x27s banner on Today and in the tray tooltip."""
