import datetime, collections, decimal, functools, itertools
for expr in ["datetime.datetime(2024,1,1) - 5", "datetime.date.today() + 1", "datetime.timedelta(1) * 'x'", "datetime.datetime(2024,1,1) < 3",
             "collections.defaultdict(int)[0] + collections.defaultdict(int)", "collections.defaultdict(int).nope", "collections.OrderedDict() + 1",
             "decimal.Decimal(1) + 1.5", "decimal.Decimal(1) < 'x'", "functools.partial(int)[0]", "itertools.count()[0]", "len(itertools.count())",
             "next(itertools.chain)", "hash(collections.defaultdict())", "-datetime.date(2024,1,1)", "abs(datetime.date(2024,1,1))",
             "datetime.time(1) + datetime.time(2)", "itertools.repeat(1)()", "decimal.getcontext() + 1"]:
    try: print(eval(expr))
    except Exception as e: print(type(e).__name__, e)
class MyDT(datetime.datetime): pass
try: MyDT(2024,1,1) - 5
except TypeError as e: print(e)
class DD(collections.defaultdict): pass
try: DD().x
except AttributeError as e: print(e)
print(datetime.datetime.__name__, collections.defaultdict.__qualname__, repr(datetime.timedelta), hasattr(datetime.date, '__sharpy_tp_name__'))
