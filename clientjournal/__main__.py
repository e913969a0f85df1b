"""Allows ``python -m clientjournal``."""

import sys

from clientjournal.app import main

sys.exit(main())
