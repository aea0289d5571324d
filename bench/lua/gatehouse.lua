-- wrk script for bench/run, for Gatehouse and for the Spring Session peer (bench/spring-peer).
-- BENCH_SCENARIO picks the requests:
--   baseline  GET BENCH_BASELINE_PATH    (Gatehouse's home page /, the peer's /ping: no session, no database)
--   bearer    GET /api/session           with Authorization: Bearer <token>, the first BENCH_HOT_TOKENS
--                                        tokens in turn (with BENCH_TOKEN_HEADER set, <that header>:
--                                        <token> instead): clients that come back within a second
--   cold      GET /api/session           as bearer, but every seeded token in turn: each comes back
--                                        only after all the others, long after a cached check expired
--   cookie    GET /api/session           with the session cookie, the first BENCH_HOT_TOKENS tokens in turn
--   login     POST /api/sessions         password sign-in of the seeded accounts in turn
-- Every request is formatted once in init() and only handed out in request(), so wrk spends the
-- same (little) CPU per request in every scenario. BENCH_DELAY_MS paces each connection (wrk's
-- delay()), which bench/run uses for the latency at about half of the peak rate.
-- done() prints one line for bench/run: BENCH rps=... p50_ms=... p99_ms=... errors=...

local scenario = os.getenv("BENCH_SCENARIO") or "baseline"
local dir = os.getenv("BENCH_SEED_DIR") or "."
local password = os.getenv("BENCH_PASSWORD") or ""
local cookie_name = os.getenv("BENCH_COOKIE_NAME") or "__Host-gh_session"
local delay_ms = tonumber(os.getenv("BENCH_DELAY_MS") or "0")
local baseline_path = os.getenv("BENCH_BASELINE_PATH") or "/"
local token_header = os.getenv("BENCH_TOKEN_HEADER") or ""
-- 0: every seeded token
local hot_tokens = tonumber(os.getenv("BENCH_HOT_TOKENS") or "0")

local function token_headers(token)
   if token_header == "" then
      return { ["Authorization"] = "Bearer " .. token }
   end
   return { [token_header] = token }
end

local function lines(file, limit)
   local all = {}
   for line in io.lines(dir .. "/" .. file) do
      if limit and limit > 0 and #all >= limit then
         break
      end
      all[#all + 1] = line
   end
   return all
end

local thread_count = 0
function setup(thread)
   thread:set("thread_index", thread_count)
   thread_count = thread_count + 1
end

local requests = {}
local next_request = 1

function init(args)
   if scenario == "baseline" then
      requests[1] = wrk.format("GET", baseline_path)
   elseif scenario == "bearer" or scenario == "cold" then
      local limit = scenario == "bearer" and hot_tokens or 0
      for i, token in ipairs(lines("tokens.txt", limit)) do
         requests[i] = wrk.format("GET", "/api/session", token_headers(token))
      end
   elseif scenario == "cookie" then
      for i, token in ipairs(lines("tokens.txt", hot_tokens)) do
         requests[i] = wrk.format("GET", "/api/session", { ["Cookie"] = cookie_name .. "=" .. token })
      end
   elseif scenario == "login" then
      for i, email in ipairs(lines("emails.txt")) do
         local body = string.format('{"email":"%s","password":"%s","rememberMe":false}', email, password)
         requests[i] = wrk.format("POST", "/api/sessions", { ["Content-Type"] = "application/json" }, body)
      end
   else
      error("unknown BENCH_SCENARIO " .. scenario)
   end
   -- Threads start at different places, so no two send the same session at the same moment.
   next_request = ((thread_index or 0) * 7919) % #requests + 1
end

function request()
   local r = requests[next_request]
   next_request = next_request % #requests + 1
   return r
end

if delay_ms > 0 then
   function delay()
      return delay_ms
   end
end

function done(summary, latency, requests)
   local seconds = summary.duration / 1e6
   local e = summary.errors
   io.write(string.format("BENCH rps=%.1f p50_ms=%.3f p99_ms=%.3f requests=%d errors=%d non2xx=%d timeouts=%d\n",
      summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
      summary.requests, e.connect + e.read + e.write + e.timeout, e.status, e.timeout))
end
