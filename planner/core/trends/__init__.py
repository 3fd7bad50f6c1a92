"""Progress trends: status snapshots recorded at each status date, and what the trend charts read off them."""
