"""The EAP office's inbox, shared by every capability that sends to the office (infrastructure).

dispatcher (the generic import loop: kinds, quarantine, replay and size guards, the handler
registry), keys_store (the office's own key pair and its policy file, coordinator side) and
pinning (the office keys a counselor trusts, counselor side). No capability lives here: EAP
requests, contributions and enrollments plug in through handlers registered by the coordinator's
composition (:mod:`wellcare.coordinator.handlers`).
"""
