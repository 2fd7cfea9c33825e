"""CLI verbs, one module per area; `fedimove.cli` discovers them."""
