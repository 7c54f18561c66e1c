#!/usr/bin/env python3
"""Writes generated.txt: golden cases built from known components, with the expected
renderings computed here by an independent implementation of the rules documented in
src/render.rs (English by 10^3, Korean by 10^4). Fixed seed: the file is reproducible.
Run: python3 tests/golden/gen.py > tests/golden/generated.txt"""
import random
from decimal import Decimal, getcontext

getcontext().prec = 60
R = random.Random(20261205)

def norm(d):
    d = Decimal(d)
    if d == d.to_integral_value():
        return str(int(d))
    return format(d.normalize(), 'f')

def group(d):
    s = norm(d)
    sign = ''
    if s.startswith('-'):
        sign, s = '-', s[1:]
    i, _, f = s.partition('.')
    out = ''
    for k, c in enumerate(i):
        if k and (len(i) - k) % 3 == 0:
            out += ','
        out += c
    return sign + out + ('.' + f if f else '')

def en(n):
    n = Decimal(n)
    if n < 0:
        return '-' + en(-n)
    if n < 1000:
        return norm(n)
    for e, name in [(12, 'trillion'), (9, 'billion'), (6, 'million'), (3, 'thousand')]:
        S = Decimal(10) ** e
        if n >= S:
            q = n / S
            digits = len(norm(q).replace('.', ''))
            whole = q == q.to_integral_value()
            if e == 3:
                fits = whole and n >= 10000 and digits <= 3
            elif e == 12:
                fits = whole or digits <= 3
            else:
                fits = digits <= 3
            if fits:
                return group(q) + ' ' + name
            break
    return group(n)

