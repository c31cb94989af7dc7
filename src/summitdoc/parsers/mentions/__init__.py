"""Mentions: one tokenisation and one gazetteer pass over the text."""
