#!/usr/bin/env python3
# make_seeds.py -- writes the hand-made seed corpora under tests/fuzz/corpus/
# (hardening, issue 9). Every sentence here was written for these seeds;
# nothing is copied from the shared corpus. Re-running rewrites the seeds
# named below and leaves other files (fuzzer finds, reproducers) alone.
import os, sys

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "corpus")

TEXT = [
    "A poll of 1,000 adults found that 52% back the plan, with a margin of error of plus or minus 3 points.\n",
    "Almost two-thirds of the 40 teachers asked said class sizes had grown; one in four wanted more pay.\n",
    "Support rose from 38% in March to 45% in May, a jump of 7 percentage points.\n",
    "Some 12 of the 30 nurses (40 per cent) reported overtime. The mean was 3.47 hours (SD = 1.2).\n",
    "Sales doubled to $94,000 last year, while costs fell by about a third.\n",
    "The treatment group scored higher, t(28) = 2.20, p = .036, than controls.\n",
    "A majority of voters - between 55 and 60% - oppose it, says a survey of 2,031 people conducted online.\n",
    "Crime fell 12.5% (n = 812), according to police figures released on 3 February 2021.\n",
    "No figures here at all, just words and a hedge: roughly, nearly, at most.\n",
    "Only 0.4% of the 250 respondents, i.e. one person, said yes; 99.6% said no.\n",
    "",
    "50%",
    "100 % 200 % -5 % 1e999 % 0 of 0 people",
    "The survey of 0 people found 120% agree and -3 of them disagree.\n",
    "Les sondages: 45,5 % des 1 000 Français interrogés. \u00e9\u00e8 \u2014 \u201cquoted\u201d 30\u00a0%.\n",
]
APA = [
    "Results: t(28) = 2.20, p = .036.\n",
    "F(2, 57) = 3.45, p < .05 and chi2(1) = 4.12, p = .04\n",
    "r(98) = -.31, p < .001; z = 1.96, p = .05 (one-tailed)\n",
    "An ANOVA gave F(1, 30) = 0.98, ns, and \u03c7\u00b2(3, N = 200) = 11.3, p = .010.\n",
    "Q(4) = 8.2, p = .08; Qw(10) = 12.1, p = .28; Qb(2) = 9.9, p = .007\n",
    "t(1e9) = 99999999999, p = .000\n",
    "t(-3) = 2, p = 1.5; F(0, 0) = -1, p > 1; r(5) = 1.7, p = .5\n",
    "t 28 = 2.2 p .036 t(28 = 2 p = t() = , p = .\n",
]
MD = [
    "# Poll finds 52% support\n\nA survey of **1,000** adults found that *52%* back the plan.\n\n- 30% oppose\n- 18% unsure\n",
    "| Group | Share |\n|---|---|\n| Men | 48% |\n| Women | 55% |\n\n> Almost 60% of the 200 readers replied.\n",
    "```\ncode 99% ignored\n```\n\nInline `75%` and [a link 40%](http://example.org/?q=10%25) and ![img 3%](x.png)\n",
    "Setext heading with 12%\n=======================\n\n1. one in five\n2. two-thirds of 90 people\n\n<div>raw html 33%</div>\n",
    "***\n\n[unclosed link 50%](http://x\n\n**bold never closed 20%\n\n<!-- comment 10% -->\n",
]
HTML = [
    "<!doctype html><html><head><title>Poll 52%</title><meta name=\"date\" content=\"2021-05-01\"></head>"
    "<body><p>A survey of 1,000 adults found <b>52%</b> back the plan.</p></body></html>\n",
    "<p>Almost two&#8209;thirds of the 40 teachers &amp; one in four&nbsp;nurses said so.</p>"
    "<script>var x = '99%';</script><style>p{width:50%}</style><p>t(28) = 2.20, p = .036</p>\n",
    "<table><tr><td>Men</td><td>48%</td></tr><tr><td>Women</td><td>55 %</td></tr></table>\n",
    "<div><div><div><span>30% of 200</span></div></div></div><!-- 40% hidden --><p>unclosed <b>45%\n",
    "<p>&#x34;&#53;% &lt;b&gt; &bogus; &#xFFFFFFFF; &#0; &amp</p><p title=\"80%\">20%</p><br/><img alt=\"10%\">\n",
    "<html><body><p>Sales rose 12%<p>then fell 3%<li>one<li>two</body>",
    "<!-- never closed 5%",
    "<<<>>><p <a <b>> 70% </p </",
]
# the document's date (extract/docdate.c, extract/input_date.c): datelines,
# bylines and publication-date markup, well and badly formed
DATES_TEXT = [
    "Leeds, 14 March 2024 \u2014 A survey of 2,000 drivers found 31% had put off a service.\n",
    "CHICAGO (AP) \u2014 Feb. 9, 2022\nAbout 45% of commuters work from home.\n",
    "By Tom Hale, Newswire. Updated 6:45 PM ET, Wed March 8, 2023\nSome 55% of owners agreed.\n",
    "Published 09:15 GMT, 19 January 2024 | Updated 20 January 2024\n(posted 3 September 2019)\n40% of 90.\n",
    "31 February 2023\n3/4/2021\n25/12/2021\nPosted Jan 5 21\nHull, 5 Jan '21 -- 33% of 12.\n",
    "By , 1 May\nBy\n, , , \u2014 \u2014 4 4 4 April April 9999\nSaturday 14 May 11:30 UTC GMT ET\n",
]
DATES_HTML = [
    "<html><head><meta property=\"article:published_time\" content=\"2023-06-14T08:00:00+01:00\">"
    "</head><body><p>Some 37% of 200 rivers were healthy.</p></body></html>\n",
    "<script type=\"application/ld+json\">{\"datePublished\": \"2022-09-01T10:00Z\", \"datePublished\":}</script>"
    "<p><time pubdate datetime=\"2021-03-05\">5 March</time> 40% of 90</p>\n",
    "<meta content=\"2023-02-30\" itemprop=datePublished/><time datetime=\"20\"><time datetime=>"
    "<meta name=\"date\" content=\"2024-01-0",
    "<script type='application/ld+json'>{\"datePublished\":\"2020-01-01",
    "<meta property=\"article:published_time\" content='2019-05-05'<meta = = \"\" '' / > <time datetime",
]
CSV = [
    "indicator,geography,period,value,unit,source\nunemployment rate,GB,2021-Q1,4.8,percent,Office for test data\n",
    "indicator,geography,period,value,unit,source,url,released,retrieved,keywords,notes\n"
    "\"median pay, weekly\",UK,2020,585.5,GBP,\"Survey \"\"A\"\"\",http://example.org,2020-10-01,2021-01-02,\"pay;wages\",\n",
    "indicator,geography,period,value,unit,source\nx,y,2019,abc,percent,s\n",
    "indicator,geography,period,value,unit,source\nx,y,2019-13-45,1,percent,s\nx,y\n",
    "name,country,type\nExample Polling,GB,pollster\n",
    "survey,question,answer,share,base_n\nS1,Q1,Yes,0.52,1000\n",
    "a,\"unterminated\n",
    "\n\n\n",
    "indicator,geography,period,value,unit,source\r\nrate,FR,2018-01,1e308,percent,src\r\nrate,FR,2018-02,-1e308,percent,src\r\n",
]
TSV = [
    "phrase\tclass\tvalue\nabout\thedge\t0.9\n",
    "# comment\nroughly\thedge\t0.9\t1.1\tlo\n\t\t\n",
]
JSONL = [
    '{"id":"d1","text":"A poll of 1,000 adults found 52% support.","date":"2021-05-01","url":"http://example.org"}\n',
    '{"id":42,"text":"Almost two-thirds of 40 teachers agreed.\\nNew line \\u00e9 \\ud83d\\ude00 \\ud800 lone"}\n',
    '{"text":"no id","extra":{"nested":[1,2,{"a":[true,false,null]}]},"n":-1.5e10}\n',
    '{"id":"bad", "text": "unterminated\n',
    '[1,2,3]\n{"id":null,"text":null}\n\n{}\n',
    '{"id":"x","text":"a\\u0000b","date":"2021-13-40T00:00:00Z"}\n',
    '{"id":"e","text":"\\x"}\n{"id":"f","text":"ok 50%"} trailing\n{"id":"g","text":"ok","id":"dup"}\n',
    '[' * 70 + ']' * 70 + '\n',
]
NUMBERS = [
    "0.95\n1000\n-3\n1e999",
    "5.19\n1.20\n28",
    "  42  \n4 2\n1e-400\n0x10\ninf\nnan\n.5\n5.\n-0",
    "wilson\nclopper-pearson\nup_or_down\njson\nwarning\nnewcombe",
    "1" * 400 + "\n" + "9" * 310 + ".5",
    "3.45\n0.50\n",
    "",
]

