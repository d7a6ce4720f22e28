# a file of comments only runs, prints nothing and exits 0
# prints: nothing

   # indented comment
#
