package fr.education.traam.productions.team;

/** One seat of someone in a group: the group and the seat (member id and role). */
public record TeamSeat(Team team, Team.Seat seat) {
}
