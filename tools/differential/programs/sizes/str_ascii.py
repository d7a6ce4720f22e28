# ASCII strings: 49 + length
import sys
for s in ['', 'a', 'ab', 'hello', 'x' * 100]:
    print(len(s), sys.getsizeof(s))
