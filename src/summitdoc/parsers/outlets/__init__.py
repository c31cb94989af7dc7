"""The built-in outlet parsers, registered through the ``summitdoc.parsers`` entry points."""
