"""The user's own questions and templates: loaded safely, merged, edited and remembered."""

from __future__ import annotations

import json
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from dialogtool.core.catalogue import render
from dialogtool.core.i18n import LocalizedText
from dialogtool.core.library import Library, LibraryError, suggest_checkins
from dialogtool.core.questions import bundled_bank
from dialogtool.core.record import AskedQuestion, MeetingKind, MeetingRecord, PhaseId
from dialogtool.core.templates import template_by_id
from dialogtool.core.user_library import FileKind, ProblemKind


def _question(qid: str, category: str = "checkin", da: str = "Hvordan går det?") -> dict[str, Any]:
    return {"id": qid, "category": category, "text": {"da": da, "en": f"EN {da}"}}


def _question_file(*questions: dict[str, Any]) -> dict[str, Any]:
    return {
        "schema_version": 1,
        "family": "ours",
        "title": {"da": "Vores spørgsmål", "en": "Our questions"},
        "questions": list(questions),
    }


def _write(path: Path, content: object) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    text = content if isinstance(content, str) else json.dumps(content, ensure_ascii=False)
    path.write_text(text, encoding="utf-8")
    return path


def _user_template(template_id: str = "our-standup", **changes: Any) -> dict[str, Any]:
    base = template_by_id("follow-up")
    assert base is not None
    raw = base.model_dump(mode="json")
    raw.update(id=template_id, name={"da": "Vores tavlemøde", "en": "Our board meeting"})
    raw.update(changes)
    return raw


def test_broken_user_files_are_named_and_skipped(data_dir: Path) -> None:
    _write(data_dir / "questions" / "good.json", _question_file(_question("team.kaffe")))
    _write(data_dir / "questions" / "komma.json", '{"schema_version": 1, "questions": [,]}')
    _write(
        data_dir / "questions" / "skema.json",
        _question_file(_question("team.x", category="tomm.dektektiv")),
    )
    _write(data_dir / "templates" / "halv.json", '{"id": "x"')
    _write(data_dir / "templates" / "forkert.json", {"id": "only-an-id"})

    library = Library(data_dir)  # must not raise

    by_file = {p.path.name: p for p in library.problems}
    assert set(by_file) == {"komma.json", "skema.json", "halv.json", "forkert.json"}
    assert by_file["komma.json"].kind == ProblemKind.SYNTAX
    assert by_file["skema.json"].kind == ProblemKind.SCHEMA
    assert by_file["halv.json"].file_kind == FileKind.TEMPLATE
    assert by_file["forkert.json"].kind == ProblemKind.SCHEMA

    syntax_da = render(by_file["komma.json"].message, "da")
    assert "komma.json" in syntax_da and "ikke gyldig JSON" in syntax_da
    assert "sprunget over" in syntax_da
    schema_en = render(by_file["skema.json"].message, "en")
    assert "skema.json" in schema_en and "skipped" in schema_en
    assert "tomm.dektektiv" in schema_en  # says what is wrong

    # The good file next to them is used, and the bundled bank is intact.
    assert library.bank.get("team.kaffe") is not None
    assert library.bank.get("team.x") is None
    assert len(library.bank) == len(bundled_bank()) + 1


def test_user_question_colliding_with_a_bundled_id_is_reported_and_skipped(
    data_dir: Path,
) -> None:
    _write(
        data_dir / "questions" / "mine.json",
        _question_file(_question("checkin.01", da="Min egen"), _question("team.egen")),
    )
    library = Library(data_dir)
    [problem] = library.problems
    assert problem.kind == ProblemKind.DUPLICATE_ID
    assert "mine.json" in render(problem.message, "da") and "checkin.01" in render(
        problem.message, "da"
    )
    assert library.bank.get("checkin.01") == bundled_bank().get("checkin.01")
    assert library.is_user_question("team.egen")


