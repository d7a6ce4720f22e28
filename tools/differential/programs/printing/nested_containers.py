# nested containers use repr for their items
x = [[1, [2, [3, []]]], {'k': ('v', "it's")}, ['a\nb']]
print(x)
print(str(x) == repr(x))
print({'outer': {'inner': [1.5, -0.0]}})