def hdr(*b):
    return bytes(b) + bytes(6 - len(b))

def write(target, name, data):
    d = os.path.join(root, target)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name), "wb") as f:
        f.write(data)

# header variety: format, flags, method/level, statcheck, alloc-fail point, width
HDRS = [hdr(0, 0x01, 0x00, 0x00, 0, 80), hdr(2, 0x41, 0x13, 0x47, 0, 0), hdr(5, 0x09, 0x25, 0x20, 0, 40),
        hdr(4, 0x15, 0x31, 0x05, 0, 120), hdr(6, 0x01, 0x04, 0x18, 0, 0), hdr(1, 0x81, 0x02, 0x00, 0, 0),
        hdr(3, 0x05, 0x00, 0x00, 0, 0), hdr(2, 0x21, 0x00, 0x00, 40, 0), hdr(5, 0x61, 0x00, 0x00, 200, 0)]

for i, t in enumerate(TEXT + APA):
    write("text", "seed-%02d" % i, HDRS[i % len(HDRS)] + t.encode("utf-8"))
for i, t in enumerate(MD):
    write("markdown", "seed-%02d" % i, HDRS[i % len(HDRS)] + t.encode("utf-8"))
for i, t in enumerate(HTML):
    write("html", "seed-%02d" % i, HDRS[(i + 3) % len(HDRS)] + t.encode("utf-8"))
