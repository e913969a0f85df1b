"""What needs attention across all clients: whom to contact, due agreements, falling mood trends."""
