# assigning to a call: "cannot assign to function call here. Maybe you meant '==' instead of '='?" with carets under the call
# expect-exit: 1
# compare: stderr
print('never printed')
def f():
    return 1
f() = 1
