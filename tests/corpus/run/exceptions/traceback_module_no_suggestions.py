# Lib/traceback.py in 3.11 prints no "Did you mean" (only the interpreter's own display adds it).
import traceback
counter = 1
class Box:
    def __init__(self):
        self.value = 1
for bad in (lambda: countr, lambda: Box().valeu, lambda: [].apend):
    try:
        bad()
    except Exception as e:
        print(traceback.format_exception_only(type(e), e)[-1], end="")
        print("".join(traceback.format_exception(e)).splitlines()[-1])
Box().valeu
