"""The Budget tab: the budget by phase and by account, the expense ledger, cost charts."""
