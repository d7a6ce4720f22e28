# an unmatched closing brace
# expect-exit: 1
# compare: stderr
d = {1: 2}}
