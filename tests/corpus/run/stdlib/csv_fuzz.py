# csv: 150 random dialects/rows: write, read back, and parse random text (CPython gives the same results).
import csv, io, random
random.seed(7)
alphabet = ['a', 'b', ',', ';', '"', "'", '\\', ' ', '\n', '\r', '\t', 'é', '1', '.']
out = []
for case in range(150):
    params = {}
    if random.random() < 0.3: params['delimiter'] = random.choice([',', ';', '\t', '|'])
    if random.random() < 0.3: params['quotechar'] = random.choice(['"', "'"])
    if random.random() < 0.3: params['escapechar'] = random.choice(['\\', None])
    if random.random() < 0.3: params['doublequote'] = random.random() < 0.5
    if random.random() < 0.3: params['skipinitialspace'] = random.random() < 0.5
    if random.random() < 0.3: params['quoting'] = random.choice([0, 1, 2, 3])
    if random.random() < 0.2: params['strict'] = True
    if random.random() < 0.3: params['lineterminator'] = random.choice(['\n', '\r\n', '\r'])
    rows = [[''.join(random.choice(alphabet) for _ in range(random.randint(0, 5))) for _ in range(random.randint(0, 4))] for _ in range(random.randint(1, 3))]
    s = io.StringIO()
    try:
        w = csv.writer(s, **params)
        for r in rows: w.writerow(r)
        text = s.getvalue()
        res = ('W', text)
    except (csv.Error, TypeError) as e:
        res = ('WE', type(e).__name__, str(e)); text = ''.join(random.choice(alphabet) for _ in range(12))
    try:
        back = list(csv.reader(text.splitlines(keepends=True), **params))
        res += ('R', back)
    except (csv.Error, TypeError, ValueError) as e:
        res += ('RE', type(e).__name__, str(e))
    raw = ''.join(random.choice(alphabet) for _ in range(random.randint(0, 15)))
    try:
        res += ('X', list(csv.reader(raw.splitlines(keepends=True), **params)))
    except (csv.Error, TypeError, ValueError) as e:
        res += ('XE', type(e).__name__, str(e))
    print(case, params, repr(res))
