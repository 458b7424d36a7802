#!/usr/bin/env python3
"""Validate the real-copy gold set and print its counts.

    python3 bench/realcopy/check.py [--coverage] [dev.jsonl test.jsonl]

Checks every record of both halves:
  - the record and claim fields are present and of the right type;
  - file_bytes[start:end].decode() == text for the passage (start 0, end the
    file's length), every claim, every linked sample, every non-claim and
    every sample named in words;
  - spans do not cut a number or a word in two; claims do not overlap one
    another or a non-claim;
  - low <= value <= high; proportions lie in [0, 1]; a hedge is written in
    its span; point changes have unit "points";
  - every digit run and every number word of the passage lies inside a claim
    or a non-claim;
  - a sample_id names a sample_size claim of the same passage (or, for a
    nested base, a count claim) and n, sample_text, sample_start, sample_end
    agree with it; n_ambiguous claims have no n;
  - passage and claim ids are unique; no site is in both halves.
Prints the counts (passages, claims per kind, sites) per half, and with
--coverage a table of the issue-16 capabilities each half exercises.
Exit status 0 when every check passes, 1 otherwise.  Standard library only.
"""
import json
import os
import re
import sys
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = ('proportion', 'sample_size', 'count', 'amount', 'change', 'margin_of_error')
REC_FIELDS = {'id': str, 'doc': str, 'start': int, 'end': int, 'claims': list,
              'non_claims': list, 'notes': str, 'text': str, 'source': str,
              'site': str, 'forms': list}
CLAIM_FIELDS = ('id', 'kind', 'text', 'start', 'end', 'value', 'low', 'high', 'hedge',
                'unit', 'n', 'sample_text', 'sample_start', 'sample_end', 'sample_id',
                'n_alt', 'n_ambiguous')
NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight',
                'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen',
                'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty',
                'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundreds?',
                'thousands?', 'millions?', 'billions?', 'trillions?', 'dozens?', 'half',
                'halves', 'halved', 'thirds?', 'quarters?', 'fifths?', 'sixths?',
                'sevenths?', 'eighths?', 'ninths?', 'tenths?', 'double', 'doubled',
                'doubling', 'treble', 'trebled', 'triple', 'tripled', 'quadrupled', 'twice']
NUMBER_RE = re.compile(r'\d+|(?<![A-Za-z])(?:' + '|'.join(NUMBER_WORDS) + r')(?![A-Za-z])',
                       re.IGNORECASE)


