# __slots__ objects with __del__ in a cycle: finalized then freed
import gc
gc.collect()
class S:
    __slots__ = ('peer', 'name')
    def __del__(self):
        print('del', self.name)
a = S()
b = S()
a.name = 'a'
b.name = 'b'
a.peer = b
b.peer = a
del a, b
print(gc.collect())
