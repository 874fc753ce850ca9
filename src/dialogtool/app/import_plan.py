"""The import decision: which mapping a file is read with, or that the leader must choose.

A file opened for import is read with, in this order: the mapping the team's
landscape remembers for the source, the mapping remembered for the source in
the shared mapping memory, or the mapping detection proposes when it is sure.
Otherwise the leader is asked (with the proposal preselected). The UI flow, the
CLI and the tests take the same decision here, without Qt. After the build, the
directions the team confirmed earlier are offered (``remembered_directions``), and
the leader's answer is put on the dataset (``with_directions``).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum

from dialogtool.core.importing import (
    ColumnMapping,
    ImportResult,
    MappingMemory,
    MappingProposal,
    SourceTable,
    propose_mapping,
)
from dialogtool.core.landscape import Landscape


class MappingOrigin(StrEnum):
    """Where the mapping of an import came from."""

    #: Remembered from an earlier file of the same source (the landscape's or the memory's).
    REMEMBERED = "remembered"
    #: Detected from the headers and cells, with confidence.
    DETECTED = "detected"
    #: The leader chose it (detection was unsure, or the leader corrected it).
    ASKED = "asked"


@dataclass(frozen=True)
class ImportPlan:
    """How to read one opened file: with ``mapping`` at once, or ask (``needs_choice``)."""

    origin: MappingOrigin
    #: The mapping to build with; None when the leader must choose.
    mapping: ColumnMapping | None
    #: What detection proposes: preselected in the mapping dialog when the leader is asked.
    proposal: MappingProposal | None = None

    @property
    def needs_choice(self) -> bool:
        return self.mapping is None


def plan_import(
    source: SourceTable, memory: MappingMemory | None, landscape: Landscape | None
) -> ImportPlan:
    """Decide how ``source`` is read: remembered mapping, a confident detection, or ask."""
    remembered = landscape.mapping_for(source) if landscape is not None else None
    if remembered is None and memory is not None:
        remembered = memory.recall(source)
    if remembered is not None:
        return ImportPlan(MappingOrigin.REMEMBERED, remembered)
    proposal = propose_mapping(source)
    if proposal.confident and proposal.mapping is not None:
        return ImportPlan(MappingOrigin.DETECTED, proposal.mapping, proposal)
    return ImportPlan(MappingOrigin.ASKED, None, proposal)


def correction_proposal(mapping: ColumnMapping) -> MappingProposal:
    """The mapping an import used, offered for correction in the mapping dialog."""
    return MappingProposal(mapping, confident=True)


def remembered_directions(result: ImportResult, landscape: Landscape | None) -> dict[str, bool]:
    """Indicator id -> higher is better, for the indicators whose direction the team confirmed."""
    if landscape is None:
        return {}
    found = {m.id: landscape.confirmed_direction(m.id) for m in result.dataset.indicators}
    return {key: value for key, value in found.items() if value is not None}


def with_directions(result: ImportResult, directions: dict[str, bool]) -> ImportResult:
    """``result`` with each indicator's direction as the leader confirmed it."""
    metas = [
        m.model_copy(update={"higher_is_better": directions.get(m.id, m.higher_is_better)})
        for m in result.dataset.indicators
    ]
    return replace(result, dataset=replace(result.dataset, indicators=metas))
