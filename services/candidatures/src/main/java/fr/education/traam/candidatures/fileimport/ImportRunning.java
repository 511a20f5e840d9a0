package fr.education.traam.candidatures.fileimport;

import fr.education.traam.campaignview.CampaignId;
import fr.education.traam.reference.Academy;
import fr.education.traam.kit.domain.DomainProblem;

/** An académie's previous file for the campaign is still being imported: one import at a time. */
public class ImportRunning extends DomainProblem {

    public ImportRunning(CampaignId campaignId, Academy academy, String running) {
        super(Kind.CONFLICT, "import-running", "académie " + academy.code() + " already has an import running for campaign "
                + campaignId + (running == null ? "" : " (" + running + ")") + ": wait for it to finish, then upload again");
    }
}