def ko(n):
    n = Decimal(n)
    if n < 0:
        return '-' + ko(-n)
    if n < 10000 or n != n.to_integral_value():
        return group(n)
    m = int(n)
    g = lambda e: (m // 10 ** e) % 10000
    if (g(8) + g(12) + m // 10 ** 16) > 0 and g(4) == 0 and g(0) > 0:
        return group(n)
    parts = []
    for e, name in [(16, '경'), (12, '조'), (8, '억'), (4, '만'), (0, '')]:
        gg = m // 10 ** 16 if e == 16 else g(e)
        if gg == 0:
            continue
        parts.append((f'{gg // 1000}천' if gg % 1000 == 0 else group(gg)) + name)
    return ' '.join(parts)

HD = '영일이삼사오육칠팔구'

def hangul_group(g):
    """Sino-Korean numerals for 1..9999 (일 omitted before 십/백/천)."""
    out = ''
    for e, name in [(3, '천'), (2, '백'), (1, '십')]:
        d = (g // 10 ** e) % 10
        if d:
            out += ('' if d == 1 else HD[d]) + name
    if g % 10:
        out += HD[g % 10]
    return out

KO_UNITS = [('원', 'KRW', True), ('달러', 'USD', True), ('명', 'PERSON', False), ('개', 'ITEM', False), ('', '-', False)]

def pick_groups():
    """A value as 10^4 groups [조, 억, 만, 일], mostly round like real figures."""
    shape = R.choice(['억', '억만', '조억', '만', '만일', '억만일', '조', '억'])
    g = {'조': 0, '억': 0, '만': 0, '일': 0}
    def round_g():
        return R.choice([R.randint(1, 9) * 1000, R.randint(1, 99) * 100, R.randint(1, 9999), R.randint(1, 99), R.randint(1, 9) * 1000 + R.randint(1, 9) * 100])
    for k in ['조', '억', '만', '일']:
        if k in shape:
            g[k] = round_g()
    if g['일'] and (g['조'] or g['억']) and not g['만']:
        g['만'] = R.randint(1, 9) * 1000
    return g

def value_of(g):
    return g['조'] * 10 ** 12 + g['억'] * 10 ** 8 + g['만'] * 10 ** 4 + g['일']

def digit_text(g, glue):
    parts = []
    for k, name in [('조', '조'), ('억', '억'), ('만', '만'), ('일', '')]:
        v = g[k]
        if not v:
            continue
        if v % 1000 == 0 and R.random() < 0.7:
            t = f'{v // 1000}천'
        elif v >= 1000 and R.random() < 0.5:
            t = group(v)
        else:
            t = str(v)
        parts.append(t + name)
    return ('' if glue else ' ').join(parts)

def hangul_text(g):
    parts = []
    for k, name in [('조', '조'), ('억', '억'), ('만', '만'), ('일', '')]:
        if g[k]:
            h = hangul_group(g[k])
            if g[k] == 1 and name:
                h = '일'
            parts.append(h + name)
    return ' '.join(parts)

def q_line(inp, value, unit, prefix=''):
    return f'{inp} | {prefix}{norm(value)} | {("about " if prefix else "") + en(value)} | {("약 " if prefix else "") + ko(value)} | {unit}'

lines = []
seen = set()
def add(line):
    key = line.split(' | ')[0]
    if key not in seen:
        seen.add(key)
        lines.append(line)

# Korean digit+scale forms, spaced and glued.
for _ in range(70):
    g = pick_groups()
    v = value_of(g)
    u, code, _ = R.choice(KO_UNITS)
    text = digit_text(g, glue=R.random() < 0.3)
    add(q_line(text + ((' ' + u) if u and R.random() < 0.6 else u), v, code if u else '-'))
# Pure Hangul with 억/조 (believed without a unit) or with a counter.
for _ in range(30):
    g = pick_groups()
    if not (g['억'] or g['조']):
        g['억'] = R.randint(1, 99)
    # A lone Hangul digit after a scale ("…만 이") is read as a particle by design: keep units >= 10.
    if 0 < g['일'] < 10:
        g['일'] += 10
    v = value_of(g)
    u, code, _ = R.choice(KO_UNITS)
    add(q_line(hangul_text(g) + ((' ' + u) if u else ''), v, code if u else '-'))
# Plain digits with grouping commas.
for _ in range(25):
    v = R.choice([R.randint(1, 999) * 10 ** R.randint(3, 12), R.randint(10000, 10 ** 12), R.randint(1, 99) * 10 ** R.randint(4, 10) + R.randint(1, 999) * 1000])
    u, code, _ = R.choice(KO_UNITS[:2] + [('', '-', False)])
    add(q_line(group(v) + (u and (' ' + u)), v, code if u else '-'))
# Decimal coefficient with a Korean scale: 3.5억, 1.2조.
for _ in range(20):
    whole, frac = R.randint(1, 99), R.randint(1, 9)
    scale, e = R.choice([('만', 4), ('억', 8), ('조', 12)])
    v = (Decimal(whole) + Decimal(frac) / 10) * 10 ** e
    add(q_line(f'{whole}.{frac}{scale}', v, '-'))
# Approximate: 약 …, …여.
for _ in range(15):
    g = pick_groups()
    g['일'] = 0
    if not (g['조'] or g['억'] or g['만']):
        g['만'] = 5000
    v = value_of(g)
    if R.random() < 0.5:
        add(q_line('약 ' + digit_text(g, False) + ' 원', v, 'KRW', '~'))
    else:
        add(q_line(digit_text(g, False) + '여 원', v, 'KRW', '~'))
# Ranges: a~b억, a~b만 명.
for _ in range(12):
    a = R.randint(1, 8)
    b = R.randint(a + 1, 9)
    scale, e, u, code = R.choice([('억', 8, ' 원', 'KRW'), ('만', 4, ' 명', 'PERSON'), ('조', 12, '', '-'), ('천만', 7, ' 원', 'KRW')])
    lo, hi = a * 10 ** e, b * 10 ** e
    l, h = en(lo), en(hi)
    ls, hs = l.split(' ', 1), h.split(' ', 1)
    en_r = f'{ls[0]}-{hs[0]} {hs[1]}' if len(ls) == 2 and len(hs) == 2 and ls[1] == hs[1] else f'{l}-{h}'
    add(f'{a}~{b}{scale}{u} | {lo}..{hi} | {en_r} | {ko(lo)}~{ko(hi)} | {code}')

WORDS = 'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split()
TENS = 'twenty thirty forty fifty sixty seventy eighty ninety'.split()
def words(n):
    out = []
    if n >= 100:
        out.append(WORDS[n // 100] + ' hundred')
        n %= 100
    if n >= 20:
        t = TENS[n // 10 - 2]
        out.append(t + ('-' + WORDS[n % 10] if n % 10 else ''))
    elif n:
        out.append(WORDS[n])
    return ' '.join(out)

EN_UNITS = [(' dollars', 'USD'), (' won', 'KRW'), (' people', 'PERSON'), ('', '-')]
SCALES = [('thousand', 3), ('million', 6), ('billion', 9), ('trillion', 12)]
# English digits + scale word.
for _ in range(45):
    name, e = R.choice(SCALES)
    q = R.choice([Decimal(R.randint(1, 999)), Decimal(R.randint(10, 99)) / 10, Decimal(R.randint(100, 999)) / 100])
    v = q * 10 ** e
    u, code = R.choice(EN_UNITS)
    add(q_line(f'{norm(q)} {name}{u}', v, code))
# Currency sign and abbreviations.
for _ in range(15):
    abbr, e = R.choice([('bn', 9), ('m', 6), ('tn', 12), (' million', 6), (' billion', 9)])
    q = R.choice([Decimal(R.randint(1, 99)), Decimal(R.randint(10, 99)) / 10])
    add(q_line(f'${norm(q)}{abbr}', q * 10 ** e, 'USD'))
# Spelled-out English.
for _ in range(30):
    n = R.choice([R.randint(1, 19), R.randint(20, 99), R.randint(100, 999)])
    name, e = R.choice(SCALES)
    u, code = R.choice(EN_UNITS)
    add(q_line(f'{words(n)} {name}{u}', n * 10 ** e, code))
# English ranges.
for _ in range(8):
    a = R.randint(1, 8)
    b = R.randint(a + 1, 9)
    name, e = R.choice(SCALES[1:])
    lo, hi = a * 10 ** e, b * 10 ** e
    add(f'{a}-{b} {name} | {lo}..{hi} | {a}-{b} {name} | {ko(lo)}~{ko(hi)} | -')
# Non-quantities.
MONTHS = 'January February March April May June July August September October November December'.split()
for _ in range(10):
    y = R.randint(1950, 2060)
    add(f'{y}년 | year')
    add(f'in {y} | year')
for _ in range(10):
    m, d = R.randint(1, 12), R.randint(1, 28)
    add(f'{m}월 {d}일 | date')
    add(f'{MONTHS[m - 1]} {d} | date')
    add(f'{R.randint(1990, 2040)}-{m:02}-{d:02} | date')
for _ in range(8):
    h, mi = R.randint(0, 23), R.randint(0, 59)
    add(f'{h}시 {mi}분 | time')
    add(f'{h}:{mi:02} | time')
for _ in range(8):
    n = R.randint(1, 99)
    add(f'제{n}차 | ordinal')
    add(f'{n}번째 | ordinal')
for _ in range(6):
    add(f'010-{R.randint(1000, 9999)}-{R.randint(1000, 9999)} | phone')
    add(f'SDG {R.randint(1, 17)} | identifier')

print('# Generated by tests/golden/gen.py (fixed seed); expected values computed there, independently of the crate.')
for l in lines:
    print(l)
