"""summitdoc: news wire reports about intergovernmental summits as typed, validated data.

>>> import summitdoc
>>> summit = summitdoc.parse("seeds/000_01a1bb049021b88e.txt")  # doctest: +SKIP
>>> summitdoc.from_json(summitdoc.to_json(summit)) == summit  # doctest: +SKIP
True
"""

from ._api import parse, parse_text
from ._batch import BatchError, Failure, Result, WorkerCrashError, parse_many
from ._tables import Table, tables
from .exceptions import (
    DataError,
    InputError,
    ParseError,
    ParseTimeoutError,
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
    "BatchError",
    "Caption",
    "DataError",
    "Decision",
    "DecisionKind",
    "Failure",
    "InputError",
    "Meeting",
    "MeetingKind",
    "ParseError",
    "ParseTimeoutError",
    "Participant",
    "Quote",
    "Result",
    "SchemaVersionError",
    "SerializationError",
    "Source",
    "Span",
    "Speech",
    "Statement",
    "Summit",
    "SummitdocError",
    "Table",
    "UnsafeXMLError",
    "ValidationError",
    "WorkerCrashError",
    "__version__",
    "from_json",
    "from_xml",
    "parse",
    "parse_many",
    "parse_text",
    "tables",
    "to_json",
    "to_xml",
]
