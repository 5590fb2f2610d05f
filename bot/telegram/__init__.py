"""The Telegram adapter: handlers, guards, ordering, the HTTP transport, the sender and the service
that polls or serves the webhook.
"""
