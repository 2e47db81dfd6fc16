# An exception raised by __set_name__ during class creation (CPython 3.11 wraps it in RuntimeError).
class Field:
    def __set_name__(self, owner, name):
        if name.startswith("_"):
            raise ValueError(f"field {name!r} must be public")
        self.name = name
class Good:
    x = Field()
print("Good created with field", Good.x.name)
class Bad:
    _hidden = Field()