for i, t in enumerate(DATES_TEXT):
    write("text", "date-%02d" % i, HDRS[i % len(HDRS)] + t.encode("utf-8"))
    write("markdown", "date-%02d" % i, HDRS[(i + 1) % len(HDRS)] + t.encode("utf-8"))
for i, t in enumerate(DATES_HTML):
    write("html", "date-%02d" % i, HDRS[(i + 2) % len(HDRS)] + t.encode("utf-8"))
for i, t in enumerate(APA + TEXT[:3]):
    write("apa", "seed-%02d" % i, bytes([i * 37 % 256]) + t.encode("utf-8"))
for i, t in enumerate(CSV):
    write("csv", "seed-%02d" % i, b"\x00" + t.encode("utf-8"))
for i, t in enumerate(TSV):
    write("csv", "tsv-%02d" % i, b"\x01" + t.encode("utf-8"))
for i, t in enumerate(JSONL):
    write("jsonl", "seed-%02d" % i, t.encode("utf-8"))
for i, t in enumerate(NUMBERS):
    write("number", "seed-%02d" % i, bytes([i * 41 % 256]) + t.encode("utf-8"))
# a few raw-byte seeds for the document targets: NUL, invalid UTF-8, BOMs
RAW = [b"50\x00% of 100\x00", b"\xc0\xaf 40% \xed\xa0\x80 \xff\xfe 3 of 4 \xf4\x90\x80\x80",
       b"\xff\xfe5\x000\x00%\x00", b"\xef\xbb\xbfA poll of 500: 20% yes.\n", b"\r\n\r50%\r\r\n"]
for i, r in enumerate(RAW):
    write("text", "raw-%02d" % i, hdr(2, 0x41) + r)
    write("html", "raw-%02d" % i, hdr(5, 0x41) + r)
    write("markdown", "raw-%02d" % i, hdr(1, 0x41) + r)
print("seeds written under", os.path.normpath(root))
