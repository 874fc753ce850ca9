"""Write the presenter's timer chime, ``resources/sounds/chime.wav``.

A soft two-note bell (A5 then E6, each a sine with a quick attack and an
exponential decay), 16-bit mono at 22 050 Hz, about 0.9 s and 40 KB. A projector
laptop's system beep is usually muted or harsh; this is shipped instead. Run
``python scripts/make_chime.py`` to make it again (the output is deterministic).
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 22_050
NOTES = ((880.0, 0.0), (1318.5, 0.28))  # (Hz, start in seconds)
LENGTH = 0.9
VOLUME = 0.35


def samples() -> list[int]:
    out = []
    for n in range(int(RATE * LENGTH)):
        t = n / RATE
        value = 0.0
        for frequency, start in NOTES:
            local = t - start
            if local < 0:
                continue
            attack = min(1.0, local / 0.01)
            value += attack * math.exp(-local * 5.0) * math.sin(2 * math.pi * frequency * local)
        fade = min(1.0, (LENGTH - t) / 0.05)  # no click at the end
        out.append(round(max(-1.0, min(1.0, value * VOLUME * fade)) * 32767))
    return out


def main() -> None:
    target = Path(__file__).resolve().parents[1] / "resources" / "sounds" / "chime.wav"
    target.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(target), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(b"".join(struct.pack("<h", s) for s in samples()))
    print(target, target.stat().st_size, "bytes")


if __name__ == "__main__":
    main()
