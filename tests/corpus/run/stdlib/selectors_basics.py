# selectors: registration bookkeeping and readiness of regular files (always ready) with
# SelectSelector and PollSelector.
import os
import re
import selectors
import tempfile

print(selectors.EVENT_READ, selectors.EVENT_WRITE, selectors.SelectorKey._fields)
print(issubclass(selectors.DefaultSelector, selectors.BaseSelector))
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'f')
    with open(path, 'w') as f:
        f.write('data')
    for cls in [selectors.SelectSelector, selectors.PollSelector]:
        print('--', cls.__name__)
        with open(path) as r, open(path, 'a') as w, cls() as sel:
            key = sel.register(r, selectors.EVENT_READ, 'reader')
            print(key.fileobj is r, key.fd == r.fileno(), key.events, key.data)
            sel.register(w.fileno(), selectors.EVENT_READ | selectors.EVENT_WRITE)
            ready = sorted((str(k.data), ev) for k, ev in sel.select(0))
            print(ready)
            print(len(sel.get_map()), sel.get_key(r).data, r in sel.get_map(), list(sel.get_map()) == sorted([r.fileno(), w.fileno()]))
            k2 = sel.modify(r, selectors.EVENT_READ, 'renamed')
            print(k2.data, sel.get_key(r) is k2)
            k3 = sel.modify(r, selectors.EVENT_WRITE)
            print(k3.events, k3.data, sorted((k.fd == w.fileno(), ev) for k, ev in sel.select(timeout=0.01)))
            print(sel.modify(r, selectors.EVENT_WRITE) is k3)
            for bad in [lambda: sel.register(r, selectors.EVENT_READ), lambda: sel.register(r, 0), lambda: sel.register(r, 4),
                        lambda: sel.register('nofileno', 1), lambda: sel.register(-1, 1), lambda: sel.get_key(12345),
                        lambda: sel.modify(99999, 1), lambda: sel.unregister(99999)]:
                try:
                    bad()
                except (KeyError, ValueError) as e:
                    print(type(e).__name__, re.sub(r'FD \d+', 'FD N', str(e).replace(d, 'D')))
            print(sel.unregister(r).fileobj is r, len(sel.get_map()))
            r.close()
            sel.register(w, selectors.EVENT_WRITE, 'w2') if False else None
        try:
            sel.get_key(w)
        except RuntimeError as e:
            print('RuntimeError', e)
        print(sel.get_map())
