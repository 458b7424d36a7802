-- tests/serve/ci.lua -- wrk script: POST a JSON interval request to /api/ci.
wrk.method = "POST"
wrk.body = '{"x": 25, "n": 100, "level": 0.95, "method": "wilson", "moe": 0.03}'
wrk.headers["Content-Type"] = "application/json"
