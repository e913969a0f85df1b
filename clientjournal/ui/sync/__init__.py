"""Sync in the window: Settings → Sync, rounds in the background, the status-bar line, the
other version of a note (conflict banner) and the offer to merge clients created twice."""
