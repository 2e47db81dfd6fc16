# A tiny interpreter for a list-based language written with match statements.
def evaluate(expr, env):
    match expr:
        case int() | float() as n:
            return n
        case str(name):
            return env[name]
        case ["let", str(name), value, body]:
            return evaluate(body, {**env, name: evaluate(value, env)})
        case ["if", cond, then, else_]:
            return evaluate(then if evaluate(cond, env) else else_, env)
        case ["lambda", [*params], body]:
            return ("closure", params, body, env)
        case [("+" | "-" | "*" | "<") as op, left, right]:
            a, b = evaluate(left, env), evaluate(right, env)
            match op:
                case "+": return a + b
                case "-": return a - b
                case "*": return a * b
                case "<": return a < b
        case [fn, *args]:
            match evaluate(fn, env):
                case ("closure", params, body, cenv) if len(params) == len(args):
                    new_env = dict(cenv)
                    for p, a in zip(params, args):
                        new_env[p] = evaluate(a, env)
                    return evaluate(body, new_env)
                case ("closure", params, *_):
                    raise TypeError(f"expected {len(params)} args, got {len(args)}")
                case other:
                    raise TypeError(f"not callable: {other!r}")
        case _:
            raise SyntaxError(f"bad expression {expr!r}")
programs = [
    ["+", 1, ["*", 2, 3]],
    ["let", "x", 5, ["if", ["<", "x", 10], "x", 0]],
    [["lambda", ["a", "b"], ["-", "a", "b"]], 10, 4],
    ["let", "sq", ["lambda", ["n"], ["*", "n", "n"]], ["sq", ["sq", 3]]],
    [["lambda", ["a"], "a"], 1, 2],
    [5, 1],
    {"not": "valid"},
]
for prog in programs:
    try:
        print(evaluate(prog, {}))
    except (TypeError, SyntaxError, KeyError) as e:
        print(type(e).__name__ + ":", e)
