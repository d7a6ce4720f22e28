# nested lists and dicts as records
people = [{'name': 'A', 'age': 30}, {'name': 'B', 'age': 25}]
people.append({'name': 'C', 'age': 35})
total = 0
for p in people:
    total += p['age']
print(total, [p['name'] for p in people if p['age'] > 26])
print(sorted(people, key=lambda p: p['age'])[0]['name'])
