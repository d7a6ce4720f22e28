# a dedent whose tab and space columns disagree: TabError
# expect-exit: 1
# compare: stderr
if True:
    if True:
	x = 1
