"""Metric and cohort engine: every number the user sees, computed in DuckDB SQL."""
