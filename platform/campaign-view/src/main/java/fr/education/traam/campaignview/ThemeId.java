package fr.education.traam.campaignview;

/** Identity of a theme within its campaign, as the campaigns service gave it. */
public record ThemeId(String value) {

    public ThemeId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("theme id is blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
