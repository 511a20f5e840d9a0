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
import fr.education.traam.contract.productions.ProductionWithdrawn;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which académies an event concerns: some by ministry code (a selection's académies, a production's académies), or
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
            return credited(published.academy(), published.academies());
        }
        if (event instanceof ProductionWithdrawn withdrawn) {
            // As its publication: the sites that could show it are those that must take it down.
            return credited(withdrawn.academy(), withdrawn.academies());
        }
        return new Reach(Set.of(), true);
    }

    /**
     * A production reaches each académie it credits: its académie, or the co-authors of a national production; one that
     * credits none (a theme's synthesis) is national.
     */
    private static Reach credited(AcademyDetails academy, List<AcademyDetails> academies) {
        Set<String> codes = new HashSet<>();
        if (academy != null) {
            codes.add(academy.code());
        }
        academies.forEach(credited -> codes.add(credited.code()));
        return new Reach(codes, codes.isEmpty());
    }

    private static Reach academy(AcademyDetails academy) {
        return new Reach(Set.of(academy.code()), false);
    }

    public boolean concerns(String academy) {
        return national || academies.contains(academy);
    }
}
