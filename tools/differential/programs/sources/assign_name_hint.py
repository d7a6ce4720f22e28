# a name target followed by a tuple and another '=': "invalid syntax. Maybe you meant '==' or ':=' instead of '='?"
# expect-exit: 1
# compare: stderr
print('never printed')
x = 1, 2 = 3
