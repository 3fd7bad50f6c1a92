"""The Dashboard tab: what a PM or a sponsor looks at first (the Overview page), with room for
more pages (the Trends page) in planner.ui.dashboard.pages.PAGES."""
