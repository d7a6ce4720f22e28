# get_referrers finds the containers referencing an object (the module dict included)
import gc
x = []
holder = [x]
d = {'x': x}
print(len(gc.get_referrers(x)))
del holder
print(len(gc.get_referrers(x)))
