"""Invoices: a client's payments, the invoice dialog, reminders, the overdue list."""
