# enumerate keeps its last result tuple, holding the item one more time
import sys
lst = [[], []]
for i, v in enumerate(lst):
    print(i, sys.getrefcount(v))
print(sys.getrefcount(lst[1]))
