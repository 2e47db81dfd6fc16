# AttributeError in the middle of an attribute chain.
class Node:
    def __init__(self, child=None):
        self.child = child
        self.name = "node"
root = Node(Node(Node()))
print(root.child.child.name)
print(root.child.child.child.name)
