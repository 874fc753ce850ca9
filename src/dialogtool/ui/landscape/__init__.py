"""Editing the team's data landscape: the effect, the stepping stones, what each number means."""
