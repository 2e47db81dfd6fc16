# dbm package: dbm.dumb databases, dbm.open flags, whichdb and errors.
import dbm
import dbm.dumb
import os
import tempfile

tmp = tempfile.TemporaryDirectory()
os.chdir(tmp.name)

print(dbm.error[0].__name__, dbm.error[1] is OSError, dbm.dumb.error is OSError)
print(issubclass(dbm.error[0], Exception))

# dbm.dumb directly
with dbm.dumb.open('d1', 'c') as db:
    db['a'] = 'alpha'
    db[b'b'] = b'beta'
    db['c'] = 'gamma \u00e9'
    try:
        db[bytearray(b'c')] = 'v'
    except TypeError as e:
        print('TypeError', e)
    print(len(db), sorted(db.keys()), db['a'], db[b'c'].decode())
    print('a' in db, b'b' in db, 'z' in db)
    db['a'] = 'x' * 600            # grows beyond one block: appended
    db['b'] = 'short'              # fits: overwritten in place
    print(len(db['a']), db['b'], db.get('nope', b'default'))
    del db['c']
    print(sorted(db), sorted(db.items())[1])
    for bad in (1, None):
        try:
            db[bad] = 'v'
        except TypeError as e:
            print('TypeError', e)
    try:
        db['k'] = 3
    except TypeError as e:
        print('TypeError', e)
    try:
        db['missing']
    except KeyError as e:
        print('KeyError', e)
print(sorted(os.listdir('.')))
print(dbm.whichdb('d1'), dbm.whichdb('nothing'))

# the index survives closing; values stay bytes
db = dbm.dumb.open('d1', 'r')
print(sorted(db.keys()), db['b'])
try:
    db['new'] = 'v'
except dbm.error as e:
    print(type(e).__name__, e)
try:
    del db['b']
except OSError as e:
    print(type(e).__name__, e)
db.close()
db.close()
for op in (lambda: db['b'], lambda: len(db), lambda: db.keys(), lambda: 'b' in db):
    try:
        op()
    except dbm.error as e:
        print(type(e).__name__, e)

try:
    dbm.dumb.open('d1', 'x')
except ValueError as e:
    print('ValueError', e)
try:
    dbm.dumb.open('absent', 'r')
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno, e.filename)

# dbm.open with each flag
try:
    dbm.open('fresh')
except dbm.error as e:
    print(type(e).__name__, e)
try:
    dbm.open('fresh', 'w')
except dbm.error[0] as e:
    print(type(e).__name__, e)
db = dbm.open('fresh', 'c')
db['one'] = '1'
db.close()
print(dbm.whichdb('fresh'))
with dbm.open('fresh', 'w') as db:
    db['two'] = b'2'
    print(sorted(db.keys()))
with dbm.open('fresh') as db:
    print(sorted(db.items()))
with dbm.open('fresh', 'n') as db:
    print(len(db), list(db))

# files dbm cannot identify
with open('junk', 'wb') as f:
    f.write(b'not a database at all')
with open('tiny', 'wb') as f:
    f.write(b'ab')
print(repr(dbm.whichdb('junk')), repr(dbm.whichdb('tiny')))
try:
    dbm.open('junk')
except dbm.error as e:
    print(type(e).__name__, e)
with open('gdbm', 'wb') as f:
    f.write(bytes.fromhex('ce9a5713') + bytes(12))
print(dbm.whichdb('gdbm'))
try:
    dbm.open('gdbm')
except dbm.error as e:
    print(type(e).__name__, e)

# the .dir index format is plain text
with dbm.dumb.open('fmt', 'n') as db:
    db['k'] = 'v'
with open('fmt.dir') as f:
    print(f.read(), end='')
os.chdir('/')
tmp.cleanup()
