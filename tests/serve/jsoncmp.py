"""tests/serve/jsoncmp.py -- JSON checks for tests/serve/run.sh (test time
only; nothing at build time uses Python).

  jsoncmp.py fields FILE KEY...        every KEY present in the object
  jsoncmp.py same A B KEY...           the KEYs equal in both objects
  jsoncmp.py error FILE STATUS         {"error": "...", "status": STATUS}
  jsoncmp.py report FILE               a claimcheck.report/1 with claims
"""
import json
import sys


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def main():
    cmd, args = sys.argv[1], sys.argv[2:]
    if cmd == "fields":
        o = load(args[0])
        missing = [k for k in args[1:] if k not in o]
        if missing:
            sys.exit("missing fields %s in %s" % (missing, o))
    elif cmd == "same":
        a, b = load(args[0]), load(args[1])
        for k in args[2:]:
            if a.get(k) != b.get(k):
                sys.exit("%s differs: %r vs %r" % (k, a.get(k), b.get(k)))
    elif cmd == "error":
        o = load(args[0])
        if not isinstance(o.get("error"), str) or o.get("status") != int(args[1]):
            sys.exit("not a JSON error %s: %s" % (args[1], o))
    elif cmd == "report":
        o = load(args[0])
        if o.get("schema") != "claimcheck.report/1" or not o["documents"][0]["claims"]:
            sys.exit("not a report with claims")
    else:
        sys.exit("unknown command " + cmd)


main()
