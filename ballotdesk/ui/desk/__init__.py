"""The registration desk: search, register and undo at the door, guests and provisional attendees."""
