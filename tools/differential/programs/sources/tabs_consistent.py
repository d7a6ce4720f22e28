# a block indented with one tab throughout is consistent
if True:
	x = 1
	if x:
		print("tab", x)
