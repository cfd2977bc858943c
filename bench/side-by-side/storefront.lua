-- wrk script for Storefront's side-by-side workloads. Environment:
--   WORKLOAD=catalog|mix|product|cart    SF_DATA=<directory written by platform-data.py>
-- catalog: the SPA's catalog page, first page of everything, newest first (mix.txt's first line), repeated;
-- mix:     the realistic catalog mix (mix.txt: the SPA's catalog request, one body a line, most popular
--          first), drawn with Zipf popularity (rank k with probability proportional to 1/k);
-- product: product(slug:) with the product page's fields, cycling over every slug (slugs.txt);
-- cart:    addToCart of a random product (products.txt) for anonymous shoppers whose sessions
--          were made beforehand (sessions.txt: "cookie<TAB>xsrf token" a line); each wrk thread
--          owns a disjoint slice of them and cycles through it, like the Vendure peer's cart.lua.
-- Counts responses outside 2xx, bodies with "errors" and non-empty userErrors; done() prints one
-- RESULT {json} line, as the Vendure peer's scripts do.
local workload = os.getenv("WORKLOAD") or "catalog"
local dir = assert(os.getenv("SF_DATA"), "SF_DATA: the directory platform-data.py wrote")

local function json_str(s)
  return '"' .. string.gsub(string.gsub(s, '\\', '\\\\'), '"', '\\"') .. '"'
end

local function lines(name)
  local t = {}
  for line in io.lines(dir .. "/" .. name) do
    if #line > 0 then t[#t + 1] = line end
  end
  assert(#t > 0, "no lines in " .. dir .. "/" .. name)
  return t
end

local PRODUCT = 'query ProductPage($slug: String!) { product(slug: $slug) { id title slug description'
  .. ' price { amount currencyCode } imageUrl stock inStock featured tags createdAt category { slug name } } }'
local ADD = 'mutation AddToCart($productId: ID!, $quantity: PositiveInt!) { addToCart(productId: $productId,'
  .. ' quantity: $quantity) { cart { id totalQuantity subtotal { amount currencyCode } tax { amount currencyCode }'
  .. ' total { amount currencyCode } lines { id quantity unitPrice { amount currencyCode }'
  .. ' lineTotal { amount currencyCode } product { id slug title imageUrl inStock stock'
  .. ' price { amount currencyCode } } } } userErrors { code field message } } }'

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/json"

local threads, next_id = {}, 0
function setup(thread)
  thread:set("id", next_id)
  next_id = next_id + 1
  table.insert(threads, thread)
end

local bodies, cumulative, total, sessions, i = {}, {}, 0, {}, 0

function init(args)
  math.randomseed(20261201 + id)
  if workload == "catalog" then
    bodies[1] = lines("mix.txt")[1]
  elseif workload == "mix" then
    for k, body in ipairs(lines("mix.txt")) do
      bodies[k] = body
      total = total + 1 / k
      cumulative[k] = total
    end
  elseif workload == "product" then
    for k, slug in ipairs(lines("slugs.txt")) do
      bodies[k] = '{"query":' .. json_str(PRODUCT) .. ',"variables":{"slug":' .. json_str(slug) .. '}}'
    end
    i = id * 7
  elseif workload == "cart" then
    for k, product in ipairs(lines("products.txt")) do
      bodies[k] = '{"query":' .. json_str(ADD) .. ',"variables":{"productId":' .. json_str(product) .. ',"quantity":1}}'
    end
    local nthreads = tonumber(os.getenv("WRK_THREADS") or "2")
    for k, line in ipairs(lines("sessions.txt")) do
      if (k - 1) % nthreads == id then
        local cookie, token = string.match(line, "^([^\t]*)\t(.*)$")
        sessions[#sessions + 1] = { cookie = cookie, token = token }
      end
    end
  else
    error("unknown WORKLOAD " .. workload)
  end
end

function request()
  i = i + 1
  if workload == "catalog" then
    return wrk.format(nil, nil, nil, bodies[1])
  elseif workload == "mix" then
    local x, lo, hi = math.random() * total, 1, #bodies
    while lo < hi do
      local mid = math.floor((lo + hi) / 2)
      if cumulative[mid] < x then lo = mid + 1 else hi = mid end
    end
    return wrk.format(nil, nil, nil, bodies[lo])
  elseif workload == "product" then
    return wrk.format(nil, nil, nil, bodies[(i % #bodies) + 1])
  end
  local s = sessions[(i % #sessions) + 1]
  -- wrk.format() uses the given table instead of wrk.headers, so the JSON headers are repeated.
  local headers = { ["Content-Type"] = "application/json", ["Accept"] = "application/json",
                    ["Cookie"] = s.cookie, ["X-XSRF-TOKEN"] = s.token }
  return wrk.format(nil, nil, headers, bodies[math.random(#bodies)])
end

non2xx, gql_errors, first_error = 0, 0, ""
function response(status, headers, body)
  if status < 200 or status > 299 then
    non2xx = non2xx + 1
    if first_error == "" then first_error = "HTTP " .. status .. " " .. string.sub(body or "", 1, 200) end
  elseif body and (string.find(body, '"errors"', 1, true) or string.find(body, '"userErrors":[{', 1, true)) then
    gql_errors = gql_errors + 1
    if first_error == "" then first_error = string.sub(body, 1, 300) end
  end
end

function done(summary, latency, requests)
  local n2, ge, fe = 0, 0, ""
  for _, t in ipairs(threads) do
    n2 = n2 + t:get("non2xx")
    ge = ge + t:get("gql_errors")
    local e = t:get("first_error")
    if fe == "" and e and e ~= "" then fe = e end
  end
  local e, secs = summary.errors, summary.duration / 1e6
  io.write(string.format('RESULT {"requests":%d,"rps":%.1f,"p50_ms":%.2f,"p99_ms":%.2f,"socket_errors":%d,'
    .. '"timeouts":%d,"non2xx":%d,"gql_errors":%d}\n', summary.requests, summary.requests / secs,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, e.connect + e.read + e.write, e.timeout, n2, ge))
  if fe ~= "" then io.write("FIRST_ERROR " .. string.gsub(fe, "\n", " ") .. "\n") end
end
