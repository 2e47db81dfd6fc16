# Exception raised by __exit__ while another exception propagates.
class Resource:
    def __enter__(self):
        print("acquire")
        return self
    def __exit__(self, typ, val, tb):
        print("release sees", typ.__name__)
        raise OSError("release failed")
with Resource():
    raise ValueError("work failed")
