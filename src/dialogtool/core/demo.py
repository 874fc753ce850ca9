"""The bundled demo dataset: a synthetic job centre with three teams over 24 months.

It goes through the same importer as a user's file, described by its bundled
data landscape (names, units, sources, definitions) in the reader's language:
the numbers are the same, only the words differ.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from dialogtool.core.lang import DEFAULT_LANG, Lang
from dialogtool.core.resources import resource_dir

if TYPE_CHECKING:  # numpy and the importer load with the data, not with DEMO_SOURCE
    from dialogtool.core.dataset import Dataset
    from dialogtool.core.landscape import Landscape

DEMO_CSV = "demo-jobcenter.csv"
DEMO_LANDSCAPE = "demo-jobcenter.landscape.json"
DEMO_LANDSCAPES: dict[Lang, str] = {"da": DEMO_LANDSCAPE, "en": "demo-jobcenter.landscape.en.json"}
DEMO_SOURCE = "demo:jobcenter"


def load_demo_landscape(lang: Lang = DEFAULT_LANG) -> Landscape:
    from dialogtool.core.landscape import Landscape

    raw = resource_dir("datasets").joinpath(DEMO_LANDSCAPES[lang]).read_bytes()
    return Landscape.model_validate_json(raw)


def load_demo_dataset(lang: Lang = DEFAULT_LANG) -> Dataset:
    from dialogtool.core.importing import import_bytes
    from dialogtool.core.landscape import apply_landscape

    raw = resource_dir("datasets").joinpath(DEMO_CSV).read_bytes()
    landscape = load_demo_landscape(lang)
    dataset = apply_landscape(import_bytes(raw, DEMO_CSV).dataset, landscape)
    return replace(dataset, name=landscape.name, source=DEMO_SOURCE)
