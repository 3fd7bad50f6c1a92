"""The Trends page of the Dashboard tab and Project > Record Status."""
