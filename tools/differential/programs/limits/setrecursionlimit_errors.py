# sys.setrecursionlimit and getrecursionlimit: the errors for bad values and argument counts
import sys
for a,k in [((2**31-1,),{}),((2**31,),{}),((True,),{}),((),{'x':5}),((1,2),{}),((-2**70,),{}),((1.0,),{}),((0,),{}),(('x',),{})]:
  try:
    sys.setrecursionlimit(*a,**k)
    print('ok', sys.getrecursionlimit())
  except Exception as e:
    print(type(e).__name__, e)
sys.setrecursionlimit(1000)
try:
  sys.getrecursionlimit(1)
except Exception as e:
  print(type(e).__name__, e)
