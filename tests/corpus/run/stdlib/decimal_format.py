from decimal import Decimal, localcontext
vals = [Decimal(x) for x in ['0', '-0', '1.5', '-1234.5678', '1E+10', '1.00E-7', '123456789.987654321', '9.995', '-0.0001', 'Inf', 'NaN', '-sNaN']]
specs = ['08', '+08.2f', '<08', 'x^12.3', '=+12,.2f', '012,', '0=12', ' 10.1e', '.0%', '10%', '.2g', '.10G', ',', '+', '-', ' ', '.3', '.0', 'e', '.0e', 'f', '.30e', '020.3F', 'n', '.3n', '0<8', 'z', 'z.2f', '#', '_', '.1f']
with localcontext() as c:
    for sp in specs:
        out = []
        for v in vals:
            try: out.append(format(v, sp))
            except Exception as e: out.append(type(e).__name__)
        print(repr(sp), out)
    c.capitals = 0
    print([format(v, '') for v in vals], [str(v) for v in vals])
