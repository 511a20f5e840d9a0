package fr.education.traam.campaigns.campaign;

import fr.education.traam.kit.domain.Refused;

/** The school year has its campaign already: the DNE runs one call for applications a year. */
public class SchoolYearTaken extends Refused {

    public SchoolYearTaken(SchoolYear schoolYear, CampaignId existing) {
        super(CampaignRefusal.SCHOOL_YEAR_TAKEN, "school year " + schoolYear + " already has campaign " + existing);
        with("campaign", existing.value());
    }
}
