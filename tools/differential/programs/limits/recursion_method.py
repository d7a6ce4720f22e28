# RecursionError through a method calling itself and through two functions calling each other
import sys
sys.setrecursionlimit(150)
class Walker:
    def __init__(self):
        self.steps = 0
    def walk(self):
        self.steps += 1
        return self.walk()
w = Walker()
try:
    w.walk()
except RecursionError as e:
    print('method', w.steps, e)
seen = []
def ping(n):
    seen.append(n)
    return pong(n + 1)
def pong(n):
    return ping(n + 1)
try:
    ping(0)
except RecursionError as e:
    print('mutual', len(seen), seen[-1], e)
print(sys.getrecursionlimit())
