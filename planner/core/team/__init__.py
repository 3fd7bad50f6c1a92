"""The team: resources as a PM types them (rates with units, groups, roles), their skills and calendars."""
