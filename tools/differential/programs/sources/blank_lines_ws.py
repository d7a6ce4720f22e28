# blank lines with only spaces or tabs, and comments at any indentation, do not indent
if True:
    x = 1
  
	
        # deeper comment
    print(x)
# end
