// Constraints and indexes of a plan graph: every node is unique by its key within its label,
// and by its uid (Label:key) across labels. Run one statement at a time; safe to run again.
// Parameters: none.
CREATE CONSTRAINT plan_key IF NOT EXISTS FOR (n:Plan) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT area_key IF NOT EXISTS FOR (n:Area) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT workstream_key IF NOT EXISTS FOR (n:Workstream) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT aim_key IF NOT EXISTS FOR (n:Aim) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT theme_key IF NOT EXISTS FOR (n:Theme) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT task_key IF NOT EXISTS FOR (n:Task) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT owner_key IF NOT EXISTS FOR (n:Owner) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT forum_key IF NOT EXISTS FOR (n:Forum) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT partner_key IF NOT EXISTS FOR (n:Partner) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT strand_key IF NOT EXISTS FOR (n:Strand) REQUIRE n.key IS UNIQUE;
CREATE INDEX task_workstream IF NOT EXISTS FOR (n:Task) ON (n.workstream);
CREATE INDEX task_status IF NOT EXISTS FOR (n:Task) ON (n.status);
CREATE INDEX owner_name IF NOT EXISTS FOR (n:Owner) ON (n.name);
CREATE INDEX linked_to_kind IF NOT EXISTS FOR ()-[r:LINKED_TO]-() ON (r.kind);
