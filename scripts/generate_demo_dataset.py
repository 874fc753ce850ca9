"""Regenerate the bundled synthetic demo dataset (resources/datasets/demo-jobcenter.csv).

The numbers are invented: a job centre with three teams over 24 months, written
the way Danish BI portals export (``;`` separator, decimal comma, ``2025M01``).
Run: python scripts/generate_demo_dataset.py
"""

from __future__ import annotations

import csv
import math
import random
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "resources" / "datasets" / "demo-jobcenter.csv"

# name as the BI portal exports it, base level, monthly trend, seasonal amplitude,
# noise, target, decimals
INDICATORS = [
    ("Rettidige jobsamtaler (%)", 84.0, 0.25, 2.0, 2.0, 90.0, 1),
    ("CV'er synlige på Jobnet (%)", 88.0, 0.2, 0.5, 1.5, 95.0, 1),
    ("Borgere med ordinære løntimer (%)", 31.0, 0.35, 3.0, 2.5, 40.0, 1),
    ("Virksomhedspraktikker", 14.0, 0.15, 3.0, 2.0, 20.0, 0),
    ("Løntilskudsjob", 9.0, 0.05, 1.5, 1.5, 12.0, 0),
    ("Virksomhedskontakter", 52.0, 0.6, 8.0, 6.0, 70.0, 0),
    ("Jobsamtaler med opfølgning", 18.0, 0.3, 2.0, 2.5, 25.0, 0),
    ("Fritagelser", 11.0, -0.05, 1.0, 1.5, 8.0, 0),
]
TEAMS = [("Team Nord", 1.0, 0.0), ("Team Syd", 0.9, 0.6), ("Ungeteamet", 0.75, -0.2)]
MONTHS = [(2024 + (m + 10) // 12, (m + 10) % 12 + 1) for m in range(24)]  # 2024-11 .. 2026-10


def fmt(value: float, decimals: int) -> str:
    return f"{value:.{decimals}f}".replace(".", ",")


def main() -> None:
    rng = random.Random(48)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(["Indikator", "Team", "Periode", "Værdi", "Mål"])
        for ind_id, base, trend, season, noise, target, decimals in INDICATORS:
            for team, scale, extra_trend in TEAMS:
                for i, (year, month) in enumerate(MONTHS):
                    seasonal = season * math.sin(2 * math.pi * (month - 3) / 12)
                    value = base * scale + (trend + extra_trend * trend) * i + seasonal
                    value += rng.gauss(0, noise)
                    value = max(0.0, min(value, 100.0) if "%" in ind_id else value)
                    team_target = target if decimals else round(target * scale)
                    writer.writerow(
                        [
                            ind_id,
                            team,
                            f"{year}M{month:02d}",
                            fmt(value, decimals),
                            fmt(team_target, decimals),
                        ]
                    )


if __name__ == "__main__":
    main()
