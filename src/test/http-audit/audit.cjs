// Runs graphql-http's serverAudits against a GraphQL endpoint and prints every result as one JSON array.
// Usage: node audit.cjs <graphql url>   (node_modules beside this file: the build runs npm install here)
const { serverAudits } = require('graphql-http');

(async () => {
  const results = [];
  for (const audit of serverAudits({ url: process.argv[2] })) {
    const result = await audit.fn();
    results.push({ id: result.id, name: result.name, status: result.status, reason: result.reason || null });
  }
  process.stdout.write(JSON.stringify(results));
})().catch((error) => {
  console.error(error);
  process.exit(2);
});