def test_create_edit_duplicate_delete_persist_in_private_files(data_dir: Path) -> None:
    library = Library(data_dir)
    created = library.create_question(
        "tomm.kaptajn",
        LocalizedText(da="Hvem ringer til virksomheden?", en="Who calls the company?"),
        fits=[MeetingKind.TEAM],
    )
    path = data_dir / "questions" / "my-questions.json"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600

    reopened = Library(data_dir)
    assert reopened.bank.get(created.id) == created
    assert created in reopened.questions("tomm.kaptajn", MeetingKind.TEAM)
    assert created not in reopened.questions("tomm.kaptajn", MeetingKind.ONE_TO_ONE)

    edited = created.model_copy(
        update={"text": LocalizedText(da="Hvem ringer i morgen?", en="Who calls tomorrow?")}
    )
    reopened.update_question(edited)
    copy = reopened.duplicate_question("tomm.detektiv.01")
    assert (
        copy.id != "tomm.detektiv.01" and copy.text == bundled_bank().get("tomm.detektiv.01").text
    )  # type: ignore[union-attr]

    again = Library(data_dir)
    assert again.bank.get(created.id).text.da == "Hvem ringer i morgen?"  # type: ignore[union-attr]
    assert again.is_user_question(copy.id)

    again.delete_question(created.id)
    assert Library(data_dir).bank.get(created.id) is None
    assert Library(data_dir).bank.get(copy.id) is not None


def test_bundled_questions_cannot_be_edited_or_deleted(data_dir: Path) -> None:
    library = Library(data_dir)
    original = bundled_bank().get("checkin.01")
    assert original is not None
    with pytest.raises(LibraryError) as caught:
        library.update_question(original.model_copy(update={"hint": None}))
    assert "Lav en kopi" in render(caught.value.message, "da")
    with pytest.raises(LibraryError):
        library.delete_question("checkin.01")
    with pytest.raises(LibraryError, match="does not exist"):
        library.delete_question("my.nothing")


def test_a_broken_question_file_is_never_overwritten(data_dir: Path) -> None:
    broken = _write(data_dir / "questions" / "my-questions.json", '{"questions": [')
    library = Library(data_dir)
    with pytest.raises(LibraryError) as caught:
        library.create_question("checkin", LocalizedText(da="Hej?", en="Hi?"))
    assert "my-questions.json" in render(caught.value.message, "en")
    assert broken.read_text(encoding="utf-8") == '{"questions": ['


def test_hidden_and_favourite_questions_are_remembered(data_dir: Path) -> None:
    library = Library(data_dir)
    library.set_question_hidden("checkin.05", True)
    library.set_question_favourite("checkin.03", True)
    with pytest.raises(LibraryError):  # the method's own pair is never hidden
        library.set_question_hidden("checkin.01", True)

    reopened = Library(data_dir)
    offered = [q.id for q in reopened.questions("checkin")]
    assert "checkin.05" not in offered
    assert offered[0] == "checkin.03"
    assert "checkin.05" in [q.id for q in reopened.questions("checkin", include_hidden=True)]
    assert reopened.bank.get("checkin.05") is not None  # old meetings still resolve it
    assert stat.S_IMODE((data_dir / "library.json").stat().st_mode) == 0o600

    reopened.set_question_hidden("checkin.05", False)
    assert "checkin.05" in [q.id for q in Library(data_dir).questions("checkin")]
    with pytest.raises(LibraryError):
        reopened.set_question_favourite("no.such", True)


def test_a_broken_preferences_file_is_reported_and_replaced_on_the_next_change(
    data_dir: Path,
) -> None:
    _write(data_dir / "library.json", {"hidden_questions": "checkin.01"})
    library = Library(data_dir)
    [problem] = library.problems
    assert problem.file_kind == FileKind.PREFERENCES and "library.json" in render(
        problem.message, "da"
    )
    assert "checkin.01" in [q.id for q in library.questions("checkin")]

    library.set_template_favourite("one-to-one", True)
    assert library.problems == ()
    assert Library(data_dir).templates()[0].id == "one-to-one"


