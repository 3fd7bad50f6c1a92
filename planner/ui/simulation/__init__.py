"""The Simulation page of the Risk tab: Monte Carlo finish and cost risk, run and read."""
