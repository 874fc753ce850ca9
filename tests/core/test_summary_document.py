"""The summary document: privacy from the schema's tags, safe Markdown and HTML, languages."""

from __future__ import annotations

import re
import uuid
from datetime import UTC, date, datetime
from typing import Any, get_args

from pydantic import BaseModel

from dialogtool.core.demo import load_demo_dataset
from dialogtool.core.example import PRIVATE_NOTE, SECRET_PERSPECTIVE, example_meeting
from dialogtool.core.record import ActionItem, MeetingRecord, Participant, PhaseId
from dialogtool.core.summary import SummaryOptions, build_summary, render_html, render_markdown
from dialogtool.core.summary.document import Heading, Run, SummaryDoc, Table
from dialogtool.core.summary.privacy import FieldPath, private_fields

T0 = datetime(2025, 3, 3, 9, 0, tzinfo=UTC)


def example() -> MeetingRecord:
    return example_meeting(load_demo_dataset(), T0)


def both(record: MeetingRecord, lang: str = "da", include_private: bool = False) -> list[str]:
    doc = build_summary(record, lang, SummaryOptions(include_private=include_private))  # type: ignore[arg-type]
    return [render_markdown(doc), render_html(doc)]


def _owners(record: MeetingRecord, path: FieldPath) -> list[BaseModel]:
    found: list[Any] = [record]
    for name in path:
        step: list[Any] = []
        for owner in found:
            value = getattr(owner, name)
            step += value if isinstance(value, list) else [value] if value is not None else []
        found = step
    return found


def _fill(owner: BaseModel, name: str, marker: str) -> None:
    """Put ``marker`` into a tagged field, whatever its type; a new type must be taught here."""
    annotation = type(owner).model_fields[name].annotation
    if annotation is str:
        value: Any = marker
    elif getattr(annotation, "__origin__", None) is dict:
        key_type, value_type = get_args(annotation)
        key = marker if key_type is str else next(iter(key_type))
        value = {key: marker if value_type is str else 1}
    else:
        raise AssertionError(f"teach this test to fill {name}: {annotation}")
    setattr(owner, name, value)
    extra = type(owner).model_fields[name].json_schema_extra
    if isinstance(extra, dict) and isinstance(extra.get("shared_when"), str):
        setattr(owner, extra["shared_when"], None)  # not yet given to the room


def test_every_private_field_stays_out_unless_the_leader_asks() -> None:
    paths = private_fields()
    assert {("private_notes",), ("talk_tally",), ("indicators", "leader_perspective")} <= set(
        paths
    ), "the walk finds tagged fields in nested models too"
    for path in paths:
        record = example()
        marker = "Markoer" + uuid.uuid4().hex
        owners = _owners(record, path[:-1])
        assert owners, f"the example meeting has no {path}"
        for owner in owners:
            _fill(owner, path[-1], marker)
        for text in both(record):
            assert marker not in text, f"{'.'.join(path)} leaked into a shared summary"
        is_text = marker in str(getattr(owners[0], path[-1]))  # text the leader wrote
        if is_text and path != ("talk_tally",):
            for text in both(record, include_private=True):
                assert marker in text, f"{'.'.join(path)} missing when asked for"


def test_the_example_meeting_shares_what_the_room_heard() -> None:
    record = example()
    for text in both(record):
        assert PRIVATE_NOTE not in text and SECRET_PERSPECTIVE not in text
        assert "Jeg ser, at vi stadig ligger over de andre teams" in text  # the perspective given
    markdown = render_markdown(build_summary(record))
    assert markdown.startswith("# Teammøde om løntimer og jobsamtaler\n\nTeammøde · 3. mar. 2025")
    for line in (
        "**Deltagere:** Åse Ødegård, Bjørn Æbelø",
        "- **Bjørn Æbelø:** (stod over)",
        "## Data i kontekst\n\n### Rettidige jobsamtaler (%)",
        "*Seneste (Team Nord, okt. 2026): 87,2\xa0% · forrige: 89,0\xa0% · mål: 90\xa0%*",
        "Brugte spørgsmålstyper: Detektiv, Antropolog (2/4)",
        "| Hvad | Hvem | Hvornår | Nøgletal | Status |",
        "| Ring til fem virksomheder om løntimer | Åse | 7. mar. 2025 |  | Åben |",
        "**Opfølgning:** 31. mar. 2025",
    ):
        assert line in markdown
    assert PRIVATE_NOTE in render_markdown(build_summary(record, "da", SummaryOptions(True)))


def test_english_summaries_print_english_dates_and_words() -> None:
    record = example()
    record.facilitator = "Mette"
    markdown, html = both(record, "en")
    assert "Team meeting · 3 Mar 2025" in markdown
    assert "| 7 Mar 2025 |" in markdown and "**Follow-up:** 31 Mar 2025" in markdown
    assert "**Chair:** Mette" in markdown and "**Facilitator:**" not in markdown
    assert "Facilitator · The production domain" in markdown  # the role, named as the role
    assert "Latest (Team Nord, Oct 2026): 87.2%" in markdown
    assert "mar. 2025" not in markdown and "7 Mar 2025" in html


def test_user_text_is_shown_as_written_never_as_markup() -> None:
    record = MeetingRecord(
        title="# <b>Møde</b>",
        participants=[Participant(name="<Jens Hansen>")],
        action_items=[
            ActionItem(text="[x](javascript:alert(1))", owner="*Åse*", due=date(2027, 1, 15)),
            ActionItem(text="1. punkt\n- ikke en liste <script>alert(1)</script>"),
        ],
        phase_notes={PhaseId.ACTIONS: "1. punkt\n- ikke en liste"},
    )
    markdown, html = both(record)
    assert not re.search(r"(?<!\\)<", markdown), "every < is escaped: no HTML"
    assert not re.search(r"(?<!\\)\]\(", markdown), "no link"
    assert r"\[x\](javascript:alert(1))" in markdown and r"\<Jens Hansen\>" in markdown
    assert r"\*Åse\*" in markdown and r"# \# \<b\>Møde\</b\>" in markdown
    assert "1\\. punkt  \n\\- ikke en liste" in markdown
    assert "<script" not in html and "javascript:alert(1)" in html  # visible text, no link
    assert "&lt;Jens Hansen&gt;" in html and "href" not in html
    assert re.search(r"<title>.*&lt;b&gt;", html)


def test_tables_render_in_both_formats() -> None:
    doc = SummaryDoc(
        "t", "da", (Heading(2, "Tal"), Table(("Navn", "Værdi"), (("a|b", "1.234,5"),)))
    )
    assert "| Navn | Værdi |\n| --- | --- |\n| a\\|b | 1.234,5 |" in render_markdown(doc)
    assert "<th>Navn</th>" in render_html(doc) and "<td>a|b</td>" in render_html(doc)
    assert Run("x").style == "plain"
