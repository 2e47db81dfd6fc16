# -*- coding: latin-1 -*-
s = "café üß"
print(s, len(s), s.encode("utf-8"))
