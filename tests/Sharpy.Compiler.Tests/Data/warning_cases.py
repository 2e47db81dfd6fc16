### is_literal
if x is 1:
    pass
### is_not_literal
y = x is not "s"
### is_none_ok
y = x is None or x is ... or x is True
### assert_tuple
assert (x, "message")
### not_callable
y = (1, 2)(3)
### not_callable_str
y = "abc"(1)
### not_subscriptable
y = 5[0]
### bad_index
y = [1, 2]["a"]
### tuple_is
y = x is ()
### chained_is
y = 1 < x is 2
