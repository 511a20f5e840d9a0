package fr.education.traam.contract.campaigns;

/** A DNE expert leading a theme: {@code id} is the expert's identity subject, as in their token's {@code sub}. */
public record DneExpert(String id, String name) {
}
