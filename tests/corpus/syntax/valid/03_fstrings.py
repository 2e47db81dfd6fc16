x = 1; y = 'a'; w = 10
a = f'{x}'
b = f'{x!r} {y!s} {y!a}'
c = f'{x:>{w}} {x:{w}.{w}}'
d = f'{x=} {x = } {x=!s} {x=:>5}'
e = f'{{literal}} {x}{{'
f = f'{x + 1}' f'{y}' 'plain' f"{x}"
g = f'''
{x
 + 1}
  {y}'''
h = F'{x}' rf'\d{x}' fR'{x}\n'
i = f'{"nested" + y}' f"{'q'}"
j = f'{x:}' f''
k = f'{ x }' f'{x,}' f'{x, y}'
l = f'{[i for i in range(3)]}' f'{ {"a": 1}["a"] }'
m = f'{x!r:^10}' f'{lambda_:=5}'
n = f'é{x}é{y}'
o = u'a' f'{x}'
p = f'{x:{{}}>10}'
q = f'{3.14:.2f}' f'{x:#x}'
