s = "😀 emoji"
t = "a😀b"; u = 1
v = f"{s}😀{t}"
# 😀 comment
w = (1,  # 😀
     2)
