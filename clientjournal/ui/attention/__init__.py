"""What needs attention across all clients, in one dialog: whom to get in touch with, overdue invoices, falling mood trends."""
