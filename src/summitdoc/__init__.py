"""summitdoc: news wire reports about intergovernmental summits as typed, validated data.

>>> import summitdoc
>>> summit = summitdoc.parse("seeds/000_01a1bb049021b88e.txt")  # doctest: +SKIP
>>> summitdoc.from_json(summitdoc.to_json(summit)) == summit  # doctest: +SKIP
True
"""

from ._api import parse, parse_text
from .exceptions import (
    DataError,
    InputError,
    ParseError,
    SchemaVersionError,
    SerializationError,
    SummitdocError,
    UnsafeXMLError,
    ValidationError,
)
from .models import (
    SCHEMA_VERSION,
    Caption,
    Decision,
    DecisionKind,
    Meeting,
    MeetingKind,
    Participant,
    Quote,
    Source,
    Span,
    Speech,
    Statement,
    Summit,
)
from .serialize import from_json, from_xml, to_json, to_xml

__version__ = "0.1.0"

__all__ = [
    "SCHEMA_VERSION",
    "Caption",
    "DataError",
    "Decision",
    "DecisionKind",
    "InputError",
    "Meeting",
    "MeetingKind",
    "ParseError",
    "Participant",
    "Quote",
    "SchemaVersionError",
    "SerializationError",
    "Source",
    "Span",
    "Speech",
    "Statement",
    "Summit",
    "SummitdocError",
    "UnsafeXMLError",
    "ValidationError",
    "__version__",
    "from_json",
    "from_xml",
    "parse",
    "parse_text",
    "to_json",
    "to_xml",
]
