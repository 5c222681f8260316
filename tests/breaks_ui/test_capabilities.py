"""The app's wiring of the typed breaks capabilities: privacy and other features get the service itself."""

from __future__ import annotations

from tests.breaks_ui.rig import at
from wellcare.ui.privacy.feature import PrivacyFeature


def test_privacys_weekly_inputs_read_the_breaks_service_not_a_services_lookup(make_rig) -> None:  # type: ignore[no-untyped-def]
    rig = make_rig()
    rig.run_until(at(10, 5))  # the 9:30 and 10:01 micro-breaks, taken through the overlay
    assert rig.ctx.capabilities.weekly_breaks is rig.feature.service
    assert rig.ctx.capabilities.protected_break is rig.feature.service
    privacy = PrivacyFeature(rig.ctx)
    privacy.start()
    try:
        assert privacy.inputs is not None
        assert privacy.inputs.inputs("2025-W10", None).breaks_taken == 2
    finally:
        privacy.stop()


def test_a_protected_break_asked_through_the_capability_opens_the_overlay(make_rig) -> None:  # type: ignore[no-untyped-def]
    rig = make_rig()
    rig.run_until(at(9, 0))
    protected = rig.ctx.capabilities.protected_break
    assert protected is not None
    protected.start_protected_break(15, None, "hard_call")
    assert rig.overlay_open() and rig.feature.overlay.spec.protected and rig.buttons() == ["end"]
    assert rig.feature.tooltip == "On a break"
