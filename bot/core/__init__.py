"""The pure core: the model, content and its checks, the engine, safety and understanding. No I/O
besides reading the content files, no clock, no storage, no Telegram.
"""
