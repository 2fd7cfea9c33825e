"""Thin Qt views over the jobs, the core and the workspace."""
