package fr.education.traam.productions.production.web;

import fr.education.traam.contract.productions.ProductionContent;
import fr.education.traam.contract.productions.ProductionType;
import fr.education.traam.kit.domain.Refused;
import fr.education.traam.productions.production.AccessibilityItem;
import fr.education.traam.productions.production.Licence;
import fr.education.traam.productions.production.ResourceCheck;
import fr.education.traam.productions.production.ReviewComment.Verdict;
import fr.education.traam.productions.production.Writing;
import fr.education.traam.productions.production.application.ChecksAnswer;
import fr.education.traam.productions.production.application.NewProduction;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The bodies the productions' API reads. */
final class ProductionRequests {

    private ProductionRequests() {
    }

    /** A production to start: its group, its kind, its first version; a training module's co-authoring académies. */
    record NewProductionBody(@NotBlank String groupId, @NotNull ProductionType type, String title, String summary,
                             @Schema(description = "Disciplines by label or alias, whatever the case and accents (the list: GET /api/campaigns/disciplines); kept by their canonical labels, each once.", example = "[\"Lettres\", \"Philosophie\"]")
                             List<String> disciplines, List<String> levels, List<String> competences,
                             ProductionContent content, List<String> coAuthors) {

        NewProduction toNewProduction() {
            return new NewProduction(groupId, type, new WritingBody(title, summary, disciplines, levels, competences, content)
                    .toWriting(), coAuthors);
        }
    }

    /** A new version, whole. */
    record WritingBody(String title, String summary,
                       @Schema(description = "Disciplines by label or alias, whatever the case and accents (the list: GET /api/campaigns/disciplines); kept by their canonical labels, each once.", example = "[\"Lettres\", \"Philosophie\"]")
                       List<String> disciplines, List<String> levels, List<String> competences,
                       ProductionContent content) {

        Writing toWriting() {
            return new Writing(title, summary, orEmpty(disciplines), orEmpty(levels), orEmpty(competences), content);
        }
    }

    /** The publication checks, whole: what is not given is unanswered. */
    record ChecksBody(String licence, Map<String, AccessibilityItem.Answer> accessibility, List<ResourceCheckBody> resources,
                      boolean noPupilNamed) {

        ChecksAnswer toAnswer() {
            Licence chosen = licence == null ? null : Licence.bySpdx(licence).orElseThrow(() -> Refused.invalid("licence",
                    "'" + licence + "' is not one of the licences a production may have: " + Arrays.stream(Licence.values())
                            .map(Licence::spdx).collect(Collectors.joining(", "))));
            Map<AccessibilityItem, AccessibilityItem.Answer> answers = new EnumMap<>(AccessibilityItem.class);
            if (accessibility != null) {
                accessibility.forEach((code, answer) -> {
                    AccessibilityItem item = AccessibilityItem.byCode(code).orElseThrow(() -> Refused.invalid(
                            "accessibility." + code, "'" + code + "' is not an item of the accessibility checklist"));
                    if (answer == null) {
                        throw Refused.invalid("accessibility." + code, "answer YES, NO or NOT_APPLICABLE");
                    }
                    answers.put(item, answer);
                });
            }
            List<ResourceCheck> checks = orEmpty(resources).stream().map(r -> {
                if (r == null || r.url() == null || r.url().isBlank()) {
                    throw Refused.invalid("resources", "each resource checked is named by its url");
                }
                return new ResourceCheck(r.url().strip(), r.termsOfUseChecked(), r.legalNoticesChecked());
            }).toList();
            return new ChecksAnswer(chosen, answers, checks, noPupilNamed);
        }
    }

    record ResourceCheckBody(String url, boolean termsOfUseChecked, boolean legalNoticesChecked) {
    }

    /** A reviewer's verdict; a request for changes says what to change. */
    record ReviewBody(@NotNull Verdict verdict, String comment) {
    }

    /** Why a production is withdrawn, publicly. */
    record WithdrawalBody(String reason) {
    }

    /** What an attachment shows or says, for those who cannot see or hear it. */
    record DescriptionBody(String textAlternative, String captionsId, String transcript) {
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
