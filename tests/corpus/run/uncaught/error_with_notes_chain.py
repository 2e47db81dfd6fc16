# Chained exceptions with notes.
def inner():
    raise KeyError("id")
def outer():
    try:
        inner()
    except KeyError as e:
        e.add_note("while looking up the user")
        raise RuntimeError("lookup failed") from e
outer()
