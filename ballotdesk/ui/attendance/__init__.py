"""The Attendance page: who is here, departures and returns, provisional votes, the attendance register."""
