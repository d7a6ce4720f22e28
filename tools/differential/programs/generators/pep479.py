# PEP 479: StopIteration raised inside a generator becomes RuntimeError('generator raised StopIteration') with the StopIteration as cause; already executing is a ValueError
def bad():
    yield 1
    raise StopIteration('inner')

b = bad()
print(next(b))
try:
    next(b)
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__, e.__cause__, e.__suppress_context__)

def nexter():
    it = iter([])
    yield next(it)

try:
    list(nexter())
except RuntimeError as e:
    print('list:', e)

def me():
    yield g.send(None)

g = me()
try:
    next(g)
except ValueError as e:
    print('ValueError', e)
print(list(g))

def running():
    yield g2.gi_running

g2 = running()
print(g2.gi_running, next(g2), g2.gi_running)
