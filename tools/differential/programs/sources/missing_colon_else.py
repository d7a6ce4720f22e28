# an else clause without its colon, on the line after an indented block
# expect-exit: 1
# compare: stderr
print('never printed')
for i in range(3):
    pass
else
    print('done')
