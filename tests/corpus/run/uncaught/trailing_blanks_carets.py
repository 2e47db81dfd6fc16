# The interpreter's printer keeps trailing blanks on the source line and then shows carets
# even where the expression spans the whole stripped line (Python/traceback.c, unlike traceback.py).
def check(x):
    raise ValueError(f"bad value {x}")   


def run(items):
    for item in items:
        check(item)  


run([1])    
