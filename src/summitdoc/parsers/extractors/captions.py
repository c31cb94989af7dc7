"""Photo captions: the text of each caption block and its credit, kept out of the body."""

from __future__ import annotations

from .._document import BlockKind, CaptionDraft, Document

__all__ = ["find_captions"]


def find_captions(doc: Document) -> None:
    """One caption per caption block; the credit was read by the layout rule."""
    for b in doc.blocks:
        if b.kind is BlockKind.CAPTION:
            start = b.data.get("caption_start", b.start)
            end = b.data.get("caption_end", b.end)
            doc.captions.append(CaptionDraft(start, end, b.data.get("credit")))
