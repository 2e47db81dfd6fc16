# An AttributeError raised by __getattr__ is stamped with the attribute looked up, so the
# interpreter's printer suggests a close name from dir() just as for a missing attribute.
class Record:
    def __init__(self):
        self.items = []
        self.total = 0

    def __getattr__(self, name):
        raise AttributeError(name)


r = Record()
print(r.total)
print(r.itemz)
