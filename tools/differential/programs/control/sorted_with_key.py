# sorted with key and reverse
words = ['pear', 'fig', 'banana', 'kiwi']
print(sorted(words))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted([3, 1, 2], reverse=True))
