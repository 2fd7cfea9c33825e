"""Fedimove: take your Twitter social graph to the fediverse, on your own machine."""

__version__ = "0.1.0"
