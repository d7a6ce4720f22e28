# {**a, **b} merges mappings into a new dict; later keys win
import sys
a = {'x': 1, 'y': 2}
b = {'y': 20, 'z': 30}
m = {**a, **b}
print(m, sys.getsizeof(m))
n = {**a, 'w': 0, **b}
print(n, sys.getsizeof(n))
print({**{}}, sys.getsizeof({**{}}), sys.getsizeof({**a}))
v = [1]
c = {**{'k': v}}
print(sys.getrefcount(v))
