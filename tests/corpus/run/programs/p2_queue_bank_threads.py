"""Simulated bank tellers as worker threads processing a queue of transactions with a shared ledger lock."""
import threading
import queue
from collections import defaultdict


class Ledger:
    def __init__(self, balances):
        self.balances = dict(balances)
        self.lock = threading.Lock()
        self.rejected = []
        self.processed = defaultdict(int)

    def transfer(self, teller, src, dst, amount, txid):
        with self.lock:
            self.processed[teller] += 1
            if self.balances.get(src, 0) < amount:
                self.rejected.append((txid, src, amount))
                return False
            self.balances[src] -= amount
            self.balances[dst] = self.balances.get(dst, 0) + amount
            return True


def teller(name, q, ledger, done):
    while True:
        tx = q.get()
        try:
            if tx is None:
                return
            txid, src, dst, amount = tx
            ok = ledger.transfer(name, src, dst, amount, txid)
            with done["lock"]:
                done["results"][txid] = ok
        finally:
            q.task_done()


ledger = Ledger({"alice": 500, "bob": 300, "carol": 50, "dave": 0})
q = queue.Queue()
done = {"lock": threading.Lock(), "results": {}}
tellers = [threading.Thread(target=teller, args=(f"T{i}", q, ledger, done)) for i in range(3)]
for t in tellers:
    t.start()
txs = []
people = ["alice", "bob", "carol", "dave"]
for i in range(60):
    src, dst = people[i % 4], people[(i * 3 + 1) % 4]
    if src == dst:
        dst = people[(i + 2) % 4]
    txs.append((i, src, dst, (i * 37) % 90 + 1))
for tx in txs:
    q.put(tx)
q.join()
for _ in tellers:
    q.put(None)
for t in tellers:
    t.join()
total = sum(ledger.balances.values())
print("total conserved:", total == 850, total)
print("processed:", sum(ledger.processed.values()), "results:", len(done["results"]))
print("all non-negative:", all(v >= 0 for v in ledger.balances.values()))
print("tellers alive:", [t.is_alive() for t in tellers])
serial = {"alice": 500, "bob": 300, "carol": 50, "dave": 0}
serial_rejects = 0
for txid, src, dst, amount in txs:
    if serial[src] >= amount:
        serial[src] -= amount
        serial[dst] += amount
    else:
        serial_rejects += 1
print("serial replay:", serial, "rejected:", serial_rejects)
