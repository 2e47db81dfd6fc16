if a: pass
elif b: pass
elif c:
    pass
else: pass
while a:
    break
else:
    continue
for x in y:
    pass
else:
    pass
for x, y in z: pass
for (x, y) in z: pass
for [x, y] in z: pass
for x in *a, *b: pass
for x.y in z: pass
for x[0] in z: pass
while (x := next(it)) is not None: pass
if x:
    if y:
        pass
    else:
        pass
