# An uncaught KeyboardInterrupt prints a traceback; CPython then kills itself with SIGINT, so rc is 130 (128+2).
def handler():
    raise KeyboardInterrupt
print("raising KeyboardInterrupt")
handler()
