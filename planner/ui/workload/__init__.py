"""Workload views of the Resources tab: Resource Usage with its graph, the Team view, Find Resource."""
