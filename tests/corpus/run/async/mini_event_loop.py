# A tiny deterministic event loop: tasks, sleep by ticks, awaiting other tasks, exceptions.
class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks
    def __await__(self):
        yield ("sleep", self.ticks)
class Task:
    def __init__(self, loop, coro, name):
        self.loop, self.coro, self.name = loop, coro, name
        self.done = False
        self.result = None
        self.error = None
        self.waiters = []
    def __await__(self):
        if not self.done:
            yield ("wait", self)
        if self.error:
            raise self.error
        return self.result
class Loop:
    def __init__(self):
        self.tick = 0
        self.ready = []
        self.sleeping = []
    def spawn(self, coro, name):
        t = Task(self, coro, name)
        self.ready.append((t, None))
        return t
    def run(self):
        while self.ready or self.sleeping:
            if not self.ready:
                self.tick = min(w for w, _ in self.sleeping)
                self.ready = [t for w, t in self.sleeping if w == self.tick]
                self.sleeping = [(w, t) for w, t in self.sleeping if w != self.tick]
                self.ready = [(t, None) for t in self.ready]
            task, value = self.ready.pop(0)
            try:
                req = task.coro.send(value)
            except StopIteration as e:
                task.done, task.result = True, e.value
                print(f"[t={self.tick}] {task.name} finished -> {e.value!r}")
                self.ready.extend((w, None) for w in task.waiters)
                continue
            except Exception as e:
                task.done, task.error = True, e
                print(f"[t={self.tick}] {task.name} failed -> {e!r}")
                self.ready.extend((w, None) for w in task.waiters)
                continue
            kind, arg = req
            if kind == "sleep":
                self.sleeping.append((self.tick + arg, task))
            elif kind == "wait":
                arg.waiters.append(task)
loop = Loop()
async def worker(name, delay, fail=False):
    print(f"[t={loop.tick}] {name} start")
    await Sleep(delay)
    if fail:
        raise ValueError(f"{name} broke")
    print(f"[t={loop.tick}] {name} woke")
    return name.upper()
async def main():
    a = loop.spawn(worker("a", 3), "a")
    b = loop.spawn(worker("b", 1), "b")
    c = loop.spawn(worker("c", 2, fail=True), "c")
    results = [await b, await a]
    try:
        await c
    except ValueError as e:
        results.append(f"caught {e}")
    return results
loop.spawn(main(), "main")
loop.run()
print("final tick", loop.tick)
