"""Write the demo series (``resources/demo``): a finished meeting and its planned follow-up.

    python scripts/generate_demo_meetings.py

Both come from ``dialogtool.core.demo_meetings`` on the bundled demo dataset;
run it again when the record or the builders change.
"""

from __future__ import annotations

from pathlib import Path

from dialogtool.core.demo import load_demo_dataset
from dialogtool.core.demo_meetings import FILES, finished_meeting, planned_follow_up

OUT = Path(__file__).resolve().parents[1] / "resources" / "demo"


def main() -> None:
    dataset = load_demo_dataset()
    finished = finished_meeting(dataset)
    planned = planned_follow_up(finished, dataset)
    OUT.mkdir(parents=True, exist_ok=True)
    for name, record in zip(FILES, (finished, planned), strict=True):
        # Indented: the bundled files are read and reviewed by people, not written on autosave.
        (OUT / name).write_text(record.model_dump_json(indent=2) + "\n", encoding="utf-8")
        print(f"wrote {OUT / name}")


if __name__ == "__main__":
    main()
