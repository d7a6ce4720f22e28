# every list method: index with bounds, count, remove, insert at ends/negative, pop, sort key/reverse, copy, clear, extend
import sys
a = [3, 1, 4, 1, 5, 9, 2, 6]
print(a.index(1), a.index(1, 2), a.index(5, -5, -1), a.count(1), a.count(7))
a.remove(1)
a.insert(0, 'h')
a.insert(-1, 'm')
a.insert(100, 't')
a.insert(-100, 's')
print(a, a.pop(), a.pop(0), a.pop(-2), a)
b = [5, 2, 8, 1]
print(b.sort(), b, b.reverse(), b)
words = ['Banana', 'apple', 'cherry']
words.sort(key=str.lower)
print(words)
words.sort(key=len, reverse=True)
print(words)
c = b.copy()
print(c == b, c is b, sys.getsizeof(c), sys.getsizeof(b))
b.extend(range(10))
print(len(b), sys.getsizeof(b))
b.clear()
print(b, sys.getsizeof(b))
b.extend('xyz')
b.extend((1, 2))
print(b, sys.getsizeof(b), b.__len__())
e = []
e += [1]
print(sys.getsizeof(e), e * 2, [0] * 0)
