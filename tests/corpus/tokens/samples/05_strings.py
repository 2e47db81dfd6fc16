s = 'a' "b" '''c
d''' """e

f"""
b = b'x' rb'y' Rb'z' bR'w' BR'v' rB'u'
u = u'x' U'y' r'\' R'''
f = f'{x}' rf'{y}' fR'{z}' F'' Rf''
