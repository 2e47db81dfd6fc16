x = """
line1
    line2
"""
y = """a""" + """b"""
z = """\
escaped newline\
"""
w = ("abc"
     "def")
