// Constraints and indexes of the plan graphs: every node is unique by its key within its label and
// partnership, and by its uid ("partnership|Label:key") across all; each label's nodes are found by partnership
// through an index (the questions start there); run one statement at a time; safe to run again.
// Constraints of plangraph before partnerships (a key unique within its label alone) are dropped first.
// Parameters: none.
DROP CONSTRAINT plan_key IF EXISTS;
DROP CONSTRAINT area_key IF EXISTS;
DROP CONSTRAINT workstream_key IF EXISTS;
DROP CONSTRAINT aim_key IF EXISTS;
DROP CONSTRAINT theme_key IF EXISTS;
DROP CONSTRAINT task_key IF EXISTS;
DROP CONSTRAINT owner_key IF EXISTS;
DROP CONSTRAINT forum_key IF EXISTS;
DROP CONSTRAINT partner_key IF EXISTS;
DROP CONSTRAINT strand_key IF EXISTS;
CREATE CONSTRAINT plan_item_uid IF NOT EXISTS FOR (n:PlanItem) REQUIRE n.uid IS UNIQUE;
CREATE CONSTRAINT partnership_name IF NOT EXISTS FOR (n:Partnership) REQUIRE n.name IS UNIQUE;
CREATE CONSTRAINT plan_partnership_key IF NOT EXISTS FOR (n:Plan) REQUIRE (n.partnership, n.key) IS UNIQUE;
CREATE CONSTRAINT area_partnership_key IF NOT EXISTS FOR (n:Area) REQUIRE (n.partnership, n.key) IS UNIQUE;
CREATE CONSTRAINT workstream_partnership_key IF NOT EXISTS FOR (n:Workstream) REQUIRE (n.partnership, n.key) IS UNIQUE;
CREATE CONSTRAINT aim_partnership_key IF NOT EXISTS FOR (n:Aim) REQUIRE (n.partnership, n.key) IS UNIQUE;
CREATE CONSTRAINT theme_partnership_key IF NOT EXISTS FOR (n:Theme) REQUIRE (n.partnership, n.key) IS UNIQUE;
CREATE CONSTRAINT task_partnership_key IF NOT EXISTS FOR (n:Task) REQUIRE (n.partnership, n.key) IS UNIQUE;
CREATE CONSTRAINT owner_partnership_key IF NOT EXISTS FOR (n:Owner) REQUIRE (n.partnership, n.key) IS UNIQUE;
CREATE CONSTRAINT forum_partnership_key IF NOT EXISTS FOR (n:Forum) REQUIRE (n.partnership, n.key) IS UNIQUE;
CREATE CONSTRAINT partner_partnership_key IF NOT EXISTS FOR (n:Partner) REQUIRE (n.partnership, n.key) IS UNIQUE;
CREATE CONSTRAINT strand_partnership_key IF NOT EXISTS FOR (n:Strand) REQUIRE (n.partnership, n.key) IS UNIQUE;
CREATE INDEX plan_item_partnership IF NOT EXISTS FOR (n:PlanItem) ON (n.partnership);
CREATE INDEX plan_partnership IF NOT EXISTS FOR (n:Plan) ON (n.partnership);
CREATE INDEX area_partnership IF NOT EXISTS FOR (n:Area) ON (n.partnership);
CREATE INDEX workstream_partnership IF NOT EXISTS FOR (n:Workstream) ON (n.partnership);
CREATE INDEX aim_partnership IF NOT EXISTS FOR (n:Aim) ON (n.partnership);
CREATE INDEX theme_partnership IF NOT EXISTS FOR (n:Theme) ON (n.partnership);
CREATE INDEX forum_partnership IF NOT EXISTS FOR (n:Forum) ON (n.partnership);
CREATE INDEX partner_partnership IF NOT EXISTS FOR (n:Partner) ON (n.partnership);
CREATE INDEX strand_partnership IF NOT EXISTS FOR (n:Strand) ON (n.partnership);
CREATE INDEX task_partnership IF NOT EXISTS FOR (n:Task) ON (n.partnership);
CREATE INDEX task_key_alone IF NOT EXISTS FOR (n:Task) ON (n.key);
CREATE INDEX owner_partnership IF NOT EXISTS FOR (n:Owner) ON (n.partnership);
CREATE INDEX load_problem_partnership IF NOT EXISTS FOR (n:LoadProblem) ON (n.partnership);
CREATE INDEX linked_to_kind IF NOT EXISTS FOR ()-[r:LINKED_TO]-() ON (r.kind);
