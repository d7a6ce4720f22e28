# a dict whose keys keep changing: deleted entries use up the table until it is rebuilt
import sys
d = {0: 0, 1: 1, 2: 2, 3: 3, 4: 4}
sizes = []
for i in range(5, 40):
    del d[i - 5]
    d[i] = i
    sizes.append(sys.getsizeof(d))
print(sizes)
