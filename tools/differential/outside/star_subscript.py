# a starred expression in a subscript (3.11) is refused with pymem's message, not a false SyntaxError
# expect: NotImplementedError line 5
d = {(1, 2): 'pair'}
key = [1, 2]
print(d[*key])
