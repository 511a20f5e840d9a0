package fr.education.traam.contract.groups;

import fr.education.traam.contract.TraamEvent;

/**
 * A group carries on into its theme's second year, keeping its members and history: {@code group} names the
 * second-year campaign and theme it now works on, {@code fromCampaignId} and {@code fromThemeId} the first year's.
 */
public record WorkingGroupContinued(GroupReference group, String fromCampaignId, String fromThemeId, String selectionId)
        implements TraamEvent {

    @Override
    public String aggregateId() {
        return group.groupId();
    }
}
