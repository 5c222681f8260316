"""Which capabilities each role's app runs, in navigation order.

Every feature module is imported inside ``features_for``, not at the top: the tray app imports this
module before its icon is shown (issue #16), and a counselor's workstation never loads the
coordinator's dashboard and inbox, nor the coordinator's the counselor's pages.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from wellcare.ui.feature import AppContext, Feature


def features_for(role: str) -> tuple[Callable[[AppContext], Feature], ...]:
    """The capabilities of a role, in navigation order; each takes the AppContext and nothing else.

    Imported here, not at the top: a counselor's workstation never loads the coordinator's
    dashboard and inbox, and the coordinator's never loads the counselor's pages.
    """
    if role == "council":
        from wellcare.ui.council.feature import CouncilFeature

        return (CouncilFeature,)
    if role == "coordinator":
        from wellcare.ui.dashboard.feature import DashboardFeature
        from wellcare.ui.eap.coordinator_feature import CoordinatorInboxFeature
        from wellcare.ui.incidents.notice_office import CoordinatorNoticesFeature
        from wellcare.ui.programs.coordinator_enrollments import CoordinatorEnrollmentsFeature

        return (CoordinatorInboxFeature, CoordinatorNoticesFeature, DashboardFeature, CoordinatorEnrollmentsFeature)
    from wellcare.ui.assess.attachments import assessment_summary_source
    from wellcare.ui.assess.feature import AssessFeature
    from wellcare.ui.breaks.feature import BreaksFeature
    from wellcare.ui.eap.feature import EapFeature
    from wellcare.ui.incidents.feature import IncidentsFeature
    from wellcare.ui.incidents.legal import LegalAttachments
    from wellcare.ui.privacy.feature import PrivacyFeature
    from wellcare.ui.programs.feature import ProgramsFeature
    from wellcare.ui.surge.feature import SurgeFeature

    def eap_with_attachments(ctx: AppContext) -> EapFeature:
        """The EAP form offers, each unticked, the latest self-check results and the hard calls' records."""
        assert ctx.services is not None
        legal = LegalAttachments(ctx.services.incidents.incidents, ctx.clock)
        return EapFeature(ctx, sources=(assessment_summary_source(ctx.services.assess), legal))

    return (
        BreaksFeature,
        AssessFeature,
        IncidentsFeature,
        ProgramsFeature,
        eap_with_attachments,
        PrivacyFeature,
        SurgeFeature,
    )
