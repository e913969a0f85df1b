"""Client Journal: a local, offline journal of every client relationship."""

__version__ = "0.1.0"
APP_NAME = "Client Journal"
APP_ID = "clientjournal"
