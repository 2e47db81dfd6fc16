# Cooperative multitasking with plain generators and a round-robin scheduler.
def task(name, steps):
    for i in range(steps):
        received = yield f"{name} step {i}"
        if received:
            print(f"  {name} received {received!r}")
    return f"{name} done after {steps} steps"
def scheduler(tasks):
    queue = list(tasks)
    results = {}
    rounds = 0
    messages = {"b": "hello b", "c": "hi c"}
    pending = {name: None for name, _ in queue}
    while queue:
        rounds += 1
        name, gen = queue.pop(0)
        try:
            out = gen.send(pending[name])
            pending[name] = messages.pop(name, None) if rounds > 2 else None
            print(out)
            queue.append((name, gen))
        except StopIteration as e:
            results[name] = e.value
    return rounds, results
rounds, results = scheduler([("a", task("a", 2)), ("b", task("b", 3)), ("c", task("c", 1))])
print(rounds)
for k in sorted(results):
    print(k, "->", results[k])
def producer(n):
    for i in range(n):
        print("produce", i)
        yield i
def consumer():
    total = 0
    try:
        while True:
            item = yield
            total += item
            print("consume", item, "total", total)
    except GeneratorExit:
        print("consumer closing with total", total)
c = consumer()
next(c)
for item in producer(3):
    c.send(item)
c.close()
