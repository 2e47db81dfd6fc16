# base64: Ascii85 (with its z/y folding, Adobe framing, wrapping) and Base85 round trips and errors.
import base64
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
for data in [b'', b'h', b'hello', b'\0\0\0\0', b'\0\0\0\0\0', b'    ', b'\xff' * 7, bytes(range(40))]:
    t(lambda: base64.a85encode(data))
    t(lambda: base64.a85encode(data, foldspaces=True, pad=True))
    t(lambda: base64.a85encode(data, adobe=True, wrapcol=7))
    t(lambda: base64.a85decode(base64.a85encode(data)) == data)
    t(lambda: base64.a85decode(base64.a85encode(data, adobe=True), adobe=True) == data)
    t(lambda: base64.b85encode(data))
    t(lambda: base64.b85encode(data, pad=True))
    t(lambda: base64.b85decode(base64.b85encode(data)) == data)
t(lambda: base64.a85decode('z!!'))
t(lambda: base64.a85decode('!!z'))
t(lambda: base64.a85decode('s8W-"x'))
t(lambda: base64.a85decode('uuuuu'))
t(lambda: base64.a85decode('<~abc', adobe=True))
t(lambda: base64.a85decode('y', foldspaces=True))
t(lambda: base64.b85decode('~~~~~'))
t(lambda: base64.b85decode('ab"cd'))
t(lambda: base64.b85decode(b'VPa'))
t(lambda: base64.a85encode('str'))
