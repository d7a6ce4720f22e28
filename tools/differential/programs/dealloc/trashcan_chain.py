# a 120-deep chain is finalized in trashcan runs, not in plain order
order = []
class M:
    def __init__(self, i):
        self.i = i
    def __del__(self):
        order.append(self.i)
chain = None
for i in range(119, -1, -1):
    chain = [M(i), chain]
del chain
runs = []
start = order[0]
prev = order[0]
for v in order[1:]:
    if v != prev + 1:
        runs.append(str(start) + '..' + str(prev))
        start = v
    prev = v
runs.append(str(start) + '..' + str(prev))
print(runs)
print(len(order))
