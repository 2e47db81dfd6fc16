import uuid

u = uuid.UUID('{12345678-1234-5678-1234-567812345678}')
print(u, repr(u), u.hex, u.int, u.urn, u.version, u.variant, u.fields, u.bytes, u.bytes_le)
print(u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant, u.clock_seq_low, u.node, u.time, u.clock_seq)
print(uuid.UUID(bytes=u.bytes) == u, uuid.UUID(bytes_le=u.bytes_le) == u, uuid.UUID(fields=u.fields) == u, uuid.UUID(int=u.int) == u)
print(uuid.UUID('urn:uuid:12345678123456781234567812345678'), str(uuid.UUID(int=0)), uuid.UUID(int=1, version=4))
print(uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid5(uuid.NAMESPACE_URL, 'http://x'))
print(uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL.version, uuid.NAMESPACE_OID.variant, uuid.uuid3(uuid.NAMESPACE_X500, 'cn=a').version)
r = uuid.uuid4()
print(r.version, r.variant, len(str(r)), str(r)[14], str(r)[19] in '89ab', uuid.UUID(str(r)) == r)
ids = [uuid.UUID(int=i) for i in (3, 1, 2)]
print(sorted(ids)[0], ids[0] > ids[1], {ids[0]: 'x'}[uuid.UUID(int=3)], int(ids[2]), uuid.SafeUUID.unknown, u.is_safe)
for bad in [lambda: uuid.UUID('123'), lambda: uuid.UUID(), lambda: uuid.UUID(bytes=b'short'), lambda: uuid.UUID(int=-1),
            lambda: uuid.UUID(int=1, version=9), lambda: uuid.UUID(fields=(2 ** 32, 0, 0, 0, 0, 0))]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    u.int = 5
except TypeError as e:
    print(e)
print(uuid.RESERVED_NCS, '|', uuid.RFC_4122, '|', uuid.UUID(int=0).variant, uuid.UUID(int=(0xe000 << 48)).variant)
try:
    uuid.uuid5(uuid.NAMESPACE_URL, b'bytes name')
except TypeError as e:
    print(e)
