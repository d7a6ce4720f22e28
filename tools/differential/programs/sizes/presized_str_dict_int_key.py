# a presized all-str display converted by an int key
import sys
d = {'a': 1, 'b': 2, 'c': 3, 'd': 4, 'e': 5, 'f': 6, 'g': 7}
print(sys.getsizeof(d))
d[1] = 1
print(sys.getsizeof(d))
