"""The extension API: write a parser for another outlet without touching summitdoc.

A parser is a :class:`Parser` subclass registered under a name in the ``summitdoc.parsers``
entry point group (or with :func:`register_parser`). It scores how well it fits a text in
``detect``, and adjusts the shared stages and block rules by name and priority in ``extend`` and
``extend_block_rules``. See ``docs/extending.md``.
"""

from .._registry import Registry
from ._base import STAGE_NEEDS, Parser, Stage, check_stage_order, default_stages
from ._discovery import (
    ParserInfo,
    available_parsers,
    choose_parser,
    get_parser,
    register_parser,
    unregister_parser,
)
from ._document import (
    Block,
    BlockKind,
    CaptionDraft,
    DecisionDraft,
    Description,
    Document,
    MeetingDraft,
    Person,
    QuoteDraft,
    Section,
    SpeechDraft,
    StatementDraft,
)
from .intake.html import ArticleSelectors
from .layout.blocks import BlockRule, default_block_rules

__all__ = [
    "STAGE_NEEDS",
    "ArticleSelectors",
    "Block",
    "BlockKind",
    "BlockRule",
    "CaptionDraft",
    "DecisionDraft",
    "Description",
    "Document",
    "MeetingDraft",
    "Parser",
    "ParserInfo",
    "Person",
    "QuoteDraft",
    "Registry",
    "Section",
    "SpeechDraft",
    "Stage",
    "StatementDraft",
    "available_parsers",
    "check_stage_order",
    "choose_parser",
    "default_block_rules",
    "default_stages",
    "get_parser",
    "register_parser",
    "unregister_parser",
]
