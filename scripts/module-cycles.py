#!/usr/bin/env python3
"""Fails when a crate's top-level modules depend on each other in a cycle.

Usage: scripts/module-cycles.py SRC_DIR [SRC_DIR...]
A module's dependencies are the `crate::<module>` paths its files name (tests modules excluded: a
`*_tests.rs` file, `test_harness.rs` and anything after `#[cfg(test)]` at the start of a line).
Crates are the architecture, and inside a crate a cycle is two modules that cannot be read apart."""
import os, re, sys

def modules(src):
    mods = {}
    for name in os.listdir(src):
        path = os.path.join(src, name)
        if name.endswith('.rs') and name not in ('lib.rs', 'main.rs'):
            mods[name[:-3]] = [path]
        elif os.path.isdir(path):
            mods[name] = [os.path.join(d, f) for d, _, fs in os.walk(path) for f in fs if f.endswith('.rs')]
    return mods

def deps(files, names):
    out = set()
    for f in files:
        base = os.path.basename(f)
        if base.endswith('_tests.rs') or base == 'test_harness.rs':
            continue
        text = open(f, encoding='utf-8').read()
        text = re.split(r'^#\[cfg\(test\)\]', text, flags=re.M)[0]
        text = re.sub(r'//.*', '', text)
        for m in re.finditer(r'\bcrate::([a-z_][a-z0-9_]*)', text):
            if m.group(1) in names:
                out.add(m.group(1))
        for m in re.finditer(r'\bcrate::\{([^}]*)\}', text):
            for part in m.group(1).split(','):
                head = part.strip().split('::')[0]
                if head in names:
                    out.add(head)
    return out

def cycles(graph):
    found, state, stack = [], {}, []
    def visit(n):
        state[n] = 1; stack.append(n)
        for m in sorted(graph[n]):
            if m == n:
                continue
            if state.get(m) == 1:
                found.append(stack[stack.index(m):] + [m])
            elif m not in state:
                visit(m)
        stack.pop(); state[n] = 2
    for n in sorted(graph):
        if n not in state:
            visit(n)
    return found

bad = False
for src in sys.argv[1:]:
    mods = modules(src)
    graph = {m: deps(fs, mods) - {m} for m, fs in mods.items()}
    for c in cycles(graph):
        print(f"{src}: module cycle: {' -> '.join(c)}", file=sys.stderr)
        bad = True
sys.exit(1 if bad else 0)
