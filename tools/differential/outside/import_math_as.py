# import ... as of an unsupported module
# expect: NotImplementedError line 3
import math as m
print(m.pi)
