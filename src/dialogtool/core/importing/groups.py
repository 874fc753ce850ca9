"""Which groups are teams, which the organisation's total, which a benchmark to compare with.

Exports list "I alt" or "Hele kommunen" beside the teams, and StatBank and
Jobindsats add "Hele landet", a region or "Landsgennemsnit". The total is the
organisational yardstick, a named comparison group the benchmark series; neither
is one more team.
"""

from __future__ import annotations

import re

from dialogtool.core.dataset import GroupRole

_TOTAL = re.compile(
    r"^(i alt|total|totals|totalt|alle|alle i alt|samlet|samlet total|sum|hovedtotal|grand total|"
    r"total i alt|totalsum|hele kommunen|kommunen( i alt)?|"
    r"hele (afdelingen|centret|jobcentret|organisationen|forvaltningen)|all|overall|"
    r"alle (afdelinger|teams|områder|enheder|jobcentre))$|\bi alt$|\btotal$",
    re.IGNORECASE,
)
_BENCHMARK = re.compile(
    r"^(hele landet|landet|landsplan|landstal|landsgennemsnit(tet)?|gennemsnit|danmark|"
    r"landsdel\b.*|region\b.*|regionen|sammenlign\w*\b.*|klynge\b.*|national|"
    r"whole country|country average|national average|benchmark)$",
    re.IGNORECASE,
)


def group_role(name: str) -> GroupRole:
    text = " ".join(name.split())
    if not text:
        return "team"
    if _BENCHMARK.match(text):
        return "benchmark"
    if _TOTAL.search(text):
        return "total"
    return "team"


def group_roles(names: list[str]) -> dict[str, GroupRole]:
    """The groups that are not teams, with their role; teams are left out (the default).

    A pivot with a subtotal per area ("Nord I alt", "Syd Total") before its grand total
    ("Hovedtotal") has several totals: the grand total is the yardstick, and each subtotal is a
    comparison group - never a team, and never added up with the teams it already sums.
    """
    roles = {name: group_role(name) for name in names}
    totals = [name for name, role in roles.items() if role == "total"]
    grand = [name for name in totals if not is_subtotal(name)]
    if len(totals) > 1 and grand:
        for name in totals:
            if name not in grand:
                roles[name] = "benchmark"
    return {name: role for name, role in roles.items() if role != "team"}


def is_subtotal(name: str) -> bool:
    """A total of one part ("Nord I alt", "Syd Total"), not a bare "I alt" or "Hovedtotal"."""
    text = " ".join(name.split())
    return group_role(text) == "total" and not _TOTAL.match(text)