def test_user_templates_merge_and_report_unknown_questions(data_dir: Path) -> None:
    raw = _user_template()
    raw["phases"][0]["suggested_questions"] = ["contract.opening.01", "no.such.question"]
    _write(data_dir / "templates" / "standup.json", raw)
    _write(data_dir / "templates" / "clash.json", _user_template("team-meeting"))

    library = Library(data_dir)
    kinds = sorted((p.path.name, p.kind) for p in library.problems)
    assert kinds == [
        ("clash.json", ProblemKind.DUPLICATE_ID),
        ("standup.json", ProblemKind.UNKNOWN_QUESTION),
    ]
    ours = library.template("our-standup")
    assert ours is not None and library.is_user_template("our-standup")
    assert ours.phases[0].suggested_questions == ("contract.opening.01",)
    assert library.template("team-meeting") == template_by_id("team-meeting")


def test_templates_can_be_duplicated_hidden_and_deleted(data_dir: Path) -> None:
    library = Library(data_dir)
    copy = library.duplicate_template("team-meeting")
    assert copy.name.da == "Teammøde om data (kopi)"
    assert (data_dir / "templates" / f"{copy.id}.json").exists()
    library.set_template_hidden("team-meeting", True)

    reopened = Library(data_dir)
    assert "team-meeting" not in [t.id for t in reopened.templates()]
    assert copy.id in [t.id for t in reopened.templates(MeetingKind.TEAM)]
    with pytest.raises(LibraryError):
        reopened.delete_template("team-meeting")
    with pytest.raises(LibraryError):
        reopened.save_template(template_by_id("one-to-one"))  # type: ignore[arg-type]

    reopened.delete_template(copy.id)
    assert Library(data_dir).template(copy.id) is None


def test_reading_an_empty_data_folder_creates_nothing(tmp_path: Path) -> None:
    root = tmp_path / "absent"
    library = Library(root)
    assert library.problems == ()
    assert len(library.bank) == len(bundled_bank())
    assert not root.exists()


def _meeting(team: str, days_ago: int, *question_ids: str, text: str = "") -> MeetingRecord:
    bank = bundled_bank()
    asked = [
        AskedQuestion(
            question_id=qid,
            category="checkin",
            text=bank.get(qid).text.da,  # type: ignore[union-attr]
            phase=PhaseId.CHECKIN,
        )
        for qid in question_ids
    ]
    if text:
        asked.append(AskedQuestion(category="checkin", text=text, phase=PhaseId.CHECKIN))
    return MeetingRecord(
        team=team,
        scheduled_at=datetime(2024, 6, 1, tzinfo=UTC) - timedelta(days=days_ago),
        questions=asked,
    )


def test_checkin_suggestions_leave_out_the_last_meetings_with_the_same_team(
    data_dir: Path,
) -> None:
    records = [
        _meeting("Team Nord", 7, "checkin.01", "checkin.02", "checkin.07"),
        _meeting("team nord ", 14, "checkin.03"),
        _meeting("Team Nord", 21, text=bundled_bank().get("checkin.04").text.da),  # type: ignore[union-attr]
        _meeting("Team Nord", 28, "checkin.05"),  # older than the last three
        _meeting("Team Syd", 3, "checkin.06"),
    ]
    library = Library(data_dir)
    suggested = [q.id for q in library.checkin_suggestions(records, "Team Nord")]
    # The method's pair was used a week ago and is still offered first: only variants rotate.
    assert suggested[:2] == ["checkin.01", "checkin.02"]
    assert not {"checkin.03", "checkin.04", "checkin.07"} & set(suggested)
    assert "checkin.05" in suggested and "checkin.06" in suggested
    assert "checkin.10" not in suggested  # 1:1 wording is not offered to a team

    one_to_one = [
        q.id for q in library.checkin_suggestions(records, "Team Nord", MeetingKind.ONE_TO_ONE)
    ]
    assert "checkin.10" in one_to_one

    # The meeting being prepared does not count against itself.
    current = records[0]
    without_current = suggest_checkins(
        library.questions("checkin"), records, "Team Nord", exclude_record_id=current.id
    )
    assert "checkin.07" in [q.id for q in without_current]
    assert "checkin.05" not in [q.id for q in without_current]  # now among the last three

    # A new team has no history: everything is suggested.
    assert len(library.checkin_suggestions(records, "Team Øst")) == len(
        library.questions("checkin", MeetingKind.TEAM)
    )
