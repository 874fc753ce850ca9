"""One table of method labels, with the wording the method's own texts use."""

from __future__ import annotations

from dialogtool.core.labels import (
    ACTION_STATUS,
    DOMAIN,
    KIND,
    QUADRANT_KIND,
    ROLE,
    explanation,
)
from dialogtool.core.record import (
    ActionStatus,
    Domain,
    LeaderRole,
    Locus,
    MeetingKind,
    Quadrant,
    Scope,
)


def test_one_wording_for_the_method_labels() -> None:
    assert KIND[MeetingKind.LEADERSHIP].get("da") == "Ledermøde"
    assert ACTION_STATUS[ActionStatus.CANCELLED].get("da") == "Opgivet"
    assert ROLE[LeaderRole.AFGRAENSER].get("en") == "Boundary-setter"
    assert DOMAIN[Domain.PERSONAL].get("da") == "Det personlige/æstetiske domæne"
    assert [QUADRANT_KIND[q].get("da") for q in Quadrant] == [
        "Afklarende spørgsmål",
        "Handlingsorienterede spørgsmål",
        "Fortidsrettede læringsspørgsmål",
        "Fremtidsrettede læringsspørgsmål",
    ]
    # The explanation axes are seen from the leader: direct influence or not.
    assert explanation(Locus.EXTERNAL, Scope.INDIVIDUAL).get("da") == (
        "Ekstern og individuel (uden for lederens direkte indflydelse, knyttet til én)"
    )
    assert "vores" not in explanation(Locus.INTERNAL, Scope.COLLECTIVE).get("da")
