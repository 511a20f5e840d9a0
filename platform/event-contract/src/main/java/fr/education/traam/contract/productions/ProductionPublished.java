package fr.education.traam.contract.productions;

import fr.education.traam.contract.TraamEvent;
import fr.education.traam.contract.candidatures.AcademyDetails;

import java.util.List;

/**
 * A production passed its review and its publication checks and is public: its page is at {@code url} (the
 * platform's public HTML page, beside its JSON), under {@code licence}. Carries everything that page shows, so that
 * a newsletter, a catalogue or an académie's website can show it without asking, and no author's personal data:
 * authorship is the académies' groups ({@code academies}), never names. A production published again after a
 * revision is a new event with a higher {@code version}.
 *
 * @param academy     the académie whose group wrote it; {@code null} for what the national group writes (a training
 *                    module, the theme's synthesis)
 * @param academies   every académie credited: the one académie, the co-authoring académies of a module, none for a synthesis
 * @param levels      school level codes ({@code fr.education.traam.reference.SchoolLevel}), e.g. {@code CINQUIEME}
 * @param competences CRCN competence codes, e.g. {@code 3.1}
 * @param content     the fields of its kind: exactly the one matching {@code type} is set
 */
public record ProductionPublished(
        String productionId,
        int version,
        ProductionType type,
        String title,
        String summary,
        List<String> disciplines,
        List<String> levels,
        List<String> competences,
        ThemeReference theme,
        AcademyDetails academy,
        List<AcademyDetails> academies,
        String url,
        String licence,
        String licenceUrl,
        ProductionContent content,
        List<PublishedAttachment> attachments) implements TraamEvent {

    public ProductionPublished {
        disciplines = List.copyOf(disciplines);
        levels = List.copyOf(levels);
        competences = List.copyOf(competences);
        academies = List.copyOf(academies);
        attachments = List.copyOf(attachments);
    }

    @Override
    public String aggregateId() {
        return productionId;
    }
}
