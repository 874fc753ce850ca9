"""Round tick values for a value axis: 0, 25, 50 … or 80, 85, 90 %, never 46,5 %.

The step is 1, 2, 2.5 or 5 times a power of ten, the smallest that gives at most
``most`` ticks; the range is widened to whole steps, so the top and bottom lines
carry a label too.
"""

from __future__ import annotations

import math

STEPS = (1.0, 2.0, 2.5, 5.0, 10.0)


def round_ticks(low: float, high: float, most: int = 6) -> list[float]:
    """Round values from at or below ``low`` to at or above ``high``, at most ``most`` of them."""
    if not (math.isfinite(low) and math.isfinite(high)):
        return [0.0, 1.0]
    if high < low:
        low, high = high, low
    if math.isclose(low, high):
        low, high = low - 1, high + 1
    rough = (high - low) / max(1, most - 1)
    power = 10 ** math.floor(math.log10(rough))
    for factor in STEPS:
        step = factor * power
        first = math.floor(low / step + 1e-9) * step
        last = math.ceil(high / step - 1e-9) * step
        count = round((last - first) / step) + 1
        if count <= most:
            break
    decimals = max(0, -math.floor(math.log10(step) + 1e-9) + (1 if factor == 2.5 else 0))
    return [round(first + i * step, decimals) for i in range(count)]
