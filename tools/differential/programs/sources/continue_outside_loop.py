# continue outside a loop: SyntaxError "'continue' not properly in loop"
# expect-exit: 1
# compare: stderr
print('never printed')
def f():
    continue
