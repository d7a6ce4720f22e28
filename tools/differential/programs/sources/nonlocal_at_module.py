# nonlocal at module level is a SyntaxError
# expect-exit: 1
# compare: stderr
x = 1
nonlocal x
