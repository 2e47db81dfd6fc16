import gc

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
print(gc.get_threshold())
old = gc.get_threshold()
gc.set_threshold(500, 5)
print(gc.get_threshold())
gc.set_threshold(*old)
print(gc.get_threshold())
print(type(gc.collect()).__name__, type(gc.collect(0)).__name__)
try:
    gc.collect(3)
except ValueError as e:
    print("ValueError:", e)
print(len(gc.get_count()), all(isinstance(c, int) for c in gc.get_count()))
print(gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked(None), gc.is_tracked([]))

class Thing:
    pass

print(gc.is_tracked(Thing()))
print(isinstance(gc.garbage, list), gc.garbage)
print(isinstance(gc.callbacks, list))
print(gc.DEBUG_STATS, gc.DEBUG_LEAK, gc.DEBUG_SAVEALL)
gc.set_debug(0)
print(gc.get_debug())
print(len(gc.get_stats()), sorted(gc.get_stats()[0]))
gc.freeze()
gc.unfreeze()
print(gc.get_freeze_count())

# Collecting in a loop, as programs that manage memory do.
for i in range(3):
    data = [Thing() for _ in range(100)]
    del data
    gc.collect()
print("done")
