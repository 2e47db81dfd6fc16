# mailcap: parsing mailcap files, lookups with wildcards and tests, and command substitution.
import io
import os
import tempfile
import warnings

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    import mailcap
print([str(w.message) for w in caught])

text = '''# comment
text/plain; cat %s; copiousoutput
text/html; lynx -dump %s; test=true; nametemplate=%s.html; needsterminal
text/html; w3m %s; test=false
image/*; display %s; description="any image"
application/x-thing; viewer --type=%t --charset=%{charset} %s \\
  --more; edit=editor %s
audio/basic ; play %s ; compose=rec %s; x=1; x=2
bad-entry-without-command
 Video / MPEG ; mpeg_play %s
'''
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'mailcap')
    with open(path, 'w') as f:
        f.write(text)
    os.environ['MAILCAPS'] = os.pathsep.join([path, os.path.join(d, 'missing')])
    print(mailcap.listmailcapfiles() == [path, os.path.join(d, 'missing')])
    caps = mailcap.getcaps()
for key in sorted(caps):
    print(key, caps[key])
print(mailcap.findmatch(caps, 'text/plain', filename='notes.txt'))
print(mailcap.findmatch(caps, 'text/html', filename='page'))
print(mailcap.findmatch(caps, 'image/png', filename='pic.png'))
print(mailcap.findmatch(caps, 'application/x-thing', filename='f', plist=['Charset=utf-8', 'other=1']))
print(mailcap.findmatch(caps, 'application/x-thing', key='edit', filename='f'))
print(mailcap.findmatch(caps, 'audio/basic', key='compose'), mailcap.findmatch(caps, 'nothing/here'))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    print(mailcap.findmatch(caps, 'text/plain', filename='a;rm -rf'))
    print(mailcap.findmatch(caps, 'application/x-thing', filename='f', plist=['charset=$(x)']))
    print(mailcap.subst('%t', 'bad type;', 'f'))
    fp = io.StringIO('a/b; view %s\n')
    print(mailcap.readmailcapfile(fp))
print([(w.category.__name__, str(w.message)) for w in caught])
print(mailcap.subst('a\\;b %% %x %s %{p}', 't/t', 'file', ['P=v']), mailcap.findparam('q', ['a=1']))
print(mailcap.parseline('x/y; cmd \\; more; k = v ; flag'), mailcap.parseline('only'))
print(mailcap.lookup(caps, 'text/html'), mailcap.lookup({'a/*': [{'view': 'w'}], 'a/b': [{'view': 'v', 'lineno': 9}]}, 'a/b'))
