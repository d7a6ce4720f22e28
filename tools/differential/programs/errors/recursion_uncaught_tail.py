# an uncaught RecursionError whose innermost lines differ: the repeated block is folded, the tail shown
import sys
sys.setrecursionlimit(60)
def down(n):
    if n > 40:
        return tail(n)
    return down(n + 1)
def tail(n):
    x = [n]
    return tail(n + 1) + x
print('before')
down(0)
