# a dotted module name in import
# expect: NotImplementedError line 3
import os.path
print(os.path.sep)
