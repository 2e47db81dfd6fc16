"""A small stack-based bytecode VM with an assembler and a compiler for expressions."""
import operator
import dis
from enum import IntEnum


class Op(IntEnum):
    PUSH = 1
    LOAD = 2
    STORE = 3
    ADD = 4
    SUB = 5
    MUL = 6
    DIV = 7
    JMP = 8
    JZ = 9
    PRINT = 10
    HALT = 11
    LT = 12
    DUP = 13
    CALL = 14
    RET = 15


BINOPS = {Op.ADD: operator.add, Op.SUB: operator.sub, Op.MUL: operator.mul,
          Op.DIV: operator.floordiv, Op.LT: lambda a, b: int(a < b)}


class VMError(Exception):
    pass


def assemble(text):
    code, labels, fixups = [], {}, []
    for lineno, line in enumerate(text.strip().splitlines(), 1):
        line = line.split(";")[0].strip()
        if not line:
            continue
        if line.endswith(":"):
            labels[line[:-1]] = len(code)
            continue
        name, *args = line.split()
        try:
            op = Op[name.upper()]
        except KeyError:
            raise VMError(f"line {lineno}: unknown opcode {name!r}") from None
        code.append(op)
        for a in args:
            if a.lstrip("-").isdigit():
                code.append(int(a))
            else:
                fixups.append((len(code), a))
                code.append(None)
    for pos, label in fixups:
        if label in labels:
            code[pos] = labels[label]
        else:
            code[pos] = label
    return code


class VM:
    def __init__(self, code, trace=False):
        self.code = code
        self.stack = []
        self.vars = {}
        self.frames = []
        self.pc = 0
        self.output = []
        self.steps = 0
        self.trace = trace

    def pop(self):
        if not self.stack:
            raise VMError(f"stack underflow at pc={self.pc}")
        return self.stack.pop()

    def run(self, limit=10_000):
        while True:
            self.steps += 1
            if self.steps > limit:
                raise VMError("step limit exceeded")
            op = Op(self.code[self.pc])
            self.pc += 1
            if self.trace:
                print(f"    {self.pc - 1:3d} {op.name:<6} {self.stack}")
            if op in BINOPS:
                b, a = self.pop(), self.pop()
                try:
                    self.stack.append(BINOPS[op](a, b))
                except ZeroDivisionError:
                    raise VMError("division by zero") from None
            elif op is Op.PUSH:
                self.stack.append(self.code[self.pc]); self.pc += 1
            elif op is Op.LOAD:
                self.stack.append(self.vars[self.code[self.pc]]); self.pc += 1
            elif op is Op.STORE:
                self.vars[self.code[self.pc]] = self.pop(); self.pc += 1
            elif op is Op.JMP:
                self.pc = self.code[self.pc]
            elif op is Op.JZ:
                target = self.code[self.pc]; self.pc += 1
                if self.pop() == 0:
                    self.pc = target
            elif op is Op.DUP:
                self.stack.append(self.stack[-1])
            elif op is Op.PRINT:
                self.output.append(self.pop())
            elif op is Op.CALL:
                self.frames.append(self.pc + 1)
                self.pc = self.code[self.pc]
            elif op is Op.RET:
                self.pc = self.frames.pop()
            elif op is Op.HALT:
                return self.output


factorial = """
    push 1
    store acc
    push 6
    store n
loop:
    load n
    jz done
    load acc
    load n
    mul
    store acc
    load n
    push 1
    sub
    store n
    jmp loop
done:
    load acc
    print
    call sq
    halt
sq:                ; squares top of stack
    push 7
    dup
    mul
    print
    ret
"""
code = assemble(factorial)
print(code[:10])
vm = VM(code)
print(vm.run(), vm.steps, sorted(vm.vars.items()))
small = VM(assemble("push 2\npush 3\nlt\nprint\npush 10\npush 3\ndiv\nprint\nhalt"), trace=True)
print(small.run())
for bad in ["push 1\npush 0\ndiv\nhalt", "add\nhalt", "loop:\njmp loop", "frob 3"]:
    try:
        VM(assemble(bad)).run()
    except VMError as e:
        print("VMError:", e)
print(Op.ADD + 1, Op(5), repr(Op.MUL), Op.HALT > Op.PRINT, int(Op.RET), Op.PUSH.name)
print(sorted(BINOPS, reverse=True)[:2], hash(Op.ADD) == hash(4))


def f(a, b):
    return a + b * 2


print(dis.opname[100] if len(dis.opname) > 100 else None, f.__code__.co_varnames, f.__code__.co_argcount)
