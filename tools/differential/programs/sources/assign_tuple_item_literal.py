# a literal as the last item of a tuple target: the hint is for that item, not for the call before it
# expect-exit: 1
# compare: stderr
print('never printed')
f(), 1 = 2, 3
