# an uncaught RecursionError: the traceback folds the repeated lines as 3.11 does
import sys
sys.setrecursionlimit(100)
def down(n):
    return down(n + 1)
print('start')
down(0)
