# min, max and sorted with key, default, several arguments, ties (first wins), reverse; sorted builds a new list
import sys
words = ['pear', 'fig', 'banana', 'kiwi', 'apple']
print(min(words), max(words), min(words, key=len), max(words, key=len), min(3, 1, 2), max(3, 1, 2))
print(min([], default='none'), max([], default=0), min([5], default=0), max('hello'))
print(min([(2, 'b'), (1, 'z'), (1, 'a')]), max([1, 2.5, 2]), min(-0.0, 0.0), max(0.0, -0.0))
print(max(words, key=lambda w: w[-1]), min(words, key=lambda w: (len(w), w)))
s = sorted(words)
print(s, sorted(words, key=len), sorted(words, key=len, reverse=True), sorted('cba'))
print(sorted({3: 'a', 1: 'b'}), sorted([3, 1, 2], reverse=True), sorted((1.5, -1, 0)))
print(s is words, sys.getsizeof(s), sys.getsizeof(words), sys.getsizeof(sorted([])), sys.getsizeof(sorted(range(10))))
pairs = [(1, 'b'), (0, 'a'), (1, 'a'), (0, 'b')]
print(sorted(pairs, key=lambda p: p[0]))
