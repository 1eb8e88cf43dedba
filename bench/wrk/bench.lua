-- wrk script for the Hjo Trygghet bench (bench/run.py sets the environment).
--   BENCH_COOKIE     Cookie header to send (session, csrftoken); empty for anonymous
--   BENCH_BODY_FILE  a form body to POST; "__UUID__" and "__SEQ__" are replaced per request
-- done() prints one line "BENCH_JSON {...}": requests/s, p50/p95/p99 (ms), errors, the status
-- codes seen and the min/max of the X-Query-Count header over all responses.

local cookie = os.getenv("BENCH_COOKIE") or ""
local body_file = os.getenv("BENCH_BODY_FILE") or ""
local body_template = nil
if body_file ~= "" then
  local f = assert(io.open(body_file, "r"))
  body_template = f:read("*a")
  f:close()
end

local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("thread_no", counter)
  table.insert(threads, thread)
end

function init(args)
  statuses = {}
  qmin = -1
  qmax = -1
  seq = 0
  math.randomseed(os.time() * 1000 + (thread_no or 0))
  if cookie ~= "" then
    wrk.headers["Cookie"] = cookie
  end
  if body_template then
    wrk.method = "POST"
    wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
  end
end

local function uuid4()
  local hex = {}
  for i = 1, 32 do
    hex[i] = string.format("%x", math.random(0, 15))
  end
  hex[13] = "4"
  local s = table.concat(hex)
  return s:sub(1, 8) .. "-" .. s:sub(9, 12) .. "-" .. s:sub(13, 16) .. "-" ..
    s:sub(17, 20) .. "-" .. s:sub(21, 32)
end

if body_template then
  function request()
    seq = seq + 1
    local body = body_template:gsub("__UUID__", uuid4())
    body = body:gsub("__SEQ__", tostring(thread_no or 0) .. "-" .. tostring(seq))
    return wrk.format(nil, nil, nil, body)
  end
end

function response(status, headers, body)
  local key = tostring(status)
  statuses[key] = (statuses[key] or 0) + 1
  local q = tonumber(headers["X-Query-Count"] or headers["x-query-count"] or "")
  if q then
    if qmin < 0 or q < qmin then qmin = q end
    if q > qmax then qmax = q end
  end
end

function done(summary, latency, requests)
  local all = {}
  local lo, hi = -1, -1
  for _, t in ipairs(threads) do
    for k, v in pairs(t:get("statuses") or {}) do
      all[k] = (all[k] or 0) + v
    end
    local tlo, thi = t:get("qmin"), t:get("qmax")
    if tlo and tlo >= 0 and (lo < 0 or tlo < lo) then lo = tlo end
    if thi and thi > hi then hi = thi end
  end
  local parts = {}
  for k, v in pairs(all) do
    parts[#parts + 1] = string.format('"%s": %d', k, v)
  end
  local e = summary.errors
  io.write(string.format(
    'BENCH_JSON {"requests": %d, "duration_s": %.3f, "bytes": %d, "rps": %.2f, ' ..
    '"p50_ms": %.3f, "p95_ms": %.3f, "p99_ms": %.3f, "max_ms": %.3f, "mean_ms": %.3f, ' ..
    '"errors": {"connect": %d, "read": %d, "write": %d, "status": %d, "timeout": %d}, ' ..
    '"statuses": {%s}, "queries_min": %d, "queries_max": %d}\n',
    summary.requests, summary.duration / 1e6, summary.bytes,
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, latency.mean / 1000,
    e.connect, e.read, e.write, e.status, e.timeout,
    table.concat(parts, ", "), lo, hi))
end
