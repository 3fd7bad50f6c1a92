"""The Stakeholders tab: the stakeholder register, the communication plan, the meeting log."""
