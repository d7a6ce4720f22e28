# the carets under a failing subscript mark the value and the index
data = {'a': [1, 2, 3]}
print(data['a'][1])
value = data['a'][1] + data['a'][7]
