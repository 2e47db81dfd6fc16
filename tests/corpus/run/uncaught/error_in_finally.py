# An exception raised in finally replaces the original one (context shown).
def work():
    try:
        raise ValueError("original problem")
    finally:
        cleanup = None
        cleanup.close()
work()
