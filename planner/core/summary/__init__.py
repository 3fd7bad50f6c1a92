"""What a stakeholder reads first about a project: key dates, milestones, health signs and open issues.

Plain functions of a scheduled project (no Qt, no files), shared by the workbook's Summary and
Milestones sheets and anything else that reports status.
"""
