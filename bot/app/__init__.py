"""Use cases over the storage interface: conversations, reminders, clinics, privacy, the outbox,
the inbox, health, settings and logging. No storage backend, no Telegram.
"""
