-- wrk script for load.sh: a random mix of reads and writes, all with the person's token (BENCH_TOKEN); every
-- answer that is not a 200 without errors is written to stderr, one line each (load.sh counts them).
local token = os.getenv("BENCH_TOKEN")
local requests = {
  '{"query":"{ postById(id: 1) { id headline personByAuthorId { fullName } } }"}',
  '{"query":"{ allPosts(first: 20, orderBy: CREATED_AT_DESC) { totalCount nodes { id headline } } }"}',
  '{"query":"{ allPeople(first: 5) { nodes { fullName postsByAuthorId(first: 3) { nodes { id summary } } } } }"}',
  '{"query":"{ currentPerson { id fullName } }"}',
  '{"query":"mutation { createPost(input: {post: {authorId: 1, headline: \\"load\\", body: \\"written by load.sh\\", topic: DISCUSSION}}) { post { id } } }"}',
  '{"query":"mutation { updatePersonById(input: {id: 1, personPatch: {about: \\"updated by load.sh\\"}}) { person { id } } }"}',
}
local headers = {["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token}

request = function()
  -- two writes in six requests
  return wrk.format("POST", nil, headers, requests[math.random(#requests)])
end

function response(status, headers, body)
  if status ~= 200 or body:find('"errors"') then
    io.stderr:write("unexpected answer " .. status .. ": " .. body:sub(1, 200) .. "\n")
  end
end
