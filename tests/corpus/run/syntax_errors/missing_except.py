# try without except or finally.
try:
    x = 1
print(x)
