# TypeError ordering an int and a str
print(1 < 2)
print(1 < 'a')
