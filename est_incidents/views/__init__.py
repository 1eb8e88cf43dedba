"""The views of est_incidents, one module per noun: incidents, meetings, situation, statutory."""
