a = 'it''s'
b = "say \"hi\""
c = 'back\\slash'
d = '\''
e = """q""\""""
