"""Contacts read from other programs (vCard, CSV, saved e-mails) before they become clients or notes."""
