"""The demo's stakeholder register and communication plan: who the portal rollout must carry along, and how.

Ten stakeholders spread across the power/interest grid, each with an engagement
now and wanted: the sponsor should lead, the data protection officer has not yet
heard of the project (unaware), the works council fears the service desk's new
logging (resistant). The plan's eight lines are dated around the status date
(15 February 2027): the weekly status report and the monthly newsletter are
overdue, the security review and the vendor call fall due that week, so the
Dashboard and the Communication plan page both have something to show.
Every row is checked as the register checks a typed one.
"""

from __future__ import annotations

from datetime import date

from planner.core.communication.entities import Communication, Engagement, Frequency, Stakeholder
from planner.core.communication.registers import COMMUNICATIONS, STAKEHOLDERS
from planner.core.model.entities import Project
from planner.core.records.edits import check_record

E, F = Engagement, Frequency

# name, role, organisation, power, interest, now, wanted, channel, frequency, notes
STAKEHOLDER_ROWS = (
    ("Dr. Katrin Vogel", "CFO, project sponsor", "Finance", 5, 4, E.SUPPORTIVE, E.LEADING, "meeting", F.WEEKLY,
     "Owns the business case; wants the licence budget question settled at steering committee #2."),
    ("Thomas Berger", "Product owner, digital channels", "Digital", 4, 5, E.LEADING, E.LEADING, "chat", F.DAILY,
     "Runs the backlog and the sprint reviews."),
    ("Sandra Krüger", "Head of customer service", "Customer Service", 4, 5, E.NEUTRAL, E.SUPPORTIVE, "meeting",
     F.WEEKLY, "Worried about call volumes during cutover; involve her team leads in UAT."),
    ("Frank Meyer", "IT operations lead", "IT Operations", 4, 3, E.NEUTRAL, E.SUPPORTIVE, "e-mail", F.FORTNIGHTLY,
     "Takes the portal into operation; needs the handbook and the hypercare rota early."),
    ("Oliver Hartmann", "CISO", "Information Security", 5, 3, E.NEUTRAL, E.SUPPORTIVE, "meeting", F.MONTHLY,
     "Signs off the security architecture and the pen test; can stop go-live."),
    ("Dr. Miriam Lang", "Data protection officer", "Legal", 4, 2, E.UNAWARE, E.SUPPORTIVE, "e-mail", F.MONTHLY,
     "Not yet briefed; the DPIA in March needs her. Brief her before design starts."),
    ("Jonas Fischer", "Vendor account manager", "PayFlow (payment provider)", 2, 2, E.SUPPORTIVE, E.SUPPORTIVE,
     "phone", F.FORTNIGHTLY, "Payment API sandbox and production keys; contract renews in Q3."),
    ("Nina Wolf", "Marketing lead", "Marketing", 2, 4, E.SUPPORTIVE, E.SUPPORTIVE, "e-mail", F.MONTHLY,
     "Plans the go-live campaign: mailing, website banner, press note."),
    ("Peter Zimmermann", "Customer advisory panel representative", "Customer advisory panel", 1, 4, E.NEUTRAL,
     E.SUPPORTIVE, "video call", F.AT_MILESTONES, "Tests the prototype with five panel members in February."),
    ("Helga Schröder", "Works council representative", "Works council", 3, 2, E.RESISTANT, E.SUPPORTIVE,
     "meeting", F.QUARTERLY, "Objects to per-agent logging in the new service desk; co-determination applies."),
)  # fmt: skip

# what, audience, channel, frequency, owner, next due, last done, notes
PLAN_ROWS = (
    ("Weekly status report", "Sponsor, steering committee", "e-mail (PDF report)", F.WEEKLY, "Anna Schmidt",
     date(2027, 2, 12), date(2027, 2, 5), "planner report, every Friday."),
    ("Steering committee", "Sponsor, CISO, head of customer service, IT operations", "meeting", F.AT_MILESTONES,
     "Anna Schmidt", date(2027, 3, 10), date(2027, 1, 14), "At each phase gate: mandate, architecture, go/no-go."),
    ("Sprint review and demo", "Product owner, key users, customer advisory panel", "video call", F.FORTNIGHTLY,
     "Julia Becker", date(2027, 3, 30), None, "From sprint 1; recorded for the panel."),
    ("Project newsletter", "All staff, customer service, works council", "intranet", F.MONTHLY, "Markus Weber",
     date(2027, 2, 10), date(2027, 1, 11), ""),
    ("Security and data protection review", "CISO, data protection officer", "meeting", F.MONTHLY,
     "Dr. Claudia Richter", date(2027, 2, 18), date(2027, 1, 20), "Threat model, DPIA, pen test scope."),
    ("Vendor alignment call", "PayFlow account manager, NordCloud Hosting", "video call", F.FORTNIGHTLY,
     "Piotr Nowak", date(2027, 2, 17), date(2027, 2, 3), ""),
    ("Works council briefing", "Works council", "meeting", F.QUARTERLY, "Anna Schmidt", date(2027, 3, 1), None,
     "Service desk logging and training plan."),
    ("Go-live communication", "Customers, customer advisory panel, service desk", "mailing, website banner",
     F.AT_MILESTONES, "Markus Weber", date(2027, 6, 7), None, "Two weeks before go-live, then on the day."),
)  # fmt: skip


def add_demo_stakeholders(project: Project) -> None:
    """Put the register and the plan into the demo project (built fresh, so rows go straight into its tables)."""
    for number, row in enumerate(STAKEHOLDER_ROWS, start=1):
        name, role, organisation, power, interest, now, wanted, channel, frequency, notes = row
        contact = name.removeprefix("Dr. ").lower().replace(" ", ".").replace("ö", "oe").replace("ü", "ue")
        stakeholder = Stakeholder(
            number, name, role, organisation, f"{contact}@example.com", power, interest, now, wanted, channel,
            frequency, notes,
        )  # fmt: skip
        check_record(STAKEHOLDERS, stakeholder)
        project.stakeholders[number] = stakeholder
    for number, (what, audience, channel, frequency, owner, due, done, notes) in enumerate(PLAN_ROWS, start=1):
        line = Communication(number, what, audience, channel, frequency, owner, due, done, notes)
        check_record(COMMUNICATIONS, line)
        project.communications[number] = line
