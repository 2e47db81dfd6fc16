# Bitwise and shift fast paths for exact ints agree with the full protocol at every boundary.
vals = [0, 1, -1, 5, -5, 255, 256, 2**31, -2**31, 2**62, -2**62, 2**63-1, -2**63, 10**20, True]
shifts = [0, 1, 2, 31, 32, 62, 63, 64, 65, 100, -1]
for a in vals:
    for b in vals:
        print(a & b, a | b, a ^ b)
    for s in shifts:
        out = []
        for f in (lambda: a << s, lambda: a >> s):
            try: out.append(f())
            except Exception as e: out.append(type(e).__name__ + ": " + str(e))
        print(a, s, out)
