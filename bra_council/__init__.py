"""The local crime-prevention council: members, meetings, agendas, minutes, decisions and actions."""
