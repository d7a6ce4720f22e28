# importing a module other than gc, sys and weakref
# expect: NotImplementedError line 4
import gc
import os
print(os.getcwd())
