# pwd and grp: lookups by id and name, struct sequences, and CPython's errors.
import grp
import os
import pwd

root = pwd.getpwuid(0)
print(type(root).__name__, type(root).__module__, root.pw_name, root.pw_uid, root.pw_gid, len(root))
print(root == pwd.getpwnam("root"), root[0] == root.pw_name, root[5] == root.pw_dir, isinstance(root, tuple))
print(root in pwd.getpwall(), all(isinstance(e.pw_uid, int) for e in pwd.getpwall()))
print(pwd.getpwuid(os.getuid()).pw_uid == os.getuid())
print(pwd.struct_passwd.n_fields, pwd.struct_passwd.n_sequence_fields, pwd.struct_passwd.n_unnamed_fields)
print(pwd.struct_passwd(("a", "b", 1, 2, "c", "d", "e")))
group = grp.getgrgid(0)
print(type(group).__name__, group.gr_name, group.gr_gid, type(group.gr_mem).__name__, len(group))
print(group == grp.getgrnam(group.gr_name), group in grp.getgrall(), grp.getgrgid(id=0) == group)
print(grp.struct_group(("g", "x", 5, ["a", "b"])))

for call in (lambda: pwd.getpwuid(99999), lambda: pwd.getpwuid(-1), lambda: pwd.getpwuid(-5),
             lambda: pwd.getpwuid(2**40), lambda: pwd.getpwuid("x"), lambda: pwd.getpwuid(1.5),
             lambda: pwd.getpwnam("no-such-user-here"), lambda: pwd.getpwnam(""), lambda: pwd.getpwnam(5),
             lambda: pwd.getpwnam("a\0b"), lambda: pwd.struct_passwd((1, 2)),
             lambda: grp.getgrgid(99999), lambda: grp.getgrgid(-1), lambda: grp.getgrgid(-5),
             lambda: grp.getgrgid(2**40), lambda: grp.getgrgid(2**64), lambda: grp.getgrgid("x"),
             lambda: grp.getgrnam("no-such-group-here"), lambda: grp.getgrnam(5), lambda: grp.getgrnam("a\0")):
    try:
        call()
        print("no error")
    except (KeyError, TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for attr in ("pw_name", "other"):
    try:
        setattr(root, attr, "x")
    except AttributeError as e:
        print("AttributeError", e)

# os.path.expanduser resolves ~user through pwd.
print(os.path.expanduser("~root/x") == os.path.join(pwd.getpwnam("root").pw_dir, "x"))
print(os.path.expanduser("~no-such-user-here/x"), os.path.expanduser(b"~root") == os.fsencode(root.pw_dir))

# pathlib names a file's owner and group through pwd and grp.
import pathlib
import tempfile
with tempfile.NamedTemporaryFile() as f:
    path = pathlib.Path(f.name)
    print(path.owner() == pwd.getpwuid(os.getuid()).pw_name, path.group() == grp.getgrgid(os.stat(f.name).st_gid).gr_name)
