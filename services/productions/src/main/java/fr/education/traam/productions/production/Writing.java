package fr.education.traam.productions.production;

import fr.education.traam.contract.productions.ProductionContent;
import fr.education.traam.contract.productions.ProductionContent.AcademicReport;
import fr.education.traam.contract.productions.ProductionContent.CommunicationSupport;
import fr.education.traam.contract.productions.ProductionContent.DigitalResource;
import fr.education.traam.contract.productions.ProductionContent.Scenario;
import fr.education.traam.contract.productions.ProductionContent.Section;
import fr.education.traam.contract.productions.ProductionContent.Step;
import fr.education.traam.contract.productions.ProductionContent.Synthesis;
import fr.education.traam.contract.productions.ProductionContent.TrainingModule;
import fr.education.traam.contract.productions.ProductionType;
import fr.education.traam.kit.domain.Refused;
import fr.education.traam.kit.domain.UserText;
import fr.education.traam.reference.CrcnCompetence;
import fr.education.traam.reference.Discipline;
import fr.education.traam.reference.SchoolLevel;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * What one version of a production says: the fields every kind shares and the content of its kind (the contract's
 * {@link ProductionContent}, exactly the member matching the type). A draft may be incomplete; {@link #missing()} says
 * what a submission still needs, field by field. Its disciplines are the platform's, kept and published by their
 * canonical labels, each once ("svt" is "Sciences de la vie et de la Terre"), so the catalogue's facets and the
 * newsletter's lines count one discipline once.
 */
public record Writing(
        String title,
        String summary,
        List<String> disciplines,
        List<String> levels,
        List<String> competences,
        ProductionContent content) {

    static final int TITLE = 200;
    static final int SUMMARY = 2_000;
    static final int SHORT = 200;
    static final int TEXT = 20_000;
    static final int LIST = 50;

    public Writing {
        title = UserText.accepted("title", title, TITLE);
        summary = UserText.accepted("summary", summary, SUMMARY);
        disciplines = disciplines(names("disciplines", disciplines));
        levels = codes("levels", levels, code -> SchoolLevel.byCode(code).isPresent(), "a school level");
        competences = codes("competences", competences, code -> CrcnCompetence.byCode(code).isPresent(), "a CRCN competence");
        if (title == null || title.isBlank()) {
            throw Refused.invalid("title", "a production needs a title, even as a draft");
        }
    }

    /** The writing of a production of {@code type}: refused when its content is of another kind or malformed. */
    public Writing ofType(ProductionType type) {
        ProductionContent normalised = checked(type, content);
        return normalised == content ? this : new Writing(title, summary, disciplines, levels, competences, normalised);
    }

    /** What a submission still needs, as the JSON paths of the missing fields (empty when it is complete). */
    public List<String> missing() {
        List<String> missing = new ArrayList<>();
        blank(missing, "summary", summary);
        if (content.scenario() != null) {
            Scenario s = content.scenario();
            if (disciplines.isEmpty()) {
                missing.add("disciplines");
            }
            if (levels.isEmpty()) {
                missing.add("levels");
            }
            blank(missing, "content.scenario.duration", s.duration());
            if (s.steps().isEmpty()) {
                missing.add("content.scenario.steps");
            }
            IntStream.range(0, s.steps().size()).forEach(i ->
                    blank(missing, "content.scenario.steps[" + i + "].description", s.steps().get(i).description()));
            blank(missing, "content.scenario.whatWorked", s.whatWorked());
            blank(missing, "content.scenario.difficulties", s.difficulties());
        } else if (content.trainingModule() != null) {
            TrainingModule m = content.trainingModule();
            blank(missing, "content.trainingModule.objectives", m.objectives());
            blank(missing, "content.trainingModule.audience", m.audience());
            blank(missing, "content.trainingModule.duration", m.duration());
            if (m.format() == null) {
                missing.add("content.trainingModule.format");
            }
        } else if (content.academicReport() != null) {
            AcademicReport r = content.academicReport();
            String at = "content.academicReport.";
            blank(missing, at + "project", r.project());
            blank(missing, at + "objectives", r.objectives());
            blank(missing, at + "implementation", r.implementation());
            blank(missing, at + "tools", r.tools());
            blank(missing, at + "evaluation", r.evaluation());
            blank(missing, at + "difficulties", r.difficulties());
            blank(missing, at + "pupilBenefits", r.pupilBenefits());
            blank(missing, at + "teacherBenefits", r.teacherBenefits());
            blank(missing, at + "nextSteps", r.nextSteps());
        } else if (content.communicationSupport() != null) {
            CommunicationSupport c = content.communicationSupport();
            if (c.form() == null) {
                missing.add("content.communicationSupport.form");
            }
            blank(missing, "content.communicationSupport.textAlternative", c.textAlternative());
        } else if (content.synthesis() != null && content.synthesis().sections().isEmpty()) {
            missing.add("content.synthesis.sections");
        }
        return missing;
    }

    /** Every address the production links to, wherever it is written: its resources, its module, its support, its texts. */
    public List<URI> links() {
        List<String> places = new ArrayList<>();
        List<String> texts = new ArrayList<>(List.of(nullToEmpty(summary)));
        if (content.scenario() != null) {
            Scenario s = content.scenario();
            s.resources().forEach(r -> places.add(r.url()));
            s.steps().forEach(step -> texts.add(nullToEmpty(step.description())));
            texts.addAll(List.of(nullToEmpty(s.prerequisites()), nullToEmpty(s.whatWorked()), nullToEmpty(s.difficulties())));
        } else if (content.trainingModule() != null) {
            places.add(content.trainingModule().url());
            texts.addAll(List.of(nullToEmpty(content.trainingModule().objectives()), nullToEmpty(content.trainingModule().audience())));
        } else if (content.academicReport() != null) {
            AcademicReport r = content.academicReport();
            texts.addAll(List.of(nullToEmpty(r.project()), nullToEmpty(r.objectives()), nullToEmpty(r.implementation()),
                    nullToEmpty(r.tools()), nullToEmpty(r.evaluation()), nullToEmpty(r.difficulties()),
                    nullToEmpty(r.pupilBenefits()), nullToEmpty(r.teacherBenefits()), nullToEmpty(r.nextSteps())));
        } else if (content.communicationSupport() != null) {
            places.add(content.communicationSupport().url());
            texts.add(nullToEmpty(content.communicationSupport().textAlternative()));
        } else if (content.synthesis() != null) {
            content.synthesis().sections().forEach(section -> texts.add(nullToEmpty(section.text())));
        }
        List<URI> links = new ArrayList<>();
        places.stream().filter(place -> place != null).map(URI::create).forEach(links::add);
        texts.forEach(text -> Links.in(text).forEach(links::add));
        return links;
    }

    /** The scenario's digital resources, or none for the other kinds. */
    public List<DigitalResource> resources() {
        return content.scenario() == null ? List.of() : content.scenario().resources();
    }

    private static ProductionContent checked(ProductionType type, ProductionContent content) {
        if (content == null) {
            throw Refused.invalid("content", "the content of a " + type + " is required");
        }
        int set = (content.scenario() == null ? 0 : 1) + (content.trainingModule() == null ? 0 : 1)
                + (content.academicReport() == null ? 0 : 1) + (content.communicationSupport() == null ? 0 : 1)
                + (content.synthesis() == null ? 0 : 1);
        Object ofType = switch (type) {
            case SCENARIO -> content.scenario();
            case TRAINING_MODULE -> content.trainingModule();
            case ACADEMIC_REPORT -> content.academicReport();
            case COMMUNICATION_SUPPORT -> content.communicationSupport();
            case SYNTHESIS -> content.synthesis();
        };
        if (set != 1 || ofType == null) {
            throw Refused.invalid("content", "the content of a " + type + " is exactly its own member: content."
                    + member(type));
        }
        return switch (type) {
            case SCENARIO -> new ProductionContent(scenario(content.scenario()), null, null, null, null);
            case TRAINING_MODULE -> new ProductionContent(null, module(content.trainingModule()), null, null, null);
            case ACADEMIC_REPORT -> new ProductionContent(null, null, report(content.academicReport()), null, null);
            case COMMUNICATION_SUPPORT -> new ProductionContent(null, null, null, support(content.communicationSupport()), null);
            case SYNTHESIS -> new ProductionContent(null, null, null, null, synthesis(content.synthesis()));
        };
    }

    static String member(ProductionType type) {
        return switch (type) {
            case SCENARIO -> "scenario";
            case TRAINING_MODULE -> "trainingModule";
            case ACADEMIC_REPORT -> "academicReport";
            case COMMUNICATION_SUPPORT -> "communicationSupport";
            case SYNTHESIS -> "synthesis";
        };
    }

    private static Scenario scenario(Scenario s) {
        String at = "content.scenario.";
        List<Step> steps = bounded(at + "steps", s.steps(), (step, path) -> new Step(
                required(path + ".title", step.title(), SHORT), text(path + ".description", step.description()),
                UserText.accepted(path + ".duration", step.duration(), SHORT)));
        List<DigitalResource> resources = bounded(at + "resources", s.resources(), (r, path) -> new DigitalResource(
                required(path + ".name", r.name(), SHORT), url(path + ".url", r.url(), true), r.pupilAccountRequired(),
                UserText.accepted(path + ".dataProcessing", r.dataProcessing(), SUMMARY)));
        return new Scenario(UserText.accepted(at + "duration", s.duration(), SHORT), text(at + "prerequisites", s.prerequisites()),
                steps, resources, text(at + "whatWorked", s.whatWorked()), text(at + "difficulties", s.difficulties()));
    }

    private static TrainingModule module(TrainingModule m) {
        String at = "content.trainingModule.";
        return new TrainingModule(text(at + "objectives", m.objectives()), text(at + "audience", m.audience()),
                UserText.accepted(at + "duration", m.duration(), SHORT), m.format(), url(at + "url", m.url(), false));
    }

    private static AcademicReport report(AcademicReport r) {
        String at = "content.academicReport.";
        return new AcademicReport(text(at + "project", r.project()), text(at + "objectives", r.objectives()),
                text(at + "implementation", r.implementation()), text(at + "tools", r.tools()),
                text(at + "evaluation", r.evaluation()), text(at + "difficulties", r.difficulties()),
                text(at + "pupilBenefits", r.pupilBenefits()), text(at + "teacherBenefits", r.teacherBenefits()),
                text(at + "nextSteps", r.nextSteps()));
    }

    private static CommunicationSupport support(CommunicationSupport c) {
        String at = "content.communicationSupport.";
        return new CommunicationSupport(c.form(), url(at + "url", c.url(), false), text(at + "textAlternative", c.textAlternative()));
    }

    private static Synthesis synthesis(Synthesis s) {
        return new Synthesis(bounded("content.synthesis.sections", s.sections(), (section, path) -> new Section(
                required(path + ".heading", section.heading(), SHORT), text(path + ".text", section.text()))));
    }

    private interface Element<T> {
        T checked(T element, String path);
    }

    private static <T> List<T> bounded(String field, List<T> elements, Element<T> check) {
        if (elements == null) {
            return List.of();
        }
        if (elements.size() > LIST) {
            throw Refused.invalid(field, field + " holds at most " + LIST + " items");
        }
        List<T> checked = new ArrayList<>();
        for (int i = 0; i < elements.size(); i++) {
            String path = field + "[" + i + "]";
            if (elements.get(i) == null) {
                throw Refused.invalid(path, path + " is empty");
            }
            checked.add(check.checked(elements.get(i), path));
        }
        return List.copyOf(checked);
    }

    private static String required(String field, String value, int max) {
        String accepted = UserText.accepted(field, value, max);
        if (accepted == null || accepted.isBlank()) {
            throw Refused.invalid(field, field + " is required");
        }
        return accepted;
    }

    private static String text(String field, String value) {
        return UserText.accepted(field, value, TEXT);
    }

    private static String url(String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw Refused.invalid(field, field + " is required: the address of the resource");
            }
            return null;
        }
        return Links.web(field, value.strip()).toString();
    }

    /** Where the list of disciplines is, for a client refused one (the campaigns service serves it). */
    public static final String DISCIPLINE_LIST = "/api/campaigns/disciplines";

    private static List<String> disciplines(List<String> names) {
        Discipline.Recognition recognition = Discipline.recognise(names);
        if (!recognition.complete()) {
            throw new Refused(ProductionRefusal.UNKNOWN_DISCIPLINE, "disciplines", "not disciplines the platform knows: "
                    + String.join(", ", recognition.unknown()) + " (the list: " + DISCIPLINE_LIST + ")")
                    .with("unknownDisciplines", recognition.unknown())
                    .with("disciplineList", DISCIPLINE_LIST);
        }
        return recognition.labels();
    }

    private static List<String> names(String field, List<String> values) {
        return bounded(field, values, (value, path) -> required(path, value, SHORT));
    }

    private static List<String> codes(String field, List<String> values, java.util.function.Predicate<String> known, String what) {
        return bounded(field, values, (value, path) -> {
            if (value.isBlank() || !known.test(value)) {
                throw Refused.invalid(path, "'" + value + "' is not " + what + " code");
            }
            return value;
        }).stream().distinct().toList();
    }

    private static void blank(List<String> missing, String field, String value) {
        if (value == null || value.isBlank()) {
            missing.add(field);
        }
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
