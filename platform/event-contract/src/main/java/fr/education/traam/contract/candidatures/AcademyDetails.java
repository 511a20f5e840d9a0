package fr.education.traam.contract.candidatures;

/** An académie: its ministry code ({@code 10}) and its name ({@code Lyon}), so consumers need no reference table. */
public record AcademyDetails(String code, String name) {
}
