# frozenset: frozenset(fs) and fs.copy() return fs, the empty frozenset, hashing, mixing with set
import sys
fs = frozenset([3, 1, 2])
print(frozenset(fs) is fs, fs.copy() is fs, sorted(fs), len(fs), 2 in fs)
print(frozenset() == set(), type(fs | {9}).__name__, type({9} | fs).__name__, sorted(fs & {1, 7}), fs == {1, 2, 3})
print(hash(fs) == hash(frozenset({1, 2, 3})), {fs: 'key'}[frozenset([1, 2, 3])], sys.getsizeof(fs), sys.getsizeof(frozenset()))
print(fs.union([4]), fs.intersection([1]), fs.difference([1]), fs.symmetric_difference([1, 5]), fs.issubset(range(5)))
print(sorted(frozenset('aab')), repr(frozenset()), {frozenset([1]), frozenset([1])})
s = {fs}
print(fs in s, frozenset([2, 1, 3]) in s, set(fs) is fs)
