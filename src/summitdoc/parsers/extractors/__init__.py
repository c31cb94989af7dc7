"""Extractors: participants, quotes, speeches, decisions, statements, meetings, metadata."""
