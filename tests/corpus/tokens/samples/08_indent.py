if a:
    if b:
        if c:
            pass
    x = 1
y = 2
while 1:
	pass
for x in y:
        pass
