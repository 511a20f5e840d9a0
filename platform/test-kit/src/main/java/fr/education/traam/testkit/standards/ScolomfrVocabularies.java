package fr.education.traam.testkit.standards;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ScoLOMFR 3.0 vocabularies as the XSDs enumerate them ({@code scolomfr/vocab/voc_0NN.xsd}): every value a
 * vocabulary accepts, concept URIs and labels alike. The XSDs accept any label beside a value, so a record can be
 * schema-valid with a label from another vocabulary or a misspelt one; {@link #mislabelled} finds those.
 */
public final class ScolomfrVocabularies {

    private static final Pattern NUMBERED = Pattern.compile("scolomfr-voc-(\\d{3})-");
    private static final String CONCEPTS = "http://data.education.fr/voc/scolomfr/concept/";

    /** The vocabulary of each LOM/ScoLOMFR element written as {@code source, value, label}. */
    private static final Map<String, String> VOCABULARY_OF_ELEMENT = Map.ofEntries(
            Map.entry("status", "002"), Map.entry("documentType", "004"), Map.entry("generalResourceType", "005"),
            Map.entry("structure", "007"), Map.entry("aggregationLevel", "008"), Map.entry("kind", "009"),
            Map.entry("learningResourceType", "010"), Map.entry("intendedEndUserRole", "011"), Map.entry("context", "012"),
            Map.entry("place", "017"), Map.entry("educationalMethod", "018"), Map.entry("activity", "019"),
            Map.entry("tool", "020"), Map.entry("type", "023"), Map.entry("name", "024"), Map.entry("difficulty", "025"),
            Map.entry("cost", "026"), Map.entry("copyrightAndOtherRestrictions", "027"), Map.entry("purpose", "028"),
            Map.entry("personalDataProcessType", "044"));

    private static final Map<Path, ScolomfrVocabularies> LOADED = new ConcurrentHashMap<>();

    private final Path folder;
    private final Map<String, Set<String>> values = new ConcurrentHashMap<>();

    private ScolomfrVocabularies(Path folder) {
        this.folder = folder;
    }

    /** The vocabularies of the standards folder; the calling test is skipped when it is absent. */
    public static ScolomfrVocabularies load() {
        return LOADED.computeIfAbsent(Standards.scolomfrSchemas().resolve("scolomfr/vocab"), ScolomfrVocabularies::new);
    }

    /** Whether vocabulary {@code vocabulary} ({@code 022}) enumerates {@code value}, its spaces collapsed as xs:token's. */
    public boolean has(String vocabulary, String value) {
        return values(vocabulary).contains(collapsed(value));
    }

    /** Every value vocabulary {@code vocabulary} enumerates. */
    public Set<String> values(String vocabulary) {
        return values.computeIfAbsent(vocabulary, this::read);
    }

    /**
     * What is wrong in a LOM record's vocabulary values: every {@code source/value/label} element's value and label
     * must be in its vocabulary (the element's, or the one the concept URI numbers), and so must every taxon whose id
     * is a ScoLOMFR concept, with its entry. Taxons of other frameworks (a CRCN code, a CEFR URI) are not checked.
     */
    public List<String> mislabelled(Document lom) {
        List<String> problems = new ArrayList<>();
        NodeList all = lom.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            Optional<String> value = child(element, "value");
            Optional<String> label = child(element, "label");
            if (value.isPresent() && label.isPresent()) {
                Optional<String> vocabulary = vocabularyOf(element, value.get());
                if (vocabulary.isEmpty()) {
                    problems.add(element.getLocalName() + ": no vocabulary known for " + value.get());
                    continue;
                }
                check(problems, element.getLocalName(), vocabulary.get(), value.get(), label.get());
            }
            if ("taxon".equals(element.getLocalName())) {
                Optional<String> id = child(element, "id");
                Optional<Element> entry = childElement(element, "entry");
                Matcher numbered = NUMBERED.matcher(id.orElse(""));
                if (id.isPresent() && id.get().startsWith(CONCEPTS) && numbered.find() && entry.isPresent()) {
                    check(problems, "taxon", numbered.group(1), id.get(), child(entry.get(), "string").orElse(""));
                }
            }
        }
        return problems;
    }

    private void check(List<String> problems, String where, String vocabulary, String value, String label) {
        if (!has(vocabulary, value)) {
            problems.add(where + ": value «" + collapsed(value) + "» is not in scolomfr-voc-" + vocabulary);
        }
        if (!has(vocabulary, label)) {
            problems.add(where + ": label «" + collapsed(label) + "» is not in scolomfr-voc-" + vocabulary);
        }
    }

    private static Optional<String> vocabularyOf(Element element, String value) {
        String name = element.getLocalName();
        if ("role".equals(name)) {
            // The same element names a contributor's role in the life cycle (003) and in the record's own (013).
            return Optional.of(ancestor(element, "metaMetadata") ? "013" : "003");
        }
        if (VOCABULARY_OF_ELEMENT.containsKey(name)) {
            return Optional.of(VOCABULARY_OF_ELEMENT.get(name));
        }
        Matcher numbered = NUMBERED.matcher(value);
        return numbered.find() ? Optional.of(numbered.group(1)) : Optional.empty();
    }

    private static boolean ancestor(Element element, String name) {
        for (Node node = element.getParentNode(); node != null; node = node.getParentNode()) {
            if (name.equals(node.getLocalName())) {
                return true;
            }
        }
        return false;
    }

    private static Optional<String> child(Element parent, String name) {
        return childElement(parent, name).map(Element::getTextContent);
    }

    private static Optional<Element> childElement(Element parent, String name) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element child && name.equals(child.getLocalName())) {
                return Optional.of(child);
            }
        }
        return Optional.empty();
    }

    private Set<String> read(String vocabulary) {
        Path xsd = folder.resolve("voc_" + vocabulary + ".xsd");
        if (!Files.isRegularFile(xsd)) {
            throw new IllegalArgumentException("no vocabulary scolomfr-voc-" + vocabulary + " in " + folder);
        }
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            Document document = factory.newDocumentBuilder().parse(xsd.toFile());
            NodeList enumerations = document.getElementsByTagNameNS(XMLConstants.W3C_XML_SCHEMA_NS_URI, "enumeration");
            Set<String> enumerated = new HashSet<>();
            for (int i = 0; i < enumerations.getLength(); i++) {
                enumerated.add(collapsed(((Element) enumerations.item(i)).getAttribute("value")));
            }
            return Set.copyOf(enumerated);
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + xsd + ": " + e.getMessage(), e);
        }
    }

    private static String collapsed(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}
