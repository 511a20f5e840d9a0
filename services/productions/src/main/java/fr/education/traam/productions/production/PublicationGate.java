package fr.education.traam.productions.production;

import fr.education.traam.contract.productions.ProductionContent.DigitalResource;
import fr.education.traam.productions.production.AccessibilityItem.Answer;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a production must meet to be published, each check on its own so that one refusal lists them all: the A2RNE
 * checklist answered item by item with no "no", text alternatives, captions or transcripts for every image, video and
 * sound, a licence from the list, every digital resource's terms of use and legal notices checked (and the processing
 * covering pupils' accounts named), no link to a social network, no pupil named (the authors' declaration on this
 * version, and every attachment's metadata stripped).
 */
public final class PublicationGate {

    private PublicationGate() {
    }

    public static List<UnmetCheck> unmet(Production production, SocialNetworks socialNetworks) {
        List<UnmetCheck> unmet = new ArrayList<>();
        PublicationChecks checks = production.checks();
        Writing writing = production.current().writing();
        accessibility(checks, unmet);
        attachments(production.attachments(), unmet);
        if (checks.licence() == null) {
            unmet.add(new UnmetCheck("licence-missing", "licence", "choose the production's licence among the documented ones"));
        }
        resources(writing.resources(), checks, unmet);
        Set<String> social = new LinkedHashSet<>();
        for (URI link : writing.links()) {
            if (socialNetworks.links(link)) {
                social.add(link.toString());
            }
        }
        social.forEach(link -> unmet.add(new UnmetCheck("social-network-link", "content",
                "the production links to a social network: " + link + " (take the link out, or point to an institutional space)")));
        if (checks.pupils() == null || checks.pupils().version() != production.current().number()) {
            unmet.add(new UnmetCheck("pupil-declaration-missing", "noPupilNamed", "declare that no pupil is named in version "
                    + production.current().number() + " (its text and its attachments)"));
        }
        return List.copyOf(unmet);
    }

    private static void accessibility(PublicationChecks checks, List<UnmetCheck> unmet) {
        for (AccessibilityItem item : AccessibilityItem.values()) {
            Answer answer = checks.accessibility().get(item);
            String field = "accessibility." + item.code();
            if (answer == null) {
                unmet.add(new UnmetCheck("accessibility-unanswered", field, "answer the accessibility item " + item.code()
                        + " (" + item.theme().label() + "): " + item.label()));
            } else if (answer == Answer.NO) {
                unmet.add(new UnmetCheck("accessibility-not-met", field, "the accessibility item " + item.code()
                        + " is not met: " + item.label()));
            }
        }
    }

    private static void attachments(List<AttachedFile> attachments, List<UnmetCheck> unmet) {
        for (int i = 0; i < attachments.size(); i++) {
            AttachedFile file = attachments.get(i);
            String at = "attachments[" + i + "]";
            String named = " (" + file.fileName() + ")";
            if ((file.image() || file.video()) && blank(file.textAlternative())) {
                unmet.add(new UnmetCheck("text-alternative-missing", at + ".textAlternative",
                        "give the attachment a text alternative saying what it shows" + named));
            }
            if (file.video() && blank(file.transcript()) && !captioned(file, attachments)) {
                unmet.add(new UnmetCheck("captions-missing", at + ".captionsId",
                        "give the video captions (a WebVTT attachment) or a transcript" + named));
            }
            if (file.audio() && blank(file.transcript())) {
                unmet.add(new UnmetCheck("transcript-missing", at + ".transcript", "give the sound a transcript" + named));
            }
            if (!file.metadataStripped()) {
                unmet.add(new UnmetCheck("metadata-not-stripped", at, "the attachment's metadata could not be stripped: "
                        + "replace it" + named));
            }
        }
    }

    private static boolean captioned(AttachedFile video, List<AttachedFile> attachments) {
        return video.captionsId() != null && attachments.stream()
                .anyMatch(a -> a.attachmentId().equals(video.captionsId()) && a.captions());
    }

    private static void resources(List<DigitalResource> resources, PublicationChecks checks, List<UnmetCheck> unmet) {
        for (int i = 0; i < resources.size(); i++) {
            DigitalResource resource = resources.get(i);
            String at = "content.scenario.resources[" + i + "]";
            ResourceCheck check = checks.resource(resource.url()).orElse(new ResourceCheck(resource.url(), false, false));
            if (!check.termsOfUseChecked()) {
                unmet.add(new UnmetCheck("terms-of-use-unchecked", at, "check the terms of use of " + resource.name()));
            }
            if (!check.legalNoticesChecked()) {
                unmet.add(new UnmetCheck("legal-notices-unchecked", at, "check the legal notices of " + resource.name()));
            }
            if (resource.pupilAccountRequired() && blank(resource.dataProcessing())) {
                unmet.add(new UnmetCheck("data-processing-missing", at + ".dataProcessing", "pupils create an account on "
                        + resource.name() + ": name the personal-data processing that covers it"));
            }
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
