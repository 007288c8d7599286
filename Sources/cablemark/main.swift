import CableMark

print("cablemark")
