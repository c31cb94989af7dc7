"""Transcript turns become quotes: everything the speaker says, paragraph breaks kept."""

from __future__ import annotations

from .._document import BlockKind, Document, QuoteDraft

__all__ = ["quote_turns"]


def quote_turns(doc: Document) -> None:
    """One quote per turn, from after the label to the end of the turn's last paragraph."""
    blocks = doc.blocks
    for i, b in enumerate(blocks):
        if b.kind is not BlockKind.TURN or "label" not in b.data:
            continue
        end = b.end
        for nxt in blocks[i + 1 :]:
            if nxt.kind is not BlockKind.TURN or "label" in nxt.data:
                break
            end = nxt.end
        q = QuoteDraft(b.data["turn_text"], end, b, cue=b.data["label"], kind="speech", how="turn")
        # The speaker is named before a bracketed note: "Question (Radio Nord)" is nobody's
        # name, "(via interpreter)" no part of one.
        ls, le = b.data["label"]
        note = doc.text.find(" (", ls, le)
        q.subject = (ls, note if note > ls else le)
        doc.quotes.append(q)
    doc.quotes.sort(key=lambda q: q.start)
