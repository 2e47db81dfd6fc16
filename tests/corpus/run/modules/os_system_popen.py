# os.system and os.popen (over subprocess).
import os
print(os.system('exit 3'), os.system('true'))
with os.popen('echo hi; echo there') as f:
    print(f.read())
f = os.popen('exit 2'); print(f.read(), f.close())
print(os.popen('echo x').readlines())
