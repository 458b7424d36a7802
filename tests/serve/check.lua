-- tests/serve/check.lua -- wrk script: POST the example article to /api/check.
local f = assert(io.open(os.getenv("CC_ARTICLE") or "examples/outsourcing-survey.txt", "rb"))
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "text/plain"
