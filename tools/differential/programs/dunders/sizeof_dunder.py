# sys.getsizeof calls __sizeof__ and adds the 16-byte GC header for GC objects
import sys
class Big:
    def __sizeof__(self): return 1000
class Slotted:
    __slots__ = ('a',)
    def __sizeof__(self): return 7
class Default: pass
print(sys.getsizeof(Big()), Big().__sizeof__(), sys.getsizeof(Slotted()))
print(sys.getsizeof(Default()), Default().__sizeof__(), object().__sizeof__())
print([].__sizeof__(), sys.getsizeof([]))
