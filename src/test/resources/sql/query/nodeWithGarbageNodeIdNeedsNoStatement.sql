-- SQL snapshot of query/nodeWithGarbageNodeIdNeedsNoStatement.graphql (PostgreSQL schema forum_example), written by SqlSnapshotTest.
-- Review changes by eye; rewrite: mvn test -Dtest=SqlSnapshotTest -Dstrata.sql.update=true

-- ============================================================================
-- /node  (Query.node)
-- no statement: the field is null without asking the database
