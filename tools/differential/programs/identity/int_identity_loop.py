# loop counters stay cached up to 256 and are new objects beyond
same = 0
for i in range(250, 262):
    j = int(str(i))
    if i is j:
        same += 1
print(same)
