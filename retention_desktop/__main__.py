"""``python -m retention_desktop`` is the same as the ``retention-desktop`` command."""

import sys

from retention_desktop.cli import main

sys.exit(main())
