"""The leader's workspace: their meetings, the index of them, the library and the data's memory.

One object the desktop app, the command line and the tests share. Each of the
user's actions on meetings is a plain method here (new meeting, next in the
series, open, rehearse, rename, duplicate, move to the bin, restore, recover
unsaved work); each write keeps the history index current, so no screen has to
remember to. Nothing here imports Qt.

Failures are raised as they come (``RecordLoadError``, ``OSError``, ``BinError`` ...);
the screen that asked tells the user.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from dialogtool.core import locks, recovery
from dialogtool.core.history import HistoryIndex
from dialogtool.core.lang import LANGS
from dialogtool.core.paths import bin_dir, landscapes_dir, meetings_dir
from dialogtool.core.record_file import check_id as safe_id
from dialogtool.core.store import ConflictError, RecordLoadError, RecordStore
from dialogtool.core.template_choices import TemplateChoice, quick_choices

# What only an action needs is imported in it, so the start screen paints without it.
if TYPE_CHECKING:
    from dialogtool.core import retention
    from dialogtool.core.importing.memory import MappingMemory
    from dialogtool.core.landscape import LandscapeStore
    from dialogtool.core.lang import Lang
    from dialogtool.core.library import Library
    from dialogtool.core.locks import Holder
    from dialogtool.core.meeting_files import BinEntry
    from dialogtool.core.record import ActionStatus, MeetingRecord
    from dialogtool.core.store import LoadProblem
    from dialogtool.core.user_library import LibraryProblem


class UnknownTemplateError(LookupError):
    """No template (bundled or the user's own) has this id."""


@dataclass(frozen=True)
class Opened:
    """A meeting opened for work; ``other`` is who else has it open (on another computer)."""

    record: MeetingRecord
    other: Holder | None


class Workspace:
    """The meetings folder, its index, the library, the landscapes and the mapping memory."""

    def __init__(self, data_dir: Path, lang: Lang = "da") -> None:
        self.data_dir = data_dir
        self.lang: Lang = lang
        self.store = RecordStore(meetings_dir(data_dir))
        #: Every meeting, searchable: the start screen lists meetings from it.
        self.history = HistoryIndex.for_folder(self.store.folder)

    @cached_property
    def library(self) -> Library:
        """Bundled plus the user's questions and templates, validated (made when first used).

        The start screen lists templates without it (``template_choices``), so its
        models (pydantic) load after the first paint, with the first action that needs them.
        """
        from dialogtool.core.library import Library

        return Library(self.data_dir)

    def template_choices(self) -> list[TemplateChoice]:
        """The templates *Nyt møde* offers: favourites first, hidden ones left out."""
        if not self._library_made():
            quick = quick_choices(self.data_dir)
            if quick is not None:
                return quick
        library = self.library
        return [
            TemplateChoice(
                id=t.id,
                names={lang: t.name.get(lang) for lang in LANGS},
                duration_minutes=t.duration_minutes,
                favourite=library.is_favourite_template(t.id),
            )
            for t in library.templates()
        ]

    def library_problems(self) -> tuple[LibraryProblem, ...]:
        """The user's library files that could not be used (none unless the library was made:
        it is made whenever the user has files of their own, see ``template_choices``)."""
        return self.library.problems if self._library_made() else ()

    def reload_library(self) -> None:
        """Read the user's library files again (if the library was made; else it reads them then)."""
        if self._library_made():
            self.library.reload()

    def _library_made(self) -> bool:
        return "library" in self.__dict__  # ``cached_property`` keeps it there

    @cached_property
    def landscapes(self) -> LandscapeStore:
        from dialogtool.core.landscape import LandscapeStore

        return LandscapeStore(landscapes_dir(self.data_dir))

    @cached_property
    def mapping_memory(self) -> MappingMemory:
        from dialogtool.core.importing.memory import MappingMemory

        return MappingMemory.in_data_dir(self.data_dir)

    @property
    def bin_folder(self) -> Path:
        return bin_dir(self.store.folder.parent)

    # -- the index ------------------------------------------------------------------------
    def refresh(self) -> list[LoadProblem]:
        """Bring the index up to date; files it cannot read are moved aside and named."""
        self.history.sync()
        problems = [self.store.quarantine(p) for p in self.history.problems()]
        if any(p.moved_to for p in problems):
            self.history.sync()  # they have left the meetings folder
        return problems

    def _written(self, path: Path | None = None) -> None:
        if path is not None:
            self.history.refresh_file(path)
        else:
            self.history.sync()

    # -- new meetings ---------------------------------------------------------------------
    def new_meeting(
        self,
        template_id: str,
        team: str = "",
        *,
        dataset_source: str = "",
        dataset_sha256: str = "",
    ) -> MeetingRecord:
        """A new meeting, saved; with a team that met before in this kind, the next in its series."""
        from dialogtool.core import meeting, series
        from dialogtool.core.record_types import MeetingKind, PhaseId

        template = self.library.template(template_id)
        if template is None:
            raise UnknownTemplateError(template_id)
        if template.kind == MeetingKind.ONE_TO_ONE:
            team = ""  # the employee: the leader names them and chooses whose numbers are shown
        last = self.history.last_with(template.kind, team)
        previous = self._quiet_load(last.id) if last is not None else None
        picks = self.library.template_picks(template, PhaseId.TOMM)
        if previous is not None:
            record = series.next_meeting(previous, template, self.lang, tomm_picks=picks)
        else:
            record = meeting.new_meeting(template, self.lang, team=team, tomm_picks=picks)
        return self._save_new(record, dataset_source, dataset_sha256)

    def next_in_series(
        self, previous_id: str, *, dataset_source: str = "", dataset_sha256: str = ""
    ) -> MeetingRecord:
        """The next meeting after ``previous_id``, from its template (else the follow-up)."""
        from dialogtool.core import series
        from dialogtool.core.record_types import PhaseId

        previous = self.store.load(safe_id(previous_id))
        template = self.library.template(previous.template_id or "") or self.library.template(
            "follow-up"
        )
        if template is None:
            raise UnknownTemplateError(previous.template_id or "follow-up")
        picks = self.library.template_picks(template, PhaseId.TOMM)
        record = series.next_meeting(previous, template, self.lang, tomm_picks=picks)
        return self._save_new(record, dataset_source, dataset_sha256)

    def _quiet_load(self, record_id: str) -> MeetingRecord | None:
        try:
            return self.store.load(safe_id(record_id))
        except (RecordLoadError, ValueError):
            return None  # named on the start screen; the new meeting starts afresh

    def _save_new(
        self, record: MeetingRecord, dataset_source: str, dataset_sha256: str
    ) -> MeetingRecord:
        from dialogtool.core import review
        from dialogtool.core.actions import earlier_meetings

        if dataset_source:  # the numbers loaded now; else the series' last source
            record.dataset_source = dataset_source
            record.dataset_sha256 = dataset_sha256
        if record.series_id is not None:
            review.gather(record, earlier_meetings(self.store, self.history, record))
        self._written(self.store.save(record))
        return record

    # -- opening --------------------------------------------------------------------------
    def open(self, record_id: str) -> Opened:
        """Load a meeting to work on and hold its lock (``other``: who else has it open)."""
        record = self.store.load(safe_id(record_id))
        return Opened(record, self.hold(record.id))

    def hold(self, record_id: str) -> Holder | None:
        """Hold the meeting's lock while it is open here; who else holds it, if anyone."""
        return locks.acquire(self.store.folder, safe_id(record_id))

    def close(self, record_id: str) -> None:
        """Let go of the meeting's lock (its last edits are saved by then)."""
        locks.release(self.store.folder, safe_id(record_id))

    def rehearse(self, record_id: str) -> MeetingRecord:
        """A copy of a prepared meeting to walk through; it is never saved."""
        from dialogtool.core import meeting
        from dialogtool.core.record_types import MeetingStatus

        copy = self.store.load(safe_id(record_id)).model_copy(deep=True)
        copy.status = MeetingStatus.PLANNED
        copy.current_phase = None
        meeting.reset_clock(copy)  # a rehearsal starts with the meeting's full time
        return copy

    def with_indicator(self, indicator_id: str) -> list[MeetingRecord]:
        """The meetings that looked at an indicator, oldest first (unreadable ones left out)."""
        records = []
        for entry in self.history.with_indicator(indicator_id):
            try:
                records.append(self.store.load(safe_id(entry.id)))
            except (RecordLoadError, ValueError):
                continue
        return records

    def team_records(self, team: str) -> list[MeetingRecord]:
        """The meetings held with ``team``, as saved (unreadable ones left out)."""
        wanted = " ".join(team.split()).casefold()
        found = []
        for entry in self.history.meetings():
            if " ".join(entry.team.split()).casefold() != wanted:
                continue
            if (record := self._quiet_load(entry.id)) is not None:
                found.append(record)
        return found

    def follows_earlier(self, record: MeetingRecord) -> list[MeetingRecord]:
        """The earlier meetings of the series whose actions this one reviews."""
        from dialogtool.core.actions import earlier_meetings

        return earlier_meetings(self.store, self.history, record)

    # -- actions across meetings ------------------------------------------------------------
    def update_action(
        self,
        meeting_id: str,
        action_id: str,
        *,
        status: ActionStatus | None = None,
        due: date | None = None,
        clear_due: bool = False,
    ) -> MeetingRecord:
        """Change an action's status or due date in the meeting it belongs to."""
        from dialogtool.core import actions

        record = actions.update_action(
            self.store, meeting_id, action_id, status=status, due=due, clear_due=clear_due
        )
        self._written(self.store.path_for(record.id))
        return record

    # -- the files --------------------------------------------------------------------------
    def rename(self, record_id: str, title: str) -> MeetingRecord:
        from dialogtool.core import meeting_files

        record = meeting_files.rename(self.store, record_id, title)
        self._written(self.store.path_for(record.id))
        return record

    def duplicate(self, record_id: str, title: str) -> MeetingRecord:
        from dialogtool.core import meeting_files

        record = meeting_files.duplicate(self.store, record_id, title)
        self._written(self.store.path_for(record.id))
        return record

    def move_to_bin(self, record_id: str, now: datetime | None = None) -> Path:
        """Move the meeting into the bin (a folder beside the meetings), restorable."""
        from dialogtool.core import meeting_files
        from dialogtool.core.record_types import utc_now

        path = meeting_files.move_to_bin(self.store, record_id, self.bin_folder, now or utc_now())
        self._written()
        return path

    # -- the records duties: insight and deletion by age ----------------------------------
    def kept_records(self) -> list[tuple[Path, MeetingRecord, bool]]:
        """Every readable meeting, the bin's included (True), for an access request."""
        from dialogtool.core import insight

        return insight.kept_records(self.store, self.bin_folder)

    def retention_plan(self, age: retention.Age, today: date) -> list[retention.Doomed]:
        """The meetings held before ``age`` ago, as a preview; nothing moves yet."""
        from dialogtool.core import retention

        return retention.plan(self.store.scan().records, age, today)

    def move_plan_to_bin(
        self, doomed: list[retention.Doomed], now: datetime | None = None
    ) -> tuple[list[Path], list[tuple[retention.Doomed, Exception]]]:
        """Move the previewed meetings to the bin (restorable); the index follows."""
        from dialogtool.core import retention
        from dialogtool.core.record_types import utc_now

        moved, failed = retention.move_plan_to_bin(
            self.store, doomed, self.bin_folder, now or utc_now()
        )
        self._written()
        return moved, failed

    def bin(self) -> list[BinEntry]:
        """What the bin holds, most recently deleted first."""
        from dialogtool.core import meeting_files

        return meeting_files.bin_entries(self.bin_folder)

    def restore(self, record_id: str) -> Path:
        """Take a meeting out of the bin (the newest copy of it there)."""
        from dialogtool.core import meeting_files

        entry = next((e for e in self.bin() if e.record_id == record_id), None)
        if entry is None:
            raise meeting_files.BinError(f"{record_id} is not in the bin")
        return self.restore_entry(entry)

    def restore_entry(self, entry: BinEntry) -> Path:
        """Take this copy out of the bin; refused when a meeting with its id exists again."""
        from dialogtool.core import meeting_files

        path = meeting_files.restore(self.store, entry)
        self._written(path)
        return path

    def unsaved(self) -> list[MeetingRecord]:
        """Work kept aside while saving failed, waiting to be put back."""
        return [item.record for item in recovery.pending()]

    def recover_unsaved(self) -> list[Exception]:
        """Put back work kept while saving failed; what could not be put back.

        A meeting saved elsewhere since becomes a conflict copy beside it.
        """
        failures: list[Exception] = []
        for item in recovery.pending():
            try:
                self.store.restore(item.record)
            except Exception as exc:  # ConflictError keeps it as a copy; others are told
                failures.append(exc)
                if not isinstance(exc, ConflictError):
                    continue
            recovery.discard(item)
        self._written()
        return failures
