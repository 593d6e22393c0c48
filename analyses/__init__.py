"""The questions plangraph answers, one module each: pure functions over the
stored plans (a store, or a PlanGraph in memory), returning typed results."""
