# a tuple whose list item refers back to the tuple
import gc
gc.collect()
t = ([],)
t[0].append(t)
del t
print(gc.collect())
