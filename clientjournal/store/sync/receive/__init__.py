"""Taking in what the other computers wrote, once it is read (``incoming.py``): merging it
into the state (``merging``; a big snapshot waits in a scratch store beside the journal
instead of memory and is merged a batch at a time: ``spool``), and which records a client
merge moves (``followers``).  The merged records are written into the journal's tables by
``project.py``."""
