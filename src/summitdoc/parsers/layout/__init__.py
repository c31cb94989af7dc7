"""Layout: blocks, their kinds (headline, heading, caption, turn, ...) and sections."""