# Capabilities of issue 16 and the form tags (the records' "forms") that exercise them.
# A passage counts for a capability when one of its tags starts with one of the prefixes.
CAPABILITIES = [
    ('1 change: bare "points"', ['point change bare', 'point change', 'hedged point change', 'half a point']),
    ('1 change: N-point lead / gap', ['n-point lead', 'n-point gap', 'hedged lead', 'lead with elided unit']),
    ('1 change: unit elided ("gain two")', ['elided unit', 'lead with elided unit']),
    ('1 change: movement in a list ("(+3)")', ['bracketed movement', 'unbracketed movement', 'signed bracketed changes', 'zero change']),
    ('1 change: lead written with %', ['lead as percent', 'gap as percent']),
    ('1 change: doubled / halved / tripled / N times', ['doubled', 'halved', 'half as many', 'tripling', 'tenfold', 'more than threefold',
                                                     'twice', 'more than three times', 'hedged twice', 'rose by a third', 'hedged fraction change']),
    ('1 change: falls with the right sign', ['falls with the right sign', 'down x% to y', 'drop of x per cent', 'signed bracketed changes']),
    ('1 change: ranges', ['change range', 'amount range']),
    ('1 change: "up X% to Y" (change + level)', ['up x to y', 'up x% to y', 'up by x', 'from x to y', 'down x% to y', 'doubled to', 'tripling to']),
    ('1 change: % read as written / net scores', ['relative change read as written', 'bracketed movement with percent', 'inflation as change',
                                                 'net ', 'real-terms change', 'relative difference', 'relative change']),
    ('2 sample: phrasings without "survey of"', ['sample phrasing', 'sample without survey-of', 'sample with label', 'fieldwork line',
                                                'methodology line', 'sample without noun', 'sample stated twice', 'two-level sample',
                                                'two-stage sample', 'study spanned', 'sample as table total', 'sample in age band',
                                                'sample with space separator', 'questionnaires returned']),
    ('2 sample: "n =" / "N="', ['n = sample', 'subsample n =', 'n = count of events']),
    ('2 sample: base line ("Base: ... (1,235)")', ['base stated', 'base line']),
    ('2 sample: stated after the findings', ['sample after findings']),
    ('2 sample: named in words, no number', ['sample in words']),
    ('2 sample: hedged ("more than 3,000")', ['hedged sample', 'hedged per-country sample']),
    ('2 sample: subsamples', ['subsample', 'sample with subsamples', 'sample with hedged subsamples']),
    ('2 sample: questionnaires returned / distributed', ['questionnaires returned', 'x of total']),
    ('3 subgroup with stated base', ['subgroup base stated', 'nested base', 'nested count']),
    ('3 subgroup of unknown base (n_ambiguous)', ['subgroup base unknown', 'subgroup base unclear', 'base unclear', 'x in 10 subgroup',
                                                'shares from a subsample', 'share of starters']),
    ('4 share: vote-share pair without %', ['vote-share pair', 'vote-share style pair']),
    ('4 share: x out of y / all of n (own n)', ['x out of y', 'x of y', 'all of n', 'x of total', 'count with own share']),
    ('4 share: phrase + bracketed figure', ['verbal+bracketed', 'ratio with bracket', 'x in 10 with bracket', 'hedged fraction restating',
                                           'restated figure', 'bracketed restatement']),
    ('4 share: ratio forms ("one in four")', ['ratio form', 'hyphenated ratio', 'ratio with hedge', 'hedged ratio', 'x in 10']),
    ('4 share: vague quantifiers', ['quantifier']),
    ('4 share: no % sign (tables, "Con %: 34")', ['shares without percent sign']),
    ('4 share: other survey / earlier wave / official (n null)', ['earlier wave', 'official', 'separate survey', 'other survey',
                                                                 'each survey its own sample', 'earlier year']),
    ('5 not-claim: times and durations', ['not-claim time']),
    ('5 not-claim: ages as conditions', ['not-claim age']),
    ('5 not-claim: doses and measures', ['not-claim dose', 'not-claim measure']),
    ('5 not-claim: confidence levels, interval bounds', ['confidence level', 'not-claim interval bounds']),
    ('5 not-claim: scores', ['not-claim score']),
    ('5 not-claim: page furniture, table conventions', ['page furniture', 'table convention']),
    ('5 not-claim: phone numbers, addresses', ['not-claim phone', 'not-claim address']),
    ('5 not-claim: hypotheticals', ['not-claim hypothetical', 'hypothetical']),
    ('5 not-claim: category bounds, hedge look-alikes', ['not-claim category', 'category bound', 'not-hedge']),
    ('5 not-claim: passage with no claim at all', ['no claims']),
    ('6 document date (dateline / byline)', ['dateline', 'byline']),
    ('margin of error', ['margin of error']),
]


