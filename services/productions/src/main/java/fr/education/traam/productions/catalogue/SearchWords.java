package fr.education.traam.productions.catalogue;

import fr.education.traam.contract.productions.ProductionContent;
import fr.education.traam.contract.productions.ProductionPublished;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words of a text as the catalogue matches them: without accents, in lower case, split at anything that is not a
 * letter or a digit (« œ » and « æ » written out). Stored with each entry and applied to the words searched, so that « Éducation » finds
 * « education ».
 */
public final class SearchWords {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{Nd}]+");

    private SearchWords() {
    }

    public static List<String> of(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        // NFKD splits accents and compatibility forms (ᵉ, ﬁ) but not French ligatures, which are words' spellings.
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("").toLowerCase(Locale.ROOT)
                .replace("œ", "oe").replace("æ", "ae");
        return Arrays.stream(SEPARATORS.split(plain)).filter(word -> !word.isEmpty()).distinct().toList();
    }

    /** The words of a production's title, summary and the text of its content. */
    public static Set<String> of(ProductionPublished production) {
        List<String> texts = new ArrayList<>(List.of(nonNull(production.title()), nonNull(production.summary())));
        ProductionContent content = production.content();
        if (content != null) {
            texts.addAll(texts(content));
        }
        Set<String> words = new LinkedHashSet<>();
        texts.forEach(text -> words.addAll(of(text)));
        return words;
    }

    private static List<String> texts(ProductionContent content) {
        List<String> texts = new ArrayList<>();
        if (content.scenario() != null) {
            ProductionContent.Scenario s = content.scenario();
            texts.addAll(Arrays.asList(s.duration(), s.prerequisites(), s.whatWorked(), s.difficulties()));
            s.steps().forEach(step -> texts.addAll(Arrays.asList(step.title(), step.description())));
            s.resources().forEach(resource -> texts.addAll(Arrays.asList(resource.name(), resource.dataProcessing())));
        }
        if (content.trainingModule() != null) {
            ProductionContent.TrainingModule m = content.trainingModule();
            texts.addAll(Arrays.asList(m.objectives(), m.audience(), m.duration()));
        }
        if (content.academicReport() != null) {
            ProductionContent.AcademicReport r = content.academicReport();
            texts.addAll(Arrays.asList(r.project(), r.objectives(), r.implementation(), r.tools(), r.evaluation(),
                    r.difficulties(), r.pupilBenefits(), r.teacherBenefits(), r.nextSteps()));
        }
        if (content.communicationSupport() != null) {
            texts.add(content.communicationSupport().textAlternative());
        }
        if (content.synthesis() != null) {
            content.synthesis().sections().forEach(section -> texts.addAll(Arrays.asList(section.heading(), section.text())));
        }
        return texts.stream().map(SearchWords::nonNull).toList();
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
