# Nested exception groups in the uncaught traceback.
inner = ExceptionGroup("inner", [KeyError("k"), ZeroDivisionError("z")])
outer = ExceptionGroup("outer", [ValueError("v"), inner])
raise outer
