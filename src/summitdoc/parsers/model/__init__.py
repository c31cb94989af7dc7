"""Model: turn the drafts of a document into a validated :class:`~summitdoc.Summit`."""

from .assemble import assemble, slug

__all__ = ["assemble", "slug"]
