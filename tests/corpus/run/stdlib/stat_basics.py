import os
import stat

print(stat.ST_MODE, stat.ST_SIZE, stat.ST_MTIME)
print(oct(stat.S_IFDIR), oct(stat.S_IFREG), oct(stat.S_IFLNK), oct(stat.S_IFMT(0o100644)))
for mode in (0o100644, 0o100755, 0o040755, 0o120777, 0o020620, 0o060660, 0o010644, 0o140755,
             0o104755, 0o102755, 0o041777, 0o040700 | stat.S_ISVTX, 0o100000 | stat.S_ISUID, 0o000644):
    print(oct(mode), stat.filemode(mode), oct(stat.S_IMODE(mode)),
          stat.S_ISDIR(mode), stat.S_ISREG(mode), stat.S_ISLNK(mode), stat.S_ISCHR(mode),
          stat.S_ISBLK(mode), stat.S_ISFIFO(mode), stat.S_ISSOCK(mode))
print(stat.S_ISDOOR(0), stat.S_ISPORT(0), stat.S_ISWHT(0))
print(stat.S_IRUSR | stat.S_IWUSR | stat.S_IRGRP | stat.S_IROTH == 0o644)
print(stat.S_IRWXU, stat.S_IRWXG, stat.S_IRWXO, stat.S_IREAD, stat.S_IWRITE, stat.S_IEXEC)
print(stat.UF_HIDDEN, stat.SF_IMMUTABLE, stat.FILE_ATTRIBUTE_DIRECTORY)

st = os.stat(__file__)
print(stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode), stat.filemode(st.st_mode)[0])
print(stat.S_ISDIR(os.stat(os.path.dirname(os.path.abspath(__file__))).st_mode))
print(st[stat.ST_SIZE] == st.st_size, st[stat.ST_MODE] == st.st_mode)
readable = bool(st.st_mode & stat.S_IRUSR)
print("owner can read:", readable)
