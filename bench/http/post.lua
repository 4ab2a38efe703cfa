-- wrk script of bench/http: POSTs the file named by BODY with the key in KEY (if any), and prints
-- one JSON line: requests, seconds, latency p50/p99 in microseconds, socket and HTTP errors.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local key = os.getenv("KEY")
if key and #key > 0 then wrk.headers["Authorization"] = "ApiKey " .. key end
local file = assert(io.open(os.getenv("BODY"), "rb"))
wrk.body = file:read("*a")
file:close()

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('{"requests":%d,"seconds":%.3f,"p50":%d,"p99":%d,"errors":%d}\n',
    summary.requests, summary.duration / 1e6, latency:percentile(50), latency:percentile(99),
    e.connect + e.read + e.write + e.timeout + e.status))
end