def capabilities_of(rec):
    """Capabilities a passage exercises: from its form tags, and from its labels
    (so that a capability is counted even where a tag was not written)."""
    tags = [t.lower() for t in rec.get('forms', [])]
    out = set()
    for name, prefixes in CAPABILITIES:
        if any(t.startswith(p.lower()) for t in tags for p in prefixes):
            out.add(name)
    claims = rec.get('claims', [])
    whys = ' | '.join(x.get('why', '').lower() for x in rec.get('non_claims', []))
    derived = [
        ('margin of error', any(c['kind'] == 'margin_of_error' for c in claims)),
        ('2 sample: named in words, no number', bool(rec.get('sample_words'))),
        ('6 document date (dateline / byline)', bool(rec.get('doc_date'))),
        ('3 subgroup of unknown base (n_ambiguous)', any(c.get('n_ambiguous') for c in claims)),
        ('5 not-claim: passage with no claim at all', not claims),
        ('1 change: ranges', any(c['kind'] in ('change', 'count', 'amount') and c['hedge'] is None
                                 and c['low'] != c['high'] for c in claims)),
        ('4 share: x out of y / all of n (own n)', any(c['kind'] == 'proportion' and c['n'] is not None
                                                      and c['sample_id'] is None for c in claims)),
        ('1 change: falls with the right sign', any(c['kind'] == 'change' and c['value'] < 0 for c in claims)),
        ('5 not-claim: times and durations', 'time' in whys or 'duration' in whys),
        ('5 not-claim: ages as conditions', 'age' in whys.replace('page', '')),
        ('5 not-claim: doses and measures', 'dose' in whys or 'measurement' in whys),
        ('5 not-claim: confidence levels, interval bounds', 'confidence level' in whys or 'interval bound' in whys),
        ('5 not-claim: scores', 'score' in whys),
        ('5 not-claim: page furniture, table conventions', 'furniture' in whys or 'table convention' in whys),
        ('5 not-claim: phone numbers, addresses', 'phone' in whys or 'address' in whys),
        ('5 not-claim: hypotheticals', 'hypothetical' in whys),
    ]
    for name, hit in derived:
        if hit:
            out.add(name)
    return out


def coverage_table(halves):
    names = list(halves)
    lines = ['| capability (issue 16) | ' + ' | '.join(names) + ' |',
             '|---|' + '---:|' * len(names)]
    for cap, _ in CAPABILITIES:
        row = []
        for h in names:
            recs = [r for r in halves[h] if cap in capabilities_of(r)]
            row.append('%d (%d sites)' % (len(recs), len({r['site'] for r in recs})))
        lines.append('| %s | %s |' % (cap, ' | '.join(row)))
    return '\n'.join(lines)


class Checker:
    def __init__(self):
        self.errors = []

    def err(self, where, msg):
        self.errors.append('%s: %s' % (where, msg))


def byte_span_ok(fb, start, end, text):
    try:
        return fb[start:end].decode('utf-8') == text
    except (UnicodeDecodeError, TypeError):
        return False


def edge_ok(fb, start, end):
    """The span must not cut a number or a word: the byte before start and
    after end may not continue an alphanumeric run at the span's edge."""
    def alnum(b):
        return b is not None and (chr(b).isalnum())
    first = fb[start] if start < len(fb) else None
    last = fb[end - 1] if end - 1 >= 0 else None
    before = fb[start - 1] if start > 0 else None
    after = fb[end] if end < len(fb) else None
    ok = True
    if alnum(first) and alnum(before):
        ok = False
    if alnum(last) and alnum(after):
        ok = False
    return ok


