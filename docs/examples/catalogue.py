# The program of the README's "tuning a real program" walk-through. It loads a catalogue of
# records into a tree of objects with parent links (every node is in a reference cycle), keeps
# it while it serves requests that build and drop small trees of their own, then keeps every
# 100th record and drops the rest: only the cycle collector can free the tree.
# Usage: catalogue.py [RECORDS] [--freeze-after-load]  (gc.freeze() once the catalogue is loaded)
import gc
import json
import sys


class Node:
    def __init__(self, record, parent=None):
        self.record = record
        self.parent = parent
        self.children = []
        if parent is not None:
            parent.children.append(self)


def load(n):
    text = json.dumps([{"id": i, "tags": ["t%d" % (i % 7), "u%d" % (i % 11)], "price": i / 2} for i in range(n)])
    root = Node({"name": "catalogue"})
    groups = [Node({"name": "group %d" % g}, root) for g in range(n // 100 + 1)]
    index = {}
    for record in json.loads(text):
        index[record["id"]] = Node(record, groups[record["id"] // 100])
    return root, index


def serve(index, request):
    response = Node({"request": request})
    for k in range(5):
        Node(index[(request * 7919 + k) % len(index)].record, response)
    return len(json.dumps([child.record for child in response.children]))


args = [a for a in sys.argv[1:] if a != "--freeze-after-load"]
records = int(args[0]) if args else 20000
root, index = load(records)
if "--freeze-after-load" in sys.argv:
    gc.freeze()
served = sum(serve(index, r) for r in range(records // 2))
kept = [index[i].record for i in range(0, records, 100)]
del root, index
gc.collect()
print(f"served {records // 2} requests ({served} bytes), kept {len(kept)} records")
