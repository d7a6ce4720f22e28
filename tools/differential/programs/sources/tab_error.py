# mixing tabs and spaces inconsistently in one block: TabError
# expect-exit: 1
# compare: stderr
if True:
        x = 1
	y = 2
