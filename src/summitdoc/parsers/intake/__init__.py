"""Intake: bytes to text (decoding) and saved pages to visible text (HTML)."""
