"""MS Project XML (MSPDI) out: the scheduled project as MS Project and ProjectLibre open it.

`writer.write_mspdi` is the exporter project_formats registers for `.xml`. One module per
part of the file (project settings, calendars, tasks, resources, assignments), each writing
its elements in the order of Microsoft's schema (mspdi_pj12.xsd): MS Project refuses a file
whose elements are out of order. What the file cannot hold is named by `not_carried`.
"""
