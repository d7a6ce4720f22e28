# TypeError adding an int and a str
print(1 + 1)
print(1 + 'a')
