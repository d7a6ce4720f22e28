# the closed-over object outlives the call that made it and dies with the last closure
import weakref, gc
class Node:
    pass
def outer():
    n = Node()
    r = weakref.ref(n, lambda ref: print('callback'))
    def use():
        return n
    return use, r
use, r = outer()
print(r() is use())
use2 = use
del use
print(r() is None)
del use2
print(r() is None, gc.collect())