def check_record(ck, rec, half, fb_cache):
    pid = rec.get('id', '?')
    for k, t in REC_FIELDS.items():
        if k not in rec:
            ck.err(pid, 'missing field %r' % k)
            return None
        if not isinstance(rec[k], t):
            ck.err(pid, 'field %r is not %s' % (k, t.__name__))
    if not rec['source'].startswith('http'):
        ck.err(pid, 'source is not a URL')
    if not rec['forms']:
        ck.err(pid, 'no forms listed')
    if 'doc_date' in rec and not re.match(r'^\d{4}-\d{2}-\d{2}$', rec['doc_date'] or ''):
        ck.err(pid, 'doc_date is not YYYY-MM-DD')
    path = os.path.join(HERE, rec['doc'])
    if not os.path.isfile(path):
        ck.err(pid, 'no file %s' % rec['doc'])
        return None
    fb = open(path, 'rb').read()
    fb_cache[rec['doc']] = fb
    if rec['start'] != 0 or rec['end'] != len(fb):
        ck.err(pid, 'passage must span the whole file (0..%d), has %d..%d' % (len(fb), rec['start'], rec['end']))
    if not byte_span_ok(fb, rec['start'], rec['end'], rec['text']):
        ck.err(pid, 'passage text differs from the file')
    try:
        fb.decode('utf-8')
    except UnicodeDecodeError:
        ck.err(pid, 'file is not UTF-8')
    spans = []
    by_id = {}
    for c in rec['claims']:
        cid = c.get('id', '?')
        for k in CLAIM_FIELDS:
            if k not in c:
                ck.err(cid, 'missing claim field %r' % k)
        if any(k not in c for k in CLAIM_FIELDS):
            continue
        if not cid.startswith(pid + '/'):
            ck.err(cid, 'claim id does not extend the passage id')
        by_id[cid] = c
        if c['kind'] not in KINDS:
            ck.err(cid, 'unknown kind %r' % c['kind'])
        if not byte_span_ok(fb, c['start'], c['end'], c['text']):
            ck.err(cid, 'span %d..%d is not %r' % (c['start'], c['end'], c['text']))
        elif not edge_ok(fb, c['start'], c['end']):
            ck.err(cid, 'span %r cuts a word or number' % c['text'])
        v, lo, hi = c['value'], c['low'], c['high']
        if not all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in (v, lo, hi)):
            ck.err(cid, 'value/low/high not numbers')
        else:
            if not (lo <= v + 1e-9 and v <= hi + 1e-9):
                ck.err(cid, 'not low <= value <= high: %s %s %s' % (lo, v, hi))
            if c['kind'] == 'proportion' and not (0 <= lo and hi <= 1):
                ck.err(cid, 'proportion interval outside [0, 1]')
            if c['kind'] in ('sample_size', 'count') and v < 0:
                ck.err(cid, 'negative count')
        if c['hedge'] is not None and c['hedge'].lower() not in c['text'].lower():
            ck.err(cid, 'hedge %r not in span' % c['hedge'])
        if c['kind'] == 'change' and re.search(r'\bpoints?\b|-point\b', c['text'], re.I) \
                and c['unit'] != 'points':
            ck.err(cid, 'point change without unit "points"')
        if c['kind'] == 'amount' and not c['unit']:
            ck.err(cid, 'amount without currency')
        if c['kind'] != 'proportion' and (c['n'] is not None or c['sample_id'] is not None):
            ck.err(cid, 'n or sample on a %s' % c['kind'])
        if not isinstance(c['n_alt'], list):
            ck.err(cid, 'n_alt is not a list')
        if not isinstance(c['n_ambiguous'], bool):
            ck.err(cid, 'n_ambiguous is not a boolean')
        if c['n_ambiguous'] and c['n'] is not None:
            ck.err(cid, 'n_ambiguous with an n')
        spans.append((c['start'], c['end'], 'claim ' + cid))
    for c in rec['claims']:
        if c.get('sample_id') is None:
            if c.get('sample_text') is not None:
                ck.err(c['id'], 'sample_text without sample_id')
            continue
        s = by_id.get(c['sample_id'])
        if s is None:
            ck.err(c['id'], 'sample_id %r is not a claim of this passage' % c['sample_id'])
            continue
        if s['kind'] not in ('sample_size', 'count'):
            ck.err(c['id'], 'sample_id names a %s' % s['kind'])
        if c['n'] != s['value'] or c['sample_text'] != s['text'] or \
                c['sample_start'] != s['start'] or c['sample_end'] != s['end']:
            ck.err(c['id'], 'n / sample span disagree with the sample claim')
        if not byte_span_ok(fb, c['sample_start'], c['sample_end'], c['sample_text']):
            ck.err(c['id'], 'sample span is not its text')
    for x in rec['non_claims']:
        for k in ('text', 'start', 'end', 'why'):
            if k not in x:
                ck.err(pid, 'non-claim without %r' % k)
        if not byte_span_ok(fb, x['start'], x['end'], x['text']):
            ck.err(pid, 'non-claim span %d..%d is not %r' % (x['start'], x['end'], x['text']))
        if not x.get('why'):
            ck.err(pid, 'non-claim %r without a reason' % x['text'])
        spans.append((x['start'], x['end'], 'non-claim %r' % x['text']))
    for w in rec.get('sample_words', []):
        if not byte_span_ok(fb, w['start'], w['end'], w['text']):
            ck.err(pid, 'sample_words span is not %r' % w['text'])
    spans.sort()
    for a, b in zip(spans, spans[1:]):
        if b[0] < a[1]:
            ck.err(pid, 'overlap: %s and %s' % (a[2], b[2]))
    text = fb.decode('utf-8', 'replace')
    for m in NUMBER_RE.finditer(text):
        s = len(text[:m.start()].encode('utf-8'))
        e = s + len(m.group(0).encode('utf-8'))
        if not any(a <= s and e <= b for a, b, _ in spans):
            ck.err(pid, 'number %r at byte %d is neither a claim nor a non-claim' % (m.group(0), s))
    return rec


