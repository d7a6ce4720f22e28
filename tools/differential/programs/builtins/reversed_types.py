# reversed() over list, tuple, range, str, dict and a __reversed__/__len__+__getitem__ class: types, sizes, contents
import sys
lst = [1, 2, 3]
r = reversed(lst)
print(type(r).__name__, sys.getsizeof(r), list(r), list(r))
print(type(reversed((1, 2))).__name__, list(reversed((1, 2))))
print(type(reversed(range(5))).__name__, list(reversed(range(0, 10, 3))))
print(type(reversed('abc')).__name__, ''.join(reversed('abc')))
d = {'a': 1, 'b': 2, 'c': 3}
print(type(reversed(d)).__name__, list(reversed(d)), list(reversed(d.items())), list(reversed(d.values())))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 10
print(type(reversed(Seq())).__name__, list(reversed(Seq())))
class Own:
    def __reversed__(self):
        return iter([9, 8])
print(list(reversed(Own())))
r2 = reversed(lst)
lst.append(4)
print(list(r2))
print(type(iter(lst)).__name__, type(iter((1,))).__name__, type(iter(range(2))).__name__, type(iter('x')).__name__)
