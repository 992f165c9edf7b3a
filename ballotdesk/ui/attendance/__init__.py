"""The Attendance page: who is in the hall, departures, approvals and the attendance register."""
