"""The history index: every meeting, searchable, without reading every record each time.

The JSON records stay the truth. The index is a SQLite database (FTS5 for the
text) in the user's cache folder, one per meetings folder; ``sync`` compares
each file's size and modification time with what was indexed and re-reads only
the files that changed, so a record edited by another program (a sync tool, a
colleague) is found by its new text. A file that cannot be read is kept in the
index as a problem until it changes. The index is never needed to open a
record: if it cannot be opened it lives in memory, and a damaged one is rebuilt.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Final

from dialogtool.core.atomic import ensure_private_dir
from dialogtool.core.paths import cache_dir
from dialogtool.core.record_types import ActionStatus, MeetingKind, MeetingStatus
from dialogtool.core.store import (
    RECORD_PREFIX,
    RECORD_SUFFIX,
    LoadProblem,
    ProblemKind,
    RecordLoadError,
    load_record,
)

if TYPE_CHECKING:  # the models load when a changed file is read, not to list meetings
    from dialogtool.core.record import MeetingRecord

#: Bumped when the tables change; an index of another version is rebuilt.
INDEX_VERSION: Final = 1
#: How long an instance waits for another that is creating or updating the index.
_BUSY_WAIT_S = 30.0

_SCHEMA = """
CREATE TABLE meetings (
    name TEXT PRIMARY KEY, mtime_ns INTEGER NOT NULL, size INTEGER NOT NULL,
    id TEXT, revision INTEGER, title TEXT, team TEXT, kind TEXT, status TEXT,
    scheduled_at TEXT, follow_up TEXT, series_id TEXT, previous_id TEXT,
    template_id TEXT, open_actions INTEGER, problem_kind TEXT, problem_detail TEXT
);
CREATE TABLE actions (
    name TEXT NOT NULL, meeting_id TEXT NOT NULL, action_id TEXT NOT NULL,
    position INTEGER NOT NULL, text TEXT, owner TEXT, due TEXT, status TEXT,
    indicator_id TEXT, indicator_name TEXT, review_status TEXT, review_comment TEXT
);
CREATE INDEX actions_name ON actions(name);
CREATE TABLE indicators (name TEXT NOT NULL, indicator_id TEXT NOT NULL, label TEXT);
CREATE INDEX indicators_name ON indicators(name);
CREATE VIRTUAL TABLE texts USING fts5(
    name UNINDEXED, title, team, participants, notes, questions, actions, explanations,
    tokenize = 'unicode61'
);
"""


@dataclass(frozen=True)
class MeetingEntry:
    """What the start screen and the search show of a meeting, read from the index."""

    folder: Path
    name: str  # the file's name in ``folder``
    id: str
    revision: int
    title: str
    team: str
    kind: MeetingKind
    status: MeetingStatus
    scheduled_at: datetime
    follow_up: date | None
    series_id: str | None
    previous_id: str | None
    template_id: str | None
    open_actions: int

    @property
    def path(self) -> Path:
        return self.folder / self.name


@dataclass(frozen=True)
class ActionEntry:
    """One action item of any meeting, with the meeting it belongs to."""

    meeting: MeetingEntry
    action_id: str
    text: str
    owner: str
    due: date | None
    status: ActionStatus
    indicator_id: str | None
    indicator_name: str
    #: The latest follow-up in a later meeting ("" when none).
    review_status: str
    review_comment: str

    def overdue(self, today: date) -> bool:
        return self.status == ActionStatus.OPEN and self.due is not None and self.due < today

    def due_today(self, today: date) -> bool:
        return self.status == ActionStatus.OPEN and self.due == today


@dataclass(frozen=True)
class SyncResult:
    read: int  # files (re-)read from disk now
    removed: int


def index_path(meetings_folder: Path, root: Path | None = None) -> Path:
    """The index file of one meetings folder (several data folders never share one)."""
    key = hashlib.sha256(str(meetings_folder.resolve()).encode("utf-8")).hexdigest()[:16]
    return (root or cache_dir()) / "history" / f"index-{key}.sqlite3"


def _connect(path: Path | None) -> sqlite3.Connection:
    if path is None:
        return sqlite3.connect(":memory:")
    ensure_private_dir(path.parent)  # every missing parent too, whatever the umask
    connection = sqlite3.connect(path, timeout=_BUSY_WAIT_S)
    connection.execute("PRAGMA user_version").fetchone()  # creates the file
    path.chmod(0o600)  # the index holds the meetings' words: as private as the records
    return connection


def _prepared(connection: sqlite3.Connection) -> sqlite3.Connection:
    """Create (or rebuild) the tables once, under SQLite's write lock.

    Two instances starting at once with no index both saw version 0, and one
    dropped the tables the other had just made (``no such table``). Now the
    check and the creation are one ``BEGIN IMMEDIATE`` transaction: the second
    instance waits for the first and then finds the tables made.
    """
    connection.execute("BEGIN IMMEDIATE")
    try:
        (version,) = connection.execute("PRAGMA user_version").fetchone()
        if version != INDEX_VERSION:
            for (table,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type IN ('table')"
                " AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'texts_%'"
            ).fetchall():
                connection.execute(f'DROP TABLE IF EXISTS "{table}"')
            for statement in _SCHEMA.split(";"):  # executescript would commit first
                if statement.strip():
                    connection.execute(statement)
            connection.execute(f"PRAGMA user_version = {INDEX_VERSION}")
        connection.commit()
    except BaseException:
        connection.rollback()
        raise
    return connection


class HistoryIndex:
    """The index of one meetings folder. Not thread-safe; one owner (the UI or a command)."""

    def __init__(self, folder: Path, db_path: Path | None = None) -> None:
        self.folder = folder
        self.db_path = db_path
        self.connection = self._open(db_path)

    @classmethod
    def for_folder(cls, folder: Path) -> HistoryIndex:
        return cls(folder, index_path(folder))

    @staticmethod
    def _open(db_path: Path | None) -> sqlite3.Connection:
        try:
            return _prepared(_connect(db_path))
        except sqlite3.OperationalError:  # locked by another instance for long: not damaged
            pass
        except sqlite3.DatabaseError:  # damaged: start again from the records
            if db_path is not None:
                try:
                    db_path.unlink()
                    return _prepared(_connect(db_path))
                except (OSError, sqlite3.Error):
                    pass
        except OSError:
            pass
        return _prepared(_connect(None))

    def close(self) -> None:
        self.connection.close()

    # -- keeping up with the folder ---------------------------------------------------
    def _on_disk(self) -> dict[str, tuple[int, int]]:
        found: dict[str, tuple[int, int]] = {}
        try:
            entries = list(os.scandir(self.folder))
        except OSError:
            return found
        for entry in entries:
            name = entry.name
            if name.startswith(".") or not name.endswith(RECORD_SUFFIX):
                continue
            try:
                info = entry.stat()
            except OSError:
                continue
            found[name] = (info.st_mtime_ns, info.st_size)
        return found

    def sync(self) -> SyncResult:
        """Re-read the files that changed since they were indexed; forget the removed ones."""
        disk = self._on_disk()
        known = {
            name: (mtime, size)
            for name, mtime, size in self.connection.execute(
                "SELECT name, mtime_ns, size FROM meetings"
            )
        }
        changed = [name for name, stamp in disk.items() if known.get(name) != stamp]
        gone = [name for name in known if name not in disk]
        with self.connection:
            for name in gone:
                self._forget(name)
            for name in changed:
                self._index_file(name, disk[name])
        return SyncResult(read=len(changed), removed=len(gone))

    def refresh_file(self, path: Path) -> None:
        """Index one file now (after the app wrote it), whatever its timestamps say."""
        try:
            info = path.stat()
        except OSError:
            with self.connection:
                self._forget(path.name)
            return
        with self.connection:
            self._index_file(path.name, (info.st_mtime_ns, info.st_size))

    def _forget(self, name: str) -> None:
        for table in ("meetings", "actions", "indicators", "texts"):
            self.connection.execute(f"DELETE FROM {table} WHERE name = ?", (name,))

    def _index_file(self, name: str, stamp: tuple[int, int]) -> None:
        self._forget(name)
        mtime, size = stamp
        try:
            record = load_record(self.folder / name)
        except RecordLoadError as exc:
            self.connection.execute(
                "INSERT INTO meetings (name, mtime_ns, size, problem_kind, problem_detail)"
                " VALUES (?, ?, ?, ?, ?)",
                (name, mtime, size, exc.problem.kind.value, exc.problem.detail),
            )
            return
        self._insert(name, mtime, size, record)

    def _insert(self, name: str, mtime: int, size: int, record: MeetingRecord) -> None:
        open_actions = sum(
            1 for a in record.action_items if a.status == ActionStatus.OPEN and a.text
        )
        self.connection.execute(
            "INSERT INTO meetings VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,NULL,NULL)",
            (
                name,
                mtime,
                size,
                record.id,
                record.revision,
                record.title,
                record.team,
                record.kind.value,
                record.status.value,
                record.scheduled_at.isoformat(),
                record.follow_up.isoformat() if record.follow_up else None,
                record.series_id,
                record.previous_id,
                record.template_id,
                open_actions,
            ),
        )
        names = {d.indicator_id: d.snapshot.name for d in record.indicators if d.snapshot}
        self.connection.executemany(
            "INSERT INTO indicators VALUES (?, ?, ?)",
            [(name, d.indicator_id, names.get(d.indicator_id, "")) for d in record.indicators],
        )
        rows = []
        for position, action in enumerate(record.action_items):
            last = action.follow_ups[-1] if action.follow_ups else None
            rows.append(
                (
                    name,
                    record.id,
                    action.id,
                    position,
                    action.text,
                    action.owner,
                    action.due.isoformat() if action.due else None,
                    action.status.value,
                    action.indicator_id,
                    names.get(action.indicator_id or "", ""),
                    last.status.value if last else "",
                    last.comment if last else "",
                )
            )
        self.connection.executemany("INSERT INTO actions VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", rows)
        self.connection.execute(
            "INSERT INTO texts VALUES (?, ?, ?, ?, ?, ?, ?, ?)", (name, *_texts(record))
        )

    # -- reading ----------------------------------------------------------------------
    _MEETING_COLUMNS = (
        "m.name, m.id, m.revision, m.title, m.team, m.kind, m.status, m.scheduled_at,"
        " m.follow_up, m.series_id, m.previous_id, m.template_id, m.open_actions"
    )

    def _entry(self, row: tuple[object, ...]) -> MeetingEntry:
        name, mid, revision, title, team, kind, status, when, follow_up, series, prev, tmpl, n = row
        return MeetingEntry(
            folder=self.folder,
            name=str(name),
            id=str(mid),
            revision=int(str(revision)),
            title=str(title or ""),
            team=str(team or ""),
            kind=MeetingKind(str(kind)),
            status=MeetingStatus(str(status)),
            scheduled_at=datetime.fromisoformat(str(when)),
            follow_up=date.fromisoformat(str(follow_up)) if follow_up else None,
            series_id=str(series) if series else None,
            previous_id=str(prev) if prev else None,
            template_id=str(tmpl) if tmpl else None,
            open_actions=int(str(n)),
        )

    def meetings(self) -> list[MeetingEntry]:
        """Every readable meeting, newest first."""
        return self.search()

    def problems(self) -> list[LoadProblem]:
        """The files that could not be read, and copies of a record under another name
        (a sync tool's conflict copy, a file copied by hand), as the store names them."""
        unreadable = [
            LoadProblem(self.folder / name, ProblemKind(kind), detail or "")
            for name, kind, detail in self.connection.execute(
                "SELECT name, problem_kind, problem_detail FROM meetings"
                " WHERE problem_kind IS NOT NULL ORDER BY name"
            )
        ]
        copies = [
            LoadProblem(
                self.folder / name, ProblemKind.COPY, f"{RECORD_PREFIX}{rid}{RECORD_SUFFIX}"
            )
            for name, rid in self.connection.execute(
                "SELECT name, id FROM meetings WHERE id IN"
                " (SELECT id FROM meetings WHERE id IS NOT NULL GROUP BY id HAVING count(*) > 1)"
                " ORDER BY name"
            )
            if name != f"{RECORD_PREFIX}{rid}{RECORD_SUFFIX}"
        ]
        return unreadable + copies

    def search(
        self,
        text: str = "",
        *,
        participant: str = "",
        team: str = "",
        kind: MeetingKind | None = None,
        since: date | None = None,
        until: date | None = None,
        limit: int | None = None,
    ) -> list[MeetingEntry]:
        """Meetings matching every criterion given, newest first.

        ``text`` matches words (or their beginnings) anywhere in the meeting's
        title, team, participants, notes, questions, actions and explanations;
        ``participant`` only among the participants; ``team`` exactly (any case).
        """
        where = ["m.problem_kind IS NULL"]
        args: list[object] = []
        query = _match(text)
        people = _match(participant)
        if query or people:
            parts = [q for q in (query, f"participants : ({people})" if people else "") if q]
            where.append("m.name IN (SELECT name FROM texts WHERE texts MATCH ?)")
            args.append(" AND ".join(f"({p})" for p in parts))
        if team.strip():
            where.append("lower(m.team) = lower(?)")
            args.append(team.strip())
        if kind is not None:
            where.append("m.kind = ?")
            args.append(kind.value)
        if since is not None:
            where.append("substr(m.scheduled_at, 1, 10) >= ?")
            args.append(since.isoformat())
        if until is not None:
            where.append("substr(m.scheduled_at, 1, 10) <= ?")
            args.append(until.isoformat())
        sql = (
            f"SELECT {self._MEETING_COLUMNS} FROM meetings m WHERE {' AND '.join(where)}"
            " ORDER BY m.scheduled_at DESC"
        )
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return [self._entry(row) for row in self.connection.execute(sql, args)]

    def entry(self, meeting_id: str) -> MeetingEntry | None:
        rows = self.connection.execute(
            f"SELECT {self._MEETING_COLUMNS} FROM meetings m WHERE m.id = ?"
            " AND m.problem_kind IS NULL",
            (meeting_id,),
        ).fetchall()
        return self._entry(rows[0]) if rows else None

    def teams(self) -> list[str]:
        return [
            str(team)
            for (team,) in self.connection.execute(
                "SELECT DISTINCT team FROM meetings WHERE team != '' ORDER BY team"
            )
        ]

    def actions(self) -> list[ActionEntry]:
        """Every action item with a text, by the meeting's date (newest first) and position."""
        return self._actions("")

    def due(self, today: date, *, overdue: bool, limit: int | None = None) -> list[ActionEntry]:
        """Open actions due today (or, ``overdue``, before today), the oldest due first.

        Cheap whatever the history's size: the start screen asks on every showing.
        """
        condition = " AND a.status = 'open' AND a.due " + ("< ?" if overdue else "= ?")
        order = "a.due, m.scheduled_at DESC, a.position"
        return self._actions(condition, today.isoformat(), order=order, limit=limit)

    def count_due(self, today: date) -> tuple[int, int]:
        """How many open actions are due today, and how many are overdue."""
        (on_day, late) = self.connection.execute(
            "SELECT count(CASE WHEN a.due = ? THEN 1 END), count(CASE WHEN a.due < ? THEN 1 END)"
            " FROM actions a JOIN meetings m ON m.name = a.name"
            " WHERE a.text != '' AND a.status = 'open'",
            (today.isoformat(), today.isoformat()),
        ).fetchone()
        return int(on_day), int(late)

    def _actions(
        self,
        condition: str,
        *args: object,
        order: str = "m.scheduled_at DESC, a.position",
        limit: int | None = None,
    ) -> list[ActionEntry]:
        rows = self.connection.execute(
            "SELECT a.name, a.action_id, a.text, a.owner, a.due, a.status, a.indicator_id,"
            " a.indicator_name, a.review_status, a.review_comment FROM actions a"
            " JOIN meetings m ON m.name = a.name WHERE a.text != ''"
            f"{condition} ORDER BY {order}" + (f" LIMIT {int(limit)}" if limit else ""),
            args,
        ).fetchall()
        wanted = sorted({str(row[0]) for row in rows})
        meetings: dict[str, MeetingEntry] = {}
        for start in range(0, len(wanted), 500):  # SQLite's limit on parameters
            chunk = wanted[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for row in self.connection.execute(
                f"SELECT {self._MEETING_COLUMNS} FROM meetings m WHERE m.name IN ({marks})", chunk
            ):
                meetings[str(row[0])] = self._entry(row)
        result = []
        for row in rows:
            name, action_id, text, owner, due, status, indicator, label, review, comment = row
            result.append(
                ActionEntry(
                    meeting=meetings[name],
                    action_id=action_id,
                    text=text,
                    owner=owner or "",
                    due=date.fromisoformat(due) if due else None,
                    status=ActionStatus(status),
                    indicator_id=indicator,
                    indicator_name=label or "",
                    review_status=review or "",
                    review_comment=comment or "",
                )
            )
        return result

    def series(self, series_id: str) -> list[MeetingEntry]:
        """The meetings of a series, oldest first (the first meeting's id names the series)."""
        rows = self.connection.execute(
            f"SELECT {self._MEETING_COLUMNS} FROM meetings m WHERE m.problem_kind IS NULL"
            " AND (m.series_id = ? OR m.id = ?) ORDER BY m.scheduled_at",
            (series_id, series_id),
        )
        return [self._entry(row) for row in rows]

    def last_with(self, kind: MeetingKind, team: str) -> MeetingEntry | None:
        """The newest meeting of this kind with this team or person ("" never matches)."""
        if not team.strip():
            return None
        found = self.search(team=team, kind=kind, limit=1)
        return found[0] if found else None

    def with_indicator(self, indicator_id: str) -> list[MeetingEntry]:
        """Meetings that looked at an indicator, oldest first."""
        names = {
            str(name)
            for (name,) in self.connection.execute(
                "SELECT name FROM indicators WHERE indicator_id = ?", (indicator_id,)
            )
        }
        return sorted((e for e in self.meetings() if e.name in names), key=lambda e: e.scheduled_at)

    def indicators(self) -> list[tuple[str, str]]:
        """Every indicator some meeting looked at: (id, name), by name."""
        rows = self.connection.execute(
            "SELECT indicator_id, max(label) FROM indicators GROUP BY indicator_id"
            " ORDER BY max(label), indicator_id"
        )
        return [(str(i), str(label or i)) for i, label in rows]


def _match(text: str) -> str:
    """User words as an FTS5 query: every word, as a prefix, quoted (no query syntax)."""
    words = [w for w in text.replace('"', " ").split() if w]
    return " ".join(f'"{w}"*' for w in words)


def _texts(record: MeetingRecord) -> tuple[str, ...]:
    """The searchable words of a record by column (private notes included: it is the leader's)."""
    notes = [*record.phase_notes.values(), *record.private_notes.values()]
    notes += [record.fup.purpose, record.fup.outcome]
    for item in record.indicators:
        notes += [item.team_noticed, item.team_response, item.leader_perspective]
    notes += [e.text for e in (*record.checkin, *record.checkout)]
    questions = [q.text + " " + q.notes for q in record.questions]
    actions = [
        " ".join((a.text, a.owner, a.expectation, a.learned, *(f.comment for f in a.follow_ups)))
        for a in record.action_items
    ]
    actions += [f"{r.text} {r.owner} {r.comment}" for r in record.reviews]
    return (
        record.title,
        record.team,
        " ".join(p.name for p in record.participants) + " " + record.facilitator,
        "\n".join(n for n in notes if n),
        "\n".join(questions),
        "\n".join(actions),
        "\n".join(e.text for e in record.explanations),
    )
