# a relative import (the script is not in a package)
# expect: NotImplementedError line 4
import math
from . import helper
print(helper)
