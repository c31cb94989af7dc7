"""Reports laid out one paragraph per line, as pages saved from news sites are.

The snippets of the parser tests are given a headline and two long neutral lines, so that the
layout reads them as such a page (at least two lines of over 100 characters) and the lines under
test are body text, not the standfirst.
"""

from __future__ import annotations

import summitdoc

PAD = (
    (
        "Rain fell over the river port through the morning, and the shuttle buses from the "
        "airport ran behind schedule until the bridges reopened shortly before noon."
    ),
    (
        "Volunteers handed out maps and umbrellas at the entrance of the congress hall, where "
        "the flags of the visiting delegations had been raised at dawn."
    ),
)


def wire_parse(head: str, *lines: str) -> summitdoc.Summit:
    """Parse ``lines`` one paragraph a line, after ``head`` and the two neutral lines."""
    return summitdoc.parse_text("\n".join([head, *PAD, *lines]) + "\n")
