print("start")
s = "café"
