# gc.get_referents visits list and tuple items from the end (list_traverse, tupletraverse), dict values in order
import gc
class L(list):
    pass
class T(tuple):
    pass
print(gc.get_referents([1, 2, 3]), gc.get_referents((4, 5, 6)), gc.get_referents({'a': 1, 'b': 2}))
print(gc.get_referents(L([1, 2])), gc.get_referents(T((7, 8))))
print(gc.get_referents([[1], (2,), 'x']))
