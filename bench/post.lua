-- wrk script: POSTs the GraphQL request in the file named by the BENCH_BODY environment variable.
local file = assert(io.open(os.getenv("BENCH_BODY"), "r"))
wrk.method = "POST"
wrk.body = file:read("*a")
file:close()
wrk.headers["Content-Type"] = "application/json"
local token = os.getenv("BENCH_TOKEN")
if token and token ~= "" then
  wrk.headers["Authorization"] = "Bearer " .. token
end

function response(status, headers, body)
  if status ~= 200 or body:find('"errors"') then
    io.stderr:write("unexpected answer " .. status .. ": " .. body:sub(1, 200) .. "\n")
  end
end
