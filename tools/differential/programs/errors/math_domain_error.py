# math.sqrt of a negative number raises ValueError "math domain error"
# compare: error line
import math
print(math.sqrt(16.0))
print(math.sqrt(-1))
