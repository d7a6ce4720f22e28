import gc
import weakref

class Resource:
    def __init__(self, name):
        self.name = name
        self.peer = None
    def __del__(self):
        print("__del__", self.name)

def gone(ref):
    print("weakref callback")

r1 = Resource("r1")
r2 = Resource("r2")
r1.peer = r2
r2.peer = r1
w = weakref.ref(r1, gone)
del r1, r2
print(gc.collect())
print(w() is None)
