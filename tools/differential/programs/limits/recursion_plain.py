# RecursionError from plain recursion at exactly python3's depth under a lowered limit
import sys
print(sys.getrecursionlimit())
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())
depth = 0
def down(n):
    global depth
    depth = n
    down(n + 1)
try:
    down(1)
except RecursionError as e:
    print('deepest call', depth, e)
    print(type(e).__name__, e.args)
def count(n):
    if n == 0:
        return 0
    return count(n - 1) + 1
print(count(190))
try:
    count(200)
except RecursionError as e:
    print('count(200):', e)
