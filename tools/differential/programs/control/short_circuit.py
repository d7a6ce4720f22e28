# and / or return one of their operands
print(0 or 'x', 'a' or 'b', [] or {}, None or 0)
print(1 and 2, 0 and 1, '' and 'y', 3 and [])
print(not 0, not [1], not '')
