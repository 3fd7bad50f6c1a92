"""Stakeholders and communication: the register, the communication plan, meetings, decisions, actions."""
