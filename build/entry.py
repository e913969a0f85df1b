"""PyInstaller entry script: run Client Journal and exit with its status.

Not ``clientjournal/__main__.py``: PyInstaller runs its script as ``__main__`` outside any
package, so the entry must import the app by its absolute name.
"""

import sys

from clientjournal.app import main

if __name__ == "__main__":
    sys.exit(main())
