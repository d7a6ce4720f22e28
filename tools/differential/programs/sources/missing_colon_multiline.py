# an if header over two lines without its colon: the caret is at the end of the header's last line
# expect-exit: 1
# compare: stderr
print('never printed')
x = 1
if (x ==
        1)
    print('one')
