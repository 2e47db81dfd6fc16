### nonlocal_module
nonlocal x
### used_before_global
def f():
    print(x)
    global x
### assigned_before_global
def f():
    x = 1
    global x
### param_global
def f(x):
    global x
### param_nonlocal
def f(x):
    def g(x):
        nonlocal x
### return_outside
return 1
### yield_outside
yield 1
### yield_class
class C:
    yield 1
### await_outside
await x
### await_not_async
def f():
    await x
### duplicate_arg
def f(a, b, a):
    pass
### duplicate_lambda_arg
lambda a, a: 1
### break_outside
break
### continue_outside
if x:
    continue
### break_in_def_in_loop
for x in y:
    def f():
        break
### no_binding_nonlocal
def f():
    def g():
        nonlocal zz
### nonlocal_and_global
def f():
    x = 1
    def g():
        global x
        nonlocal x
### annotated_global
def f():
    global x
    x: int = 1
### import_star_function
def f():
    from m import *
### default_except_last
try:
    pass
except:
    pass
except E:
    pass
### yield_in_listcomp
def f():
    return [(yield x) for x in y]
### async_comp_outside
def f():
    return [x async for x in y]
### return_in_except_star
def f():
    try:
        pass
    except* E:
        return 1
### multiple_starred_assign
a, *b, *c = d
### starred_alone
*a = b
### walrus_iter_var
[i := 0 for i in range(3)]
### walrus_class
class C:
    [y := 1 for i in range(3)]
### wildcard_unreachable
match x:
    case _:
        pass
    case 1:
        pass
### capture_unreachable
match x:
    case y:
        pass
    case 1:
        pass
### duplicate_capture
match x:
    case [a, a]:
        pass
### or_different_names
match x:
    case [a] | [b]:
        pass
### mapping_duplicate_key
match x:
    case {"a": 1, "a": 2}:
        pass
### class_pattern_repeated_attr
match x:
    case C(a=1, a=2):
        pass
### keyword_repeated
f(a=1, a=2)
### future_late
import os
from __future__ import annotations
### future_unknown
from __future__ import nope
### future_braces
from __future__ import braces
### return_value_async_gen
async def f():
    yield 1
    return 2
### yield_from_async
async def f():
    yield from x
### async_for_outside
def f():
    async for x in y:
        pass
### async_with_outside
def f():
    async with x:
        pass
### ok_program
def f():
    for i in range(3):
        try:
            continue
        finally:
            break
### await_in_future_annotation
from __future__ import annotations
async def f():
    x: await y = 1
### walrus_in_future_annotation
from __future__ import annotations
def f(a: (b := 1)):
    pass
