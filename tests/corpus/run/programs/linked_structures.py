# Linked list and binary search tree with iteration and recursion.
class Node:
    __slots__ = ("value", "next")
    def __init__(self, value, next=None):
        self.value = value
        self.next = next
class LinkedList:
    def __init__(self, items=()):
        self.head = None
        for it in reversed(list(items)):
            self.head = Node(it, self.head)
    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next
    def __len__(self):
        return sum(1 for _ in self)
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
    def __repr__(self):
        return " -> ".join(map(str, self)) or "(empty)"
ll = LinkedList([1, 2, 3, 4])
print(ll, len(ll))
ll.reverse()
print(ll, list(ll), LinkedList())
class BST:
    def __init__(self):
        self.root = None
    def insert(self, v):
        def ins(node):
            if node is None:
                return [v, None, None]
            if v < node[0]:
                node[1] = ins(node[1])
            elif v > node[0]:
                node[2] = ins(node[2])
            return node
        self.root = ins(self.root)
    def inorder(self):
        def walk(node):
            if node:
                yield from walk(node[1])
                yield node[0]
                yield from walk(node[2])
        return list(walk(self.root))
    def height(self, node="root"):
        node = self.root if node == "root" else node
        return 0 if node is None else 1 + max(self.height(node[1]), self.height(node[2]))
    def __contains__(self, v):
        node = self.root
        while node:
            if v == node[0]:
                return True
            node = node[1] if v < node[0] else node[2]
        return False
t = BST()
for v in [50, 30, 70, 20, 40, 60, 80, 30, 65]:
    t.insert(v)
print(t.inorder(), t.height(), 65 in t, 66 in t)
