# freeing a suspended generator closes it (its finally runs at del), gc.collect() after dropping one holding a list
import gc

def worker(name):
    try:
        yield 1
    finally:
        print(name, 'cleanup')
x = worker('dropped')
next(x)
del x
print('after del')

def holder():
    data = [1, 2]
    try:
        yield data
    finally:
        print('holder finally', len(data))

gc.collect()
h = holder()
next(h)
h = None
print(gc.collect())
