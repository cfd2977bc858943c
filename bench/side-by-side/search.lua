-- wrk script: GraphQL search over a list of terms drawn with Zipf popularity (rank k with
-- probability proportional to 1/k), for Storefront or the Vendure peer. Environment:
--   SHOP=storefront|vendure   TERMS=<file, one term per line, most popular first>
--   QUERY=lite|facets         (Storefront: the product cards only, or with facets and didYouMean)
-- Counts responses outside 2xx and bodies with "errors"; done() prints one RESULT {json} line.
local shop = os.getenv("SHOP") or "storefront"
local kind = os.getenv("QUERY") or "lite"
local path = assert(os.getenv("TERMS"), "TERMS: a file of search terms")

local documents = {
  storefront_lite = 'query Search($q: String!) { search(query: $q, first: 20) { products { totalCount'
    .. ' nodes { id title slug price { amount currencyCode } } } } }',
  storefront_facets = 'query Search($q: String!) { search(query: $q, first: 20) { products { totalCount'
    .. ' nodes { id title slug price { amount currencyCode } } }'
    .. ' facets { categories { category { slug name } count } priceRanges { min max count } inStock }'
    .. ' didYouMean } }',
  vendure_lite = 'query Search($q: String!) { search(input: { term: $q, take: 20 }) { totalItems items {'
    .. ' productId productName slug productVariantId productVariantName sku'
    .. ' price { ... on SinglePrice { value } ... on PriceRange { min max } }'
    .. ' priceWithTax { ... on SinglePrice { value } ... on PriceRange { min max } } currencyCode } } }',
}
local document = assert(documents[shop .. "_" .. kind], "no document for " .. shop .. " " .. kind)

local function json_str(s)
  return '"' .. string.gsub(string.gsub(s, '\\', '\\\\'), '"', '\\"') .. '"'
end

local bodies, cumulative, total = {}, {}, 0
for line in io.lines(path) do
  if #line > 0 then
    bodies[#bodies + 1] = '{"query":' .. json_str(document) .. ',"variables":{"q":' .. json_str(line) .. '}}'
    total = total + 1 / #bodies
    cumulative[#bodies] = total
  end
end
assert(#bodies > 0, "no terms in " .. path)

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/json"

local threads, next_id = {}, 0
function setup(thread)
  thread:set("id", next_id)
  next_id = next_id + 1
  table.insert(threads, thread)
end

function init(args)
  math.randomseed(20261201 + id)
end

-- The rank whose cumulative weight first reaches a uniform draw: binary search.
function request()
  local x, lo, hi = math.random() * total, 1, #bodies
  while lo < hi do
    local mid = math.floor((lo + hi) / 2)
    if cumulative[mid] < x then lo = mid + 1 else hi = mid end
  end
  return wrk.format(nil, nil, nil, bodies[lo])
end

non2xx, gql_errors, first_error = 0, 0, ""
function response(status, headers, body)
  if status < 200 or status > 299 then
    non2xx = non2xx + 1
    if first_error == "" then first_error = "HTTP " .. status .. " " .. string.sub(body or "", 1, 200) end
  elseif body and string.find(body, '"errors"', 1, true) then
    gql_errors = gql_errors + 1
    if first_error == "" then first_error = string.sub(body, 1, 200) end
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
