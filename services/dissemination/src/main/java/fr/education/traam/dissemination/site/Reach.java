package fr.education.traam.dissemination.site;

import fr.education.traam.contract.TraamEvent;
import fr.education.traam.contract.candidatures.AcademicSelectionFiled;
import fr.education.traam.contract.candidatures.AcademyDetails;
import fr.education.traam.contract.candidatures.AcademyNotRetained;
import fr.education.traam.contract.candidatures.AcademySelected;
import fr.education.traam.contract.candidatures.CandidatureRevised;
import fr.education.traam.contract.candidatures.CandidatureSubmitted;
import fr.education.traam.contract.candidatures.CandidatureWithdrawn;
import fr.education.traam.contract.candidatures.NationalSelectionAmended;
import fr.education.traam.contract.candidatures.NationalSelectionPublished;
import fr.education.traam.contract.candidatures.SelectionAmended;
import fr.education.traam.contract.productions.ProductionPublished;

import java.util.HashSet;
import java.util.Set;

/**
 * Which académies an event concerns: some by ministry code (a selection's académies, a production's académie), or
 * every one of them (a campaign's events are national: an opening call is addressed to all académies).
 */
public record Reach(Set<String> academies, boolean national) {

    public Reach {
        academies = Set.copyOf(academies);
    }

    public static Reach of(TraamEvent event) {
        if (event instanceof NationalSelectionPublished published) {
            Set<String> codes = new HashSet<>(published.selected());
            codes.addAll(published.notRetained());
            return new Reach(codes, false);
        }
        if (event instanceof NationalSelectionAmended amended) {
            // As its publication: the selection of every académie that applied, whichever one the amendment moved.
            Set<String> codes = new HashSet<>(amended.selected());
            codes.addAll(amended.notRetained());
            return new Reach(codes, false);
        }
        if (event instanceof AcademySelected selected) {
            return academy(selected.academy());
        }
        if (event instanceof AcademyNotRetained notRetained) {
            return academy(notRetained.academy());
        }
        if (event instanceof SelectionAmended amended) {
            return academy(amended.academy());
        }
        if (event instanceof CandidatureSubmitted submitted) {
            return academy(submitted.academy());
        }
        if (event instanceof CandidatureRevised revised) {
            return academy(revised.academy());
        }
        if (event instanceof CandidatureWithdrawn withdrawn) {
            return academy(withdrawn.academy());
        }
        if (event instanceof AcademicSelectionFiled filed) {
            return academy(filed.academy());
        }
        if (event instanceof ProductionPublished published) {
            return academy(published.academy());
        }
        return new Reach(Set.of(), true);
    }

    private static Reach academy(AcademyDetails academy) {
        return new Reach(Set.of(academy.code()), false);
    }

    public boolean concerns(String academy) {
        return national || academies.contains(academy);
    }
}
