# a deep chain of tuples is released with the trashcan too
order = []
class M:
    def __init__(self, i):
        self.i = i
    def __del__(self):
        order.append(self.i)
chain = None
for i in range(99, -1, -1):
    chain = (M(i), chain)
del chain
print(order[:5], order[-5:], len(order))
