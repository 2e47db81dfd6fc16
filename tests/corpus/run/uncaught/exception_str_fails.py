# An exception whose __str__ raises: the traceback prints a placeholder.
class Weird(Exception):
    def __str__(self):
        raise RuntimeError("no str for you")
print("raising Weird")
raise Weird("payload")
