# -W options, PYTHONWARNINGS and -b/-bb, checked in child interpreters (sys.executable).
import os
import subprocess
import sys

CASES = [
    (["-W", "error"], "import warnings; warnings.warn('as error')"),
    (["-W", "ignore", "-W", "error::UserWarning"], "import warnings; warnings.warn('last -W wins')"),
    (["-W", "bogus"], "print('runs anyway')"),
    (["-W", "error::NoSuchWarning"], "print('unknown category')"),
    (["-W", "a:b:c:d:e:f"], "print('too many fields')"),
    (["-W", "error:abc"], "import warnings; warnings.warn('ABCdef')"),
    (["-W", "error:abc"], "import warnings; warnings.warn('xabc'); print('prefix only')"),
    (["-W", "error::UserWarning:__main__:1"], "import warnings; warnings.warn('line 1')"),
    (["-W", "always::DeprecationWarning"], "import warnings\nfor i in range(2): warnings.warn('d', DeprecationWarning)"),
    (["-b"], "print(b'a' == 'a', b'a' != 1, bytearray(b'x') == 'x', str(b'q'))"),
    (["-bb"], "print(b'a' == 'a')"),
    ([], "print(b'a' == 'a', str(b'q'))"),
    (["-W", "error"], "import warnings\ndef f(): warnings.warn('deep', stacklevel=2)\ndef g(): f()\ng()"),
]

env = dict(os.environ)
env.pop("PYTHONWARNINGS", None)
for options, code in CASES:
    r = subprocess.run([sys.executable, *options, "-c", code], capture_output=True, text=True, env=env)
    print(options, r.returncode)
    print("  out:", r.stdout.strip().splitlines())
    print("  err:", r.stderr.strip().splitlines())

env["PYTHONWARNINGS"] = "error::DeprecationWarning,ignore::UserWarning"
r = subprocess.run([sys.executable, "-c", "import sys, warnings; print(sys.warnoptions); warnings.warn('quiet'); "
                    "warnings.warn('loud', DeprecationWarning)"], capture_output=True, text=True, env=env)
print("PYTHONWARNINGS", r.returncode, r.stdout.strip().splitlines(), r.stderr.strip().splitlines()[-1:])
