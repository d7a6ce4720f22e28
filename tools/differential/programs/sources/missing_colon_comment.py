# a while header without its colon and with a comment: "expected ':'" marks the comment (CPython's NEWLINE token)
# expect-exit: 1
# compare: stderr
print('never printed')
n = 3
while n > 0   # count down
    n -= 1
