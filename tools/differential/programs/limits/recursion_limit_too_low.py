# sys.setrecursionlimit refuses a limit at or below the current depth (the call itself counts)
import sys
def nest(n):
    if n:
        return nest(n - 1)
    for limit in (10, 30, 52, 53, 54, 80):
        try:
            sys.setrecursionlimit(limit)
            print('set', limit, sys.getrecursionlimit())
        except RecursionError as e:
            print(e)
nest(50)
print(sys.getrecursionlimit())
sys.setrecursionlimit(1000)
print(sys.getrecursionlimit())
