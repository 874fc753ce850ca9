"""The method library as the app sees it: bundled plus the user's own questions and templates.

``Library`` merges the bundled bank and templates with the user's files, applies
the user's hidden and favourite marks, and edits the user's own questions and
templates. Bundled items are never changed; the user duplicates them instead.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from pathlib import Path

from dialogtool.core.catalogue import QT_TRANSLATE_NOOP, localized, render
from dialogtool.core.i18n import LocalizedText
from dialogtool.core.library_error import LibraryError as LibraryError
from dialogtool.core.questions import (
    METHOD_ROUND_QUESTIONS,
    Question,
    QuestionBank,
    QuestionFile,
    bundled_bank,
    is_method_round_question,
)
from dialogtool.core.record import MeetingKind, MeetingRecord, PhaseId
from dialogtool.core.templates import MeetingTemplate, bundled_templates, template_from_meeting
from dialogtool.core.user_library import (
    DEFAULT_QUESTION_FILE,
    PREFERENCES_FILE,
    QUESTIONS_DIR,
    TEMPLATES_DIR,
    USER_ID_PREFIX,
    FileKind,
    LibraryPreferences,
    LibraryProblem,
    ProblemKind,
    changed_on_disk,
    digest_of_file,
    load_user_files,
    safe_file_stem,
    save_preferences,
    save_question_file,
    save_template_file,
)

CHECKIN_CATEGORY = "checkin"
#: What a phase offers when its template names no questions: (category, how many).
DEFAULT_CATEGORIES: dict[PhaseId, tuple[tuple[str, int], ...]] = {
    PhaseId.EXPLANATIONS: (("gameboard.3", 1), ("gameboard.axes", 2)),
}
#: The four levels of analysis, asked in the data step one level at a time.
ANALYSIS_CATEGORY = "analysis"
#: How many of the role's and of the domain's questions the data step offers.
STANCE_QUESTIONS = 2
#: How many earlier meetings with the same team are looked at for used check-in variants.
RECENT_MEETINGS = 3
#: A copy's name: the original's, in each of its languages, with the word for a copy.
_COPY = QT_TRANSLATE_NOOP("Library", "{name} (kopi)")


def new_user_id() -> str:
    return f"{USER_ID_PREFIX}{uuid.uuid4().hex[:10]}"


def missing_suggestions(template: MeetingTemplate, bank: QuestionBank) -> list[str]:
    """Suggested question ids of ``template`` that the bank does not hold."""
    return [
        qid
        for phase in template.phases
        for qid in phase.suggested_questions
        if bank.get(qid) is None
    ]


def unfit_suggestions(template: MeetingTemplate, bank: QuestionBank) -> list[str]:
    """Suggested question ids that exist but are not worded for the template's kind of meeting."""
    return [
        qid
        for phase in template.phases
        for qid in phase.suggested_questions
        if (q := bank.get(qid)) is not None and template.kind not in q.fits
    ]


def _without_suggestions(template: MeetingTemplate, drop: set[str]) -> MeetingTemplate:
    phases = tuple(
        p.model_copy(
            update={"suggested_questions": tuple(q for q in p.suggested_questions if q not in drop)}
        )
        for p in template.phases
    )
    return template.model_copy(update={"phases": phases})


def _normal_team(team: str) -> str:
    return " ".join(team.split()).casefold()


def suggest_checkins(
    candidates: Sequence[Question],
    records: Iterable[MeetingRecord],
    team: str,
    *,
    recent_meetings: int = RECENT_MEETINGS,
    exclude_record_id: str | None = None,
) -> list[Question]:
    """``candidates`` minus the check-in variants used in the last meetings with ``team``.

    The method's own pair (``METHOD_ROUND_QUESTIONS``) is always kept, first: only
    the variations rotate. A variant counts as used when it was picked for one of the
    ``recent_meetings`` most recent meetings with the same team (by id, or by its text
    when the record holds only the text). ``exclude_record_id`` leaves out the meeting
    being prepared.
    """
    wanted = _normal_team(team)
    same_team = sorted(
        (
            r
            for r in records
            if wanted and _normal_team(r.team) == wanted and r.id != exclude_record_id
        ),
        key=lambda r: r.scheduled_at,
        reverse=True,
    )[:recent_meetings]
    used_ids: set[str] = set()
    used_texts: set[str] = set()
    for record in same_team:
        for asked in record.questions:
            if asked.category != CHECKIN_CATEGORY:
                continue
            if asked.question_id:
                used_ids.add(asked.question_id)
            used_texts.add(asked.text.strip())
    pair = [q for q in candidates if is_method_round_question(q.id)]
    variants = [
        q
        for q in candidates
        if not is_method_round_question(q.id)
        and q.id not in used_ids
        and q.text.da not in used_texts
        and q.text.en not in used_texts
    ]
    return [*pair, *variants]


