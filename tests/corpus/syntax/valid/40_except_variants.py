try:
    pass
except (ValueError, TypeError):
    pass
except Exception as e:
    raise RuntimeError('x') from e
except BaseException:
    raise
try:
    try:
        pass
    finally:
        pass
except* ValueError:
    pass
