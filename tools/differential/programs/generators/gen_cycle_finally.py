# suspended generators in a reference cycle are collected by gc (their finally runs then); one freed by refcount runs its finally at the del
import gc

gc.collect()
def cyc():
    me = yield
    yield me
c = cyc()
next(c)
c.send(c)
del c
print(gc.collect())

def fin():
    try:
        yield 1
    finally:
        print('finally ran')
f = fin()
next(f)
del f
print('after del')

def fin2():
    me = yield
    try:
        yield
    finally:
        print('cycle finally', me is not None)
f2 = fin2()
next(f2)
f2.send(f2)
del f2
print(gc.collect())
