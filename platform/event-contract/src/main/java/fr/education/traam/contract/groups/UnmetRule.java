package fr.education.traam.contract.groups;

/**
 * A composition rule the group does not meet: its code ({@code TOO_FEW_TEACHERS}…) and what is missing, in words
 * that name académies and counts, never people ("Lyon's academic group has 2 teachers and needs 3").
 */
public record UnmetRule(String rule, String detail) {
}
