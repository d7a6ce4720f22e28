# int() parses decimal strings of any length
s = '9' * 50
n = int(s)
print(n + 1)
print(int('-0'), int('000123'))
