"""Shared set-up: the import path for ``tests.strategies`` and the Hypothesis profiles.

pytest runs with ``--import-mode=importlib``, which leaves ``sys.path`` alone, and ``tests/`` has
no ``__init__.py``. Putting the repository root on ``sys.path`` makes ``tests`` a namespace
package, so ``from tests.strategies import summits`` works in any test file; ``tests/`` itself
goes on the path too, for ``from strategies import summits``.

Choose a Hypothesis profile with ``HYPOTHESIS_PROFILE`` (default ``ci``):

* ``ci``: no deadline (shared runners are slow and uneven), the default number of examples;
* ``fast``: 10 examples, for a quick local run;
* ``thorough``: 1000 examples, before a release or after touching a serializer.

``fast`` and ``thorough`` inherit ``ci``'s lack of a deadline.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from hypothesis import settings

_TESTS = Path(__file__).resolve().parent
for _entry in (str(_TESTS), str(_TESTS.parent)):  # the root ends up first
    if _entry not in sys.path:
        sys.path.insert(0, _entry)

settings.register_profile("ci", deadline=None)
settings.register_profile("fast", settings.get_profile("ci"), max_examples=10)
settings.register_profile("thorough", settings.get_profile("ci"), max_examples=1000)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
