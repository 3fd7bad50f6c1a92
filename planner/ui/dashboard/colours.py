"""The dashboard's red/amber/green: a fill and a text colour that reads on it (the word is always
shown too, so colour is never the only sign)."""

from __future__ import annotations

from planner.core.status.rating import Rag

FILL = {Rag.GREEN: "#2e7d32", Rag.AMBER: "#f9a825", Rag.RED: "#c62828", Rag.NA: "#757575"}
INK = {Rag.GREEN: "#ffffff", Rag.AMBER: "#1a1a1a", Rag.RED: "#ffffff", Rag.NA: "#ffffff"}
WORDS = {Rag.GREEN: "on track", Rag.AMBER: "needs watching", Rag.RED: "needs action", Rag.NA: "not rated"}
BORDER = "#d5d8dc"
MUTED = "#5f6368"
LATE = "#c62828"


def badge_style(rag: Rag) -> str:
    """A pill: the rating's word on its colour."""
    return (
        f"QLabel {{ background: {FILL[rag]}; color: {INK[rag]}; border-radius: 4px; padding: 2px 10px;"
        " font-weight: 700; letter-spacing: 1px; }"
    )


def card_style(name: str) -> str:
    """A card: a thin border round the page's base colour."""
    return f"QFrame#{name} {{ border: 1px solid {BORDER}; border-radius: 6px; background: palette(base); }}"
