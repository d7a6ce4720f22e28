# an uncaught RecursionError through two alternating functions: no line repeats, none folded
import sys
sys.setrecursionlimit(40)
def ping(n):
    return pong(n + 1)
def pong(n):
    return ping(n + 1)
print(sys.getrecursionlimit())
ping(0)
