# an exception stored in a local of the frame it was raised in makes a cycle that gc.collect() frees
import gc
class Node:
    def __del__(self):
        print('Node freed')
def f():
    n = Node()
    try:
        raise ValueError('cycle')
    except ValueError as e:
        err = e
    return 'returned'
gc.collect()
print(f())
print('before collect')
print(gc.collect())
print(gc.collect())
