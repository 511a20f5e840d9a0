package fr.education.traam.candidatures.fileimport;

import fr.education.traam.campaignview.CampaignId;
import fr.education.traam.kit.domain.Refused;
import fr.education.traam.reference.Academy;

/** An académie's previous file for the campaign is still being imported: one import at a time. */
public class ImportRunning extends Refused {

    public ImportRunning(CampaignId campaignId, Academy academy, String running) {
        super(DedicatedFileRefusal.IMPORT_RUNNING, "académie " + academy.code() + " already has an import running for campaign "
                + campaignId + (running == null ? "" : " (" + running + ")") + ": wait for it to finish, then upload again");
    }
}
