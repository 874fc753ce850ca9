"""dialogtool: a desktop co-pilot for data-informed dialogues."""

__version__ = "0.1.0"
