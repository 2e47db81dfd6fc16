x = 1
y = "a"
if x:
    z = """
q
"""
