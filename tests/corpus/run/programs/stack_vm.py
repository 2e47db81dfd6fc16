# A small stack-based virtual machine with a compiler from nested tuples.
def compile_expr(expr, code):
    match expr:
        case int() | float():
            code.append(("PUSH", expr))
        case str(name):
            code.append(("LOAD", name))
        case ("let", name, value):
            compile_expr(value, code)
            code.append(("STORE", name))
        case ("if", cond, then, other):
            compile_expr(cond, code)
            jump_false = len(code)
            code.append(None)
            compile_expr(then, code)
            jump_end = len(code)
            code.append(None)
            code[jump_false] = ("JUMP_IF_FALSE", len(code))
            compile_expr(other, code)
            code[jump_end] = ("JUMP", len(code))
        case ("while", cond, body):
            start = len(code)
            compile_expr(cond, code)
            exit_jump = len(code)
            code.append(None)
            compile_expr(body, code)
            code.append(("POP", None))
            code.append(("JUMP", start))
            code[exit_jump] = ("JUMP_IF_FALSE", len(code))
            code.append(("PUSH", None))
        case ("seq", *items):
            for i, item in enumerate(items):
                compile_expr(item, code)
                if i < len(items) - 1:
                    code.append(("POP", None))
        case (op, left, right):
            compile_expr(left, code)
            compile_expr(right, code)
            code.append(("BINOP", op))
    return code
OPS = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
       "<": lambda a, b: a < b, "%": lambda a, b: a % b, "==": lambda a, b: a == b}
def run(code):
    stack, env, pc, steps = [], {}, 0, 0
    while pc < len(code):
        op, arg = code[pc]
        pc += 1
        steps += 1
        if op == "PUSH":
            stack.append(arg)
        elif op == "LOAD":
            stack.append(env[arg])
        elif op == "STORE":
            env[arg] = stack[-1]
        elif op == "POP":
            stack.pop()
        elif op == "BINOP":
            b, a = stack.pop(), stack.pop()
            stack.append(OPS[arg](a, b))
        elif op == "JUMP":
            pc = arg
        elif op == "JUMP_IF_FALSE":
            if not stack.pop():
                pc = arg
    return stack, env, steps
program = ("seq",
           ("let", "i", 0), ("let", "total", 0),
           ("while", ("<", "i", 20),
            ("seq",
             ("let", "total", ("if", ("==", ("%", "i", 3), 0), ("+", "total", "i"), "total")),
             ("let", "i", ("+", "i", 1)))),
           "total")
code = compile_expr(program, [])
for idx, ins in enumerate(code[:12]):
    print(idx, ins)
print(len(code), "instructions")
stack, env, steps = run(code)
print(stack, sorted(env.items()), steps)
print(run(compile_expr(("*", ("+", 2, 3), ("-", 10, 4)), []))[0])
try:
    run(compile_expr(("+", "undefined", 1), []))
except KeyError as e:
    print("KeyError:", e)
