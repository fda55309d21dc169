#!/usr/bin/env python3
"""Names every circle of includes between the folders of src/ (core/sync, views/contacts, server/http...).

A file's folder is its library and area ("core/sync"); an include of "core/profile/Profile.h" from it is an
edge from core/sync to core/profile. Exits 1 and prints each circle when there is one, 0 otherwise.
"""
import collections
import os
import re
import sys

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src")
include = re.compile(r'^\s*#\s*include\s+"([a-z_]+/[a-z_]+)/', re.MULTILINE)

edges = collections.defaultdict(set)
for folder, _, files in os.walk(root):
    parts = os.path.relpath(folder, root).split(os.sep)
    if len(parts) < 2:
        continue
    area = "/".join(parts[:2])
    for name in files:
        if not name.endswith((".cpp", ".h")):
            continue
        with open(os.path.join(folder, name), encoding="utf-8") as source:
            for target in include.findall(source.read()):
                if target != area:
                    edges[area].add(target)

# Tarjan's strongly connected components: every component of more than one folder is a circle.
index, low, on_stack, stack, components = {}, {}, set(), [], []


def visit(node):
    index[node] = low[node] = len(index)
    stack.append(node)
    on_stack.add(node)
    for target in sorted(edges.get(node, ())):
        if target not in index:
            visit(target)
            low[node] = min(low[node], low[target])
        elif target in on_stack:
            low[node] = min(low[node], index[target])
    if low[node] == index[node]:
        component = []
        while True:
            member = stack.pop()
            on_stack.discard(member)
            component.append(member)
            if member == node:
                break
        if len(component) > 1:
            components.append(sorted(component))


for node in sorted(edges):
    if node not in index:
        visit(node)

for component in components:
    members = set(component)
    print("include circle: " + ", ".join(component))
    for source in component:
        for target in sorted(edges[source] & members):
            print(f"  {source} -> {target}")
sys.exit(1 if components else 0)
