# nonlocal at module level is a SyntaxError
# expect: SyntaxError line 4
x = 1
nonlocal x
