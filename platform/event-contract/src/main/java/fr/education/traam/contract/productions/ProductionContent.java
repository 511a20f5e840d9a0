package fr.education.traam.contract.productions;

import java.util.List;

/**
 * What a published production says, by kind: the one field matching the production's {@link ProductionType} is set,
 * the others are {@code null}. Plain text throughout: consumers choose how to render it.
 */
public record ProductionContent(
        Scenario scenario,
        TrainingModule trainingModule,
        AcademicReport academicReport,
        CommunicationSupport communicationSupport,
        Synthesis synthesis) {

    /** A pedagogical scenario: a sequence as it was taught, with what it uses and what the class showed. */
    public record Scenario(
            String duration,
            String prerequisites,
            List<Step> steps,
            List<DigitalResource> resources,
            String whatWorked,
            String difficulties) {

        public Scenario {
            // A draft being written may have neither yet; what is missing is the submission's to say.
            steps = steps == null ? List.of() : List.copyOf(steps);
            resources = resources == null ? List.of() : List.copyOf(resources);
        }
    }

    /** One step of a scenario's sequence, in order. */
    public record Step(String title, String description, String duration) {
    }

    /**
     * A digital resource or service a scenario uses, with what its checks found: whether pupils must create an
     * account and, then, which personal-data processing covers it.
     */
    public record DigitalResource(String name, String url, boolean pupilAccountRequired, String dataProcessing) {
    }

    /** A training module mutualised nationally, e.g. a m@gistère course. */
    public record TrainingModule(String objectives, String audience, String duration, TrainingFormat format, String url) {
    }

    /** An académie's report (bilan), in its usual sections. */
    public record AcademicReport(
            String project,
            String objectives,
            String implementation,
            String tools,
            String evaluation,
            String difficulties,
            String pupilBenefits,
            String teacherBenefits,
            String nextSteps) {
    }

    /** A communication support: a file among the attachments or a link, with its text alternative. */
    public record CommunicationSupport(SupportForm form, String url, String textAlternative) {
    }

    /** The theme's synthesis by its DNE experts, in titled sections. */
    public record Synthesis(List<Section> sections) {

        public Synthesis {
            sections = sections == null ? List.of() : List.copyOf(sections);
        }
    }

    /** A titled section of text. */
    public record Section(String heading, String text) {
    }

    /** How a training module is followed. */
    public enum TrainingFormat {
        MAGISTERE,
        FACE_TO_FACE,
        HYBRID,
        WEBINAR
    }

    /** What a communication support is. */
    public enum SupportForm {
        INFOGRAPHIC,
        MIND_MAP,
        VIDEO_CAPSULE,
        POSTER,
        SLIDESHOW,
        PODCAST
    }
}
