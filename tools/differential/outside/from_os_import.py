# from-import of an unsupported module
# expect: NotImplementedError line 4
import sys
from os import path
