# importing a module pymem does not have (os)
# expect: NotImplementedError line 4
import gc
import os
print(os.getcwd())