class Library:
    """Bundled plus user questions and templates, with the user's hidden and favourite marks.

    Reading never raises for bad user files; they are listed in ``problems``. Edits
    write the user's files at once (atomically, readable by the user only) and raise
    ``LibraryError`` when refused. Not thread-safe: the UI owns one instance.
    """

    def __init__(self, root: Path) -> None:
        self.root = root
        self.reload()

    # -- loading -------------------------------------------------------------

    def reload(self) -> None:
        """Read the user's files again (after an outside change)."""
        loaded = load_user_files(self.root)
        bundled = bundled_bank()
        problems = list(loaded.problems)
        self._broken = set(loaded.broken)
        self._digests = loaded.digests
        self._bundled_template_ids = {t.id for t in bundled_templates()}

        self._question_files: dict[Path, QuestionFile] = {}
        self._question_path: dict[str, Path] = {}
        user_questions: list[Question] = []
        for path, file in loaded.question_files:
            self._question_files[path] = file
            for question in file.questions:
                if bundled.get(question.id) or question.id in self._question_path:
                    problems.append(
                        LibraryProblem(
                            path, FileKind.QUESTIONS, ProblemKind.DUPLICATE_ID, question.id
                        )
                    )
                    continue
                self._question_path[question.id] = path
                user_questions.append(question)
        self._bank = QuestionBank([*bundled, *user_questions])

        self._template_path: dict[str, Path] = {}
        user_templates: list[MeetingTemplate] = []
        for path, template in loaded.templates:
            if template.id in self._bundled_template_ids or template.id in self._template_path:
                problems.append(
                    LibraryProblem(path, FileKind.TEMPLATE, ProblemKind.DUPLICATE_ID, template.id)
                )
                continue
            missing = missing_suggestions(template, self._bank)
            problems.extend(
                LibraryProblem(path, FileKind.TEMPLATE, ProblemKind.UNKNOWN_QUESTION, qid)
                for qid in missing
            )
            self._template_path[template.id] = path
            user_templates.append(_without_suggestions(template, set(missing)))
        self._templates = [*bundled_templates(), *user_templates]
        self._preferences = loaded.preferences
        self._problems = problems

    @property
    def problems(self) -> tuple[LibraryProblem, ...]:
        """The user's files (or parts of them) that could not be used, each naming its file."""
        return tuple(self._problems)

    # -- questions -------------------------------------------------------------

    @property
    def bank(self) -> QuestionBank:
        """Every question, hidden ones included (a saved meeting may refer to them)."""
        return self._bank

    def questions(
        self,
        category: str | None = None,
        kind: MeetingKind | None = None,
        *,
        include_hidden: bool = False,
    ) -> list[Question]:
        """Questions to offer, favourites first, then in library order."""
        hidden = set(self._preferences.hidden_questions)
        favourites = set(self._preferences.favourite_questions)
        chosen = [
            q
            for q in self._bank
            if (category is None or q.category == category)
            and (kind is None or kind in q.fits)
            and (include_hidden or q.id not in hidden)
        ]
        return sorted(chosen, key=lambda q: q.id not in favourites)

    def is_user_question(self, question_id: str) -> bool:
        return question_id in self._question_path

    def is_hidden_question(self, question_id: str) -> bool:
        return question_id in self._preferences.hidden_questions

    def is_favourite_question(self, question_id: str) -> bool:
        return question_id in self._preferences.favourite_questions

    def set_question_hidden(self, question_id: str, hidden: bool) -> None:
        """Hide a question from every screen; the method's round pair cannot be hidden."""
        self._require_question(question_id)
        if hidden and is_method_round_question(question_id):
            raise LibraryError(
                QT_TRANSLATE_NOOP(
                    "Library",
                    "Tjek ind og tjek ud bygger på metodens to spørgsmål, så de kan ikke "
                    "skjules. Du kan bruge dine egne spørgsmål ved siden af.",
                ),
            )
        self._mark("hidden_questions", question_id, hidden)

    def set_question_favourite(self, question_id: str, favourite: bool) -> None:
        self._require_question(question_id)
        self._mark("favourite_questions", question_id, favourite)

    def create_question(
        self,
        category: str,
        text: LocalizedText,
        *,
        fits: Iterable[MeetingKind] | None = None,
        hint: LocalizedText | None = None,
    ) -> Question:
        """A new question of the user's own, saved in ``questions/my-questions.json``.

        ``fits`` defaults to every kind of meeting; an unknown category raises ``ValueError``.
        """
        question = Question(
            id=new_user_id(),
            category=category,
            text=text,
            fits=frozenset(MeetingKind if fits is None else fits),
            hint=hint,
        )
        path = self.root / QUESTIONS_DIR / DEFAULT_QUESTION_FILE
        file = self._question_files.get(path) or QuestionFile(
            family="my-questions",
            title=localized(QT_TRANSLATE_NOOP("Library", "Mine spørgsmål")),
            questions=[],
        )
        updated = file.model_copy(update={"questions": [*file.questions, question]})
        self._save_questions(path, updated)
        return question

    def update_question(self, question: Question) -> None:
        """Replace one of the user's own questions (same id) with ``question``."""
        path = self._user_question_path(question.id)
        file = self._question_files[path]
        questions = [question if q.id == question.id else q for q in file.questions]
        self._save_questions(path, file.model_copy(update={"questions": questions}))

    def duplicate_question(self, question_id: str) -> Question:
        """A user copy of any question (bundled or own), ready to be edited."""
        original = self._require_question(question_id)
        return self.create_question(
            original.category, original.text, fits=original.fits, hint=original.hint
        )

    def delete_question(self, question_id: str) -> None:
        """Delete one of the user's own questions; bundled ones can only be hidden."""
        path = self._user_question_path(question_id)
        file = self._question_files[path]
        questions = [q for q in file.questions if q.id != question_id]
        self._save_questions(path, file.model_copy(update={"questions": questions}))
        self._forget("hidden_questions", "favourite_questions", item_id=question_id)

    # -- templates ---------------------------------------------------------------

    def templates(
        self, kind: MeetingKind | None = None, *, include_hidden: bool = False
    ) -> list[MeetingTemplate]:
        """Templates to offer, favourites first, then bundled before the user's own."""
        hidden = set(self._preferences.hidden_templates)
        favourites = set(self._preferences.favourite_templates)
        chosen = [
            t
            for t in self._templates
            if (kind is None or t.kind == kind) and (include_hidden or t.id not in hidden)
        ]
        return sorted(chosen, key=lambda t: t.id not in favourites)

    def template(self, template_id: str) -> MeetingTemplate | None:
        return next((t for t in self._templates if t.id == template_id), None)

    def is_user_template(self, template_id: str) -> bool:
        return template_id in self._template_path

    def is_hidden_template(self, template_id: str) -> bool:
        return template_id in self._preferences.hidden_templates

    def is_favourite_template(self, template_id: str) -> bool:
        return template_id in self._preferences.favourite_templates

    def set_template_hidden(self, template_id: str, hidden: bool) -> None:
        self._require_template(template_id)
        self._mark("hidden_templates", template_id, hidden)

    def set_template_favourite(self, template_id: str, favourite: bool) -> None:
        self._require_template(template_id)
        self._mark("favourite_templates", template_id, favourite)

    def save_template(self, template: MeetingTemplate) -> None:
        """Create or replace one of the user's own templates."""
        if template.id in self._bundled_template_ids:
            raise LibraryError(
                QT_TRANSLATE_NOOP(
                    "Library",
                    "Skabelonen {id} følger med dialogtool og kan ikke ændres. Lav en kopi, "
                    "og ret i den.",
                ).fill(id=template.id),
            )
        missing = missing_suggestions(template, self._bank)
        if missing:
            raise LibraryError(
                QT_TRANSLATE_NOOP(
                    "Library", "Skabelonen foreslår spørgsmål, der ikke findes: {ids}."
                ).fill(ids=", ".join(missing)),
            )
        path = self._template_path.get(template.id) or (
            self.root / TEMPLATES_DIR / f"{safe_file_stem(template.id)}.json"
        )
        self._refuse_broken(path)
        save_template_file(path, template)
        self.reload()

    def save_meeting_as_template(self, record: MeetingRecord, name: str) -> MeetingTemplate:
        """One of the user's own templates made from a prepared or held meeting."""
        try:
            template = template_from_meeting(record, new_user_id(), name)
        except ValueError:
            raise LibraryError(
                QT_TRANSLATE_NOOP(
                    "Library",
                    "Mødets faser har ingen tid, så der kan ikke laves en skabelon af det.",
                ),
            ) from None
        self.save_template(template)
        return template

    def duplicate_template(self, template_id: str) -> MeetingTemplate:
        """A user copy of any template, named as a copy, ready to be edited."""
        original = self._require_template(template_id)
        copy = original.model_copy(
            update={
                "id": new_user_id(),
                "name": LocalizedText(
                    da=render(_COPY.fill(name=original.name.da), "da"),
                    en=render(_COPY.fill(name=original.name.en), "en"),
                ),
            }
        )
        self.save_template(copy)
        return copy

    def delete_template(self, template_id: str) -> None:
        """Delete one of the user's own templates; bundled ones can only be hidden."""
        path = self._template_path.get(template_id)
        if path is None:
            self._require_template(template_id)
            raise LibraryError(
                QT_TRANSLATE_NOOP(
                    "Library", "Skabelonen {template_id} følger med dialogtool og kan kun skjules."
                ).fill(template_id=template_id),
            )
        path.unlink(missing_ok=True)
        self._forget("hidden_templates", "favourite_templates", item_id=template_id)
        self.reload()

    # -- check-in and check-out rounds ----------------------------------------------

    def round_questions(
        self, category: str, kind: MeetingKind, template_ids: Sequence[str] = ()
    ) -> list[Question]:
        """A round's questions: the method's pair first, then the template's, then the rest.

        The pair is always offered: it is the method (and cannot be hidden). The rest
        are the library's questions for ``category`` worded for ``kind``, hidden ones left out.
        """
        hidden = set(self._preferences.hidden_questions)
        ordered: dict[str, Question] = {}
        for qid in (*METHOD_ROUND_QUESTIONS.get(category, ()), *template_ids):
            question = self._bank.get(qid)
            if question is not None and (qid not in hidden or is_method_round_question(qid)):
                ordered.setdefault(qid, question)
        for question in self.questions(category, kind):
            ordered.setdefault(question.id, question)
        return list(ordered.values())

    def checkin_suggestions(
        self,
        records: Iterable[MeetingRecord],
        team: str,
        kind: MeetingKind = MeetingKind.TEAM,
        *,
        recent_meetings: int = RECENT_MEETINGS,
        exclude_record_id: str | None = None,
    ) -> list[Question]:
        """The check-in pair, then the variants for ``kind`` not used lately with ``team``."""
        return suggest_checkins(
            self.round_questions(CHECKIN_CATEGORY, kind),
            records,
            team,
            recent_meetings=recent_meetings,
            exclude_record_id=exclude_record_id,
        )

    # -- what a meeting is offered ----------------------------------------------------

    def suggested(self, record: MeetingRecord, phase: PhaseId) -> list[Question]:
        """The questions a phase of ``record`` offers, the same on every screen.

        A round offers the method's pair, then its template's questions, then the
        library's. Another phase offers its template's questions, else its defaults.
        The template is looked up among bundled and own templates alike, and hidden
        questions are never offered, so the round pages, the explanations page and
        the presenter's script agree.
        """
        template = self.template(record.template_id or "")
        ids = next(
            (
                p.suggested_questions
                for p in (template.phases if template else ())
                if p.phase == phase
            ),
            (),
        )
        if phase in (PhaseId.CHECKIN, PhaseId.CHECKOUT):
            return self.round_questions(phase.value, record.kind, ids)
        hidden = set(self._preferences.hidden_questions)
        chosen = [q for i in ids if (q := self._bank.get(i)) is not None and q.id not in hidden]
        if phase == PhaseId.DATA:
            stance = chosen + self._stance_questions(record, {q.id for q in chosen})
            known = {q.id for q in stance}
            levels = [
                q for q in self.questions(ANALYSIS_CATEGORY, record.kind) if q.id not in known
            ]
            return stance + levels
        if chosen:
            return chosen
        return [
            q
            for category, count in DEFAULT_CATEGORIES.get(phase, ())
            for q in self.questions(category, record.kind)[:count]
        ]

    def template_picks(self, template: MeetingTemplate, phase: PhaseId) -> list[Question]:
        """The template's questions for ``phase`` in its order, hidden ones left out."""
        hidden = set(self._preferences.hidden_questions)
        ids = next((p.suggested_questions for p in template.phases if p.phase == phase), ())
        return [q for i in ids if (q := self._bank.get(i)) is not None and i not in hidden]

    def _stance_questions(self, record: MeetingRecord, known: set[str]) -> list[Question]:
        """The leader's chosen role and starting domain steer the data step (domain.md §5, §9)."""
        found: list[Question] = []
        for category in (
            f"role.{record.leader_role.value}",
            f"domain.{record.starting_domain.value}",
        ):
            found += [q for q in self.questions(category, record.kind) if q.id not in known][
                :STANCE_QUESTIONS
            ]
        return found

    # -- internals ------------------------------------------------------------------

    def _require_question(self, question_id: str) -> Question:
        question = self._bank.get(question_id)
        if question is None:
            raise LibraryError(
                QT_TRANSLATE_NOOP("Library", "Spørgsmålet {question_id} findes ikke.").fill(
                    question_id=question_id
                ),
            )
        return question

    def _require_template(self, template_id: str) -> MeetingTemplate:
        template = self.template(template_id)
        if template is None:
            raise LibraryError(
                QT_TRANSLATE_NOOP("Library", "Skabelonen {template_id} findes ikke.").fill(
                    template_id=template_id
                ),
            )
        return template

    def _user_question_path(self, question_id: str) -> Path:
        self._require_question(question_id)
        path = self._question_path.get(question_id)
        if path is None:
            raise LibraryError(
                QT_TRANSLATE_NOOP(
                    "Library",
                    "Spørgsmålet {question_id} følger med dialogtool og kan ikke ændres "
                    "eller slettes. Lav en kopi, eller skjul det.",
                ).fill(question_id=question_id),
            )
        return path

    def _refuse_broken(self, path: Path) -> None:
        """Never overwrite a file we could not read: the user's content would be lost."""
        if path in self._broken:
            raise LibraryError(
                QT_TRANSLATE_NOOP(
                    "Library",
                    "Filen {name} kunne ikke læses og bliver ikke overskrevet. Ret eller "
                    "flyt den først.",
                ).fill(name=path.name),
            )
        if changed_on_disk(path, self._digests):
            self.reload()  # show the other change; the user makes theirs again on top of it
            raise LibraryError(
                QT_TRANSLATE_NOOP(
                    "Library",
                    "Filen {name} er ændret et andet sted, siden den blev læst, så din "
                    "ændring er ikke gemt. Biblioteket er læst igen; gør ændringen igen.",
                ).fill(name=path.name),
            )

    def _save_questions(self, path: Path, file: QuestionFile) -> None:
        self._refuse_broken(path)
        save_question_file(path, file)
        self.reload()

    def _mark(self, field: str, item_id: str, on: bool) -> None:
        current = set(getattr(self._preferences, field))
        current = current | {item_id} if on else current - {item_id}
        self._save_preferences(self._preferences.model_copy(update={field: sorted(current)}))

    def _forget(self, *fields: str, item_id: str) -> None:
        if any(item_id in getattr(self._preferences, f) for f in fields):
            update = {f: [i for i in getattr(self._preferences, f) if i != item_id] for f in fields}
            self._save_preferences(self._preferences.model_copy(update=update))

    def _save_preferences(self, preferences: LibraryPreferences) -> None:
        self._refuse_broken(self.root / PREFERENCES_FILE)
        save_preferences(self.root, preferences)
        self._digests[self.root / PREFERENCES_FILE] = digest_of_file(self.root / PREFERENCES_FILE)
        self._preferences = preferences
        self._problems = [p for p in self._problems if p.file_kind != FileKind.PREFERENCES]
