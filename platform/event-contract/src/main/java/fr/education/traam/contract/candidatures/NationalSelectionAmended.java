package fr.education.traam.contract.candidatures;

import fr.education.traam.contract.TraamEvent;
import fr.education.traam.contract.campaigns.ThemeCycle;

import java.util.List;

/**
 * A published national selection was corrected by an amendment: the public side of {@link SelectionAmended}, with no
 * personal data, for whoever shows a selection (feeds, newsletters, websites). {@code academy} went from {@code from}
 * to {@code to}; {@code selected} and {@code notRetained} are the whole selection as it now stands, by ministry code,
 * so a consumer replaces what it showed rather than patching it. {@code revision} counts the amendments so far (the
 * publication is revision 0): a consumer that keeps the latest state ignores an event older than what it holds.
 * Neither the experts' rationale nor their identity is in it: the public read of a selection leaves them out (ADR 8).
 */
public record NationalSelectionAmended(
        String selectionId,
        String campaignId,
        String themeId,
        ThemeCycle cycle,
        int capacity,
        int revision,
        AcademyDetails academy,
        SelectionDecision from,
        SelectionDecision to,
        List<String> selected,
        List<String> notRetained,
        int continuations) implements TraamEvent {

    public NationalSelectionAmended {
        selected = List.copyOf(selected);
        notRetained = List.copyOf(notRetained);
    }

    @Override
    public String aggregateId() {
        return selectionId;
    }

    /** The ministry codes of the académies this amendment selected: the amended one, or none. */
    public List<String> added() {
        return to == SelectionDecision.SELECTED ? List.of(academy.code()) : List.of();
    }

    /** The ministry codes of the académies this amendment took out of the selection: the amended one, or none. */
    public List<String> removed() {
        return from == SelectionDecision.SELECTED ? List.of(academy.code()) : List.of();
    }
}
