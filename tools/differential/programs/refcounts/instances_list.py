# many instances referencing one shared object
import sys
class Node:
    def __init__(self, shared):
        self.shared = shared
s = []
nodes = [Node(s) for i in range(10)]
print(sys.getrefcount(s))
nodes = nodes[:5]
print(sys.getrefcount(s))
