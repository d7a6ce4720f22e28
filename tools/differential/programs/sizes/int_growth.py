# getsizeof of 2**k for k up to 300: the size steps every 30 bits
import sys
last = 0
for k in range(0, 301, 10):
    s = sys.getsizeof(2 ** k)
    if s != last:
        print(k, s)
        last = s