def main():
    flags = [a for a in sys.argv[1:] if a.startswith('--')]
    files = [a for a in sys.argv[1:] if not a.startswith('--')] or \
        [os.path.join(HERE, 'dev.jsonl'), os.path.join(HERE, 'test.jsonl')]
    ck = Checker()
    halves = OrderedDict()
    ids = Counter()
    fb_cache = {}
    for fn in files:
        name = os.path.splitext(os.path.basename(fn))[0]
        recs = []
        with open(fn, encoding='utf-8') as f:
            for ln, line in enumerate(f, 1):
                if not line.strip():
                    continue
                try:
                    rec = json.loads(line)
                except ValueError as e:
                    ck.err('%s:%d' % (fn, ln), 'invalid JSON: %s' % e)
                    continue
                ids[rec.get('id')] += 1
                for c in rec.get('claims', []):
                    ids[c.get('id')] += 1
                if check_record(ck, rec, name, fb_cache) is not None:
                    recs.append(rec)
        halves[name] = recs
    for i, n in ids.items():
        if n > 1:
            ck.err(str(i), 'id used %d times' % n)
    docs = Counter(r['doc'] for recs in halves.values() for r in recs)
    for d, n in docs.items():
        if n > 1:
            ck.err(d, 'file labelled %d times' % n)
    site_half = {}
    for name, recs in halves.items():
        for r in recs:
            if site_half.setdefault(r['site'], name) != name:
                ck.err(r['id'], 'site %r is in both halves' % r['site'])
    listed = {os.path.join('passages', f) for f in os.listdir(os.path.join(HERE, 'passages'))}
    for d in sorted(listed - set(docs)):
        ck.err(d, 'passage file has no record')

    def counts(recs):
        kinds = Counter(c['kind'] for r in recs for c in r['claims'])
        linked = sum(1 for r in recs for c in r['claims'] if c['kind'] == 'proportion' and c['n'] is not None)
        amb = sum(1 for r in recs for c in r['claims'] if c['n_ambiguous'])
        return OrderedDict([
            ('passages', len(recs)),
            ('sites', len({r['site'] for r in recs})),
            ('no-claim passages', sum(1 for r in recs if not r['claims'])),
            ('claims', sum(kinds.values())),
        ] + [(k, kinds.get(k, 0)) for k in KINDS] + [
            ('proportions with n', linked),
            ('n_ambiguous', amb),
            ('non-claims', sum(len(r['non_claims']) for r in recs)),
            ('samples in words', sum(len(r.get('sample_words', [])) for r in recs)),
            ('doc dates', sum(1 for r in recs if r.get('doc_date'))),
        ])
    allrecs = [r for recs in halves.values() for r in recs]
    table = OrderedDict((name, counts(recs)) for name, recs in halves.items())
    table['all'] = counts(allrecs)
    cols = list(table)
    print('%-20s' % '' + ''.join('%8s' % c for c in cols))
    for k in table['all']:
        print('%-20s' % k + ''.join('%8d' % table[c][k] for c in cols))
    if '--coverage' in flags:
        print()
        print(coverage_table(halves))
    if ck.errors:
        print('\n%d problems:' % len(ck.errors))
        for e in ck.errors:
            print('  ' + e)
        sys.exit(1)
    print('\nall checks passed (%d passages, %d claims)' % (len(allrecs), table['all']['claims']))


if __name__ == '__main__':
    main()
