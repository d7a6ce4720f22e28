# __getitem__ receives slice objects for slices; they are built per subscript and freed after
import sys
class Seq:
    def __getitem__(self, k):
        if isinstance(k, slice):
            return (k.start, k.stop, k.step)
        return k * 2
s = Seq()
print(s[3], s[1:5], s[::2], s[:-1])
print(type(slice(1, 2)).__name__, sys.getsizeof(slice(1, 2)))
print([s[i] for i in range(4)])
