"""Serializers: one configured cattrs converter for JSON, explicit lxml functions for XML.

The models know nothing of these modules; these modules know the models and nothing of parsing.
"""

from ._json import from_json, make_converter, to_json
from ._xml import from_xml, to_xml

__all__ = ["from_json", "from_xml", "make_converter", "to_json", "to_xml"]
