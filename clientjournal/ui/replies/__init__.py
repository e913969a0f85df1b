"""Replies and the sleep-on-it queue: the composer, the client's replies, the queue, its watch."""
