"""Test settings shared by every test: Qt offscreen, hypothesis without deadlines."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from hypothesis import settings

# Shared CI machines are slow at times: no per-example deadline, a fixed number of examples.
settings.register_profile("default", deadline=None, max_examples=200)
settings.load_profile("default")
