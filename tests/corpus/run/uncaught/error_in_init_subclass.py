# An exception raised by __init_subclass__ while creating a subclass.
class Base:
    def __init_subclass__(cls, **kwargs):
        if not hasattr(cls, "required"):
            raise TypeError(f"{cls.__name__} must define 'required'")
class Fine(Base):
    required = True
print("Fine created")
class Broken(Base):
    pass
